import { describe, expect, it } from "vitest";
import { foldText } from "../arabic/fold.js";
import { findDates } from "./dates.js";
import { conflictingNumbers, findNumbers, numberValue, PERCENT, quantityOf, unitOf } from "./numbers.js";

const brief = (t: string) => findNumbers(t).map((c) => [c.text, c.value, c.valueMax ?? null, c.unit]);

describe("findNumbers", () => {
  it("reads digits in every script with their counted noun", () => {
    expect(brief("قتل 6 أشخاص ونشر ٢٥٠٠ عنصر")).toEqual([
      ["6", 6, null, "شخص"],
      ["٢٥٠٠", 2500, null, "عنصر"],
    ]);
    expect(brief("وصل ۱۲ طالبا")).toEqual([["۱۲", 12, null, "طالب"]]);
  });
  it("reads the counted noun with its accusative ending, and no unit after رقم or before an adverb", () => {
    expect(brief("بحضور نحو 240 شخصا، بينهم مسؤولون")).toEqual([["240", 240, null, "شخص"]]);
    expect(brief("البالغ من العمر 52 عاما")).toEqual([["52", 52, null, "عام"]]);
    expect(brief("القرار بقانون رقم 89 لسنة 1960")).toEqual([["89", 89, null, null]]);
    expect(brief("حضر نحو 50 تقريبا")).toEqual([["50", 50, null, null]]);
  });
  it("reads two four-digit figures with a comma and no space between as two numbers (SaudiNewsNet)", () => {
    expect(brief("تبلغ تكاليفها 7896، 7771،7546 ريال")).toEqual([
      ["7896", 7896, null, "ريال"],
      ["7771", 7771, null, "ريال"],
      ["7546", 7546, null, "ريال"],
    ]);
    expect(brief("سعر اليورو 1,5606 دولار")[0]?.[1]).toBe(1.5606);
  });
  it("reads no counted noun after a ل or ب on a hamza's alef, or a ل on a country", () => {
    expect(brief("وانخفض المؤشر يوروفرست 300 لأسهم الشركات الأوروبية")).toEqual([["300", 300, null, null]]);
    expect(brief("احتفال تونس بالذكرى 58 لإعلان النظام الجمهوري")).toEqual([["58", 58, null, null]]);
    expect(brief("سجل 15 مقابل 9 لإيطاليا")).toEqual([
      ["15", 15, null, null],
      ["9", 9, null, null],
    ]);
    expect(brief("فاز 3 لقطر")).toEqual([["3", 3, null, null]]);
    expect(brief("قتل 5 لاعبين و20 لاجئا")).toEqual([
      ["5", 5, null, "لاعب"],
      ["20", 20, null, "لاجئ"],
    ]);
  });
  it("tells thousands separators from decimals", () => {
    expect(brief("نشر 2,500 عنصر")[0]?.[1]).toBe(2500);
    expect(brief("نشر ٢٬٥٠٠ عنصر")[0]?.[1]).toBe(2500);
    expect(brief("نشر 2.500 عنصر")[0]?.[1]).toBe(2500);
    expect(brief("سجلت 1.200.000 حالة")[0]).toEqual(["1.200.000", 1200000, null, "حاله"]);
    expect(brief("نما 3.5 نقطة")[0]?.[1]).toBe(3.5);
    expect(brief("نما ٣٫٥ نقطة")[0]?.[1]).toBe(3.5);
    expect(brief("بلغ 2,5 مليون دينار")[0]).toEqual(["2,5 مليون", 2500000, null, "دينار"]);
    expect(brief("بلغ 2.500 مليار دولار")[0]?.[1]).toBe(2.5e9);
    expect(brief("بلغ 1,234.5 طن")[0]?.[1]).toBe(1234.5);
  });
  it("reads three digits after one dot or comma as decimals where the corpus quotes decimals (SaudiNewsNet, ANT)", () => {
    // The dollar index against a basket of currencies, with a dot or Okaz's comma; a stock index's points are thousands.
    expect(brief("وارتفع مؤشر الدولار 0.3 في المائة إلى 97.395 بعد أن سجل")).toEqual([
      ["0.3 في المائة", 0.3, null, PERCENT],
      ["97.395", 97.395, null, null],
    ]);
    expect(brief("وانخفض مؤشر الدولار أمام سلة من العملات إلى 96,599، مسجلا")[0]?.[1]).toBe(96.599);
    expect(brief("وأغلق المؤشر العام للسوق عند 9,000 نقطة")[0]?.[1]).toBe(9000);
    expect(brief("وتراجع مؤشر داو جونز للأسهم إلى 23.860 نقطة")[0]?.[1]).toBe(23860);
    // A percentage, a share's price, a whole part of 0.
    expect(brief("بعائد سنوي قدره 3.374% على السندات")[0]?.[1]).toBe(3.374);
    expect(brief("ارتفع بواقع 14.920 في المائة")[0]?.[1]).toBe(14.92);
    expect(brief("وسجل سعر سهم الشركة ارتفاعا وصولا إلى سعر 2.060 درهم")[0]).toEqual(["2.060", 2.06, null, "درهم"]);
    expect(brief("ربحية السهم 0.155 ريال")[0]?.[1]).toBe(0.155);
    // Amounts, counts and prices of goods are thousands.
    expect(brief("غرامة مالية قدرها 10.000 ريال")[0]?.[1]).toBe(10000);
    expect(brief("بيعت السيارة بسعر 10.590 جنيه")[0]?.[1]).toBe(10590);
    expect(brief("استفاد منها 363.378 شخصا")[0]?.[1]).toBe(363378);
  });
  it("reads decimals typed into a right-to-left line: the Arabic decimal ر and aawsat's dot with a mark (SaudiNewsNet)", () => {
    // The groups are stored last first (they display as 1.3, 56.95): 3ر1 is 1.3, 95.\u200f56 is 56.95.
    expect(brief("وصعد بنسبة 3ر1 في المائة")).toEqual([["3ر1 في المائة", 1.3, null, PERCENT]]);
    expect(brief("ارتفع بمقدار 88ر0 درجة مئوية عن المتوسط البالغ 5ر15 درجة")).toEqual([
      ["88ر0", 0.88, null, "درجه"],
      ["5ر15", 15.5, null, "درجه"],
    ]);
    expect(brief("انخفضت إلى 935ر6 مليون برميل يوميًا")).toEqual([["935ر6 مليون", 6_935_000, null, "برميل"]]);
    expect(brief("ما بين 5ر1 و8ر1 مرة")).toEqual([["5ر1 و8ر1", 1.5, 1.8, "مره"]]);
    expect(brief("خام برنت 15 سنتا إلى 95.\u200f56 دولار للبرميل")).toEqual([
      ["15", 15, null, "سنت"],
      ["95.\u200f56", 56.95, null, "دولار"],
    ]);
    expect(brief("إجمالي صادرات البلاد إلى 104.\u200f3 مليون برميل يوميا")).toEqual([
      ["104.\u200f3 مليون", 3_104_000, null, "برميل"],
    ]);
    // One marked dot is a decimal point (302.249 km); several are thousands groups (1,407,960 euros).
    expect(findNumbers("وقطع مسافة السباق (249.\u200f302 كلم)")[0]?.value).toBe(302.249);
    expect(brief("البالغة جوائزها 960.\u200f407.\u200f1 يورو")).toEqual([
      ["960.\u200f407.\u200f1", 1_407_960, null, "يورو"],
    ]);
    // A plain dot keeps its order; a time of day written with ر or a dot is no figure.
    expect(brief("نما 3.5 نقطة")).toEqual([["3.5", 3.5, null, "نقطه"]]);
    expect(brief("بحلول الساعة 47ر09 بتوقيت جرينتش")).toEqual([]);
    expect(brief("من الساعة 4.30 عصرا")).toEqual([]);
  });
  it("reads ر as SPA's thousands separator or as the decimal point, by the corpus's convention (SaudiNewsNet)", () => {
    // Several ر are thousands separators (45,999,540 riyals), and so is one before 000 or in a figure SPA's
    // releases set off with brackets or slashes: 22,000 Muslims, 307,500 m³ a day, 72,837 metres (the
    // number alriyadh and alwatan print for the same road).
    expect(brief("ما يزيد على (000ر22) مسلم")).toEqual([["(000ر22)", 22_000, null, "مسلم"]]);
    expect(brief("تبلغ 540ر999ر45 ريال")).toEqual([["540ر999ر45", 45_999_540, null, "ريال"]]);
    expect(brief("بطاقة إنتاجية تبلغ ( 500ر307 ) متر مكعب في اليوم")).toEqual([["( 500ر307 )", 307_500, null, "متر"]]);
    expect(brief("بأكثر من / 837ر72 / متر طولي")).toEqual([["/ 837ر72 /", 72_837, null, "متر"]]);
    // Slashes that touch a word outside them are a path's, not brackets.
    expect(brief("في مقاله /192075/http")).toEqual([["192075", 192_075, null, null]]);
    // A bare one is the decimal point whatever the digits after it: the dollar index at 97.321 (alweeam and
    // alyaum print 97.321 for the same close), the euro at 1.0963 dollars, a share at 130.75.
    expect(brief("وارتفع مؤشر الدولار 2ر0 في المائة إلى 321ر97، مقلصا تراجعه")).toEqual([
      ["2ر0 في المائة", 0.2, null, PERCENT],
      ["321ر97", 97.321, null, null],
    ]);
    expect(brief("وانخفض اليورو إلى 0963ر1 دولار")).toEqual([["0963ر1", 1.0963, null, "دولار"]]);
    expect(brief("منخفضة عند 75ر130 دولار")).toEqual([["75ر130", 130.75, null, "دولار"]]);
    // SPA writes the fraction of a figure with thousands after a slash: 94/000ر59 is 59,000.94.
    expect(brief("البالغة مساحته (94/000ر59 متر مربع) لمصلحة البلدية")).toEqual([
      ["94/000ر59", 59_000.94, null, "متر"],
    ]);
  });
  it("gives a scaled figure the exact value written, without floating-point noise", () => {
    // 2.05 * 1e9 is 2049999999.9999998 in binary floating point.
    expect(brief("بلغت 2.05 مليار يورو و4.1 مليون سائح و3ر129 مليون دولار")).toEqual([
      ["2.05 مليار", 2_050_000_000, null, "يورو"],
      ["4.1 مليون", 4_100_000, null, "سائح"],
      ["3ر129 مليون", 129_300_000, null, "دولار"],
    ]);
    expect(brief("بين 1.1 و1.3 مليون برميل")).toEqual([["1.1 و1.3 مليون", 1_100_000, 1_300_000, "برميل"]]);
  });
  it("reads a decimal written with the Arabic comma and a space before a percent, and no list as one (ANT)", () => {
    expect(brief("حوالي 80 في المئة للحمى الشوكية، و96، 3 في المئة للحمى الصفراء، و87، 5 في المئة")).toEqual([
      ["80 في المئة", 80, null, "percent"],
      ["96، 3 في المئة", 96.3, null, "percent"],
      ["87، 5 في المئة", 87.5, null, "percent"],
    ]);
    expect(brief("٩٦، ٣٪")).toEqual([["٩٦، ٣٪", 96.3, null, "percent"]]);
    // Lists, a round second figure, a thousands figure and a pair with no percent are left as they are.
    expect(brief("ارتفع 3، 4 و5 في المئة").map((c) => c[1])).toEqual([3, 4, 5]);
    expect(brief("بنسب 5، 10، 15 في المئة").map((c) => c[1])).toEqual([5, 10, 15]);
    expect(brief("بنسبة 10، 20 في المئة").map((c) => c[1])).toEqual([10, 20]);
    expect(brief("واليونان (57.000، 9 بالمئة)").map((c) => c[1])).toEqual([57000, 9]);
  });
  it("gives each figure of a list the noun, percent and scale its last figure names (SaudiNewsNet, ANT)", () => {
    expect(brief("يبلغ عدد سكانها 3، 4 و5 ملايين نسمة")).toEqual([
      ["3", 3e6, null, "نسمه"],
      ["4", 4e6, null, "نسمه"],
      ["5 ملايين", 5e6, null, "نسمه"],
    ]);
    expect(brief("توقعات سابقة بلغت 1.5 و1.6 في المائة")).toEqual([
      ["1.5", 1.5, null, "percent"],
      ["1.6 في المائة", 1.6, null, "percent"],
    ]);
    expect(brief("تبلغ تكاليف الشريحة الأولى 8146، 8084، 7546 ريال").map((c) => c[3])).toEqual([
      "ريال",
      "ريال",
      "ريال",
    ]);
    expect(brief("سنعود إلى مستوى 3.8 و3.9 مليون برميل").map((c) => [c[1], c[3]])).toEqual([
      [3.8e6, "برميل"],
      [3.9e6, "برميل"],
    ]);
    // A scale is shared only between figures of one magnitude: 800 and 1.2 million, not 800 million.
    expect(brief("حصل على 800 و1.2 مليون صوت").map((c) => [c[1], c[3]])).toEqual([
      [800, "صوت"],
      [1.2e6, "صوت"],
    ]);
    // Two figures joined by a comma alone, a score, and a list of names are no such list.
    expect(brief("المرحلة الثانية ( 6، 18 كلم )").map((c) => c[3])).toEqual([null, "كيلومتر"]);
    expect(brief("أمام إيطاليا 2-1، خمسة تغييرات").map((c) => c[3])).toEqual([null, null, "تغيير"]);
    expect(brief("في الدقائق 11 و18 و25 من ركلة جزاء").map((c) => c[3])).toEqual([null, null, null]);
    expect(brief("ووفقا للمادتين 77 و125 يجب إطلاع البرلمان").map((c) => c[3])).toEqual([null, null]);
    // A day of the month (17 من الشهر الجاري) counts no months, nor does the list before it.
    expect(brief("ضد أتلتيك بلباو في 14 و17 من الشهر الحالي").map((c) => c[3])).toEqual([null, null]);
  });
  it("reads percentages in every form", () => {
    expect(brief("ارتفع 3.5٪ ثم 45 بالمائة و12 في المئة و%30 و7 بالمئة")).toEqual([
      ["3.5٪", 3.5, null, PERCENT],
      ["45 بالمائة", 45, null, PERCENT],
      ["12 في المئة", 12, null, PERCENT],
      ["%30", 30, null, PERCENT],
      ["7 بالمئة", 7, null, PERCENT],
    ]);
  });
  it("reads a figure with the article written on it (الـ22، للـ173), but not a figure glued to a name (G20)", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value, n.unit]);
    expect(values("خلال الـ60 يوما القادمة")).toEqual([["60", 60, "يوم"]]);
    expect(values("ضمن رقم الـ250 مليار دولار")).toEqual([["250 مليار", 250e9, "دولار"]]);
    expect(values("تعيش الأغلبية من مواطنيه الـ173 مليونا بأقل من دولارين")[0]).toEqual(["173 مليونا", 173e6, null]);
    expect(values("قبل انطلاق قمة G20 في الصين")).toEqual([]);
    // The word before the article is the figure's: a position (الجولة الـ34), a clock (الساعة الـ11.30), a range.
    expect(values("ضمن لقاءات الجولة الـ34 من الدوري")).toEqual([["34", 34, null]]);
    expect(values("تلقت أمس الساعة الـ11.30 بلاغا")).toEqual([]);
    expect(findNumbers("بقاء الأسعار بين الـ50 و60 دولارا").map((n) => [n.value, n.valueMax, n.unit])).toEqual([
      [50, 60, "دولار"],
    ]);
    expect(values("لمتوسط الاستراحات في المدينة المنورة الـ2000 ريال")).toEqual([["2000", 2000, "ريال"]]);
    expect(findNumbers("تتراوح أعمارهم بين الـ20 والـ30 عاما").map((n) => [n.value, n.valueMax, n.unit])).toEqual([
      [20, 30, "عام"],
    ]);
  });
  it("reads ألفا and مليونا before the noun they count as the dual (two thousand), else as one", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value]);
    expect(values("ويحيط بالقصر ألفا فدان من المساحات الخضراء")).toEqual([["ألفا", 2000]]);
    expect(values("صفقة قيمتها مليارا دولار")).toEqual([["مليارا", 2e9]]);
    // After a figure, before a preposition, a conjunction or واحدا, or at the end: one of them, in the accusative.
    expect(values("من بين الـ22 ألفا الذين تسللوا")).toEqual([["22 ألفا", 22000]]);
    expect(values("بلغ عدد الزوار ألفا.")).toEqual([["ألفا", 1000]]);
    expect(values("ضم المعرض ألفا من الزوار")).toEqual([["ألفا", 1000]]);
    expect(values("بعدما كان الرقم مليونا واحدا")).toEqual([["مليونا", 1e6]]);
    expect(values("والبالغ مليونا ونصف المليون برميل")[0]).toEqual(["مليونا ونصف المليون", 1.5e6]);
  });
  it("adds the half after a scale (ونصف), with the scale repeated or not", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value, n.unit]);
    expect(values("تبلغ قيمتها مليون ونصف المليون ريال")).toEqual([["مليون ونصف المليون", 1.5e6, "ريال"]]);
    expect(values("بتكلفة 3 مليارات ونصف مليار دولار")).toEqual([["3 مليارات ونصف مليار", 3.5e9, "دولار"]]);
    expect(values("وقدرها 7 ملايين ونصف ينتقل بموجبها")[0]).toEqual(["7 ملايين ونصف", 7.5e6, null]);
  });
  it("reads the men of a service as that service's (رجال الإطفاء، رجل أمن), and إطفائي as one of them", () => {
    const units = (t: string) => findNumbers(t).map((n) => n.unit);
    expect(units("ومن بين المصابين 11 رجل إطفاء، بينهم ثمانية من رجال الإطفاء")).toEqual(["رجل اطفاء", "رجل اطفاء"]);
    expect(units("بمشاركة 10 آلاف رجل أمن و500 رجل شرطة")).toEqual(["رجل امن", "رجل شرطه"]);
    expect(units("وشارك نحو 8500 إطفائي")).toEqual(["رجل اطفاء"]);
    // Men of no service named are men.
    expect(units("أن 13 رجلا بينهم زعيم عشيرة خطفوا")).toEqual(["رجل"]);
  });
  it("reads a fraction before a scale word (نصف مليون، بربع مليار) as that share of it, not the whole scale", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value, n.unit]);
    expect(values("حين فر نصف مليون من اليهود")).toEqual([["نصف مليون", 5e5, "يهود"]]);
    expect(values("تقدر كلفتها بربع مليار دولار")).toEqual([["ربع مليار", 2.5e8, "دولار"]]);
    expect(values("ونزح مليون ونصف مليون شخص")).toEqual([["مليون ونصف مليون", 1.5e6, "شخص"]]);
  });
  it("reads a figure written out in full as itself when a scale word repeats its millions", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value, n.unit]);
    expect(values("مقارنة بـ (5.969.428) مليون مسافر")).toEqual([["(5.969.428) مليون", 5969428, "مسافر"]]);
    expect(values("تبلغ قيمة العقد 75,003,560 مليون ريال")).toEqual([["75,003,560 مليون", 75003560, "ريال"]]);
    // One group is a decimal or a thousands figure the scale multiplies.
    expect(values("بلغت 1.500 مليون ريال")).toEqual([["1.500 مليون", 1.5e6, "ريال"]]);
  });
  it("reads the dual's construct after a figure as its scale (1.5 ملياري دولار), not as a second figure", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value, n.unit]);
    expect(values("بقيمة 1.5 ملياري دولار")).toEqual([["1.5 ملياري", 1.5e9, "دولار"]]);
    expect(values("تبلغ جوائزه 2 مليوني ريال")).toEqual([["2 مليوني", 2e6, "ريال"]]);
  });
  it("reads no number in a name: a number word after a product's noun, a scale word closing a quoted name", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value]);
    expect(values("والترويج لجهاز ألفا ستيم في العيادات")).toEqual([]);
    expect(values("منصة “بيبر ألفا” التابعة للشركة")).toEqual([]);
    // The dual with its noun, the accusative one and a figure quoted alone stay figures; so does a clitic's.
    expect(values("يتسع لأكثر من ألفي شخص")).toEqual([["ألفي", 2000]]);
    expect(values("بلغ عددهم ألفا")).toEqual([["ألفا", 1000]]);
    expect(values("لا يستحق أكثر من «مليونين» سنويا")).toEqual([["مليونين", 2e6]]);
    expect(values("أوجد منصة لآلاف الوظائف")).toEqual([["آلاف", 3000]]);
  });
  it("reads an edition, a stage or a unit's number as a position, not a count", () => {
    const values = (t: string) => findNumbers(t).map((n) => [n.text, n.value, n.unit]);
    expect(values("واجتذبت النسخة الـ49 من مهرجان بينكبوب")).toEqual([["49", 49, null]]);
    expect(values("في مباراة مؤجلة من المرحلة 37 من الدوري المصري")).toEqual([["37", 37, null]]);
    expect(values("وأكد قائد اللواء 35 مدرع أن")).toEqual([["35", 35, null]]);
    expect(values("حفل تخريج الدورة 73 من طلبة الكلية")).toEqual([["73", 73, null]]);
    // الدورة، الأسبوع before a counted noun: a count.
    expect(values("ويشارك في الدورة 50 طالبة")).toEqual([["50", 50, "طالبه"]]);
    expect(values("أنقذت في نهاية الأسبوع 408 مهاجرين")).toEqual([["408", 408, "مهاجر"]]);
    // A model's number (طراز 777) names; a figure in words after it in a list still counts.
    expect(values("طلبت 20 طائرة من طراز 777 وثماني طائرات من طراز 787")).toEqual([
      ["20", 20, "طائره"],
      ["777", 777, null],
      ["ثماني", 8, "طائره"],
      ["787", 787, null],
    ]);
  });
  it("reads number words, scales and approximate plurals", () => {
    expect(brief("أربعة عقود")).toEqual([["أربعة", 4, null, "عقد"]]);
    expect(brief("ألفين شخص")).toEqual([["ألفين", 2000, null, "شخص"]]);
    expect(brief("ثلاثة آلاف وخمسمائة وعشرون جنديا")).toEqual([["ثلاثة آلاف وخمسمائة وعشرون", 3520, null, "جندي"]]);
    expect(brief("خمسة وعشرون طالبا")).toEqual([["خمسة وعشرون", 25, null, "طالب"]]);
    expect(brief("أحد عشر لاعبا")).toEqual([["أحد عشر", 11, null, "لاعب"]]);
    // A preposition with a pronoun after a number is not what it counts.
    expect(brief("ومن بين الجرحى 3 منهم حالتهم حرجة")).toEqual([["3", 3, null, null]]);
    expect(brief("يصيب 5 بينهم سائح")).toEqual([["5", 5, null, null]]);
    expect(brief("نحو 2.5 مليون دولار و500 ألف يورو")).toEqual([
      ["2.5 مليون", 2500000, null, "دولار"],
      ["500 ألف", 500000, null, "يورو"],
    ]);
    expect(brief("عشرات القتلى ومئات الآلاف من اللاجئين")).toEqual([
      ["عشرات", 30, 99, "قتيل"],
      ["مئات الآلاف", 300000, 999999, "لاجئ"],
    ]);
    // آلاف folds to الاف, which only looks definite: عشرات آلاف is tens of thousands.
    expect(brief("تظاهر عشرات آلاف الأشخاص")).toEqual([["عشرات آلاف", 30000, 99999, "شخص"]]);
    expect(brief("مليون نازح")).toEqual([["مليون", 1e6, null, "نازح"]]);
  });
  it("reads a range after بين or مابين with its bounds in either order (SaudiNewsNet, ANT)", () => {
    expect(brief("تذبذب بين 46 و 43 دولارا")).toEqual([["46 و 43", 43, 46, "دولار"]]);
    expect(brief("ثروة تقدر ما بين 32 و30 مليار دولار")).toEqual([["32 و30 مليار", 30e9, 32e9, "دولار"]]);
    expect(brief("تراوحت أعمارهم مابين 12 و 72 عاما")).toEqual([["12 و 72", 12, 72, "عام"]]);
    expect(brief("تراوحت الارتفاعات ما بين 5.98% إلى 2.44%")).toEqual([["5.98% إلى 2.44%", 2.44, 5.98, "percent"]]);
    // Not after other words: «تراجع 0.5% إلى 0.3» is a change.
    expect(brief("تراجع 0.5% إلى 0.3%").map((c) => c[2])).toEqual([null, null]);
  });
  it("reads ranges", () => {
    expect(brief("بين 5 و10 آلاف متظاهر")).toEqual([["5 و10 آلاف", 5000, 10000, "متظاهر"]]);
    expect(brief("من 5 إلى 10 أشخاص")).toEqual([["5 إلى 10", 5, 10, "شخص"]]);
    expect(brief("5-10 سنوات")).toEqual([["5-10", 5, 10, "سنه"]]);
    expect(brief("بين خمسة وعشرة أشخاص")).toEqual([["خمسة وعشرة", 5, 10, "شخص"]]);
    // A change is not a range: "تراجع 0.5 في المائة إلى 0.66 دولار".
    expect(brief("تراجع 0.5 في المائة إلى 0.66 دولار")).toEqual([
      ["0.5 في المائة", 0.5, null, PERCENT],
      ["0.66", 0.66, null, "دولار"],
    ]);
    // A score is not a range.
    expect(brief("فاز 2-1")).toEqual([
      ["2", 2, null, null],
      ["1", 1, null, null],
    ]);
  });
  it("skips dates, times, years and alphanumeric names", () => {
    expect(brief("في 27 نيسان 2021 قتل 3 أشخاص")).toEqual([["3", 3, null, "شخص"]]);
    expect(brief("الإثنين 4/10/2021 الساعة 10:30 وباء كوفيد-19 وطائرة F16")).toEqual([]);
    expect(brief("في عام 2021 وصل 2000 مهاجر وفي 2019 شهدت")).toEqual([["2000", 2000, null, "مهاجر"]]);
  });
  it("reads a year or a pair of years after a year word or with its mark as no count (SaudiNewsNet)", () => {
    // aljazirah 2015-08-02: the academic year 1436–1437 AH, then a weekday; neither is a count of days.
    expect(brief("لبدء الدراسة للعام الجامعي 1436 - 1437 يوم الأحد القادم")).toEqual([]);
    expect(brief("للعام الجامعي 1436 - 1437 بدءا من يوم")).toEqual([]);
    expect(brief("العام الدراسي 1436/1437 هـ")).toEqual([]);
    expect(brief("للعام التدريبي 1436- 1437ه عبر موقع المؤسسة")).toEqual([]);
    expect(brief("للعام المالي 2014 - 2015 بلغت الأرباح")).toEqual([]);
    expect(brief("سيكون أول أبطال الموسم الكروي الجديد 2015 - 2016، فضلا")).toEqual([]);
    expect(brief("الطيب صالح (1929-2009)، يعتبر")).toEqual([]);
    expect(brief("من العام الهجري 1439 وبالتالي")).toEqual([]);
    // Numbers in the Hijri years' range are counts without a year word or mark.
    expect(brief("بين 1436 و1437 طالبا")).toEqual([["1436 و1437", 1436, 1437, "طالب"]]);
    expect(brief("حضر 1436 طالبا يوم الأحد")).toEqual([["1436", 1436, null, "طالب"]]);
    expect(brief("قتل 1400 شخص")).toEqual([["1400", 1400, null, "شخص"]]);
  });
  it("reads يوم before a weekday as a date, and بدءا من as no noun", () => {
    expect(brief("تغلب عليه 2-1 يوم الثلاثاء")).toEqual([
      ["2", 2, null, null],
      ["1", 1, null, null],
    ]);
    expect(brief("مقتل 43 شخصا وإصابة 173 يوم الأحد")).toEqual([
      ["43", 43, null, "شخص"],
      ["173", 173, null, null],
    ]);
    expect(brief("بعد 3 أيام من الأحد")).toEqual([["3", 3, null, "يوم"]]);
    expect(brief("صرف 500 بدءا من الأحد")).toEqual([["500", 500, null, null]]);
  });
  it("gives a part and its whole (من أصل، من إجمالي، من بين، من آخر) the noun the whole counts, never أصل", () => {
    const both = [
      ["20", 20, null, "مقعد"],
      ["30", 30, null, "مقعد"],
    ];
    expect(brief("فاز الحزب بـ 20 من أصل 30 مقعدا")).toEqual(both);
    expect(brief("فاز الحزب بـ 20 مقعدا من أصل 30")).toEqual(both);
    expect(brief("أعيد ترميم ثمانية من إجمالي 14 مسجدا")).toEqual([
      ["ثمانية", 8, null, "مسجد"],
      ["14", 14, null, "مسجد"],
    ]);
    expect(brief("فاز الفريق في 4 من آخر 6 مباريات")[0]?.[3]).toBe("مباراه");
    // No noun after the whole: none for either.
    expect(brief("حصل الحزب على 27 من أصل 128.")).toEqual([
      ["27", 27, null, null],
      ["128", 128, null, null],
    ]);
    // أصل as origin counts nothing; a rank stays a rank; "one of" is no count.
    expect(brief("اعتقلت الشرطة 3 من أصل مغربي")).toEqual([["3", 3, null, null]]);
    expect(brief("احتلت المرتبة 108 من أصل 176 دولة")).toEqual([
      ["108", 108, null, null],
      ["176", 176, null, "دوله"],
    ]);
    expect(brief("وهو واحد من بين أربعة أشخاص")).toEqual([["أربعة", 4, null, "شخص"]]);
  });
  it("reads a bracketed number with its scale and noun, and no count in an ordinal teen", () => {
    expect(brief("أكثر من (12) مليون أجنبي")).toEqual([["(12) مليون", 12000000, null, "اجنبي"]]);
    expect(brief("استقبلت (3982) قضية")).toEqual([["(3982)", 3982, null, "قضيه"]]);
    // Quote marks of any shape, balanced or not, bracket a number as ( ) do (headlines write «160»).
    expect(brief("«160» مليون ريال مشروعات")).toEqual([["«160» مليون", 160_000_000, null, "ريال"]]);
    expect(brief("اعتماد” 18 ” مكتبًا")).toEqual([["” 18 ”", 18, null, "مكتب"]]);
    // The word before the bracket decides a year (في) or a name (رقم), as it does without one.
    expect(brief("في (2019) شهدت المنطقة")).toEqual([]);
    expect(brief("القرار رقم «89» لسنة")).toEqual([["«89»", 89, null, null]]);
    expect(brief("انطلقت النسخة الحادية عشرة من المهرجان")).toEqual([]);
    expect(brief("الدورة الثانية عشر للبطولة")).toEqual([]);
    expect(brief("أحد عشر لاعبا")).toEqual([["أحد عشر", 11, null, "لاعب"]]);
    // A preposition with a pronoun after a number is not what it counts.
    expect(brief("ومن بين الجرحى 3 منهم حالتهم حرجة")).toEqual([["3", 3, null, null]]);
    expect(brief("يصيب 5 بينهم سائح")).toEqual([["5", 5, null, null]]);
  });
  it("does not read nouns that look like numbers", () => {
    expect(brief("قال سبع البحر")).toEqual([]);
    expect(brief("قتل 5 وأصيب 10")).toEqual([
      ["5", 5, null, null],
      ["10", 10, null, null],
    ]);
  });
  it("takes nouns that begin with و or ف as units, but not a conjunction and verb", () => {
    expect(brief("قتل 5 فلسطينيين و3 وزراء و7 وحدات")).toEqual([
      ["5", 5, null, "فلسطيني"],
      ["3", 3, null, "وزير"],
      ["7", 7, null, "وحده"],
    ]);
    // A singular the plural table leads to (وظائف → وظيفة) is a noun, not و and a word.
    expect(brief("توفر 169 وظيفة شاغرة")).toEqual([["169", 169, null, "وظيفه"]]);
    expect(brief("قتل 5 وجرح 7")).toEqual([
      ["5", 5, null, null],
      ["7", 7, null, null],
    ]);
  });
  it("reads no verb as a counted noun: the number is its subject or object", () => {
    // A past verb of «they», a verb with its object, a present verb, a past one of «she».
    expect(brief("مقتل 13 في صفوف العسكريين، و11 قتلوا في قاعدة للحرس الوطني")).toEqual([
      ["13", 13, null, null],
      ["11", 11, null, null],
    ]);
    expect(brief("وساهم محمد صلاح بإحراز 44 هدفا من أصل 90 سجلها ثلاثي الهجوم هذا")).toEqual([
      ["44", 44, null, "هدف"],
      ["90", 90, null, "هدف"],
    ]);
    expect(brief("ومن بين أعضاء مجلس الشيوخ الباقين يوجد نحو 13 يميلون نحو تأييد الاتفاق")).toEqual([
      ["13", 13, null, null],
    ]);
    expect(brief("منذ بدء التحرك الفلسطيني من أصل نحو 600 أطلقت باتجاه إسرائيل")).toEqual([["600", 600, null, null]]);
    // A present verb of «they» (…ون), not a people's plural (يمنيون).
    expect(brief("205 يحملون شهادة الدكتوراه، و171 يحملون شهادة الماجستير")).toEqual([
      ["205", 205, null, null],
      ["171", 171, null, null],
    ]);
    expect(brief("وصل 140 يمنيون")).toEqual([["140", 140, null, "يمني"]]);
    // Nouns of those shapes stay: عضوا (an accusative, not a verb of «they»), and a possessive after من.
    expect(brief("انتخاب 12 عضوا")).toEqual([["12", 12, null, "عضو"]]);
    expect(brief("عزمها نقل 1700 من مقاتليها من المعارك")[0]?.[3]).not.toBeNull();
  });
  it("reads no word with a preposition and the article as a counted noun (a rate's «per dollar»)", () => {
    expect(brief("وسجلت الليرة 4.9863 للدولار في الساعة")).toEqual([["4.9863", 4.9863, null, null]]);
    expect(brief("رفع أسعار الوقود إلى 395 ريال للتر الواحد من البنزين، و370 للتر الديزل")).toEqual([
      ["395", 395, null, "ريال"],
      ["370", 370, null, null],
    ]);
    expect(brief("ويقدر المرصد عدد المقيمين فيها حاليا بنحو 350 ألفاً بالإضافة الى القرى")).toEqual([
      ["350 ألفاً", 350000, null, null],
    ]);
  });
  it("reads no word with a glued preposition as the counted noun (SaudiNewsNet, ANT)", () => {
    expect(brief("قتل 3 أشخاص وأصيب نحو 14 بجروح")).toEqual([
      ["3", 3, null, "شخص"],
      ["14", 14, null, null],
    ]);
    expect(brief("خفض العناصر إلى 4050 بحلول يونيو، ومقابل 15 لصالح التشريع")).toEqual([
      ["4050", 4050, null, null],
      ["15", 15, null, null],
    ]);
    // م or ت after the clitic, a function word after it, ل before a present verb.
    expect(brief("في منطقة الكيلو 16 بمحافظة الحديدة، ونزل المؤشر 500 بمقدار 2.93 نقطة").map((c) => c[3])).toEqual([
      null,
      null,
      "نقطه",
    ]);
    expect(brief("في الدقيقتين 43 و57 ليخسر أرسنال، وتوقعات 32 لشهر أغسطس").map((c) => c[3])).toEqual([
      null,
      null,
      null,
    ]);
    expect(brief("قرارا رقمه بالمناسبة 2216 بتاريخ 14 أبريل").map((c) => c[3])).toEqual([null]);
    expect(brief("خدمة العملاء 5060 لاستقبال البلاغات، ومؤشر ستوكس 600 بعدما خفضت").map((c) => c[3])).toEqual([
      null,
      null,
    ]);
    expect(brief("اتفاقات مينسك 2 لكنها لا تزال")).toEqual([["2", 2, null, null]]);
    // Nouns with ة that end like a pronoun are still counted (مقابلة، كلمة، عينة).
    expect(brief("أجروا 140 مقابلة ورسالة من 100 كلمة و300 عينة").map((c) => c[3])).toEqual(["مقابله", "كلمه", "عينه"]);
    // A year before such a word is a year again (منذ الأولى من 2006 بينما ارتفعت).
    expect(brief("أكبر زيادة منذ الأشهر الأولى من 2006 بينما ارتفعت الواردات")).toEqual([]);
    // Nouns whose ب or ل is their own, and units of measure, are still counted.
    expect(
      brief("أنتج 1400 برميل و3 بلاغات و5 بنوك و20 لاعبا و10 لاجئين وثلاثة ليبيين و6 لترات").map((c) => c[3]),
    ).toEqual(["برميل", "بلاغ", "بنك", "لاعب", "لاجئ", "ليبي", "لتر"]);
    // A number word before such a phrase is kept: it counts those the phrase is about (وإصابة تسعة بجروح).
    expect(brief("مقتل جندي وإصابة تسعة بجروح في شرق البلاد")).toEqual([["تسعة", 9, null, null]]);
  });
  it("counts the noun after a superlative (واحد من أكبر مناجم الفحم), not the superlative", () => {
    expect(brief("خطط لإقامة واحد من أكبر مناجم استخراج الفحم في العالم")).toEqual([["واحد", 1, null, "مناجم"]]);
    expect(brief("مقتل 11 عنصرا، من بينهم اثنان من أخطر العناصر القيادية")).toEqual([
      ["11", 11, null, "عنصر"],
      ["اثنان", 2, null, "عنصر"],
    ]);
  });
  it("adds a smaller part after a scale and و: one amount (SaudiNewsNet, ANT)", () => {
    expect(brief("على القائمة المخصص لها 15 مقعدًا بمليونين و500 ألف جنيه")).toEqual([
      ["15", 15, null, "مقعد"],
      ["مليونين و500 ألف", 2500000, null, "جنيه"],
    ]);
    expect(brief("ووجود أكثر من مليون و200 ألف لاجئ سوري")).toEqual([["مليون و200 ألف", 1200000, null, "لاجئ"]]);
    expect(brief("بلغ مليونا و221 ألفا و463 حاجا")).toEqual([["مليونا و221 ألفا و463", 1221463, null, "حاج"]]);
    expect(brief("بحمولات بلغت 3 ملايين و 839 ألف طن")).toEqual([["3 ملايين و 839 ألف", 3839000, null, "طن"]]);
    // A second bound as large as the scale stays a bound.
    expect(brief("أن ما يتراوح بين ألف و1500 مقاتل")).toEqual([["ألف و1500", 1000, 1500, "مقاتل"]]);
  });
  it("counts the noun after من without its possessive pronoun or construct ending (SaudiNewsNet, ANT)", () => {
    expect(brief("انشق 1700 من مقاتليها عن قوات سوريا الديمقراطية")).toEqual([["1700", 1700, null, "مقاتل"]]);
    expect(brief("اغتيال واحد من أبرز قادتها")).toEqual([["واحد", 1, null, "قائد"]]);
    expect(brief("نعت القيادة العامة ثلاثة من جنودها")).toEqual([["ثلاثة", 3, null, "جندي"]]);
    expect(brief("أسفرت عن مقتل 3 من مسلحي الميليشيا")).toEqual([["3", 3, null, "مسلح"]]);
    expect(brief("مقتل 22 من عناصره")).toEqual([["22", 22, null, "عنصر"]]);
    expect(brief("مع 4 من مرافقيه")).toEqual([["4", 4, null, "مرافق"]]);
    expect(brief("ففقد هذا الشيخ خمسة من أبنائه")).toEqual([["خمسة", 5, null, "ابناء"]]);
    // A word the tables know, a dual's construct and a lone ه after a consonant keep their ending.
    expect(brief("نقل 3 من مستشفيات المدينة")).toEqual([["3", 3, null, "مستشفي"]]);
    expect(brief("في واحدة من مباراتي الفريق")).toEqual([["واحدة", 1, null, "مباراتي"]]);
  });
  it("gives a figure before أو the noun or percent of the figure after it (SaudiNewsNet, ANT)", () => {
    expect(brief("يمكننا تحمل 31 أو 30 هدفا فقط إذا أردنا الفوز")).toEqual([
      ["31", 31, null, "هدف"],
      ["30", 30, null, "هدف"],
    ]);
    expect(brief("ولو رجعنا لما قبل 7 أو 8 سنوات")).toEqual([
      ["7", 7, null, "سنه"],
      ["8", 8, null, "سنه"],
    ]);
    expect(brief("يغسل معظم الناس أيديهم خمس أو ست مرات يوميا")[0]).toEqual(["خمس", 5, null, "مره"]);
    expect(brief("ارتفع 5 أو 6 في المائة")[0]).toEqual(["5", 5, null, PERCENT]);
    expect(brief("على الرقم 959 أو 966590000959")[0]).toEqual(["959", 959, null, null]);
  });
  it("reads a percent word with a preposition typed against it", () => {
    expect(brief("مصابة بحروق على 90 بالمئةمن جسدها")).toEqual([["90 بالمئة", 90, null, PERCENT]]);
  });
  it("scales by the plural تريليونات", () => {
    expect(brief("بورصتها البالغة نحو ثمانية تريليونات دولار")).toEqual([["ثمانية تريليونات", 8e12, null, "دولار"]]);
  });
  it("reads a day/month, a score or a list index as no count (SaudiNewsNet)", () => {
    expect(brief("من تاريخ ١٨ / ١٠ إلى ٢١ / ١٠، حيث بلغ عدد الإصابات 66 إصابة")).toEqual([["66", 66, null, "اصابه"]]);
    expect(brief("فشل لاتسيو في الثأر لهزيمته 2/1 أمام يوفنتوس")).toEqual([]);
    expect(brief("وتعادل معه 2/ 2 ليقتسم الفريقان نقاط المباراة")).toEqual([]);
    expect(brief("وهم كل من: 1. العريف: أحمد موسى علي آل حسان الربعي. 2. العريف: سلطان محمد أحمد الشهراني.")).toEqual(
      [],
    );
    expect(brief("جندي متدرب: مشعل علي مغرم العسيري.\n11. جندي متدرب: ممدوح مسفر")).toEqual([]);
    expect(brief("ومن تلك الأسباب التالي:\n1) الناس يفضلون الأسماء سهلة النطق")).toEqual([]);
    // A count that ends a sentence is still one.
    expect(brief("وبلغ عدد المصابين 11. وقال المتحدث")).toEqual([["11", 11, null, null]]);
  });
  it("skips numbers inside the date spans it is given", () => {
    const t = "قبل ثلاثة أيام قتل 5 أشخاص في 27 نيسان 2021";
    expect(brief(t).map((c) => c[1])).toEqual([3, 5]);
    expect(findNumbers(t, findDates(t, "2021-04-30")).map((c) => c.value)).toEqual([5]);
  });
  it("keeps spans on the original text", () => {
    const t = "قُتِلَ ٦ أشخاصٍ، وأُصيب ثلاثةُ آخرين";
    for (const c of findNumbers(t)) expect(t.slice(c.start, c.end)).toBe(c.text);
    expect(findNumbers(t).map((c) => c.value)).toEqual([6, 3]);
  });
  it("is linear on a 200 KB input", () => {
    const chunk = "قتل 6 أشخاص وأصيب ثلاثة آلاف وخمسمائة في 27 نيسان 2021، بنسبة 3.5٪ بين 5 و10. ";
    const big = chunk.repeat(Math.ceil(200_000 / chunk.length));
    const small = chunk.repeat(Math.ceil(20_000 / chunk.length));
    findNumbers(small);
    const t0 = performance.now();
    findNumbers(small);
    const tSmall = performance.now() - t0;
    const t1 = performance.now();
    const out = findNumbers(big);
    const tBig = performance.now() - t1;
    expect(out.length).toBeGreaterThan(1000);
    expect(tBig).toBeLessThan(Math.max(2000, tSmall * 30));
    const digits = "1".repeat(200_000);
    expect(() => findNumbers(digits)).not.toThrow();
    expect(() => findNumbers("و".repeat(100_000))).not.toThrow();
  });
});

describe("unitOf", () => {
  it("gives the folded singular", () => {
    expect(unitOf("اشخاص")).toBe("شخص");
    expect(unitOf("عنصرا")).toBe("عنصر");
    expect(unitOf("المصابين")).toBe("مصاب");
    expect(unitOf("سيارات")).toBe("سياره");
    expect(unitOf("قتلي")).toBe("قتيل");
  });
  it("gives no ة to an ات plural of a masculine noun, and keeps an ين or ون that is the word's own", () => {
    const u = (w: string) => unitOf(foldText(w));
    // SaudiNewsNet and ANT: تلقت الهيئة 9 بلاغات، عقد 5 لقاءات، 3 اتهامات، 5300 ميجاوات، 7 قرارات، 29 من التطبيقات.
    expect(
      ["بلاغات", "لقاءات", "إجراءات", "اتهامات", "انتصارات", "التطبيقات", "ميجاوات", "قرارات", "هكتارات"].map(u),
    ).toEqual(["بلاغ", "لقاء", "اجراء", "اتهام", "انتصار", "تطبيق", "ميغاواط", "قرار", "هكتار"]);
    expect(["سيارات", "إصابات", "استراحات", "عبوات", "مباريات"].map(u)).toEqual([
      "سياره",
      "اصابه",
      "استراحه",
      "عبوه",
      "مباراه",
    ]);
    expect(
      ["تمرين", "توربين", "قانون", "كانون", "آخرين", "العاملين", "طيارين", "فلسطينيين", "متظاهرين"].map(u),
    ).toEqual(["تمرين", "توربين", "قانون", "كانون", "اخر", "عامل", "طيار", "فلسطيني", "متظاهر"]);
    // Broken plurals whose singular the corpus counts too (SaudiNewsNet + ANT: 47 نقاط beside 82 نقطة).
    expect(["نقاط", "أهداف", "سفن", "مرات", "أضعاف", "مراحل", "قادة"].map(u)).toEqual([
      "نقطه",
      "هدف",
      "سفينه",
      "مره",
      "ضعف",
      "مرحله",
      "قائد",
    ]);
    // محال (shops) is the plural of محل, which outlets count too (250 محالاً beside 1011 محلاً).
    expect(brief("أغلقت البلدية 250 محالاً صحياً")).toEqual([["250", 250, null, "محل"]]);
    expect(brief("تصدير 500 طنا من القمح")).toEqual([["500", 500, null, "طن"]]);
    // The final ا of قضايا is the plural's, not the accusative's.
    expect(brief("واحدة من القضايا")).toEqual([["واحدة", 1, null, "قضيه"]]);
    expect(brief("بقدرة 24 توربين رياح")).toEqual([["24", 24, null, "توربين"]]);
  });
  it("keeps the ين of a فعاليل or فواعيل plural (قوانين is no قوان), and gives the listed ones their singular", () => {
    const u = (w: string) => unitOf(foldText(w));
    // SaudiNewsNet: مخبأة داخل 6 جوالين بلاستيكية (gallons); أربعة قوانين; إغلاق 5 ميادين; 3 دواوين.
    expect(["جوالين", "قوانين", "القوانين", "ميادين", "دواوين", "عناوين", "سكاكين"].map(u)).toEqual([
      "جالون",
      "قانون",
      "قانون",
      "ميدان",
      "ديوان",
      "عنوان",
      "سكين",
    ]);
    // Shapes no فعّال's sound plural takes keep their ين; a participle's (الموالين) and a فعّال's lose it.
    expect(["طواحين", "نواعين", "تقاسين", "الموالين", "صيادين", "هدافين"].map(u)).toEqual([
      "طواحين",
      "نواعين",
      "تقاسين",
      "موال",
      "صياد",
      "هداف",
    ]);
    // بلايين is the plural of the scale بليون (SaudiNewsNet: قرض بمبلغ 10 بلايين دولار).
    expect(brief("قرض بمبلغ 10 بلايين دولار")).toEqual([["10 بلايين", 10e9, null, "دولار"]]);
  });
});

/** One report per outlet (or per article when `article` is given), its claims read from its text. */
const report = (outlet: string, text: string, article?: string) => ({
  outlet,
  text,
  claims: findNumbers(text),
  ...(article === undefined ? {} : { article }),
});
const conflictsOf = (byOutlet: Record<string, string>) =>
  conflictingNumbers(Object.entries(byOutlet).map(([o, t]) => report(o, t)));

describe("conflictingNumbers", () => {
  it("takes an order of magnitude (عشرات، مئات، آلاف) for no figure but a toll's, nor the dead and injured at once", () => {
    expect(conflictsOf({ A: "نشر مئات الجنود حول عدن", B: "تم نشر 3000 جندي حول عدن" })).toEqual([]);
    expect(quantityOf("فرار مئات المسلحين", findNumbers("فرار مئات المسلحين")[0]!)).toBeNull();
    expect(conflictsOf({ A: "وسقط عشرات القتلى والجرحى في المواجهات", B: "وقتل 10 أشخاص في المواجهات" })).toEqual([]);
    expect(conflictsOf({ A: "وسقط عشرات القتلى في المواجهات", B: "وقتل 10 أشخاص في المواجهات" })).toHaveLength(1);
  });
  it("does not pair one incident's count with another's when their sentences name two cities", () => {
    expect(conflictsOf({ A: "قتل 9 أشخاص في انفجار ألغام في عدن", B: "وقتل خمسة أشخاص في كمين قرب تعز" })).toEqual([]);
    // The same city: one incident, reported differently.
    expect(conflictsOf({ A: "قتل 9 أشخاص في انفجار في عدن", B: "قتل 12 شخصا في انفجار بعدن" })).toHaveLength(1);
  });
  it("does not pair two crudes' prices, two years' results or a settlement price with an unmarked one", () => {
    expect(
      conflictsOf({
        A: "وفقد خام برنت 1.71 دولار ليسجل 50.21 دولار للبرميل.",
        B: "وفقد الخام الأمريكي 1.12 دولار ليسجل 45.17 دولار للبرميل.",
      }),
    ).toEqual([]);
    expect(
      conflictsOf({
        A: "وبلغت أرباح الشركة 300 مليون ريال في العام الماضي",
        B: "وبلغت أرباح الشركة 350 مليون ريال في العام الجاري",
      }),
    ).toEqual([]);
    expect(conflictsOf({ A: "ونزل سعر برنت عند التسوية إلى 49.52 دولار", B: "ونزل سعر برنت إلى 50.21 دولار" })).toEqual(
      [],
    );
    expect(conflictsOf({ A: "ونزل سعر برنت إلى 49.52 دولار", B: "ونزل سعر برنت إلى 50.21 دولار" })).toHaveLength(1);
  });
  it("does not pair prices or levels published on two days (two sessions), but still a toll updated the next day", () => {
    const on = (outlet: string, text: string, publishedAt: string) => ({
      ...report(outlet, text, outlet),
      publishedAt,
    });
    const trading = (a: string, b: string) =>
      conflictingNumbers([
        on("A", "وبلغت قيمة التداولات نحو 5 مليارات ريال.", a),
        on("B", "وبلغت قيمة التداولات نحو 8.10 مليارات ريال.", b),
      ]);
    expect(trading("2015-07-26T18:00", "2015-07-27T18:30")).toEqual([]);
    expect(trading("2015-07-26T18:00", "2015-07-26T19:30")).toHaveLength(1);
    const toll = conflictingNumbers([
      on("A", "وقتل 6 أشخاص في الانفجار.", "2015-07-26T18:00"),
      on("B", "وارتفع عدد القتلى في الانفجار إلى 9 قتلى.", "2015-07-27T09:00"),
    ]);
    expect(toll).toHaveLength(1);
  });
  it("reads a whole price as the exact one rounded or cut (46 beside 45.97, 15 beside 15.96)", () => {
    expect(
      conflictsOf({ A: "وفقد الخام 1.12 دولار ليسجل 46 دولارا", B: "وفقد الخام 1.12 دولار ليسجل 45.97 دولارا" }),
    ).toEqual([]);
    expect(conflictsOf({ A: "وأغلق المؤشر رابحا 15 نقطة", B: "وأغلق المؤشر رابحا 15.96 نقطة" })).toEqual([]);
    expect(
      conflictsOf({ A: "وفقد الخام 1.12 دولار ليسجل 46 دولارا", B: "وفقد الخام 1.12 دولار ليسجل 45.17 دولارا" }),
    ).toHaveLength(1);
  });
  it("reads a bound past a level word, and no figure after another figure's unit", () => {
    const t = "وتراجع المؤشر دون مستوى 9000 نقطة";
    const below = quantityOf(t, findNumbers(t)[0]!);
    expect(below!.lo).toBeLessThanOrEqual(0);
    expect(below!.hi).toBeLessThan(9001);
    expect(conflictsOf({ A: t, B: "وتراجع المؤشر إلى مستوى 8768 نقطة" })).toEqual([]);
    // ارتفع 24.39 نقطة إلى 2105.23 نقطة; 650 ريالا مقابل 500 ريال: the second is a new or compared value.
    const u = "وارتفع المؤشر 24.39 نقطة إلى 2105.23 نقطة";
    expect(quantityOf(u, findNumbers(u)[1]!)).toBeNull();
    const v = "بلغ سعر الصافي 650 ريالا مقابل 500 ريال";
    expect(quantityOf(v, findNumbers(v)[1]!)).toBeNull();
  });
  it("counts the dead and injured together as neither, and the captured as arrested", () => {
    const t = "وقد قتل وجرح نحو 50 من عناصر الميليشيات";
    expect(quantityOf(t, findNumbers(t)[0]!)).toBeNull();
    const u = "حيث لقي أكثر من 25 مسلحا حوثيا مصرعهم وجرح 15 آخرون";
    expect(quantityOf(u, findNumbers(u)[1]!)?.key).toBe("injured");
    const v = "تمكن الثوار من قتل 28 مسلحا وأسروا عشرة آخرين";
    expect(findNumbers(v).map((c) => quantityOf(v, c)?.key)).toEqual(["dead:مسلح", "arrested"]);
  });
  it("flags one quantity reported differently by two outlets", () => {
    const conflicts = conflictingNumbers([
      report("A", "مقتل 6 أشخاص في الهجوم", "a1"),
      report("B", "مقتل سبعة أشخاص في الهجوم", "b1"),
      report("C", "مقتل ستة أشخاص"),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.unit).toBe("قتيل");
    expect(conflicts[0]!.reports.map((r) => [r.outlet, r.claim.value])).toEqual([
      ["A", 6],
      ["B", 7],
      ["C", 6],
    ]);
  });
  it("sets one outlet's own figures against each other only for an event count it updates", () => {
    // Two of one outlet's market reports (two sessions) give two index levels: no conflict.
    const market = conflictingNumbers([
      report("A", "وكسب المؤشر نحو 325 نقطة ليصل إلى مستوى 8773 نقطة", "a1"),
      report("A", "وكسب المؤشر نحو 52 نقطة ليصل إلى مستوى 8749 نقطة", "a2"),
    ]);
    expect(market).toEqual([]);
    // Another outlet's figure for the same session does conflict.
    const two = conflictingNumbers([
      report("A", "وكسب المؤشر نحو 325 نقطة ليصل إلى مستوى 8773 نقطة", "a1"),
      report("B", "وكسب المؤشر 300 نقطة ليصل إلى مستوى 8749 نقطة", "b1"),
    ]);
    expect(two.map((c) => c.reports.map((r) => r.claim.value))).toContainEqual([8773, 8749]);
  });
  it("takes each article as its own report: an outlet's update beside its first report", () => {
    const conflicts = conflictingNumbers([
      report("A", "لقي 6 أشخاص مصرعهم في السيول", "a1"),
      report("A", "ارتفع عدد الضحايا إلى 7 أشخاص", "a2"),
    ]);
    expect(conflicts[0]?.reports.map((r) => [r.article, r.claim.value])).toEqual([
      ["a1", 6],
      ["a2", 7],
    ]);
  });
  it("compares a death toll whatever noun counts it, and keeps the injured apart (the Zab flood)", () => {
    // The sample corpus's flood story: 6 أشخاص لقوا مصرعهم / حتفهم against 7 قتلى, 14 آخرون against 14 مصابا.
    const conflicts = conflictsOf({
      almanara: "لقي ستة أشخاص مصرعهم وأصيب 14 آخرون، جراء سيول جارفة",
      nile: "لقي 6 أشخاص حتفهم وأصيب 14 آخرون جراء سيول ضربت محافظة الزاب",
      afaq: "أودت سيول جارفة بحياة ستة أشخاص على الأقل، وفق حصيلة أولية",
      almarfa: "ارتفاع حصيلة ضحايا السيول إلى 7 قتلى و14 مصابا، فيما تتواصل عمليات البحث",
      cnn: "قال سكان إن 27 شخصا على الأقل قتلوا وأصيب عشرات بجروح",
    });
    expect(conflicts.map((c) => [c.unit, c.reports.map((r) => [r.outlet, r.claim.value])])).toEqual([
      [
        "قتيل",
        [
          ["almanara", 6],
          ["nile", 6],
          ["afaq", 6],
          ["almarfa", 7],
          ["cnn", 27],
        ],
      ],
      // وأصيب عشرات بجروح (30–99) is an injured count too, which 14 does not fall in.
      [
        "مصاب",
        [
          ["almanara", 14],
          ["nile", 14],
          ["almarfa", 14],
          ["cnn", 30],
        ],
      ],
    ]);
  });
  it("does not set a forecast against a measurement, nor one bound against a figure inside it", () => {
    const forecast =
      "وكانت هيئة الأنواء الجوية قد توقعت، الخميس الماضي، هطول أمطار تتجاوز 50 ملم على المحافظات الشمالية.";
    const measured = "وقالت مصادر محلية إن الأمطار التي هطلت طوال ليلة السبت بلغت 70 ملم في بعض المناطق.";
    expect(conflictsOf({ A: forecast, B: measured })).toEqual([]);
    expect(
      conflictsOf({ A: "ومن المتوقع أن يصل عدد الحجاج إلى 2 مليون حاج", B: "بلغ عدد الحجاج 1.5 مليون حاج" }),
    ).toEqual([]);
    // أكثر من 1700 جريح allows 1800; نحو 300 منزل allows 310.
    expect(conflictsOf({ A: "وأصيب أكثر من 1700 آخرين برصاص الجيش", B: "وإصابة 1800 آخرين برصاص الجيش" })).toEqual([]);
    expect(conflictsOf({ A: "ألحقت السيول أضرارا بنحو 300 منزل", B: "ألحقت السيول أضرارا بـ310 منزل" })).toEqual([]);
    // 45.5 مليون is 45,503,347 rounded to the digit it gives.
    expect(conflictsOf({ A: "والبالغة كلفتها 45,503,347 ريال", B: "والبالغة كلفتها 45.5 مليون ريال" })).toEqual([]);
    // … but two measurements of the same rain do conflict.
    expect(conflictsOf({ A: "بلغت كمية الأمطار 50 ملم", B: "بلغت كمية الأمطار 70 ملم" })).toHaveLength(1);
  });
  it("compares the injured whether counted with بجروح or as مصابين", () => {
    const conflicts = conflictsOf({ A: "قتل 3 أشخاص وأصيب 14 بجروح في الانفجار", B: "أسفر الانفجار عن 20 مصابا" });
    expect(conflicts.map((c) => [c.unit, c.reports.map((r) => r.claim.value)])).toEqual([["مصاب", [14, 20]]]);
  });
  it("keeps apart what the same noun counts about different things, and counts of people with no event", () => {
    // تداولات / أرباح: two sums of riyals; أنقذ 178 شخصا / قتل 13 شخصا: rescued is no death toll.
    expect(
      conflictsOf({ A: "وسط تداولات بلغت 3.4 مليار ريال", B: "خفضت الشركة أرباحها بنحو 1.76 مليار ريال" }),
    ).toEqual([]);
    expect(conflictsOf({ A: "قال الجيش إنه أنقذ 178 شخصا", B: "قتل 13 شخصا الأحد في مالاري" })).toEqual([]);
    expect(conflictsOf({ A: "أحرز لقب الدوري أربع مرات", B: "حصل على لقب البطولة في ثلاث مرات سابقة" })).toEqual([]);
    // A total since a date is not the day's toll.
    expect(
      conflictsOf({ A: "خلفت الاعتداءات منذ 30 مارس مقتل نحو 100 شخص", B: "أدت المواجهات إلى مقتل 41 فلسطينيا" }),
    ).toEqual([]);
  });
  it("accepts ranges that contain the other value, ignores percentages, times and self-contradicting articles", () => {
    expect(conflictsOf({ A: "قتل بين 5 و10 أشخاص", B: "مقتل 7 أشخاص" })).toEqual([]);
    expect(conflictsOf({ A: "نما 3٪ خلال 3 أيام", B: "نما 4٪ خلال 5 أيام" })).toEqual([]);
    expect(conflictsOf({ A: "قتل 3 أشخاص هنا و5 أشخاص هناك", B: "قتل 4 أشخاص" })).toEqual([]);
  });

  it("gives a figure written with ر or a marked dot the precision of its own digits", () => {
    const t = "قتل فيه 5ر1 مليون شخص";
    const [c] = findNumbers(t);
    expect(quantityOf(t, c!)).toMatchObject({ lo: 1_450_000, hi: 1_550_000 });
    const u = "تراجعت الصادرات إلى 104.\u200f3 مليون برميل";
    const [d] = findNumbers(u);
    expect(quantityOf(u, d!)).toMatchObject({ lo: 3_103_500, hi: 3_104_500 });
  });
  it("reads a clock time as no count (1056 بتوقيت جرينتش، الساعة 10 صباحا)", () => {
    expect(findNumbers("سجل الخام 49 دولارا عند الساعة 1056 بتوقيت جرينتش").map((n) => n.unit)).toEqual([
      "دولار",
      null,
    ]);
    expect(findNumbers("في تمام الساعة 10 صباحا")[0]?.unit ?? null).toBeNull();
    expect(conflictsOf({ A: "عند 1056 بتوقيت جرينتش", B: "عند 1406 بتوقيت جرينتش" })).toEqual([]);
    // A duration in hours still counts them.
    expect(findNumbers("استمر القصف 24 ساعة")[0]?.unit).toBe("ساعه");
  });

  it("reads a number after an identifier word with a preposition on it as no count (SaudiNewsNet, ANT)", () => {
    expect(brief("جاء طبقا للمادة 219 من قانون العقوبات")).toEqual([["219", 219, null, null]]);
    expect(brief("مستشهدا بالبند 73 من قانون الإجراءات")).toEqual([["73", 73, null, null]]);
  });
  it("reads a number indexing a position, and a year after a name, as no count", () => {
    // في الدقيقة 20 من المباراة، المركز 12 برصيد 25 نقطة، المادة 51 من الميثاق.
    expect(findNumbers("سجل في الدقيقة 20 من المباراة")[0]?.unit ?? null).toBeNull();
    expect(findNumbers("يحتل المركز 12 برصيد 25 نقطة").map((n) => n.unit)).toEqual([null, "نقطه"]);
    expect(findNumbers("بموجب المادة 51 من الميثاق")[0]?.unit ?? null).toBeNull();
    // كأس العالم 2018 بروسيا، مونديال 2018 وسيلة: a year, not 2018 of something.
    expect(findNumbers("نهائيات كأس العالم 2018 بروسيا")).toEqual([]);
    expect(findNumbers("ترى في مونديال 2018 وسيلة للظهور")).toEqual([]);
    // … but a count that happens to lie between 1900 and 2099 stays one.
    expect(findNumbers("ارتفع عدد الإصابات إلى 2018 حالة")[0]?.unit).toBe("حاله");
  });
});

describe("unit spellings", () => {
  it("gives a unit of measure one spelling whatever the outlet's transliteration", () => {
    const u = (w: string) => unitOf(foldText(w));
    // SaudiNewsNet + ANT: 5300 ميجاوات، 1200 ميجاواط، 32 ميغاوات؛ 30 كيلوجرام؛ 20 ملليجرام؛ 1080 بيكسل.
    expect(["ميجاوات", "ميجاواط", "ميقاواط", "ميغاوات", "ميغاواط"].map(u)).toEqual(Array(5).fill("ميغاواط"));
    expect(["جيجاواط", "غيغاوات", "جيجابايت", "جيغابايت"].map(u)).toEqual([
      "غيغاواط",
      "غيغاواط",
      "غيغابايت",
      "غيغابايت",
    ]);
    expect(["كيلوجرام", "كيلوغرامات", "جراما", "ملليجرام", "ميليمترات", "سنتمتر", "لترات", "بيكسل"].map(u)).toEqual([
      "كيلوغرام",
      "كيلوغرام",
      "غرام",
      "مليغرام",
      "مليمتر",
      "سنتيمتر",
      "لتر",
      "بكسل",
    ]);
    // Words that only begin like a prefix, and a cent, keep their own spelling.
    expect(["ميليشيات", "سنتا", "كيلو"].map(u)).toEqual(["ميليشيه", "سنت", "كيلو"]);
  });
  it("reads an abbreviation and a prefix written apart from its unit after a number (SaudiNewsNet, ANT)", () => {
    expect(brief("تبعد عن صنعاء بنحو 230 كم نحو الجنوب")).toEqual([["230", 230, null, "كيلومتر"]]);
    expect(brief("على بعد سبعين كلم شمال برلين")).toEqual([["سبعين", 70, null, "كيلومتر"]]);
    expect(brief("ضبط 31 كلغم و3 كلجم").map((c) => c[3])).toEqual(["كيلوغرام", "كيلوغرام"]);
    expect(brief("سماكة 10.9 ملم وطول 43 سم ووزن 632 كجم")).toEqual([
      ["10.9", 10.9, null, "مليمتر"],
      ["43", 43, null, "سنتيمتر"],
      ["632", 632, null, "كيلوغرام"],
    ]);
    expect(brief("على بعد 66 كيلو مترًا من جيزان، وكاميرا 12 ميغا بيكسل و3586 كيلو غراما")).toEqual([
      ["66", 66, null, "كيلومتر"],
      ["12", 12, null, "ميغابكسل"],
      ["3586", 3586, null, "كيلوغرام"],
    ]);
    // A bare year before كلم is a distance (صواريخ مداها 2000 كلم), no longer skipped as a year.
    expect(brief("طورت إيران صواريخ مداها 2000 كلم")).toEqual([["2000", 2000, null, "كيلومتر"]]);
    expect(brief("تصل إلى عشرات الكيلو مترات")).toEqual([["عشرات", 30, 99, "كيلومتر"]]);
  });
  it("reads a bare كيلو as a kilometre where a distance is meant, else as a kilogram (SaudiNewsNet, ANT)", () => {
    const unitsOf = (t: string) => brief(t).map((c) => c[3]);
    expect(unitsOf("تقدم الجيش بمسافة حوالي 23 كيلو، وعلى بعد خمسين كيلو من الشاطئ")).toEqual(["كيلومتر", "كيلومتر"]);
    expect(unitsOf("يبعد عن مقر سكنه 500 كيلو، وسار بسرعة 120 كيلو في الساعة")).toEqual(["كيلومتر", "كيلومتر"]);
    expect(unitsOf("في الأودية 70 كيلو غرب الأفلاج")).toEqual(["كيلومتر"]);
    expect(unitsOf("يصل من 2 كيلو ونصف إلى 3 كيلو مترات")).toEqual(["كيلومتر", "كيلومتر"]);
    expect(unitsOf("مصادرة (100) كيلو طماطم و60 كيلو ثوم")).toEqual(["كيلوغرام", "كيلوغرام"]);
    // بعد without على is «after».
    expect(unitsOf("بعد أن ضبط 3 كيلو من الحشيش")).toEqual(["كيلوغرام"]);
  });
  it("keeps the own final ا of a borrowed noun, and gives its plural that singular", () => {
    expect(brief("يتألف المشروع من 47 فيلا، وإخلاء 4 فلل")).toEqual([
      ["47", 47, null, "فيلا"],
      ["4", 4, null, "فيلا"],
    ]);
    expect(brief("ركبت 21 كاميرا و10 كاميرات")).toEqual([
      ["21", 21, null, "كاميرا"],
      ["10", 10, null, "كاميرا"],
    ]);
  });
  it("compares one quantity across outlets that spell its unit differently", () => {
    const conflicts = conflictsOf({
      A: "تنتج المحطة بقدرة 5300 ميجاوات من الكهرباء",
      B: "تنتج المحطة بقدرة 4800 ميغاواط من الكهرباء",
    });
    expect(conflicts.map((c) => [c.unit, c.reports.map((r) => r.claim.value)])).toEqual([["ميغاواط", [5300, 4800]]]);
  });
});

describe("numberValue", () => {
  it("reads a text that is one figure alone, in digits or words", () => {
    const value = (t: string) => numberValue(foldText(t));
    expect(["4", "أربعة", "30", "ثلاثين", "خمسة وعشرون", "ثلاثة آلاف", "2,500", "٢٥"].map(value)).toEqual([
      4, 4, 30, 30, 25, 3000, 2500, 25,
    ]);
    // A figure with anything else, or no figure.
    expect(["ثلاثين يوما", "4 أشهر", "أشهر", ""].map(value)).toEqual([null, null, null, null]);
  });
});
