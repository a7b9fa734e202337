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

  it("names an entry by the speaker's entity when the store knows it", () => {
    const a = report("a", "x", "وقال رئيس الوفد حيدر الزبيدي إن المحادثات تناولت جداول إطلاق المياه خلال الصيف.");
    const b = report("b", "y", "وقال حيدر عبد الأمير الزبيدي إن المحادثات تناولت جداول إطلاق المياه خلال الصيف.");
    const named = [...a, ...b].map((x) => ({
      ...x,
      quote: { ...x.quote, speakerEntity: "per-zubaidi" },
      speakerName: "حيدر عبد الأمير الزبيدي",
    }));
    const ledger = buildLedger(named);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ speaker: "حيدر عبد الأمير الزبيدي", speakerEntity: "per-zubaidi" });
    // Without a store name, the speaker as the fullest report wrote it.
    expect(buildLedger(a)[0]?.speaker).toBe("حيدر الزبيدي");
    // A written name that holds the store's and says more stays (the tagger cut the organisation short).
    const org = report("c", "x", "وقالت الجامعة التونسية للمصدرين إن الخسائر تتجاوز عشرين مليون دينار يوميا.").map(
      (x) => ({
        ...x,
        speakerName: "الجامعة التونسية",
      }),
    );
    expect(buildLedger(org)[0]?.speaker).toBe("الجامعة التونسية للمصدرين");
  });

  it("never merges quotes of different speakers", () => {
    const a = report("a", "x", "وقال الوزير خالد العمري إن المحطة ستخدم مئة ألف نسمة في المدينة.");
    const b = report("b", "y", "وقال المحافظ سعيد الراوي إن المحطة ستخدم مئة ألف نسمة في المدينة.");
    expect(buildLedger([...a, ...b])).toHaveLength(2);
  });
});
