/**
 * Arabic stopwords, folded (see `fold`). The list is the union of two MIT lists
 * (npm `stopword`, `stopwords-iso`), generated into ./lexicon/stopwords.ts by
 * scripts/build-lexicons.ts.
 */
import { STOPWORDS } from "./lexicon/stopwords.js";
import { stripClitics } from "./stem.js";

const SET: ReadonlySet<string> = new Set(STOPWORDS);

/**
 * True when the folded word is a stopword as it stands.
 *
 * @example
 * isStopword("في"); // true
 * isStopword("الرئيس"); // false
 */
export function isStopword(folded: string): boolean {
  return SET.has(folded);
}

/**
 * True when the folded word, or the word without an attached conjunction
 * (وفي، فهذا), is a stopword. Use for indexing, where clitics are attached.
 *
 * @example
 * isStopwordLoose("وفي"); // true
 */
export function isStopwordLoose(folded: string): boolean {
  if (SET.has(folded)) return true;
  const c = folded.charCodeAt(0);
  // و or ف attached to a function word (وفي، فان، ولكن).
  if ((c === 0x0648 || c === 0x0641) && folded.length >= 2 && SET.has(folded.slice(1))) return true;
  return SET.has(stripClitics(folded));
}

/** Number of stopwords in the shipped list. */
export const STOPWORD_COUNT = SET.size;
