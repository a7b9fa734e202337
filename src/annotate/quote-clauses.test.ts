import { describe, expect, it } from "vitest";
import { speakers, withEntities } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: «كل من» before the names of those who speak together", () => {
  it("joins organisations and countries as it joins persons", () => {
    expect(speakers("وقال كل من فيسبوك وتويتر إن الحسابات المخالفة حذفت.")).toEqual(["فيسبوك وتويتر"]);
    expect(speakers("وأعلنت كل من السعودية والإمارات أنهما ستدعمان البحرين.")).toEqual(["السعودية والإمارات"]);
  });

  it("keeps «كل من» as whoever before a verb", () => {
    expect(speakers("وقال كل من يعرفه إن الرجل طيب.")).not.toContain("يعرفه");
  });
});

describe("findQuotes: sources asking to stay unnamed, in the plural", () => {
  it("ends the speaker before the condition", () => {
    expect(
      speakers("وقال مسؤولون أميركيون اشترطوا عدم نشر أسمائهم كي يتسنى لهم تأكيد التفاصيل إن الغارات ستبدأ قريبا."),
    ).toEqual(["مسؤولون أميركيون"]);
  });
});

describe("findQuotes: what the clause reader takes for no complement", () => {
  it("reads a hyphenated إن as the rest of a name", () => {
    const q = withEntities("وقال الرئيس الكوري الجنوبي مون جيه-إن إن المحادثات مثمرة.");
    expect(q.map((x) => x.text)).toEqual(["المحادثات مثمرة"]);
  });

  it("finds no words in a list the following announces", () => {
    const q = withEntities(
      "أعلنت الجمعية عن حاجتها لموظف وفق الشروط التالية : – أن يكون سعودي الجنسية. – أن يجيد الحاسب.",
    );
    expect(q).toEqual([]);
  });

  it("finds no quote in a term quoted after a noun", () => {
    const text = 'بدأت مع سياسة "الاحتواء المزدوج" كما أعلنها مارتن إنديك في إدارة كلينتون.';
    expect(withEntities(text)).toEqual([]);
  });
});
