import { hash } from "node:crypto";
import { foldText, foldUnit } from "../arabic/fold.js";
import { scratchUnits, UNIT_CLASS, unitsToString, WORD_UNIT } from "../arabic/units.js";

/** Letters, marks and digits are kept; every other run of characters becomes one space. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Stable id of an article: a hash of its outlet and its folded body, so that the same
 * content read twice from one outlet (another format, other whitespace, other
 * diacritics) gets the same id, while the same wire text printed by two outlets stays
 * two articles — which the link stage then marks as duplicates of each other.
 *
 * @example
 * articleId("قالَ الرئيسُ", "a.example") === articleId("قال  الرئيس", "a.example"); // true
 * articleId("قال الرئيس", "a.example") === articleId("قال الرئيس", "b.example"); // false
 */
export function articleId(text: string, outlet = ""): string {
  return hash("sha256", `${outlet.trim().toLowerCase()}\u0000${matchKey(text)}`, "hex").slice(0, 16);
}

/**
 * The folded words of `text` joined by single spaces: one pass over code units into a
 * buffer, one string at the end (the id is computed for every article ingested).
 */
function matchKey(text: string): string {
  const n = text.length;
  // A word unit is written as is; a run of other units becomes one space between words.
  const out = scratchUnits(n);
  let k = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f === -1) continue;
    if (f === -2) return referenceMatchKey(text); // a unit that expands (presentation forms): rare
    if (((UNIT_CLASS[f] as number) & WORD_UNIT) === 0) {
      gap = true;
      continue;
    }
    if (gap && k > 0) out[k++] = 0x20;
    gap = false;
    out[k++] = f;
  }
  return unitsToString(out, 0, k);
}

/** The same key through strings: for text with presentation forms, and the reference of the tests. */
export function referenceMatchKey(text: string): string {
  const out: string[] = [];
  let word = "";
  const flush = () => {
    if (word) out.push(word);
    word = "";
  };
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text.charCodeAt(i));
    if (f === -1) continue;
    const ch = f === -2 ? foldText(text[i] as string) : String.fromCharCode(f);
    for (const c of ch) {
      if (WORD_CHAR.test(c)) word += c;
      else flush();
    }
  }
  flush();
  return out.join(" ");
}

export { matchKey };
