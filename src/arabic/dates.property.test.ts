import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicText } from "./arbitraries.test-util.js";
import { gregorianToHijri, hijriToGregorian, isoOf } from "./calendar.js";
import { findAbsoluteDates } from "./dates.js";
import { MONTH_NAMES } from "./months.js";

const toArabicDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

const gregorianNames = MONTH_NAMES.filter((m) => m.calendar === "gregorian" && !/\d/.test(m.folded));
const hijriNames = MONTH_NAMES.filter((m) => m.calendar === "hijri");

describe("findAbsoluteDates properties", () => {
  it("reads any Gregorian day written with any month name and either digit script", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.nat(),
        fc.boolean(),
        fc.constantFrom("", "الخميس ", "في "),
        (d, pick, arabicDigits, before) => {
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + 1;
          const day = d.getUTCDate();
          const names = gregorianNames.filter((n) => n.month === m);
          const name = names[pick % names.length]!.folded;
          let text = `${day} ${name} ${y}`;
          if (arabicDigits) text = toArabicDigits(text);
          const found = findAbsoluteDates(`قال ${before}${text} إن`);
          expect(found).toHaveLength(1);
          expect(found[0]!.iso).toBe(isoOf(y, m, day));
        },
      ),
      { numRuns: 300 },
    );
  });
  it("reads any Hijri day and converts it through Umm al-Qura", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2070-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.nat(),
        (d, pick) => {
          const h = gregorianToHijri(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          const names = hijriNames.filter((n) => n.month === h.month);
          const text = `${h.day} ${names[pick % names.length]!.folded} ${h.year} هـ`;
          const found = findAbsoluteDates(text);
          expect(found).toHaveLength(1);
          const g = hijriToGregorian(h.year, h.month, h.day)!;
          expect(found[0]!.iso).toBe(isoOf(g.year, g.month, g.day));
          expect(found[0]!.iso).toBe(d.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 200 },
    );
  });
  it("returns ordered, disjoint spans that slice to their text on any input", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        let last = 0;
        for (const d of findAbsoluteDates(t)) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(t.slice(d.start, d.end)).toBe(d.text);
          last = d.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
