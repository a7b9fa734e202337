/**
 * A weekday written beside a date (الأربعاء 5 ذو القعدة، يوم الثلاثاء الموافق 18-10-1436 هـ، الثلاثاء 29 مايو) is a
 * second witness of which day is meant; when it disagrees with the day the date resolved to, the weekday often knows
 * better:
 * - a Hijri month begins when the new moon is sighted, which can be a day off the Umm al-Qura tables the calendar
 *   converts with, so a Hijri date one day off its weekday is the weekday's day (يوم السبت 25 رمضان 1436هـ الموافق 11
 *   يوليو 2015: Umm al-Qura gives Sunday the 12th);
 * - a Gregorian date without its year is in the year, of those near the publication date, its weekday falls in
 *   (الثلاثاء 29 مايو, published April 2018: 2018, not 2017, whatever the tense);
 * - a Gregorian date with its year one year off the publication date, whose weekday falls on that day of the
 *   publication year, carries a slip of the year (اليوم الاثنين 16 جانفي 2016, published 16 January 2017).
 * Any other disagreement (a writer's slip of a day) leaves the date as resolved.
 */
import { addDays, isoOf, isValidGregorian, weekdayOf } from "../arabic/calendar.js";
import type { DateToken } from "../arabic/dates.js";
import { lookupWeekday } from "../arabic/months.js";

/** How far (days) from the publication date a year-less date's weekday may move it: the nearest-year window. */
const WEEKDAY_YEAR_WINDOW_DAYS = 183;
/** How far (days) from the publication date a dated day must lie for its weekday to mend a slip of its year. */
const WEEKDAY_SLIP_DAYS = 7;

/** What the date said, besides the day it resolved to. */
export interface WrittenDate {
  calendar: "gregorian" | "hijri";
  /** Whether the year was written (5 ذو القعدة 1436، 16 جانفي 2016). */
  withYear: boolean;
}

function weekdayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return weekdayOf(y, m, d);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Marks that may stand between a weekday and its date (الأحد، 8/11/1436; الخميس (15 / 10 / 1436)). */
const WEEKDAY_GAP = new Set(["،", ",", "(", ")", "-"]);

/**
 * The weekday (0 = Sunday) written right before the date at token `i`, across marks and الموافق (يوم الإثنين 11/ 6 /
 * 1436، يوم الثلاثاء الموافق 18-10-1436، الأحد، الموافق 8 ذو القعدة), else undefined: the date finder keeps the
 * weekday of a named date (`AbsoluteDate.weekday`), not that of a numeric Hijri one or one across الموافق.
 *
 * @example weekdayWrittenBefore(dateTokens("يوم الثلاثاء الموافق 18-10-1436"), 3) // 2
 */
export function weekdayWrittenBefore(toks: readonly DateToken[], i: number): number | undefined {
  let k = i - 1;
  const skipMarks = () => {
    for (let n = 0; n < 2 && WEEKDAY_GAP.has(toks[k]?.w ?? ""); n++) k--;
  };
  skipMarks();
  if (toks[k]?.w === "الموافق" || toks[k]?.w === "الموافقه") {
    k--;
    skipMarks();
  }
  const w = toks[k]?.w ?? "";
  return lookupWeekday(w) ?? (w.length > 5 && (w[0] === "و" || w[0] === "ف") ? lookupWeekday(w.slice(1)) : undefined);
}

/**
 * The day `day` (ISO) of a date written beside weekday `weekday` (0 = Sunday), mended by the weekday where it tells
 * which day was meant (see the module comment); `day` otherwise. `published` is the publication date (ISO) or null.
 *
 * @example onItsWeekday("2015-07-12", 6, { calendar: "hijri", withYear: true }, "2015-08-06") // "2015-07-11"
 * @example onItsWeekday("2017-05-29", 2, { calendar: "gregorian", withYear: false }, "2018-04-18") // "2018-05-29"
 */
export function onItsWeekday(day: string, weekday: number, written: WrittenDate, published: string | null): string {
  if (day.length !== 10 || weekdayOfIso(day) === weekday) return day;
  if (written.calendar === "hijri") {
    for (const shift of [-1, 1]) if (weekdayOfIso(addDays(day, shift)) === weekday) return addDays(day, shift);
    return day;
  }
  if (published === null) return day;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const window = written.withYear ? WEEKDAY_SLIP_DAYS : WEEKDAY_YEAR_WINDOW_DAYS;
  for (const other of [y - 1, y + 1]) {
    if (!isValidGregorian(other, m, d) || weekdayOf(other, m, d) !== weekday) continue;
    const moved = isoOf(other, m, d);
    if (Math.abs(daysBetween(published, moved)) <= window) return moved;
  }
  return day;
}
