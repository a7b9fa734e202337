import { describe, expect, it } from "vitest";
import { sessionDay } from "./number-conflicts.js";
import { ONE_SIDE, sideStem, sidesAfter, sidesApart, sidesBefore } from "./number-sides.js";
import { words } from "./number-words.js";
import { conflictingNumbers, findNumbers, quantityOf } from "./numbers.js";

const conflictsOf = (byOutlet: Record<string, string>) =>
  conflictingNumbers(Object.entries(byOutlet).map(([outlet, text]) => ({ outlet, text, claims: findNumbers(text) })));

/** Two outlets' sentences whose figures the conflicts must tell apart (no conflict). */
const apart = (a: string, b: string) => expect(conflictsOf({ A: a, B: b })).toEqual([]);

/** Two outlets' sentences reporting one quantity differently (one conflict). */
const disagree = (a: string, b: string) => expect(conflictsOf({ A: a, B: b })).toHaveLength(1);

const keyOf = (text: string, figure: string) => {
  const claim = findNumbers(text).find((c) => c.text === figure);
  return claim === undefined ? undefined : quantityOf(text, claim)?.key;
};

describe("conflictingNumbers: approximations", () => {
  it("lets a round approximate figure reach half its rounding unit (نحو مئتي جريح agrees with 227, not with 260)", () => {
    const exact = "أسفر التفجير عن مقتل 26 شخصا وإصابة 227 آخرين";
    expect(conflictsOf({ A: exact, B: "وخلف التفجير 26 قتيلا ونحو مئتي جريح" })).toEqual([]);
    disagree("أسفر التفجير عن إصابة 260 شخصا", "وخلف التفجير نحو مئتي جريح");
    // A figure that is not round keeps the tenth: نحو 230 is 207 … 253.
    disagree("أسفر التفجير عن إصابة 260 شخصا", "وخلف التفجير نحو 230 جريحا");
    // And a figure without نحو is exact.
    expect(conflictsOf({ A: exact, B: "وخلف التفجير 26 قتيلا و200 جريح" })).toHaveLength(1);
  });
});

describe("conflictingNumbers: rounding", () => {
  it("reads a scaled whole figure of three digits or more that ends in 0 as rounded to its tens (350 ألف)", () => {
    apart("تصحيح أوضاع ٣٥٣٥٦٥ يمنيا", "الجوازات: تصحيح أوضاع 350 ألف يمني");
    disagree("تصحيح أوضاع ٣٥٨٥٦٥ يمنيا", "الجوازات: تصحيح أوضاع 350 ألف يمني");
    // No further than the tens: 300 مليون is 295 … 305 million.
    disagree("وتقدم 320 مليون مستخدم", "وتقدم 300 مليون مستخدم");
  });
});

describe("conflictingNumbers: parts of a total", () => {
  it("compares a part of a total (بينهم، منهم، من بين) with the same part elsewhere, never with a total", () => {
    apart("وقتل 12 شخصا بينهم 4 أطفال في القصف", "وقتل 7 أطفال في القصف");
    apart("ومن بين المصابين 11 رجل إطفاء", "وكان في المستشفى 8 رجال إطفاء");
    // Two outlets' parts of one total still disagree.
    disagree("وقتل 12 شخصا بينهم 4 أطفال", "وقتل 12 شخصا بينهم 7 أطفال");
  });
  it("reads a figure followed by من and its own noun's group as a part (6 من جرحى الحوثيين، 11 متهما من متهمي، 228 من المباريات التي)", () => {
    apart("وأرسلت المقاومة 6 من جرحى الحوثيين إلى المستشفيات", "وأصيب 81 شخصا بجروح");
    apart("وحافظ على نظافة شباكه في 228 من المباريات التي خاضها مع تشيلسي", "وخاض الفريقان 14 مباراة");
    apart("أخلت المحكمة سبيل 11 متهما من متهمي التفجير", "وتحاكم المحكمة 29 متهما في قضية التفجير");
  });
});

describe("conflictingNumbers: sides, rates and groups beside another", () => {
  it("does not pair both sides' losses with one side's, nor two sides' with each other", () => {
    apart("تسببت الاشتباكات بمقتل 25 مقاتلا من الطرفين", "وقضى 7 مقاتلين من الفرقة");
    apart("وقتل 9 من مقاتلي الحوثيين", "وقتل 12 من مقاتلي المقاومة");
    // One side named twice, two figures: a conflict.
    disagree("وقتل 9 من مسلحي الحوثيين", "وقتل 12 مسلحا من الحوثيين");
  });
  it("compares a rate (يوميا، في الساعة) with rates of its period only", () => {
    apart("تتيح القناة مرور 49 سفينة يوميا", "وعبرت القناة 17100 سفينة");
    disagree("تتيح القناة مرور 49 سفينة يوميا", "تتيح القناة مرور 45 سفينة يوميا");
    apart("وأن تسهم برفع معدل العبور اليومي من 49 إلى 97 سفينة", "وعبرت القناة 45 سفينة");
    // في العام 2014 names a year, not a rate.
    expect(keyOf("وعبرت القناة 17100 سفينة في العام 2014", "17100")).toBe("سفينه");
  });
  it("does not pair a group counted beside another (آخرين، أخرى، إضافيا) with a total", () => {
    apart("وبادر 80 مقاتلا آخرين إلى الاستسلام", "وشارك 3000 مقاتل في الهجوم");
    apart("ونشرت الحكومة 120 شرطيا إضافيا", "وينتشر 400 شرطي في الموقع");
    // The injured counted as «others» beside the dead are a toll of their own.
    expect(keyOf("مقتل 5 أشخاص وإصابة 14 شخصا آخرين", "14")).toBe("injured");
  });
  it("reads «آخرون» as the class of people the figure before it counts: civilians, or the armed", () => {
    apart(
      "وأشار المسؤولون إلى مقتل 11 مدنيا وإصابة 16 آخرين",
      "وأوضح أن القوات الأمنية فقدت 4 من عناصرها، وأصيب 12 آخرون",
    );
    // A side's fighters under other nouns (حوثيا، مسلحا من عناصر ميليشيات الحوثي) are one class.
    disagree(
      "أدت الاشتباكات إلى مقتل 20 حوثيا وإصابة 30 آخرين",
      "أسفرت عن مقتل 42 مسلحا من عناصر ميليشيات الحوثي وإصابة 93 آخرين",
    );
    // Others beside a part (بينهم 4 نساء) or beside no class of people (أشخاص) are not told apart.
    disagree("قتل 9 أشخاص بينهم 4 نساء وأصيب 7 آخرون", "قتل 9 جنود وأصيب 12 آخرون");
  });
  it("does not pair a figure of two nouns counted together (شرطيا ودركيا) with a figure of one of them", () => {
    apart("إلى جانب 550 شرطيا ودركيا فرنسيا نشروا في المنطقة", "فيما ينتشر نحو 400 شرطي في الموقع");
    disagree("إلى جانب 550 شرطيا ودركيا نشروا في المنطقة", "إلى جانب 400 شرطيا ودركيا نشروا في المنطقة");
    // An adjective whose و is its own letter, a verb and a pronoun are no second noun.
    expect(keyOf("شاركت 54 اتحادا وطنيا في القرعة", "54")).toBe("اتحاد");
    expect(keyOf("قتل 20 مسلحا وأصيب 5", "20")).toBe("dead:مسلح");
    expect(keyOf("وشارك 17 طفلا ومدتها ساعتان", "17")).toBe("طفل");
  });
  it("reads a dual verb after the noun as the event (اثنين من مقاتلي المقاومة استشهدا)", () => {
    expect(keyOf("وقال المركز إن اثنين من مقاتلي المقاومة استشهدا", "اثنين")).toBe("dead:مقاتل");
  });
});

describe("conflictingNumbers: event words", () => {
  it("reads «ألقت القبض على» as an arrest, not the count of a force", () => {
    expect(keyOf("وألقت المقاومة القبض على 72 عنصرا من الحوثيين", "72")).toBe("arrested:عنصر");
    apart("وألقت المقاومة القبض على 72 عنصرا", "وقالت إن القوة المشاركة وصلت إلى 1000 عنصر");
  });
});

describe("conflictingNumbers: a count within a span", () => {
  it("compares a count made in a span (في أول أربع مباريات، خلال 3 أيام) with counts of that span only", () => {
    apart("حيث سجل ثلاثة أهداف في أول أربع مباريات", "ولم يسجل سوى أربعة أهداف طوال الموسم");
    disagree("وسجل 3 أهداف في أول 4 مباريات", "وسجل 5 أهداف في أول أربع مباريات");
    apart("وأقامت الهيئة 12 معرضا خلال 3 أيام", "وأقامت الهيئة 40 معرضا");
    // A date or a year after في is no span.
    expect(keyOf("وافتتحت الهيئة 12 معرضا في 26 يونيو", "12")).toBe("معرض");
    expect(keyOf("وافتتحت الهيئة 12 معرضا في 2014", "12")).toBe("معرض");
    // Nor a figure of anything else: 177 countries in 25 sports.
    expect(keyOf("وتتنافس 177 دولة في 25 رياضة", "177")).toBe("دوله");
  });
});

describe("conflictingNumbers: a ranking", () => {
  it("compares a ranking's first N (أفضل 128 لاعبا، أكبر خمس دول) with that ranking only", () => {
    apart("ويشارك في البطولة أفضل 128 لاعبا مصنفا", "وقد غادر 96 لاعبا في اليوم الأول");
    apart("وتصنف المملكة ضمن أكبر خمس دول منتجة", "ووقعت الاتفاقية 12 دولة");
    disagree("ويشارك في البطولة أفضل 128 لاعبا", "ويشارك فيها أفضل 64 لاعبا");
    // أكثر من bounds a figure, it ranks nothing.
    expect(keyOf("وشارك أكثر من 50 لاعبا", "50")).toBe("لاعب");
  });
});

describe("conflictingNumbers: figures set against each other", () => {
  it("does not read the figure after مقابل as the first one's quantity", () => {
    apart("ونالت بكين 44 صوتا", "وفازت بكين بفارق بسيط (44، مقابل 40 صوتا)");
    disagree("ونالت بكين 44 صوتا", "ونالت بكين 41 صوتا");
    // It still counts in its own article: an article giving 1.61 million trades against 2.1 million gives two values.
    apart(
      "وبلغ عدد الصفقات المنفذة خلال شهر يوليو 1.61 مليون صفقة مقابل 2.1 مليون صفقة",
      "توزعت على أكثر من 93.8 ألف صفقة",
    );
  });
});

describe("conflictingNumbers: a kind of the noun", () => {
  it("compares a figure whose noun has a kind's adjective (رئيسية، كاملا، عربية) with that kind only", () => {
    apart("وتتوزع الاستثمارات على ثلاثة مشاريع رئيسية", "لاستيعاب أكثر من 80 مشروع");
    apart("وضبطت الدوريات 12 مسدسا كاملا", "وضبطت الدوريات 30 مسدسا");
    apart("بجانب 15 دولة عربية", "وشاركت في البطولة 177 دولة");
    // Cases of illness are not the injured of an accident; a genre's films are some of a season's.
    apart("إلى جانب نقل 18 حالة مرضية أخرى", "ونتج عنه وقوع ثلاث حالات إصابتهم خطيرة");
    apart("وتعرض خلال العيد 5 أفلام كوميدية", "مبينا أن ثمانية أفلام نافست بعروضها هذا الموسم");
    // A streak is a kind too: Biel's three straight goals are not the winners' four.
    apart("وكسب الأهلي مباراته بأربعة أهداف", "حتى تمكن الفريق من إحراز ثلاثة أهداف متتالية");
    // The same kind, in two spellings of its ending, is one quantity.
    disagree("ويشارك 15 لاعبا أجنبيا", "ويشارك 12 لاعبين أجنبيين");
    // A kind still counts in its article's agreement: an article of 3 international and 5 straight wins gives two values.
    apart("وخاض ثلاث مباريات دولية، وفاز في خمس مباريات متتالية", "وحافظ على شباكه في 228 مباراة");
    // And an adjective that is no kind does not split the noun: «11 دولة مطلة على المحيط» against 12 countries.
    disagree("وتضم الاتفاقية 11 دولة مطلة على المحيط", "لتحرير التجارة بين 12 دولة");
  });

  it("compares the members of a body (المجلس المؤلف من 15 دولة) with that body's members only", () => {
    apart("ووافق المجلس المؤلف من 15 دولة على القرار", "تتوفر لكل الدول الأعضاء (164 دولة)");
    apart("ووافق المجلس المؤلف من 15 دولة على القرار", "ووقعت على الاتفاق ست دول");
    apart("ووافق المجلس المكون من 15 عضوا", "وحضر الجلسة 9 أعضاء");
    // Two outlets' members of one body still disagree.
    disagree("ووافق المجلس المؤلف من 15 دولة", "ووافق المجلس المكون من 16 دولة");
  });
});

describe("conflictingNumbers: counts lost or won", () => {
  it("compares a count after a verb of losing or winning (خسر 39 صوتا) with such changes only", () => {
    apart("وكان خسر الأربعاء الماضي 39 صوتا من أصل نواب حزبه", "أدى إلى تراجع عدد الأصوات الداعمة له إلى 123 صوتا");
    apart("وكسبت المعارضة 3 مقاعد", "ويضم البرلمان 300 مقعد");
    disagree("فقد خسر تسيبراس 39 صوتا من بين نواب حزبه", "وخسر تسيبراس 40 صوتا");
  });
});

describe("conflictingNumbers: those who did something", () => {
  it("compares the count of those who did something (عدد الذين عادوا … 368 مستفيدا) with that count only", () => {
    apart(
      "كشفت الوزارة أن عدد الذين عادوا إلى الفكر الإرهابي بعد مناصحتهم بلغوا نحو 368 مستفيدا",
      "عن تخريج الدورتين من المستفيدين بالمركز وعددهم 56 مستفيدا",
    );
    disagree("وبلغ عدد الذين عادوا إلى الفكر الإرهابي 368 مستفيدا", "وبلغ عدد الذين عادوا إلى الفكر الضال 300 مستفيد");
  });
});

describe("conflictingNumbers: owners", () => {
  it("does not pair one country's figure after بـ with every country's total", () => {
    apart("وشاركت السعودية بـ 24 لاعبا في المحفل العالمي", "البطولة التي شاركت فيها 177 دولة بـ 700 لاعب");
    // Two outlets' figures for one owner still disagree.
    disagree("وشاركت السعودية بـ 24 لاعبا", "وشاركت السعودية بـ 30 لاعبا");
  });
});

describe("conflictingNumbers: descriptors", () => {
  it("tells two like things apart by the adjective that names each (طريق مكة جدة السريع / القديم)", () => {
    apart(
      "وأشار إلى أن مشروع طريق مكة جدة السريع يبلغ طوله (72 كلم)",
      "وقال إن مشروع طريق مكة المكرمة جدة القديم يبلغ طوله (53 كلم)",
    );
    // One descriptor on one side only tells nothing.
    disagree("وأشار إلى أن طريق مكة جدة السريع يبلغ طوله (72 كلم)", "وقال إن الطريق يبلغ طوله (53 كلم)");
  });
});

describe("conflictingNumbers: a share of each one", () => {
  it("compares a share of each one (ريال لكل سهم) with shares of the same thing only", () => {
    apart("وأوصت الشركة بتوزيع 2.5 ريال لكل سهم", "وأعلنت الشركة عن توزيع 7.5 مليارات ريال");
    disagree("وأوصت الشركة بتوزيع 2.5 ريال لكل سهم", "وأوصت الشركة بتوزيع 4.5 ريال لكل سهم");
  });
});

describe("conflictingNumbers: nights", () => {
  it("tells apart two nights by their first weekday (ليل السبت الأحد / ليل الأحد الاثنين)", () => {
    apart("وقال مصدر إن حوالي 400 محاولة تسلل سجلت ليل السبت الأحد", "جرت 1700 محاولة تسلل ليل الأحد الاثنين في النفق");
    disagree("جرت 1500 محاولة تسلل ليل الأحد", "جرت 1700 محاولة تسلل ليل الأحد الاثنين");
  });
});

describe("conflictingNumbers: the dead and the injured together", () => {
  it("does not compare a figure «بين قتيل وجريح» (both counted at once)", () => {
    expect(keyOf("سقط سبعة حوثيين بين قتيل وجريح في صنعاء", "سبعة")).toBeUndefined();
    apart("سقط سبعة حوثيين بين قتيل وجريح", "وقال السكان إن 25 حوثيا سقطوا");
  });
});

describe("conflictingNumbers: a scale word lost", () => {
  it("does not pair an amount with the same figure written without its scale", () => {
    apart("وبلغت قيمة الصفقة 1.5 مليار ريال", "وبلغت قيمة الصفقة 1.5 ريال");
    disagree("وبلغت قيمة الصفقة 1.5 مليار ريال", "وبلغت قيمة الصفقة 2 ريال");
  });
});

describe("conflictingNumbers: a tally", () => {
  it("compares a tally (رفع رصيده إلى، برصيد) with tallies only, not with a count of another owner", () => {
    apart("ورفع آرسنال رصيده إلى 14 لقبا في هذه المسابقة", "وانتقل تشيك إلى أرسنال بعدما أحرز 13 لقبا مع تشيلسي");
    disagree("ورفع آرسنال رصيده إلى 14 لقبا في هذه المسابقة", "ورفع آرسنال رصيده إلى 13 لقبا في هذه المسابقة");
    expect(keyOf("وتصدر الفريق برصيد 7 بطولات", "7")).toBe("tally|بطوله");
  });
});

describe("conflictingNumbers: the seriously injured", () => {
  it("compares the seriously injured (في حالة خطيرة، بإصابات بالغة) with the seriously injured only", () => {
    apart("وقال الجيش إن أربعة جنود أصيبوا في الهجوم في حالة خطيرة", "وأصيب ثمانية جنود");
    disagree("وأصيب 4 بإصابات خطيرة في حادث انقلاب", "وأصيب 6 بجروح بالغة في حادث انقلاب");
    // A part's severity (منهم حالة حرجة) and a mix (ما بين حرجة ومتوسطة) leave the toll whole.
    expect(keyOf("وإصابة 4 آخرين منهم حالة حرجة", "4")).toBe("injured");
    expect(keyOf("نتج عنه 6 إصابات ما بين حرجة ومتوسطة", "6")).toBe("injured");
  });
});

describe("conflictingNumbers: history", () => {
  const on = (day: string, outlet: string, text: string) => ({
    outlet,
    text,
    claims: findNumbers(text),
    publishedAt: day,
  });
  it("does not pair a toll of a past year with the day's, nor a total over past years with one event's", () => {
    const nairobi = "وكانت نيروبي شهدت في 1998 هجوما داميا استهدف السفارة الأميركية وأوقع 224 قتيلا";
    const today = "وقال المسؤول إنه شاهد ستة قتلى معظمهم حراس أمنيون";
    expect(conflictingNumbers([on("2015-07-27", "A", nairobi), on("2015-07-27", "B", today)])).toEqual([]);
    // A year the article is published in is the day's still.
    const thisYear = "وأوقع الهجوم الذي وقع في يوليو 2015 نحو 224 قتيلا";
    expect(conflictingNumbers([on("2015-07-27", "A", thisYear), on("2015-07-27", "B", today)])).toHaveLength(1);
    expect(keyOf("أودت الهجمات بحياة أكثر من 500 شخص في العامين الماضيين", "500")).toBe("since|dead");
    expect(keyOf("وقتل 27 شخصا على الأقل في الأيام الأخيرة", "27")).toBe("dead");
  });
});

describe("conflictingNumbers: bounds, conversions and cumulative tolls", () => {
  it("reads «لا يقل عن» (also glued: لايقل) as a lower bound, not an upper one", () => {
    expect(
      quantityOf("أودت بحياة ما لا يقل عن 151 شخصا", findNumbers("أودت بحياة ما لا يقل عن 151 شخصا")[0]!),
    ).toMatchObject({ lo: 151, hi: Number.POSITIVE_INFINITY });
    apart("واشتعلت النار فيما لايقل عن ثلاث سيارات", "مما أدى إلى احتراق 20 سيارة");
    apart("أودت الفيضانات بحياة ما لا يقل عن 151 شخصا", "لقي مئات الأشخاص حتفهم في الفيضانات");
    // لأكثر من، بأقل من: the bound with a preposition on it.
    apart("مقدمة خدماتها لأكثر من 1300 حالة", "مقدمة خدماتها لأكثر من 1343 حالة");
    expect(quantityOf("وبيعت بأقل من 50 سيارة", findNumbers("وبيعت بأقل من 50 سيارة")[0]!)).toMatchObject({ lo: 0 });
    // «لا يتجاوز» still bounds from above.
    disagree("ولا يتجاوز عدد الجرحى 5 أشخاص", "وأصيب 20 شخصا");
  });
  it("reads «راح ضحيته / ضحيتها» as a death toll", () => {
    expect(keyOf("مجزرة الدفاع الجوي التي راح ضحيتها 20 مشجعا", "20")).toBe("dead:مشجع");
    apart("طالب الأهلي بالسماح لـ3 آلاف مشجع بالحضور", "مجزرة الدفاع الجوي التي راح ضحيتها 20 مشجعا");
  });
  it("leaves out a conversion in brackets after a currency and its adjective (جنيه مصري (6.85 مليون دولار)، يوان)", () => {
    apart(
      "وغرمت المحكمة نظيف مبلغ 53 مليون جنيه مصري (6.85 مليون دولار)",
      "بتحقيق ثروة غير مشروعة مقدارها 64 مليون جنيه مصري (8,2 ملايين دولار أميركي)",
    );
    apart(
      "صادرت لحوما تبلغ قيمتها نحو ثلاثة مليارات يوان (483 مليون دولار)",
      "تخطط لإنفاق 250 مليار يوان (40.3 مليار دولار) لتحفيز النمو",
    );
  });
  it("tells apart tolls in capitals named bare (وسط العاصمة صنعاء، في دمشق) from those in other cities", () => {
    apart(
      "وفي مأرب، قتل 9 من ميليشيات الحوثي في هجوم للمقاومة في المخدرة غربي مأرب",
      "في المقابل، قتل 6 من ميليشيات الحوثي وجرح آخرون، في هجوم على تجمع لهم في منطقة التحرير وسط العاصمة صنعاء",
    );
    apart(
      "ارتفعت حصيلة قتلى القذائف التي سقطت على احياء عدة في دمشق الى 11 قتيلا",
      "قال المرصد إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة بمحافظة حلب",
    );
    // Two reports of one city's toll still disagree.
    disagree("قتل 11 شخصا في قصف على دمشق", "قتل 15 شخصا في قصف على دمشق");
  });
  it("reads a toll in «مختلف مواقع / أنحاء» or «الهجمات المنفصلة» as a roundup's sum, not one incident's", () => {
    apart(
      "قتل 50 مسلحا من تنظيم داعش في مختلف مواقع العمليات العسكرية بالعراق اليوم",
      "أعلنت خلية الإعلام الحربي عن مقتل 49 مسلحا بقصف جوي استهدف أوكارهم شمال سامراء",
    );
    apart(
      "وقتل ثمانية أشخاص على الأقل في موجة من الهجمات المنفصلة على قوات الأمن التركية",
      "والمتمردين الأكراد بالهجوم على مركز للشرطة والذي خلف أربعة قتلى",
    );
    expect(keyOf("توفي 447 شخصا في مختلف أنحاء العالم", "447")).toBe("roundup|dead");
  });
  it("reads a toll over a counted past span or a named period (خلال الأيام الثلاثة الماضية، خلال الفترة نفسها) as a period's", () => {
    expect(keyOf("حصدت الألغام خلال الأيام الثلاثة الماضية أرواح 29 شخصا بينما أصيب 261 شخصا", "261")).toBe(
      "since|injured",
    );
    expect(keyOf("وخلال الساعات الـ48 الماضية قتل 40 شخصا", "40")).toBe("since|dead");
    apart(
      "يواصل الحزب هجماته على قوات الأمن، ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين عنصرا منها",
      "قتل أربعة عناصر من الشرطة في انفجار قنبلة وضعت بجانب طريق",
    );
    // Uncounted days are the day's event still; a period in another clause is not the figure's.
    expect(keyOf("وقتل 27 شخصا على الأقل في الأيام الأخيرة", "27")).toBe("dead");
    disagree(
      "قدم أداء مميزا خلال الفترة الماضية، وأن هناك سبعة مرشحين لخلافته",
      "وأوضحت المصادر وجود 3 مرشحين محتملين لخلافته",
    );
  });
  it("reads a toll over a span of years told by its count (التمرد المستمر من ثلاثة عقود) as cumulative", () => {
    expect(keyOf("لإنهاء التمرد المستمر من ثلاثة عقود والذي راح ضحيته نحو 40 ألف شخص", "40 ألف")).toBe("since|dead");
    expect(keyOf("قتل 5 أشخاص بعد 3 أيام من القتال", "5")).toBe("dead");
    // An age (20 عاما) is no span the figure is counted over.
    expect(keyOf("وتألق ميتروفيتش، 20 عاما، مع أندرلخت وسجل 44 هدفا في 90 مباراة", "90")).toBe("مباراه");
  });
});

describe("conflictingNumbers: prices, changes, stocks and named things", () => {
  it("reads a figure followed by «إلى» another as a change (هبط 45.55 دولار إلى 1088.05), not a level", () => {
    apart(
      "وهبط الذهب في المعاملات الفورية 45.55 دولار إلى 1088.05 دولار للأوقية",
      "وبلغ سعر الذهب في المعاملات الفورية 1104.50 دولار للأوقية",
    );
    disagree("وهبط الذهب 45.55 دولار إلى 1088.05 دولار", "وهبط الذهب 40 دولارا إلى 1093 دولارا");
    // The value reached after a change in percent (بنسبة 10 في المائة ليصل إلى) is the change's, as after إلى.
    apart(
      "وانخفض الفائض التجاري بنسبة 10 في المائة ليصل إلى 263 مليار ريال",
      "وارتفع حجم التجارة بنسبة 7 في المائة ليصل إلى 900 مليار ريال",
    );
  });
  it("does not pair a unit's price (دولار للأوقية) with a total of money (1.3 مليار دولار)", () => {
    apart("وهبط الذهب إلى 1088.05 دولار للأوقية", "وتم تداول كميات من الذهب بقيمة 1.3 مليار دولار");
    // An outlet may leave the unit out of the price itself.
    disagree("وهبط الذهب إلى 1088.05 دولار للأوقية", "وهبط الذهب إلى 1070 دولارا");
  });
  it("tells prices taken at two hours apart (الساعة 1438 / الساعة 1020)", () => {
    apart(
      "وبلغ سعر الذهب في السوق الفورية 1104.50 دولار للأوقية الساعة 1438 بتوقيت جرينتش",
      "وبلغ سعر الذهب في السوق الفورية 1106.05 دولار للأوقية الساعة 1020 بتوقيت جرينتش",
    );
  });
  it("compares one stock's trading (فكان سهم سابك بتداولات) with that stock's only", () => {
    apart(
      'أما الأكثر تداولا فكان سهم "سابك" بنسبة 13 في المائة بتداولات 668 مليون ريال',
      "وارتد المؤشر مرتفعا أمس، فيما بلغت قيمة التداولات نحو 4.6 مليار ريال",
    );
    disagree(
      "فكان سهم سابك الأكثر تداولا بتداولات 668 مليون ريال",
      "فكان سهم سابك الأكثر تداولا بتداولات 600 مليون ريال",
    );
  });
  it("tells figures of money apart by the short names their sentences quote (two films' takings), not tolls", () => {
    apart(
      "وتراجع فيلم «إنسايد آوت» إلى المركز الرابع محققا 11.6 مليون دولار",
      'وجاء فيلم "ترمنيتور: جيناسيس" في المركز الرابع محققا 13.7 مليون دولار',
    );
    disagree(
      "وتراجع فيلم «إنسايد آوت» إلى المركز الرابع محققا 11.6 مليون دولار",
      'وتراجع فيلم "إنسايد آوت" إلى المركز الرابع محققا 13.7 مليون دولار',
    );
    disagree('وقتل 7 أشخاص في هجوم وصفه بأنه "عمل إرهابي"', "وقتل 9 أشخاص في «الهجوم الجبان»");
  });
  it("dates a price by the day its sentence names: أمس is the session before publication", () => {
    const on = (day: string, outlet: string, text: string) => ({
      outlet,
      article: outlet,
      text,
      claims: findNumbers(text),
      publishedAt: `${day}T10:00:00Z`,
    });
    const today = "وأغلق المؤشر اليوم بتداولات بلغت 4.6 مليارات ريال";
    const yesterday = "وأغلق المؤشر أمس عند مستوى 9000 نقطة، فيما بلغت قيمة التداولات 5.1 مليار ريال";
    expect(conflictingNumbers([on("2015-08-03", "A", today), on("2015-08-03", "B", yesterday)])).toEqual([]);
    expect(conflictingNumbers([on("2015-08-03", "A", today), on("2015-08-04", "B", yesterday)])).toHaveLength(1);
    expect(sessionDay("2015-08-01", 2)).toBe("2015-07-30");
  });
});

describe("conflictingNumbers: parts of two totals, «بمقتل», roundups", () => {
  it("reads the figures of a list of parts after و as parts, each of the total its sentence gives before", () => {
    const t = "وقال إن 57 مدنياً بينهم 12 طفلاً و6 نساء قتلوا، وأصيب أكثر من 215 آخرين بجروح بينهم 25 طفلاً و15 امرأة";
    expect(findNumbers(t).map((c) => quantityOf(t, c)?.part)).toEqual([false, true, true, false, true, true]);
    expect(keyOf("ووثق التقرير وفاة 368 شخصاً، بينهم 83 طفلاً، و63 سيدة", "63")).toBe("سيده");
    // Women among the dead beside women among the injured: two quantities.
    apart("إن 57 قتيلا سقطوا بينهم 12 طفلا و6 نساء", "وأصيب أكثر من 215 آخرين بجروح بينهم 25 طفلاً و15 امرأة");
    const same = conflictsOf({
      A: "إن 57 قتيلا سقطوا بينهم 12 طفلا و6 نساء",
      B: "إن 57 قتيلا سقطوا بينهم 12 طفلا و9 نساء",
    });
    expect(same.map((c) => c.unit)).toEqual(["امراه"]);
  });
  it("reads «بمقتل» as a death toll's word", () => {
    expect(keyOf("فقد تسببت هذه البراميل بمقتل 368 شخصا خلال الشهر الماضي", "368")).toBe("dead");
  });
  it("compares a toll of a roundup (في هجمات متفرقة، على عدة جبهات) with roundups only", () => {
    apart(
      "أفادت مصادر أمنية أمس بمقتل 37 مسلحًا من داعش في هجمات متفرقة بالعراق",
      "لقي 22 مسلحاً من تنظيم داعش مصرعهم في عملية أمنية",
    );
    expect(keyOf("وقتل 7 من المقاومة في مواجهات على عدة جبهات", "7")).toBe("roundup|dead:مقاومه");
  });
});

describe("conflictingNumbers: the title's place", () => {
  it("reads the place an article's title names for figures whose sentences name none", () => {
    const item = (outlet: string, title: string, text: string) => ({ outlet, title, text, claims: findNumbers(text) });
    const arar = item("A", "حادث مروع يقضي على شابين في عرعر", "وتوجهت ثلاثة فرق إسعافية للموقع");
    const madinah = item(
      "B",
      "مصرع شخص في حادث انقلاب بطريق الهجرة في المدينة المنورة",
      "وتم توجيه 4 فرق إسعافية أرضية",
    );
    expect(conflictingNumbers([arar, madinah])).toEqual([]);
    // A sentence's own place comes first; a title that names none changes nothing.
    const same = item("C", "حادث مروع يقضي على شابين", "وتوجهت أربعة فرق إسعافية للموقع في عرعر");
    expect(conflictingNumbers([arar, same])).toHaveLength(1);
  });
});

describe("conflictingNumbers: a figure the other article gives too", () => {
  it("does not set a figure against another article that itself gives it for the same noun", () => {
    apart(
      "وتم القضاء على ثمانية مسلحين بايعوا داعش",
      "أعلنت اللجنة تصفية 6 مسلحين في نالتشيك، بعدما تمكنت الأحد من تصفية 8 مسلحين آخرين في إنغوشيا",
    );
    // A figure of another noun, or a bound that merely allows it, is no such figure.
    disagree("وتم القضاء على ثمانية مسلحين بايعوا داعش", "أعلنت اللجنة تصفية 6 مسلحين، ونشرت 8 عربات");
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
  it("keeps a short side's ending (من عناصر القوات → قوات, not قو)", () => {
    expect([...sidesAfter(words("من عناصر القوات الخاصة"))]).toEqual([sideStem("قوات")]);
    expect(sideStem("القوات")).toBe("قوات");
    expect(sideStem("الحوثيين")).toBe("حوث");
  });
  it("reads a side named by a pronoun (وسطهم) as one side: apart from both sides, not from a side named", () => {
    const them = "وفتح الثوار عليهم النيران، وأوقعت وسطهم أكثر من 80 قتيلا و120 جريحا";
    apart("قتل 9 حوثيين، إضافة إلى عشرات الجرحى من الطرفين", them);
    disagree("وأصيب 30 جريحا من الحوثيين", them);
    expect(sidesApart(new Set([ONE_SIDE]), new Set(["حوث"]))).toBe(false);
    expect(sidesApart(new Set(["حوث"]), new Set(["مقاوم"]))).toBe(true);
  });
  it("reads the side a toll's noun names before its figure (عدد القتلى في صفوف قوات الأمن إلى 60)", () => {
    expect([...sidesBefore(words("يرتفع عدد القتلى في صفوف قوات الأمن إلى"))]).toEqual(["امن"]);
    expect([...sidesBefore(words("وارتفع عدد القتلى إلى"))]).toEqual([]);
    apart(
      "وأعلنت السلطات عن ستة قتلى من السكان المحليين",
      "وبهجمات أمس يرتفع إجمالي عدد القتلى في صفوف قوات الأمن إلى 60",
    );
    disagree("وأعلنت السلطات عن ستة قتلى من السكان المحليين", "وارتفع عدد القتلى من السكان إلى 60");
  });
});

describe("conflictingNumbers: one of a series", () => {
  it("tells figures of two batches or rounds of one series apart (الدفعة الثانية / الدفعة الثالثة)", () => {
    apart(
      "وصلت أمس الدفعة الثانية من المعونة الطبية إلى مدينة سيئون على متن خمس قاطرات",
      "وصلت أمس الدفعة الثالثة من المعونة الطبية إلى مدينة سيئون على متن 3 قاطرات",
    );
    // One batch named by both, or by one only: one quantity still.
    disagree("وصلت الدفعة الثالثة من المعونة على متن خمس قاطرات", "وصلت الدفعة الثالثة من المعونة على متن 3 قاطرات");
    disagree("وصلت الدفعة الثالثة من المعونة على متن خمس قاطرات", "وصلت المعونة على متن 3 قاطرات");
  });
});

describe("conflictingNumbers: a roundup in the next clause", () => {
  it("reads a roundup phrase that opens the clause after a toll's (، خلال مواجهات متفرقة) as the toll's", () => {
    apart(
      "وأكدت المصادر مقتل 7 من المقاومة الشعبية، خلال مواجهات دارت على عدة جبهات",
      "وأفادت المصادر بمقتل 4 من المقاومة في اشتباكات عنيفة في مدينة تعز",
    );
    apart("تمكن الثوار من قتل 36 متمردا، خلال مواجهات متفرقة", "وذكرت مصادر أن تسعة متمردين قتلوا في غارة جوية");
    // A clause of a figure of its own, or one that opens with no preposition, is not the toll's.
    disagree(
      "وأكدت المصادر مقتل 7 من المقاومة، وفي مواجهات متفرقة قتل 3 آخرون",
      "وأفادت المصادر بمقتل 4 من المقاومة في اشتباكات عنيفة",
    );
  });
});

describe("conflictingNumbers: fixed and mobile", () => {
  it("tells figures of fixed and mobile services apart (الاتصالات الثابتة / المتنقلة)", () => {
    apart(
      "وبلغ عدد الاشتراكات في خدمات الاتصالات المتنقلة حوالى 53 مليون اشتراك بنهاية عام 2014",
      "وارتفع عدد اشتراكات الاتصالات الثابتة إلى حوالي 3 ملايين اشتراك بنهاية العام 2014",
    );
    // The nearest one before the figure is its own, not another one its sentence names first.
    apart(
      "وبلغ عدد الاشتراكات في خدمات الاتصالات المتنقلة حوالى 53 مليون اشتراك",
      "وتراجعت الاشتراكات بسبب منافسة الاتصالات المتنقلة، ونمو الاشتراكات عبر شبكات الاتصالات الثابتة إلى حوالي 3 ملايين اشتراك",
    );
    disagree(
      "وبلغ عدد الاشتراكات في خدمات الاتصالات المتنقلة حوالى 53 مليون اشتراك",
      "وبلغ عدد اشتراكات الاتصالات المتنقلة 60 مليون اشتراك",
    );
  });
});

describe("conflictingNumbers: a market's country", () => {
  const item = (outlet: string, title: string, text: string) => ({ outlet, title, text, claims: findNumbers(text) });
  it("reads a market's country for its shares and deals by its index (تاسي) or its currency (دينار كويتي)", () => {
    const saudi = item("A", "تاسي تفقد 291 نقطة", "وبلغ عدد الأسهم المتداولة أكثر من 187.5 مليون سهم");
    const kuwait = item(
      "B",
      "بورصات الخليج تواصل تراجعاتها",
      "وبلغت قيمة الأسهم المتداولة 9.68 مليون دينار كويتي في حين بلغت كمية الأسهم المتداولة 103.2 مليون سهم",
    );
    expect(conflictingNumbers([saudi, kuwait])).toEqual([]);
    const palestine = item("C", "البورصة الفلسطينية تغلق على ارتفاع", "نفذت من خلال 134 صفقة");
    const riyadh = item("D", "سوق الأسهم السعودية يغلق مرتفعا", "توزعت على أكثر من 84.7 ألف صفقة");
    expect(conflictingNumbers([palestine, riyadh])).toEqual([]);
    // One market's two figures disagree still; a world currency (دولار أمريكي) names no market.
    expect(
      conflictingNumbers([saudi, item("E", "الأسهم السعودية", "بلغ عدد الأسهم المتداولة 103.2 مليون سهم")]),
    ).toHaveLength(1);
    const dollars = item("F", "الأسواق", "بقيمة 5 ملايين دولار أمريكي، وبلغ عدد الأسهم المتداولة 103.2 مليون سهم");
    expect(conflictingNumbers([saudi, dollars])).toHaveLength(1);
  });
});

describe("conflictingNumbers: the sum of a list", () => {
  it("does not set a total against the figures of a list that add up to it (100 … و130 beside 230)", () => {
    apart(
      "وتشمل الخطة مشاركة 100 من المجموعات القتالية التابعة للإدارة العامة للعمليات الخاصة، و130 تشكيلا من قوات الأمن",
      "وأكدت مصادر أمنية مشاركة 230 مجموعة قتالية في توفير الأمن للحفل",
    );
    // Figures that do not add up to it, or are not listed after و, disagree still.
    disagree(
      "وتشمل الخطة مشاركة 100 من المجموعات القتالية، و120 تشكيلا من قوات الأمن",
      "وأكدت مصادر أمنية مشاركة 230 مجموعة قتالية",
    );
    disagree(
      "وتشمل الخطة مشاركة 100 من المجموعات القتالية، ونشرت الوزارة 130 تشكيلا",
      "وأكدت مصادر أمنية مشاركة 230 مجموعة قتالية",
    );
    // Nor is a toll the sum of the dead and the injured, nor a bound a sum.
    disagree("سقط خلالها 100 قتيل و150 جريحا", "ارتفعت حصيلة ضحايا الهجوم إلى 250 قتيلا");
    disagree(
      "وتشمل الخطة مشاركة 100 من المجموعات القتالية، و130 تشكيلا من قوات الأمن",
      "وأكدت مصادر أمنية مشاركة أكثر من 200 مجموعة قتالية",
    );
  });
});

describe("conflictingNumbers: a figure written twice", () => {
  it("leaves a figure in brackets written again in words (قتل (6) ستة إرهابيين) to the words, which have its noun", () => {
    apart("كما قتل في هذه العمليات (6) ستة إرهابيين", "وراح ضحيتها استشهاد أربعة مواطنين سعوديين");
    expect(keyOf("كما قتل في هذه العمليات (6) ستة إرهابيين", "(6)")).toBeUndefined();
    // A figure in brackets with its noun after it is one of its own.
    expect(keyOf("وأصيب (120) شخصا", "(120)")).toBe("injured");
  });
});

describe("conflictingNumbers: years ago", () => {
  it("reads a toll of some years ago (قبل عامين، بعد مرور نحو عامين على) as history beside the day's", () => {
    apart(
      "أعيد افتتاح المركز بعد مرور نحو عامين على هجوم شنه عناصر من حركة الشباب، وأسفر عن مقتل 67 شخصا على الأقل",
      "أعلنت الشرطة أن مقاتلين من حركة الشباب قتلوا خمسة أشخاص في هجوم على آلية للشرطة",
    );
    apart("وكان هجوم مماثل قبل 17 عاما قد أوقع 224 قتيلا", "وقتل خمسة أشخاص في هجوم على آلية للشرطة");
    apart(
      "وأسفر التمرد عن سقوط 40 ألف قتيل منذ انطلاقه قبل أكثر من 30 عاما",
      "وشن الحزب هجمات على قوات الأمن التي قتل 20 من أفرادها منذ اندلاع دوامة العنف الجديدة",
    );
    // Weeks or months ago may be this story's own event still.
    disagree("وكان الهجوم قد وقع قبل ثلاثة أسابيع وأوقع 27 قتيلا", "وأوقع الهجوم 26 قتيلا");
  });

  it("reads a toll in a sentence that names a month gone by (يونيو (حزيران) الماضي) as history beside the day's", () => {
    apart(
      "اغتيل النائب العام يوم 29 يونيو (حزيران) الماضي، تبعه هجوم على كمائن عسكرية أسفر عن مقتل 17 جنديا وأصيب 13 آخرون",
      "وأعلن المتحدث العسكري أن ثلاثة من أفراد الجيش قتلوا، وأصيب أربعة آخرون إثر سقوط قذيفة",
    );
    apart("وكان الهجوم الشهر الماضي قد أوقع 27 قتيلا", "وأوقع الهجوم 26 قتيلا");
    // Two reports of that month's event still disagree.
    disagree("وكان الهجوم في يونيو الماضي قد أوقع 27 قتيلا", "وأوقع هجوم يونيو الماضي 20 قتيلا");
  });
});

describe("conflictingNumbers: a distribution after a colon", () => {
  it("reads the figures of a distribution listed after a colon (موزعة على الشكل التالي:) as parts", () => {
    apart(
      "وستعقد جمعية عمومية غير عادية بمشاركة جميع الأعضاء وعددهم 209 أعضاء",
      "وتضم الجمعية العمومية 209 اتحادات موزعة على الشكل التالي: أوروبا تضم 54 عضوا",
    );
    // A colon after no word of a distribution introduces the figure itself.
    disagree(
      "وستعقد جمعية عمومية غير عادية بمشاركة جميع الأعضاء وعددهم 209 أعضاء",
      "وقال رئيس الاتحاد: تضم الجمعية 54 عضوا",
    );
  });
});

describe("conflictingNumbers: a span before the figure", () => {
  it("reads a span before a count (خلال الـ 72 ساعة الماضية 116 بلاغا) as its span, as one after it", () => {
    expect(keyOf("ورد لغرفة العمليات خلال الـ 72 ساعة الماضية 116 بلاغاً", "116")).toBe("in:72|ساعه|بلاغ");
    apart(
      "تلقت غرفة عمليات الهلال الأحمر 787 بلاغا من محافظات المنطقة منذ الأول من رمضان",
      "ورد لغرفة العمليات خلال الـ 72 ساعة الماضية 116 بلاغاً",
    );
    // A span with more words before the figure, or a year, is not the figure's.
    expect(keyOf("ورد خلال 3 أيام من الاحتفالات 116 بلاغا", "116")).toBe("بلاغ");
    expect(keyOf("وفي 2014 ورد 116 بلاغا", "116")).toBe("بلاغ");
  });
});
