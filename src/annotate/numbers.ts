/**
 * Numbers and what they count: digits in every script (folding makes them ASCII), thousands
 * separators (2,500 / ٢٬٥٠٠ / 2.500), decimals (3.5 / ٣٫٥ / 2,5), percentages (% ٪ بالمائة
 * في المئة), number words (ثلاثة، خمسة وعشرون، ألفين، ثلاثة آلاف وخمسمائة), scales (2.5 مليون،
 * 500 ألف), approximate plurals (عشرات، مئات الآلاف → a range), ranges (بين 5 و10، 5-10،
 * من 5 إلى 10) and the counted noun.
 *
 * Unit convention (`NumberClaim.unit`): `"percent"` for percentages; otherwise the counted
 * noun right after the number (or after من), FOLDED, without clitics, in the SINGULAR
 * (أشخاص → شخص، عنصرا → عنصر، قتلى → قتيل، مصابين → مصاب، سيارات → سياره), so that two
 * outlets' claims can be compared; null when no noun follows. The span covers the number
 * with its scale and percent sign, not the noun.
 *
 * Numbers that belong to dates (findAbsoluteDates), times (10:30), alphanumeric names
 * (كوفيد-19، F16) and bare years are skipped. One pass over tokens: linear time.
 */
import { findAbsoluteDatesFolded } from "../arabic/dates.js";
import { type Folded, fold, foldText, foldUnit, toOriginal } from "../arabic/fold.js";
import { lookupMonth, lookupWeekday } from "../arabic/months.js";
import { isStopwordLoose } from "../arabic/stopwords.js";
import type { NumberClaim, Span } from "../model/types.js";
import { isVerbLike } from "./entities/verbs.js";

/** Unit value of `NumberClaim.unit` for percentages. */
export const PERCENT = "percent";

interface Tok {
  w: string;
  s: number;
  e: number;
  kind: "num" | "word" | "punct";
}

/**
 * Digit runs with their separators (2,500 / 3.5 / 1.200.000 / the Arabic separator ر of 5ر1, with the
 * fraction SPA writes before it after a slash, 94/000ر59), letter runs, single marks.
 */
const TOKEN = /(?:[0-9]+\/(?=[0-9]+ر[0-9]))?[0-9]+(?:[.,ر][0-9]+)*|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const LETTER = /^\p{L}/u;

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    // Only one-character tokens can be punctuation: test the letter class on those alone.
    const kind = c >= 0x30 && c <= 0x39 ? "num" : m[0].length > 1 || LETTER.test(m[0]) ? "word" : "punct";
    out.push({ w: m[0], s: m.index, e: m.index + m[0].length, kind });
  }
  return out;
}

// ---- number words (folded) -------------------------------------------------------------

const UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    واحد: 1,
    واحده: 1,
    اثنان: 2,
    اثنين: 2,
    اثنتان: 2,
    اثنتين: 2,
    ثلاث: 3,
    ثلاثه: 3,
    اربع: 4,
    اربعه: 4,
    خمس: 5,
    خمسه: 5,
    ست: 6,
    سته: 6,
    سبع: 7,
    سبعه: 7,
    ثمان: 8,
    ثماني: 8,
    ثمانيه: 8,
    تسع: 9,
    تسعه: 9,
    عشر: 10,
    عشره: 10,
  }),
);
/** First words of 11 and 12 (احد عشر، اثنا عشر). */
const TEEN_HEADS: ReadonlyMap<string, number> = new Map(
  Object.entries({ احد: 1, احدي: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2 }),
);
const TENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    عشرون: 20,
    عشرين: 20,
    ثلاثون: 30,
    ثلاثين: 30,
    اربعون: 40,
    اربعين: 40,
    خمسون: 50,
    خمسين: 50,
    ستون: 60,
    ستين: 60,
    سبعون: 70,
    سبعين: 70,
    ثمانون: 80,
    ثمانين: 80,
    تسعون: 90,
    تسعين: 90,
  }),
);
const HUNDREDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    مائه: 100,
    مئه: 100,
    مئتان: 200,
    مئتين: 200,
    مائتان: 200,
    مائتين: 200,
    مئتا: 200,
    مائتا: 200,
    مئتي: 200,
    مائتي: 200,
    ثلاثمائه: 300,
    ثلاثمئه: 300,
    اربعمائه: 400,
    اربعمئه: 400,
    خمسمائه: 500,
    خمسمئه: 500,
    ستمائه: 600,
    ستمئه: 600,
    سبعمائه: 700,
    سبعمئه: 700,
    ثمانمائه: 800,
    ثمانمئه: 800,
    ثمانيمائه: 800,
    تسعمائه: 900,
    تسعمئه: 900,
  }),
);
/** Scale words: singular (and its accusative), dual (value includes the 2) and plural. */
const SCALES: ReadonlyMap<string, { scale: number; dual?: boolean; plural?: boolean }> = new Map(
  Object.entries({
    الف: { scale: 1e3 },
    الفا: { scale: 1e3 },
    مليون: { scale: 1e6 },
    مليونا: { scale: 1e6 },
    مليار: { scale: 1e9 },
    مليارا: { scale: 1e9 },
    بليون: { scale: 1e9 },
    تريليون: { scale: 1e12 },
    ترليون: { scale: 1e12 },
    الفان: { scale: 1e3, dual: true },
    الفين: { scale: 1e3, dual: true },
    الفي: { scale: 1e3, dual: true },
    مليونان: { scale: 1e6, dual: true },
    مليونين: { scale: 1e6, dual: true },
    مليوني: { scale: 1e6, dual: true },
    ملياران: { scale: 1e9, dual: true },
    مليارين: { scale: 1e9, dual: true },
    ملياري: { scale: 1e9, dual: true },
    الاف: { scale: 1e3, plural: true },
    ملايين: { scale: 1e6, plural: true },
    مليارات: { scale: 1e9, plural: true },
    تريليونات: { scale: 1e12, plural: true },
  }),
);
/**
 * Plurals of vagueness (عشرات "tens of", مئات "hundreds of"…). An Arabic plural means at
 * least three, so "مئات" is read as the range [300, 999]; followed by a scale (مئات الآلاف)
 * both bounds are multiplied.
 */
const APPROX: ReadonlyMap<string, number> = new Map(
  Object.entries({ عشرات: 10, مئات: 100, الاف: 1e3, ملايين: 1e6, مليارات: 1e9 }),
);
const APPROX_MIN_FACTOR = 3;
const APPROX_MAX_FACTOR = 10;

const PERCENT_WORDS = new Set(["بالمائه", "بالمئه", "بالمايه", "%"]);
const PERCENT_AFTER_FI = new Set(["المائه", "المئه"]);
/** A percent word with the next preposition typed against it (90 بالمئةمن جسدها), folded; group 1 is the percent word. */
const GLUED_PERCENT = /^(بالمائه|بالمئه|بالمايه|المائه|المئه)(?:من|في|علي|عن|الي)$/;
const RANGE_WORDS = new Set(["الي", "حتي", "لغايه"]);
/** Words before the first bound of a worded range (من 5 إلى 10، ما بين 5 و10). */
const RANGE_OPENERS = new Set(["من", "بين", "مابين"]);

/** Broken plurals and irregular singulars of nouns commonly counted in news (folded). */
const SINGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    اشخاص: "شخص",
    قتلي: "قتيل",
    جرحي: "جريح",
    عناصر: "عنصر",
    اطفال: "طفل",
    رجال: "رجل",
    نساء: "امراه",
    جنود: "جندي",
    دول: "دوله",
    مدن: "مدينه",
    قري: "قريه",
    منازل: "منزل",
    بيوت: "بيت",
    ايام: "يوم",
    اشهر: "شهر",
    شهور: "شهر",
    سنوات: "سنه",
    سنين: "سنه",
    اعوام: "عام",
    عقود: "عقد",
    قرون: "قرن",
    ساعات: "ساعه",
    دقائق: "دقيقه",
    اسابيع: "اسبوع",
    طلاب: "طالب",
    عمال: "عامل",
    اسري: "اسير",
    صواريخ: "صاروخ",
    قذائف: "قذيفه",
    دولارات: "دولار",
    ريالات: "ريال",
    جنيهات: "جنيه",
    دنانير: "دينار",
    دراهم: "درهم",
    امتار: "متر",
    كيلومترات: "كيلومتر",
    اطنان: "طن",
    // The accusative of a three-letter noun (500 طنا), too short for the tanween rule of `unitOf`.
    طنا: "طن",
    براميل: "برميل",
    نواب: "نائب",
    اعضاء: "عضو",
    ضحايا: "ضحيه",
    مشاريع: "مشروع",
    مواقع: "موقع",
    احزاب: "حزب",
    اصوات: "صوت",
    مقاعد: "مقعد",
    افراد: "فرد",
    مسلحين: "مسلح",
    ملايين: "مليون",
    مليارات: "مليار",
    الاف: "الف",
    شبان: "شاب",
    شباب: "شاب",
    مرضي: "مريض",
    اطباء: "طبيب",
    سجناء: "سجين",
    معتقلين: "معتقل",
    لاجئين: "لاجئ",
    وزراء: "وزير",
    وظائف: "وظيفه",
    وثائق: "وثيقه",
    وفيات: "وفاه",
    وسائل: "وسيله",
    وجبات: "وجبه",
    // Sound plurals whose singular the suffix rules of `unitOf` do not give.
    اخرين: "اخر",
    اخرون: "اخر",
    مباريات: "مباراه",
    مستشفيات: "مستشفي",
    مستويات: "مستوي",
    معسكرات: "معسكر",
    مشروعات: "مشروع",
    مخيمات: "مخيم",
    مستودعات: "مستودع",
    مسارات: "مسار",
    ممرات: "ممر",
    مقترحات: "مقترح",
    مجالات: "مجال",
    محلات: "محل",
    مطارات: "مطار",
    ملفات: "ملف",
    حسابات: "حساب",
    قطاعات: "قطاع",
    كيانات: "كيان",
    بلاغات: "بلاغ",
    قرارات: "قرار",
    عقارات: "عقار",
    نباتات: "نبات",
    طلبات: "طلب",
    تعادلات: "تعادل",
    تجمعات: "تجمع",
    اطارات: "اطار",
    عيارات: "عيار",
    قضايا: "قضيه",
    // Broken plurals whose singular the corpus also counts (SaudiNewsNet + ANT: 47 نقاط beside 82 نقطة).
    نقاط: "نقطه",
    اهداف: "هدف",
    سفن: "سفينه",
    مرات: "مره",
    اضعاف: "ضعف",
    اميال: "ميل",
    مراكز: "مركز",
    تصاريح: "تصريح",
    الغام: "لغم",
    قاده: "قائد",
    ضباط: "ضابط",
    سياح: "سائح",
    ركاب: "راكب",
    مصانع: "مصنع",
    جثث: "جثه",
    حجاج: "حاج",
    ثوان: "ثانيه",
    هواتف: "هاتف",
    بنوك: "بنك",
    مراحل: "مرحله",
    اشواط: "شوط",
    مواسم: "موسم",
    طوابق: "طابق",
    محاور: "محور",
    مكاتب: "مكتب",
    ملاعب: "ملعب",
    رؤساء: "رئيس",
    شهداء: "شهيد",
    اجهزه: "جهاز",
    رسائل: "رساله",
    مناطق: "منطقه",
    مدارس: "مدرسه",
  }),
);
/** Time units: the same count of days in two articles is rarely the same quantity. */
const TIME_UNITS = new Set(["يوم", "شهر", "سنه", "عام", "عقد", "قرن", "ساعه", "دقيقه", "اسبوع", "ثانيه", "ليله"]);
/** Words before a number that make it a name (رقم 89، القرار 1373), not a quantity. */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  "رقم",
  "برقم",
  "الرقم",
  "ورقم",
  // Ordinal positions a number indexes (في الدقيقة 20 من المباراة، المركز 14، المادة 12): not a count.
  "الدقيقه",
  "المركز",
  "المرتبه",
  "الجوله",
  "الماده",
  "البند",
  "الفقره",
  "الصفحه",
  "الحلقه",
]);
/**
 * Words around a number that make it a clock time, not a count: after it (1056 بتوقيت جرينتش، 10 صباحا)
 * or before it (الساعة 10).
 */
const CLOCK_AFTER: ReadonlySet<string> = new Set([
  "بتوقيت",
  "توقيت",
  "صباحا",
  "صباح",
  "مساء",
  "مساءا",
  "ظهرا",
  "عصرا",
  "ليلا",
  "فجرا",
]);
const CLOCK_BEFORE: ReadonlySet<string> = new Set(["الساعه", "والساعه", "بالساعه"]);
/** Adverbs that follow a number without being what it counts (نحو 50 تقريبا، 3 مرات يوميا). */
const ADVERBS_AFTER_NUMBERS: ReadonlySet<string> = new Set([
  "تقريبا",
  "فقط",
  "فحسب",
  "يوميا",
  "سنويا",
  "شهريا",
  "اسبوعيا",
  "ايضا",
  "حاليا",
  "مجددا",
  // بدءا من، ابتداء من، اعتبارا من: "starting from", the start of what follows.
  "بدءا",
  "ابتداء",
  "اعتبارا",
]);
/** A preposition with a pronoun (3 منهم، شخص واحد بإمكانه، 5 لديهم), folded: never what a number counts. */
const PREPOSITION_PRONOUNS: ReadonlySet<string> = new Set(
  ["من", "عن", "في", "ب", "ل", "علي", "الي", "لدي", "بامكان", "عند", "مع", "بين"].flatMap((p) =>
    ["ه", "ها", "هم", "هما", "هن", "كم", "نا"].map((x) => `${p}${x}`),
  ),
);
/** The singular forms the plural table leads to (شخص، طفل…). */
const SINGULAR_FORMS: ReadonlySet<string> = new Set(SINGULAR.values());
/** Shortest folded word accepted as a counted noun. */
const MIN_UNIT_LENGTH = 2;
/** Shortest word whose final ا is taken for the accusative ending (عنصرا → عنصر). */
const MIN_TANWEEN_LENGTH = 4;
/** Shortest word whose sound-plural ending (ات، ين، ون) is removed. */
const MIN_SOUND_PLURAL_LENGTH = 5;

/**
 * The word without an article-bearing prefix (ال، وال، بال، لل، كال، فال). A counted noun
 * carries no bare conjunction (it was rejected before), and a bare ف/و is often a root letter
 * (فلسطينيين، وحدات), so `stripClitics` would over-strip here.
 */
function stripArticle(w: string): string {
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= MIN_UNIT_LENGTH) return w.slice(p.length);
  }
  return w;
}
const ARTICLE_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"] as const;

/**
 * Singular folded dictionary form of a counted noun (folded input, clitics allowed).
 *
 * @example
 * unitOf(foldText("أشخاص")); // "شخص"
 * unitOf("عنصرا"); // "عنصر"
 * unitOf("المصابين"); // "مصاب"
 */
export function unitOf(folded: string): string {
  let w = stripArticle(folded);
  const direct = SINGULAR.get(w);
  if (direct) return direct;
  // هدايا، شظايا، خلايا (فعايا): the final ا is the plural's, not the accusative's; the singular is فعية.
  if (/^\p{L}{2}ايا$/u.test(w)) return `${w.slice(0, 2)}يه`;
  if (w.length >= MIN_TANWEEN_LENGTH && w.endsWith("ا") && !w.endsWith("اا")) {
    w = w.slice(0, -1);
    const s = SINGULAR.get(w);
    if (s) return s;
  }
  if (w.length >= MIN_SOUND_PLURAL_LENGTH) {
    if (w.endsWith("ات")) {
      const stem = w.slice(0, -2);
      if (WATT.test(w)) return w;
      return MASCULINE_AT_STEM.test(stem) ? stem : `${stem}ه`;
    }
    if (w.endsWith("ين") || w.endsWith("ون")) {
      const stem = w.slice(0, -2);
      return SOUND_PLURAL_STEM.test(stem) ? stem : w;
    }
  }
  return w;
}

/**
 * Singulars of an ات plural that take no ة: a final hamza (لقاءات، إجراءات، اعتداءات), verbal nouns of the
 * derived forms (اتهامات، انتصارات، اتجاهات، استنكارات، إصدارات، تطبيقات، تشكيلات) and units of measure
 * (كيلوغرامات، سنتيمترات، هكتارات، يوروات). Folded stems, without ات. استراحات، استقالات are feminine.
 */
const MASCULINE_AT_STEM =
  /^(?:\p{L}+ء|(?!است)ا\p{L}ت\p{L}ا\p{L}|ان\p{L}\p{L}ا\p{L}|است\p{L}\p{L}ا\p{L}|ا\p{L}\p{L}ا\p{L}|ت\p{L}\p{L}ي\p{L}|\p{L}*(?:متر|غرام|جرام|هكتار|يورو|سنت|بنس))$/u;
/** Units of power, singular though they end in ات (ميجاوات، ميغاوات، جيجاوات، كيلووات). */
const WATT = /(?:ميجا|ميغا|جيجا|غيغا|كيلو)وات$/;
/**
 * Stems a sound plural's ين or ون is taken from: participles (مصاب، متظاهر، مقاتل), adjectives of origin
 * (مدني، فلسطيني), فاعل (عامل، لاعب، ناخب), فعّال (جوال، طيار) and فعيل (خريج). Elsewhere the ending is
 * the word's own: تمرين، توربين، قانون، حلزون، كانون، أستون.
 */
const SOUND_PLURAL_STEM = /^(?:م\p{L}{2,}|\p{L}{2,}ي|\p{L}ا\p{L}{2}|\p{L}{2}[اي]\p{L})$/u;

// ---- parsing ---------------------------------------------------------------------------

interface Parsed {
  value: number;
  max?: number;
  /** Index of the first token after the number. */
  next: number;
  /** Folded start and end of the number's text. */
  s: number;
  e: number;
  percent?: boolean;
  /** Approximate plural (a range by nature). */
  approx?: boolean;
  /** A scale word was applied (1.5 مليون): the number is not a bare year. */
  scaled?: boolean;
  /** The scale of the number's last word (1e6 for مليونين، 3 ملايين): a smaller part may follow it after و. */
  lastScale?: number;
}

/**
 * The digits of a number token in reading order. Outlets that type figures into a right-to-left line
 * make them LOOK right, so the groups are stored last first: split by the Arabic separator ر (5ر1 is 1.5;
 * `separatorR` says which ر is a decimal point), or by a dot with a right-to-left mark after it (aawsat's
 * 95.\u200f56 دولار للبرميل is 56.95, 960.\u200f407.\u200f1 يورو is 1,407,960). `marked`: the original
 * token has that mark (folding drops it). Marked dots are read from this by `decimalOf`; `quantityOf` reads
 * a scaled figure's digits from it.
 *
 * @example
 * readingOrder("5ر1", false); // "1.5"
 * readingOrder("50.1104", true); // "1104.50"
 */
function readingOrder(w: string, marked: boolean): string {
  if (w.includes("ر")) return w.split("ر").reverse().join(".");
  if (marked && !w.includes(",")) return w.split(".").reverse().join(".");
  return w;
}

/** A dot followed by a right-to-left mark between digits: a figure stored last group first (see `readingOrder`). */
const MARKED_DOT = /[.٫]\u200f+[0-9٠-٩۰-۹]/;

/**
 * The figure SaudiNewsNet writes with the Arabic separator ر (about 215 articles: SPA's releases and the
 * Reuters copy aawsat and aleqtisadiya carry), as decimal text; groups are stored last first (see
 * `readingOrder`). One ر is the decimal point whatever the digits after it: 29ر53 دولارا is 53.29, 0963ر1
 * دولار 1.0963, 321ر97 the dollar index at 97.321 (the close alweeam and alyaum print), 935ر6 مليون 6.935
 * million. SPA's releases also write thousands with it: several ر (540ر999ر45 ريال is 45,999,540), and one
 * before three digits with no scale after them when they are 000 ((000ر22) مسلم is 22,000) or the figure
 * is set off by brackets or slashes as those releases set figures off (`setOff`: ( 500ر307 ) متر مكعب is
 * 307,500; / 837ر72 / متر طولي the 72,837 metres alriyadh and alwatan print). A fraction comes first,
 * after a slash: 94/000ر59 is 59,000.94. Null when the groups fit neither reading.
 *
 * @example
 * separatorR("321ر97", false, false); // "97.321"
 * separatorR("000ر22", false, true); // "22000"
 * separatorR("94/000ر59", false, false); // "59000.94"
 */
function separatorR(w: string, scaleFollows: boolean, setOff: boolean): string | null {
  const slash = w.indexOf("/");
  const fraction = slash < 0 ? "" : w.slice(0, slash);
  const groups = w
    .slice(slash + 1)
    .split("ر")
    .reverse();
  const [whole, after] = groups;
  if (whole === undefined || after === undefined) return null;
  const thousands =
    fraction !== "" || groups.length > 2 || (after.length === 3 && !scaleFollows && (after === "000" || setOff));
  if (!thousands) return `${whole}.${after}`;
  if (whole.length > 3 || !groups.slice(1).every((g) => g.length === 3)) return null;
  return fraction === "" ? groups.join("") : `${groups.join("")}.${fraction}`;
}

/**
 * The decimal text of a digit token as the outlet means it (2,500 → "2500", 2,5 → "2.5", 5ر1 → "1.5"), or
 * null: the exact figure written, which `Number` and `scaled` read without floating-point noise. `marked`
 * and `setOff` as for `readingOrder` and `separatorR`.
 *
 * @example
 * decimalOf("2.500", { marked: false, scaleFollows: true, setOff: false }); // "2.500"
 */
function decimalOf(
  w: string,
  o: { marked: boolean; scaleFollows: boolean; setOff: boolean; decimalContext?: boolean },
): string | null {
  if (w.includes("ر")) return separatorR(w, o.scaleFollows, o.setOff);
  // One marked dot is a decimal point whatever follows it: aawsat writes no thousands separator in its
  // figures (249.\u200f302 كلم is 302.249 km, 395.\u200f97 is an index at 97.395).
  if (o.marked && w.indexOf(".") === w.lastIndexOf(".")) return readingOrder(w, true);
  return digitDecimal(readingOrder(w, o.marked), o.scaleFollows || o.decimalContext === true);
}

/**
 * `value` times a power of ten, exact to the digits written: 2.05 مليار is 2,050,000,000, where
 * `2.05 * 1e9` is 2049999999.9999998 (the decimal point moves in the text, not in binary).
 */
function scaled(value: number | string, scale: number): number {
  const decimal = String(value);
  if (/e/i.test(decimal)) return Number(decimal) * scale;
  return Number(`${decimal}e${Math.round(Math.log10(scale))}`);
}

/**
 * Reads a digit token as decimal text: 2,500 → 2500; 2,5 → 2.5; 3.5 → 3.5; 2.500 → 2500 unless a scale follows
 * (or `decimalFollows`: a context where figures are decimals, see `decimalContext`); 0.439 → 0.439 (no thousands
 * group starts with a lone 0).
 */
function digitDecimal(w: string, decimalFollows: boolean): string | null {
  const parts = w.split(/[.,]/);
  if (parts.length === 1) return w;
  const seps = w.replace(/[0-9]/g, "");
  const groups3 = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
  if (seps.length >= 2) {
    const same = seps.split("").every((c) => c === seps[0]);
    if (same && groups3) return parts.join(""); // 1,200,000 / 1.200.000
    // 1,234.5 or 1.234,5: the last separator is the decimal one.
    const last = seps[seps.length - 1];
    const intPart = parts.slice(0, -1);
    if (!intPart.slice(1).every((p) => p.length === 3)) return null;
    const dec = parts[parts.length - 1]!;
    if (
      seps
        .slice(0, -1)
        .split("")
        .some((c) => c === last)
    )
      return null;
    return `${intPart.join("")}.${dec}`;
  }
  // One separator. Three digits after it read as thousands (2,500 / 2.500 عنصر) unless a
  // scale word follows, where decimals are the norm (2.500 مليار = 2.5 billion), or the context is one of
  // decimals, or the whole part is 0 (0.439 درهم).
  if (groups3 && !decimalFollows && parts[0] !== "0") return parts.join("");
  return `${parts[0]}.${parts[1]}`;
}

/** Strips one attached و/ب/ل/ف when the rest is a number word; returns [word, clitic length]. */
function numberWord(w: string): [string, number] {
  if (isNumberWord(w)) return [w, 0];
  if (w.length >= 4 && "وبلف".includes(w[0]!) && isNumberWord(w.slice(1))) return [w.slice(1), 1];
  return [w, 0];
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [UNITS, TENS, HUNDREDS, SCALES, TEEN_HEADS, APPROX].flatMap((m) => [...m.keys()]),
);

function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

/**
 * A number word standing alone or with one attached و/ب/ل/ف (the words `numberWord` reads), longest
 * first so that an alternative never stops inside a longer word.
 */
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])[وبلف]?(?:${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])`,
  "u",
);

/**
 * False when `findNumbers` can find nothing in the folded text: it holds no digit and no number
 * word. A cheap test for callers that read many short texts, most without a number (headlines).
 *
 * @example
 * mayHoldNumbers(foldText("مقتل سبعة أشخاص")); // true
 * mayHoldNumbers(foldText("مؤشر سوق الأسهم يغلق على انخفاض")); // false
 */
export function mayHoldNumbers(folded: string): boolean {
  return /[0-9]/.test(folded) || NUMBER_WORD.test(folded);
}

/**
 * The value of a folded text that is one number and nothing else, in digits or in words (4، اربعه، خمسه
 * وعشرون، ثلاثه الاف، 2,500); null otherwise. For comparing two wordings of one figure, not for finding
 * numbers in running text (see `findNumbers`).
 *
 * @example
 * numberValue(foldText("خمسة وعشرون")); // 25
 * numberValue("30"); // 30
 * numberValue(foldText("ثلاثين يوما")); // null
 */
export function numberValue(folded: string): number | null {
  const toks = tokens(folded);
  const first = toks[0];
  if (first === undefined) return null;
  if (first.kind === "num") {
    const decimal =
      toks.length === 1 ? decimalOf(first.w, { marked: false, scaleFollows: false, setOff: false }) : null;
    return decimal === null ? null : Number(decimal);
  }
  const p = parseWords(toks, 0);
  return p !== null && p.next === toks.length ? p.value : null;
}

enum Cls {
  None = 0,
  Unit = 1,
  Tens = 2,
  Hundreds = 3,
  Scale = 4,
}

/** Parses a run of number words starting at token i (ثلاثة آلاف وخمسمائة وعشرون → 3520). */
/** The first word of an ordinal teen (الحادية عشرة، الثاني عشر), without article or feminine ending. */
const ORDINAL_TEEN_HEADS = new Set(["حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"]);

function isOrdinalTeenHead(w: string): boolean {
  const bare = w.replace(/^(?:[وفلب]?ال)/, "").replace(/ه$/, "");
  return ORDINAL_TEEN_HEADS.has(bare);
}

function parseWords(toks: Tok[], i: number): Parsed | null {
  // النسخة الحادية عشرة: the عشرة of an ordinal counts nothing.
  if ((toks[i]?.w === "عشر" || toks[i]?.w === "عشره") && isOrdinalTeenHead(toks[i - 1]?.w ?? "")) return null;
  let total = 0;
  let current = 0;
  let last = Cls.None;
  let j = i;
  let s = -1;
  let e = -1;
  let words = 0;
  let lastScale = 0;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.kind !== "word") break;
    let w = t.w;
    let off = 0;
    const hasWaw = w.length > 1 && w[0] === "و" && !isNumberWord(w);
    if (hasWaw) {
      if (words === 0) {
        [w, off] = numberWord(w);
      } else {
        w = w.slice(1);
        off = 1;
      }
    } else if (words === 0) [w, off] = numberWord(w);
    const cls =
      UNITS.has(w) || TEEN_HEADS.has(w)
        ? Cls.Unit
        : TENS.has(w)
          ? Cls.Tens
          : HUNDREDS.has(w)
            ? Cls.Hundreds
            : SCALES.has(w)
              ? Cls.Scale
              : Cls.None;
    if (cls === Cls.None) break;
    if (words > 0 && hasWaw) {
      // و joins a smaller part after a larger one (ثلاثة آلاف وخمسمائة), or tens after a unit (خمسة وعشرون).
      const ok =
        last === Cls.Scale || (last === Cls.Hundreds && cls <= Cls.Tens) || (last === Cls.Unit && cls === Cls.Tens);
      if (!ok) break;
    } else if (
      words > 0 &&
      !(cls === Cls.Scale || (cls === Cls.Hundreds && last === Cls.Unit) || w === "عشر" || w === "عشره")
    ) {
      break;
    }
    if (cls === Cls.Unit) {
      const teen = TEEN_HEADS.get(w);
      const next = toks[j + 1];
      if (
        (teen !== undefined || UNITS.has(w)) &&
        next &&
        (next.w === "عشر" || next.w === "عشره") &&
        w !== "عشر" &&
        w !== "عشره"
      ) {
        current += 10 + (teen ?? UNITS.get(w)!);
        if (s < 0) s = t.s + off;
        e = next.e;
        j += 2;
        words += 2;
        last = Cls.Unit;
        continue;
      }
      if (teen !== undefined) break;
      current += UNITS.get(w)!;
    } else if (cls === Cls.Tens) current += TENS.get(w)!;
    else if (cls === Cls.Hundreds) {
      // ثلاث مئة: a unit before مئة multiplies it.
      if (last === Cls.Unit && !hasWaw && (w === "مائه" || w === "مئه")) current *= 100;
      else current += HUNDREDS.get(w)!;
    } else {
      const sc = SCALES.get(w)!;
      if (sc.plural && (current < 3 || current > 10)) break;
      lastScale = sc.scale;
      if (sc.dual) total += (current === 0 ? 2 : current) * sc.scale;
      else total += (current === 0 ? 1 : current) * sc.scale;
      current = 0;
    }
    if (s < 0) s = t.s + off;
    e = t.e;
    last = cls;
    words++;
    j++;
  }
  if (words === 0) return null;
  const p: Parsed = { value: total + current, next: j, s, e };
  if (last === Cls.Scale) p.lastScale = lastScale;
  return p;
}

interface Ctx {
  text: string;
  toks: Tok[];
  /** Token indices inside dates. */
  inDate: Uint8Array;
  /** Digit tokens whose original has a dot with a right-to-left mark (`MARKED_DOT`): stored last group first. */
  marked: Uint8Array;
}

/**
 * The digit token at i alone between brackets, quote marks or slashes: (12)، «12»، ” 12 ”، / 17 / يوما (SPA's
 * releases). Slashes next to a number are a date's or a fraction's (24 /9 / إلى 5 /10), and slashes that
 * touch a word outside them a path's (/192075/http), not brackets.
 */
function isBracketed(toks: readonly Tok[], i: number): boolean {
  const open = toks[i - 1];
  const close = toks[i + 1];
  if (open?.w === "/" && close?.w === "/") {
    const before = toks[i - 2];
    const after = toks[i + 2];
    if (before?.kind === "num" || after?.kind === "num") return false;
    return (before === undefined || before.e < open.s) && (after === undefined || after.s > close.e);
  }
  return (open?.w === "(" && close?.w === ")") || (open?.w === '"' && close?.w === '"');
}

/** Words of a share (سهم) in a market report; a price after one is a share's (وصولا إلى سعر 2.060 درهم). */
const SHARE_WORDS = new Set(["سهم", "السهم", "للسهم", "اسهم", "الاسهم", "لاسهم", "سهمه"]);
const PRICE_WORDS = new Set(["سعر", "بسعر", "وبسعر"]);
/** How far back (tokens) a share price looks for its share: the report names the company's share before its price. */
const SHARE_WINDOW = 20;
/** An index (مؤشر الدولار، المؤشر، مؤشره) and a currency basket: the dollar index, quoted to three decimals. */
const INDEX_WORD = /^[وف]?(?:ال|لل)?مؤشر(?:ه|ها)?$/;
const CURRENCY_WORD = /^[وف]?(?:ال|لل|ب)?(?:دولار|عملات)$/;
/** How far back (tokens) the index word, and the currency it measures, may stand. */
const INDEX_WINDOW = 15;
const CURRENCY_WINDOW = 30;

/**
 * True where a figure with three digits after one dot or comma is a decimal, not thousands. Reuters copy and
 * market reports quote decimals to three places (SaudiNewsNet and ANT, 2,054 such figures, read by context):
 * a percentage (14.920 في المائة، 3.776 %), a share's price (سعر سهم … وصولا إلى سعر 2.060 درهم), the dollar
 * index against a basket of currencies (ارتفع مؤشر الدولار … إلى 97.395; Okaz prints 97,765), not points of a
 * stock index (9,000 نقطة، 23.860 نقطة are thousands). Elsewhere (amounts, counts, weights, areas) the corpus
 * writes thousands: 10.000 ريال، 91.400 ريال، 363.378 شخصا.
 */
function decimalContext(ctx: Ctx, i: number, next: number): boolean {
  const { toks } = ctx;
  const n = toks[next];
  if (n && (PERCENT_WORDS.has(n.w) || (n.w === "في" && PERCENT_AFTER_FI.has(toks[next + 1]?.w ?? "")))) return true;
  if (toks[i - 1]?.w === "%") return true;
  const before = (k: number) => toks.slice(Math.max(0, i - k), i).map((t) => t.w);
  if (PRICE_WORDS.has(toks[i - 1]?.w ?? "") && before(SHARE_WINDOW).some((w) => SHARE_WORDS.has(w))) return true;
  if (n?.w === "نقطه" || n?.w === "نقاط") return false;
  return (
    before(INDEX_WINDOW).some((w) => INDEX_WORD.test(w)) && before(CURRENCY_WINDOW).some((w) => CURRENCY_WORD.test(w))
  );
}

/** A number (digits or words) starting at token i, with its scale, without range or unit. */
function parseNumber(ctx: Ctx, i: number): Parsed | null {
  const { toks, text } = ctx;
  const t = toks[i];
  if (!t || ctx.inDate[i]) return null;
  if (t.kind === "num") {
    // Alphanumeric names (كوفيد-19، F16، A320) and times (10:30) are not quantities.
    const before = text[t.s - 1];
    // One attached و/ب/ل/ف/ك (و2.5 مليون، ب10 آلاف) is a clitic, not part of a name.
    const clitic = before !== undefined && "وبلفك".includes(before) && !/[\p{L}\p{N}]/u.test(text[t.s - 2] ?? "");
    if (before !== undefined && /[\p{L}]/u.test(before) && !clitic) return null;
    if (before === "-" && /[\p{L}]/u.test(text[t.s - 2] ?? "")) return null;
    const after = text[t.e];
    if (after !== undefined && /[\p{L}]/u.test(after) && !"موهـ".includes(after)) return null;
    if (after === ":" && /[0-9]/.test(text[t.e + 1] ?? "")) return null;
    if (before === ":" && /[0-9]/.test(text[t.s - 2] ?? "")) return null;
    // (12) مليون، «160» مليون ريال: a bracketed or quoted number (folding makes every quote mark ")
    // still takes the scale and the noun after the closing mark.
    const setOff = isBracketed(toks, i);
    const bracketed = setOff && toks[i + 2]?.kind === "word";
    const nextTok = bracketed ? toks[i + 2] : toks[i + 1];
    const sc = nextTok?.kind === "word" ? SCALES.get(nextTok.w) : undefined;
    const decimal = decimalOf(t.w, {
      marked: ctx.marked[i] === 1,
      scaleFollows: sc !== undefined,
      setOff,
      decimalContext: /^[0-9]{1,3}[.,][0-9]{3}$/.test(t.w) && decimalContext(ctx, i, bracketed ? i + 2 : i + 1),
    });
    const v = decimal === null ? Number.NaN : Number(decimal);
    if (decimal === null || !Number.isFinite(v)) return null;
    const s = bracketed ? toks[i - 1]!.s : t.s;
    if (sc && !sc.dual) {
      return {
        value: scaled(decimal, sc.scale),
        next: i + (bracketed ? 3 : 2),
        s,
        e: nextTok!.e,
        scaled: true,
        lastScale: sc.scale,
      };
    }
    if (bracketed) return { value: v, next: i + 2, s, e: toks[i + 1]!.e };
    return { value: v, next: i + 1, s, e: t.e };
  }
  if (t.kind !== "word") return null;
  const [w0, off] = numberWord(t.w);
  const approx = APPROX.get(w0);
  if (approx !== undefined && !(SCALES.has(w0) && toks[i - 1]?.kind === "num")) {
    let lo = approx * APPROX_MIN_FACTOR;
    let hi = approx * APPROX_MAX_FACTOR - 1;
    let next = i + 1;
    let e = t.e;
    // مئات الآلاف، عشرات الملايين.
    const n = toks[next];
    if (n?.kind === "word") {
      // الآلاف، الملايين; آلاف itself folds to الاف, which only looks definite.
      const sc = SCALES.get(n.w) ?? (n.w.startsWith("ال") ? SCALES.get(n.w.slice(2)) : undefined);
      if (sc?.plural || (sc && !sc.dual)) {
        lo *= sc.scale;
        hi = (hi + 1) * sc.scale - 1;
        next++;
        e = n.e;
      }
    }
    return { value: lo, max: hi, next, s: t.s + off, e, approx: true };
  }
  return parseWords(toks, i);
}

/** Percent marker right after the number: % (also before it, RTL scrapes), بالمائة, في المئة. */
function percentAfter(ctx: Ctx, p: Parsed, startTok: number, taken = -1): Parsed {
  const { toks } = ctx;
  const n = toks[p.next];
  if (n && PERCENT_WORDS.has(n.w)) return { ...p, percent: true, next: p.next + 1, e: n.e };
  if (n?.w === "في" && PERCENT_AFTER_FI.has(toks[p.next + 1]?.w ?? "")) {
    return { ...p, percent: true, next: p.next + 2, e: toks[p.next + 1]!.e };
  }
  // 90 بالمئةمن جسدها: the span ends with the percent word.
  const glued = n?.kind === "word" ? GLUED_PERCENT.exec(n.w) : null;
  if (glued && PERCENT_WORDS.has(glued[1]!))
    return { ...p, percent: true, next: p.next + 1, e: n!.s + glued[1]!.length };
  const fi = toks[p.next + 1];
  const gluedFi = n?.w === "في" && fi?.kind === "word" ? GLUED_PERCENT.exec(fi.w) : null;
  if (gluedFi && PERCENT_AFTER_FI.has(gluedFi[1]!)) {
    return { ...p, percent: true, next: p.next + 2, e: fi!.s + gluedFi[1]!.length };
  }
  const b = toks[startTok - 1];
  // A % before the number (RTL scrapes: %30), unless the previous number already took it (30% 40).
  if (b?.w === "%" && b.e === toks[startTok]!.s && b.s >= taken) return { ...p, percent: true, s: b.s };
  return p;
}

/**
 * Words that make «من X» after a number a part of a whole that a second number counts: من أصل، من إجمالي، من
 * مجموع، من بين، من آخر (folded). Not the counted noun (أصل had been read as one in 66 of 87 «N من أصل M» in
 * SaudiNewsNet + ANT): the part counts what the whole counts (20 من أصل 30 مقعدا), or nothing.
 */
const PARTITIVE_HEADS = new Set(["اصل", "اجمالي", "مجموع", "بين", "اخر"]);

/**
 * What a number counts when «من أصل M …» follows it (token k is the من): M's counted noun, or null when M
 * has none; undefined when no part-of-a-whole follows.
 *
 * @example
 * // "فاز بـ 20 من أصل 30 مقعدا": the 20 counts مقعد, as the 30 does.
 */
function partitiveUnit(ctx: Ctx, k: number): string | null | undefined {
  const { toks } = ctx;
  if (toks[k]?.w !== "من" || !PARTITIVE_HEADS.has(toks[k + 1]?.w ?? "")) return undefined;
  const whole = parseNumber(ctx, k + 2);
  if (!whole) return undefined;
  return percentAfter(ctx, whole, k + 2).percent ? null : unitAfter(ctx, whole.next, whole.approx === true);
}

/** The counted noun after token index `k`, or the one its whole counts (`partitiveUnit`). */
function partitiveOrUnit(ctx: Ctx, k: number, approx: boolean): string | null {
  const whole = partitiveUnit(ctx, k);
  return whole === undefined ? unitAfter(ctx, k, approx) : whole;
}

/**
 * Nouns ending in و whose accusative (عضوا، كيلوا) ends as a past verb of «they» does (قتلوا، أصيبوا), folded.
 */
const WAW_NOUNS: ReadonlySet<string> = new Set(["عضو", "كيلو", "يورو", "مدعو", "نمو", "عدو", "فيديو", "راديو"]);
/** A present verb's shape (يمثل، تشمل، سيكون، يحتاجون): ي، ت or ن, with the future's س, and three letters or more. */
const PRESENT_VERB_SHAPE = /^[وف]?س?[يتن]\p{L}{3,}$/u;
/** Nouns of that shape: verbal nouns تفعيل، تفاعل (تمرين، تطبيق، تابع), sound plurals, accusatives (تحديا). */
const PRESENT_SHAPED_NOUN = /^(?:ت..ي.|تا\p{L}+|\p{L}+(?:ات|ين|ا))$/u;
/**
 * A present verb of «they» (يحملون، ينحدرون، يلعبون): ي or ت, three letters or more, ون; not after ي, where
 * the word is a people's plural (يمنيون، يابانيون).
 */
const PRESENT_PLURAL_VERB = /^[وف]?س?[يت]\p{L}{2,}[^ي]ون$/u;
/** Object pronouns a verb carries (خاضها، أحرزها، سجلهما، يشتريها), folded. */
const OBJECT_PRONOUN = /^(\p{L}{3,}?)(?:ها|هما|هم|هن)$/u;

/**
 * True when the word after a number is a verb, which counts nothing: the number is its subject or object
 * (11 قتلوا في قاعدة، 600 أطلقت باتجاه إسرائيل، المباريات الـ 40 التي خاضها). A past verb of «they» (…وا), a
 * verb with an object pronoun, a present verb or a past one of «she» (…ت) the word clusters read as a verb
 * (`isVerbLike`; nouns of those shapes are left alone: تمرين، تابع، انشاءات، بيت).
 *
 * @example
 * verbAfterNumber("قتلوا"); // true
 * verbAfterNumber("عضوا"); // false
 */
function verbAfterNumber(w: string): boolean {
  if (w.length >= 4 && w.endsWith("وا")) return !WAW_NOUNS.has(w.slice(0, -1));
  if (PRESENT_PLURAL_VERB.test(w)) return true;
  const pronoun = OBJECT_PRONOUN.exec(w);
  if (pronoun && isVerbLike(pronoun[1]!)) return true;
  if (PRESENT_VERB_SHAPE.test(w)) return !PRESENT_SHAPED_NOUN.test(w) && isVerbLike(w);
  return /[^ا]ت$/u.test(w) && isVerbLike(w);
}

/**
 * Superlatives (folded) a part of a whole stands before (واحد من أكبر، من أهم، من أبرز، من أسوأ): 676 numbers of
 * SaudiNewsNet + ANT had one as their counted noun. أشهر (months, or "most famous") is left out.
 */
const SUPERLATIVES: ReadonlySet<string> = new Set(
  "اكبر اهم ابرز اقوي اسوا افضل اكثر اقدم اعلي اخطر اغني اطول اجمل احسن اصغر اقل اسرع ادني اقرب ابعد اوسع اعرق اغلي اشد".split(
    " ",
  ),
);

/** Possessive pronouns on a noun (مقاتليها، رفاقهم، سكانهما، مقدراتنا), folded; a lone ه is handled apart. */
const POSSESSIVE = /^(\p{L}{3,}?)(?:ها|هما|هم|هن|كم|كما|نا)$/u;
/** Letters a noun ends with before a lone possessive ه (قيمته، مرافقيه، أبنائه، ثكناته), where ه is no ة. */
const BEFORE_LONE_HA = /[تيئاوء]$/;
/** Shortest noun left after a possessive or a construct ي is taken off. */
const MIN_POSSESSED_LENGTH = 4;

/**
 * The noun a group after من is named by, without the possessive pronoun or the construct ending it carries
 * (1700 من مقاتليها، من أبرز قادتها، ثلاثة من جنودها، 3 من مسلحي الميليشيا), folded: the construct form goes
 * back to the noun's own (مقاتلي → مقاتل، قادت → قاده، أبنائ → أبناء). A word the plural tables know is left as
 * it is (مستشفي), and so is a lone ه after a consonant unless a known plural is left (عناصره، جنوده; but
 * فريقه، مياه: no telling ه from ة).
 *
 * Returns the noun and whether it is already singular (a construct ي taken off leaves the singular: مقاتل).
 *
 * @example
 * possessed("مقاتليها"); // ["مقاتل", true]
 * possessed("قادتها"); // ["قاده", false]
 */
function possessed(w: string): [string, boolean] {
  if (w.startsWith("ال") || SINGULAR.has(w) || SINGULAR_FORMS.has(w)) return [w, false];
  const pronoun = POSSESSIVE.exec(w);
  let base = pronoun
    ? pronoun[1]!
    : w.endsWith("ه") &&
        w.length > MIN_POSSESSED_LENGTH &&
        (BEFORE_LONE_HA.test(w.slice(0, -1)) || SINGULAR.has(w.slice(0, -1)) || SINGULAR_FORMS.has(w.slice(0, -1)))
      ? w.slice(0, -1)
      : w;
  if (base.length < MIN_POSSESSED_LENGTH - 1) return [w, false];
  if (base.endsWith("ئ")) base = `${base.slice(0, -1)}ء`;
  else if (base.endsWith("ت") && !base.endsWith("ات")) base = `${base.slice(0, -1)}ه`;
  // مقاتلي، مرافقي، قاطني: a sound plural's construct form (مباراتي, a dual, keeps its ي).
  if (base.endsWith("ي") && base.length > MIN_POSSESSED_LENGTH && !base.endsWith("تي")) {
    const stem = base.slice(0, -1);
    if (SOUND_PLURAL_STEM.test(stem) && !SINGULAR_FORMS.has(base)) return [stem, true];
  }
  return [base, false];
}

/** The counted noun after token index `k` (skipping من and an article), folded singular, or null. */
function unitAfter(ctx: Ctx, k: number, approx: boolean): string | null {
  const { toks } = ctx;
  let t = toks[k];
  if (t?.kind !== "word") return null;
  const afterOf = t.w === "من";
  if (afterOf) t = toks[k + 1];
  // واحد من أكبر مناجم الفحم، اثنان من أبرز القادة: "one of the biggest mines"; the noun after the superlative.
  if (afterOf && t?.kind === "word" && SUPERLATIVES.has(t.w)) t = toks[k + 2];
  // 3 من أصل مغربي: of Moroccan origin; أصل, إجمالي… after من are no counted noun.
  if (t?.kind !== "word" || (afterOf && PARTITIVE_HEADS.has(t.w))) return null;
  const w = t.w;
  // With its accusative ending too (240 شخصا، 52 عاما): some of those forms are on the stopword lists.
  const bare = w.length >= MIN_TANWEEN_LENGTH && w.endsWith("ا") ? w.slice(0, -1) : "";
  const known =
    SINGULAR.has(w) || SINGULAR_FORMS.has(w) || TIME_UNITS.has(w) || SINGULAR_FORMS.has(bare) || TIME_UNITS.has(bare);
  // Numbers 3–10 and digits take an indefinite noun (ثلاثة أشخاص، 6 أشخاص); a noun with the
  // article is the start of something else (سبع البحر), unless من or a vague plural precedes.
  if (!afterOf && !approx && w.startsWith("ال") && w.length > 3) return null;
  // للدولار، بالإضافة، للمرة، والمقاتلين: a preposition or a conjunction with the article opens what follows
  // (3.75 ريال للدولار is per dollar, the rate counts riyals), never the noun right after a number.
  if (!afterOf && /^(?:لل|[بكفو]ال)\p{L}{2,}/u.test(w)) return null;
  // A word starting with و after a number is usually a conjunction opening a new clause
  // (قتل 5 وأصيب 10): accept it only as a known noun or a sound plural (وحدات، وزراء).
  if (w[0] === "و" && !known && !/(?:ات|ين|ون)$/.test(w)) return null;
  // The stopword lists carry time nouns (سنوات، يوم، عام) that are real units here.
  if ((!known && isStopwordLoose(w)) || isNumberWord(w) || PERCENT_WORDS.has(w) || PREPOSITION_PRONOUNS.has(w))
    return null;
  if (lookupMonth(w) || lookupWeekday(w) !== undefined || ADVERBS_AFTER_NUMBERS.has(w) || CLOCK_AFTER.has(w))
    return null;
  // After من a pronoun is a possessive (أربعة من رفاقهم، 1700 من مقاتليها, a verb's shape): a noun is read there.
  if (!known && !afterOf && verbAfterNumber(w)) return null;
  const [noun, singular] = afterOf ? possessed(w) : [w, false];
  const u = singular ? noun : unitOf(noun);
  // 1437 يوم الأحد: a day named by its weekday is a date after the number, not what it counts.
  if (
    u === "يوم" &&
    toks[k + (afterOf ? 2 : 1)]?.kind === "word" &&
    lookupWeekday(toks[k + (afterOf ? 2 : 1)]!.w) !== undefined
  )
    return null;
  return u.length >= MIN_UNIT_LENGTH ? u : null;
}

/** Words before a four-digit number that make it a year (في 2019 شهدت). */
const YEAR_CONTEXT = new Set(["في", "وفي", "ففي", "عام", "العام", "منذ", "حتي", "خلال", "بعد", "قبل", "مطلع", "نهايه"]);
/** Events named with their year (مونديال 2018، أولمبياد 2020), folded. */
const EVENT_NAMES = new Set(["مونديال", "اولمبياد", "اكسبو", "رؤيه", "دوره", "بطوله"]);
/** Bare years (في 2021، 2021 شهد) are dates without a date marker: not quantities. */
const MIN_BARE_YEAR = 1900;
const MAX_BARE_YEAR = 2099;
/**
 * Hijri years a news text names (1300–1500 AH, 1882–2077 CE). Numbers in this range are also common
 * counts (1400 شخص), so they are years only with a year word before them or a mark after them.
 */
const MIN_HIJRI_YEAR = 1300;
const MAX_HIJRI_YEAR = 1500;
type Calendar = "hijri" | "gregorian";
/** Nouns a year follows (عام، للعام، والسنة، الموسم، عامي), folded, with their clitics. */
const YEAR_NOUN = /^[وف]?[بل]?(?:ال|ل)?(?:عام|عامي|سنه|سنتي|موسم|موسمي)$/;
/** Adjectives of a year noun that stand between it and the year (للعام الجامعي 1436 - 1437، السنة المالية). */
const YEAR_ADJECTIVES: ReadonlySet<string> = new Set([
  "الجامعي",
  "الدراسي",
  "المالي",
  "الماليه",
  "الدراسيه",
  "الهجري",
  "الهجريه",
  "الميلادي",
  "الميلاديه",
]);
/** Marks after a year naming its calendar (1436هـ، 1436 هجرية، 2015م), folded (هـ folds to ه). */
const YEAR_MARKS: Readonly<Record<Calendar, ReadonlySet<string>>> = {
  hijri: new Set(["ه", "هجري", "هجريه", "للهجره"]),
  gregorian: new Set(["م", "ميلادي", "ميلاديه", "للميلاد"]),
};

/** The calendar whose year range holds a four-digit number token, or null. */
function yearCalendar(t: Tok | undefined): Calendar | null {
  if (t?.kind !== "num" || t.w.length !== 4 || !/^[0-9]{4}$/.test(t.w)) return null;
  const v = Number(t.w);
  if (v >= MIN_HIJRI_YEAR && v <= MAX_HIJRI_YEAR) return "hijri";
  return v >= MIN_BARE_YEAR && v <= MAX_BARE_YEAR ? "gregorian" : null;
}

/**
 * The index of the token after a year, or after a pair of years (1436 - 1437، 1436/1437هـ، 2014-2015),
 * starting at token i; -1 when the number there is not read as a year. A year follows a year noun or its
 * adjective (`prev`: للعام الجامعي 1436 - 1437، الموسم 2015-2016) or carries its calendar's mark
 * (1436هـ، 1437 هجرية، 2015م); a pair of consecutive years (an academic or fiscal year) is one wherever
 * it stands, and so is a pair whose second year the date finder already read (1436 - 1437هـ).
 */
function yearEnd(ctx: Ctx, i: number, prev: string): number {
  const { toks } = ctx;
  const cal = yearCalendar(toks[i]);
  if (cal === null) return -1;
  let next = i + 1;
  let consecutive = false;
  let secondInDate = false;
  const sep = toks[next]?.w;
  const second = toks[next + 1];
  if ((sep === "-" || sep === "/") && yearCalendar(second) === cal) {
    const gap = Number(second!.w) - Number(toks[i]!.w);
    if (gap > 0) {
      consecutive = gap === 1;
      secondInDate = ctx.inDate[next + 1] === 1;
      next += 2;
    }
  }
  const mark = toks[next];
  const marked = mark?.kind === "word" && YEAR_MARKS[cal].has(mark.w);
  if (marked) next++;
  return YEAR_NOUN.test(prev) || YEAR_ADJECTIVES.has(prev) || marked || consecutive || secondInDate ? next : -1;
}

/**
 * A figure written as a scale and a smaller part in digits after و (بمليونين و500 ألف جنيه، مليون و200 ألف لاجئ،
 * 3 آلاف و500 موظف، مليار و150 مليون دينار، مليونا و148 ألفا و 404 حجاج): one amount, the sum. The part must be smaller than the scale before it,
 * so that a range's second bound (بين 100 ألف و150 ألف، بين ألف و1500) stays a bound.
 *
 * @example
 * // "بمليونين و500 ألف جنيه": 2,000,000 + 500,000 = 2,500,000.
 */
function withSmallerPart(ctx: Ctx, p: Parsed): Parsed {
  const { toks } = ctx;
  let out = p;
  while (out.lastScale !== undefined) {
    const waw = toks[out.next];
    const digits = toks[out.next + 1];
    if (waw?.w !== "و" || digits?.kind !== "num") break;
    const part = parseNumber(ctx, out.next + 1);
    if (!part || part.value >= out.lastScale || part.max !== undefined) break;
    const next: Parsed = { ...out, value: out.value + part.value, next: part.next, e: part.e, scaled: true };
    if (part.lastScale === undefined) delete next.lastScale;
    else next.lastScale = part.lastScale;
    out = next;
  }
  return out;
}

/**
 * What the figure after «أو» at token k counts (31 أو 30 هدفا: هدف; 5 أو 6 في المائة: percent), or null: a
 * number before it that names no noun of its own counts the same thing.
 */
function sharedUnit(ctx: Ctx, k: number): string | null {
  if (ctx.toks[k]?.w !== "او") return null;
  const q = parseNumber(ctx, k + 1);
  if (!q) return null;
  if (percentAfter(ctx, q, k + 1).percent) return PERCENT;
  return unitAfter(ctx, q.next, q.approx === true);
}

/** A whole number written with digits only: no separator, no decimal point. */
const PLAIN_INTEGER = /^[0-9]+$/;

/**
 * True when the digit token at i is one side of a pair written with a slash (18 / 10، 2/1، 1436/10/28، 45/ 55):
 * a day and a month, a match score, a ratio or a date — never a quantity with a noun.
 */
function inSlashPair(toks: readonly Tok[], i: number): boolean {
  const plain = (t: Tok | undefined) => t?.kind === "num" && PLAIN_INTEGER.test(t.w);
  return (toks[i - 1]?.w === "/" && plain(toks[i - 2])) || (toks[i + 1]?.w === "/" && plain(toks[i + 2]));
}

/** Characters looked at before a list index for the line or sentence it opens. */
const LIST_LOOKBACK = 6;
/** Marks after a list index (1. ، 1- ، 1)), folded. */
const LIST_MARK = /^[ \t]*[.)\-–][ \t]*(?:$|[^0-9])/;

/**
 * True when the digit token at i indexes a list: it opens a line (\n11. جندي متدرب، \n1- تشغل، \n3) إذا كان
 * اسمك), a sentence (الشهراني. 3. العريف) or, as 1, a list after a colon (كل من: 1. العريف), and a dot, a
 * bracket or a dash follows it.
 */
function isListIndex(text: string, t: Tok): boolean {
  if (!PLAIN_INTEGER.test(t.w) || !LIST_MARK.test(text.slice(t.e, t.e + 3))) return false;
  const from = Math.max(0, t.s - LIST_LOOKBACK);
  const before = /(\n|[^0-9]\.|:|^)[ \t]*\(?$/.exec(text.slice(from, t.s));
  if (before === null || (before[1] === "" && from > 0)) return false;
  // After a colon only the first item: «عدد القتلى: 5.» ends a sentence with a count.
  return before[1] !== ":" || t.w === "1";
}

/**
 * Numbers in `text` with what they count, spans in the original text. Numbers inside dates are
 * skipped: pass the article's date spans (e.g. `findDates(text, publishedAt)`, sorted, disjoint)
 * to save a second date pass; without them the absolute dates are found here.
 *
 * @example
 * findNumbers("قتل 6 أشخاص وأصيب ثلاثة آخرون، ونشر 2,500 عنصر، وارتفعت الأسعار 3.5٪");
 * // [{text: "6", value: 6, unit: "شخص"}, {text: "ثلاثة", value: 3, unit: "اخر"},
 * //  {text: "2,500", value: 2500, unit: "عنصر"}, {text: "3.5٪", value: 3.5, unit: "percent"}]
 * findNumbers("بين 5 و10 آلاف متظاهر")[0]; // {value: 5000, valueMax: 10000, unit: "متظاهر"}
 */
export function findNumbers(text: string, dates?: readonly Span[]): NumberClaim[] {
  try {
    return findNumbersFolded(fold(text), text, dates);
  } catch {
    // Never throw on an article: a bug here must not lose the rest of its annotations.
    return [];
  }
}

/** `findNumbers` over text already folded (errors propagate: tests and debugging). */
export function findNumbersFolded(f: Folded, original: string, dateSpans?: readonly Span[]): NumberClaim[] {
  const toks = tokens(f.text);
  const inDate = new Uint8Array(toks.length);
  const dates = dateSpans ?? findAbsoluteDatesFolded(f, original);
  if (dates.length > 0) {
    // Dates' spans are original offsets; compare through each token's original span.
    let d = 0;
    for (let i = 0; i < toks.length; i++) {
      const os = f.starts[toks[i]!.s]!;
      while (d < dates.length && dates[d]!.end <= os) d++;
      const dt = dates[d];
      if (dt && os >= dt.start && os < dt.end) inDate[i] = 1;
    }
  }
  const marked = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === "num" && t.w.includes(".")) {
      const o = toOriginal(f, { start: t.s, end: t.e });
      if (MARKED_DOT.test(original.slice(o.start, o.end))) marked[i] = 1;
    }
  }
  const ctx: Ctx = { text: f.text, toks, inDate, marked };
  const out: NumberClaim[] = [];
  /** Folded end of the last claim: a later claim never reaches back into it. */
  let lastEnd = 0;
  /** The token after the last claim's number, and what it counts (for a whole after its part, `PARTITIVE_HEADS`). */
  let lastNext = -1;
  let lastUnit: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const first = parseNumber(ctx, i);
    if (!first) continue;
    const p0 = withSmallerPart(ctx, first);
    const startTok = i;
    let p: Parsed = percentAfter(ctx, p0, startTok, lastEnd);
    // Ranges: 5-10, 5 إلى 10, بين 5 و10, من 5 إلى 10.
    const sep = toks[p.next];
    let second: Parsed | null = null;
    // The word before a bracketed number is the one before its bracket (في (2019)، رقم «89»).
    const prev = toks[p0.s < toks[i]!.s ? i - 2 : i - 1]?.w;
    // "إلى" makes a range only after من/بين (من 20 إلى 35); "تراجع 0.5% إلى 0.66" is a change, not a range.
    if (sep && (sep.w === "-" || (RANGE_WORDS.has(sep.w) && RANGE_OPENERS.has(prev ?? "")))) {
      second = parseNumber(ctx, p.next + 1);
    } else if (sep && sep.w === "و" && prev === "بين") second = parseNumber(ctx, p.next + 1);
    else if (sep?.kind === "word" && sep.w[0] === "و" && prev === "بين") {
      // بين خمسة وعشرة: the و is attached to the second number word.
      const w2 = parseWords([{ ...sep, w: sep.w.slice(1), s: sep.s + 1 }, ...toks.slice(p.next + 1, p.next + 4)], 0);
      if (w2) second = { ...w2, next: p.next + w2.next };
    }
    if (second && second.value <= p.value && !second.scaled) second = null;
    if (second) {
      second = percentAfter(ctx, second, p.next + 1, p.e);
      // بين 5 و10 آلاف: a scale on the second bound only applies to both.
      let lo = p.value;
      if (second.scaled && !p.scaled && second.value / p.value >= 100) {
        const scale = second.value >= 1e9 ? 1e9 : second.value >= 1e6 ? 1e6 : 1e3;
        lo = scaled(p.value, scale);
      }
      if (second.value > lo) {
        p = {
          ...p,
          value: lo,
          max: second.value,
          next: second.next,
          e: second.e,
          percent: p.percent === true || second.percent === true,
        };
      }
    }
    // Years are not quantities: one after a year noun or with its calendar's mark, a pair of years
    // (للعام الجامعي 1436 - 1437 يوم الأحد), and a bare Gregorian year or range of years (below).
    const t0 = toks[startTok]!;
    const year = t0.kind === "num" && !p.percent && !p.scaled ? yearEnd(ctx, startTok, prev ?? "") : -1;
    if (year >= 0) {
      i = Math.max(year, p.next) - 1;
      continue;
    }
    // 18 / 10 إلى 21 / 10، فوزه 2/1، \n11. جندي متدرب: dates, scores and list indices count nothing.
    if (
      t0.kind === "num" &&
      p.max === undefined &&
      !p.percent &&
      !p.scaled &&
      (inSlashPair(toks, startTok) || isListIndex(ctx.text, t0))
    ) {
      i = p.next - 1;
      continue;
    }
    const isBareYear =
      yearCalendar(t0) === "gregorian" &&
      (p.max === undefined || (toks[startTok + 1]?.w === "-" && yearCalendar(toks[startTok + 2]) === "gregorian")) &&
      !p.percent &&
      !p.scaled;
    // رقم 89 لسنة 1960، القرار 1373: a number that names something counts nothing.
    let unit = p.percent
      ? PERCENT
      : IDENTIFIER_WORDS.has(prev ?? "") || CLOCK_BEFORE.has(prev ?? "")
        ? null
        : // واحد من بين أربعة أشخاص is "one of", not a count of one person.
          t0.kind === "word" && p.value === 1 && toks[p.next]?.w === "من" && toks[p.next + 1]?.w === "بين"
          ? null
          : partitiveOrUnit(ctx, p.next, p.approx === true);
    // 20 مقعدا من أصل 30: the whole counts what its part counted.
    if (
      unit === null &&
      toks[startTok - 2]?.w === "من" &&
      PARTITIVE_HEADS.has(prev ?? "") &&
      lastUnit !== null &&
      lastUnit !== PERCENT &&
      lastNext + 1 === startTok - 2
    ) {
      unit = lastUnit;
    }
    // تحمل 31 أو 30 هدفا، 5 أو 6 في المائة: two figures for one noun, which the second names.
    if (unit === null && p.max === undefined && !IDENTIFIER_WORDS.has(prev ?? "") && !CLOCK_BEFORE.has(prev ?? "")) {
      unit = sharedUnit(ctx, p.next);
    }
    // كأس العالم 2018، مونديال 2014: a year after a name or a definite word (not 2018 حالة, a count).
    const named = prev !== undefined && ((prev.startsWith("ال") && prev.length > 3) || EVENT_NAMES.has(prev));
    if (isBareYear && (unit === null || YEAR_CONTEXT.has(prev ?? "") || named)) {
      i = p.next - 1;
      continue;
    }
    // 47ر09 بتوقيت جرينتش، الساعة 10.30: a time of day, not a figure.
    if (
      t0.kind === "num" &&
      /[.,ر]/.test(t0.w) &&
      (CLOCK_BEFORE.has(prev ?? "") || CLOCK_AFTER.has(toks[p.next]?.w ?? ""))
    ) {
      i = p.next - 1;
      continue;
    }
    // A lone number word needs a counted noun or a scale (ست and سبع are nouns too).
    if (t0.kind === "word" && unit === null && p.value < 100 && !p.approx) {
      i = p.next - 1;
      continue;
    }
    const { start } = toOriginal(f, { start: p.s, end: p.e });
    let end = toOriginal(f, { start: p.s, end: p.e }).end;
    while (end < original.length && foldUnit(original.charCodeAt(end)) === -1) end++;
    const claim: NumberClaim = { start, end, text: original.slice(start, end), value: p.value, unit };
    if (p.max !== undefined) claim.valueMax = p.max;
    out.push(claim);
    lastEnd = p.e;
    lastNext = p.next;
    lastUnit = unit;
    i = p.next - 1;
  }
  return out;
}

// ---- what a claim measures ------------------------------------------------------------

/**
 * Event counts that news compares across outlets, whatever noun counts them: «لقي ستة أشخاص
 * مصرعهم» and «7 قتلى» both give the death toll. The value is the label a conflict shows (the
 * singular folded noun an outlet would use for it).
 */
const KIND_LABEL = { dead: "قتيل", injured: "مصاب", missing: "مفقود", arrested: "معتقل" } as const;
type Kind = keyof typeof KIND_LABEL;

/** Counted nouns that name the event count themselves (7 قتلى، 14 مصابا، 3 معتقلين). */
const KIND_UNITS: ReadonlyMap<string, Kind> = new Map([
  ["قتيل", "dead"],
  ["ضحيه", "dead"],
  ["وفاه", "dead"],
  ["جثه", "dead"],
  ["شهيد", "dead"],
  ["متوفي", "dead"],
  ["متوف", "dead"],
  ["جريح", "injured"],
  ["مصاب", "injured"],
  ["اصابه", "injured"],
  ["مفقود", "missing"],
  ["معتقل", "arrested"],
  ["موقوف", "arrested"],
  ["محتجز", "arrested"],
]);
/**
 * Nouns that count people without saying which people (6 أشخاص، 14 آخرون): the event word around
 * them says what the count is, and without one they are not compared at all (a story names many
 * groups of people: the evacuated, the rescued, the killed).
 */
const GENERIC_PERSONS: ReadonlySet<string> = new Set(["شخص", "اخر", "فرد", "نفر", "نسمه", "مواطن"]);
/** Event words before a number (the nearest one in its clause wins): قتل 5، أصيب 14، اعتقال 3. */
const KIND_BEFORE: readonly [RegExp, Kind][] = [
  [/^[وف]?(?:قتل|مقتل|لقي|لقوا|مصرع|وفاه|توفي|ضحايا|ضحيه|استشهاد|استشهد|اودت|اودي|بحياه|جثث|جثه|جثامين)/, "dead"],
  [/^[وف]?(?:اصيب|اصاب|جرح|باصابه)/, "injured"],
  [/^[وف]?(?:فقدان|اختفاء)/, "missing"],
  [/^[وف]?(?:اعتقال|اعتقل|القبض|توقيف|اوقف|احتجاز|احتجز)/, "arrested"],
];
/** Event words after a number and its noun: لقي ستة أشخاص مصرعهم، 27 شخصا على الأقل قتلوا. */
const KIND_AFTER: readonly [RegExp, Kind][] = [
  [/^(?:مصرع|حتف|قتلوا|قتلو|توفوا|استشهدوا|حياتهم)/, "dead"],
  [/^(?:بجروح|باصابات|اصيبوا|جرحوا)/, "injured"],
  [/^(?:اعتقلوا|اوقفوا)/, "arrested"],
];
/** Counted nouns that are never one quantity across articles: how many times (3 مرات). */
const NOT_COMPARED: ReadonlySet<string> = new Set(["مره", "مرات", "مناسبه"]);
/**
 * Words between a number and the noun or verb it is about, skipped when looking for that word: verbs
 * of reaching (بلغت، تجاوزت، وصل إلى), approximations (نحو، حوالي) and bounds (أكثر من).
 */
const LINKING_VERB =
  /^[وف]?(?:بلغ|تبلغ|يبلغ|وصل|تصل|يصل|تجاوز|يتجاوز|تتجاوز|تخط|يتخط|ناهز|يناهز|قارب|يقارب|ارتفع|يرتفع|ترتفع|تراجع|انخفض|زاد|يزيد|تزيد|قدر|تقدر|يقدر|سجل|تسجل|يسجل)/;
const LINKING_WORD =
  /^[وف]?(?:نحو|بنحو|حوالي|بحوالي|قرابه|زهاء|اكثر|باكثر|اقل|قد|ما|من|الي|علي|عن|ب|ل|في|فوق|دون|حتي|الذي|التي|الذين|اجمالي|مجموع|عدد|حصيله|ان|بان|لان|انه|انها|مستوي|قيمه|بقيمه|مقابل|عند|نسبه|بنسبه|معدل)$/;
/** The word a figure is about (its head): a content word, not a linking word, a month, a number or a stopword. */
function headWord(w: string): string | null {
  if (LINKING_VERB.test(w) || LINKING_WORD.test(w) || /^[0-9]/.test(w) || isNumberWord(w)) return null;
  // بمشاركة، لاختيار: one attached preposition (the article is stripped below).
  const bare = stripArticle(/^[بل]..../.test(w) && !w.startsWith("ال") ? w.slice(1) : w);
  if (bare.length < 3 || isStopwordLoose(w) || isStopwordLoose(bare) || lookupMonth(bare) || LINKING_WORD.test(bare))
    return null;
  return bare;
}
/** A bound before the number: أكثر من 50 (at least), حتى 50 / لا يتجاوز 50 (at most). */
const AT_LEAST_BEFORE =
  /^[وف]?(?:اكثر|باكثر|يزيد|تزيد|يربو|تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطي|تخطت|يتخطي|يفوق|تفوق|فاق|فاقت|فوق)$/;
const AT_MOST_BEFORE = /^[وف]?(?:اقل|دون|حتي|يصل|تصل|ناهز|يناهز|قارب|يقارب)$/;
/** Approximations: «نحو 300» and «300» do not disagree, nor do «نحو 300» and «310». */
const APPROXIMATE_BEFORE = /^[وف]?(?:نحو|بنحو|حوالي|بحوالي|قرابه|زهاء|يقارب|تقارب|ما|يناهز)$/;
/** How far an approximate figure (نحو 300) may lie from another one and still agree with it. */
const APPROXIMATE_TOLERANCE = 0.1;
/**
 * A forecast or an expectation, not a measurement (توقعت الهيئة هطول 50 ملم، من المتوقع أن يصل،
 * سيصل، قد تصل): its figure is compared only with other forecasts.
 */
const FORECAST =
  /^[وف]?(?:توقع|يتوقع|تتوقع|متوقع|المتوقع|توقعات|التوقعات|تنبا|تنبؤ|تتنبا|ينتظر|المنتظر|مرتقب|المرتقب|يرجح|ترجح|المرجح|س[يتن](?:صل|بلغ|رتفع|تجاوز|زيد|كون))/;
/** A cumulative total (منذ بداية العام، منذ 30 مارس) is not the count of the day's event. */
const SINCE = /^[وف]?منذ$/;
/** Tokens looked at on each side of a number. */
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 4;
/** Tokens of the sentence before a number searched for a forecast word (توقعت، الخميس الماضي، هطول أمطار تتجاوز 50). */
const FORECAST_WINDOW = 12;

/** Folded word tokens of `s` (letters and digits). */
function words(s: string): string[] {
  return foldText(s).match(/[\p{L}\p{M}]+|[0-9]+(?:[.,][0-9]+)*/gu) ?? [];
}

/** What one claim measures, read from the sentence around it. */
export interface Quantity {
  /** Claims with the same key measure the same thing: `dead`, `injured:طفل`, `ريال|تداولات`, `forecast|ملم|امطار`. */
  key: string;
  /** What a report shows for it: the counted noun, or the event's noun (قتيل for every death toll). */
  label: string;
  /** The values the claim allows, bounds (أكثر من، حتى) and approximation (نحو) included. */
  lo: number;
  hi: number;
}

/**
 * What a number claim measures, read from its sentence in `text`: an event count (the death toll
 * whether written «لقي ستة أشخاص مصرعهم» or «7 قتلى»; injured, missing, arrested), money or a measure
 * with the word the figure is about (تداولات بلغت 3.4 مليار ريال → `ريال|تداولات`), or the thing counted
 * (1200 حاوية → `حاويه`);
 * a forecast (توقعت، من المتوقع، سيصل، قد تصل) is marked as one. Null for what cannot be compared:
 * no noun, percentages, durations, times (3 مرات), and people counted with no event word.
 *
 * @example
 * const t = "لقي ستة أشخاص مصرعهم وأصيب 14 آخرون";
 * findNumbers(t).map((c) => quantityOf(t, c)?.key); // ["dead", "injured"]
 */
export function quantityOf(text: string, claim: NumberClaim): Quantity | null {
  if (claim.unit === PERCENT || (claim.unit !== null && (TIME_UNITS.has(claim.unit) || NOT_COMPARED.has(claim.unit))))
    return null;
  // The sentence around the claim; the clause (up to a comma or a colon) for the words it counts.
  const sentenceStart = Math.max(
    text.lastIndexOf(".", claim.start - 1),
    text.lastIndexOf("\n", claim.start - 1),
    text.lastIndexOf("؟", claim.start - 1),
    text.lastIndexOf("!", claim.start - 1),
  );
  const sentenceBefore = words(text.slice(sentenceStart + 1, claim.start));
  const clauseBefore = words(
    text
      .slice(sentenceStart + 1, claim.start)
      .split(/[،؛:;]|,(?![0-9])/u)
      .at(-1) ?? "",
  );
  const after = words(text.slice(claim.end).split(/[.\n،؛:;!؟?]|,(?![0-9])/u)[0] ?? "").slice(0, WINDOW_AFTER);
  const before = clauseBefore.slice(-WINDOW_BEFORE);
  // اثنان من المصابين الأربعة، 3 من القتلى: a part of a toll, not the toll.
  if (after[0] === "من" && /^(?:ال|وال)/.test(after[1] ?? "") && KIND_UNITS.has(claim.unit ?? "")) return null;
  let kind: Kind | undefined = claim.unit === null ? undefined : KIND_UNITS.get(claim.unit);
  const person = claim.unit === null || GENERIC_PERSONS.has(claim.unit);
  if (kind === undefined && !MEASURES.has(claim.unit ?? "")) {
    // The noun is after the number; the event word after it (مصرعهم، قتلوا) speaks for this number.
    for (const w of after.slice(claim.unit === null ? 0 : 1)) {
      kind = KIND_AFTER.find(([re]) => re.test(stripArticle(w)))?.[1];
      if (kind) break;
    }
    for (let k = before.length - 1; k >= 0 && kind === undefined; k--) {
      const w = stripArticle(before[k]!);
      kind = KIND_BEFORE.find(([re]) => re.test(w))?.[1];
    }
  }
  if (kind === undefined && person) return null;
  let head = "";
  // Money and measures count anything (trading, profits, costs in riyals; index levels in points): the word
  // the figure is about says which. A thing counted (1200 حاوية، 300 منزل) is one quantity in one story.
  if (kind === undefined && MEASURES.has(claim.unit ?? "")) {
    // The word the figure is about: the nearest one before it that is not a linking word.
    for (let k = before.length - 1; k >= 0 && head === ""; k--) {
      const w = before[k]!;
      if (LINKING_VERB.test(w) || LINKING_WORD.test(w)) continue;
      // The first other word is the head, or there is none (الفريق 3 أهداف: a name, a month, a stopword).
      head = headWord(w) ?? "-";
    }
    if (head === "" || head === "-") return null;
  }
  const forecast = sentenceBefore.slice(-FORECAST_WINDOW).some((w, k, ws) => {
    if (FORECAST.test(w)) return true;
    // قد تصل، قد يرتفع: قد before a present verb is "may" (قد توقعت، past, is not).
    return w === "قد" && /^[يتن]/.test(ws[k + 1] ?? "") && !/^ت(?:وقع|م)/.test(ws[k + 1] ?? "");
  });
  const since = sentenceBefore.slice(-WINDOW_BEFORE * 2).some((w) => SINCE.test(w)) || after.some((w) => SINCE.test(w));
  const label = kind === undefined ? claim.unit! : person ? KIND_LABEL[kind] : claim.unit!;
  let key =
    kind === undefined
      ? head === ""
        ? `${claim.unit}`
        : `${claim.unit}|${head}`
      : person || KIND_UNITS.has(claim.unit ?? "")
        ? kind
        : `${kind}:${claim.unit}`;
  if (since) key = `since|${key}`;
  if (forecast) key = `forecast|${key}`;
  let lo = claim.value;
  let hi = claim.valueMax ?? claim.value;
  const last = before.at(-1) ?? "";
  const last2 = before.at(-2) ?? "";
  const negated = last2 === "لا" || before.at(-3) === "لا";
  const atLeastAfter =
    after.some((w, k) => w === "علي" && after[k + 1] === "الاقل") || /^[وف]اكثر$/.test(after[1] ?? "");
  if (!negated && (AT_LEAST_BEFORE.test(last) || (last === "من" && AT_LEAST_BEFORE.test(last2)) || atLeastAfter))
    hi = Number.POSITIVE_INFINITY;
  else if (
    negated ||
    AT_MOST_BEFORE.test(last) ||
    (last === "الي" && AT_MOST_BEFORE.test(last2)) ||
    (last === "من" && /^[وف]?اقل$/.test(last2))
  )
    lo = 0;
  // 45.5 مليون is 45,503,347 rounded: a figure with a scale word is exact only to its last digit.
  const digits = /[0-9]+(?:[.,ر][0-9]+)*/.exec(foldText(claim.text))?.[0] ?? "";
  const mantissa = /([0-9]+)(?:[.,]([0-9]+))?/.exec(readingOrder(digits, MARKED_DOT.test(claim.text)));
  if (mantissa && Number(mantissa[0].replace(",", ".")) > 0) {
    const scale = claim.value / Number(mantissa[0].replace(",", "."));
    if (scale >= 1000) {
      const half = (scale * 10 ** -(mantissa[2]?.length ?? 0)) / 2;
      lo -= half;
      hi += half;
    }
  }
  if (APPROXIMATE_BEFORE.test(last) || APPROXIMATE_BEFORE.test(last2)) {
    lo *= 1 - APPROXIMATE_TOLERANCE;
    hi *= 1 + APPROXIMATE_TOLERANCE;
  }
  return { key, label, lo, hi };
}

/** Units of money and measure: what they count is never a group of people. */
const MEASURES: ReadonlySet<string> = new Set([
  "دولار",
  "ريال",
  "دينار",
  "درهم",
  "جنيه",
  "يورو",
  "ليره",
  "متر",
  "كيلومتر",
  "كلم",
  "كم",
  "ملم",
  "مليمتر",
  "طن",
  "برميل",
  "كيلو",
  "كيلوجرام",
  "كيلوغرام",
  "جرام",
  "غرام",
  "لتر",
  "هكتار",
  "فدان",
  "دونم",
  "درجه",
  "نقطه",
  "سهم",
]);

// ---- conflicts across outlets -----------------------------------------------------------

/** Claims of one article, with the text they point into (what each claim counts is read there). */
export interface OutletNumbers {
  outlet: string;
  /** Article id, for the report. */
  article?: string;
  /** The article's text: the claims' spans point into it. */
  text: string;
  claims: NumberClaim[];
}

/** One quantity that outlets report with values that cannot all be true. */
export interface NumberConflict {
  /** What the quantity counts: the counted noun, or the event's noun (قتيل for every death toll). */
  unit: string;
  reports: { outlet: string; article?: string; claim: NumberClaim }[];
}

/**
 * The same quantity reported differently by two outlets (call it on the articles of ONE
 * story). Items with an article id are reports of their own (an outlet's update on the next
 * day is a report beside its first one); items without one are grouped by outlet.
 *
 * Claims are grouped by what they measure (`quantityOf`: the event count whatever noun counts it,
 * so «لقي ستة أشخاص مصرعهم» and «7 قتلى» are one death toll; money and measures with the word the
 * figure is about; otherwise the counted noun; forecasts apart from measurements). Claims that measure nothing
 * comparable (percentages, durations, people with no event word) are left out. A report takes
 * part for a quantity only if all its claims for it agree with each other — an article that itself
 * gives 3 and 5 dead is talking about two things. Two taking-part reports conflict when the values
 * they allow (ranges, bounds such as أكثر من، approximations such as نحو) do not overlap. Each
 * conflict lists one claim per report.
 *
 * @example
 * const a = "لقي ستة أشخاص مصرعهم في السيول";
 * const b = "ارتفعت الحصيلة إلى 7 قتلى";
 * conflictingNumbers([
 *   { outlet: "A", text: a, claims: findNumbers(a) },
 *   { outlet: "B", text: b, claims: findNumbers(b) },
 * ]); // [{ unit: "قتيل", reports: [A's 6, B's 7] }]
 */
export function conflictingNumbers(items: readonly OutletNumbers[]): NumberConflict[] {
  interface Report {
    outlet: string;
    article?: string;
    label: string;
    claims: { claim: NumberClaim; lo: number; hi: number }[];
  }
  // quantity key → report (article, or outlet) → claims
  const byKey = new Map<string, Map<string, Report>>();
  for (const it of items) {
    for (const c of it.claims) {
      const q = quantityOf(it.text, c);
      if (q === null) continue;
      let m = byKey.get(q.key);
      if (!m) {
        m = new Map();
        byKey.set(q.key, m);
      }
      const reportKey = it.article ?? it.outlet;
      let o = m.get(reportKey);
      if (!o) {
        o = { outlet: it.outlet, label: q.label, claims: [] };
        if (it.article !== undefined) o.article = it.article;
        m.set(reportKey, o);
      }
      o.claims.push({ claim: c, lo: q.lo, hi: q.hi });
    }
  }
  type Allowed = { lo: number; hi: number };
  const overlap = (a: Allowed, b: Allowed) => a.lo <= b.hi && b.lo <= a.hi;
  const out: NumberConflict[] = [];
  for (const reports of byKey.values()) {
    if (reports.size < 2) continue;
    const reps: (NumberConflict["reports"][number] & Allowed)[] = [];
    let label = "";
    for (const o of reports.values()) {
      const first = o.claims[0]!;
      if (!o.claims.every((c) => overlap(c, first))) continue; // the article itself reports several quantities
      const r: NumberConflict["reports"][number] & Allowed = {
        outlet: o.outlet,
        claim: first.claim,
        lo: first.lo,
        hi: first.hi,
      };
      if (o.article !== undefined) r.article = o.article;
      reps.push(r);
      label ||= o.label;
    }
    let disagree = false;
    for (let a = 0; a < reps.length && !disagree; a++) {
      for (let b = a + 1; b < reps.length; b++) {
        if (!overlap(reps[a]!, reps[b]!)) {
          disagree = true;
          break;
        }
      }
    }
    if (disagree) out.push({ unit: label, reports: reps.map(({ lo: _lo, hi: _hi, ...r }) => r) });
  }
  return out;
}
