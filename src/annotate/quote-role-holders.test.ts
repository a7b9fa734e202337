import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: the holder named after a long role, right before إن or أن, speaks", () => {
  it("takes the name after the role's modifiers and an adjunct", () => {
    expect(
      speakers(
        "وقال المشرف على اللجان المكلفة من البلدية خلال إجازة العيد مبارك المبارك إن الفعاليات ستستمر أربعة أيام.",
      ),
    ).toEqual(["مبارك المبارك"]);
  });

  it("takes the tagged name after a role with a preposition in it", () => {
    expect(speakers("وأوضح الباحث في مركز الدراسات في أنقرة جاهد توز أن المنطقة تشهد توترا.")).toEqual(["جاهد توز"]);
  });

  it("leaves the role when the name is someone the speaker honoured", () => {
    expect(speakers("وقال المدير العام خلال حفل تكريم الطالب محمد العتيبي إن الجامعة فخورة بطلابها.")).toEqual([
      "المدير العام",
    ]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: a holder named after a long role and its honorifics", () => {
  it("keeps the family name after آل, past the window the role and honorifics fill", () => {
    expect(
      speakers(
        "استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود أسر الشهداء. وقال نائب خادم الحرمين الشريفين في بداية الاستقبال: «أوكلني خادم الحرمين الشريفين بنقل تعازيه لكم».",
      ),
    ).toEqual(["محمد بن نايف بن عبدالعزيز آل سعود"]);
  });
});
