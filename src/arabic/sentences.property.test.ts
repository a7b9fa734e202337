import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicText } from "./arbitraries.test-util.js";
import { MAX_SENTENCE_LENGTH, splitSentences } from "./sentences.js";

describe("splitSentences properties", () => {
  it("returns ordered, disjoint, trimmed spans that cover every non-space character", () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        const spans = splitSentences(t);
        const covered = new Uint8Array(t.length);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
          expect(/^\s|\s$/u.test(t.slice(s.start, s.end))).toBe(false);
          covered.fill(1, s.start, s.end);
          last = s.end;
        }
        for (let i = 0; i < t.length; i++) if (!/\s/u.test(t[i]!)) expect(covered[i], `index ${i}`).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
