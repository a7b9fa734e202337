/**
 * Line-level chrome filter: decides, for one line of a scraped page or of Readability's output, whether it is
 * site furniture (counters, share prompts, comment rules, "read also" lists, copyright, menus…) and why.
 *
 * Rules match the folded line (see `foldText`), anchored and bounded in length, so that a body sentence that
 * merely mentions "التعليقات" or "الحقوق" is never taken for chrome.
 */

import { foldText, foldUnit } from "../arabic/fold.js";
import { scratchUnits, unitsToString } from "../arabic/units.js";

/** Why a line was dropped; stored in `Article.removed[].reason`. */
export type ChromeReason =
  | "empty-markup"
  | "counter"
  | "bare-number"
  | "date-line"
  | "updated-date"
  | "markup-token"
  | "share"
  | "comments"
  | "comment-policy"
  | "newsletter"
  | "most-read"
  | "related"
  | "related-list"
  | "copyright"
  | "breadcrumb"
  | "menu"
  | "cookie"
  | "promo"
  | "tags"
  | "source-line"
  | "ad"
  | "screen-reader"
  | "tools"
  | "pagination"
  | "ticker"
  | "template";

/**
 * A "short" line, for rules that only make sense on labels: 8 words covers every share bar, counter and
 * heading label seen on the dev templates ("اشترك في النشرة البريدية…" is handled by its own phrase rule).
 */
const SHORT_WORDS = 8;
/** A date or tools line (weekday, date, time, time zone) stays under 14 words; body sentences rarely do that without a verb. */
const DATE_LINE_WORDS = 14;
/** A breadcrumb segment is at most 4 words (section names). */
const CRUMB_SEGMENT_WORDS = 4;
/** A headline in a related list: at most 24 words and no sentence-final period. */
const HEADLINE_WORDS = 24;

/**
 * Folded form of a line for matching: folding (see `foldUnit`), whitespace runs collapsed to one space, trimmed.
 * Built code unit by code unit, without the offset map `fold` keeps: it runs on every line of every page.
 */
export function lineKey(line: string): string {
  const n = line.length;
  const out = scratchUnits(n);
  let k = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const f = foldUnit(line.charCodeAt(i));
    if (f === -1) continue;
    if (f === -2) return referenceLineKey(line); // ligatures and presentation forms expand: rare
    if (f === 0x20 || (f >= 0x09 && f <= 0x0d)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && k > 0) out[k++] = 0x20;
    pendingSpace = false;
    out[k++] = f;
  }
  return unitsToString(out, 0, k);
}

/** `lineKey` through strings: for lines with units that expand, and the reference of the tests. */
export function referenceLineKey(line: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    let f = foldUnit(c);
    if (f === -1) continue;
    if (f === -2) {
      const e = foldText(line[i]!);
      if (out.length > 0 && pendingSpace) out += " ";
      pendingSpace = false;
      out += e;
      continue;
    }
    if (f === 0x20 || f === 0x09 || f === 0x0a || f === 0x0d || f === 0x0c || f === 0x0b) f = 0x20;
    if (f === 0x20) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length > 0) out += " ";
    pendingSpace = false;
    out += String.fromCharCode(f);
  }
  return out;
}

/** Words of a folded key: runs between spaces (a key has single spaces, see `lineKey`). */
function words(key: string): number {
  if (key.length === 0) return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 0x20) n++;
  return n;
}

const HAS_LETTER = /\p{L}/u;
const NUMERIC_DATE = /\b\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}\b/;

/** Phrase rules on the folded line: [reason, pattern, max words or 0 for any length]. */
const PHRASES: [ChromeReason, RegExp, number][] = [
  ["copyright", /©|جميع الحقوق محفوظه|حقوق (النشر|الطبع|الملكيه)( [^ ]+)? محفوظه|all rights reserved|^copyright\b/, 30],
  [
    "comment-policy",
    /شروط النشر|قواعد (التعليق|النشر)|التعليقات (المنشوره )?(لا )?تعبر عن|تعبر عن (راي|اراء) (كتابها|اصحابها)|لن يتم نشر (عنوان )?بريدك|الحقول (الالزاميه|المطلوبه) مشار/,
    40,
  ],
  ["cookie", /ملفات تعريف الارتباط|الكوكيز|cookies?(?![a-z])/, 40],
  [
    "newsletter",
    /النشره (البريديه|الاخباريه)|اشترك (في|ب) (النشره|نشرتنا|القائمه البريديه)|سجل بريدك|newsletter|^اشترك( الان)?$|^البريد الالكتروني$/,
    25,
  ],
  [
    "promo",
    /(حمل|نزل|حمّل) (تطبيق|التطبيق)|شاهد البث المباشر|^تابعونا (علي|عبر)|^تابعنا (علي|عبر)|^(download|get) (our|the) app/,
    20,
  ],
  ["comment-policy", /^(اترك|اضف|أضف) (تعليقا|تعليقك|تعليق|ردا)|^(الرجاء|المرجو|يرجي) (كتابه|الالتزام)/, 20],
  [
    "comments",
    /^(\d+\s*)?(تعليق|تعليقات|التعليقات|تعليقات الزوار|تعليقات القراء|عدد التعليقات|comments?)\s*(\(\d+\)|:\s*\d+|\d+)?$/,
    SHORT_WORDS,
  ],
  [
    "counter",
    /^(عدد )?(المشاهدات|القراءات|مشاهدات|قراءات|views?)\s*:?\s*[\d,.]+|[\d,.]+\s*(مشاهده|مشاهدات|قراءه|views?)$/,
    SHORT_WORDS,
  ],
  [
    "share",
    /^(مشاركه|شارك|شاركها|شارك الخبر|شارك المقال|شارك هذا (الخبر|المقال)|شارك عبر|share( this)?)\s*:?(\s|$)|تم نسخ (ال)?رابط|^نسخ الرابط$/,
    SHORT_WORDS,
  ],
  ["most-read", /^(الاكثر|الأكثر) (قراءه|مشاهده|تداولا|تعليقا|شعبيه|شيوعا)$|^most (read|popular)$/, 4],
  [
    "related",
    /^(مواضيع|اخبار|مقالات|موضوعات|روابط|قصص) (ذات صله|متعلقه|مشابهه|قد تهمك)\s*:?$|^(قد يهمك|قد يعجبك|ننصحك بقراءه)( ايضا)?\s*:?$|^(المزيد من|مقالات اخري ل|اخر الاخبار|احدث الاخبار)\b|^(related|related (stories|articles|coverage)|read more|more from .{1,30})\s*:?$/,
    12,
  ],
  // "اقرأ أيضا: <headline>" carries its headline on the same line.
  ["related", /^(اقرا|اقرا) (ايضا|المزيد|كذلك)\b|^(شاهد|طالع) (ايضا|كذلك)\b|^read (more|also)\s*:/, HEADLINE_WORDS + 3],
  // "شاهد.. <headline>": a video teaser linking another story.
  ["related", /^(شاهد|فيديو|بالفيديو|بالصور)\s*(\.\.+|:)/, HEADLINE_WORDS + 3],
  ["updated-date", /^(اخر تحديث|تاريخ التحديث|تم التحديث|تحديث في|updated)\b/, DATE_LINE_WORDS],
  ["date-line", /^(نشر في|نشر بتاريخ|تاريخ النشر|تاريخ الخبر|نشر|published( on)?)\s*:?(\s|$)/, DATE_LINE_WORDS],
  ["date-line", /^منذ (\d+ )?(ساعه|ساعات|ساعتين|دقيقه|دقائق|دقيقتين|يوم|يومين|ايام|اسبوع)$/, 4],
  ["tags", /^(الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|الكلمات الدالله|مواضيع|مواضيع ذات علاقه|tags)\s*:/, 20],
  ["tags", /^(الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|tags)$/, 3],
  ["source-line", /^المصدر\s*:/, SHORT_WORDS],
  ["ad", /^-?\s*(اعلان|اعلانات|advertisement|sponsored|محتوي مدعوم|ads?)\s*-?$/, 3],
  [
    "screen-reader",
    /^قائمه \d+ من \d+$|^نهايه القائمه$|^(تخطي|انتقل) (الي|إلى) المحتوي( الرئيسي)?$|^skip to (main )?content$/,
    6,
  ],
  [
    "tools",
    /^(طباعه|ارسل لصديق|ارسال لصديق|ارسل الي صديق|تكبير الخط|تصغير الخط|حجم الخط|حفظ|print|email)$|تم ارسال (المقال|الخبر) (الي|إلى) صديقك/,
    SHORT_WORDS,
  ],
  [
    "pagination",
    /^(المقال|الخبر|الموضوع|المقاله) (السابق|التالي)$|^(السابق|التالي)$|^(previous|next)( (article|post))?$/,
    4,
  ],
  ["ticker", /^(عاجل|خبر عاجل|breaking)\s*:?$/, 2],
];

/**
 * `\\b` is ASCII-only in JS: each pattern is rebuilt with a Unicode end-of-word test instead (every `\\b` in the
 * rules follows a word, so one lookahead is enough, and far cheaper than a full two-sided boundary).
 */
const UNICODE_BOUNDARY = "(?![\\p{L}\\p{N}])";
for (const rule of PHRASES) rule[1] = new RegExp(rule[1].source.replaceAll("\\b", UNICODE_BOUNDARY), "u");

/** Share-bar words: a line made only of these (and separators) is a share bar. */
const SHARE_WORDS = new Set(
  "فيسبوك فيس بوك تويتر تويتير اكس واتساب واتس اب تيليجرام تلغرام تليجرام لينكد ان لينكدان انستغرام انستجرام يوتيوب بريد ايميل طباعه نسخ الرابط ماسنجر facebook twitter x whatsapp telegram linkedin instagram email print copy link messenger pinterest reddit".split(
    " ",
  ),
);

/** Latin tokens that scrapers leave for images and widgets. */
const MARKUP_WORDS = new Set(
  "image photo picture img thumbnail loading advertisement video play icon share tweet print email".split(" "),
);

/**
 * Why `line` is chrome, or null when it may be body text.
 *
 * @example
 * chromeReason("• 4/10/2021 • 00:00 • 1 • 0"); // "date-line"
 * chromeReason("مشاركة :"); // "share"
 * chromeReason("وقال الوزير إن التعليقات ستدرس."); // null
 */
export function chromeReason(line: string, key = lineKey(line)): ChromeReason | null {
  if (key.length === 0) return null;
  const n = words(key);
  if (!HAS_LETTER.test(key)) {
    if (NUMERIC_DATE.test(key)) return "date-line";
    if (/\d/.test(key)) return /^[\d\s,.]+$/.test(key) ? "bare-number" : "counter";
    return "empty-markup";
  }
  for (const [reason, re, max] of PHRASES) {
    if ((max === 0 || n <= max) && re.test(key)) return reason;
  }
  // Latin widget tokens: news-picture, share_icon, "image".
  if (/^[a-z0-9_-]+$/.test(key) && (/[a-z][_-][a-z]/.test(key) || MARKUP_WORDS.has(key))) {
    return "markup-token";
  }
  // A share bar: only network names and separators.
  if (n <= 12) {
    const ws = key.split(/[\s|•·:,/-]+/).filter(Boolean);
    if (ws.length >= 2 && ws.every((w) => SHARE_WORDS.has(w))) return "share";
  }
  // Counters: "• 4/10/2021 • 00:00 • 1 • 0" with a label, or a time alone.
  if (n <= DATE_LINE_WORDS && /[•·|]/.test(key) && (key.match(/\d+/g)?.length ?? 0) >= 2) {
    const letters = key.replace(/[^\p{L}]/gu, "").length;
    if (letters <= 12) return NUMERIC_DATE.test(key) ? "date-line" : "counter";
  }
  // Breadcrumbs: short segments between » › > / |.
  if (/[»›>|/]| [-–] /.test(key)) {
    const crumbs = key.split(/\s*[»›>|/]\s*|\s+[-–]\s+/).filter(Boolean);
    if (crumbs.length >= 3 && crumbs.every((c) => words(c.trim()) <= CRUMB_SEGMENT_WORDS) && !/[.?!]$/.test(key)) {
      if (/[»›>]/.test(key) || /^الرئيسيه(?![\p{L}\p{N}])/u.test(key)) return "breadcrumb";
    }
  }
  // Menus: a line of section names starting with "home".
  if (/^(الرئيسيه|home)(?![\p{L}\p{N}])/u.test(key) && n <= 20 && !/[.,?!:]/.test(key)) return "menu";
  return null;
}

/** True when a line reads like a headline of a related-links list (short, no sentence-final period). */
export function isHeadlineLike(line: string, key = lineKey(line)): boolean {
  const n = words(key);
  return n > 0 && n <= HEADLINE_WORDS && !/[.:؛;]$/.test(key.replace(/["'»)\]]+$/, ""));
}

/** True for a line that could be a dated header line: short and carrying a digit. */
export function isShortWithDigits(key: string): boolean {
  return words(key) <= DATE_LINE_WORDS && /\d/.test(key);
}

export { NUMERIC_DATE };
