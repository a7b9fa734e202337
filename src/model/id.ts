import { createHash } from "node:crypto";
import { foldText, foldUnit } from "../arabic/fold.js";

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
  return createHash("sha256")
    .update(outlet.trim().toLowerCase())
    .update("\u0000")
    .update(matchKey(text))
    .digest("hex")
    .slice(0, 16);
}

/** The folded words of `text` joined by single spaces (one pass over code units, no offset map). */
function matchKey(text: string): string {
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
