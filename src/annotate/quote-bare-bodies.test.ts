import { describe, expect, it } from "vitest";
import { withEntities } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a bare organisation head stands for the body named in full", () => {
  it("resolves the head to the body with its entity", () => {
    const text =
      "أعلن البنك الدولي أمس خطة جديدة للتمويل. وقال الوزير إن الوضع صعب. وقال البنك إن الخطة ستنفذ العام المقبل.";
    const q = withEntities(text).at(-1)!;
    expect(q.speaker).toBe("البنك الدولي");
    expect(q.speakerEntity).not.toBeNull();
  });

  it("finds the body named without the article or with a preposition glued to it", () => {
    const text = "وأصدر معهد التمويل الدولي تقريرا عن الاقتصاد. وقال المعهد إن النمو سيتباطأ.";
    expect(withEntities(text).at(-1)!.speaker).toBe("معهد التمويل الدولي");
  });

  it("leaves the head as written when no body with it was named", () => {
    const text = "وقال الوزير إن الوضع صعب. وقال البنك إن الخطة ستنفذ العام المقبل.";
    expect(withEntities(text).at(-1)!.speaker).toBe("البنك");
  });

  it("prefers the last body with the head that spoke over one named in passing since", () => {
    const text =
      "وقالت الهيئة السعودية للمواصفات والمقاييس إن المواصفات الجديدة ستطبق العام المقبل، ويتم التصديق على الشهادات من هيئة التقييس الخليجية بعد فحصها. وأكدت الهيئة أن السلامة أولوية.";
    const q = withEntities(text).at(-1)!;
    expect(q.speaker).toBe(withEntities(text)[0]!.speaker);
    expect(q.speaker).toMatch(/^الهيئة السعودية/);
  });
});
