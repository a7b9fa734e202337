import { describe, expect, it } from "vitest";
import { cleanByline, cutDateline, isAgency, parseBylineLine, parseCreditLine } from "./byline.js";

describe("parseBylineLine", () => {
  it("كتب:", () => expect(parseBylineLine("كتب: محمد علي")).toEqual({ byline: "محمد علي" }));
  it("بقلم without colon", () => expect(parseBylineLine("بقلم سارة يوسف")).toEqual({ byline: "سارة يوسف" }));
  it("بقلم:", () => expect(parseBylineLine("بقلم: سارة يوسف")).toEqual({ byline: "سارة يوسف" }));
  it("name, agencies (place)", () =>
    expect(parseBylineLine("هدى جاسم، وكالات (بغداد)")).toEqual({ byline: "هدى جاسم، وكالات", place: "بغداد" }));
  it("place - agency", () =>
    expect(parseBylineLine("الرياض - واس")).toEqual({ byline: "واس", place: "الرياض", agency: "واس" }));
  it("not a sentence", () => expect(parseBylineLine("كتب الوزير رسالة إلى نظيره يطلب فيها عقد لقاء عاجل.")).toBeNull());
  it("not a body line", () => expect(parseBylineLine("وقال المتحدث إن الاجتماع سيعقد غدا في العاصمة")).toBeNull());
});

describe("parseCreditLine (SaudiNewsNet credit lines)", () => {
  const cases: [string, ReturnType<typeof parseCreditLine>][] = [
    // 3alyoum: reporter – outlet, outlet – place, outlet – desk, two reporters.
    ["مسلّم الهواملة ـ عين اليوم", { byline: "مسلّم الهواملة" }],
    ["فايز الحسيكي – عين اليوم", { byline: "فايز الحسيكي" }],
    ["داليا أبوالعيش، عمر إبراهيم – عين اليوم", { byline: "داليا أبوالعيش، عمر إبراهيم" }],
    ["عين اليوم – عمّان", { byline: "عين اليوم", place: "عمّان" }],
    ["عين اليوم – متابعات", { byline: "عين اليوم" }],
    // sabq: reporter- outlet- place: (dashes with or without spaces), outlet- place:, reporter- outlet:.
    ["محمد الزهراني- سبق- عسير:", { byline: "محمد الزهراني", place: "عسير" }],
    ["عبير الرجباني- سبق- الرياض:", { byline: "عبير الرجباني", place: "الرياض" }],
    ["خالد علي– سبق– جدة", { byline: "خالد علي", place: "جدة" }],
    ["ماجد الرفاعي- سبق- متابعة:", { byline: "ماجد الرفاعي" }],
    ["سبق- الدمام:", { byline: "سبق", place: "الدمام" }],
    ["خالد خليل- سبق:", { byline: "خالد خليل" }],
    // aljazirah's author field: place - desk - reporter; arriyadiyah: place- outlet; an agency is the credit.
    ["القاهرة - مكتب الجزيرة - طارق محيي:", { byline: "طارق محيي", place: "القاهرة" }],
    ["دبي- الرياضية", { byline: "الرياضية", place: "دبي" }],
    ["واس- الرياض:", { byline: "واس", place: "الرياض", agency: "واس" }],
    ["الوئام - رويترز:", { byline: "رويترز", agency: "رويترز" }],
    // An author field may put the reporter after the outlet (aljazirah); a place has the article or one word.
    ["الجزيرة - أحمد القرني:", { byline: "أحمد القرني" }],
    ["المدينة المنورة - الجزيرة:", { byline: "الجزيرة", place: "المدينة المنورة" }],
    // A reporter signing a compilation without the outlet; reporters and the outlet after a colon or a third dash.
    ["سلمى سعيد – متابعات", { byline: "سلمى سعيد" }],
    ["منى العلي، هند الحربي – متابعات", { byline: "منى العلي، هند الحربي" }],
    ["خالد الفرج – سعد المالكي: عين اليوم", { byline: "خالد الفرج، سعد المالكي" }],
    ["خالد الفرج – سعد المالكي – عين اليوم", { byline: "خالد الفرج، سعد المالكي" }],
    ["سلمى المدني _ عين اليوم", { byline: "سلمى المدني" }],
  ];
  for (const [line, want] of cases) it(line, () => expect(parseCreditLine(line)).toEqual(want));
  const negatives = [
    "الهلال - النصر",
    "غالب السهلي – بريدة",
    "بروفايل سبق – محمد عطيف:",
    "Next Previous عين اليوم – المدينة",
    "1944 - وفاة شاه إيران رضا خان.",
    "قال المتحدث - في بيان - إن عين اليوم تابعت",
    // A place before the desk word, places before the agencies' credit, a reporter and a place.
    "القاهرة – متابعات",
    "دمشق، القاهرة - الوكالات",
    "خالد الفرج – سعد المالكي – جدة",
  ];
  for (const line of negatives) it(`not a credit line: ${line}`, () => expect(parseCreditLine(line)).toBeNull());
  it("reads what follows an outlet opening a body line as a place", () =>
    expect(parseCreditLine("عين اليوم – مكة المكرمة", "place")).toEqual({ byline: "عين اليوم", place: "مكة المكرمة" }));
  it("is what parseBylineLine reads when no other byline form matches and it names a reporter", () => {
    expect(parseBylineLine("مسلّم الهواملة ـ عين اليوم")).toEqual({ byline: "مسلّم الهواملة" });
    expect(parseBylineLine("عين اليوم – لندن")).toBeNull();
    expect(parseBylineLine("عين اليوم – سان بطرسبرج")).toBeNull();
    // عين اليوم – المدينة names the city, not the desk: a place, as the gold keeps it.
    expect(parseBylineLine("عين اليوم – المدينة")).toBeNull();
  });
  it("reads the outlet's desk credit, a reporter's compilation, an agency's dateline either way round", () => {
    expect(parseBylineLine("عين اليوم – متابعات")).toEqual({ byline: "عين اليوم" });
    expect(parseBylineLine("سلمى سعيد – متابعات")).toEqual({ byline: "سلمى سعيد" });
    expect(parseBylineLine("واس – مكة المكرمة")).toEqual({ byline: "واس", place: "مكة المكرمة", agency: "واس" });
    expect(parseBylineLine("الأحساء- واس")).toEqual({ byline: "واس", place: "الأحساء", agency: "واس" });
    expect(parseBylineLine("رصد وتصوير: سلمى سعيد – عين اليوم")).toEqual({ byline: "سلمى سعيد" });
    // A reporter and a place stays in the body, as the gold keeps it.
    expect(parseBylineLine("سلمى سعيد – جدة")).toBeNull();
    // تصوير opening a line without its colon is a sentence's word.
    expect(parseBylineLine("تصوير فيلم جديد في الرياض")).toBeNull();
  });
});

describe("cleanByline", () => {
  it("place: «name»", () => expect(cleanByline("القاهرة: «الشرق الأوسط أونلاين»").byline).toBe("الشرق الأوسط أونلاين"));
  it("place - name", () => expect(cleanByline("القاهرة - هالة يوسف").byline).toBe("هالة يوسف"));
  it("place - agency", () => expect(cleanByline("جدة - واس")).toEqual({ byline: "واس", place: "جدة", agency: "واس" }));
  it("reads a time stamp alone as no byline (al-Yaum's author field)", () => {
    expect(cleanByline("يوليو 23, 2015, 5:59 م").byline).toBe("");
    expect(cleanByline("Tuesday, 12 May 2015 - 16:57 pm").byline).toBe("");
    expect(cleanByline("مايو 2015 - محمد الشهري").byline).toBe("محمد الشهري");
  });
  it("drops a site's time stamp after a bar (arriyadiyah's author field)", () =>
    expect(cleanByline("دبي- الرياضية | Tuesday, 09 June 2015 - 17:04 pm")).toEqual({
      byline: "الرياضية",
      place: "دبي",
    }));
  it("name - place when the name is known to come first", () =>
    expect(cleanByline("محمد الفهد - أبها", true).byline).toBe("محمد الفهد"));
  it("بقلم:", () => expect(cleanByline("بقلم: علي الصافي").byline).toBe("علي الصافي"));
  // SaudiNewsNet's author field: 868 of 3,381 bylines over 2015-08-01..03 kept the colon or the tatweel dash.
  it("place - name: (the colon that led into the body)", () =>
    expect(cleanByline("حفر الباطن - مبارك البوادي:")).toEqual({ byline: "مبارك البوادي", place: "حفر الباطن" }));
  it("agency:", () => expect(cleanByline("واس:")).toEqual({ byline: "واس" }));
  it("place ـ agency (tatweel as the dash)", () =>
    expect(cleanByline("كوالالمبور ـ الفرنسية:")).toEqual({
      byline: "الفرنسية",
      place: "كوالالمبور",
      agency: "الفرنسية",
    }));
  // SaudiNewsNet's sabq author field sets the dash without a space before it.
  it("reporter- outlet- place:", () =>
    expect(cleanByline("عوض الفهمي- سبق- أضم:")).toEqual({ byline: "عوض الفهمي", place: "أضم" }));
  it("place ــ agency with dotted initials", () =>
    expect(cleanByline("باريس ــ د. ب. أ:")).toEqual({ byline: "د. ب. أ", place: "باريس", agency: "د. ب. أ" }));
  it("drops direction marks (sabq's author field «\u200f\u202bحاتم العميري - سبق - مكة المكرمة:»)", () => {
    expect(cleanByline("\u200f\u202bحاتم العميري - سبق - مكة المكرمة:")).toEqual({
      byline: "حاتم العميري",
      place: "مكة المكرمة",
    });
    expect(cleanByline("\u200fالرياض - فهد اللويحق")).toEqual({ byline: "فهد اللويحق", place: "الرياض" });
  });
});

describe("cutDateline", () => {
  const cases: [string, { place?: string; agency?: string; raw: string }, string][] = [
    [
      "بغداد 27 أبريل 2021 (شينخوا) أعلنت الحكومة اليوم خطة جديدة.",
      { place: "بغداد", agency: "شينخوا", raw: "بغداد 27 أبريل 2021 (شينخوا)" },
      "أعلنت الحكومة اليوم خطة جديدة.",
    ],
    [
      "ايلاف من لندن: قال مسؤول إن المحادثات مستمرة.",
      { place: "لندن", raw: "ايلاف من لندن:" },
      "قال مسؤول إن المحادثات مستمرة.",
    ],
    [
      "الرياض - واس: أعلنت الوزارة نتائج المسح.",
      { place: "الرياض", agency: "واس", raw: "الرياض - واس:" },
      "أعلنت الوزارة نتائج المسح.",
    ],
    [
      "القاهرة - (أ ف ب) - قال مصدر رسمي إن الاتفاق وشيك.",
      { place: "القاهرة", agency: "أ ف ب", raw: "القاهرة - (أ ف ب) -" },
      "قال مصدر رسمي إن الاتفاق وشيك.",
    ],
    [
      "جنيف - (أ. ف. ب.): بدأت الجولة الجديدة.",
      { place: "جنيف", agency: "أ. ف. ب.", raw: "جنيف - (أ. ف. ب.):" },
      "بدأت الجولة الجديدة.",
    ],
    [
      "واس - مكة المكرمة : أدانت الهيئة الهجوم.",
      { place: "مكة المكرمة", agency: "واس", raw: "واس - مكة المكرمة :" },
      "أدانت الهيئة الهجوم.",
    ],
  ];
  for (const [para, dateline, rest] of cases) {
    it(dateline.raw, () => {
      const c = cutDateline(para);
      expect(c?.dateline).toEqual(dateline);
      expect(c?.rest).toBe(rest);
    });
  }
  it("cuts a credit line that leads into the paragraph with a colon, with its reporter (sabq)", () => {
    expect(cutDateline("عبير الرجباني- سبق- الرياض: باشرت ست فرق إسعافية حادث تصادم.")).toEqual({
      dateline: { raw: "عبير الرجباني- سبق- الرياض:", place: "الرياض" },
      rest: "باشرت ست فرق إسعافية حادث تصادم.",
      byline: "عبير الرجباني",
    });
    expect(cutDateline("سبق- الدمام: قالت مؤسسة جسر الملك فهد إنه")).toEqual({
      dateline: { raw: "سبق- الدمام:", place: "الدمام" },
      rest: "قالت مؤسسة جسر الملك فهد إنه",
    });
  });
  it("keeps diacritics of the rest as written", () =>
    expect(cutDateline("الرياض - واس: أعلنَت الوزارةُ النتائجَ.")?.rest).toBe("أعلنَت الوزارةُ النتائجَ."));
  it("reads a credit line behind the direction marks sabq types before it (RLM, RLE)", () => {
    const cut = cutDateline("\u200f\u202bعلي حفول- سبق- نجران: رعى محافظ بدر الجنوب- 140 كم شمال نجران- الحفل.");
    expect(cut?.dateline).toEqual({ raw: "علي حفول- سبق- نجران:", place: "نجران" });
    expect(cut?.byline).toBe("علي حفول");
    expect(cut?.rest).toBe("رعى محافظ بدر الجنوب- 140 كم شمال نجران- الحفل.");
  });
  const negatives = [
    "قال الوزير - في بيان - إن الخطة جاهزة.",
    "السعودية - الإمارات: مباراة ودية الأسبوع المقبل.",
    "أعلنت الحكومة (الجديدة) خطتها.",
    "الهلال - النصر: موعد المباراة والقناة الناقلة.",
  ];
  for (const p of negatives) it(`no dateline: ${p}`, () => expect(cutDateline(p)).toBeNull());
});

describe("isAgency", () => {
  it("knows the agencies in their written forms", () => {
    for (const a of ["واس", "أ ف ب", "أ.ف.ب", "د ب أ", "الأناضول", "رويترز", "وكالات", "شينخوا", "كونا"]) {
      expect(isAgency(a), a).toBe(true);
    }
    expect(isAgency("الحكومة")).toBe(false);
  });
});
