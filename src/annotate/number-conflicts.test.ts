import { describe, expect, it } from "vitest";
import { sidesAfter } from "./number-sides.js";
import { words } from "./number-words.js";
import { conflictingNumbers, findNumbers, quantityOf } from "./numbers.js";

const conflictsOf = (byOutlet: Record<string, string>) =>
  conflictingNumbers(Object.entries(byOutlet).map(([outlet, text]) => ({ outlet, text, claims: findNumbers(text) })));

const keyOf = (text: string, figure: string) => {
  const claim = findNumbers(text).find((c) => c.text === figure);
  return claim === undefined ? undefined : quantityOf(text, claim)?.key;
};

describe("conflictingNumbers: approximations", () => {
  it("lets a round approximate figure reach half its rounding unit (نحو مئتي جريح agrees with 227, not with 260)", () => {
    const exact = "أسفر التفجير عن مقتل 26 شخصا وإصابة 227 آخرين";
    expect(conflictsOf({ A: exact, B: "وخلف التفجير 26 قتيلا ونحو مئتي جريح" })).toEqual([]);
    expect(conflictsOf({ A: "أسفر التفجير عن إصابة 260 شخصا", B: "وخلف التفجير نحو مئتي جريح" })).toHaveLength(1);
    // A figure that is not round keeps the tenth: نحو 230 is 207 … 253.
    expect(conflictsOf({ A: "أسفر التفجير عن إصابة 260 شخصا", B: "وخلف التفجير نحو 230 جريحا" })).toHaveLength(1);
    // And a figure without نحو is exact.
    expect(conflictsOf({ A: exact, B: "وخلف التفجير 26 قتيلا و200 جريح" })).toHaveLength(1);
  });
});

describe("conflictingNumbers: parts of a total", () => {
  it("compares a part of a total (بينهم، منهم، من بين) with the same part elsewhere, never with a total", () => {
    expect(conflictsOf({ A: "وقتل 12 شخصا بينهم 4 أطفال في القصف", B: "وقتل 7 أطفال في القصف" })).toEqual([]);
    expect(conflictsOf({ A: "ومن بين المصابين 11 رجل إطفاء", B: "وكان في المستشفى 8 رجال إطفاء" })).toEqual([]);
    // Two outlets' parts of one total still disagree.
    expect(conflictsOf({ A: "وقتل 12 شخصا بينهم 4 أطفال", B: "وقتل 12 شخصا بينهم 7 أطفال" })).toHaveLength(1);
  });
  it("reads a figure followed by من and its own noun's group as a part (6 من جرحى الحوثيين، 11 متهما من متهمي، 228 من المباريات التي)", () => {
    expect(conflictsOf({ A: "وأرسلت المقاومة 6 من جرحى الحوثيين إلى المستشفيات", B: "وأصيب 81 شخصا بجروح" })).toEqual(
      [],
    );
    expect(
      conflictsOf({
        A: "وحافظ على نظافة شباكه في 228 من المباريات التي خاضها مع تشيلسي",
        B: "وخاض الفريقان 14 مباراة",
      }),
    ).toEqual([]);
    expect(
      conflictsOf({ A: "أخلت المحكمة سبيل 11 متهما من متهمي التفجير", B: "وتحاكم المحكمة 29 متهما في قضية التفجير" }),
    ).toEqual([]);
  });
});

describe("conflictingNumbers: sides, rates and groups beside another", () => {
  it("does not pair both sides' losses with one side's, nor two sides' with each other", () => {
    expect(conflictsOf({ A: "تسببت الاشتباكات بمقتل 25 مقاتلا من الطرفين", B: "وقضى 7 مقاتلين من الفرقة" })).toEqual(
      [],
    );
    expect(conflictsOf({ A: "وقتل 9 من مقاتلي الحوثيين", B: "وقتل 12 من مقاتلي المقاومة" })).toEqual([]);
    // One side named twice, two figures: a conflict.
    expect(conflictsOf({ A: "وقتل 9 من مسلحي الحوثيين", B: "وقتل 12 مسلحا من الحوثيين" })).toHaveLength(1);
  });
  it("compares a rate (يوميا، في الساعة) with rates of its period only", () => {
    expect(conflictsOf({ A: "تتيح القناة مرور 49 سفينة يوميا", B: "وعبرت القناة 17100 سفينة" })).toEqual([]);
    expect(conflictsOf({ A: "تتيح القناة مرور 49 سفينة يوميا", B: "تتيح القناة مرور 45 سفينة يوميا" })).toHaveLength(1);
    expect(
      conflictsOf({ A: "وأن تسهم برفع معدل العبور اليومي من 49 إلى 97 سفينة", B: "وعبرت القناة 45 سفينة" }),
    ).toEqual([]);
    // في العام 2014 names a year, not a rate.
    expect(keyOf("وعبرت القناة 17100 سفينة في العام 2014", "17100")).toBe("سفينه");
  });
  it("does not pair a group counted beside another (آخرين، أخرى، إضافيا) with a total", () => {
    expect(conflictsOf({ A: "وبادر 80 مقاتلا آخرين إلى الاستسلام", B: "وشارك 3000 مقاتل في الهجوم" })).toEqual([]);
    expect(conflictsOf({ A: "ونشرت الحكومة 120 شرطيا إضافيا", B: "وينتشر 400 شرطي في الموقع" })).toEqual([]);
    // The injured counted as «others» beside the dead are a toll of their own.
    expect(keyOf("مقتل 5 أشخاص وإصابة 14 شخصا آخرين", "14")).toBe("injured");
  });
  it("reads a dual verb after the noun as the event (اثنين من مقاتلي المقاومة استشهدا)", () => {
    expect(keyOf("وقال المركز إن اثنين من مقاتلي المقاومة استشهدا", "اثنين")).toBe("dead:مقاتل");
  });
});

describe("conflictingNumbers: event words", () => {
  it("reads «ألقت القبض على» as an arrest, not the count of a force", () => {
    expect(keyOf("وألقت المقاومة القبض على 72 عنصرا من الحوثيين", "72")).toBe("arrested:عنصر");
    expect(
      conflictsOf({ A: "وألقت المقاومة القبض على 72 عنصرا", B: "وقالت إن القوة المشاركة وصلت إلى 1000 عنصر" }),
    ).toEqual([]);
  });
});

describe("conflictingNumbers: a count within a span", () => {
  it("compares a count made in a span (في أول أربع مباريات، خلال 3 أيام) with counts of that span only", () => {
    expect(
      conflictsOf({ A: "حيث سجل ثلاثة أهداف في أول أربع مباريات", B: "ولم يسجل سوى أربعة أهداف طوال الموسم" }),
    ).toEqual([]);
    expect(conflictsOf({ A: "وسجل 3 أهداف في أول 4 مباريات", B: "وسجل 5 أهداف في أول أربع مباريات" })).toHaveLength(1);
    expect(conflictsOf({ A: "وأقامت الهيئة 12 معرضا خلال 3 أيام", B: "وأقامت الهيئة 40 معرضا" })).toEqual([]);
    // A date or a year after في is no span.
    expect(keyOf("وافتتحت الهيئة 12 معرضا في 26 يونيو", "12")).toBe("معرض");
    expect(keyOf("وافتتحت الهيئة 12 معرضا في 2014", "12")).toBe("معرض");
    // Nor a figure of anything else: 177 countries in 25 sports.
    expect(keyOf("وتتنافس 177 دولة في 25 رياضة", "177")).toBe("دوله");
  });
});

describe("conflictingNumbers: a ranking", () => {
  it("compares a ranking's first N (أفضل 128 لاعبا، أكبر خمس دول) with that ranking only", () => {
    expect(conflictsOf({ A: "ويشارك في البطولة أفضل 128 لاعبا مصنفا", B: "وقد غادر 96 لاعبا في اليوم الأول" })).toEqual(
      [],
    );
    expect(conflictsOf({ A: "وتصنف المملكة ضمن أكبر خمس دول منتجة", B: "ووقعت الاتفاقية 12 دولة" })).toEqual([]);
    expect(conflictsOf({ A: "ويشارك في البطولة أفضل 128 لاعبا", B: "ويشارك فيها أفضل 64 لاعبا" })).toHaveLength(1);
    // أكثر من bounds a figure, it ranks nothing.
    expect(keyOf("وشارك أكثر من 50 لاعبا", "50")).toBe("لاعب");
  });
});

describe("conflictingNumbers: figures set against each other", () => {
  it("does not read the figure after مقابل as the first one's quantity", () => {
    expect(conflictsOf({ A: "ونالت بكين 44 صوتا", B: "وفازت بكين بفارق بسيط (44، مقابل 40 صوتا)" })).toEqual([]);
    expect(conflictsOf({ A: "ونالت بكين 44 صوتا", B: "ونالت بكين 41 صوتا" })).toHaveLength(1);
    // It still counts in its own article: an article giving 1.61 million trades against 2.1 million gives two values.
    expect(
      conflictsOf({
        A: "وبلغ عدد الصفقات المنفذة خلال شهر يوليو 1.61 مليون صفقة مقابل 2.1 مليون صفقة",
        B: "توزعت على أكثر من 93.8 ألف صفقة",
      }),
    ).toEqual([]);
  });
});

describe("conflictingNumbers: a kind of the noun", () => {
  it("compares a figure whose noun has a kind's adjective (رئيسية، كاملا، عربية) with that kind only", () => {
    expect(conflictsOf({ A: "وتتوزع الاستثمارات على ثلاثة مشاريع رئيسية", B: "لاستيعاب أكثر من 80 مشروع" })).toEqual(
      [],
    );
    expect(conflictsOf({ A: "وضبطت الدوريات 12 مسدسا كاملا", B: "وضبطت الدوريات 30 مسدسا" })).toEqual([]);
    expect(conflictsOf({ A: "بجانب 15 دولة عربية", B: "وشاركت في البطولة 177 دولة" })).toEqual([]);
    // A streak is a kind too: Biel's three straight goals are not the winners' four.
    expect(
      conflictsOf({ A: "وكسب الأهلي مباراته بأربعة أهداف", B: "حتى تمكن الفريق من إحراز ثلاثة أهداف متتالية" }),
    ).toEqual([]);
    // The same kind, in two spellings of its ending, is one quantity.
    expect(conflictsOf({ A: "ويشارك 15 لاعبا أجنبيا", B: "ويشارك 12 لاعبين أجنبيين" })).toHaveLength(1);
    // A kind still counts in its article's agreement: an article of 3 international and 5 straight wins gives two values.
    expect(
      conflictsOf({ A: "وخاض ثلاث مباريات دولية، وفاز في خمس مباريات متتالية", B: "وحافظ على شباكه في 228 مباراة" }),
    ).toEqual([]);
    // And an adjective that is no kind does not split the noun: «11 دولة مطلة على المحيط» against 12 countries.
    expect(conflictsOf({ A: "وتضم الاتفاقية 11 دولة مطلة على المحيط", B: "لتحرير التجارة بين 12 دولة" })).toHaveLength(
      1,
    );
  });
});

describe("conflictingNumbers: owners", () => {
  it("does not pair one country's figure after بـ with every country's total", () => {
    expect(
      conflictsOf({
        A: "وشاركت السعودية بـ 24 لاعبا في المحفل العالمي",
        B: "البطولة التي شاركت فيها 177 دولة بـ 700 لاعب",
      }),
    ).toEqual([]);
    // Two outlets' figures for one owner still disagree.
    expect(conflictsOf({ A: "وشاركت السعودية بـ 24 لاعبا", B: "وشاركت السعودية بـ 30 لاعبا" })).toHaveLength(1);
  });
});

describe("conflictingNumbers: descriptors", () => {
  it("tells two like things apart by the adjective that names each (طريق مكة جدة السريع / القديم)", () => {
    expect(
      conflictsOf({
        A: "وأشار إلى أن مشروع طريق مكة جدة السريع يبلغ طوله (72 كلم)",
        B: "وقال إن مشروع طريق مكة المكرمة جدة القديم يبلغ طوله (53 كلم)",
      }),
    ).toEqual([]);
    // One descriptor on one side only tells nothing.
    expect(
      conflictsOf({ A: "وأشار إلى أن طريق مكة جدة السريع يبلغ طوله (72 كلم)", B: "وقال إن الطريق يبلغ طوله (53 كلم)" }),
    ).toHaveLength(1);
  });
});

describe("conflictingNumbers: a share of each one", () => {
  it("compares a share of each one (ريال لكل سهم) with shares of the same thing only", () => {
    expect(
      conflictsOf({ A: "وأوصت الشركة بتوزيع 2.5 ريال لكل سهم", B: "وأعلنت الشركة عن توزيع 7.5 مليارات ريال" }),
    ).toEqual([]);
    expect(
      conflictsOf({ A: "وأوصت الشركة بتوزيع 2.5 ريال لكل سهم", B: "وأوصت الشركة بتوزيع 4.5 ريال لكل سهم" }),
    ).toHaveLength(1);
  });
});

describe("conflictingNumbers: nights", () => {
  it("tells apart two nights by their first weekday (ليل السبت الأحد / ليل الأحد الاثنين)", () => {
    expect(
      conflictsOf({
        A: "وقال مصدر إن حوالي 400 محاولة تسلل سجلت ليل السبت الأحد",
        B: "جرت 1700 محاولة تسلل ليل الأحد الاثنين في النفق",
      }),
    ).toEqual([]);
    expect(
      conflictsOf({ A: "جرت 1500 محاولة تسلل ليل الأحد", B: "جرت 1700 محاولة تسلل ليل الأحد الاثنين" }),
    ).toHaveLength(1);
  });
});

describe("conflictingNumbers: the dead and the injured together", () => {
  it("does not compare a figure «بين قتيل وجريح» (both counted at once)", () => {
    expect(keyOf("سقط سبعة حوثيين بين قتيل وجريح في صنعاء", "سبعة")).toBeUndefined();
    expect(conflictsOf({ A: "سقط سبعة حوثيين بين قتيل وجريح", B: "وقال السكان إن 25 حوثيا سقطوا" })).toEqual([]);
  });
});

describe("conflictingNumbers: a scale word lost", () => {
  it("does not pair an amount with the same figure written without its scale", () => {
    expect(conflictsOf({ A: "وبلغت قيمة الصفقة 1.5 مليار ريال", B: "وبلغت قيمة الصفقة 1.5 ريال" })).toEqual([]);
    expect(conflictsOf({ A: "وبلغت قيمة الصفقة 1.5 مليار ريال", B: "وبلغت قيمة الصفقة 2 ريال" })).toHaveLength(1);
  });
});

describe("sidesAfter", () => {
  it("reads both sides, or the side a figure's phrase names, with its group's members skipped", () => {
    expect([...sidesAfter(words("مقاتلا من الطرفين"))]).toEqual(["both"]);
    expect([...sidesAfter(words("من مسلحي الحوثيين"))]).toEqual([...sidesAfter(words("حوثيا من الحوثيين"))]);
    expect([...sidesAfter(words("قتيلا وسط المتمردين"))]).toHaveLength(1);
    // A toll's part, a bound or a place with no article name no side.
    expect([...sidesAfter(words("من القتلى"))]).toEqual([]);
    expect([...sidesAfter(words("شخصا من أصل"))]).toEqual([]);
    expect([...sidesAfter(words("جنود في عدن"))]).toEqual([]);
  });
});
