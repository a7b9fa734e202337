import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARABIC_LETTERS, arabicText, arabicWord } from "./arbitraries.test-util.js";
import { foldText } from "./fold.js";
import { stem, stems, stripClitics } from "./stem.js";

const RUNS = { numRuns: 300 };
const folded = arabicWord.map(foldText);
/** Words that cannot begin with a clitic or article letter, so P + x has exactly one reading. */
const CLITIC_LETTERS = new Set(["ا", "ل", "و", "ب", "ك", "ف", "أ", "إ", "آ"]);
const stemBody = fc
  .tuple(
    fc.constantFrom(...ARABIC_LETTERS.filter((c) => !CLITIC_LETTERS.has(c))),
    fc.array(fc.constantFrom(...ARABIC_LETTERS), { minLength: 1, maxLength: 6 }),
  )
  .map(([first, rest]) => foldText(first + rest.join("")));

describe("stem properties", () => {
  it("returns a non-empty substring of the word, never shorter than two letters unless the word is", () => {
    fc.assert(
      fc.property(folded, (w) => {
        const s = stem(w);
        expect(w.includes(s)).toBe(true);
        expect(s.length).toBeGreaterThanOrEqual(Math.min(2, w.length));
        const c = stripClitics(w);
        expect(w.endsWith(c)).toBe(true);
        expect(c.length).toBeGreaterThanOrEqual(Math.min(2, w.length));
      }),
      RUNS,
    );
  });
  it("gives a word with any article-bearing prefix the stem of the bare word", () => {
    fc.assert(
      fc.property(stemBody, fc.constantFrom("ال", "وال", "بال", "كال", "فال", "لل"), (x, p) => {
        expect(stem(p + x)).toBe(stem(x));
        expect(stripClitics(p + x)).toBe(stripClitics(x));
      }),
      RUNS,
    );
  });
  it("is stable under folding and marks (stems of text equal stems of its folded form)", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        const a = stems(t).map((s) => s.stem);
        const b = stems(foldText(t)).map((s) => s.stem);
        expect(a).toEqual(b);
      }),
      RUNS,
    );
  });
  it("is idempotent on words it leaves without prefix or suffix letters", () => {
    fc.assert(
      fc.property(stemBody, (x) => {
        // After stripping, a stem with no suffix letter at its end is a fixed point.
        const s = stem(x);
        if (!/[هيناتوه]$/.test(s)) expect(stem(s)).toBe(s);
      }),
      RUNS,
    );
  });
});
