/**
 * Date mentions of an article, resolved against its publication date: absolute dates in every
 * month-name system and Hijri (src/arabic/dates.ts), plus relative ones — اليوم، أمس، أول أمس، أمس الأول،
 * غدا، قبل يومين، قبل ثلاثة أيام، الأربعاء الماضي، يوم الأربعاء، فجر الثلاثاء، الشهر الماضي،
 * العام الماضي، الأسبوع الماضي، هذا العام — and day + month without a year (27 نيسان).
 *
 * Resolution rules (news conventions):
 * - a bare weekday (الأربعاء، يوم الأربعاء، مساء الأربعاء) is the nearest such day on or before
 *   the publication date; with الماضي strictly before, with المقبل/القادم strictly after; the
 *   second of a pair (يومي الأحد والإثنين) is the first such day after the first;
 * - a date without a year takes the publication year, moved one year back or forward when that
 *   puts it nearer to the publication date (see `NEAREST_YEAR_WINDOW_DAYS`);
 * - an ambiguous numeric date (4/10/2021) takes the reading nearer to the publication date;
 * - "قبل يومين من الانتخابات" counts from another event: value null.
 * Values are ISO: `2021-04-27` (day), `2021-04` (month), `2021` (year), `2021-W16` (ISO week), or an interval
 * (range) for what spans days: a Hijri month or year (its Gregorian days), a decade (1980/1989), and a range one of
 * whose ends cannot stand alone (من 10 إلى 15 أغسطس، بين سبتمبر وديسمبر 2014) or of years (بين 2010 و2015): one
 * mention from من/بين to its last end. Two whole dates joined as a range stay two mentions (see `withRanges`).
 * Without a publication date, relative mentions are kept with value null. Never throws;
 * one pass over tokens, linear in the text.
 */
import { addDays, gregorianToHijri, hijriToGregorian, isoOf, isValidGregorian, weekdayOf } from "../arabic/calendar.js";
import { type AbsoluteDate, type DateToken, dateTokens, findAbsoluteDatesFolded } from "../arabic/dates.js";
import { fold, foldUnit, toOriginal } from "../arabic/fold.js";
import { isArticleWeekday, lookupMonth, lookupWeekday, MONTH_FIRST_WORDS } from "../arabic/months.js";
import { splitSentences } from "../arabic/sentences.js";
import type { DateMention, Span } from "../model/types.js";
import { futureCue, scheduledBefore } from "./date-future.js";
import { COUNT_WORDS, DURATIONS, type OffsetUnit, offsetAt, withOffsets } from "./date-offsets.js";
import { narratedSequel, pastVerbAround } from "./date-past.js";
import { countsSinceReturn } from "./date-return.js";
import { onItsWeekday, weekdayWrittenBefore } from "./date-weekday.js";

/**
 * A date written without its year is put in the year that brings it within half a year of
 * the publication date (published 2021-01-05, "27 ديسمبر" → 2020-12-27).
 */
export const NEAREST_YEAR_WINDOW_DAYS = 183;

type Tok = DateToken;

/** Words naming a part of the day before a day word (فجر الثلاثاء، مساء أمس). */
const DAY_PARTS = new Set([
  "يوم",
  "فجر",
  "صباح",
  "ظهر",
  "عصر",
  "مساء",
  "ليل",
  "ليله",
  "ظهيره",
  "صبيحه",
  "منتصف",
  "نهار",
]);
/** Past adjectives; الفارط and المنقضي are the Tunisian press's (الشهر الفارط، السنة المنقضية). */
const PAST = new Set([
  "الماضي",
  "الماضيه",
  "المنصرم",
  "المنصرمه",
  "الفائت",
  "الفائته",
  "السابق",
  "السابقه",
  "الفارط",
  "الفارطه",
  "المنقضي",
  "المنقضيه",
]);
const FUTURE = new Set(["المقبل", "المقبله", "القادم", "القادمه"]);
const CURRENT = new Set(["الجاري", "الجاريه", "الحالي", "الحاليه"]);
const THIS = new Set(["هذا", "هذه"]);
const YESTERDAY = new Set(["امس", "الامس", "البارحه"]);
const TOMORROW = new Set(["غدا", "الغد"]);
/**
 * Words before اليوم that make it part of a name (روسيا اليوم = RT, أخبار اليوم, the newspaper اليوم: لصحيفة
 * اليوم، جريدة اليوم; the outlet عين اليوم), with a clitic. Countries are left out on purpose: "مصر اليوم تواجه"
 * is "Egypt today" far more often than the outlet.
 */
const TODAY_NAMES = /^(?:روسيا|اخبار|عين|[وفبل]?(?:صحيفه|جريده))$/;
/** "اليوم" followed by an adjective is "the day" (اليوم التالي، اليوم الوطني), not today. */
const AGO = new Set(["قبل", "منذ"]);
const IN = new Set(["بعد", "خلال"]);
/** Words between a count and what it counts from (بعد يوم واحد فقط من، بعد شهر ونصف من), folded. */
const COUNT_HEDGES = new Set(["فقط", "واحد", "واحده", "ونصف", "بالضبط", "تماما"]);
/** قضاها، أمضاها، قضاهما (folded) after a count: years spent somewhere, counted from when they began. */
const SPENT = /^(?:قضا|امضا)(?:ها|هما|ه)$/;
/** في، بين or بال… after a count of years: years spent somewhere (بعد 22 عاما في السلطة، بعد 10 أعوام بالقميص الأبيض). */
const SPENT_IN = /^(?:في|بين|بال\p{L}+)$/u;
/** Before a month name alone (في مارس، مطلع نيسان): with an unambiguous name, a month mention. */
const MONTH_PREPOSITIONS = new Set([
  "شهر",
  "شهري",
  "في",
  "منذ",
  "خلال",
  "حتي",
  "من",
  "الي",
  "مطلع",
  "منتصف",
  "اواخر",
  "اوائل",
  "نهايه",
  "بدايه",
  "اواسط",
  "تسليم", // futures: خام برنت تسليم سبتمبر
  "عقود", // futures: عقود أغسطس
  "لشهر",
  "بشهر",
  "بين",
  "عن",
  "لتسليم",
]);

/** كان before a future cue puts the plan in the past (كان من المقرر، كانت ستعقد). */
const WAS = new Set(["كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"]);
/** Words before a weekday that name its day themselves (اليوم الأربعاء، غدا الثلاثاء، أمس الأحد). */
const DAY_NAMED_BEFORE = new Set(["اليوم", "غدا", "غد", "الغد", "امس", "الامس"]);
/** Tokens that end the clause a tense cue is looked for in. */
const CLAUSE_ENDS = new Set([".", "،", ",", "؛", ";", ":", "!", "?", "؟", "«", "»", '"', "(", ")"]);
/** Days a date may lie on the other side of the publication date from its tense (pages dated late). */
const TENSE_SLACK_DAYS = 7;
/** How far back (tokens) a future cue may stand from the date it governs. */
const TENSE_WINDOW = 8;

/**
 * The tense the words before token i put a date in: 1 after a future cue earlier in its clause
 * (ستعقد القمة في فبراير), -1 right after منذ (منذ أغسطس، منذ 12 سبتمبر), else 0.
 */
function tenseBefore(toks: readonly Tok[], i: number): -1 | 0 | 1 {
  const since = (w: string | undefined) => w === "منذ" || w === "ومنذ" || w === "فمنذ";
  const p1 = toks[i - 1]?.w;
  if (since(p1) || (p1 !== undefined && MONTH_PREPOSITIONS.has(p1) && since(toks[i - 2]?.w))) return -1;
  for (let j = i - 1; j >= 0 && j >= i - TENSE_WINDOW; j--) {
    const w = toks[j]!.w;
    if (CLAUSE_ENDS.has(w)) break;
    if (futureCue(w)) {
      // وكان من المقرر أن ينطلق في مايو: a plan of the past, no direction.
      const past = [toks[j - 1]?.w, toks[j - 2]?.w].some((p) => p !== undefined && WAS.has(p));
      return past ? 0 : 1;
    }
  }
  return 0;
}

/** Words before من that make a weekday the day something takes effect (اعتبارا من الخميس), folded. */
const ONWARD = new Set(["اعتبارا", "ابتداء", "بدءا"]);

/**
 * اعتبارا من الخميس، ابتداء من يوم الأحد: the day a measure starts, which news announces ahead, so the coming
 * such day (over 12,000 articles, 7 of 9 weekdays so read were right; dates and months so read were not).
 */
function takesEffectOn(toks: readonly Tok[], i: number): boolean {
  let j = i - 1;
  if (toks[j]?.w === "يوم") j--;
  return toks[j]?.w === "من" && ONWARD.has(toks[j - 1]?.w ?? "");
}

interface Ref {
  iso: string;
  y: number;
  m: number;
  d: number;
}

function parseRef(publishedAt: string | undefined): Ref | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidGregorian(y, mo, d)) return null;
  return { iso: isoOf(y, mo, d), y, m: mo, d };
}

/** Demonstratives of distance: ذلك اليوم is "that day", not today. */
const THAT = new Set(["ذلك", "ذاك", "تلك"]);
/** Marks that may stand between a day word and the weekday that names it: اليوم (الاثنين)، أمس، الأحد. */
const NAMING_GAP = new Set(["(", "،", ","]);

/**
 * Days from the publication date of the day word that names the weekday at token `i`: اليوم الاثنين 0، أمس (الأحد)
 * -1، أول أمس الجمعة and أمس الأول الجمعة -2، غدا الخميس 1، بعد غد الجمعة 2; null when none stands right before it.
 */
function namingDayWord(toks: readonly Tok[], i: number): number | null {
  let j = i - 1;
  if (NAMING_GAP.has(toks[j]?.w ?? "")) j--;
  const w = toks[j]?.w;
  if (w === undefined) return null;
  const p = toks[j - 1]?.w ?? "";
  const bare = w.length > 3 && w[0] === "و" ? w.slice(1) : w;
  // بعد اليوم (from now on), ذلك اليوم (that day) and the outlets named اليوم (صحيفة اليوم) name no day.
  if (bare === "اليوم") return p === "بعد" || THAT.has(p) || TODAY_NAMES.test(p) ? null : 0;
  if (YESTERDAY.has(bare)) return p === "اول" || (p === "من" && toks[j - 2]?.w === "اول") ? -2 : -1;
  // أمس الأول الأحد: the day before yesterday, named.
  if (bare === "الاول" && YESTERDAY.has(p)) return -2;
  if (TOMORROW.has(bare) || bare === "غد") return p === "بعد" ? 2 : 1;
  return null;
}

/**
 * The weekday `wd` that a day word falling on `day` names: the latest such day up to the day after it (a page dated
 * in another time zone can be a day early; one dated late, by when it was found, can be days late).
 */
function namedWeekday(day: string, wd: number): string {
  const upTo = addDays(day, 1);
  const [y, m, d] = upTo.split("-").map(Number) as [number, number, number];
  return addDays(upTo, -((weekdayOf(y, m, d) - wd + 7) % 7));
}

/**
 * The article's own day, when its text names it: «اليوم (الاثنين)», «أمس الأحد» say which day the writer wrote on,
 * and a publication date taken from when a page was found can be days later (SaudiNewsNet's crawl dates: 273 of 706
 * such pairs in 1 in 8 of its articles disagreed with them). The day most pairs imply, else `ref`.
 */
function articleDay(toks: readonly Tok[], ref: Ref | null): Ref | null {
  if (!ref) return ref;
  const votes = new Map<string, number>();
  let best: string | null = null;
  for (let i = 1; i < toks.length; i++) {
    const w = toks[i]!.w;
    if (!isArticleWeekday(w)) continue;
    const next = toks[i + 1]?.w ?? "";
    if (PAST.has(next) || FUTURE.has(next)) continue;
    const o = namingDayWord(toks, i);
    if (o === null) continue;
    const day = addDays(namedWeekday(addDays(ref.iso, o), lookupWeekday(w)!), -o);
    const n = (votes.get(day) ?? 0) + 1;
    votes.set(day, n);
    if (best === null || n > votes.get(best)!) best = day;
  }
  return best === null || best === ref.iso ? ref : parseRef(best);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

function addMonths(ref: Ref, n: number): string {
  const total = ref.y * 12 + (ref.m - 1) + n;
  return isoOf(Math.floor(total / 12), (total % 12) + 1);
}

/** ISO week (`2021-W16`) of a `YYYY-MM-DD` date. */
export function isoWeek(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  const day = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - day + 3); // Thursday of this week
  const year = t.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((t.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Resolves an absolute date that lacks a year, or picks a numeric reading, against `ref`. */
function resolveAbsolute(a: AbsoluteDate, ref: Ref | null, dir: -1 | 0 | 1 = 0, slack = 0): string | null {
  if (a.iso !== null) {
    if (a.ambiguous && a.isoAlt && ref) {
      return Math.abs(daysBetween(ref.iso, a.isoAlt)) < Math.abs(daysBetween(ref.iso, a.iso)) ? a.isoAlt : a.iso;
    }
    return a.iso;
  }
  if (!ref || a.month === undefined) return null;
  const candidates: string[] = [];
  if (a.calendar === "gregorian") {
    for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
      if (a.day === undefined) candidates.push(isoOf(y, a.month, 1));
      else if (isValidGregorian(y, a.month, a.day)) candidates.push(isoOf(y, a.month, a.day));
    }
  } else {
    const hy = gregorianToHijri(ref.y, ref.m, ref.d).year;
    for (const y of [hy - 1, hy, hy + 1]) {
      const g = hijriToGregorian(y, a.month, a.day ?? 1);
      if (g) candidates.push(isoOf(g.year, g.month, g.day));
      else if (a.day === 30) {
        // 30 ذي القعدة of a month Umm al-Qura gives 29 days: the month ran 30 by sighting, so the day after the 29th.
        const last = hijriToGregorian(y, a.month, 29);
        if (last) candidates.push(addDays(isoOf(last.year, last.month, last.day), 1));
      }
    }
  }
  let best: string | null = null;
  // A month without a day is compared by its first day with the reference month's.
  const from = a.day === undefined ? isoOf(ref.y, ref.m, 1) : ref.iso;
  for (const c of candidates) {
    // With الماضي only a date on or before the reference, with المقبل only one on or after it.
    if ((dir < 0 && daysBetween(from, c) > slack) || (dir > 0 && daysBetween(from, c) < -slack)) continue;
    if (best === null || Math.abs(daysBetween(ref.iso, c)) < Math.abs(daysBetween(ref.iso, best))) best = c;
  }
  if (best === null || Math.abs(daysBetween(ref.iso, best)) > NEAREST_YEAR_WINDOW_DAYS * 2) return null;
  return a.day === undefined ? best.slice(0, 7) : best;
}

/**
 * The days (`first/last`) of the Hijri month nearest `ref`: with `dir` -1 (رمضان الماضي, or a verb in the past) one
 * that has ended, with 1 (رمضان المقبل, or a future verb) one still to begin; null when none lies within the
 * nearest-year window.
 *
 * @example hijriMonthSpan(9, ref("2015-08-04"), 1) // "2016-06-06/2016-07-05" (Ramadan 1437)
 */
function hijriMonthSpan(month: number, ref: Ref, dir: -1 | 0 | 1): string | null {
  const hy = gregorianToHijri(ref.y, ref.m, ref.d).year;
  let best: { span: string; distance: number } | null = null;
  for (const y of [hy - 1, hy, hy + 1]) {
    const days = hijriMonthDays(y, month);
    if (!days) continue;
    const { start, end } = days;
    const [toStart, toEnd] = [daysBetween(ref.iso, start), daysBetween(ref.iso, end)];
    if ((dir < 0 && toEnd >= 0) || (dir > 0 && toStart <= 0)) continue;
    const distance = toStart <= 0 && toEnd >= 0 ? 0 : Math.min(Math.abs(toStart), Math.abs(toEnd));
    if (best === null || distance < best.distance) best = { span: `${start}/${end}`, distance };
  }
  return best === null || best.distance > NEAREST_YEAR_WINDOW_DAYS * 2 ? null : best.span;
}

/** The first and last Gregorian days (ISO) of a Hijri month (Umm al-Qura). */
function hijriMonthDays(year: number, month: number): { start: string; end: string } | null {
  const first = hijriToGregorian(year, month, 1);
  const next = month === 12 ? hijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year, month + 1, 1);
  if (!first || !next) return null;
  return { start: isoOf(first.year, first.month, first.day), end: addDays(isoOf(next.year, next.month, next.day), -1) };
}

/** Hijri years beyond this are Gregorian ones after a Hijri month's name (رمضان 2018) or misreadings (1500 = 2077). */
const MAX_HIJRI_YEAR = 1500;

/**
 * The Gregorian days of a Hijri year or month written with its year (1439 هـ → 2017-09-21/2018-09-10, رمضان 1436 →
 * 2015-06-18/2015-07-16): each straddles Gregorian ones, so the Gregorian year or month it starts in would put most
 * of it on the wrong side of a timeline. Null for a day or a Gregorian date.
 */
function hijriSpan(a: AbsoluteDate): string | null {
  if (a.calendar !== "hijri" || a.granularity === "day" || a.year === undefined || a.iso === null) return null;
  const first = hijriMonthDays(a.year, a.month ?? 1);
  const last = a.month === undefined ? hijriMonthDays(a.year, 12) : first;
  // رمضان 2018 is the Ramadan of Gregorian 2018, which the finder dated so: only a Hijri year it read as one.
  if (!first || !last || a.year > MAX_HIJRI_YEAR || !first.start.startsWith(a.iso)) return null;
  return `${first.start}/${last.end}`;
}

interface Rel {
  s: number;
  e: number;
  value: string | null;
  granularity: DateMention["granularity"];
  /** Set when the words name their dates themselves, whatever the publication date (الثمانينيات). */
  absolute?: true;
}

/** Number before a duration noun: digits or a small number word. */
function countAt(t: Tok | undefined): number | null {
  if (!t) return null;
  if (t.num && t.w.length <= 3) return Number(t.w);
  return COUNT_WORDS[t.w] ?? null;
}

/** Start of a day-part word before token i (مساء أمس، يوم الأربعاء), or the token's own start. */
function withDayPart(toks: readonly Tok[], i: number): number {
  const p = toks[i - 1];
  if (p && DAY_PARTS.has(p.w.startsWith("و") && DAY_PARTS.has(p.w.slice(1)) ? p.w.slice(1) : p.w)) {
    return p.w.startsWith("و") && DAY_PARTS.has(p.w.slice(1)) ? p.s + 1 : p.s;
  }
  return toks[i]!.s;
}

/** `f(ref)`, or null without a reference date. */
function resolved<T>(ref: Ref | null, f: (r: Ref) => T): T | null {
  return ref ? f(ref) : null;
}

/** First letters of the words `relativeAt` can start on (after an optional و): a cheap filter. */
const RELATIVE_STARTS = new Set(["ا", "غ", "ق", "م", "ب", "خ", "ه"]);

function relativeAt(toks: readonly Tok[], i: number, ref: Ref | null): [Rel, number] | null {
  const t = toks[i]!;
  let w = t.w;
  let s0 = t.s;
  const c0 = w[0]!;
  if (!RELATIVE_STARTS.has(c0) && !(c0 === "و" && w.length > 3 && RELATIVE_STARTS.has(w[1]!))) return null;
  // One attached و (وأمس، والأربعاء الماضي).
  if (
    w.length > 3 &&
    w[0] === "و" &&
    (YESTERDAY.has(w.slice(1)) || isArticleWeekday(w.slice(1)) || w.slice(1) === "اليوم")
  ) {
    w = w.slice(1);
    s0 += 1;
  }
  const next = toks[i + 1];

  if (w === "اليوم") {
    // اليوم التالي / الوطني / الأول: "the day", not today. A weekday after it is fine (اليوم الثلاثاء), and so is
    // the preposition إلى (وصل الرئيس اليوم إلى جدة), which folds to an ال word.
    if (next?.w.startsWith("ال") && next.w !== "الي" && lookupWeekday(next.w) === undefined) return null;
    if (toks[i - 1]?.w === "في" && next?.num) return null;
    // لن يقبل بعد اليوم: "from now on", not a day.
    if (toks[i - 1]?.w === "بعد" && w === t.w) return null;
    // Names ending in اليوم: روسيا اليوم (RT), أخبار اليوم.
    if (TODAY_NAMES.test(toks[i - 1]?.w ?? "")) return null;
    // ذلك اليوم: "that day", a day the text spoke of before, not today.
    if (THAT.has(toks[i - 1]?.w ?? "")) return null;
    return [{ s: s0, e: t.e, value: resolved(ref, (r) => r.iso), granularity: "day" }, i + 1];
  }
  if (YESTERDAY.has(w)) {
    const p1 = toks[i - 1];
    const p2 = toks[i - 2];
    if (p1?.w === "اول" || (p1?.w === "من" && p2?.w === "اول")) {
      const st = p1.w === "اول" ? p1.s : p2!.s;
      const idx = p1.w === "اول" ? i - 1 : i - 2;
      return [
        {
          s: Math.min(st, withDayPart(toks, idx)),
          e: t.e,
          value: resolved(ref, (r) => addDays(r.iso, -2)),
          granularity: "day",
        },
        i + 1,
      ];
    }
    // أمس الأول، يوم أمس الأول: the Gulf press's day before yesterday (أول أمس elsewhere).
    const before = next?.w === "الاول";
    return [
      {
        s: Math.min(s0, withDayPart(toks, i)),
        e: before ? next.e : t.e,
        value: resolved(ref, (r) => addDays(r.iso, before ? -2 : -1)),
        granularity: "day",
      },
      before ? i + 2 : i + 1,
    ];
  }
  if (TOMORROW.has(w) || (w === "غد" && (toks[i - 1]?.w === "بعد" || DAY_PARTS.has(toks[i - 1]?.w ?? "")))) {
    if (toks[i - 1]?.w === "بعد" && (w === "غد" || w === "الغد")) {
      return [{ s: toks[i - 1]!.s, e: t.e, value: resolved(ref, (r) => addDays(r.iso, 2)), granularity: "day" }, i + 1];
    }
    return [
      { s: withDayPart(toks, i), e: t.e, value: resolved(ref, (r) => addDays(r.iso, 1)), granularity: "day" },
      i + 1,
    ];
  }
  // قبل يومين، منذ ثلاثة أيام، قبل أسبوع، بعد يومين.
  if (AGO.has(w) || IN.has(w)) {
    // عاما بعد عام، (و)يوما بعد يوم: "year after year", no date.
    const before = toks[i - 1]?.w ?? "";
    const unitBefore = (DURATIONS[before] ?? (before.startsWith("و") ? DURATIONS[before.slice(1)] : undefined))?.[0];
    if (w === "بعد" && unitBefore !== undefined && unitBefore === DURATIONS[toks[i + 1]?.w ?? ""]?.[0]) return null;
    let k = i + 1;
    let n = countAt(toks[k]);
    if (n !== null) k++;
    const d = toks[k] ? DURATIONS[toks[k]!.w] : undefined;
    if (!d) return null;
    // "منذ يوم 24 ديسمبر", "منذ يوم أمس": يوم introduces a date here, it is not a duration.
    const after1 = toks[k + 1];
    if (after1?.num) return null;
    if (toks[k]!.w === "يوم" && after1 && (YESTERDAY.has(after1.w) || isArticleWeekday(after1.w))) return null;
    // "منذ شهر مارس": شهر introduces the month's name, it is not a duration.
    if (n === null && toks[k]!.w === "شهر" && after1 && MONTH_FIRST_WORDS.has(after1.w)) return null;
    const count = n ?? d[1];
    if (count === 0 || count > 100) return null;
    // "قبل يومين من الانتخابات", "بعد عامين فقط من استقلاله", "بعد يوم واحد من إعلانه": counted from another event.
    let o = k + 1;
    while (o < k + 3 && COUNT_HEDGES.has(toks[o]?.w ?? "")) o++;
    const after = toks[o]?.w;
    // من الآن، من اليوم: from now, the publication date's own count.
    const fromNow = after === "من" && (toks[o + 1]?.w === "الان" || toks[o + 1]?.w === "اليوم");
    // وترك النادي بعد 22 عاما، وأسلم الروح بعد أسبوعين: a past verb counts from an event it told, not from today.
    // بعد 22 عاما قضاها في ليفربول، تقاعد بعد 30 عاما في المحكمة، بعد عام واحد في ستامفورد بريدج: the years he
    // spent, not years from now; unless a future cue says they are ahead (سيتم رفعها بعد ثماني سنوات في المرحلة الثانية).
    const spentIn = d[0] === "year" && SPENT_IN.test(toks[o]?.w ?? "") && tenseBefore(toks, i) !== 1;
    const fromEvent =
      w === "بعد" &&
      !fromNow &&
      (pastVerbAround(toks, i, k + 1, true) === -1 ||
        SPENT.test(toks[k + 1]?.w ?? "") ||
        spentIn ||
        ((d[0] === "year" || d[0] === "month") && countsSinceReturn(toks, i, k)) ||
        (narratedSequel(toks, i) && tenseBefore(toks, i) !== 1));
    if (fromEvent || (!fromNow && (after === "من" || after === "علي" || after === "على"))) {
      return [
        { s: t.s, e: toks[k]!.e, value: null, granularity: d[0] === "hour" ? "day" : d[0] === "week" ? "day" : d[0] },
        k + 1,
      ];
    }
    const sign = AGO.has(w) ? -1 : 1;
    if (w === "خلال") return null; // "خلال يومين" is a duration, not a date
    n = count * sign;
    const unit = d[0];
    const rel: Rel =
      unit === "hour"
        ? { s: t.s, e: toks[k]!.e, value: resolved(ref, (r) => r.iso), granularity: "day" }
        : unit === "day" || unit === "week"
          ? {
              s: t.s,
              e: toks[k]!.e,
              value: resolved(ref, (r) => addDays(r.iso, unit === "week" ? 7 * n! : n!)),
              granularity: "day",
            }
          : unit === "month"
            ? { s: t.s, e: toks[k]!.e, value: resolved(ref, (r) => addMonths(r, n!)), granularity: "month" }
            : { s: t.s, e: toks[k]!.e, value: resolved(ref, (r) => String(r.y + n!)), granularity: "year" };
    return [rel, k + 1];
  }
  // الأربعاء الماضي، يوم الأربعاء، فجر الثلاثاء، الأربعاء المقبل.
  if (isArticleWeekday(w)) {
    const prev = toks[i - 1]?.w ?? "";
    // صلاة الجمعة, أيام الثلاثاء والخميس (every Tuesday and Thursday): a weekday, not a date.
    if (prev === "صلاه" || prev === "خطبه" || prev === "بين" || prev === "كلا" || prev === "ايام") return null;
    // الضابطين الاثنين، الطرفين الاثنين: "both" after a definite dual, not Monday.
    if (w === "الاثنين" && /^[وفلب]?ال.{2,}(?:ين|ان)$/.test(prev)) return null;
    const wd = lookupWeekday(w)!;
    let e = t.e;
    let mode: "past" | "future" | "nearest" = "nearest";
    if (next && PAST.has(next.w)) {
      mode = "past";
      e = next.e;
    } else if (next && FUTURE.has(next.w)) {
      mode = "future";
      e = next.e;
    }
    // يومي الأحد والإثنين: the second weekday of a pair is the first such day after the first one.
    const before = toks[i - 1];
    const paired = w !== t.w && mode === "nearest" && before !== undefined && isArticleWeekday(before.w);
    // ستعقد القمة الأحد: a future cue earlier in the clause points to the coming such day, today
    // included (the page may be dated a day late). Not when a day word (اليوم الأربعاء، غدا) or a
    // date (الأحد 8/11/1436، الأحد الموافق) already says which day.
    // اليوم (الاثنين)، أمس الأحد، غدا الخميس: the day word says which such day.
    const named = mode === "nearest" && !paired ? namingDayWord(toks, i) : null;
    const soon =
      mode === "nearest" &&
      !paired &&
      !DAY_NAMED_BEFORE.has(before?.w ?? "") &&
      !(next?.num || next?.w === "الموافق") &&
      (tenseBefore(toks, i) === 1 || takesEffectOn(toks, i) || scheduledBefore(toks, i));
    const value = resolved(ref, (r) => {
      const cur = weekdayOf(r.y, r.m, r.d);
      if (paired) {
        const first = lookupWeekday(before.w)!;
        const firstDate = addDays(r.iso, -((cur - first + 7) % 7));
        return addDays(firstDate, (wd - first + 7) % 7 || 7);
      }
      if (named !== null) return namedWeekday(addDays(r.iso, named), wd);
      let delta = (cur - wd + 7) % 7; // days back to the nearest such weekday, 0 = today
      if (mode === "past" && delta === 0) delta = 7;
      if (mode === "future") return addDays(r.iso, (wd - cur + 7) % 7 || 7);
      // Yesterday stays: a page dated a day late (وسيتم التشييع الأربعاء, dated Thursday).
      if (soon && delta > 1) return addDays(r.iso, (wd - cur + 7) % 7);
      return addDays(r.iso, -delta);
    });
    return [
      { s: Math.min(s0, withDayPart(toks, i)), e, value, granularity: "day" },
      mode === "nearest" ? i + 1 : i + 2,
    ];
  }
  // الشهر/العام/السنة/الأسبوع + الماضي/الجاري/المقبل; هذا العام.
  const period: OffsetUnit | null =
    w === "الشهر" ? "month" : w === "العام" || w === "السنه" ? "year" : w === "الاسبوع" ? "week" : null;
  if (period) {
    let n: number | null = null;
    let s = t.s;
    let e = t.e;
    const prev = toks[i - 1];
    if (next && PAST.has(next.w)) n = -1;
    else if (next && FUTURE.has(next.w)) n = 1;
    else if (next && CURRENT.has(next.w)) n = 0;
    if (n !== null) e = next!.e;
    else if (prev && THIS.has(prev.w)) {
      n = 0;
      s = prev.s;
    }
    if (n === null) return null;
    const k = n;
    const rel: Rel =
      period === "month"
        ? { s, e, value: resolved(ref, (r) => addMonths(r, k)), granularity: "month" }
        : period === "year"
          ? { s, e, value: resolved(ref, (r) => String(r.y + k)), granularity: "year" }
          : { s, e, value: resolved(ref, (r) => isoWeek(addDays(r.iso, 7 * k))), granularity: "week" };
    return [rel, n === 0 && prev && THIS.has(prev.w) ? i + 1 : i + 2];
  }
  return null;
}

/** The latest month `month` strictly before the reference month (dir -1) or the next one after it (dir 1). */
function directedMonth(ref: Ref, month: number, dir: -1 | 1): string {
  let y = ref.y;
  if (dir < 0 && month >= ref.m) y--;
  if (dir > 0 && month <= ref.m) y++;
  return isoOf(y, month);
}

/** غرة, the first day of a month (غرة ذي الحجة، بغرة شهر شوال، غرة جانفي), folded, with a glued و، ف، ب or ل. */
const FIRST_DAY = /^[وفبل]?غره$/;
/** أول of «أول أيام شهر شوال، أول يوم من ذي القعدة», folded, with a glued و، ف، ب، ل or ك (كأول أيام). */
const FIRST = /^[وفبلك]?اول$/;

/** Whether a mention's text opens on غرة or أول (غرة ذي الحجة، أول أيام شهر رمضان): a day named by words. */
function opensFirstDay(text: string): boolean {
  const w = fold(text).text.split(/\s+/)[0] ?? "";
  return FIRST_DAY.test(w) || FIRST.test(w);
}

/**
 * The first token of a phrase naming the first day of the month at token i (غرة ذي الحجة، غرة شهر شوال، أول أيام
 * شهر رمضان، أول يوم من ذي القعدة), or -1.
 */
function firstDayBefore(toks: readonly Tok[], i: number): number {
  const k = toks[i - 1]?.w === "شهر" ? i - 2 : i - 1;
  const w = toks[k]?.w ?? "";
  if (FIRST_DAY.test(w)) return k;
  if (w === "ايام" && FIRST.test(toks[k - 1]?.w ?? "")) return k - 1;
  return w === "من" && toks[k - 1]?.w === "يوم" && FIRST.test(toks[k - 2]?.w ?? "") ? k - 2 : -1;
}

/**
 * A month name alone after شهر or a preposition (في شهر مارس، مطلع نيسان): month granularity; after غرة or أول
 * أيام, the first day of that month (والاثنين غرة ذي الحجة: the first of the Hijri month, by Umm al-Qura), unless
 * `firstDay` is false (`firstDayOf` reading the month itself).
 */
function monthAlone(
  toks: readonly Tok[],
  i: number,
  ref: Ref | null,
  text: string,
  firstDay = true,
): [Rel, number] | null {
  const t = toks[i]!;
  if (!MONTH_FIRST_WORDS.has(t.w)) return null;
  const p0 = toks[i - 1]?.w;
  // One attached و or ف on the preposition (وفي مايو، ومطلع شباط، ففي نوفمبر).
  const prev = p0 !== undefined && p0.length > 2 && (p0[0] === "و" || p0[0] === "ف") ? p0.slice(1) : p0;
  // The adjective may follow a two-word name (كانون الثاني الماضي): look one token further.
  const adjective = (k: number) => PAST.has(toks[k]?.w ?? "") || FUTURE.has(toks[k]?.w ?? "");
  const first = firstDay ? firstDayBefore(toks, i) : -1;
  if (first >= 0) return firstDayOf(toks, i, first, ref, text);
  if (!(prev && MONTH_PREPOSITIONS.has(prev)) && !adjective(i + 1) && !adjective(i + 2)) return null;
  let name = lookupMonth(t.w);
  let e = t.e;
  let next = i + 1;
  const n = toks[i + 1];
  if (n && /^\s+$/.test(text.slice(t.e, n.s))) {
    const two = lookupMonth(`${t.w} ${n.w}`);
    if (two) {
      name = two;
      e = n.e;
      next = i + 2;
    }
  }
  if (!name) return null;
  // نوفمبر/تشرين الثاني الماضي reached by its adjective: the same month in the other system before it is its text too.
  const before = toks[i - 1]?.w === "/" ? lookupMonth(toks[i - 2]?.w ?? "") : undefined;
  // A pair that disagrees (يناير/ كانون الأول الماضي, a slip of the writer's) says no one month: left to the first.
  if (before && before.calendar === name.calendar && before.month !== name.month) return null;
  const s = before && before.month === name.month && before.calendar === name.calendar ? toks[i - 2]!.s : t.s;
  // The other system's name beside it: مايو/أيار، فبراير شباط، يونيو (حزيران).
  {
    let k = next;
    const mark = toks[k]?.w;
    const open = mark === "(" || mark === '"';
    if (mark === "/" || mark === "-" || open) k++;
    const o = toks[k];
    if (o && (k > next || /^\s+$/.test(text.slice(toks[next - 1]!.e, o.s)))) {
      let other = lookupMonth(o.w);
      let oe = o.e;
      let on = k + 1;
      const o2 = toks[k + 1];
      const pair = o2 ? lookupMonth(`${o.w} ${o2.w}`) : undefined;
      if (pair && o2) {
        other = pair;
        oe = o2.e;
        on = k + 2;
      }
      if (other && other.month === name.month && other.calendar === name.calendar && other.folded !== name.folded) {
        e = oe;
        next = on;
        if (open && toks[next]?.w === (mark === "(" ? ")" : '"')) e = toks[next++]!.e;
      }
    }
  }
  // مارس الماضي، نيسان المقبل: the adjective proves a month and fixes the direction.
  const dir = toks[next] && PAST.has(toks[next]!.w) ? -1 : toks[next] && FUTURE.has(toks[next]!.w) ? 1 : 0;
  if (dir !== 0) e = toks[next++]!.e;
  if (dir === 0 && (!prev || !MONTH_PREPOSITIONS.has(prev))) return null;
  // مارس، ماي، جوان are words too: a month after شهر, or one a range joins to another month (من مارس إلى يونيو).
  const rangeTo =
    /^(?:و?(?:الي|حتي)|-)$/.test(toks[next]?.w ?? "") && lookupMonth(toks[next + 1]?.w ?? "") !== undefined;
  if (name.ambiguous && prev !== "شهر" && prev !== "لشهر" && dir === 0 && !rangeTo) return null;
  // في فبراير من العام الماضي / في فبراير العام الماضي: the phrase after the month says which year.
  const phrase = dir === 0 && ref ? yearPhraseAt(toks, next) : null;
  let value: string | null;
  if (phrase && ref && name.calendar === "hijri") {
    // رمضان من العام الماضي: the Hijri year before the one the article was written in.
    const days = hijriMonthDays(gregorianToHijri(ref.y, ref.m, ref.d).year + phrase.shift, name.month);
    e = toks[phrase.next - 1]!.e;
    return [{ s, e, value: days && `${days.start}/${days.end}`, granularity: "range" }, phrase.next];
  } else if (phrase && ref) {
    value = isoOf(ref.y + phrase.shift, name.month);
    e = toks[phrase.next - 1]!.e;
    next = phrase.next;
  } else if (dir !== 0 && name.calendar === "gregorian") {
    value = ref ? directedMonth(ref, name.month, dir) : null;
  } else if (name.calendar === "hijri") {
    // A Hijri month spans two Gregorian ones: it resolves to its days (رمضان 1436 = 2015-06-18/2015-07-16).
    value = ref ? hijriMonthSpan(name.month, ref, dir !== 0 ? dir : tenseBefore(toks, i)) : null;
    return [{ s, e, value, granularity: "range" }, next];
  } else {
    const a = { iso: null, month: name.month, calendar: name.calendar } as AbsoluteDate;
    // ففي أغسطس، عثر على…: a past verb puts it behind the publication date.
    const past = CURRENT.has(toks[next]?.w ?? "") ? 0 : pastVerbAround(toks, s === t.s ? i : i - 2, next);
    value = resolveAbsolute(a, ref, tenseBefore(toks, i) || past);
  }
  return [{ s, e, value: value === null ? null : value.slice(0, 7), granularity: "month" }, next];
}

/**
 * غرة + a month at token i (غرة ذي الحجة، غرة شهر شوال، غرة جانفي، أول أيام شهر رمضان), the phrase from token
 * `first`: the first day of the month as `monthAlone` would place it, from the غرة or أول (a glued letter left out)
 * to the month's name. A weekday
 * written before it (والاثنين غرة ذي الحجة) mends it as it does a dated day (`onItsWeekday`); a first day a few days
 * behind the publication date is not pushed a year ahead by a future cue (سيكون غرة ذي الحجة, on a page dated that day).
 */
function firstDayOf(
  toks: readonly Tok[],
  i: number,
  first: number,
  ref: Ref | null,
  text: string,
): [Rel, number] | null {
  // The month as one read after شهر: the phrase says it is a month (غرة رمضان), whatever else its name means.
  const named = [...toks.slice(0, i - 1), { ...toks[i - 1]!, w: "شهر" }, ...toks.slice(i)];
  const asMonth = monthAlone(named, i, ref, text, false);
  if (!asMonth) return null;
  const [m, next] = asMonth;
  const g = toks[first]!;
  // غرة and أول are three letters: what comes before them is a glued و، ف، ب، ل or ك.
  const s = g.s + g.w.length - 3;
  const hijri = m.granularity === "range";
  let value = m.value === null ? null : hijri ? m.value.split("/")[0]! : `${m.value}-01`;
  if (value !== null && hijri && ref && daysBetween(ref.iso, value) > NEAREST_YEAR_WINDOW_DAYS) {
    const [y, mo, d] = value.split("-").map(Number) as [number, number, number];
    const h = gregorianToHijri(y, mo, d);
    const before = hijriMonthDays(h.year - 1, h.month)?.start;
    if (before !== undefined && daysBetween(before, ref.iso) <= TENSE_SLACK_DAYS) value = before;
  }
  const weekday = weekdayWrittenBefore(toks, first);
  if (value !== null && weekday !== undefined) {
    value = onItsWeekday(
      value,
      weekday,
      { calendar: hijri ? "hijri" : "gregorian", withYear: false },
      ref?.iso ?? null,
    );
  }
  return [{ s, e: m.e, value, granularity: "day" }, next];
}

/** Characters looked at around a mention to widen it (lead-in word, brackets): bounded, so linear. */
const WIDEN_WINDOW = 32;
/** Words that introduce a date and belong to its mention (يوم 30 مارس، بتاريخ (26/4/1947)). */
const LEAD_IN = /(?:^|[^\p{L}])((?:يوم|بتاريخ|تاريخ)\s*(\(\s*)?)$/u;
/** A month name then an opening bracket right before a numeric date: "نيسان ( 26 / 4 / 1947 )". */
const MONTH_LEAD = /(?:(\p{L}+) )?(\p{L}+)\s*\(\s*$/u;

/**
 * Widens a mention to the word that introduces it (يوم، بتاريخ) and, for a numeric date in
 * brackets, to the month name written before it ("شباط ( 28 / 2 / 1945 )"), with the closing bracket.
 */
function widen(text: string, start: number, end: number, numericMonth?: number): [number, number] {
  const from = Math.max(0, start - WIDEN_WINDOW);
  const before = fold(text.slice(from, start));
  let s = start;
  let e = end;
  let bracket = false;
  const back = (i: number) => from + toOriginal(before, { start: i, end: i }).start;
  if (numericMonth !== undefined) {
    const m = MONTH_LEAD.exec(before.text);
    if (m) {
      // Two-word names (كانون الأول) first, then the last word alone.
      const lastAt = m.index + m[0].indexOf(m[2]!, m[1] ? m[1].length : 0);
      if (m[1] && lookupMonth(`${m[1]} ${m[2]}`)?.month === numericMonth) s = back(m.index);
      else if (lookupMonth(m[2]!)?.month === numericMonth) s = back(lastAt);
    }
    if (s !== start) {
      bracket = true;
    }
  }
  if (!bracket || s === start) {
    const m = LEAD_IN.exec(before.text);
    if (m) {
      s = back(m.index + m[0].indexOf(m[1]!));
      bracket = m[2] !== undefined;
    }
  }
  if (bracket) {
    const after = /^\s*\)/.exec(text.slice(e, e + WIDEN_WINDOW));
    if (after) e += after[0].length;
    else if (s !== start) s = start; // no closing bracket: keep the mention as found
  }
  return [s, e];
}

/** Bare years count between these bounds (news rarely dates before 1900; later is a quantity). */
const MIN_BARE_YEAR = 1900;
const MAX_BARE_YEAR = 2099;
/** Words after which a bare four-digit number is a year (في 2003، حرب 1948، انتخابات 2018). */
const BARE_YEAR_BEFORE = new Set([
  "في",
  "وفي",
  "منذ",
  "حتي",
  "خلال",
  "بعد",
  "قبل",
  "مطلع",
  "نهايه",
  "بدايه",
  "اواخر",
  "اوائل",
  "حرب",
  "نكسه",
  "نكبه",
  "انتخابات",
  "ثوره",
  "موسم",
  "دستور",
  "ميزانيه",
  "مونديال",
]);

/** Tens as decade names take them, folded: الثمانينيات، التسعينات، تسعينيات (القرن), with a clitic (بالسبعينات). */
const DECADE = /^[وفبل]?(ال|لل)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)$/;
const DECADE_TENS: Record<string, number> = {
  عشرين: 20,
  ثلاثين: 30,
  اربعين: 40,
  خمسين: 50,
  ستين: 60,
  سبعين: 70,
  ثمانين: 80,
  تسعين: 90,
};

/**
 * A decade (في الثمانينيات → 1980/1989, تسعينيات القرن الماضي): of the twentieth century, which news means by a bare
 * decade name, unless القرن الحالي / الحادي والعشرين follows; the century phrase after it belongs to the mention.
 * Not an age (في الخمسينات من عمره), and a form without ال only with its century (ستينات alone is rarely a decade).
 */
function decadeAt(toks: readonly Tok[], i: number): [Rel, number] | null {
  const t = toks[i]!;
  const m = DECADE.exec(t.w);
  if (!m) return null;
  // في الخمسينات من عمره، في العشرينات والثلاثينات من العمر: an age.
  for (let k = i + 1; k <= i + 4 && k < toks.length; k++) if (/^(?:عمر|العمر|اعمار)/.test(toks[k]!.w)) return null;
  let next = i + 1;
  if (toks[next]?.w === "من") next++;
  let century = 1900;
  const c = toks[next]?.w === "القرن" ? (toks[next + 1]?.w ?? "") : "";
  if (PAST.has(c) || c === "العشرين" || c === "20") next += 2;
  else if (CURRENT.has(c) || c === "الحادي" || c === "21") {
    century = 2000;
    next += c === "الحادي" && toks[next + 2]?.w === "والعشرين" ? 3 : 2;
  } else next = i + 1;
  if (m[1] === undefined && next === i + 1) return null;
  const y = century + DECADE_TENS[m[2]!]!;
  return [{ s: t.s, e: toks[next - 1]!.e, value: `${y}/${y + 9}`, granularity: "range", absolute: true }, next];
}

/** Words that join a year to the next one in a range: بين 2010 و2015، من 2007 إلى 2010 (folded). */
const YEAR_RANGE_JOINS = new Set(["و", "الي", "حتي", "وحتي", "-"]);
/** A year word before a year (عام، العام، سنة), or one with و joining it to the year before (والعام، وعام). */
const YEAR_WORD = /^(?:ال)?(?:عام|سنه|عامي|سنتي)$/;
const JOINED_YEAR_WORD = /^و(?:ال)?(?:عام|سنه)$/;

/** Whether token `t` is a four-digit number in the bare-year window. */
function isYearNumber(t: Tok | undefined): boolean {
  return t?.num === true && t.w.length === 4 && Number(t.w) >= MIN_BARE_YEAR && Number(t.w) <= MAX_BARE_YEAR;
}

/**
 * بين 2010 و2015، من عام 2007 إلى 2010: a four-digit number after من or بين (and a year word) is a year when another
 * year follows it across a range word (أكثر من 2000 شخص stays a quantity).
 */
function opensYearRange(toks: readonly Tok[], i: number): boolean {
  let p = i - 1;
  if (YEAR_WORD.test(toks[p]?.w ?? "")) p--;
  const opener = toks[p]?.w.replace(/^[وف]/, "") ?? "";
  if (opener !== "من" && opener !== "بين") return false;
  let j = i + 1;
  const join = toks[j]?.w ?? "";
  if (JOINED_YEAR_WORD.test(join)) j++;
  else if (YEAR_RANGE_JOINS.has(join)) j += YEAR_WORD.test(toks[j + 1]?.w ?? "") ? 2 : 1;
  else return false;
  return isYearNumber(toks[j]);
}

/** The second year of بين 2010 و2015 موضحا, من 2007 إلى العام 2010: the range word and year before it say so. */
function closesYearRange(toks: readonly Tok[], i: number): boolean {
  let j = i - 1;
  if (!JOINED_YEAR_WORD.test(toks[j]?.w ?? "")) {
    if (YEAR_WORD.test(toks[j]?.w ?? "")) j--;
    if (!YEAR_RANGE_JOINS.has(toks[j]?.w ?? "")) return false;
  }
  return isYearNumber(toks[j - 1]) && opensYearRange(toks, j - 1);
}

/** A bare year (منذ 2003، حرب 1948، "… في 2019.") not claimed by an absolute date. */
function bareYear(toks: readonly Tok[], i: number): [Rel, number] | null {
  const t = toks[i]!;
  if (t.w.length !== 4) return null;
  const y = Number(t.w);
  if (y < MIN_BARE_YEAR || y > MAX_BARE_YEAR) return null;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // Thousands written with a separator (2,000) are split by this tokeniser: not a year.
  if (prev && (prev.w === "," || prev.w === ".") && prev.e === t.s) return null;
  if (next && (next.w === "," || next.w === ".") && next.s === t.e && toks[i + 2]?.num && toks[i + 2]!.s === next.e) {
    return null;
  }
  const byWord =
    prev !== undefined && (BARE_YEAR_BEFORE.has(prev.w) || opensYearRange(toks, i) || closesYearRange(toks, i));
  // Otherwise the year must close a phrase: punctuation or the end after it.
  const closes = next === undefined || (!next.num && !/^\p{L}/u.test(next.w));
  if (!byWord && !closes) return null;
  return [{ s: t.s, e: t.e, value: String(y), granularity: "year" }, i + 1];
}

/** A first day before a dated day: "27 و28 أبريل 2021", "من 5 إلى 9 جوان", "5-9 جوان". */
const DAY_RANGE_BEFORE = /(?:^|[^\p{L}\p{N}])((?:من|بين)\s+)?(\d{1,2})\s*(?:و|-|و?الي|و?حتي)\s*$/u;
/**
 * Days listed before a dated day, the last joined by و and any before it by و or a comma: "22 و23 و24 جانفي",
 * "يومي 23 و27 مارس", "26، 27 و28 تموز" (folded). A list of commas alone (المادة 12، 5 نوفمبر) is no list.
 */
const DAY_LIST_BEFORE = /(?:^|[^\p{L}\p{N}])((?:\d{1,2}\s*[،,]\s*)*(?:\d{1,2}\s*و\s*)+)$/u;

/** Before listed days, the words that make them a range: من، بين، بين يومي، ما بين أيام (folded). */
const LIST_IS_RANGE = /(?:^|[^\p{L}])(?:من|بين)\s+(?:(?:ال)?(?:يوم|يومي|ايام)\s+)?$/u;

/**
 * Extends a day mention back over the first day of a range: value "2021-04-27/2021-04-28". Days listed with و and
 * no من/بين are each a day: one range when they follow on (أيام 22 و23 و24 جانفي → 2017-01-22/2017-01-24), else
 * a mention each (يومي 23 و27 مارس → 23 and 27 March, not the days between).
 */
function dayRange(text: string, d: DateMention): DateMention[] {
  if (d.value === null || d.value.length !== 10) return [d];
  const from = Math.max(0, d.start - WIDEN_WINDOW);
  const before = fold(text.slice(from, d.start));
  // The last day as written, in the mention's own calendar (23 of "23 شوال" is not the Gregorian day).
  const d2 = Number(/\d{1,2}/.exec(fold(d.text).text)?.[0] ?? Number.NaN);
  const at = (i: number) => from + toOriginal(before, { start: i, end: i }).start;
  const list = DAY_LIST_BEFORE.exec(before.text);
  if (list && !LIST_IS_RANGE.test(before.text.slice(0, list.index + list[0].indexOf(list[1]!)))) {
    const listAt = list.index + list[0].indexOf(list[1]!);
    const days = [...list[1]!.matchAll(/\d{1,2}/g)].map((x) => ({
      day: Number(x[0]),
      i: listAt + x.index!,
      n: x[0].length,
    }));
    // Days that make up a run ending at the dated one, in any order (أيام 15،14 و16: the first two swapped by a
    // keyboard's bidi), are one range over the whole list.
    const sorted = [...days.map((x) => x.day), d2].sort((x, y) => x - y);
    if (days.length > 1 && sorted.at(-1) === d2 && sorted.every((x, j) => j === 0 || x === sorted[j - 1]! + 1)) {
      const start = at(days[0]!.i);
      const first = addDays(d.value, sorted[0]! - d2);
      return [{ ...d, start, text: text.slice(start, d.end), value: `${first}/${d.value}`, granularity: "range" }];
    }
    // Else the run of rising days that ends at the dated one.
    let k = days.length;
    while (k > 0 && days[k - 1]!.day >= 1 && days[k - 1]!.day < (k < days.length ? days[k]!.day : d2)) k--;
    const listed = days.slice(k);
    if (listed.length === 0) return [d];
    const onward = listed.every((x, j) => (j + 1 < listed.length ? listed[j + 1]!.day : d2) === x.day + 1);
    if (onward) {
      const start = at(listed[0]!.i);
      const first = addDays(d.value, listed[0]!.day - d2);
      return [{ ...d, start, text: text.slice(start, d.end), value: `${first}/${d.value}`, granularity: "range" }];
    }
    const value = d.value;
    const each = listed.map((x): DateMention => {
      const start = at(x.i);
      const end = at(x.i + x.n);
      return { ...d, start, end, text: text.slice(start, end), value: addDays(value, x.day - d2) };
    });
    return [...each, d];
  }
  const m = DAY_RANGE_BEFORE.exec(before.text);
  if (!m) return [d];
  const d1 = Number(m[2]);
  if (!(d1 >= 1 && d1 < d2)) return [d];
  const start = at(m.index + m[0].indexOf(m[1] ?? m[2]!));
  const first = addDays(d.value, d1 - d2);
  return [{ ...d, start, text: text.slice(start, d.end), value: `${first}/${d.value}`, granularity: "range" }];
}

/**
 * Words after which a day and month name a street, a square or a political group, not a day: شارع 2 مارس، نهج 25
 * جويلية، ساحة 14 جانفي، قوى 14 آذار، تيار 8 آذار، تكتلي 8 و14 آذار (folded; with و/ب/ل/ف or ال on them). Days listed before
 * the date (قوى 14 و8 آذار) are part of the name. Such a mention keeps its span with value null, so a timeline
 * does not date the sentence by the street's day.
 */
const NAME_BEFORE_DATE =
  /(?:^|[^\p{L}])[وبلف]?(?:ال)?(?:شارع|نهج|ساحه|جاده|ميدان|طريق|قوي|تيار|تحالف|حركه|تكتلي?|فريقي?)\s+(?:\d{1,2}\s*و\s*)*$/u;

/**
 * A date whose day is written in figures or as غرة right after a street or group word (شارع 2 مارس، نهج غرة جوان):
 * a name, not a day of the story.
 */
function namesPlaceOrGroup(text: string, d: DateMention): boolean {
  if (!/^\p{N}/u.test(d.text) && !FIRST_DAY.test(fold(d.text).text.split(/\s+/)[0] ?? "")) return false;
  return NAME_BEFORE_DATE.test(fold(text.slice(Math.max(0, d.start - WIDEN_WINDOW), d.start)).text);
}

/**
 * «من كل عام» or «كل سنة» right after a date (folded), with المبارك، الكريم، ذاته or نفسه between (في شهر رمضان
 * المبارك من كل عام، في اليوم ذاته من كل عام): the date recurs every year and names no day of the calendar.
 */
const EVERY_YEAR_AFTER = /^\s*(?:(?:المبارك|الكريم|ذاته|نفسه)\s+)?(?:من\s+)?كل\s+(?:عام|سنه)(?![\p{L}\p{N}])/u;

/**
 * A date without its year that recurs every year (غرة ماي من كل سنة، في 15 أغسطس من كل عام، يونيو من كل عام): it
 * tells when something happens each year, not on which day, so it has no calendar value. A date with its year (من
 * 12 ديسمبر 2015م من كل سنة) is the first of the series and keeps it.
 */
function recursEveryYear(text: string, d: DateMention): boolean {
  return d.relative && EVERY_YEAR_AFTER.test(fold(text.slice(d.end, d.end + WIDEN_WINDOW)).text);
}

/** Extends a year mention to a range (1936 - 1939، عام (1931 / 1932)): value "1936/1939". */
function yearRange(text: string, d: DateMention): DateMention {
  const m = /^\s*[-/\u2013]\s*(\d{4}|[\u0660-\u0669]{4})(\s*\))?/.exec(text.slice(d.end, d.end + WIDEN_WINDOW));
  if (!m || d.value === null) return d;
  const y2 = Number(fold(m[1]!).text);
  const y1 = Number(d.value.slice(0, 4));
  if (!(y2 > y1 && y2 - y1 <= 100)) return d;
  // Take in the closing bracket only when the mention opened one.
  const open = /\(\s*\d/.test(fold(d.text).text);
  const end = d.end + (open ? m[0].length : m[0].length - (m[2]?.length ?? 0));
  return { ...d, end, text: text.slice(d.start, end), value: `${y1}/${y2}`, granularity: "range" };
}

/**
 * Dates mentioned in `text`, absolute and relative, resolved against `publishedAt`
 * (ISO, `2021-04-27` or a timestamp; its calendar day is used).
 *
 * @example
 * findDates("وصل الوفد أمس، وسيعود الأربعاء المقبل", "2021-04-27");
 * // [{text: "أمس", value: "2021-04-26", granularity: "day", relative: true},
 * //  {text: "الأربعاء المقبل", value: "2021-04-28", granularity: "day", relative: true}]
 * findDates("في 27 ديسمبر", "2021-01-05")[0]?.value; // "2020-12-27" (the nearest 27 December)
 */
export function findDates(text: string, publishedAt?: string): DateMention[] {
  try {
    return findDatesStrict(text, publishedAt);
  } catch {
    // Never throw on an article: a bug here must not lose the rest of its annotations.
    return [];
  }
}

/**
 * من العام الماضي / من العام الجاري / من هذا العام / من العام المقبل at token `i`, or the same without من
 * (الأول من فبراير العام الماضي، 3 أكتوبر العام المقبل): which year, relative to the publication's (−1, 0, +1),
 * and the token after the phrase; null when there is none. A mark between (5 مارس، العام الماضي شهد…) is
 * a token of its own, so a sentence that goes on with العام الماضي is not read as the date's year.
 */
function yearPhraseAt(toks: readonly DateToken[], i: number): { shift: number; next: number } | null {
  const of = toks[i]?.w === "من";
  const j = of ? i + 1 : i;
  const [a, b] = [toks[j]?.w ?? "", toks[j + 1]?.w ?? ""];
  if (a === "هذا" && (b === "العام" || b === "السنه")) return { shift: 0, next: j + 2 };
  // Bare عام needs من (من عام الماضي is rare but written; "5 مارس عام" alone is not a phrase).
  if (a !== "العام" && a !== "السنه" && !(of && a === "عام")) return null;
  const shift = PAST.has(b) ? -1 : FUTURE.has(b) ? 1 : b === "الجاري" || b === "الحالي" ? 0 : null;
  return shift === null ? null : { shift, next: j + 2 };
}

/** A Gregorian date without its year, put in year `y` (a month alone as YYYY-MM); null if it has no such day. */
function inYear(a: AbsoluteDate, y: number): string | null {
  if (a.month === undefined) return null;
  if (a.day === undefined) return isoOf(y, a.month, 1).slice(0, 7);
  return isValidGregorian(y, a.month, a.day) ? isoOf(y, a.month, a.day) : null;
}

/** `findDates` without the safety net: errors propagate (for tests and debugging). */
export function findDatesStrict(text: string, publishedAt?: string): DateMention[] {
  const f = fold(text);
  const out: DateMention[] = [];
  const toks = dateTokens(f.text);
  const ref = articleDay(toks, parseRef(publishedAt));
  const absolute = findAbsoluteDatesFolded(f, text, toks);
  const widened: Span[] = [];
  const absoluteEnds: number[] = [];
  let after = 0;
  for (const a of absolute) {
    // 30 مارس الماضي / المقبل: the adjective fixes which year a date without one is in; without
    // one, the tense of the words before it does (منذ 12 سبتمبر، ستعقد في 3 فبراير).
    let first = after;
    while (first < toks.length && f.starts[toks[first]!.s]! < a.start) first++;
    after = first;
    while (after < toks.length && f.starts[toks[after]!.s]! < a.end) after++;
    const next = toks[after]?.w ?? "";
    const adjective = PAST.has(next) ? -1 : FUTURE.has(next) ? 1 : 0;
    // 16 أكتوبر الجاري: this month's, whatever the verb.
    const past = CURRENT.has(next) ? 0 : pastVerbAround(toks, first, after);
    const dir = adjective !== 0 ? adjective : a.iso === null ? tenseBefore(toks, first) || past : 0;
    // A tense is looser than an adjective: a page dated a few days late still has "سيعقد يوم 20 يوليو"
    // a day back.
    // 5 يونيو من العام الماضي: the phrase after a date without its year says which year.
    const phrase = a.iso === null && a.calendar === "gregorian" && ref ? yearPhraseAt(toks, after) : null;
    const hijriDays = hijriSpan(a);
    const resolvedDay =
      hijriDays ??
      (phrase
        ? inYear(a, ref!.y + phrase.shift)
        : resolveAbsolute(a, ref, dir, adjective === 0 ? TENSE_SLACK_DAYS : 0));
    // الأربعاء 5 ذو القعدة، الثلاثاء 29 مايو: the weekday beside the date may say which day it is; not when an
    // adjective or a year phrase (مايو الماضي، من العام المقبل, الجاري) already said which year.
    const weekday = a.weekday ?? weekdayWrittenBefore(toks, first);
    const fixed = phrase !== null || adjective !== 0 || CURRENT.has(next);
    const value =
      resolvedDay !== null && weekday !== undefined && !(fixed && a.calendar === "gregorian")
        ? onItsWeekday(resolvedDay, weekday, { calendar: a.calendar, withYear: a.iso !== null }, ref?.iso ?? null)
        : resolvedDay;
    const [start, wideEnd] = widen(text, a.start, a.end, a.form === "numeric" ? a.month : undefined);
    const last = phrase ? toks[phrase.next - 1]! : undefined;
    const end = last ? Math.max(wideEnd, toOriginal(f, { start: last.s, end: last.e }).end) : wideEnd;
    absoluteEnds.push(last ? Math.max(a.end, end) : a.end);
    widened.push({ start, end });
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      granularity: hijriDays ? "range" : a.granularity,
      relative: a.iso === null,
    });
  }
  // بعدها بعامين، قبل ذلك بيومين: counted from the mention before them, once all are known (by start).
  const offsets = new Map<number, { unit: OffsetUnit; n: number }>();
  // Folded offsets of absolute dates, to skip their tokens.
  let ai = 0;
  const absFolded: Span[] = absolute.map((a, k) => ({ start: a.start, end: absoluteEnds[k]! }));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const os = f.starts[t.s]!;
    while (ai < absFolded.length && absFolded[ai]!.end <= os) ai++;
    const inAbs = ai < absFolded.length && os >= absFolded[ai]!.start;
    if (inAbs) continue;
    const offset = t.num ? null : offsetAt(toks, i);
    const hit: [Rel, number] | null = offset
      ? [{ s: offset.s, e: offset.e, value: null, granularity: OFFSET_GRANULARITY[offset.unit] }, offset.next]
      : t.num
        ? bareYear(toks, i)
        : (relativeAt(toks, i, ref) ?? monthAlone(toks, i, ref, f.text) ?? decadeAt(toks, i));
    if (!hit) continue;
    const [rel, next] = hit;
    const o = toOriginal(f, { start: rel.s, end: rel.e });
    let end = o.end;
    while (end < text.length && foldUnit(text.charCodeAt(end)) === -1) end++;
    const [start, wEnd] = widen(text, o.start, end);
    end = wEnd;
    // Do not run into an absolute date (a day part before "الثلاثاء 27 أبريل" is its own business).
    // Only the absolute dates on either side of this token can overlap it (spans are ordered).
    const clash = [widened[ai - 1], widened[ai], widened[ai + 1]].some(
      (a) => a !== undefined && a.start < end && start < a.end,
    );
    if (!clash && offset) offsets.set(start, offset);
    if (!clash)
      out.push({
        start,
        end,
        text: text.slice(start, end),
        value: rel.value,
        granularity: rel.granularity,
        relative: !t.num && !rel.absolute,
      });
    i = Math.max(i, next - 1);
  }
  const spans = out.flatMap((d) =>
    d.granularity === "year" ? [yearRange(text, d)] : d.granularity === "day" ? dayRange(text, d) : [d],
  );
  // A street or a group named after a day keeps its span (its figures are no count, its month is read) but dates nothing.
  const named = spans.map((d) => (namesPlaceOrGroup(text, d) ? { ...d, value: null } : d));
  named.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlaps (keep the first, longest).
  const kept: DateMention[] = [];
  let lastEnd = -1;
  for (const d of named) {
    if (d.start < lastEnd) continue;
    kept.push(d);
    lastEnd = d.end;
  }
  // "بين سبتمبر وديسمبر 2014", "28 أكتوبر - 5 نوفمبر 2016": a month or a date without its year takes the year of
  // the one it pairs with (the same, or the one before when it falls later in the year).
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1]!;
    if (!a.relative || a.value === null || b.relative || b.value === null) continue;
    const withoutYear = a.granularity === "month" || (a.granularity === "day" && /\p{N}/u.test(a.text));
    if (!withoutYear || (b.granularity !== "month" && b.granularity !== "day")) continue;
    if (!MONTH_PAIR_GAP.test(fold(text.slice(a.end, b.start)).text)) continue;
    const y2 = Number(b.value.slice(0, 4));
    const y1 = a.value.slice(5) <= b.value.slice(5) ? y2 : y2 - 1;
    const value = a.granularity === "month" ? isoOf(y1, Number(a.value.slice(5, 7))) : `${y1}${a.value.slice(4)}`;
    kept[k] = { ...a, value: isValidIso(value) ? value : a.value };
  }
  const dated = withOffsets(
    text,
    withRanges(text, withFirstDaysOnWrittenDates(text, withDatedWeekdays(text, kept))),
    offsets,
  );
  return dated.map((d) => (d.value !== null && recursEveryYear(text, d) ? { ...d, value: null } : d));
}

/** The granularity of an offset's value: an hour falls on a day, a week is counted in days. */
const OFFSET_GRANULARITY: Record<OffsetUnit, DateMention["granularity"]> = {
  hour: "day",
  day: "day",
  week: "day",
  month: "month",
  year: "year",
};

/** A `YYYY-MM-DD` or `YYYY-MM` that names a real day or month (29 February only in leap years). */
function isValidIso(v: string): boolean {
  const [y, m, d] = v.split("-").map(Number) as [number, number, number | undefined];
  return isValidGregorian(y, m, d ?? 1);
}

/** Between the two ends of a range: إلى، حتى، وحتى، لغاية، a dash (folded); و only after بين. */
const RANGE_GAP = /^\s*(?:-|\u2013|و?الي(?:\s+غايه)?|و?حتي|لغايه)\s*(?:(?:ال)?(?:عام|سنه)\s*)?$/u;
const AND_GAP = /^\s*و(?:ال)?(?:عام|سنه)?\s*$/u;
/** The word that opens a range, right before its first end or its year word: من، بين، وبين (سنتي) (folded). */
const RANGE_OPENER = /(?:^|[^\p{L}])((?:[وف]?بين|[وف]?من)\s+(?:(?:ال)?(?:عام|سنه|عامي|سنتي)\s+)?)$/u;

/**
 * Two dates joined as a range, one of which cannot stand alone (من 28 أكتوبر إلى 5 نوفمبر 2016، بين سبتمبر وديسمبر
 * 2014، من 16 أبريل إلى اليوم), or two years (بين 2010 و2015), are one mention, as Wojood marks them: its text runs from
 * the opener to the last end, its value is the interval from the first's start to the last's end (`2010/2015`,
 * `2016-10-28/2016-11-05`). Two whole dates (من يوليو 2017 إلى مايو 2018) stay two mentions, each with its own value,
 * as Wojood marks those: the contract's one value per mention carries either honestly, and a timeline keeps both
 * ends. و alone joins a range only after بين (في 2010 و2015 are two years); weeks and ends that run backwards stay
 * apart.
 */
function withRanges(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1];
    const to = b === undefined ? null : rangeEnd(b, rangeStart(a));
    const from = b === undefined ? rangeStart(a) : startInEndYear(a, b, to);
    // Two whole dates stay two mentions (Wojood: «8 / 9 / 2007 حتى 9 / 9 / 2007»); years alone join, as 1936 - 1939.
    const joins = b !== undefined && (a.relative || b.relative || (isYears(a) && isYears(b)));
    if (!joins || from === null || to === null || from.slice(0, to.length) > to) {
      out.push(a);
      continue;
    }
    const lead = Math.max(0, a.start - WIDEN_WINDOW);
    const before = fold(text.slice(lead, a.start));
    const opener = RANGE_OPENER.exec(before.text);
    const gap = fold(text.slice(a.end, b.start)).text;
    const between = opener !== null && /بين/.test(opener[1]!);
    if (!RANGE_GAP.test(gap) && !(between && AND_GAP.test(gap))) {
      out.push(a);
      continue;
    }
    const at = opener ? opener.index + opener[0].indexOf(opener[1]!) : 0;
    const start = opener ? lead + toOriginal(before, { start: at, end: at }).start : a.start;
    out.push({
      start,
      end: b.end,
      text: text.slice(start, b.end),
      value: `${from}/${to}`,
      granularity: "range",
      relative: a.relative || b.relative,
    });
    k++;
  }
  return out;
}

/** A year or a range of years (2010، 1936 - 1939). */
function isYears(d: DateMention): boolean {
  return d.value !== null && /^\d{4}(?:\/\d{4})?$/.test(d.value);
}

/** Whether a mention names a month (18 كانون الثاني، فبراير): a date of the calendar, not a day word or weekday. */
function namesMonth(text: string): boolean {
  return fold(text)
    .text.split(/[\s/()]+/)
    .some((w) => lookupMonth(w) !== undefined || (w.length > 3 && lookupMonth(w.slice(1)) !== undefined));
}

/** The first day, month or year of a mention's value; null for a week or an unresolved one. */
function rangeStart(d: DateMention): string | null {
  if (d.value === null || d.granularity === "week") return null;
  return d.value.split("/")[0]!;
}

/**
 * The start of a range `a` written without its year before an end `b` written with it (بين غرة جانفي و31 ديسمبر
 * 2015): in the year of the end `to`, or the one before, as `rangeEnd` puts an end without its year in the start's
 * year. Only for a Gregorian month's name: a Hijri one's day is not in a Gregorian year by its name. Else
 * `rangeStart`.
 */
function startInEndYear(a: DateMention, b: DateMention, to: string | null): string | null {
  const from = rangeStart(a);
  const gregorian = fold(a.text)
    .text.split(/[\s/()]+/)
    .some((w) => lookupMonth(w)?.calendar === "gregorian");
  if (from === null || to === null || to.length < 7 || b.relative || !a.relative || !gregorian) return from;
  if (a.granularity !== "day" && a.granularity !== "month") return from;
  const y = Number(to.slice(0, 4)) - (from.slice(4) > to.slice(4, from.length) ? 1 : 0);
  const moved = `${y}${from.slice(4)}`;
  return isValidIso(moved) ? moved : from;
}

/**
 * The last day, month or year of a mention's value; null for a week or an unresolved one. A date written without its
 * year (بين 9 يناير 2017 و18 يناير) ends the range in the year of its start `from`, or the one after.
 */
function rangeEnd(d: DateMention, from: string | null): string | null {
  if (d.value === null || d.granularity === "week") return null;
  const end = d.value.split("/").at(-1)!;
  const withoutYear = d.relative && (d.granularity === "month" || d.granularity === "day") && namesMonth(d.text);
  if (!withoutYear || from === null || from.length < 7) return end;
  const y = Number(from.slice(0, 4)) + (end.slice(4) < from.slice(4, end.length) ? 1 : 0);
  const moved = `${y}${end.slice(4)}`;
  return isValidIso(moved) ? moved : end;
}

/** What may stand between a weekday and the date that says which one it is: nothing, الموافق, a comma. */
const WEEKDAY_DATE_GAP = /^[\s،,:(]*(?:الموافق|الموافقه)?[\s،,:(]*$/u;

/**
 * يوم الثلاثاء الموافق 5 / 8 / 2008، الأحد 8/11/1436، والاثنين غرة ذي الحجة: a weekday followed by the date it falls
 * on is one mention with that date's value, not a weekday resolved on its own against the publication date.
 */
function withDatedWeekdays(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const d = mentions[k]!;
    const next = mentions[k + 1];
    const weekday =
      d.relative &&
      d.granularity === "day" &&
      fold(d.text)
        .text.split(/\s+/)
        .some((w) => lookupWeekday(w) !== undefined || (/^[وف]/.test(w) && lookupWeekday(w.slice(1)) !== undefined));
    if (
      weekday &&
      next !== undefined &&
      // A date, with or without its year (الأحد الموافق 8 ذو القعدة، والاثنين غرة ذي الحجة), not another weekday; a
      // first day named by words only after a bare weekday (not يوم الاثنين 13 أغسطس أول أيام شهر ذي الحجة).
      (!next.relative || /\p{N}/u.test(next.text) || (opensFirstDay(next.text) && !/\p{N}/u.test(d.text))) &&
      next.granularity === "day" &&
      next.value !== null &&
      WEEKDAY_DATE_GAP.test(fold(text.slice(d.end, next.start)).text)
    ) {
      out.push({ ...next, start: d.start, text: text.slice(d.start, next.end) });
      k++;
      continue;
    }
    out.push(d);
  }
  return out.map((d) => withClosingBracket(text, d));
}

/** How far (days) a first day by Umm al-Qura may stand from a written date beside it and still be that day. */
const FIRST_DAY_SLACK_DAYS = 2;

/**
 * A first day named by words (أول أيام شهر ذي الحجة، غرة شوال) right beside a date written in figures (يوم الاثنين 13
 * أغسطس أول أيام شهر ذي الحجة، غرة رمضان الموافق 17 مايو): the two name one day, and the written date says which, as
 * the sighting decides it; the Umm al-Qura day may be one off. Only when they are at most `FIRST_DAY_SLACK_DAYS`
 * apart, so two days listed side by side are left alone.
 */
function withFirstDaysOnWrittenDates(text: string, mentions: DateMention[]): DateMention[] {
  const written = (d: DateMention | undefined): d is DateMention & { value: string } =>
    d !== undefined && d.granularity === "day" && d.value !== null && /\p{N}/u.test(d.text) && !opensFirstDay(d.text);
  return mentions.map((d, k) => {
    if (d.granularity !== "day" || d.value === null || !opensFirstDay(d.text)) return d;
    const before = mentions[k - 1];
    const after = mentions[k + 1];
    const beside =
      written(before) && WEEKDAY_DATE_GAP.test(fold(text.slice(before.end, d.start)).text)
        ? before
        : written(after) && WEEKDAY_DATE_GAP.test(fold(text.slice(d.end, after.start)).text)
          ? after
          : undefined;
    if (beside === undefined || Math.abs(daysBetween(d.value, beside.value)) > FIRST_DAY_SLACK_DAYS) return d;
    return { ...d, value: beside.value };
  });
}

/**
 * A mention that opened a bracket it does not close takes in the closing one right after it (يوم الثلاثاء المنقضي
 * (29 مارس)، الأحد (3 أبريل)), so its text reads whole.
 */
function withClosingBracket(text: string, d: DateMention): DateMention {
  const open = d.text.lastIndexOf("(");
  if (open < 0 || d.text.indexOf(")", open) >= 0) return d;
  const close = /^\s*\)/.exec(text.slice(d.end, d.end + WIDEN_WINDOW));
  if (!close) return d;
  const end = d.end + close[0].length;
  return { ...d, end, text: text.slice(d.start, end) };
}

/** What may stand between two paired months: و، -، /، إلى، حتى (folded). */
const MONTH_PAIR_GAP = /^\s*(?:و|-|\/|الي|حتي)?\s*$/u;

/** A sentence with the date it is about. */
export interface TimelineEvent {
  /** ISO value of the date (day, month, year or week). */
  date: string;
  sentence: Span;
  /** The date mention that dated the sentence. */
  mention: DateMention;
}

/**
 * The article's timeline: each sentence that carries a resolved date, once per distinct date,
 * in date order (then text order). Sentences default to `splitSentences(text)`.
 *
 * @example
 * const text = "وصل الوفد أمس. ويغادر الأربعاء المقبل.";
 * timeline(text, findDates(text, "2021-04-27")).map(e => e.date); // ["2021-04-26", "2021-04-28"]
 */
export function timeline(
  text: string,
  dates: DateMention[],
  sentences: Span[] = splitSentences(text),
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const sorted = [...dates].filter((d) => d.value !== null).sort((a, b) => a.start - b.start);
  let di = 0;
  for (const s of sentences) {
    while (di < sorted.length && sorted[di]!.end <= s.start) di++;
    const seen = new Set<string>();
    for (let k = di; k < sorted.length && sorted[k]!.start < s.end; k++) {
      const d = sorted[k]!;
      if (d.start < s.start || d.value === null || seen.has(d.value)) continue;
      seen.add(d.value);
      events.push({ date: d.value, sentence: { start: s.start, end: s.end }, mention: d });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sentence.start - b.sentence.start));
  return events;
}
