/**
 * Quantities across a story's articles: what a claim counts as an event count (قتلى، مصابون، معتقلون), and the
 * same quantity reported differently by two outlets (1200 / 1800 containers).
 */

import { foldText } from "../arabic/fold.js";
import { lookupMonth } from "../arabic/months.js";
import { isStopwordLoose } from "../arabic/stopwords.js";
import type { NumberClaim } from "../model/types.js";
import { PERCENT, stripArticle, TIME_UNITS } from "./number-units.js";
import { isNumberWord, MARKED_DOT, readingOrder, words } from "./number-words.js";

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
  const clauseAfter = words(text.slice(claim.end).split(/[.\n،؛:;!؟?]|,(?![0-9])/u)[0] ?? "").slice(0, WINDOW_AFTER);
  // The words after a number speak for it up to the next number (قتل 3 أشخاص وأصيب 14 بجروح: بجروح is the 14's).
  const next = clauseAfter.findIndex((w) => /^[0-9]/.test(w) || isNumberWord(w));
  const after = next < 0 ? clauseAfter : clauseAfter.slice(0, next);
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
  return { key, label, lo, hi, event: kind !== undefined };
}

/** Units of money and measure: what they count is never a group of people. Units of measure in their one spelling (number-unit-spellings.ts). */
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
    event: boolean;
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
        o = { outlet: it.outlet, label: q.label, event: q.event, claims: [] };
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
    let event = false;
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
      event ||= o.event;
    }
    let disagree = false;
    for (let a = 0; a < reps.length && !disagree; a++) {
      for (let b = a + 1; b < reps.length; b++) {
        // One outlet's own figures disagree only on an event count it updates (6, then 7 dead): its other
        // figures in two articles are two sessions or two items (a market's index, another day's trading).
        if (!overlap(reps[a]!, reps[b]!) && (event || reps[a]!.outlet !== reps[b]!.outlet)) {
          disagree = true;
          break;
        }
      }
    }
    if (disagree) out.push({ unit: label, reports: reps.map(({ lo: _lo, hi: _hi, ...r }) => r) });
  }
  return out;
}
