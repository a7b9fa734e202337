import { createHash } from "node:crypto";
import { foldText } from "../arabic/fold.js";

const SPACE = /[\s\p{P}\p{S}]+/gu;

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
  const key = foldText(text).replace(SPACE, " ").trim();
  return createHash("sha256")
    .update(outlet.trim().toLowerCase())
    .update("\u0000")
    .update(key)
    .digest("hex")
    .slice(0, 16);
}
