import { describe, expect, it } from "vitest";
import { buildLedger } from "./ledger.js";
import { findQuotes } from "./quotes.js";

const report = (article: string, outlet: string, text: string) =>
  findQuotes(text).map((quote) => ({ article, outlet, publishedAt: "2025-04-10", quote }));

describe("buildLedger", () => {
  it("makes one entry of one utterance worded differently by two outlets", () => {
    const a = report(
      "a",
      "الرافدين",
      'وقال رئيس الوزراء سالم الكرخي: «العراق يقدر عاليا التعاون مع "الناتو" في التدريب».',
    );
    const b = report(
      "b",
      "دجلة",
      "وقال رئيس الوزراء سالم الكرخي: «العراق يقدر عاليا التعاون مع منظمة حلف شمال الأطلسي في التدريب».",
    );
    const c = report("c", "الفرات", "وقال رئيس الوزراء سالم الكرخي: «العراق يقدر عاليا التعاون».");
    const other = report("d", "دجلة", "وقال رئيس الوزراء سالم الكرخي إن الموازنة ستقر الشهر المقبل بعد نقاش طويل.");
    const ledger = buildLedger([...a, ...b, ...c, ...other]);
    expect(ledger).toHaveLength(2);
    const entry = ledger.find((e) => e.variants.length === 3)!;
    expect(entry.outlets.sort()).toEqual(["الرافدين", "الفرات", "دجلة"].sort());
    const byArticle = new Map(entry.variants.map((v) => [v.article, v]));
    expect(byArticle.get("c")!.truncated).toBe(true);
    const reworded = [byArticle.get("a")!, byArticle.get("b")!].filter((v) => v.reworded);
    expect(reworded).toHaveLength(1);
    expect(reworded[0]!.diff.some((d) => d.op !== "equal")).toBe(true);
  });

  it("never merges quotes of different speakers", () => {
    const a = report("a", "x", "وقال الوزير خالد العمري إن المحطة ستخدم مئة ألف نسمة في المدينة.");
    const b = report("b", "y", "وقال المحافظ سعيد الراوي إن المحطة ستخدم مئة ألف نسمة في المدينة.");
    expect(buildLedger([...a, ...b])).toHaveLength(2);
  });
});
