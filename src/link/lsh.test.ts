import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LshIndex } from "./lsh.js";
import { estimateJaccard, signature } from "./signature.js";

const VOCAB =
  "قال الرئيس الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة الرياض بغداد مجلس الأمن اتفاق وقف إطلاق النار على من إلى بين الطرفين".split(
    " ",
  );
const text = fc.array(fc.constantFrom(...VOCAB), { minLength: 8, maxLength: 40 }).map((w) => w.join(" "));

describe("LshIndex", () => {
  it("finds every pair above its banding guarantee (property)", () => {
    // With 64 bands of 2 rows, more than 64 equal slots put two equal slots in one band (pigeonhole):
    // every pair with estimated Jaccard > 0.5 must be a candidate.
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 12 }), (texts) => {
        const index = new LshIndex();
        const sigs = texts.map((t) => signature(t));
        for (const [i, s] of sigs.entries()) index.add(String(i), s);
        for (let i = 0; i < sigs.length; i++) {
          const found = new Set(index.query(sigs[i] as Uint32Array));
          for (let j = 0; j < sigs.length; j++) {
            if (estimateJaccard(sigs[i] as Uint32Array, sigs[j] as Uint32Array) > 0.5) {
              expect(found.has(String(j))).toBe(true);
            }
          }
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("finds reprints that keep only half of their shingles (J ≈ 0.33)", () => {
    const base = Array.from({ length: 120 }, (_, i) => `${VOCAB[i % VOCAB.length]}${i}`);
    const index = new LshIndex();
    let found = 0;
    for (let trial = 0; trial < 50; trial++) {
      // Every 10th word changed: half of the 5-gram shingles survive, Jaccard ≈ 1/3; a candidate with
      // probability 1 − (1 − J²)^64 ≈ 0.999.
      const copy = base.map((w, i) => ((i + trial) % 10 === 0 ? `${w}x${trial}` : w));
      const id = `c${trial}`;
      index.add(id, signature(copy.join(" ")));
      if (index.query(signature(base.join(" "))).includes(id)) found++;
      index.remove(id);
    }
    expect(found).toBeGreaterThanOrEqual(49);
  });

  it("removes items and round-trips through JSON", () => {
    const index = new LshIndex();
    const a = signature("قال الرئيس إن المحادثات ستستأنف الأسبوع المقبل في العاصمة");
    const b = signature("مجلس الأمن يبحث اتفاق وقف إطلاق النار بين الطرفين");
    index.add("a", a);
    index.add("b", b);
    expect(index.size).toBe(2);
    expect(index.query(a)).toEqual(["a"]);
    const copy = LshIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.size).toBe(2);
    expect(copy.query(b)).toEqual(["b"]);
    index.remove("a");
    expect(index.query(a)).toEqual([]);
    expect(index.size).toBe(1);
    index.remove("missing");
    expect(copy.query(a)).toEqual(["a"]);
  });

  it("does not index empty signatures and rejects malformed state", () => {
    const index = new LshIndex();
    index.add("e", signature(""));
    expect(index.size).toBe(0);
    expect(index.query(signature(""))).toEqual([]);
    expect(() => LshIndex.fromJSON({ version: 2 })).toThrow(/ERR_STORE/);
    expect(() => LshIndex.fromJSON({ version: 1, bands: 64, rows: 2, items: [["x", "AAAA"]] })).toThrow(/ERR_STORE/);
  });
});
