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
  const bare = stripClitics(folded);
  if (!SET.has(bare)) return false;
  return !CHANGED_BY_ARTICLE.has(bare) || !hasArticle(folded, bare);
}

/**
 * Function words that the definite article makes another, content word: a preposition, adverb or
 * pronoun never takes ال, so العند is the al-Anad base, not عند "at"; العين the city of al-Ain,
 * الامام the imam, الذات the self, الشرع the sharia, الوقف an endowment. The nouns of the list
 * (عام، زيارة، لقاء …) stay stopwords with the article, as the list means them.
 */
const CHANGED_BY_ARTICLE: ReadonlySet<string> = new Set(
  "عند عين امام بعد حول اثر اجل نحو مثل غير حين ذات نفس حي ام اب اخ شرع وقف صفر ظل اذن قط حار ضد دون بين عدم مقابل تحول اخذ ذو عدا كم".split(
    " ",
  ),
);

/** True when `bare` is `folded` without a definite article (ال، بال، كال، لل, after و/ف). */
function hasArticle(folded: string, bare: string): boolean {
  const head = folded.slice(0, folded.length - bare.length);
  return /(?:ال|لل)$/.test(head);
}

/** Number of stopwords in the shipped list. */
export const STOPWORD_COUNT = SET.size;
