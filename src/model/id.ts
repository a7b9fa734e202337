import { createHash } from "node:crypto";
import { foldText } from "../arabic/fold.js";

const SPACE = /[\s\p{P}\p{S}]+/gu;

/**
 * Stable id of an article: a hash of its folded body, so that the same content
 * read twice (another format, other whitespace, other diacritics) gets the same id.
 *
 * @example
 * articleId("قالَ الرئيسُ") === articleId("قال  الرئيس"); // true
 */
export function articleId(text: string): string {
  const key = foldText(text).replace(SPACE, " ").trim();
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}
