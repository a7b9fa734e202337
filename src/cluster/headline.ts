/**
 * What a headline says its event counts: «تركيب 600 لوحة», «مقتل 14 شخصا». Two reports whose
 * headlines count the same thing with different numbers report two events (two regional
 * committees, two days' tallies), however alike the rest of their wording.
 */

import { findNumbers, mayHoldNumbers, PERCENT } from "../annotate/numbers.js";
import { foldText } from "../arabic/fold.js";
import { termOf } from "./features.js";

/** A count in a headline: the stem of what is counted and the number. */
export type HeadlineCount = [noun: string, value: number];

/**
 * How far apart two numbers for one thing must be to count different things. Reports of one event
 * give its figures within rounding, a source's estimate or an update (examples/corpus: 11.2 and 11.6
 * million children vaccinated, one ministry statement; a toll of 20 that rises to 27); two
 * regional committees' billboards are 600 and 292 (dev). 1.5 and 2 decide alike on dev, the
 * in-corpus decisions and examples/corpus; exact inequality split the sample corpus's campaign
 * results (10 stories → 11).
 */
const CLOSE = 1.5;
/** Numbers in this range written without a scale word are years when a noun follows (منذ 2013 حرب). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** A letter in a number's text: a scale word (320 ألف) or a number word, never a year. */
const LETTER = /\p{L}/u;
/** A digit as written: ASCII, Arabic-Indic or Persian (folding maps the latter two to ASCII). */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/**
 * Counts the headline states, as `findNumbers` reads them (digits in every script, number words,
 * scales), each with the stem of its counted noun. Numbers with no noun after them, percentages,
 * ranges and vague plurals (بين 5 و10، عشرات) and years count nothing.
 *
 * @example
 * headlineCounts("محلية انتخابات الجوف تبدأ تركيب 600 لوحة إعلانية"); // [["لوح", 600]]
 * headlineCounts("احباط تهريب 320 ألف حبة مخدرة"); // [["حب", 320000]]
 */
export function headlineCounts(title: string): HeadlineCount[] {
  // Most headlines count nothing: without a digit or a number word there is nothing to read, and
  // the number finder (folding with an offset map, a date pass) costs several times the test.
  if (!ANY_DIGIT.test(title) && !mayHoldNumbers(foldText(title))) return [];
  const out: HeadlineCount[] = [];
  for (const c of findNumbers(title)) {
    if (c.unit === null || c.unit === PERCENT || c.valueMax !== undefined) continue;
    const year = Number.isInteger(c.value) && c.value >= MIN_YEAR && c.value <= MAX_YEAR && !LETTER.test(c.text);
    if (year) continue;
    const noun = termOf(c.unit);
    if (noun !== null) out.push([noun, c.value]);
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
