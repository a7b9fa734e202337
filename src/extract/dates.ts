/**
 * Publication dates: normalising metadata values, reading date lines (`الجمعة 31 جويلية 2015 - 03:47`,
 * `• 4/10/2021 • 00:00 • 1 • 0`), deciding D/M against M/D from evidence, relative header dates (منذ ساعتين).
 * Month names, Hijri conversion and numeric parsing come from `src/arabic` (dates, months, calendar).
 */

import { weekdayOf } from "../arabic/calendar.js";
import { type AbsoluteDate, findAbsoluteDates } from "../arabic/dates.js";
import { foldText } from "../arabic/fold.js";
import { isArticleWeekday, lookupWeekday } from "../arabic/months.js";

/** A date decision: ISO value, evidence and whether the day/month order was a guess. */
export interface FoundDate {
  value: string;
  evidence: string;
  ambiguous?: boolean;
}

/**
 * A date line is short: after the date, weekday and time are taken out, at most this many words remain
 * (labels such as "نشر في", "بتوقيت مكة المكرمة", "آخر تحديث"). 4 covers every header date of the dev templates.
 */
const DATE_LINE_REST_WORDS = 4;
/** …and the whole line is at most this many words. */
const DATE_LINE_MAX_WORDS = 16;
/** Years accepted from metadata (a typo such as 0215 or 2105 is not a publication date). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/**
 * A metadata date value as ISO: ISO strings are kept as written (their calendar day is the outlet's local day),
 * RFC 2822 and other forms go through `Date.parse` (UTC).
 *
 * @example
 * normalizeMetaDate("2015-08-10T19:38:44+03:00"); // "2015-08-10T19:38:44+03:00"
 * normalizeMetaDate("Wed, 07 Mar 2018 18:45:15 GMT"); // "2018-03-07T18:45:15.000Z"
 * normalizeMetaDate("2015/08/10"); // "2015-08-10"
 */
export function normalizeMetaDate(raw: string): string | null {
  // Digits folded only: ISO's "T" and zone letters must survive (foldText would lower-case them).
  const v = raw.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  const iso = ISO_PREFIX.exec(v);
  if (iso)
    return validYear(Number(iso[1])) && Number(iso[2]) <= 12 && Number(iso[3]) <= 31 ? v.replace(/ /, "T") : null;
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v);
  if (ymd) return `${ymd[1]}-${ymd[2]!.padStart(2, "0")}-${ymd[3]!.padStart(2, "0")}`;
  if (!/[a-z]/i.test(v)) return null;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return validYear(d.getUTCFullYear()) ? d.toISOString() : null;
}

/** Weekday named with the article (الثلاثاء) anywhere in `text`, or undefined. */
export function weekdayIn(text: string): number | undefined {
  for (const w of foldText(text).split(/[^\p{L}]+/u)) {
    if (w && isArticleWeekday(w)) return lookupWeekday(w);
  }
  return undefined;
}

/**
 * The publication weekday a body states about its own day: "اليوم (السبت)" → Saturday, "أمس (الجمعة)" → Saturday.
 * Looked for in the opening of the body only (later mentions are about other days).
 */
export function publicationWeekdayHint(body: string): number | undefined {
  const f = foldText(body.slice(0, 1500));
  const m = /(اليوم|امس|الليله|مساء اليوم|صباح اليوم|مساء امس|صباح امس)\s*[(،,-]?\s*(ال[\p{L}]+)/u.exec(f);
  if (!m) return undefined;
  const wd = lookupWeekday(m[2]!);
  if (wd === undefined || !isArticleWeekday(m[2]!)) return undefined;
  return m[1]!.includes("امس") ? (wd + 1) % 7 : wd;
}

function weekdayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return weekdayOf(y, m, d);
}

/**
 * Decides an ambiguous numeric date (4/10/2021) with a weekday: the reading whose weekday matches wins;
 * otherwise the preferred order, flagged ambiguous.
 */
export function decideNumeric(
  d: AbsoluteDate,
  order: "dmy" | "mdy",
  weekday: number | undefined,
): { iso: string; ambiguous: boolean } | null {
  if (!d.iso) return null;
  if (!d.ambiguous || !d.isoAlt) return { iso: d.iso, ambiguous: false };
  // findAbsoluteDates reads day first; isoAlt is the month-first reading.
  const dmy = d.iso;
  const mdy = d.isoAlt;
  if (weekday !== undefined) {
    const a = weekdayOfIso(dmy) === weekday;
    const b = weekdayOfIso(mdy) === weekday;
    if (a !== b) return { iso: a ? dmy : mdy, ambiguous: false };
  }
  return { iso: order === "dmy" ? dmy : mdy, ambiguous: true };
}

/** Day-granular dates of a text with a year, in order. */
function dayDates(text: string): AbsoluteDate[] {
  let found: AbsoluteDate[];
  try {
    found = findAbsoluteDates(text);
  } catch {
    // A date-finder failure on one odd line must not lose the article (the date is optional evidence).
    return [];
  }
  return found.filter((d) => d.granularity === "day" && d.iso !== null);
}

/**
 * Best date of one line: Gregorian over Hijri when both are written, numeric order decided by weekdays (the
 * line's own, else `context`, a weekday or a function computing it only when the date is ambiguous).
 */
export function dateOfLine(
  line: string,
  order: "dmy" | "mdy",
  context?: number | (() => number | undefined),
): { iso: string; ambiguous: boolean } | null {
  const ds = dayDates(line);
  if (ds.length === 0) return null;
  const d = ds.find((x) => x.calendar === "gregorian") ?? ds[0]!;
  if (!d.ambiguous) return decideNumeric(d, order, undefined);
  const wd = d.weekday ?? weekdayIn(line) ?? (typeof context === "function" ? context() : context);
  return decideNumeric(d, order, wd);
}

/**
 * True when `line` is mostly a date: a day-granular date plus at most a few label words (weekday, time,
 * "نشر في", "بتوقيت …").
 *
 * @example
 * isDateLine("الجمعة 31 جويلية 2015 - 03:47"); // true
 * isDateLine("وصل الوفد في 31 يوليو 2015 إلى الرياض لبحث الملف"); // false
 */
export function isDateLine(line: string): boolean {
  // Every date form has a number in it (day or year): most lines are rejected here, before the date finder.
  if (!/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(line)) return false;
  const total = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (total === 0 || total > DATE_LINE_MAX_WORDS) return false;
  const ds = dayDates(line);
  if (ds.length === 0) return false;
  let rest = "";
  let at = 0;
  for (const d of ds) {
    rest += ` ${line.slice(at, d.start)}`;
    at = d.end;
  }
  rest += ` ${line.slice(at)}`;
  const restWords = foldText(rest)
    .replace(/\d{1,2}:\d{2}(:\d{2})?/g, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !isArticleWeekday(w) && !/^(ه|هـ|م|مـ|ص|am|pm|gmt|utc)$/i.test(w));
  return restWords.length <= DATE_LINE_REST_WORDS;
}

const RELATIVE = /منذ\s*(\d+)?\s*(ساعه|ساعات|ساعتين|دقيقه|دقائق|دقيقتين|يوم|يومين|ايام)/u;

/**
 * A relative header date (منذ ساعتين, منذ 3 أيام) resolved against the page's reference date.
 *
 * @example
 * relativeDate("منذ ساعتين", "2018-03-07T18:45:15.000Z"); // "2018-03-07"
 */
export function relativeDate(line: string, reference: string): string | null {
  const m = RELATIVE.exec(foldText(line));
  const ref = normalizeMetaDate(reference);
  if (!m || !ref) return null;
  const n = m[1] ? Number(m[1]) : /ين$/.test(m[2]!) ? 2 : 1;
  const unit = m[2]!;
  const t = Date.parse(ref);
  if (Number.isNaN(t)) return null;
  const hours = /ساع/.test(unit) ? n : /دقي/.test(unit) ? n / 60 : n * 24;
  return new Date(t - hours * 3_600_000).toISOString().slice(0, 10);
}
