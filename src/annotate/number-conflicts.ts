/**
 * Quantities across a story's articles: what a claim counts as an event count (قتلى، مصابون، معتقلون), and the
 * same quantity reported differently by two outlets (1200 / 1800 containers).
 */

import { foldText } from "../arabic/fold.js";
import { lookupMonth } from "../arabic/months.js";
import { isStopwordLoose } from "../arabic/stopwords.js";
import type { NumberClaim } from "../model/types.js";
import {
  distinguished,
  type Qualifiers,
  qualifiersOf,
  sentenceAround,
  titlePlaces,
  withTitlePlaces,
} from "./number-qualifiers.js";
import { articleRoad } from "./number-roads.js";
import { PERCENT, stripArticle, TIME_UNITS, unitOf } from "./number-units.js";
import {
  APPROX,
  isNumberWord,
  MARKED_DOT,
  numberValue,
  PERCENT_AFTER_FI,
  PERCENT_WORDS,
  readingOrder,
  words,
} from "./number-words.js";

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
  [
    /^(?:[وف]|ب(?=مقتل|وفاه|استشهاد))?(?:قتل|مقتل|لقي|لقوا|مصرع|وفاه|توفي|ضحايا|ضحيه|ضحيت|استشهاد|استشهد|اودت|اودي|بحياه|جثث|جثه|جثامين)/,
    "dead",
  ],
  [/^[وف]?(?:اصيب|اصاب|جرح|باصابه)/, "injured"],
  [/^[وف]?(?:فقدان|اختفاء)/, "missing"],
  // ألقت القبض على 72: the word is read without its article (قبض), whole or as a verb (قبضت، قبضوا; not قبضة).
  [/^[وف]?(?:اعتقال|اعتقل|القبض|قبض$|قبضت$|قبضوا$|توقيف|اوقف|احتجاز|احتجز)/, "arrested"],
  // قتلوا 28 مسلحا وأسروا عشرة آخرين: the captured, whole words only (أسرة is a family, إسرائيل a country).
  [/^[وف]?(?:اسر|اسرت|اسروا|اسرو|اسرنا)$/, "arrested"],
];

/** Event words after a number and its noun: لقي ستة أشخاص مصرعهم، 27 شخصا على الأقل قتلوا. */
const KIND_AFTER: readonly [RegExp, Kind][] = [
  // The dual too: اثنين من مقاتلي المقاومة استشهدا.
  [/^(?:مصرع|حتف|قتلوا|قتلو|توفوا|استشهدوا|حياتهم|استشهدا$|توفيا$)/, "dead"],
  [/^(?:بجروح|باصابات|اصيبوا|جرحوا|اصيبا$)/, "injured"],
  [/^(?:اعتقلوا|اوقفوا)/, "arrested"],
];

/** The second noun of «القتلى والجرحى»، «قتيلا وجريحا» after a number: both counted at once. */
const COUNTED_TOGETHER = /^و(?:ال)?(?:جرحي|جريحا|مصابين|مصابا|قتلي|قتيلا|مفقودين|اصابات)$/;

/** The first noun of «بين قتيل وجريح» after a figure's noun: its figure counts both. */
const BETWEEN_KINDS = /^(?:قتيل|جريح|مصاب|شهيد)$/;

/** Counted nouns that are never one quantity across articles: how many times (3 مرات). */
const NOT_COMPARED: ReadonlySet<string> = new Set(["مره", "مرات", "مناسبه"]);

/**
 * Words between a number and the noun or verb it is about, skipped when looking for that word: verbs
 * of reaching (بلغت، تجاوزت، وصل إلى), approximations (نحو، حوالي) and bounds (أكثر من).
 */
const LINKING_VERB =
  /^[وف]?(?:بلغ|تبلغ|يبلغ|وصل|تصل|يصل|تجاوز|يتجاوز|تتجاوز|تخط|يتخط|ناهز|يناهز|قارب|يقارب|ارتفع|يرتفع|ترتفع|تراجع|انخفض|زاد|يزيد|تزيد|قدر|تقدر|يقدر|سجل|تسجل|يسجل)/;

const LINKING_WORD =
  /^[وف]?(?:نحو|بنحو|حوالي|بحوالي|قرابه|زهاء|اكثر|باكثر|لاكثر|اقل|باقل|لاقل|قد|ما|من|الي|علي|عن|ب|ل|في|فوق|دون|حتي|الذي|التي|الذين|اجمالي|مجموع|عدد|حصيله|ان|بان|لان|انه|انها|مستوي|قيمه|بقيمه|مقابل|عند|نسبه|بنسبه|معدل)$/;

/** The word a figure is about (its head): a content word, not a linking word, a month, a number or a stopword. */
function headWord(w: string): string | null {
  if (LINKING_VERB.test(w) || LINKING_WORD.test(w) || /^[0-9]/.test(w) || isNumberWord(w)) return null;
  // بمشاركة، لاختيار: one attached preposition (the article is stripped below).
  const bare = stripArticle(/^[بل]..../.test(w) && !w.startsWith("ال") ? w.slice(1) : w);
  if (bare.length < 3 || isStopwordLoose(w) || isStopwordLoose(bare) || lookupMonth(bare) || LINKING_WORD.test(bare))
    return null;
  return bare;
}

/** A bound before the number: أكثر من 50، لأكثر من 1300 (at least), حتى 50 / لا يتجاوز 50 (at most). */
const AT_LEAST_BEFORE =
  /^[وف]?(?:اكثر|باكثر|لاكثر|يزيد|تزيد|يربو|تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطي|تخطت|يتخطي|يفوق|تفوق|فاق|فاقت|فوق)$/;

const AT_MOST_BEFORE = /^[وف]?(?:اقل|باقل|لاقل|دون|حتي|يصل|تصل|ناهز|يناهز|قارب|يقارب)$/;

/**
 * A verb of being less that a negation before it makes a lower bound (ما لا يقل عن 151: at least 151), also written
 * with the negation glued on (لايقل عن ثلاث), folded: the negation alone reads as «no more than» (لا يتجاوز 5).
 */
const LESS_VERB = /^(?:يقل|تقل|ينقص|تنقص)$/;

const NOT_LESS = /^لا(?:يقل|تقل|ينقص|تنقص)$/;

/** Approximations: «نحو 300» and «300» do not disagree, nor do «نحو 300» and «310». */
const APPROXIMATE_BEFORE = /^[وف]?(?:نحو|بنحو|حوالي|بحوالي|قرابه|زهاء|يقارب|تقارب|ما|يناهز)$/;

/** How far an approximate figure (نحو 300) may lie from another one and still agree with it. */
const APPROXIMATE_TOLERANCE = 0.1;

/** The most a round approximate figure's own rounding widens it (نحو 200 → 150 … 250). */
const ROUND_TOLERANCE_MAX = 0.25;

/**
 * How far, as a share of it, a round figure written as an approximation reaches: half of the unit it is rounded to
 * (نحو مئتي جريح is 150 … 250, so it agrees with 227; نحو 2000 with 1,700), at most a quarter.
 */
function roundingTolerance(value: number): number {
  if (!Number.isInteger(value) || value < 10) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return Math.min(ROUND_TOLERANCE_MAX, unit / 2 / value);
}

/**
 * A forecast or an expectation, not a measurement (توقعت الهيئة هطول 50 ملم، من المتوقع أن يصل،
 * سيصل، قد تصل): its figure is compared only with other forecasts.
 */
const FORECAST =
  /^[وف]?(?:توقع|يتوقع|تتوقع|متوقع|المتوقع|توقعات|التوقعات|تنبا|تنبؤ|تتنبا|ينتظر|المنتظر|مرتقب|المرتقب|يرجح|ترجح|المرجح|س[يتن](?:صل|بلغ|رتفع|تجاوز|زيد|كون))/;

/** Words right before a part of a total (قتل 9 أشخاص بينهم 5 مدنيين، منها 3 مليارات للتعليم), folded. */
const PART_BEFORE = /^[وف]?(?:من)?(?:بينهم|بينها|بينهن|منهم|منها|منهن|بينهما|منهما)$/;

/**
 * True when the figure after the folded words `before` continues a list of parts after و (بينهم 12 طفلا و6 نساء،
 * بينهم 83 طفلا، و63 سيدة: the 6, the 63): the part's word, a figure and its noun, then و.
 */
function listedPart(before: readonly string[]): boolean {
  if (before.at(-1) !== "و") return false;
  const at = before.findLastIndex((w) => PART_BEFORE.test(w));
  const items = before.slice(at + 1, -1);
  return at >= 0 && items.length >= 2 && items.length <= 4 && (/^[0-9]/.test(items[0]!) || isNumberWord(items[0]!));
}

/** Words of a distribution before a colon (موزعة على الشكل التالي:، تتوزع كالآتي:), folded. */
const DISTRIBUTION = /^[وف]?(?:موزع|توزع|يتوزع|تتوزع|كالتالي|كالاتي|التالي|الاتي)/;

/** Words before a colon searched for a distribution's word. */
const DISTRIBUTION_WINDOW = 4;

/**
 * True when the sentence before a figure (`before`, its text) lists a distribution after a colon (موزعة على الشكل
 * التالي: أوروبا تضم 54): the figure is a share of the total before the colon.
 */
function distributed(before: string): boolean {
  const colon = before.lastIndexOf(":");
  return (
    colon >= 0 &&
    words(before.slice(0, colon))
      .slice(-DISTRIBUTION_WINDOW)
      .some((w) => DISTRIBUTION.test(w))
  );
}

/** Relative pronouns, folded: «228 من المباريات التي خاضها» counts some of its noun, a part. */
const RELATIVE = /^(?:التي|الذي|الذين|اللتي|اللاتي|اللواتي)$/;

/** Adjectives after a counted noun that add a group to one counted before (آخرين، أخرى، إضافيا), folded. */
const OTHERS = /^(?:اخري|اخرين|اخرون|اضافي|اضافيا|اضافيه|اضافيين|اضافيون)$/;

/**
 * Adjectives right after a counted noun that make its figure a kind of the noun, not all of it (3 مشاريع رئيسية، 12
 * مسدسا كاملا، 15 دولة عربية، 40 طالبا أجنبيا; a streak: 3 أهداف متتالية; cases of illness: 18 حالة مرضية, not
 * مرضى, the sick; a genre: 5 أفلام كوميدية), folded, by their stem; compared with that kind only.
 */
const KIND_ADJECTIVE =
  /^(رئيسي|فرعي|كامل|عربي|خليجي|اجنبي|اوروبي|افريقي|اسيوي|اسلامي|دولي|محلي|حكومي|خاص|اهلي|نسائي|رجالي|متتالي|مرضي(?=[ها])|كوميدي|درامي|وثائقي|رومانسي)(?:ه|ا|ين|ون|يه|يا|يين|يون|ات)?$/;

/** Rate words after a figure's noun (يوميا، في الساعة، كل عام), folded, by the period they name. */
const PERIOD_ADVERBS: ReadonlyMap<string, string> = new Map([
  ["يوميا", "day"],
  ["سنويا", "year"],
  ["شهريا", "month"],
  ["اسبوعيا", "week"],
  ["ساعيا", "hour"],
]);

const PERIOD_NOUNS: ReadonlyMap<string, string> = new Map([
  ["يوم", "day"],
  ["ساعه", "hour"],
  ["شهر", "month"],
  ["اسبوع", "week"],
  ["سنه", "year"],
  ["عام", "year"],
]);

/** Adjectives of a rate before a figure (المعدل اليومي، الإنتاج السنوي), folded, by the period they name. */
const PERIOD_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["اليومي", "day"],
  ["اليوميه", "day"],
  ["السنوي", "year"],
  ["السنويه", "year"],
  ["الشهري", "month"],
  ["الشهريه", "month"],
  ["الاسبوعي", "week"],
  ["الاسبوعيه", "week"],
]);

/** Tokens after a figure searched for its rate: the noun, an adjective or two, then the rate. */
const PERIOD_WINDOW = 4;

/**
 * The period a figure is a rate of, from the words of its clause after it: يوميا، سنويا; في اليوم، في الساعة، بالساعة; كل يوم، كل
 * عام. Null for none (في العام 2014 and في العام الماضي name a year, not a rate).
 */
function periodAfter(after: readonly string[]): string | null {
  for (let k = 0; k < Math.min(after.length, PERIOD_WINDOW); k++) {
    const w = after[k]!;
    // The words after the next figure are that figure's (3 سفن و49 يوميا).
    if (/^[0-9]/.test(w) || isNumberWord(w)) return null;
    const adverb = PERIOD_ADVERBS.get(w);
    if (adverb !== undefined) return adverb;
    const next = after[k + 1] ?? "";
    const noun =
      w === "في" && next.startsWith("ال")
        ? PERIOD_NOUNS.get(next.slice(2))
        : w === "كل"
          ? PERIOD_NOUNS.get(next)
          : /^بال/.test(w)
            ? PERIOD_NOUNS.get(w.slice(3))
            : undefined;
    // في العام الماضي، في العام 2014: a year; the word after the rate must be neither a year nor its adjective.
    const later = after[k + (w === "في" || w === "كل" ? 2 : 1)] ?? "";
    if (noun !== undefined && !/^(?:[0-9]|ال)/.test(later)) return noun;
  }
  return null;
}

/** Words opening a span a count is made in (في أول أربع مباريات، خلال 3 أيام), and its first or last (أول، آخر). */
const SPAN_OPENER = /^[وف]?(?:في|خلال)$/;

const SPAN_END = /^(?:اول|اخر)$/;

/** Nouns of a span: times (number-units' TIME_UNITS) and a season's games and rounds. Not «177 دولة في 25 رياضة». */
const SPAN_NOUNS: ReadonlySet<string> = new Set([...TIME_UNITS, "مباراه", "جوله", "موسم", "شوط", "مرحله", "لقاء"]);

/** Tokens after a figure searched for its span: its noun, an adjective, the opener, أول and the span's figure. */
const SPAN_WINDOW = 5;

/**
 * The span a count is made in, from the words of its clause after it: «سجل ثلاثة أهداف في أول أربع مباريات» → `4|مباريات`
 * (the span's value and noun), «20 هدفا خلال 30 مباراة» → `30|مباراه`. Null for none, and for a date or a year after في
 * (في 26 يونيو، في 2014), and a figure of anything but a span's noun (في 25 رياضة).
 */
function spanAfter(after: readonly string[]): string | null {
  const at = after.slice(0, SPAN_WINDOW).findIndex((w) => /^[0-9]/.test(w) || isNumberWord(w));
  if (at < 2) return null;
  const opener = SPAN_END.test(after[at - 1]!) ? at - 2 : at - 1;
  if (opener < 1 || !SPAN_OPENER.test(after[opener]!)) return null;
  const figure = after[at]!;
  const noun = after[at + 1] ?? "";
  const unit = unitOf(noun);
  if (/^(?:19|20)[0-9]{2}$/.test(figure) || !SPAN_NOUNS.has(unit)) return null;
  return `${numberValue(figure) ?? figure}|${unit}`;
}

/**
 * The span a count before it is made in, from the words of its clause before it (`before`): «خلال الـ 72 ساعة الماضية
 * 116 بلاغا» → `72|ساعه`, as `spanAfter` reads one after. Null for none, a date or a year, and a span another figure
 * comes after (في 3 أيام 5 مباريات و7 أهداف: only the first figure is right after it).
 */
function spanBefore(before: readonly string[]): string | null {
  const at = before.findLastIndex((w) => SPAN_OPENER.test(w));
  if (at < 0) return null;
  const rest = before.slice(at + 1).filter((w) => w !== "ال" && !SPAN_END.test(w));
  const [figure = "", noun = "", ...tail] = rest;
  const unit = unitOf(noun);
  if (!(/^[0-9]/.test(figure) || isNumberWord(figure)) || /^(?:19|20)[0-9]{2}$/.test(figure) || !SPAN_NOUNS.has(unit))
    return null;
  // خلال الـ 72 ساعة الماضية: an adjective of the span at most.
  if (tail.length > 1 || (tail.length === 1 && !PAST.test(tail[0]!))) return null;
  return `${numberValue(figure) ?? figure}|${unit}`;
}

/**
 * Elatives right before a figure that make it a ranking, the first N of a list (أفضل 128 لاعبا، أكبر خمس دول، أهم 10
 * شركات), folded; not أكثر and أقل, which bound a figure (أكثر من 50).
 */
const RANKING_BEFORE =
  /^[وب]?(?:افضل|اكبر|اهم|ابرز|اقوي|اغني|اطول|اعلي|اسرع|اشهر|اقدم|احدث|اعظم|اخطر|اجمل|اضخم|اوائل)$/;

/** The word before the second of two figures set against each other (44 صوتا مقابل 40، 4 أهداف مقابل هدفين), folded. */
const AGAINST_BEFORE = /^[وب]?مقابل$/;

/** Words after a figure's noun that make it a share of each one of something (2.5 ريال لكل سهم، 3 مقاعد لكل دولة). */
const EACH = /^لكل$/;

/**
 * The unit a price is of, after its currency (1088 دولارا للأوقية، 50 دولارا للبرميل، 2.5 ريال للسهم), folded: a price
 * of one unit, never compared with a total (1.3 مليار دولار of gold traded); an outlet may leave the unit out of the
 * price itself (برنت عند 49 دولارا), so it is not part of the key.
 */
const PER_ONE = /^لل(اوقيه|اونصه|برميل|طن|سهم|متر|كيلو|كيلوغرام|غرام|جرام|لتر|ليتر|ميغاواط|كيلوواط)$/;

/** One stock (سهم سابك، لسهم الإنماء), folded: the shares traded are أسهم, a count is «مليون سهم» after its figure. */
const STOCK = /^[وفلب]?سهم$/;

/**
 * Events or places of a roundup (في هجمات متفرقة، على عدة جبهات، في مناطق مختلفة، في مختلف مواقع العمليات، في موجة من
 * الهجمات المنفصلة), folded, with or without the article: a toll over them sums several incidents, compared with such
 * sums only.
 */
const ROUNDUP_NOUN = /^(?:ال)?(?:هجمات|مناطق|اماكن|مواقع|مواجهات|اشتباكات|غارات|عمليات|جبهات|حوادث|محافظات|انحاء)$/;

/** The words that make them several: after the noun (متفرقة، المنفصلة) or before it (عدة، مختلف، شتى). */
const ROUNDUP_WORD = /^(?:ال)?(?:متفرقه|مختلفه|منفصله|عده|عديده|مختلف|شتي)$/;

const roundup = (ws: readonly string[]) =>
  ws.some((w, k) => ROUNDUP_NOUN.test(w) && (ROUNDUP_WORD.test(ws[k + 1] ?? "") || ROUNDUP_WORD.test(ws[k - 1] ?? "")));

/** Prepositions opening a clause of circumstance (، خلال مواجهات متفرقة، في هجمات متفرقة), folded. */
const CIRCUMSTANCE = /^(?:خلال|في|اثناء|جراء|اثر|علي)$/;

/**
 * The words of the clause after the one a figure ends at `end` in `text`, when that clause opens with a preposition of
 * circumstance and gives no figure of its own (قتل 7 من المقاومة، خلال مواجهات دارت على عدة جبهات → its words); none
 * otherwise (a clause of its own, «، وفي تعز قتل 4», speaks for its own figures).
 */
function circumstance(text: string, end: number): string[] {
  const s = sentenceAround(text, end - 1, end);
  const clause = words(text.slice(end, s.end).split(/[،؛:;]|,(?![0-9])/u)[1] ?? "");
  if (!CIRCUMSTANCE.test(clause[0] ?? "") || clause.some((w) => /^[0-9]/.test(w) || isNumberWord(w))) return [];
  return clause;
}

/** A cumulative total (منذ بداية العام، منذ 30 مارس) is not the count of the day's event. */
const SINCE = /^[وف]?منذ$/;

/**
 * A span of past years or months before its adjective (في العامين الماضيين، خلال السنوات الأخيرة، الأشهر الماضية),
 * folded: a total over it is cumulative too. Not days or weeks (في الأيام الأخيرة is the day's event still).
 */
const PAST_SPAN = /^(?:العامين|السنتين|الاعوام|السنوات|الشهرين|الاشهر|الشهور)$/;

const PAST = /^(?:الماضيه|الماضيين|الماضي|الاخيره|المنصرمه|السابقه)$/;

const pastSpan = (ws: readonly string[]) => ws.some((w, k) => PAST_SPAN.test(w) && PAST.test(ws[k + 1] ?? ""));

/**
 * A span of the past told by its count (خلال الأيام الثلاثة الماضية، الأسابيع الثلاثة الأخيرة، الساعات الـ48 الماضية),
 * folded: days and weeks too, for the count makes the span the total's own period, as «في الأيام الأخيرة» does not.
 */
const COUNTED_SPAN = /^(?:الايام|الاسابيع|الساعات|الشهور|الاشهر|السنوات|الاعوام)$/;

/** A period named before (خلال الفترة نفسها، في الفترة ذاتها، خلال الفترة الماضية), folded. */
const THE_PERIOD = /^(?:الفتره|المده)$/;

const PERIOD_SAME = /^(?:نفسها|ذاتها|عينها)$/;

const countedSpan = (ws: readonly string[]) =>
  ws.some((w, k) => {
    if (!COUNTED_SPAN.test(w)) return false;
    // الأيام الثلاثة الماضية; الساعات الـ48 الماضية, the article split from its digits.
    const n = ws[k + 1] === "ال" ? 2 : 1;
    const count = ws[k + n] ?? "";
    return (/^[0-9]/.test(count) || isNumberWord(count.replace(/^ال/, ""))) && PAST.test(ws[k + n + 1] ?? "");
  });

const periodNamed = (ws: readonly string[]) =>
  ws.some(
    (w, k) =>
      THE_PERIOD.test(w) &&
      /^[وف]?(?:خلال|في)$/.test(ws[k - 1] ?? "") &&
      (PERIOD_SAME.test(ws[k + 1] ?? "") || PAST.test(ws[k + 1] ?? "")),
  );

/**
 * A span of years told by its count (التمرد المستمر من ثلاثة عقود، الحرب المستمرة منذ أربع سنوات), folded: a toll
 * over it is cumulative too. Not the singular عاما, an age's (البالغ من العمر 20 عاما).
 */
const YEARS_COUNTED = /^(?:عقد|عقود|عقدين|سنوات|اعوام|سنين)$/;

const yearsCounted = (ws: readonly string[]) =>
  ws.some((w, k) => YEARS_COUNTED.test(w) && k > 0 && (/^[0-9]/.test(ws[k - 1]!) || isNumberWord(ws[k - 1]!)));

/** How far below a whole price (46 دولارا) the exact one may lie: rounded up from 45.5. */
const WHOLE_ROUNDING = 0.5;

/** How far above it: outlets also cut the decimals (رابحا 15 نقطة for 15.96), so up to the next whole one. */
const WHOLE_CUT = 0.99;

/** Tokens looked at on each side of a number. */
const WINDOW_BEFORE = 6;

const WINDOW_AFTER = 4;

/** Tokens of the sentence before a number searched for a forecast word (توقعت، الخميس الماضي، هطول أمطار تتجاوز 50). */
const FORECAST_WINDOW = 12;

/** What one claim measures, read from the sentence around it. */
export interface Quantity {
  /** Claims with the same key measure the same thing: `dead`, `injured:طفل`, `ريال|تداولات`, `forecast|ملم|امطار`. */
  key: string;
  /** What a report shows for it: the counted noun, or the event's noun (قتيل for every death toll). */
  label: string;
  /** The values the claim allows, bounds (أكثر من، حتى) and approximation (نحو) included. */
  lo: number;
  hi: number;
  /** An event count (the dead, injured, missing, arrested), whose updates an outlet reports as they come. */
  event: boolean;
  /** Money or index points (a price, an index level, trading): its moment tells two figures apart too. */
  price: boolean;
  /** A price or a market's count of shares or deals: the market's country (السوق الكويتي، تاسي) is its place. */
  market: boolean;
  /** A part of a total the sentence gives (قتل 9 أشخاص بينهم 5 مدنيين: the 5), compared only with other parts. */
  part: boolean;
  /**
   * The key of the total a part is of, when its sentence gives that total before it (`dead` for the 6 of «57 قتيلا بينهم
   * 12 طفلا و6 نساء»); set by `conflictingNumbers`, null otherwise. Parts of two totals are two quantities.
   */
  partOf: string | null;
  /**
   * The second of two figures set against each other (44 صوتا مقابل 40): another party's, never reported for the
   * quantity, though it still counts in its own article's agreement (an article giving 1.61 مليون صفقة مقابل 2.1
   * مليون gives two values of the noun).
   */
  against: boolean;
  /**
   * The key without what sets the figure apart within its noun (a kind: 3 مشاريع رئيسية; a span: في أول أربع مباريات; a
   * ranking: أفضل 128): an article that gives two values in one family is talking about two things, and takes part
   * for none of its keys.
   */
  family: string;
  /**
   * How many days before the article's publication its sentence puts the figure: 1 for أمس (وكسر المؤشر أمس), 2 for
   * أول من أمس; 0 otherwise. A price's session is its publication day less these.
   */
  daysBack: number;
  /** The unit a price is of (1088 دولارا للأوقية → اوقيه), or null. */
  perOne: string | null;
  /** What the sentence names that tells this figure from another of its key (a place, a crude, a year). */
  qualifiers: Qualifiers;
}

/** Yesterday (أمس، بالأمس، البارحة), folded. */
const YESTERDAY = /^(?:[وف]?(?:ب?ال)?امس|البارحه)$/;

/**
 * The days before publication the first day word of a sentence's words names (folded): أمس 1, أول أمس / أول من أمس /
 * أمس الأول 2, اليوم 0; 0 without one. The first one is the main clause's (في جلسة أمس … بعد خسائرها أول من أمس: 1).
 */
function daysBack(ws: readonly string[]): number {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (w === "اليوم") return 0;
    if (!YESTERDAY.test(w)) continue;
    const dayBefore = ws[k - 1] === "اول" || (ws[k - 1] === "من" && ws[k - 2] === "اول") || ws[k + 1] === "الاول";
    return dayBefore ? 2 : 1;
  }
  return 0;
}

/** Words between a bound and its figure (دون مستوى 9000، فوق حاجز 50 دولارا): the bound is the figure's. */
const LEVEL_WORD = /^(?:مستوي|مستويات|حاجز|عتبه)$/;

/** Percent words: the nearest word before a figure being one of them, the figure follows another figure. */
const isPercentWord = (w: string) => PERCENT_WORDS.has(w) || PERCENT_AFTER_FI.has(w) || /^(?:ال)?(?:مائه|مئه)$/.test(w);

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
  // قتل في هذه العمليات (6) ستة إرهابيين: a figure in brackets written again in words, whose claim has the noun.
  if (/^\(\s*[0-9]+\s*\)$/.test(foldText(claim.text)) && isNumberWord(words(text.slice(claim.end))[0] ?? ""))
    return null;
  // The sentence around the claim; the clause (up to a comma or a colon) for the words it counts.
  // مئات الجنود، آلاف المهاجرين: an order of magnitude where an outlet has no figure. It is a toll's size still
  // (عشرات الجرحى against 14 مصابا), but of anything else a story names many groups (the deployed, the fled).
  const vague = APPROX.has(words(claim.text)[0]?.replace(/^[وب]/, "") ?? "");
  // A dot between digits ends no sentence (وفقد الخام الأمريكي 1.12 دولار ليسجل 46: one sentence).
  const sentenceStart = sentenceAround(text, claim.start, claim.end).start - 1;
  const sentenceBefore = words(text.slice(sentenceStart + 1, claim.start));
  const clauseBefore = words(
    text
      .slice(sentenceStart + 1, claim.start)
      .split(/[،؛:;]|,(?![0-9])/u)
      .at(-1) ?? "",
  );
  const clauseAfterAll = words(text.slice(claim.end).split(/[.\n،؛:;!؟?]|,(?![0-9])/u)[0] ?? "");
  const clauseAfter = clauseAfterAll.slice(0, WINDOW_AFTER);
  // The words after a number speak for it up to the next number (قتل 3 أشخاص وأصيب 14 بجروح: بجروح is the 14's).
  const next = clauseAfter.findIndex((w) => /^[0-9]/.test(w) || isNumberWord(w));
  const after = next < 0 ? clauseAfter : clauseAfter.slice(0, next);
  const before = clauseBefore.slice(-WINDOW_BEFORE);
  // اثنان من المصابين الأربعة، 3 من القتلى، 6 من جرحى الحوثيين: a part of a toll, not the toll.
  if (after[0] === "من" && KIND_UNITS.has(claim.unit ?? "") && KIND_UNITS.has(unitOf(after[1] ?? ""))) return null;
  // قتل 9 أشخاص بينهم 5 مدنيين، ومن بين المصابين 11 رجل إطفاء: a part of a total, compared with parts only.
  // أخلت سبيل 11 متهما من متهمي التفجير: the counted noun's own group after من makes a part too.
  const part =
    PART_BEFORE.test(before.at(-1) ?? "") ||
    listedPart(sentenceBefore.slice(-WINDOW_BEFORE)) ||
    (/^[وف]?من$/.test(before.at(-3) ?? "") && before.at(-2) === "بين") ||
    (claim.unit !== null &&
      after[1] === "من" &&
      [after[2], `${after[2]}ن`].some((w) => unitOf(w ?? "") === claim.unit)) ||
    // 209 اتحادات موزعة على الشكل التالي: أوروبا تضم 54 عضوا: a share of a distribution its sentence lists.
    distributed(text.slice(sentenceStart + 1, claim.start)) ||
    // حافظ على نظافة شباكه في 228 من المباريات التي خاضها: the ones of its noun a relative clause picks out.
    (claim.unit !== null &&
      after[0] === "من" &&
      unitOf(after[1] ?? "") === claim.unit &&
      RELATIVE.test(after[2] ?? ""));
  // 49 سفينة يوميا، 3425 ميلا في الساعة: a rate is compared with rates of its period only.
  // معدل العبور اليومي من 49 إلى 97، الإنتاج السنوي 400 ألف برميل: a rate's adjective before the figure.
  const period =
    periodAfter(words(text.slice(claim.end).split(/[.\n،؛:;!؟?]|,(?![0-9])/u)[0] ?? "").slice(0, PERIOD_WINDOW + 2)) ??
    before
      .slice(-PERIOD_WINDOW)
      .map((w) => PERIOD_ADJECTIVES.get(w))
      .find((x) => x !== undefined) ??
    null;
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
      // قتل وجرح نحو 50، مقتل وإصابة 30: the dead and the injured counted together are neither count (not
      // «لقي 25 مسلحا مصرعهم وجرح 15», where the first word ends another figure's phrase).
      const other = (x: string | undefined) =>
        x !== undefined && KIND_BEFORE.some(([re, k2]) => k2 !== kind && re.test(stripArticle(x)));
      const pairAt =
        /^و/.test(before[k + 1] ?? "") && other(before[k + 1]) ? k : /^و/.test(w) && other(before[k - 1]) ? k - 1 : -1;
      const figureBefore = before
        .slice(Math.max(0, pairAt - 3), Math.max(0, pairAt))
        .some((x) => /^[0-9]/.test(x) || isNumberWord(x));
      if (kind !== undefined && pairAt >= 0 && !figureBefore) return null;
    }
  }
  if (kind === undefined && (person || vague)) return null;
  // عشرات القتلى والجرحى: the dead and the injured counted together are neither count.
  if (KIND_UNITS.has(claim.unit ?? "") && COUNTED_TOGETHER.test(after[1] ?? "")) return null;
  // سقط سبعة حوثيين بين قتيل وجريح: the dead and the injured together, neither count nor its noun's.
  if (
    after.some(
      (w, k) =>
        w === "بين" && BETWEEN_KINDS.test(after[k + 1] ?? "") && /^و(?:قتيل|جريح|مصاب|شهيد)/.test(after[k + 2] ?? ""),
    )
  )
    return null;
  let head = "";
  // Money and measures count anything (trading, profits, costs in riyals; index levels in points): the word
  // the figure is about says which. A thing counted (1200 حاوية، 300 منزل) is one quantity in one story.
  if (kind === undefined && MEASURES.has(claim.unit ?? "")) {
    // The word the figure is about: the nearest one before it that is not a linking word.
    for (let k = before.length - 1; k >= 0 && head === ""; k--) {
      const w = before[k]!;
      if (LINKING_VERB.test(w) || LINKING_WORD.test(w)) continue;
      // بنسبة 10 في المائة ليصل إلى 263 مليار: the new value after a change in percent, as «5.15 في المائة إلى 49.52».
      if (/^ل/.test(w) && LINKING_VERB.test(w.slice(1)) && isPercentWord(before[k - 1] ?? "")) return null;
      // ارتفع 24.39 نقطة إلى 2105.23 نقطة، 650 ريالا مقابل 500 ريال، 5.15 في المائة إلى 49.52: the nearest word
      // is another figure's unit, and the figure is that one's new or compared value, not a quantity of its own.
      if (MEASURES.has(unitOf(w)) || isPercentWord(w)) return null;
      // 53 مليون جنيه مصري (6.85 مليون دولار): a currency's adjective after it, the figure that one's conversion.
      if (/يه?$/.test(w) && MEASURES.has(unitOf(before[k - 1] ?? ""))) return null;
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
  // أودت الهجمات بحياة أكثر من 500 شخص في العامين الماضيين: a total over past years, as one since a date.
  const since =
    sentenceBefore.slice(-WINDOW_BEFORE * 2).some((w) => SINCE.test(w)) ||
    after.some((w) => SINCE.test(w)) ||
    pastSpan(clauseBefore.slice(-WINDOW_BEFORE)) ||
    pastSpan(clauseAfter) ||
    yearsCounted(sentenceBefore.slice(-WINDOW_BEFORE * 2)) ||
    // حصدت خلال الأيام الثلاثة الماضية أرواح 29 شخصا بينما أصيب 261، ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين: a
    // period's total, the period named before the figure in its clause (not «قدم أداء مميزا خلال الفترة الماضية، وأن
    // هناك سبعة مرشحين», another clause's).
    countedSpan(clauseBefore.slice(-WINDOW_BEFORE * 2)) ||
    periodNamed(clauseBefore.slice(-WINDOW_BEFORE * 2));
  const label = kind === undefined ? claim.unit! : person ? KIND_LABEL[kind] : claim.unit!;
  let key =
    kind === undefined
      ? head === ""
        ? `${claim.unit}`
        : `${claim.unit}|${head}`
      : person || KIND_UNITS.has(claim.unit ?? "")
        ? kind
        : `${kind}:${claim.unit}`;
  // 550 شرطيا ودركيا، 30 ضابطا وجنديا: a figure of two nouns counts both together, not either alone (400 شرطي).
  const together = claim.unit === null || person || MEASURES.has(claim.unit) ? null : nounBeside(after);
  if (together !== null) key = `${key}+${together}`;
  // ونالت بكين 44 صوتا مقابل 40 لألماتي: the figure after مقابل is the other party's, not the first one's again.
  const against = kind === undefined && head === "" && AGAINST_BEFORE.test(before.at(-1) ?? "");
  // 80 مقاتلا آخرين، 4 أنفاق أخرى، 120 شرطيا إضافيا: a group beside one already counted, not the total (the
  // injured «14 شخصا آخرين» beside the dead are a toll of their own).
  if (kind === undefined && claim.unit !== null && OTHERS.test(after[1] ?? "")) key = `more|${key}`;
  if (period !== null) key = `per:${period}|${key}`;
  // توزيع 2.5 ريال لكل سهم beside توزيع 7.5 مليارات ريال: a share of each one, compared with shares of the same thing.
  const each = after.slice(1, 3).findIndex((w) => EACH.test(w));
  if (period === null && each >= 0) key = `each:${unitOf(after[each + 2] ?? "")}|${key}`;
  // فكان سهم "سابك" بتداولات 668 مليون ريال: one stock's figure, compared with that stock's only (not the market's).
  const stock = clauseBefore.findLastIndex((w) => STOCK.test(w));
  if (kind === undefined && head !== "" && stock >= 0) {
    const name = clauseBefore.slice(stock + 1).find((w) => !/^(?:شركه|الشركه)$/.test(w));
    key = `stock:${name ?? ""}|${key}`;
  }
  // هبط الذهب 45.55 دولار إلى 1088.05 دولار، ارتفع 24 نقطة إلى 8821: a change, the level after إلى (left out above).
  if (kind === undefined && head !== "" && after[1] === "الي" && next === 2) key = `by|${key}`;
  // وكان خسر الأربعاء الماضي 39 صوتا beside «تراجع عدد الأصوات الداعمة له إلى 123 صوتا»: a count lost or won, a change.
  if (kind === undefined && head === "" && before.slice(-CHANGE_REACH).some((w) => LOST_OR_WON.test(w)))
    key = `by|${key}`;
  // ورفع ارسنال رصيده إلى 14 لقبا، برصيد 7 بطولات: a tally, its owner's running total, compared with tallies only (not
  // «أحرز 13 لقبا مع تشيلسي», a player's own count). Money and points have the tally for their head already.
  if (kind === undefined && head === "" && before.slice(-2).some((w) => TALLY.test(w))) key = `tally|${key}`;
  // عدد الذين عادوا إلى الفكر الإرهابي … بلغوا نحو 368 مستفيدا: the count of those who did something, some of the noun
  // (not «وعددهم 56 مستفيدا», a course's graduates), compared with the count of those who did that only.
  const who = clauseBefore.findIndex((w, k) => /^[وب]?عدد$/.test(w) && WHO.test(clauseBefore[k + 1] ?? ""));
  if (kind === undefined && head === "" && who >= 0) key = `who:${clauseBefore[who + 2] ?? ""}|${key}`;
  // أربعة جنود أصيبوا في الهجوم في حالة خطيرة، أصيب 4 بإصابات خطيرة: the seriously injured, a kind of the injured.
  if (kind === "injured" && severe(text.slice(claim.end))) key = `serious|${key}`;
  if (since) key = `since|${key}`;
  // قتل 37 مسلحا في هجمات متفرقة بالعراق beside لقي 22 مسلحا مصرعهم في عملية أمنية: a roundup's sum beside one event;
  // its phrase may open the next clause (قتل 36 متمردا وإصابة 100 آخرين، خلال مواجهات متفرقة).
  if (
    kind !== undefined &&
    roundup([...clauseBefore.slice(-WINDOW_BEFORE), ...clauseAfterAll, ...circumstance(text, claim.end)])
  )
    key = `roundup|${key}`;
  if (forecast) key = `forecast|${key}`;
  // What sets a figure apart within its noun's family, the family still holding an article's agreement.
  const family = key;
  // ثلاثة مشاريع رئيسية beside «أكثر من 80 مشروع»، 12 مسدسا كاملا beside 30 مسدسا: a kind of the noun, not all of it.
  const adjective = KIND_ADJECTIVE.exec(after[1] ?? "");
  if (kind === undefined && claim.unit !== null && head === "" && adjective !== null)
    key = `kind:${adjective[1]}|${key}`;
  // ووافق المجلس المؤلف من 15 دولة، المبنى المكون من سبعة طوابق: what a named body or thing is made of, compared with
  // that one's makeup only (not «الدول الأعضاء (164 دولة)» of another, nor «ست دول» that signed a deal).
  if (
    kind === undefined &&
    claim.unit !== null &&
    head === "" &&
    before.at(-1) === "من" &&
    COMPOSED.test(before.at(-2) ?? "")
  )
    key = `made:${stripArticle(before.at(-3) ?? "")}|${key}`;
  // سجل ثلاثة أهداف في أول أربع مباريات: a count within a span of its own (not «ولم يسجل سوى أربعة أهداف», a season's).
  // ورد خلال الـ 72 ساعة الماضية 116 بلاغا: a span before the figure.
  const span =
    kind === undefined
      ? (spanAfter(words(text.slice(claim.end).split(/[.\n،؛:;!؟?]|,(?![0-9])/u)[0] ?? "").slice(0, SPAN_WINDOW + 1)) ??
        spanBefore(before))
      : null;
  if (span !== null) key = `in:${span}|${key}`;
  // ويشارك فيها أفضل 128 لاعبا، تصنف المملكة ضمن أكبر خمس دول: a ranking's first N, compared with that ranking only.
  if (kind === undefined && head === "" && RANKING_BEFORE.test(before.at(-1) ?? ""))
    key = `top:${before.at(-1)!.replace(/^[وب]/, "")}|${key}`;
  let lo = claim.value;
  let hi = claim.valueMax ?? claim.value;
  // دون مستوى 9000 نقطة: the bound is read past the level word.
  const bounded = LEVEL_WORD.test(before.at(-1) ?? "") ? before.slice(0, -1) : before;
  const last = bounded.at(-1) ?? "";
  const last2 = bounded.at(-2) ?? "";
  const negated = last2 === "لا" || bounded.at(-3) === "لا";
  const notLess =
    (negated && [last, last2].some((w) => LESS_VERB.test(w))) || [last, last2].some((w) => NOT_LESS.test(w));
  const atLeastAfter =
    after.some((w, k) => w === "علي" && after[k + 1] === "الاقل") || /^[وف]اكثر$/.test(after[1] ?? "");
  if (notLess) hi = Number.POSITIVE_INFINITY;
  else if (!negated && (AT_LEAST_BEFORE.test(last) || (last === "من" && AT_LEAST_BEFORE.test(last2)) || atLeastAfter))
    hi = Number.POSITIVE_INFINITY;
  else if (
    negated ||
    AT_MOST_BEFORE.test(last) ||
    (last === "الي" && AT_MOST_BEFORE.test(last2)) ||
    (last === "من" && /^[وفبل]?اقل$/.test(last2))
  )
    lo = 0;
  // 45.5 مليون is 45,503,347 rounded: a figure with a scale word is exact only to its last digit.
  const digits = /[0-9]+(?:[.,ر][0-9]+)*/.exec(foldText(claim.text))?.[0] ?? "";
  const mantissa = /([0-9]+)(?:[.,]([0-9]+))?/.exec(readingOrder(digits, MARKED_DOT.test(claim.text)));
  if (mantissa && Number(mantissa[0].replace(",", ".")) > 0) {
    const scale = claim.value / Number(mantissa[0].replace(",", "."));
    if (scale >= 1000) {
      // 350 ألف for 353,565: a whole figure of three digits or more that ends in 0 is rounded to its tens (no further:
      // 300 مليون is 295 … 305 million, not 250 … 350).
      const zeros = mantissa[2] === undefined && /^[0-9]{2,}0$/.test(mantissa[1]!) ? 1 : 0;
      const half = (scale * 10 ** (zeros - (mantissa[2]?.length ?? 0))) / 2;
      lo -= half;
      hi += half;
    }
  }
  const measure = kind === undefined && MEASURES.has(claim.unit ?? "");
  const price = measure && PRICE_UNITS.has(claim.unit ?? "");
  // 46 دولارا beside 45.97، رابحا 15 نقطة beside 15.96: a whole price or level is the exact one rounded or cut.
  if (
    measure &&
    Number.isInteger(claim.value) &&
    !/[.,ر٫]/.test(foldText(claim.text)) &&
    claim.valueMax === undefined
  ) {
    lo -= WHOLE_ROUNDING;
    hi += WHOLE_CUT;
  }
  if (APPROXIMATE_BEFORE.test(last) || APPROXIMATE_BEFORE.test(last2)) {
    const tolerance = Math.max(APPROXIMATE_TOLERANCE, roundingTolerance(claim.value));
    lo *= 1 - tolerance;
    hi *= 1 + tolerance;
  }
  const market = price || (kind === undefined && MARKET_COUNTS.has(claim.unit ?? ""));
  const qualifiers = qualifiersOf(text, claim.start, claim.end, price, market);
  return {
    key,
    label,
    lo,
    hi,
    event: kind !== undefined,
    price,
    market,
    part,
    partOf: null,
    against,
    family,
    perOne: kind === undefined ? (PER_ONE.exec(after[1] ?? "")?.[1] ?? null) : null,
    daysBack: daysBack(words(text.slice(sentenceStart + 1, sentenceAround(text, claim.start, claim.end).end))),
    qualifiers: {
      ...qualifiers,
      // A film's or a product's quoted name tells two figures of money apart; a toll's sentence quotes words of its
      // own (the attack called «إرهابي»), not the name of what it counts.
      quoted: kind === undefined ? qualifiers.quoted : new Set(),
      groups: othersGroup(claim.unit, sentenceBefore),
    },
  };
}

/** The endings two nouns counted together share (شرطيا ودركيا، مدنيين وعسكريين، مهندسات وفنيات), folded. */
const SHARED_ENDINGS = ["ا", "ين", "ون", "ات"];

/**
 * The singular of a second noun joined by و to a figure's noun (`after`: the folded words from the noun on) in the same
 * ending, the two counted together: «شرطيا ودركيا» → دركي. Null for none, and for a verb or a pronoun (قتيلا وأسروا،
 * جنديا وأصيب، 17 طفلا ومدتها: no shared ending, or a verb's or pronoun's).
 */
function nounBeside(after: readonly string[]): string | null {
  const [noun = "", next = ""] = after;
  // وأسروا، ومدتها، ويقطنها: a verb's وا or a pronoun's ها or نا is no noun's ending.
  if (!/^و/.test(next) || next.length < 4 || /(?:وا|ها|نا)$/.test(next)) return null;
  const ending = SHARED_ENDINGS.find((e) => noun.endsWith(e) && next.endsWith(e));
  if (ending === undefined || isStopwordLoose(next.slice(1))) return null;
  // 54 اتحادا وطنيا، انتشارا واسعا، 39 برنامجا وفقا: a word whose و is its own letter leaves a stub of three letters or
  // fewer (طني، اسع، فق); a noun counted beside another is longer (دركي، ضابط، مسجد).
  const second = unitOf(next.slice(1));
  return second.length >= 4 ? second : null;
}

/**
 * The class of people a counted noun names (`unitOf`): civilians, or the armed (fighters of any side, soldiers, police):
 * outlets name one side's fighters by many nouns (حوثيا، مسلحا، عنصرا، متمردا), but not civilians by a fighter's.
 */
const PEOPLE_CLASSES: ReadonlyMap<string, string> = new Map([
  ...["مدني", "طفل", "امراه", "نساء", "مصلي", "سكان", "سائح", "حاج", "معتمر", "طالب", "تلميذ", "لاجئ", "مهاجر"].map(
    (w) => [w, "civilians"] as const,
  ),
  ...[
    "مسلح",
    "عنصر",
    "مقاتل",
    "جندي",
    "شرطي",
    "عسكري",
    "ضابط",
    "متمرد",
    "انقلابي",
    "حوثي",
    "ميليشيه",
    "مليشيه",
    "ارهابي",
    "مجاهد",
    "مقاوم",
    "امن",
    "طاقم",
    "حارس",
    "مقاومه",
  ].map((w) => [w, "armed"] as const),
]);

/** Nouns of a group's members before the group (مسلحي الحوثيين، رجال الأمن، عناصر التنظيم), folded. */
const GROUP_MEMBERS = /^(?:مسلحي|مقاتلي|عناصر|افراد|جنود|منتسبي|منسوبي|رجال|اعضاء|انصار)$/;

/**
 * The class of people «آخرون» continues (`PEOPLE_CLASSES`): that of the noun of the figure before it in its sentence
 * (`before`, folded words), read past من, a members' noun and a pronoun (مقتل 11 مدنيا وإصابة 16 آخرين → civilians;
 * فقدت 4 من عناصرها، وأصيب 12 آخرون → armed). Empty for a figure of another noun, and for a noun of no class (أشخاص،
 * قتلى).
 */
function othersGroup(unit: string | null, before: readonly string[]): Set<string> {
  if (unit !== "اخر") return new Set();
  const at = before.findLastIndex((w) => /^[0-9]/.test(w) || isNumberWord(w));
  // قتل 9 أشخاص بينهم 4 نساء وأصيب 7 آخرون: the others are beside the total, not beside its part.
  if (at < 0 || PART_BEFORE.test(before[at - 1] ?? "")) return new Set();
  let k = before[at + 1] === "من" ? at + 2 : at + 1;
  // 9 من مسلحي الحوثيين، 4 من رجال الأمن: the group is the one the members' noun is of (as 11 حوثيا).
  if (GROUP_MEMBERS.test(before[k] ?? "") && /^ال/.test(before[k + 1] ?? "")) k++;
  const noun = before[k] ?? "";
  // قتل 5 وجرح 10 آخرون: a figure with no noun of its own.
  if (noun.startsWith("و")) return new Set();
  const group = PEOPLE_CLASSES.get(unitOf(noun.replace(/(?<=...)(?:هم|ها|هن|نا|ه)$/, "")));
  return group === undefined ? new Set() : new Set([group]);
}

/** The word before من that makes the figure after it what the body or thing before it is made of (المؤلف من), folded. */
const COMPOSED = /^ال(?:مؤلف|مكون|متكون|مشكل|متالف)ه?$/;

/**
 * Verbs of a count lost or won (خسر 39 صوتا، كسبت 3 مقاعد), folded: the figure after them is a change, not a level. Not
 * فقد, which opens a clause as «indeed» as often (فقد بلغ عدد الحالات 39).
 */
const LOST_OR_WON = /^[وف]?(?:خسر|خسرت|خسروا|يخسر|تخسر|كسب|كسبت|كسبوا|يكسب|تكسب)$/;

/** The most words between a verb of LOST_OR_WON and its figure (خسر الأربعاء الماضي 39 صوتا). */
const CHANGE_REACH = 3;

/** Relative pronouns of people (الذين، اللواتي، ممن; not من: عدد من is «some»), folded: after عدد, those who did. */
const WHO = /^(?:الذين|اللذين|اللواتي|اللاتي|اللائي|ممن)$/;

/** A tally (رصيده، برصيد، في رصيدها), folded. */
const TALLY = /^(?:[وب]|في)?رصيد(?:ه|ها|هم|هما)?$/;

/** Words of a serious injury (في حالة خطيرة، بجروح بالغة، إصابات حرجة), folded. */
const SEVERE = /^(?:ال)?(?:خطيره|خطره|بالغه|حرجه)$/;

/** Words before a severity that make it a part's (منهم حالة حرجة، أحدهم حالته خطيرة، بعضهم في حالة حرجة), folded. */
const SEVERE_PART = /^[وف]?(?:بين|منهم|بينهم|بعضهم|احدهم|احدهما|منها|بينها)$/;

/**
 * True when the clause after an injured toll's figure (`rest`, the text after it) says the injuries are serious, up to
 * the next figure, and no part's word comes first: «أصيبوا في الهجوم في حالة خطيرة»، «بإصابات بالغة»; not «منهم حالة
 * حرجة».
 */
function severe(rest: string): boolean {
  const clause = words(rest.split(/[.\n،؛:;!؟?]|,(?![0-9])/u)[0] ?? "");
  for (const w of clause) {
    if (/^[0-9]/.test(w) || isNumberWord(w) || SEVERE_PART.test(w)) return false;
    if (SEVERE.test(w)) return true;
  }
  return false;
}

/** Currencies, folded. */
const CURRENCIES: readonly string[] = [
  "دولار",
  "ريال",
  "دينار",
  "درهم",
  "جنيه",
  "يورو",
  "ليره",
  "يوان",
  "روبل",
  "روبيه",
  "فرنك",
];

/** Units of money and index points: a price, a market's level or its trading, taken at a moment of the day. */
const PRICE_UNITS: ReadonlySet<string> = new Set([...CURRENCIES, "نقطه"]);

/** What a market counts besides money and points: the shares traded and the deals they were traded in, folded. */
const MARKET_COUNTS: ReadonlySet<string> = new Set(["سهم", "صفقه"]);

/** Units of money and measure: what they count is never a group of people. Units of measure in their one spelling (number-unit-spellings.ts). */
const MEASURES: ReadonlySet<string> = new Set([
  ...CURRENCIES,
  "متر",
  "كيلومتر",
  "سنتيمتر",
  "مليمتر",
  "طن",
  "برميل",
  "كيلو",
  "كيلوغرام",
  "غرام",
  "لتر",
  "ميغاواط",
  "غيغاواط",
  "كيلوواط",
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
  /** When the article was published (ISO): two days' prices or levels are two sessions', not one figure. */
  publishedAt?: string | null;
  /** The article's title: the place it names speaks for figures whose sentences name none. */
  title?: string | null;
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
 * gives 3 and 5 dead is talking about two things — and so do its figures of the same noun set apart only by a
 * kind, a span or a ranking (3 مباريات دولية، 5 مباريات متتالية: `Quantity.family`). Two taking-part reports conflict when the values
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
    event: boolean;
    day: string | null;
    claims: { claim: NumberClaim; lo: number; hi: number; q: Quantity }[];
    /** Every claim of the article, whatever it measures, and its text. */
    all: readonly NumberClaim[];
    text: string;
  }
  // quantity key → report (article, or outlet) → claims
  const byKey = new Map<string, Map<string, Report>>();
  // family → report → values, for a report's agreement with itself
  const byFamily = new Map<string, Map<string, { lo: number; hi: number }[]>>();
  for (const it of items) {
    // The last total of the article and its sentence: a part after it in that sentence is a part of it.
    let total: { key: string; sentence: number } | null = null;
    const title = it.title ? titlePlaces(it.title) : null;
    // «وأضاف: تم توجيه 4 فرق إسعافية» in a report of an accident on طريق الهجرة: the article's one road is the figure's.
    const road = articleRoad(it.text, it.title ?? "");
    for (const c of it.claims) {
      const q = quantityOf(it.text, c);
      if (q === null) continue;
      if (title !== null) q.qualifiers = withTitlePlaces(q.qualifiers, title, q.market);
      if (q.qualifiers.roads.size === 0 && road.size > 0) q.qualifiers = { ...q.qualifiers, roads: road };
      const sentence = sentenceAround(it.text, c.start, c.end).start;
      // 6 نساء of 57 dead beside 15 نساء of 215 injured: a part is compared with the same part of the same total.
      if (q.part && total !== null && total.sentence === sentence) {
        q.partOf = total.key;
      } else if (!q.part) total = { key: q.key, sentence };
      let m = byKey.get(q.key);
      if (!m) {
        m = new Map();
        byKey.set(q.key, m);
      }
      const reportKey = it.article ?? it.outlet;
      let o = m.get(reportKey);
      if (!o) {
        o = {
          outlet: it.outlet,
          label: q.label,
          event: q.event,
          day: it.publishedAt?.slice(0, 10) ?? null,
          claims: [],
          all: it.claims,
          text: it.text,
        };
        if (it.article !== undefined) o.article = it.article;
        m.set(reportKey, o);
      }
      o.claims.push({ claim: c, lo: q.lo, hi: q.hi, q });
      let f = byFamily.get(q.family);
      if (!f) {
        f = new Map();
        byFamily.set(q.family, f);
      }
      f.set(reportKey, [...(f.get(reportKey) ?? []), { lo: q.lo, hi: q.hi }]);
    }
  }
  type Allowed = { lo: number; hi: number };
  const overlap = (a: Allowed, b: Allowed) => a.lo <= b.hi && b.lo <= a.hi;
  const out: NumberConflict[] = [];
  for (const reports of byKey.values()) {
    if (reports.size < 2) continue;
    const family = byFamily.get([...reports.values()][0]!.claims[0]!.q.family)!;
    const reps: Rep[] = [];
    let label = "";
    let event = false;
    for (const [reportKey, o] of reports) {
      const first = o.claims.find((c) => !c.q.part && !c.q.against) ?? o.claims.find((c) => !c.q.against);
      if (first === undefined) continue;
      // The article itself reports several quantities (its parts included: 1059 حالة … منها 583).
      if (!(family.get(reportKey) ?? o.claims).every((c) => overlap(c, first))) continue;
      const r: Rep = {
        outlet: o.outlet,
        claim: first.claim,
        lo: first.lo,
        hi: first.hi,
        q: first.q,
        day: sessionDay(o.day, first.q.daysBack),
        all: o.all,
        text: o.text,
      };
      if (o.article !== undefined) r.article = o.article;
      reps.push(r);
      label ||= o.label;
      event ||= o.event;
    }
    // A part of a total (بينهم 5 مدنيين) is compared with the same part in other reports, never with a total.
    for (const group of [reps.filter((r) => !r.q.part), reps.filter((r) => r.q.part)]) {
      if (disagrees(group, event))
        out.push({
          unit: label,
          reports: group.map(({ lo: _lo, hi: _hi, q: _q, day: _day, all: _all, text: _text, ...r }) => r),
        });
    }
  }
  return out;
}

/**
 * The day (ISO, YYYY-MM-DD) `back` days before `day`: the session a price of an article published on `day` is of.
 *
 * @example
 * sessionDay("2015-08-03", 1); // "2015-08-02"
 */
export function sessionDay(day: string | null, back: number): string | null {
  if (day === null || back === 0) return day;
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? day : new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

/** The scales a figure's scale word multiplies it by (ألف، مليون، مليار، تريليون). */
const SCALE_FACTORS = [1e3, 1e6, 1e9, 1e12];

/**
 * True when one money or measure figure is the other with its scale word lost (1.5 مليار beside a bare 1.5, cut off
 * or split from its scale in one outlet's text): written in digits alone, the smaller is the larger over a scale.
 */
function scaleDropped(a: NumberClaim, b: NumberClaim, q: Quantity): boolean {
  if (q.event || !MEASURES.has(a.unit ?? "")) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  if (/\p{L}/u.test(small.text) || small.value === 0) return false;
  return SCALE_FACTORS.some((f) => Math.abs(large.value / small.value / f - 1) < 1e-9);
}

/**
 * True when a report's sentence names years, all of them past: before the year it was published in (في 1998 in 2015),
 * or the last one or some ago (العام الماضي، قبل عامين).
 */
function pastYear(r: { q: Quantity; day: string | null }): boolean {
  const years = [...r.q.qualifiers.years];
  const published = Number(r.day?.slice(0, 4));
  // العام الماضي، قبل عامين: past whatever the article's date.
  return (
    years.length > 0 &&
    years.every((y) => y === "prior" || (Number.isFinite(published) && /^[0-9]{4}$/.test(y) && Number(y) < published))
  );
}

/** A report of one quantity as `disagrees` reads it: its claim, the values it allows, and its article's claims. */
interface Rep {
  outlet: string;
  article?: string;
  claim: NumberClaim;
  lo: number;
  hi: number;
  q: Quantity;
  day: string | null;
  all: readonly NumberClaim[];
  text: string;
}

/**
 * True when the article of `a` itself gives `b`'s value for `b`'s noun elsewhere (تصفية 6 مسلحين … بعدما تمكنت من
 * تصفية 8 مسلحين آخرين beside «القضاء على ثمانية مسلحين»): it reports both figures, as two quantities.
 */
function knows(a: Rep, b: Rep): boolean {
  return a.all.some((c) => c !== a.claim && c.unit !== null && c.unit === b.claim.unit && c.value === b.claim.value);
}

/** The most words between two figures of a list (100 من المجموعات القتالية التابعة للإدارة العامة للعمليات الخاصة، و130). */
const LIST_REACH = 10;

/**
 * True when `y` is listed after `x` in `text`: in its sentence, right after و, within `LIST_REACH` words of it, with a
 * counted noun of its own (100 من المجموعات القتالية، و130 تشكيلا), not a toll of another kind (100 قتيل و150 جريحا).
 */
function listedAfter(text: string, x: NumberClaim, y: NumberClaim): boolean {
  const between = words(text.slice(x.end, y.start));
  const kinds = [x, y].map((c) => KIND_UNITS.get(c.unit ?? ""));
  return (
    y.start >= x.end &&
    y.unit !== null &&
    y.unit !== PERCENT &&
    (kinds[1] === undefined || kinds[0] === kinds[1]) &&
    between.at(-1) === "و" &&
    between.length <= LIST_REACH &&
    sentenceAround(text, x.start, x.end).end >= y.end
  );
}

/**
 * True when `b`'s figure is the sum of `a`'s and the one listed beside it in `a`'s sentence (مشاركة 100 من المجموعات
 * القتالية، و130 تشكيلا beside «230 مجموعة قتالية»): another outlet's total of the list, not another value. A bound
 * (أكثر من 230) is no such total: any sum above it would do.
 */
function sumOfList(a: Rep, b: Rep): boolean {
  if (!Number.isFinite(b.hi) || b.lo <= 0) return false;
  const byStart = [...a.all].sort((x, y) => x.start - y.start);
  const at = byStart.indexOf(a.claim);
  const before = byStart[at - 1];
  const after = byStart[at + 1];
  const sums = [
    before !== undefined && listedAfter(a.text, before, a.claim) ? before.value : null,
    after !== undefined && listedAfter(a.text, a.claim, after) ? after.value : null,
  ].flatMap((v) => (v === null ? [] : [a.claim.value + v]));
  return sums.some((sum) => b.lo <= sum && sum <= b.hi);
}

/**
 * True when two of the reports of one quantity cannot both be true: their values do not overlap, they are two
 * outlets' (one outlet's own figures disagree only on an event count it updates: 6, then 7 dead; its other figures
 * in two articles are two sessions or two items), and nothing tells them apart (two incidents of a roundup, في عدن /
 * في تعز; Brent beside WTI; last year beside this one; a price published on two days, two sessions').
 */
function disagrees(reps: readonly Rep[], event: boolean): boolean {
  for (let a = 0; a < reps.length; a++) {
    for (let b = a + 1; b < reps.length; b++) {
      const ra = reps[a]!;
      const rb = reps[b]!;
      const partsApart = ra.q.partOf !== null && rb.q.partOf !== null && ra.q.partOf !== rb.q.partOf;
      // 1088 دولارا للأوقية beside 1.3 مليار دولار of gold traded: a unit's price beside a total (its scale word).
      const unitBesideTotal =
        ra.q.perOne !== rb.q.perOne &&
        [ra, rb].some((r) => r.q.perOne === null && /\p{L}/u.test(r.claim.text.replace(/^[وب]/, "")));
      const otherDays = ra.q.price && ra.day !== null && rb.day !== null && ra.day !== rb.day;
      // وكانت نيروبي شهدت في 1998 هجوما أوقع 224 قتيلا: a toll of a past year is history beside the day's; so is one
      // of a month gone by (هجوم في الأول من يوليو … وأصيب 13 آخرون, said after «29 يونيو الماضي») beside one that
      // names no date.
      const [ya, yb] = [ra.q.qualifiers, rb.q.qualifiers];
      const history =
        event &&
        ((pastYear(ra) !== pastYear(rb) && (ya.years.size === 0 || yb.years.size === 0)) ||
          (ya.pastMonth !== yb.pastMonth && (ya.pastMonth ? yb : ya).years.size === 0));
      if (
        !(ra.lo <= rb.hi && rb.lo <= ra.hi) &&
        !scaleDropped(ra.claim, rb.claim, ra.q) &&
        (event || ra.outlet !== rb.outlet) &&
        !otherDays &&
        !unitBesideTotal &&
        !partsApart &&
        !knows(ra, rb) &&
        !knows(rb, ra) &&
        !sumOfList(ra, rb) &&
        !sumOfList(rb, ra) &&
        !history &&
        !distinguished(ra.q.qualifiers, rb.q.qualifiers, ra.q.price)
      )
        return true;
    }
  }
  return false;
}
