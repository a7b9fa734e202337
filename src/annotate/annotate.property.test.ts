import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicText } from "../arabic/arbitraries.test-util.js";
import { fold } from "../arabic/fold.js";
import { findDatesStrict } from "./dates.js";
import { findNumbersFolded } from "./numbers.js";

/** Arabic text salted with date and number words, so the scanners' branches are exercised. */
const salted = fc
  .array(
    fc.oneof(
      arabicText,
      fc.constantFrom(
        " 27 ",
        " نيسان ",
        " 2021 ",
        " أمس ",
        " الأربعاء الماضي ",
        " قبل ثلاثة أيام ",
        " بين ",
        " و10 ",
        " آلاف ",
        " % ",
        " 4/10/2021 ",
        " هـ ",
        " رمضان ",
        " (",
        ") ",
        " - ",
        " ثلاثة ",
        " عشرات ",
        " بتاريخ ",
        " يوم ",
        " 2,500 ",
        " 27 و28 أبريل ",
        " 1936 - 1939 ",
      ),
    ),
    { maxLength: 12 },
  )
  .map((a) => a.join(""));

// The strict variants: the public ones swallow errors, which would hide a crash here.
describe("annotator properties", () => {
  it("findDates returns ordered, disjoint spans that slice to their text, with ISO values", () => {
    fc.assert(
      fc.property(salted, (t) => {
        let last = 0;
        for (const d of findDatesStrict(t, "2021-04-27")) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(t.slice(d.start, d.end)).toBe(d.text);
          if (d.value !== null)
            expect(d.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?(?:\/\d{4}(?:-\d{2}-\d{2})?)?$/);
          last = d.end;
        }
      }),
      { numRuns: 300 },
    );
  });
  it("findNumbers returns ordered, disjoint spans that slice to their text, with finite values", () => {
    fc.assert(
      fc.property(salted, (t) => {
        let last = 0;
        for (const n of findNumbersFolded(fold(t), t)) {
          expect(n.start).toBeGreaterThanOrEqual(last);
          expect(n.end).toBeGreaterThan(n.start);
          expect(t.slice(n.start, n.end)).toBe(n.text);
          expect(Number.isFinite(n.value)).toBe(true);
          if (n.valueMax !== undefined) expect(n.valueMax).toBeGreaterThan(n.value);
          last = n.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
