import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentStems } from "./similarity.js";
import { commonDirection, decodeVectors, encodeVectors, loadWordVectors, semanticCosine } from "./vectors.js";

const header = {
  format: "marsad-vectors" as const,
  version: 1 as const,
  dim: 3,
  docs: 100,
  method: "test",
  sources: [],
};

describe("vector table", () => {
  it("round-trips within the int8 step of each dimension", () => {
    const rows = new Map([
      ["رئيس", { df: 40, vector: [0.5, -0.25, 0.01] }],
      ["حكوم", { df: 7, vector: [-0.1, 0.2, -0.02] }],
    ]);
    const v = decodeVectors(encodeVectors(header, rows), "t.tsv.gz");
    expect(v.header.words).toBe(2);
    const r = v.row("حكوم") as number;
    expect(v.df(r)).toBe(7);
    const step = [0.5 / 127, 0.25 / 127, 0.02 / 127];
    for (const [d, x] of [-0.1, 0.2, -0.02].entries())
      expect(Math.abs((v.data[r * 3 + d] as number) - x)).toBeLessThanOrEqual((step[d] as number) / 2 + 1e-9);
    expect(v.row("غائب")).toBeUndefined();
  });

  it("throws ERR_MODEL naming the file for bytes that are not a vector table", () => {
    expect(() => decodeVectors(new Uint8Array([1, 2, 3]), "bad.tsv.gz")).toThrow(/bad\.tsv\.gz.*ERR_MODEL/);
    const df = gzipSync('{"format":"marsad-df","version":1}\nرئيس\t3\n');
    expect(() => decodeVectors(df, "df.tsv.gz")).toThrow(/ERR_MODEL/);
    const short = gzipSync(
      `${JSON.stringify({ ...header, words: 1, scales: [1, 1, 1] })}\nرئيس\t3\t${Buffer.from([1, 2]).toString("base64")}\n`,
    );
    expect(() => decodeVectors(short, "short.tsv.gz")).toThrow(/bad vector line.*ERR_MODEL/);
  });
});

describe("semantic cosine with the committed table", () => {
  const v = loadWordVectors();
  // Same event, different words (a paraphrase with synonyms), against two unrelated reports.
  const a = contentStems("أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا ووفاة مريضين في المستشفيات");
  const b = contentStems("كشفت الوزارة عن حالات عدوى إضافية بالوباء ورحيل اثنين من المرضى داخل المشافي");
  const c = contentStems("فاز الفريق الوطني لكرة القدم على منافسه بثلاثة أهداف في المباراة النهائية للبطولة");
  const d = contentStems("ارتفعت أسعار النفط في الأسواق العالمية مع تراجع المخزونات الأمريكية من الخام");

  it.runIf(v !== null)("scores a paraphrase above unrelated texts", () => {
    const w = v as NonNullable<typeof v>;
    const para = semanticCosine(a, b, w, null);
    for (const [x, y] of [
      [a, c],
      [a, d],
      [b, c],
      [b, d],
      [c, d],
    ] as const)
      expect(para).toBeGreaterThan(semanticCosine(x, y, w, null) + 0.3);
    expect(semanticCosine(a, a, w, null)).toBeCloseTo(1, 6);
    expect(semanticCosine([], a, w, null)).toBe(0);
  });

  it.runIf(v !== null)("takes a common direction only from enough texts", () => {
    const w = v as NonNullable<typeof v>;
    expect(commonDirection([a, b, c, d], w)).toBeNull();
    const many = Array.from({ length: 60 }, (_, i) => [a, b, c, d][i % 4] as string[]);
    const common = commonDirection(many, w) as Float64Array;
    expect(Math.hypot(...common)).toBeCloseTo(1, 6);
  });

  it.runIf(v !== null)("loads in well under a second, once", () => {
    expect(loadWordVectors()).toBe(v);
    expect(v?.dim).toBeGreaterThan(0);
  });
});
