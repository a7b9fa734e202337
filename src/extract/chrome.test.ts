import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chromeReason, isHeadlineLike, lineKey, referenceLineKey } from "./chrome.js";

const UNITS = [
  ..."ابتثةىأإآ",
  "\u064e",
  "\u0640",
  "\u200f",
  ..."٠١23",
  ..." \t\n\r\u00a0\u000b.,«»-_",
  ..."AbZ",
  "\ufefb",
  "\ufdfa",
  "\ud83d\ude00",
];

describe("lineKey", () => {
  it("folds and collapses whitespace exactly as the string reference does", () => {
    expect(lineKey("  مشاركةُ \t:  ")).toBe("مشاركه :");
    const line = fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(line, (l) => lineKey(l) === referenceLineKey(l)),
      { numRuns: 3000 },
    );
  });
});

describe("chromeReason", () => {
  const chrome: [string, string][] = [
    ["• 4/10/2021 • 00:00 • 1 • 0", "date-line"],
    ["• 00:00 • 12 • 3", "counter"],
    ["news-picture", "markup-token"],
    ["مشاركة :", "share"],
    ["شارك", "share"],
    ["فيسبوك | تويتر | واتساب", "share"],
    ["تم نسخ رابط المقال إلى الحافظة", "share"],
    ["12 تعليق", "comments"],
    ["التعليقات (3)", "comments"],
    ["شروط النشر", "comment-policy"],
    ["جميع التعليقات المنشورة تعبر عن رأي كتابها", "comment-policy"],
    ["اشترك في النشرة البريدية ليصلك أبرز الأخبار", "newsletter"],
    ["الأكثر قراءة", "most-read"],
    ["مواضيع ذات صلة", "related"],
    ["اقرأ أيضا", "related"],
    ["اقرأ أيضاً: عنوان خبر آخر عن موضوع مختلف تماما", "related"],
    ["آخر تحديث: 11/8/2015", "updated-date"],
    ["نشر في: 15 أبريل 2018 - 21:11", "date-line"],
    ["منذ ساعتين", "date-line"],
    ["2341", "bare-number"],
    ["© 2021 جميع الحقوق محفوظة", "copyright"],
    ["جميع الحقوق محفوظة لصحيفة المثال", "copyright"],
    ["الرئيسية > أخبار > سياسة", "breadcrumb"],
    ["الرئيسية أخبار سياسة اقتصاد رياضة", "menu"],
    ["نستخدم ملفات تعريف الارتباط لتحسين تجربتك", "cookie"],
    ["حمّل تطبيق المثال لتصلك التنبيهات", "promo"],
    ["الوسوم: اقتصاد، مياه، زراعة", "tags"],
    ["المصدر : وكالات", "source-line"],
    ["- إعلان -", "ad"],
    ["قائمة 1 من 4", "screen-reader"],
    ["عدد المشاهدات: 9023 | التعليقات (3)", "counter"],
    ["المقال السابق", "pagination"],
    ["شاهد.. فرق الإنقاذ تسابق الوقت في المغارة", "related"],
  ];
  for (const [line, reason] of chrome) it(`${reason}: ${line}`, () => expect(chromeReason(line)).toBe(reason));

  const body = [
    "وقال الوزير إن التعليقات ستدرس بعناية قبل إقرار القانون.",
    "وأكد أن جميع الحقوق مصونة بموجب الدستور.",
    "شارك في الاجتماع ممثلون عن عشرين دولة ومنظمة دولية.",
    "مخاوف من موسم صيفي أصعب",
    "المصدر الرئيسي للمياه في المنطقة هو النهر، بحسب الدراسة التي نشرتها الجامعة هذا الأسبوع.",
    "Pre-Workout Meal",
    "اقرأ",
  ];
  for (const line of body) it(`body: ${line}`, () => expect(chromeReason(line)).toBeNull());
});

describe("isHeadlineLike", () => {
  it("short line without a final period", () => expect(isHeadlineLike("ارتفاع أسعار الخبز في الأسواق")).toBe(true));
  it("a sentence ending with a period is not", () => expect(isHeadlineLike("وقال إن الأسعار سترتفع.")).toBe(false));
});
