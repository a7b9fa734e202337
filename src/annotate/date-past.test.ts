import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

const values = (t: string, pub: string) => findDates(t, pub).map((d) => d.value);

describe("a past verb puts a date without its year behind the publication date", () => {
  it("reads the verb before the date, or after a date that opens its clause", () => {
    // Published May 2018: August ahead is nearer, but the finding is told in the past.
    expect(values("ففي أغسطس، عثر على السفير ميتا", "2018-05-10")).toEqual(["2017-08"]);
    expect(values("وكانت غارة جوية استهدفت القائد في سبتمبر", "2015-07-23")).toEqual(["2014-09"]);
    expect(values("انتصر المقاتلون في يناير على التنظيم", "2015-07-25")).toEqual(["2015-01"]);
    expect(values("أوقف الضابط في بلجيكا في الأول من أبريل", "2018-10-10")).toEqual(["2018-04-01"]);
  });
  it("leaves a date a past verb sets ahead, a plan, a condition, futures and this month's", () => {
    expect(values("وقد أرجئت المحاكمة إلى 12 أكتوبر", "2018-07-19")).toEqual(["2018-10-12"]);
    expect(values("وحدد القاضي يوم 13 نوفمبر موعدا للجلسة", "2018-10-07")).toEqual(["2018-11-13"]);
    expect(values("وافق كيم على عقد قمة مع مون في أبريل", "2018-03-09")).toEqual(["2018-04"]);
    expect(values("وتسببت الدعوة إلى انتخابات مبكرة في 24 يونيو إلى حالة من عدم التيقن", "2018-05-09")).toEqual([
      "2018-06-24",
    ]);
    expect(values("المناورة التي كانت مقررة في ديسمبر", "2018-10-19")).toEqual(["2018-12"]);
    expect(values("هدد بتقويضه في حال رفض إسقاط العقوبات بحلول 12 مايو", "2018-04-24")).toEqual(["2018-05-12"]);
    expect(values("وصعد الخام الأمريكي في العقود الآجلة لتسليم سبتمبر", "2015-07-22")).toEqual(["2015-09"]);
    // Cargoes: the month prices are set for, or booked for, is the coming one.
    expect(values("إن السعودية رفعت أسعار شحنات النفط الخام لآسيا في سبتمبر", "2015-08-06")).toEqual(["2015-09"]);
    expect(values("وقد حجزت بالفعل شحنات لشهر سبتمبر", "2018-08-14")).toEqual(["2018-09"]);
    expect(values("رفضت المحكمة الإفراج عنه وتأجيل القضية إلى 16 أكتوبر الجاري", "2015-10-07")).toEqual(["2015-10-16"]);
    expect(values("وبدأ بيعه اعتبارا من السابع من أغسطس", "2015-07-27")).toEqual(["2015-08-07"]);
    // A verb of saying tells of the date, not when it was.
    expect(values("وقال إن الانتخابات في ديسمبر", "2015-07-27")).toEqual(["2015-12"]);
    // لم on a present verb before a month is mostly a condition or a deadline: left as it was.
    expect(values("ما لم يصدر ترامب قرارا جديدا يوم 12 مايو", "2018-02-22")).toEqual(["2018-05-12"]);
    // A present of she the verb table lacks (تنتهي: ينتهي is known) ends the look back.
    expect(values("وأعطى ترامب الأوروبيين مهلة تنتهي في 12 أيار/مايو", "2018-03-06")).toEqual(["2018-05-12"]);
    expect(values("ووقعت الشركة عقدا، تستمر مدته حتى 30 أبريل", "2018-02-22")).toEqual(["2018-04-30"]);
    // A preposition, a pronoun or an adverb the verb table takes for a verb: the look back goes on past it.
    expect(values("أن 694 شخصا أعدموا بين شهري يناير ويوليو", "2015-08-03")[0]).toBe("2015-01");
    expect(values("لتنطلق يوم 7 جوان 2017 عوضا عن غرة جوان", "2017-01-30")).toEqual(["2017-06-07", "2017-06-01"]);
    expect(values("وأن المهلة النهائية لتقديم اللوائح هي 27 آذار/مارس", "2018-03-09")).toEqual(["2018-03-27"]);
    // A count after بين X و Y is still counted from an event told before.
    expect(values("العلاقات التجارية بين البلدين بعد عام كامل من المفاوضات", "2018-08-28")).toEqual([null]);
    // A verbal noun of تفاعل is no present (وقع اتفاق تعاون: signed in April, behind).
    expect(values("ووقعت الشركة اتفاق تعاون في أبريل", "2018-02-22")).toEqual(["2017-04"]);
  });
});

describe("a verb of becoming whose predicate is the date", () => {
  it("leaves the date where it stands now, and reads a date before another predicate as past", () => {
    // Published February 2018: the elections brought forward now stand in the coming April.
    expect(
      values("حدد مادورو موعدا مبكرا للانتخابات الرئاسية التي باتت في أبريل، بعد أن كانت مقررة", "2018-02-22"),
    ).toEqual(["2018-04"]);
    // Published July 2018: the company that became the largest exporter in November did so last year.
    expect(values("الشركة التي باتت في نوفمبر أكبر مصدر للنفط", "2018-07-25")).toEqual(["2017-11"]);
  });
});

describe("a past verb the verb table does not know, by its shape", () => {
  it("reads a perfect in ت, a verb after قد, and تم as past", () => {
    expect(values("الذي أضاع من عمري عقدين، ثم خرجت منه بعد 19 سنة", "2015-07-26")).toEqual([null]);
    expect(values("وقاد مظاهرات ضد الحكومة، وقد سجن بعد عام لإساءة استخدام السلطة", "2018-05-11")).toEqual([null]);
    expect(values("اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير", "2015-08-04")).toEqual(["2015-02"]);
    expect(values("للاحتجاجات التي اندلعت في أواخر ديسمبر", "2018-06-27")).toEqual(["2017-12"]);
    // تفعّلت، تفاعلت: a perfect that opens on ت, whose present would open on تت.
    expect(values("تكررت مناهم ولكنها تبخرت بعد أسبوعين فقط", "2015-07-31")).toEqual([null]);
    expect(values("وفي فبراير/شباط، توقفت الشركة عن العمل", "2018-09-23")).toEqual(["2018-02"]);
    expect(values("الحوثيون الذين سيطروا على العاصمة صنعاء في سبتمبر أيلول", "2015-08-09")).toEqual(["2014-09"]);
  });
  it("leaves a present after قد, تم with a verbal noun of setting, a condition, and nouns in ت", () => {
    expect(values("ولكنه قد لا يقام في 12 يونيو", "2018-05-22")).toEqual(["2018-06-12"]);
    expect(values("الدورة الاستثنائية التي قد تتم الدعوة إليها بعد شهرين", "2018-06-02")).toEqual(["2018-08"]);
    expect(values("للدفاع عنهم في جلسة تم تحديدها ليوم 4 جانفي", "2016-12-22")).toEqual(["2017-01-04"]);
    expect(values("لن يحيي برشلونة إذا ما حسم لقب الدوري في السادس من مايو", "2018-04-07")).toEqual(["2018-05-06"]);
    expect(values("اللقاء سيتأجل لوقت طويل، وفي 12 يونيو", "2018-05-22")).toEqual(["2018-06-12"]);
    expect(values("انخفضت الأسعار، حيث تراجع سعر برنت لشهر سبتمبر", "2015-08-02")).toEqual(["2015-09"]);
    expect(values("دعوة من نظيره الفرنسي فرنسوا هولاند لزيارة باريس في نوفمبر", "2015-08-06")).toEqual(["2015-11"]);
    expect(values("ليكونوا جاهزين للانطلاق في عملهم في 19 جوان", "2017-06-04")).toEqual(["2017-06-19"]);
  });
});

describe("a date right after لكن، ثم، إذ or أنه takes the verb after it", () => {
  it("reads the verb after the date, and the clause before only without one", () => {
    expect(values("ووعدني بحل مشكلاته، ولكن بعد 20 يوما رفض استقباله", "2015-07-26")).toEqual([null]);
    expect(values("وذكرت وسائل الإعلام أنه بعد تسعة أشهر سجلت البلاد زيادة", "2018-06-19")).toEqual([null]);
    expect(values("لكن في يناير، حجبت الإدارة الأمريكية 65 مليون دولار", "2018-09-02")).toEqual(["2018-01"]);
    expect(values("خرجوا من الفندق بعد انتهاء اللقاء، لكن بعد 5 أيام فوجئ الزائر بهم", "2015-08-04")).toEqual([null]);
    expect(values("وقال إنه بعد أسبوعين سيعود إلى الملاعب", "2018-05-01")).toEqual(["2018-05-15"]);
    expect(values("لكنها لم تمكث طويلا، إذ بعد شهر واحد تم إجبارها على الانسحاب", "2015-08-03")).toEqual([null]);
  });
});

describe("a count right after a verb of saying dates the saying", () => {
  it("leaves no value when the verb governs the count, and keeps the count it reports after أن", () => {
    const text = "بعد يومين من تفجر الفضيحة لكنه أعلن بشكل مفاجئ بعد أربعة أيام عن عزمه التنحي";
    expect(values(text, "2015-07-22")).toEqual([null, null]);
    expect(values("وجاءت تعليقات جونسون بعد يومين عن ورود تقارير عن هجوم", "2018-02-27")).toEqual([null]);
    expect(values("وأعلن المشنوق أنه بعد 15 يوما ستتولى شركات موضوع النفايات", "2015-08-08")).toEqual(["2015-08-23"]);
    expect(values("وقال البيت الأبيض إن القرار سيصبح نافذا بعد 15 يوما", "2018-03-24")).toEqual(["2018-04-08"]);
  });
});

describe("a count in a clause opened by قبل أن runs from the event told before it", () => {
  it("leaves no value for بعد N after قبل أن and a verb", () => {
    expect(values("وحكم عليه بالسجن لمدة 13 عاما، قبل أن يفرج عنه بعد أربع سنوات", "2018-03-06")).toEqual([null]);
    expect(values("قبل أن يعينه الرئيس بوريس يلتسين بعد سنة رئيسا للوزراء", "2018-03-18")).toEqual([null]);
    expect(values("استخدام سلاح ناري، قبل أن يخلى سبيله بعد شهرين تقريبا", "2016-12-13")).toEqual([null]);
  });
  it("keeps the count with a future cue, or without a verb after قبل أن", () => {
    expect(values("وسيبقى في المستشفى قبل أن يعود بعد أسبوعين", "2018-05-01")).toEqual(["2018-05-15"]);
    expect(values("يجب الانتظار بعد سنة قبل أن نقرر", "2018-05-01")).toEqual(["2019"]);
  });
});
