/**
 * Gregorian ⇄ Hijri conversion with the Umm al-Qura calendar (Saudi Arabia's official
 * calendar, what Gulf outlets print beside "هـ"). Node's ICU (`Intl`, calendar
 * `islamic-umalqura`) gives Gregorian → Hijri; Hijri → Gregorian searches for the
 * day whose Umm al-Qura date is the one asked for. ICU's table covers 1300–1600 AH
 * (1882–2174 CE); outside it ICU falls back to the arithmetic (civil) Islamic calendar.
 */

/** A calendar date as three numbers (month 1–12, day 1–31). */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** One formatter, reused: building an Intl.DateTimeFormat costs ~100 µs. */
const UMALQURA = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** Mean length of a lunar month in days (synodic month), for the first guess only. */
const MEAN_LUNAR_MONTH = 29.530588;
/** 1 Muharram 1 AH in the proleptic Gregorian calendar (622-07-19), as days since 1970. */
const HIJRI_EPOCH_DAYS = Math.round(Date.UTC(622, 6, 19) / DAY_MS);

function hijriOfEpochDay(days: number): YMD {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of UMALQURA.formatToParts(new Date(days * DAY_MS))) {
    if (p.type === "year") year = Number(p.value);
    else if (p.type === "month") month = Number(p.value);
    else if (p.type === "day") day = Number(p.value);
  }
  return { year, month, day };
}

function epochDay(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / DAY_MS);
}

function ymdOfEpochDay(days: number): YMD {
  const t = new Date(days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** True when (y, m, d) is a real Gregorian date. */
export function isValidGregorian(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = ymdOfEpochDay(epochDay(y, m, d));
  return t.year === y && t.month === m && t.day === d;
}

/**
 * The Umm al-Qura date of a Gregorian date.
 *
 * @example
 * gregorianToHijri(2021, 4, 27); // { year: 1442, month: 9, day: 15 }
 */
export function gregorianToHijri(year: number, month: number, day: number): YMD {
  return hijriOfEpochDay(epochDay(year, month, day));
}

/** Days since 1970-01-01 of the first day of Hijri month (y, m), or null if the search fails. */
function hijriMonthStart(y: number, m: number): number | null {
  let guess = HIJRI_EPOCH_DAYS + Math.round(((y - 1) * 12 + (m - 1)) * MEAN_LUNAR_MONTH);
  // Each step lands within a day or two; eight steps cover the civil/Umm al-Qura drift.
  for (let i = 0; i < 8; i++) {
    const h = hijriOfEpochDay(guess);
    if (h.year === y && h.month === m && h.day === 1) return guess;
    const months = (y - h.year) * 12 + (m - h.month);
    let step = Math.round(months * MEAN_LUNAR_MONTH) + (1 - h.day);
    if (step === 0) step = months > 0 || (months === 0 && h.day < 1) ? 1 : -1;
    guess += step;
  }
  return null;
}

/**
 * The Gregorian date of an Umm al-Qura date, or null when there is no such day
 * (day 30 of a 29-day month, month outside 1–12).
 *
 * @example
 * hijriToGregorian(1442, 9, 15); // { year: 2021, month: 4, day: 27 }
 */
export function hijriToGregorian(year: number, month: number, day: number): YMD | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 9999) return null;
  const start = hijriMonthStart(year, month);
  if (start === null) return null;
  const days = start + day - 1;
  const back = hijriOfEpochDay(days);
  if (back.year !== year || back.month !== month || back.day !== day) return null;
  return ymdOfEpochDay(days);
}

/**
 * Number of days (29 or 30) of an Umm al-Qura month, or null when out of range.
 *
 * @example
 * hijriMonthLength(1442, 9); // 30
 */
export function hijriMonthLength(year: number, month: number): number | null {
  const start = hijriMonthStart(year, month);
  if (start === null) return null;
  return hijriOfEpochDay(start + 29).day === 30 ? 30 : 29;
}

/** `YYYY-MM-DD` (or a shorter prefix for coarser granularity) of a Gregorian date. */
export function isoOf(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, "0");
  if (month === undefined) return y;
  const m = String(month).padStart(2, "0");
  if (day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, "0")}`;
}

/**
 * Weekday of a Gregorian date, 0 = Sunday … 6 = Saturday (as `Date.getUTCDay`).
 *
 * @example
 * weekdayOf(2021, 4, 27); // 2 (Tuesday)
 */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((epochDay(year, month, day) + 4) % 7) + 7) % 7;
}

/** Adds `n` days to an ISO `YYYY-MM-DD` date. */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = ymdOfEpochDay(epochDay(y, m, d) + n);
  return isoOf(t.year, t.month, t.day);
}
