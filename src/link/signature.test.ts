import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLinkOptions } from "./options.js";
import { wordHashes } from "./scan.js";
import {
  contentHash,
  EMPTY_SLOT,
  estimateJaccard,
  isEmptySignature,
  shingleHashes,
  shinglesOfWords,
  signature,
} from "./signature.js";

/** A small Arabic vocabulary: overlapping generated texts share real shingles. */
const VOCAB = [
  "قال",
  "الرئيس",
  "الوزير",
  "إن",
  "المحادثات",
  "ستستأنف",
  "الأسبوع",
  "المقبل",
  "في",
  "العاصمة",
  "الرياض",
  "بغداد",
  "مجلس",
  "الأمن",
  "الدولي",
  "الاستراتيجي",
  "اتفاق",
  "وقف",
  "إطلاق",
  "النار",
  "على",
  "من",
  "إلى",
  "بين",
  "الطرفين",
  "الحكومة",
  "مصادر",
  "مطلعة",
  "٢٠٢٣",
  "مليون",
];

const words = (n: number) => fc.array(fc.constantFrom(...VOCAB), { minLength: n, maxLength: n * 3 });

/** `a` with a share of its words replaced, inserted or deleted. */
const mutated = fc
  .tuple(
    words(10),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...VOCAB), fc.integer({ min: 0, max: 2 })), { maxLength: 40 }),
  )
  .map(([a, edits]) => {
    const b = [...a];
    for (const [at, w, op] of edits) {
      const i = b.length === 0 ? 0 : at % b.length;
      if (op === 0) b[i] = w;
      else if (op === 1) b.splice(i, 0, w);
      else b.splice(i, 1);
    }
    return [a.join(" "), b.join(" ")] as const;
  });

function exactJaccard(a: string, b: string): number {
  const x = new Set(shingleHashes(a));
  const y = new Set(shingleHashes(b));
  let inter = 0;
  for (const h of x) if (y.has(h)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 0 : inter / union;
}

describe("signature", () => {
  it("has 128 slots and is deterministic across calls", () => {
    const t = "قال الرئيس إن المحادثات ستستأنف الأسبوع المقبل في العاصمة";
    const s = signature(t);
    expect(s.length).toBe(defaultLinkOptions.permutations);
    expect([...signature(t)]).toEqual([...s]);
    // Pinned across runs and machines: stored LSH and linker states depend on these values, so a change of
    // hashing or permutations must be deliberate (and bump the state version).
    expect([...s.slice(0, 4)]).toEqual([132547074, 630474899, 650701091, 1224402711]);
    expect(contentHash(t)).toBe("950aa6b4d45ad9ad");
  });

  it("ignores diacritics, tatweel, hamza forms and punctuation", () => {
    const a = "قالَ الرئيسُ: إنّ الإستراتيجيةَ الجديدة ستُعلن غداً، في الرياض";
    const b = "قال الرئيس ان الاستراتيجيه الجديـــدة ستعلن غدا في الرياض.";
    expect(estimateJaccard(signature(a), signature(b))).toBe(1);
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it("handles presentation-form ligatures like the folded text", () => {
    // U+FEFB (ﻻ) folds to لا
    expect(contentHash("\ufefb شيء")).toBe(contentHash("لا شيء"));
    expect([...signature("\ufefb شيء هنا الان تماما")]).toEqual([...signature("لا شيء هنا الان تماما")]);
  });

  it("gives empty text an empty signature that matches nothing", () => {
    const e = signature("");
    expect(isEmptySignature(e)).toBe(true);
    expect(e[0]).toBe(EMPTY_SLOT);
    expect(estimateJaccard(e, signature("  ،،  "))).toBe(0);
    expect(isEmptySignature(signature("كلمة"))).toBe(false);
  });

  it("uses one shingle of all words for texts shorter than a shingle", () => {
    expect(shingleHashes("ا ب ج").length).toBe(1);
    expect(shingleHashes("ا ب ج د ه و").length).toBe(2);
    expect(shingleHashes("").length).toBe(0);
  });

  it("throws on signatures of different lengths", () => {
    expect(() => estimateJaccard(new Uint32Array(2), new Uint32Array(3))).toThrow(/differ in length/);
  });

  it("agrees with exact Jaccard within its error bound (property)", () => {
    let sumErr = 0;
    let n = 0;
    fc.assert(
      fc.property(mutated, ([a, b]) => {
        const j = exactJaccard(a, b);
        const est = estimateJaccard(signature(a), signature(b));
        // 5 standard errors of a 128-slot estimate, and at least 3 slots for J near 0 or 1.
        const bound = Math.max(5 * Math.sqrt((j * (1 - j)) / 128), 3 / 128);
        sumErr += est - j;
        n++;
        expect(Math.abs(est - j)).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 300, seed: 42 },
    );
    // Unbiased: independent permutations make the mean error vanish (a correlated family would not).
    expect(Math.abs(sumErr / n)).toBeLessThan(0.02);
  });

  it("shingles from word hashes equal the fused pass's shingles (property)", () => {
    fc.assert(
      fc.property(words(1), (ws) => {
        const t = ws.join(" ، ");
        const w = wordHashes(t);
        expect([...shinglesOfWords(w.hashes, w.count)]).toEqual([...shingleHashes(t)]);
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it("word hashes map back to the original words", () => {
    const t = "قالَ  الرئيسُ، «الاستراتيجية»";
    const w = wordHashes(t);
    expect(w.count).toBe(3);
    expect(t.slice(w.starts[0], w.ends[0])).toBe("قالَ");
    expect(t.slice(w.starts[1], w.ends[1])).toBe("الرئيسُ");
    expect(t.slice(w.starts[2], w.ends[2])).toBe("الاستراتيجية");
  });
});
