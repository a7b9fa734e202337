/**
 * What a headline says its event counts: «تركيب 600 لوحة», «مقتل 14 شخصا». Two reports whose
 * headlines count the same thing with different numbers report two events (two regional
 * committees, two days' tallies), however alike the rest of their wording.
 */

import { foldText } from "../arabic/fold.js";
import { termOf } from "./features.js";

/** A count in a headline: the stem of what is counted and the number. */
export type HeadlineCount = [noun: string, value: number];

/** Words of folded text, numbers with their separators (as `tokenize` reads them). */
const WORD = /[\p{L}\p{M}\p{N}_]+(?:[.,:/][\p{N}]+)*/gu;
const NUMBER = /^\d+(?:[.,]\d+)*$/;
/** A digit as written: ASCII, Arabic-Indic or Persian (folding maps the latter two to ASCII). */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
/**
 * How far apart two numbers for one thing must be to count different things. Reports of one event
 * give its figures within rounding, a source's estimate or an update (examples/corpus: 11.2 and 11.6
 * million children vaccinated, one ministry statement; a toll of 20 that rises to 27); two
 * regional committees' billboards are 600 and 292 (dev). 1.5 and 2 decide alike on dev, the
 * in-corpus decisions and examples/corpus; exact inequality split the sample corpus's campaign
 * results (10 stories → 11).
 */
const CLOSE = 1.5;
/** Folded multipliers between a number and its noun (320 ألف حبة): they scale the number. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["الف", 1e3],
  ["الفا", 1e3],
  ["الاف", 1e3],
  ["مليون", 1e6],
  ["مليونا", 1e6],
  ["ملايين", 1e6],
  ["مليار", 1e9],
  ["مليارا", 1e9],
  ["مليارات", 1e9],
]);

function numberOf(token: string): number {
  // 2,500 is a thousands separator; 3,5 a decimal comma.
  const t = /^\d{1,3}(?:,\d{3})+$/.test(token) ? token.replace(/,/g, "") : token.replace(",", ".");
  return Number.parseFloat(t);
}

/**
 * Counts the headline states: each number written in digits with the noun right after it
 * (past a multiplier), as that noun's stem. Years (1900–2100) and numbers followed by a
 * function word or by nothing are left out: they count nothing.
 *
 * @example
 * headlineCounts("محلية انتخابات الجوف تبدأ تركيب 600 لوحة إعلانية"); // [["لوح", 600]]
 * headlineCounts("احباط تهريب 320 ألف حبة مخدرة"); // [["حب", 320000]]
 */
export function headlineCounts(title: string): HeadlineCount[] {
  // Most headlines count nothing: without a digit there is nothing to read.
  if (!ANY_DIGIT.test(title)) return [];
  const words = foldText(title).match(WORD) ?? [];
  const out: HeadlineCount[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!NUMBER.test(w)) continue;
    let value = numberOf(w);
    if (!Number.isFinite(value)) continue;
    let j = i + 1;
    for (let m = MULTIPLIERS.get(words[j] ?? ""); m !== undefined; m = MULTIPLIERS.get(words[j] ?? "")) {
      value *= m;
      j++;
    }
    const next = words[j];
    if (next === undefined || NUMBER.test(next)) continue;
    if (j === i + 1 && Number.isInteger(value) && value >= 1900 && value <= 2100) continue;
    const noun = termOf(next);
    if (noun !== null) out.push([noun, value]);
  }
  return out;
}

/**
 * True when the two lists count one noun with no two numbers close (within `CLOSE`): «600 لوحة»
 * against «292 لوحة». A noun only one side counts, or counted alike on both (11.2 and 11.6
 * million), is no conflict.
 *
 * @example
 * countsConflict([["لوح", 600]], [["لوح", 292]]); // true
 * countsConflict([["لوح", 600]], [["لوح", 600], ["مركز", 12]]); // false
 */
export function countsConflict(a: readonly HeadlineCount[], b: readonly HeadlineCount[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const [noun] of a) {
    let inB = false;
    let shared = false;
    for (const [n, v] of b) {
      if (n !== noun) continue;
      inB = true;
      if (a.some(([m, u]) => m === noun && Math.max(u, v) < CLOSE * Math.min(u, v))) shared = true;
    }
    if (inB && !shared) return true;
  }
  return false;
}
