import { describe, expect, it } from "vitest";
import { findDates, isoWeek, timeline } from "./dates.js";

/** Tuesday 27 April 2021. */
const PUB = "2021-04-27";
const val = (t: string, pub: string | null = PUB) =>
  findDates(t, pub ?? undefined).map((d) => [d.text, d.value, d.granularity]);

describe("findDates: relative dates", () => {
  it("resolves day words", () => {
    expect(val("قال اليوم إن")).toEqual([["اليوم", "2021-04-27", "day"]]);
    expect(val("وصل أمس")).toEqual([["أمس", "2021-04-26", "day"]]);
    expect(val("مساء أمس")).toEqual([["مساء أمس", "2021-04-26", "day"]]);
    expect(val("أول أمس")).toEqual([["أول أمس", "2021-04-25", "day"]]);
    expect(val("أول من أمس")).toEqual([["أول من أمس", "2021-04-25", "day"]]);
    // The Gulf press's day before yesterday, and the weekday that names it.
    expect(val("التقى أمس الأول بالوزير")).toEqual([["أمس الأول", "2021-04-25", "day"]]);
    expect(val("وصل يوم أمس الأول الأحد")).toEqual([
      ["يوم أمس الأول", "2021-04-25", "day"],
      ["الأحد", "2021-04-25", "day"],
    ]);
    expect(val("يصل غداً")).toEqual([["غداً", "2021-04-28", "day"]]);
    expect(val("بعد غد")).toEqual([["بعد غد", "2021-04-29", "day"]]);
  });
  it("counts back durations", () => {
    expect(val("قبل يومين")).toEqual([["قبل يومين", "2021-04-25", "day"]]);
    expect(val("قبل ثلاثة أيام")).toEqual([["قبل ثلاثة أيام", "2021-04-24", "day"]]);
    expect(val("منذ 5 أيام")).toEqual([["منذ 5 أيام", "2021-04-22", "day"]]);
    expect(val("قبل أسبوع")).toEqual([["قبل أسبوع", "2021-04-20", "day"]]);
    expect(val("قبل شهرين")).toEqual([["قبل شهرين", "2021-02", "month"]]);
    expect(val("قبل عامين")).toEqual([["قبل عامين", "2019", "year"]]);
    // Counted from another event: unresolvable.
    expect(val("قبل يومين من الانتخابات")).toEqual([["قبل يومين", null, "day"]]);
    expect(val("استقال بعد أربعة أيام فقط من انتخابه")).toEqual([["بعد أربعة أيام", null, "day"]]);
    expect(val("تنطلق بعد عامين فقط من الآن")).toEqual([["بعد عامين", "2023", "year"]]);
    // "Year after year", "day by day": no date.
    expect(val("يتطور المهرجان عاما بعد عام ويكبر يوما بعد يوم")).toEqual([]);
    expect(val("وتتسع الهوة ويوما بعد يوم تزداد المعاناة")).toEqual([]);
    // A unit before قبل is no such idiom (في صباح يوم قبل ثلاثة أشهر).
    expect(val("اختفى في صباح يوم قبل ثلاثة أشهر")).toContainEqual(["يوم قبل ثلاثة أشهر", "2021-01", "month"]);
  });
  it("takes the day a day word names with its weekday as the article's own day", () => {
    // Published (or found) Tuesday 2021-04-27, written Monday: the weekday says so, for every date of the article.
    expect(val("قال الوزير اليوم (الاثنين) إن الوفد وصل أمس")).toEqual([
      ["اليوم", "2021-04-26", "day"],
      ["الاثنين", "2021-04-26", "day"],
      ["أمس", "2021-04-25", "day"],
    ]);
    expect(val("وفي تصريحات أمس الأحد")).toContainEqual(["أمس", "2021-04-25", "day"]);
    // The weekday after غدا is the coming one, not last week's.
    expect(val("يصل الوفد يوم غد الأربعاء")).toEqual([
      ["يوم غد", "2021-04-28", "day"],
      ["الأربعاء", "2021-04-28", "day"],
    ]);
    // ذلك اليوم (that day) names no day of the article's.
    expect(val("وصلوا في ذلك اليوم الأحد، وقال الوزير أمس")).toContainEqual(["أمس", "2021-04-26", "day"]);
    // Nor is it today.
    expect(val("وتذكر ما جرى في ذلك اليوم")).toEqual([]);
  });
  it("resolves weekdays to the nearest past day by default", () => {
    expect(val("الأربعاء الماضي")).toEqual([["الأربعاء الماضي", "2021-04-21", "day"]]);
    expect(val("يوم الأربعاء")).toEqual([["يوم الأربعاء", "2021-04-21", "day"]]);
    expect(val("فجر الثلاثاء")).toEqual([["فجر الثلاثاء", "2021-04-27", "day"]]);
    expect(val("الثلاثاء الماضي")).toEqual([["الثلاثاء الماضي", "2021-04-20", "day"]]);
    expect(val("الأحد المقبل")).toEqual([["الأحد المقبل", "2021-05-02", "day"]]);
    expect(val("صلاة الجمعة")).toEqual([]);
    // من العام الماضي after a date without its year says which year; the phrase is part of the date.
    expect(findDates("وفي 5 يونيو/حزيران من العام الماضي، قطعت الدول العلاقات.", "2018-06-05")).toMatchObject([
      { text: "5 يونيو/حزيران من العام الماضي", value: "2017-06-05" },
    ]);
    expect(findDates("حتى 2 فبراير من العام الحالي.", "2015-08-04").map((d) => d.value)).toEqual(["2015-02-02"]);
    // الاثنين after a definite dual is "both", not Monday.
    expect(val("وقررت النيابة حبس الضابطين الاثنين")).toEqual([]);
    expect(val("وقال الرئيس الاثنين إن القرار نهائي")).toEqual([["الاثنين", "2021-04-26", "day"]]);
    expect(val("العراق لن يقبل بعد اليوم أن يدفع وحده الثمن")).toEqual([]);
    // الماضي / المقبل after a date without a year fix its year (30 March is nearer next year from October).
    expect(findDates("ارتفع عدد القتلى منذ 30 مارس الماضي.", "2018-10-12").map((d) => d.value)).toEqual(["2018-03-30"]);
    expect(findDates("تبدأ الدورة في 2 مارس المقبل.", "2018-04-12").map((d) => d.value)).toEqual(["2019-03-02"]);
    // The second of a pair follows the first (published Tuesday 2021-04-27: Monday was yesterday, Tuesday today).
    expect(val("تعطيل الدوام يومي الثلاثاء والأربعاء")).toEqual([
      ["الثلاثاء", "2021-04-27", "day"],
      ["والأربعاء", "2021-04-28", "day"],
    ]);
    expect(val("اجتماعا الأحد والإثنين")).toEqual([
      ["الأحد", "2021-04-25", "day"],
      ["والإثنين", "2021-04-26", "day"],
    ]);
  });
  it("reads the year phrase after a date or a month without its year, with or without من", () => {
    // The same phrase without من, and after a month alone (ANT, skynews 2018-03-13: Tillerson took office
    // "في الأول من فبراير العام الماضي", which was read as 2018-02-01).
    expect(
      findDates("منذ توليه منصبه في الأول من فبراير العام الماضي، لم تتوقف الخلافات.", "2018-03-13"),
    ).toMatchObject([{ text: "الأول من فبراير العام الماضي", value: "2017-02-01", granularity: "day" }]);
    expect(findDates("وتبدأ المحادثات في 3 أكتوبر العام المقبل.", "2018-03-13")).toMatchObject([
      { text: "3 أكتوبر العام المقبل", value: "2019-10-03" },
    ]);
    expect(findDates("وفي فبراير من العام الماضي وقع الاتفاق.", "2018-03-13")).toMatchObject([
      { text: "فبراير من العام الماضي", value: "2017-02", granularity: "month" },
    ]);
    expect(findDates("وفي مايو هذا العام يعود.", "2018-03-13")).toMatchObject([
      { text: "مايو هذا العام", value: "2018-05", granularity: "month" },
    ]);
    // A mark between: the sentence goes on, and العام الماضي is its own mention.
    expect(val("وصل في 5 مارس، العام الماضي شهد أزمة.", "2018-03-13")).toEqual([
      ["5 مارس", "2018-03-05", "day"],
      ["العام الماضي", "2017", "year"],
    ]);
  });
  it("resolves periods", () => {
    expect(val("الشهر الماضي")).toEqual([["الشهر الماضي", "2021-03", "month"]]);
    expect(val("العام الماضي")).toEqual([["العام الماضي", "2020", "year"]]);
    expect(val("السنة الماضية")).toEqual([["السنة الماضية", "2020", "year"]]);
    expect(val("هذا العام")).toEqual([["هذا العام", "2021", "year"]]);
    expect(val("العام المقبل")).toEqual([["العام المقبل", "2022", "year"]]);
    expect(val("الأسبوع الماضي")).toEqual([["الأسبوع الماضي", "2021-W16", "week"]]);
    expect(val("في مارس الماضي")).toEqual([["مارس الماضي", "2021-03", "month"]]);
    expect(val("في شهر مايو")).toEqual([["مايو", "2021-05", "month"]]);
    // The Tunisian press's past adjectives: الفارط، المنقضي.
    expect(val("الشهر الفارط")).toEqual([["الشهر الفارط", "2021-03", "month"]]);
    expect(val("خلال السنة المنقضية")).toEqual([["السنة المنقضية", "2020", "year"]]);
    expect(val("الأسبوع المنقضي")).toEqual([["الأسبوع المنقضي", "2021-W16", "week"]]);
    expect(val("في أفريل الفارط", "2016-10-14")).toEqual([["أفريل الفارط", "2016-04", "month"]]);
    expect(val("السبت الفارط")).toEqual([["السبت الفارط", "2021-04-24", "day"]]);
  });
  it("reads يوم before أمس or a weekday as a day word, not a duration, and skips outlet names", () => {
    expect(val("منذ يوم أمس الاثنين")).toEqual([
      ["يوم أمس", "2021-04-26", "day"],
      ["الاثنين", "2021-04-26", "day"],
    ]);
    expect(val("نقل موقع روسيا اليوم")).toEqual([]);
    // The newspaper اليوم and the outlet عين اليوم (its credit line, «عين اليوم – الرياض»).
    expect(val("وقال لصحيفة اليوم إن المشروع يتقدم")).toEqual([]);
    expect(val("عين اليوم – الرياض")).toEqual([]);
    // But «وروسيا اليوم» is Russia, today.
    expect(val("اتفاق بين جيش الإسلام وروسيا اليوم")).toEqual([["اليوم", "2021-04-27", "day"]]);
  });
  it("reads اليوم before إلى as today (إلى folds to an ال word, like the adjective of «the day»)", () => {
    expect(val("وصلت الرحلة اليوم إلى اليمن")).toEqual([["اليوم", "2021-04-27", "day"]]);
    expect(val("في اليوم التالي")).toEqual([]);
  });
  it("reads a month alone after a preposition or futures word, with its other-system name", () => {
    expect(val("لعقود برنت تسليم سبتمبر - أيلول")).toEqual([["سبتمبر - أيلول", "2021-09", "month"]]);
    expect(val("الخام لشهر آب (أغسطس) 13 سنتا")).toEqual([["آب (أغسطس)", "2021-08", "month"]]);
    // A month without its year takes the year of the one it pairs with; after بين the two are one range.
    expect(val("بين سبتمبر وديسمبر 2014")).toEqual([["بين سبتمبر وديسمبر 2014", "2014-09/2014-12", "range"]]);
    expect(val("في سبتمبر وديسمبر 2014")).toEqual([
      ["سبتمبر", "2014-09", "month"],
      ["ديسمبر 2014", "2014-12", "month"],
    ]);
    expect(val('بنهاية تموز "يوليو" 2015')).toEqual([['تموز "يوليو" 2015', "2015-07", "month"]]);
  });
  it("does not take 'the day' for today", () => {
    expect(val("في اليوم التالي")).toEqual([]);
    expect(val("اليوم الوطني")).toEqual([]);
    expect(val("اليوم الثلاثاء")).toEqual([
      ["اليوم", "2021-04-27", "day"],
      ["الثلاثاء", "2021-04-27", "day"],
    ]);
  });
});

describe("findDates: absolute dates", () => {
  it("reads a date right after a street or group word as a name, with no value (شارع 2 مارس، قوى 14 آذار)", () => {
    const values = (text: string, pub: string) => findDates(text, pub).map((d) => [d.text, d.value]);
    expect(values("أغلقت الشرطة شارع 2 مارس ونهج 25 جويلية وساحة 14 جانفي", "2017-03-05")).toEqual([
      ["2 مارس", null],
      ["25 جويلية", null],
      ["14 جانفي", null],
    ]);
    expect(values("مقر بشارع 9 أفريل بتونس", "2017-03-05")).toEqual([["9 أفريل", null]]);
    expect(values("أين قوى 14 آذار؟ وماذا عن تحالف 14 و8 آذار؟", "2018-03-05")).toEqual([
      ["14 آذار", null],
      ["8 آذار", null],
    ]);
    expect(values("عضو حركة 6 أبريل المحظورة", "2018-03-05")).toEqual([["6 أبريل", null]]);
    // The day itself, with no name word before it, stays a date.
    expect(values("في ذكرى 14 جانفي", "2017-03-05")).toEqual([["14 جانفي", "2017-01-14"]]);
    // A street named after a first day written as غرة.
    expect(values("ونهج الجزائر ونهج غرة جوان، إضافة إلى بوفيشة", "2017-04-14")).toEqual([["غرة جوان", null]]);
  });
  it("gives a date without its year that recurs every year no value (في 15 أغسطس من كل عام)", () => {
    const values = (text: string, pub: string) => findDates(text, pub).map((d) => [d.text, d.value]);
    expect(values("يحتفل العمال بعيدهم في غرة ماي من كل سنة", "2017-04-20")).toEqual([["غرة ماي", null]]);
    expect(values("يوم الأرض الذي يوافق 30 مارس من كل عام", "2018-04-02")).toEqual([["30 مارس", null]]);
    expect(values("في شهر رمضان المبارك كل عام", "2018-05-04")).toEqual([["رمضان", null]]);
    expect(values("ابتداء من 12 ديسمبر 2015م من كل سنة", "2015-08-04")).toEqual([["12 ديسمبر 2015م", "2015-12-12"]]);
    // A year-phrase of another sentence is no such phrase.
    expect(values("وصل في 30 مارس، وكل عام يعود", "2018-04-02")).toEqual([["30 مارس", "2018-03-30"]]);
  });
  it("reads days listed with و as days: a range when they follow on, else one mention each", () => {
    const values = (text: string, pub: string) => findDates(text, pub).map((d) => [d.text, d.value]);
    // يومي = two days, not the days between.
    expect(values("تقام المباراتان يومي 23 و27 مارس بزيوريخ", "2018-03-10")).toEqual([
      ["23", "2018-03-23"],
      ["27 مارس", "2018-03-27"],
    ]);
    expect(values("ينعقد أيام 22 و23 و 24 جانفي الحالي", "2017-01-10")).toEqual([
      ["22 و23 و 24 جانفي", "2017-01-22/2017-01-24"],
    ]);
    expect(values("أيام 4 و 5 و 8 و12 ديسمبر 2015", "2016-01-10")).toEqual([
      ["4", "2015-12-04"],
      ["5", "2015-12-05"],
      ["8", "2015-12-08"],
      ["12 ديسمبر 2015", "2015-12-12"],
    ]);
    expect(values("يومي 20 و21 مارس", "2018-03-01")).toEqual([["20 و21 مارس", "2018-03-20/2018-03-21"]]);
    // Commas before the last و, and days out of order that still make one run (a keyboard's bidi swap).
    expect(values("غارات طاولت في 26، 27 و28 تموز مركزا", "2018-08-01")).toEqual([
      ["26، 27 و28 تموز", "2018-07-26/2018-07-28"],
    ]);
    expect(values("اجتماع عقده أيام 15،14 و16 نوفمبر", "2018-11-20")).toEqual([
      ["15،14 و16 نوفمبر", "2018-11-14/2018-11-16"],
    ]);
    // A comma alone joins no list.
    expect(values("المادة 12، 5 نوفمبر", "2018-11-20")).toEqual([["5 نوفمبر", "2018-11-05"]]);
    // After بين (يومي) the two days bound a range.
    expect(values("جرت ما بين يومي 16 و19 مارس", "2018-03-25")).toEqual([["16 و19 مارس", "2018-03-16/2018-03-19"]]);
    expect(values("التنافر بين تكتلي 8 و 14 آذار", "2014-05-01")).toEqual([
      ["8", null],
      ["14 آذار", null],
    ]);
  });
  it("takes a two-word month with its adjective and no preposition (كانون الثاني الماضي)", () => {
    expect(val("وقعت الحادثة كانون الثاني الماضي في بيروت", "2018-03-01")).toEqual([
      ["كانون الثاني الماضي", "2018-01", "month"],
    ]);
    expect(val("يبدأ تشرين الأول المقبل", "2018-03-01")).toEqual([["تشرين الأول المقبل", "2018-10", "month"]]);
    // The same month in the other system before it, with no preposition, is part of its text.
    expect(val("ففي نوفمبر/تشرين الثاني الماضي، تقدمت", "2018-06-05")).toEqual([
      ["نوفمبر/تشرين الثاني الماضي", "2017-11", "month"],
    ]);
    expect(val("بنهاية إبريل/ نيسان الماضي", "2018-06-05")).toEqual([["إبريل/ نيسان الماضي", "2018-04", "month"]]);
    // ف on the preposition, as و: ففي نوفمبر/تشرين الثاني، فمنذ 11 سبتمبر (a past one after منذ).
    expect(val("ففي نوفمبر/تشرين الثاني من العام الماضي، تقدمت", "2018-05-17")).toEqual([
      ["نوفمبر/تشرين الثاني من العام الماضي", "2017-11", "month"],
    ]);
    expect(val("ففي يناير/ كانون الثاني، توصل طالب", "2018-02-06")).toEqual([
      ["يناير/ كانون الثاني", "2018-01", "month"],
    ]);
    expect(val("فمنذ 11 سبتمبر خططوا", "2015-07-21")).toEqual([["11 سبتمبر", "2014-09-11", "day"]]);
    // A pair that disagrees is left to the first name.
    expect(val("ألقي القبض عليهما في يناير/ كانون أول الماضي.", "2018-06-05")).toEqual([["يناير", "2018-01", "month"]]);
  });
  it("takes absolute dates as they are", () => {
    const d = findDates("الثلاثاء 27 أبريل 2021", PUB)[0]!;
    expect(d).toMatchObject({ value: "2021-04-27", granularity: "day", relative: false });
    expect(val("الموافق 15 رمضان 1442 هـ")).toEqual([["15 رمضان 1442 هـ", "2021-04-27", "day"]]);
  });
  it("gives a date without a year the nearest year", () => {
    expect(val("في 27 نيسان")).toEqual([["27 نيسان", "2021-04-27", "day"]]);
    expect(val("في 27 ديسمبر", "2021-01-05")).toEqual([["27 ديسمبر", "2020-12-27", "day"]]);
    expect(val("في 5 يناير", "2020-12-28")).toEqual([["5 يناير", "2021-01-05", "day"]]);
    expect(val("في 15 رمضان")).toEqual([["15 رمضان", "2021-04-27", "day"]]);
  });
  it("resolves a Hijri month without a day to its days, the coming or the past one as its adjective says", () => {
    // Published 4 August 2015 (19 Shawwal 1436): Ramadan 1436 ran 18 June – 16 July 2015.
    const at = (t: string) => val(t, "2015-08-04");
    expect(at("وقع التفجير خلال صلاة الجمعة في شهر رمضان")).toEqual([["رمضان", "2015-06-18/2015-07-16", "range"]]);
    expect(at("وفي رمضان الماضي زار الوزير المدينة")).toEqual([["رمضان الماضي", "2015-06-18/2015-07-16", "range"]]);
    // The coming one is next year's (1437), not the one just past.
    expect(at("ويبدأ البرنامج في شهر رمضان القادم")).toEqual([["رمضان القادم", "2016-06-06/2016-07-05", "range"]]);
    expect(at("سيؤدي الحجاج المناسك في ذي الحجة")).toEqual([["ذي الحجة", "2015-09-14/2015-10-13", "range"]]);
    // «من العام الماضي» after it: the Hijri year before (Ramadan 1435).
    expect(at("مقارنة مع 15.4 مليار ريال لشهر رمضان من العام الماضي")).toEqual([
      ["رمضان من العام الماضي", "2014-06-28/2014-07-27", "range"],
    ]);
  });
  it("takes the tense of the words before a date without a year", () => {
    // Published 12 October 2018: the nearest May and June are past, the nearest December coming.
    const at = (t: string, pub = "2018-10-12") => findDates(t, pub).map((d) => [d.text, d.value]);
    // منذ (since) looks back; a future cue earlier in the clause looks ahead.
    expect(at("تواصل الاحتجاجات منذ 2 ديسمبر")).toEqual([["2 ديسمبر", "2017-12-02"]]);
    expect(at("تواصل الاحتجاجات منذ شهر ديسمبر")).toEqual([["ديسمبر", "2017-12"]]);
    expect(at("ومن المقرر أن تبدأ الدورة في 2 مايو")).toEqual([["2 مايو", "2019-05-02"]]);
    expect(at("وستنطلق البطولة في يونيو")).toEqual([["يونيو", "2019-06"]]);
    // This month is not yet past for a future cue.
    expect(at("وستنطلق البطولة في أكتوبر")).toEqual([["أكتوبر", "2018-10"]]);
    // Another clause's cue does not reach the date; without a cue the nearest year stands.
    expect(at("وستنطلق البطولة، كما جرى في يونيو")).toEqual([["يونيو", "2018-06"]]);
    // Published Tuesday 2021-04-27: a weekday after a future verb is the coming one.
    expect(val("ستعقد القمة الأحد")).toEqual([["الأحد", "2021-05-02", "day"]]);
    expect(val("عقدت القمة الأحد")).toEqual([["الأحد", "2021-04-25", "day"]]);
    // س on any present verb is a future cue (ANT): not only the listed ones; a noun with س is none.
    expect(val("وستقابل بلجيكا المنتخب البرازيلي مساء الجمعة")).toEqual([["مساء الجمعة", "2021-04-30", "day"]]);
    expect(val("إن خاطر سيمثل أمام محكمة في وستمنستر يوم الخميس")).toEqual([["يوم الخميس", "2021-04-29", "day"]]);
    expect(val("ناقشت السياسة الخارجية الأحد")).toEqual([["الأحد", "2021-04-25", "day"]]);
    // A future verb the lexicons lack is told by its word cluster (that of ستؤكد); a noun in س is not (سيارات).
    expect(val("وستلتئم اللجنة الخميس لمناقشة الموازنة")).toEqual([["الخميس", "2021-04-29", "day"]]);
    expect(val("وستواصل الفرق عملها حتى الأحد")).toEqual([["الأحد", "2021-05-02", "day"]]);
    expect(val("احترقت سيارات في الحي الأحد")).toEqual([["الأحد", "2021-04-25", "day"]]);
    // A plan of the past has no direction; a day word names the day itself; yesterday stays (late pages).
    expect(at("وكان من المقرر أن ينطلق الرواد في يونيو")).toEqual([["يونيو", "2018-06"]]);
    expect(val("ستعقد القمة اليوم الثلاثاء")).toContainEqual(["الثلاثاء", "2021-04-27", "day"]);
    expect(val("وسيتم التشييع الإثنين")).toEqual([["الإثنين", "2021-04-26", "day"]]);
    // The day a measure takes effect (اعتبارا من، ابتداء من) is the coming one.
    expect(val("تنكس الأعلام اعتبارا من الخميس")).toEqual([["الخميس", "2021-04-29", "day"]]);
    expect(val("فرض رسوم على السلع ابتداء من يوم الأحد")).toEqual([["يوم الأحد", "2021-05-02", "day"]]);
  });
  it("reads a weekday with the date it falls on as one date, and numeric Hijri dates with their era", () => {
    expect(val("عقد اجتماع يوم الثلاثاء الموافق 5 / 8 / 2008 .")).toEqual([
      ["يوم الثلاثاء الموافق 5 / 8 / 2008", "2008-08-05", "day"],
    ]);
    // 8 Dhu al-Qa'dah 1436 was Sunday 23 August 2015 (Umm al-Qura).
    expect(val("ستبدأ الدراسة يوم الأحد 8 / 11 / 1436 هـ")).toEqual([
      ["يوم الأحد 8 / 11 / 1436 هـ", "2015-08-23", "day"],
    ]);
    expect(val("سينطلق الملتقى يوم الاحد 10/10/1436هـ بفعاليات")[0]?.slice(1)).toEqual(["2015-07-26", "day"]);
    // Without its era, a word that introduces a date is needed (17 Shawwal 1436 was Sunday 2 August 2015).
    expect(val("النتيجة 3/1/1436")).toEqual([]);
    expect(val("يعقد يوم الأحد الموافق 17/ 10/ 1436 لقاء")).toEqual([
      ["يوم الأحد الموافق 17/ 10/ 1436", "2015-08-02", "day"],
    ]);
    expect(val("واصل ارتفاعه بشهر فبراير الماضي")).toEqual([["فبراير الماضي", "2021-02", "month"]]);
    // A bracket the mention opened closes with it.
    expect(val("قام يوم الثلاثاء الماضي (20 أبريل)، بإطلاق")).toEqual([
      ["يوم الثلاثاء الماضي (20 أبريل)", "2021-04-20", "day"],
    ]);
    expect(val("وصل الأحد (25 أبريل) إلى")).toEqual([["الأحد (25 أبريل)", "2021-04-25", "day"]]);
  });
  it("widens to the introducing word and the month written before a bracketed date", () => {
    expect(val("وصل يوم 30 مارس 2019")).toEqual([["يوم 30 مارس 2019", "2019-03-30", "day"]]);
    expect(val("صدر بتاريخ ( 26 / 4 / 1947 ) عن")).toEqual([["بتاريخ ( 26 / 4 / 1947 )", "1947-04-26", "day"]]);
    expect(val("في نيسان ( 26 / 4 / 1947 ) وقع")).toEqual([["نيسان ( 26 / 4 / 1947 )", "1947-04-26", "day"]]);
    expect(val("منذ يوم 24 ديسمبر")).toEqual([["يوم 24 ديسمبر", "2020-12-24", "day"]]);
  });
  it("reads day ranges", () => {
    expect(val("يومي 27 و28 أبريل 2021")).toEqual([["27 و28 أبريل 2021", "2021-04-27/2021-04-28", "range"]]);
    expect(val("من 5 إلى 9 جوان 2017")).toEqual([["من 5 إلى 9 جوان 2017", "2017-06-05/2017-06-09", "range"]]);
    // A first number larger than the day is no range start.
    expect(val("فاز 3 و1 أبريل")).toEqual([["1 أبريل", "2021-04-01", "day"]]);
    // Days of a Hijri month count in that month: 12–23 Shawwal 1436 were 28 July – 8 August 2015.
    expect(val("في المدة من 12- 23 شوال 1436 هـ")).toEqual([
      ["من 12- 23 شوال 1436 هـ", "2015-07-28/2015-08-08", "range"],
    ]);
    expect(val("من 13 وحتى 15 نوفمبر 2016")).toEqual([["من 13 وحتى 15 نوفمبر 2016", "2016-11-13/2016-11-15", "range"]]);
    // Two dates as a range: the end without its year takes the start's, the start without one the end's.
    expect(val("في الدورة (28 أكتوبر-5 نوفمبر 2016).")).toEqual([
      ["28 أكتوبر-5 نوفمبر 2016", "2016-10-28/2016-11-05", "range"],
    ]);
    expect(val("بين التاسع من كانون الثاني/يناير 2017 و18 كانون الثاني/يناير، ذات")).toEqual([
      ["بين التاسع من كانون الثاني/يناير 2017 و18 كانون الثاني/يناير", "2017-01-09/2017-01-18", "range"],
    ]);
    // Two whole dates stay two mentions, as Wojood marks them.
    expect(val("شنت من آب/أغسطس 2016 إلى آذار/مارس 2017 عملية")).toEqual([
      ["آب/أغسطس 2016", "2016-08", "month"],
      ["آذار/مارس 2017", "2017-03", "month"],
    ]);
    expect(val("من 16 أبريل إلى اليوم")).toEqual([["من 16 أبريل إلى اليوم", "2021-04-16/2021-04-27", "range"]]);
    // A list with و takes the year of the date after it (16 November of 2017, not of 2020).
    expect(val("ضربات في 16 تشرين الثاني/نوفمبر و28 كانون الأول/ديسمبر 2017")).toEqual([
      ["16 تشرين الثاني/نوفمبر", "2017-11-16", "day"],
      ["28 كانون الأول/ديسمبر 2017", "2017-12-28", "day"],
    ]);
  });
  it("reads bare years and year ranges", () => {
    expect(val("منذ 2003 لم")).toEqual([["2003", "2003", "year"]]);
    expect(val("بعد حرب 1948 مباشرة")).toEqual([["1948", "1948", "year"]]);
    expect(val("الثورة (1936 - 1939)")).toEqual([["1936 - 1939", "1936/1939", "range"]]);
    expect(val("عام ( 1931 / 1932 ) شهد")).toEqual([["عام ( 1931 / 1932 )", "1931/1932", "range"]]);
    expect(val("قتل 2000 شخص")).toEqual([]);
    // بين / من … و / إلى: one mention over the range, its value the interval (as Wojood marks it).
    expect(val("ارتفع العدد بين 2014 و2015 موضحا")).toEqual([["بين 2014 و2015", "2014/2015", "range"]]);
    expect(val("ومن العام 2003 وحتى العام 2005 ترأست")).toEqual([
      ["ومن العام 2003 وحتى العام 2005", "2003/2005", "range"],
    ]);
    expect(val("بين سنتي 2007 و2013 متأتية")).toEqual([["بين سنتي 2007 و2013", "2007/2013", "range"]]);
    // و without بين lists two years; أكثر من 2000 stays a quantity.
    expect(val("جرت في 2010 و2015 انتخابات")).toEqual([["2010", "2010", "year"]]);
    expect(val("أكثر من 2000 إلى 3000 شخص")).toEqual([]);
  });
  it("gives a Hijri year or month written with its year its Gregorian days", () => {
    expect(val("تأسست عام 1439هـ في")).toEqual([["عام 1439هـ", "2017-09-21/2018-09-10", "range"]]);
    expect(val("في رمضان 1436 هـ")).toEqual([["رمضان 1436 هـ", "2015-06-18/2015-07-16", "range"]]);
    expect(val("في 15 رجب 1439 هـ")).toEqual([["15 رجب 1439 هـ", "2018-04-01", "day"]]);
    // A Gregorian year after a Hijri month's name keeps the finder's reading.
    expect(val("مسلسل لشهر رمضان 2018 .")[0]?.[1]).toBe("2018-05");
  });
  it("reads decades, of the last century unless the words say otherwise, but not ages", () => {
    expect(val("قرية عنابة في الاربعينات : التعليم")).toEqual([["الاربعينات", "1940/1949", "range"]]);
    expect(val("وفي تسعينيات القرن الماضي أدار")).toEqual([["تسعينيات القرن الماضي", "1990/1999", "range"]]);
    expect(val("منذ الستينات من القرن العشرين")).toEqual([["الستينات من القرن العشرين", "1960/1969", "range"]]);
    expect(val("في عشرينيات القرن الحادي والعشرين")).toEqual([
      ["عشرينيات القرن الحادي والعشرين", "2020/2029", "range"],
    ]);
    expect(findDates("ونال شهرة في الستينات والسبعينات.", "2021-04-27")).toMatchObject([
      { text: "الستينات", value: "1960/1969", relative: false },
      { text: "والسبعينات", value: "1970/1979", relative: false },
    ]);
    // Ages, and a form without ال or its century.
    expect(val("رجل في الخمسينات من عمره")).toEqual([]);
    expect(val("وجميع المتهمين في العشرينات والثلاثينات من العمر")).toEqual([]);
    expect(val("أغاني ستينات")).toEqual([]);
  });
  it("picks the numeric reading nearer to publication", () => {
    expect(val("في 4/10/2021")).toEqual([["4/10/2021", "2021-04-10", "day"]]);
    expect(val("في 4/10/2021", "2021-10-05")).toEqual([["4/10/2021", "2021-10-04", "day"]]);
  });
  it("keeps relative mentions unresolved without a publication date, and never throws", () => {
    expect(val("وصل أمس", null)).toEqual([["أمس", null, "day"]]);
    expect(val("وصل أمس", "not a date")).toEqual([["أمس", null, "day"]]);
    expect(findDates("في 27 نيسان")[0]?.value).toBeNull();
    expect(findDates("")).toEqual([]);
  });
  it("keeps spans on the original text", () => {
    const t = "وصلَ الوفدُ أمسِ، وفي 27 نيسانَ 2021 وقّع الاتفاقَ، ويعود الأربعاءَ المقبلَ.";
    for (const d of findDates(t, PUB)) expect(t.slice(d.start, d.end)).toBe(d.text);
    expect(findDates(t, PUB).map((d) => d.value)).toEqual(["2021-04-26", "2021-04-27", "2021-04-28"]);
  });
  it("is linear on a 200 KB input", () => {
    const chunk = "وصل أمس، وفي 27 نيسان 2021 قال الأربعاء الماضي إن العام الماضي شهد قبل ثلاثة أيام 4/10/2021. ";
    const small = chunk.repeat(Math.ceil(20_000 / chunk.length));
    const big = chunk.repeat(Math.ceil(200_000 / chunk.length));
    findDates(small, PUB);
    const t0 = performance.now();
    findDates(small, PUB);
    const tSmall = performance.now() - t0;
    const t1 = performance.now();
    const out = findDates(big, PUB);
    const tBig = performance.now() - t1;
    expect(out.length).toBeGreaterThan(10_000);
    expect(tBig).toBeLessThan(Math.max(3000, tSmall * 30));
    const noPunct = "الأربعاء ".repeat(25_000);
    const t2 = performance.now();
    findDates(noPunct, PUB);
    expect(performance.now() - t2).toBeLessThan(3000);
  });
});

describe("timeline", () => {
  it("dates sentences and orders them", () => {
    const text = "ويغادر الوفد الأربعاء المقبل. وصل الوفد أمس. وكان العام الماضي قد زار البلد، وأمس أيضا.";
    const events = timeline(text, findDates(text, PUB));
    expect(events.map((e) => [e.date, text.slice(e.sentence.start, e.sentence.end)])).toEqual([
      ["2020", "وكان العام الماضي قد زار البلد، وأمس أيضا."],
      ["2021-04-26", "وصل الوفد أمس."],
      ["2021-04-26", "وكان العام الماضي قد زار البلد، وأمس أيضا."],
      ["2021-04-28", "ويغادر الوفد الأربعاء المقبل."],
    ]);
  });
  it("computes ISO weeks", () => {
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
    expect(isoWeek("2021-01-04")).toBe("2021-W01");
    expect(isoWeek("2021-04-20")).toBe("2021-W16");
  });
});

describe("غرة is the first day of the month after it", () => {
  it("reads غرة + a Hijri month as its first day by Umm al-Qura, and a Gregorian one as day 1", () => {
    expect(val("التي ستنطلق غرة شهر ذي القعدة", "2015-08-04")).toEqual([["غرة شهر ذي القعدة", "2015-08-16", "day"]]);
    expect(val("وذلك بعد بدء تطبيق النظام غرة ذي القعدة العام الماضي", "2015-08-06")).toEqual([
      ["غرة ذي القعدة العام الماضي", "2014-08-27", "day"],
    ]);
    expect(val("سيدخل حيز التطبيق في غرة أفريل القادم", "2017-03-28")).toEqual([
      ["غرة أفريل القادم", "2017-04-01", "day"],
    ]);
  });
  it("takes a weekday written before it, which mends a month begun by sighting", () => {
    // Umm al-Qura puts 1 Dhu al-Hijja 1439 on Sunday 12 August; the text says Monday.
    expect(findDates("يكون الأحد 30 ذي القعدة والاثنين غرة شهر ذي الحجة", "2018-07-23").at(-1)).toMatchObject({
      text: "والاثنين غرة شهر ذي الحجة",
      value: "2018-08-13",
    });
    expect(val("على أن تعقد الجمعية يوم الأحد الموافق غرة ذي القعدة المقبل", "2015-07-31").map((d) => d[1])).toEqual([
      "2015-08-16",
    ]);
  });
  it("keeps a first day on the publication date with a future cue (a page dated that day)", () => {
    expect(val("أعلنت المحكمة أن الأحد، سيكون غرة شهر ذي الحجة", "2018-08-12").map((d) => d[1])).toEqual([
      "2018-08-12",
      "2018-08-12",
    ]);
  });
});

describe("a range whose start has no year takes the year of its end", () => {
  it("puts the start in the end's year, or the one before", () => {
    expect(val("أعدمت 694 شخصا بين الأول من يناير و15 يوليو 2015", "2015-07-25")).toEqual([
      ["بين الأول من يناير و15 يوليو 2015", "2015-01-01/2015-07-15", "range"],
    ]);
    expect(val("للفترة المتراوحة بين غرة جانفي و31 ديسمبر 2015", "2016-02-01")).toEqual([
      ["بين غرة جانفي و31 ديسمبر 2015", "2015-01-01/2015-12-31", "range"],
    ]);
  });
  it("reads a month that is also a word when a range joins it to another month", () => {
    expect(val("خلال الفترة من مارس وحتى ديسمبر 2014", "2015-07-22")).toEqual([
      ["من مارس وحتى ديسمبر 2014", "2014-03/2014-12", "range"],
    ]);
    expect(val("موسم الأمطار الذي يمتد من جوان وحتى سبتمبر", "2016-06-22")).toEqual([
      ["من جوان وحتى سبتمبر", "2016-06/2016-09", "range"],
    ]);
  });
});

describe("أول أيام and أول يوم من name a month's first day as غرة does", () => {
  it("reads the first day, and a bare weekday before it joins it", () => {
    expect(val("انطلاق العملية الانتخابية في أول يوم من ذي القعدة المقبل", "2015-08-02")).toEqual([
      ["أول يوم من ذي القعدة المقبل", "2015-08-16", "day"],
    ]);
    expect(val("مقارنة بأول أيام شهر رمضان الحالي", "2016-06-14")).toEqual([
      ["أول أيام شهر رمضان", "2016-06-06", "day"],
    ]);
    expect(val("والوقف السني في العراق، الخميس، أول أيام شهر رمضان المبارك", "2018-05-16")).toEqual([
      ["الخميس، أول أيام شهر رمضان", "2018-05-17", "day"],
    ]);
    // A weekday that has its own date keeps it.
    expect(val("ويكون يوم الاثنين 13 أغسطس أول أيام شهر ذي الحجة", "2018-08-01")[0]).toEqual([
      "يوم الاثنين 13 أغسطس",
      "2018-08-13",
      "day",
    ]);
  });
  it("takes the day a date written beside it says, not the Umm al-Qura one a day off", () => {
    expect(val("ويكون يوم الاثنين 13 أغسطس أول أيام شهر ذي الحجة", "2018-08-01")[1]).toEqual([
      "أول أيام شهر ذي الحجة",
      "2018-08-13",
      "day",
    ]);
    expect(val("غرة شهر رمضان الموافق 17 مايو", "2018-05-10")[0]).toEqual(["غرة شهر رمضان", "2018-05-17", "day"]);
    // Days far apart are two days, not one named twice.
    expect(val("يوم 20 أغسطس، غرة ذي الحجة", "2018-08-01")).toContainEqual(["غرة ذي الحجة", "2018-08-12", "day"]);
  });
});
