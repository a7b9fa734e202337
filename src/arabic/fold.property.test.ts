import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicText, DIACRITICS, TATWEEL } from "./arbitraries.test-util.js";
import { fold, foldText, toOriginal } from "./fold.js";
import { tokenize } from "./tokens.js";

const RUNS = { numRuns: 300 };

describe("fold properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        const once = foldText(t);
        expect(foldText(once)).toBe(once);
      }),
      RUNS,
    );
  });
  it("is idempotent on any BMP string", () => {
    // fc.string({unit: "binary"}) takes seconds to generate here; code units are as thorough for a per-unit table.
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (t) => {
        const once = foldText(t);
        expect(foldText(once)).toBe(once);
      }),
      RUNS,
    );
  });
  it("foldText is the text of fold", () => {
    // Code units of the whole BMP (presentation forms that expand, dropped marks) and Arabic text.
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const text = fc.oneof(arabicText, fc.string({ unit, maxLength: 40 }));
    fc.assert(
      fc.property(text, (t) => {
        expect(foldText(t)).toBe(fold(t).text);
      }),
      RUNS,
    );
  });
  it("ignores added diacritics and tatweel", () => {
    const marks = fc.array(fc.constantFrom(...DIACRITICS, TATWEEL), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(arabicText, fc.nat(), marks, (t, at, m) => {
        const i = t.length === 0 ? 0 : at % (t.length + 1);
        const decorated = t.slice(0, i) + m.join("") + t.slice(i);
        expect(foldText(decorated)).toBe(foldText(t));
      }),
      RUNS,
    );
  });
  it("keeps an offset map that is monotone and in range", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        const f = fold(t);
        expect(f.starts.length).toBe(f.text.length);
        expect(f.ends.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) {
          const s = f.starts[i]!;
          const e = f.ends[i]!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(t.length);
          if (i > 0) {
            expect(s).toBeGreaterThanOrEqual(f.starts[i - 1]!);
            expect(e).toBeGreaterThanOrEqual(f.ends[i - 1]!);
          }
        }
      }),
      RUNS,
    );
  });
  it("maps every folded span back to an original span whose fold contains it", () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), fc.nat(), (t, a, b) => {
        const f = fold(t);
        const n = f.text.length;
        const s = n === 0 ? 0 : a % (n + 1);
        const e = s + (n - s === 0 ? 0 : b % (n - s + 1));
        const o = toOriginal(f, { start: s, end: e });
        expect(o.start).toBeLessThanOrEqual(o.end);
        expect(o.end).toBeLessThanOrEqual(t.length);
        expect(foldText(t.slice(o.start, o.end))).toContain(f.text.slice(s, e));
      }),
      RUNS,
    );
  });
});

describe("tokenize properties", () => {
  it("gives ordered tokens whose original slice folds to the token", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        let last = 0;
        for (const tok of tokenize(t)) {
          expect(tok.start).toBeGreaterThanOrEqual(last);
          expect(tok.end).toBeGreaterThan(tok.start);
          expect(foldText(t.slice(tok.start, tok.end))).toBe(tok.text);
          last = tok.end;
        }
      }),
      RUNS,
    );
  });
});
