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

  it("finds no words in a clause of «(من) دون أن», which says what was left undone", () => {
    expect(withEntities("وأعلنت الشركة وفاة مديرها في بيان مقتضب دون أن تتطرق إلى تفاصيل.")).toEqual([]);
    expect(withEntities("ويشير الباحث سالم العتيبي إلى نقاط التقارب بين الطرفين، من دون أن يعني ذلك تحالفا.")).toEqual(
      [],
    );
  });

  it("finds no quote in a term quoted after a noun", () => {
    const text = 'بدأت مع سياسة "الاحتواء المزدوج" كما أعلنها مارتن إنديك في إدارة كلينتون.';
    expect(withEntities(text)).toEqual([]);
  });
});

describe("findQuotes: words after the cue that are never its subject", () => {
  it("takes no speaker from an accusative with tanween right after the cue", () => {
    const text =
      "وقال الوزير سالم العتيبي إن الوضع صعب. وذكر إعجابه بما اعتبره انتصارًا إيرانيًا، وأن إيران تمثل المواجهة الحقيقية.";
    expect(speakers(text)).toEqual(["سالم العتيبي", "سالم العتيبي"]);
    expect(speakers("وقالت الوزيرة سلمى الحسن إن الوضع صعب. ورأت خصوصًا أن المفاوضين قدموا تنازلات.")[1]).toBe(
      "سلمى الحسن",
    );
  });

  it("takes no speaker from an adverb of when", () => {
    const q = withEntities("نقرأ التعليقات فنشعر بأن من كتبها للتو انتهى من «جمع الحطب».");
    expect(q.map((x) => x.speaker)).not.toContain("للتو انتهى");
  });
});

describe("a marked description inside a relative clause (التي وصفها بأنها «…» وشن)", () => {
  it("ends at its closing mark where the main clause goes on", () => {
    const [q] = withEntities(
      'وكان رئيس الوزراء توني أبوت من المنتقدين لمزارع الرياح التي وصفها بأنها "قبيحة الشكل ومصدر للضوضاء" وشن حملة لإنشاء محطات الفحم.',
    );
    expect([q?.kind, q?.text]).toEqual(["direct", "قبيحة الشكل ومصدر للضوضاء"]);
  });

  it("keeps an adjective of the marked noun (ما وصفته أنقرة بأنه «معركة شاملة» وشيكة)", () => {
    const [q] = withEntities('وذلك قبل ما وصفته أنقرة بأنه "معركة شاملة" وشيكة على مقاتلي التنظيم هناك.');
    expect(q?.kind).toBe("indirect");
  });
});
