/**
 * Absolute dates in Arabic text: month names in every system (يناير، نيسان، جانفي، غشت),
 * Hijri dates (15 رمضان 1442 هـ, converted with Umm al-Qura), years in context (عام 2021،
 * 1442 هـ) and numeric dates (4/10/2021, 2021-04-10) with their day/month ambiguity.
 *
 * Found in the folded text (Arabic-Indic digits already ASCII), spans mapped back to the
 * original with `toOriginal`. One pass over the tokens plus one linear regex pass: no
 * backtracking-prone patterns, time linear in the input.
 */
import type { Span } from "../model/types.js";
import { gregorianToHijri, hijriToGregorian, isoOf, isValidGregorian, weekdayOf, type YMD } from "./calendar.js";
import { type Folded, fold, foldUnit, toOriginal } from "./fold.js";
import { lookupMonth, lookupWeekday, MONTH_FIRST_WORDS, type MonthName } from "./months.js";

/** A date written in full or in part, with its Gregorian ISO value when it has one. */
export interface AbsoluteDate extends Span {
  /** The original text of the span. */
  text: string;
  /**
   * Gregorian ISO (`2021-04-27`, `2021-04`, `2021`); for Hijri dates, the Gregorian
   * equivalent (a Hijri month or year gives the Gregorian month or year it starts in).
   * Null when the year is not written (27 نيسان): resolve it against a reference date.
   */
  iso: string | null;
  granularity: "day" | "month" | "year";
  calendar: "gregorian" | "hijri";
  /** Weekday named in the date (الثلاثاء 27 أبريل), 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** Numeric date whose first two numbers could be day/month or month/day (4/10/2021). */
  ambiguous?: boolean;
  /** The other reading of an ambiguous numeric date. */
  isoAlt?: string;
  /** The date as written, in its own calendar (Hijri numbers for Hijri dates). */
  year?: number;
  month?: number;
  day?: number;
  /** How the date was written. */
  form: "named" | "numeric" | "year";
}

/** A parsed numeric date. */
export interface NumericDate {
  iso: string;
  year: number;
  month: number;
  day: number;
  ambiguous: boolean;
  /** The month-first (or day-first) reading when `ambiguous`. */
  isoAlt?: string;
}

/**
 * Years accepted next to a Gregorian month name or a year keyword. News mentions history
 * (Wojood: 1854, 1921), so the floor is low; the month name or keyword is the evidence.
 */
const MIN_GREGORIAN_YEAR = 1000;
const MAX_GREGORIAN_YEAR = 2199;
/** Umm al-Qura years ICU covers exactly (1300–1600 AH); beyond it the civil calendar is used. */
const MIN_HIJRI_YEAR = 1000;
const MAX_HIJRI_YEAR = 1700;
/**
 * Numeric dates (4/10/2021) carry no word to say they are dates: only years in this window
 * are accepted, so that version numbers, scores and phone fragments are not read as dates.
 */
const MIN_NUMERIC_YEAR = 1900;
const MAX_NUMERIC_YEAR = 2099;
/** A bare year after a preposition (منذ 1948) is accepted only in this window. */
const MIN_CONTEXT_YEAR = 1900;
const MAX_CONTEXT_YEAR = 2099;

/** Hijri years a numeric date with its era marker (8/11/1436هـ) may carry: 1300–1500 AH (1882–2077). */
const MIN_NUMERIC_HIJRI_YEAR = 1300;
const MAX_NUMERIC_HIJRI_YEAR = 1500;
/** The era marker after a numeric Hijri date, folded (هـ، هجري، هجرية). */
const HIJRI_NUMERIC_ERA = /^\s?(?:هجريه|هجري|ه)(?![\p{L}])/u;

/** Hijri years read without their era after a word that introduces a date: 1380–1460 AH (1960–2039). */
const MIN_UNMARKED_HIJRI_YEAR = 1380;
const MAX_UNMARKED_HIJRI_YEAR = 1460;
/** Words that introduce a date (folded). */
const DATE_INTRODUCERS: ReadonlySet<string> = new Set(["الموافق", "الموافقه", "بتاريخ", "تاريخ", "يوم"]);

const TWO_DIGIT_YEAR_PIVOT = 70; // 4/10/21 → 2021, 4/10/85 → 1985

/**
 * Parses a numeric date: `D/M/Y`, `M/D/Y` (separators `/ . -`), `Y-M-D`. Two-digit years
 * are read 1970–2069. When both of the first two numbers could be a month, the reading
 * is ambiguous: `iso` follows `preferDayFirst` (Arabic outlets write day first) and
 * `isoAlt` holds the other one.
 *
 * @example
 * parseNumericDate("4/10/2021", true); // { iso: "2021-10-04", isoAlt: "2021-04-10", ambiguous: true, ... }
 * parseNumericDate("2021-04-10"); // { iso: "2021-04-10", ambiguous: false, ... }
 * parseNumericDate("31/4/2021"); // null (April has 30 days)
 */
export function parseNumericDate(text: string, preferDayFirst = true): NumericDate | null {
  const m = /^\s*(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\s*$/.exec(text.normalize("NFKC"));
  if (!m) {
    const folded = fold(text).text;
    if (folded !== text) return parseNumericDate(folded, preferDayFirst);
    return null;
  }
  const a = Number(m[1]);
  const b = Number(m[3]);
  const c = Number(m[4]);
  if (m[1]!.length === 4) return single(a, b, c);
  if (m[4]!.length === 3 || m[4]!.length === 1) return null;
  const year = m[4]!.length === 2 ? (c < TWO_DIGIT_YEAR_PIVOT ? 2000 + c : 1900 + c) : c;
  const dayFirst = isValidGregorian(year, b, a) ? isoOf(year, b, a) : null;
  const monthFirst = isValidGregorian(year, a, b) ? isoOf(year, a, b) : null;
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    const [iso, isoAlt] = preferDayFirst ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
    const [mo, d] = preferDayFirst ? [b, a] : [a, b];
    return { iso, isoAlt, ambiguous: true, year, month: mo, day: d };
  }
  if (dayFirst) return { iso: dayFirst, ambiguous: false, year, month: b, day: a };
  if (monthFirst) return { iso: monthFirst, ambiguous: false, year, month: a, day: b };
  return null;
}

function single(year: number, month: number, day: number): NumericDate | null {
  if (!isValidGregorian(year, month, day)) return null;
  return { iso: isoOf(year, month, day), ambiguous: false, year, month, day };
}

/** `foldUnit` result for a unit folding removes. */
const DROPPED = -1;

/** A token of folded text as the date scanners see it (exported so callers can share one pass). */
export interface DateToken {
  /** Folded form. */
  w: string;
  /** Folded offsets. */
  s: number;
  e: number;
  /** All ASCII digits. */
  num: boolean;
}

/** Digits, letter runs (with marks) and single punctuation marks; digits and letters split (2021م). */
const TOKEN = /[0-9]+|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\p{N}]/gu;

type Tok = DateToken;

/** Tokens of folded text: digit runs, letter runs (with marks), single punctuation marks. */
export function dateTokens(text: string): DateToken[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    out.push({ w: m[0], s: m.index, e: m.index + m[0].length, num: c >= 0x30 && c <= 0x39 });
  }
  return out;
}

const OF = new Set(["من"]);
const MONTH_WORD = new Set(["شهر", "الشهر", "لشهر"]);
/** Words between a month and its year: "أبريل من عام 2021", "أبريل العام 2021". */
const YEAR_WORDS = new Set(["عام", "العام", "سنه", "السنه", "لعام", "للعام", "لسنه", "للسنه", "عامي", "بعام"]);
/** Prepositions after which a bare four-digit number in the year window is a year. */
const YEAR_PREPOSITIONS = new Set(["منذ", "حتي", "خلال", "مطلع", "اواخر", "اوائل", "اواسط", "اواسط", "بدايه", "نهايه"]);
const GREGORIAN_ERA = new Set(["م", "ميلادي", "ميلاديه", "للميلاد"]);
const HIJRI_ERA = new Set(["ه", "هجري", "هجريه", "للهجره", "هج"]);
/** Attached clitics tolerated on a month name (وأبريل، بنيسان، لشهر…). */
const CLITICS = new Set(["و", "ب", "ل", "ف"]);

interface MonthHit {
  name: MonthName;
  /** Token index after the month name. */
  next: number;
  /** Folded start (after a clitic). */
  s: number;
  e: number;
}

/** The month name spelled `w` at token i (or i and i+1), starting at folded offset s. */
function monthWord(toks: readonly Tok[], i: number, text: string, w: string, s: number): MonthHit | null {
  if (!MONTH_FIRST_WORDS.has(w)) return null;
  const t = toks[i]!;
  const n = toks[i + 1];
  // Two-word names only when the words are separated by spaces alone.
  if (n && /^\s+$/.test(text.slice(t.e, n.s))) {
    const two = lookupMonth(`${w} ${n.w}`);
    if (two) return { name: two, next: i + 2, s, e: n.e };
  }
  const one = lookupMonth(w);
  // "كانون" alone is not a month; two-word names were tried above.
  if (one) return { name: one, next: i + 1, s, e: t.e };
  return null;
}

function monthAt(toks: readonly Tok[], i: number, text: string): MonthHit | null {
  const t = toks[i];
  if (!t || t.num) return null;
  const hit = monthWord(toks, i, text, t.w, t.s);
  if (hit) return hit;
  if (t.w.length >= 4 && CLITICS.has(t.w[0]!)) {
    const h = monthWord(toks, i, text, t.w.slice(1), t.s + 1);
    if (h && !h.name.ambiguous) return h;
  }
  return null;
}

function asInt(t: Tok | undefined, maxLen: number): number | null {
  if (!t?.num || t.w.length > maxLen) return null;
  return Number(t.w);
}

interface Raw {
  s: number;
  e: number;
  calendar: "gregorian" | "hijri";
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  form: AbsoluteDate["form"];
  ambiguous?: boolean;
  iso?: string | null;
  isoAlt?: string;
  /** A Hijri month with a Gregorian year (رمضان 2019). */
  gregorianYear?: boolean;
}

/** Ordinal day words (masculine, as days are), folded. */
const ORDINAL_UNITS: Record<string, number> = {
  الاول: 1,
  الحادي: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
};
const ORDINAL_TENS: Record<string, number> = { العشرين: 20, الثلاثين: 30 };

/** An ordinal day ending at token k (التاسع، الحادي عشر، الحادي والعشرين) as [day, first token]. */
function ordinalBefore(toks: readonly Tok[], k: number): [number, number] | null {
  const w = toks[k]?.w;
  if (w === undefined) return null;
  if (w in ORDINAL_UNITS) return [ORDINAL_UNITS[w]!, k];
  if (w === "عشر") {
    const u = ORDINAL_UNITS[toks[k - 1]?.w ?? ""];
    return u !== undefined && u < 10 ? [10 + u, k - 1] : null;
  }
  if (w in ORDINAL_TENS) return [ORDINAL_TENS[w]!, k];
  if (w[0] === "و" && w.slice(1) in ORDINAL_TENS) {
    const u = ORDINAL_UNITS[toks[k - 1]?.w ?? ""];
    const t = ORDINAL_TENS[w.slice(1)]!;
    return u !== undefined && u < 10 && t + u <= 31 ? [t + u, k - 1] : null;
  }
  return null;
}

/** A weekday name just before token `i` (skipping "," "(" ")" and "يوم"), as [weekday, folded start]. */
function weekdayBefore(toks: readonly Tok[], i: number): [number, number] | null {
  let k = i - 1;
  let skipped = 0;
  while (
    k >= 0 &&
    skipped < 3 &&
    (toks[k]!.w === "," || toks[k]!.w === "(" || toks[k]!.w === ")" || toks[k]!.w === "-")
  ) {
    k--;
    skipped++;
  }
  const t = toks[k];
  if (!t || t.num) return null;
  let w = t.w;
  let s = t.s;
  if (w.length >= 5 && (w[0] === "و" || w[0] === "ف")) {
    w = w.slice(1);
    s += 1;
  }
  const wd = lookupWeekday(w);
  if (wd === undefined) return null;
  // Bare forms (جمعة، سبت) are ordinary words unless "يوم" precedes them.
  if (!w.startsWith("ال") && toks[k - 1]?.w !== "يوم") return null;
  return [wd, s];
}

function namedDates(toks: readonly Tok[], text: string, out: Raw[]): Set<number> {
  const used = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const hit = monthAt(toks, i, text);
    if (!hit) continue;
    const { name } = hit;
    let s = hit.s;
    let e = hit.e;
    // Backwards: [day] [من] [شهر] month.
    let k = i - 1;
    if (k >= 0 && MONTH_WORD.has(toks[k]!.w)) k--;
    if (k >= 0 && OF.has(toks[k]!.w)) k--;
    let day = asInt(toks[k], 2);
    // An ordinal day needs من (التاسع من شباط، الحادي والعشرين من نيسان).
    if (day === null && k < i - 1 && OF.has(toks[k + 1]?.w ?? "")) {
      const o = ordinalBefore(toks, k);
      if (o) {
        day = o[0];
        k = o[1];
      }
    }
    let dayTok = -1;
    if (day !== null && day >= 1 && day <= (name.calendar === "hijri" ? 30 : 31)) {
      dayTok = k;
      s = toks[k]!.s;
    }
    // Forwards: [/ other-name | (other-name)] [,] [من] [عام] [(] year [)] [era].
    let j = hit.next;
    const alt = toks[j];
    // Agencies print both names, with or without a mark between (29 مارس آذار، شباط/فبراير).
    const bare = alt !== undefined && /^\p{L}/u.test(alt.w) && /^\s+$/.test(text.slice(toks[j - 1]!.e, alt.s));
    if (alt && (alt.w === "/" || alt.w === "(" || alt.w === "-" || alt.w === '"' || bare)) {
      const other = monthAt(toks, bare ? j : j + 1, text);
      if (other && other.name.month === name.month && other.name.calendar === name.calendar) {
        e = other.e;
        j = other.next;
        // The closing mark of "(أغسطس)" or «يوليو» (folded to ").
        const close = alt.w === "(" ? ")" : alt.w === '"' ? '"' : null;
        if (close && toks[j]?.w === close) e = toks[j++]!.e;
      }
    }
    let y = j;
    if (toks[y]?.w === ",") y++;
    if (toks[y] && OF.has(toks[y]!.w)) y++;
    if (toks[y] && YEAR_WORDS.has(toks[y]!.w)) y++;
    const paren = toks[y]?.w === "(";
    if (paren) y++;
    let year = asInt(toks[y], 4);
    let gregorianYear = false;
    let calendar = name.calendar;
    if (year !== null && toks[y]!.w.length === 4) {
      let yEnd = toks[y]!.e;
      let z = y + 1;
      if (paren && toks[z]?.w === ")") yEnd = toks[z++]!.e;
      const era = toks[z];
      if (era && (HIJRI_ERA.has(era.w) || GREGORIAN_ERA.has(era.w))) {
        // Era markers are the calendar's signature; a Hijri marker on a Gregorian month is a typo we keep Gregorian.
        yEnd = era.e;
        if (toks[z + 1]?.w === "." && era.w === "ه") yEnd = toks[z + 1]!.e;
      }
      const [lo, hi] =
        calendar === "hijri" ? [MIN_HIJRI_YEAR, MAX_HIJRI_YEAR] : [MIN_GREGORIAN_YEAR, MAX_GREGORIAN_YEAR];
      if (year >= lo && year <= hi) e = yEnd;
      else if (
        calendar === "hijri" &&
        year >= MIN_NUMERIC_YEAR &&
        year <= MAX_NUMERIC_YEAR &&
        !HIJRI_ERA.has(era?.w ?? "")
      ) {
        // رمضان 2019: a Hijri month named in a Gregorian year.
        e = yEnd;
        gregorianYear = true;
      } else year = null;
    } else year = null;
    if (dayTok < 0 && year === null) continue;
    const raw: Raw = { s, e, calendar, month: name.month, form: "named" };
    if (gregorianYear) raw.gregorianYear = true;
    if (dayTok >= 0) raw.day = day!;
    if (year !== null) raw.year = year;
    if (dayTok >= 0) {
      const wd = weekdayBefore(toks, dayTok);
      if (wd) {
        raw.weekday = wd[0];
        raw.s = wd[1];
      }
    }
    calendar = name.calendar;
    out.push(raw);
    for (let q = dayTok >= 0 ? dayTok : i; q < toks.length && toks[q]!.s < raw.e; q++) used.add(q);
  }
  return used;
}

function yearDates(toks: readonly Tok[], used: Set<number>, out: Raw[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.num || t.w.length !== 4 || used.has(i)) continue;
    const year = Number(t.w);
    let s = t.s;
    let e = t.e;
    let k = i - 1;
    const paren = toks[k]?.w === "(";
    if (paren) k--;
    const before = toks[k];
    let z = i + 1;
    if (paren && toks[z]?.w === ")") e = toks[z++]!.e;
    const era = toks[z];
    let calendar: "gregorian" | "hijri" = "gregorian";
    let ok = false;
    if (era && HIJRI_ERA.has(era.w) && year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR) {
      calendar = "hijri";
      e = era.e;
      ok = true;
    } else if (era && GREGORIAN_ERA.has(era.w) && year >= MIN_GREGORIAN_YEAR && year <= MAX_GREGORIAN_YEAR) {
      e = era.e;
      ok = true;
    }
    if (before && YEAR_WORDS.has(before.w) && year >= MIN_GREGORIAN_YEAR && year <= MAX_GREGORIAN_YEAR) {
      s = before.s;
      ok = true;
    } else if (before && YEAR_PREPOSITIONS.has(before.w) && year >= MIN_CONTEXT_YEAR && year <= MAX_CONTEXT_YEAR) {
      ok = true;
    }
    if (!ok) continue;
    out.push({ s, e, calendar, year, form: "year" });
    used.add(i);
  }
}

/**
 * Numeric dates. The separators must repeat (4/10/2021, not 4/10-2021); single spaces around
 * them are allowed (tokenised corpora write "26 / 4 / 1947"). Bounded quantifiers only: linear.
 */
const NUMERIC =
  /(?<![\p{N}\p{L}/.-])(?:(\d{4}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{1,2})|(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\6 ?(\d{4}))(?![\p{N}]|[/.-]\d)/gu;

function numericDates(ftext: string, toks: readonly Tok[], out: Raw[]): void {
  NUMERIC.lastIndex = 0;
  // Token index by folded start, for the weekday look-behind.
  let ti = 0;
  for (let m = NUMERIC.exec(ftext); m !== null; m = NUMERIC.exec(ftext)) {
    const s = m.index;
    const e = s + m[0].length;
    let parsed: NumericDate | null;
    if (m[1] !== undefined) {
      const y = Number(m[1]);
      parsed = y >= MIN_NUMERIC_YEAR && y <= MAX_NUMERIC_YEAR ? single(y, Number(m[3]), Number(m[4])) : null;
    } else {
      const y = Number(m[8]);
      parsed =
        y >= MIN_NUMERIC_YEAR && y <= MAX_NUMERIC_YEAR ? parseNumericDate(`${m[5]}/${m[7]}/${m[8]}`, true) : null;
      // 8/11/1436هـ: a Hijri date, day first, marked by its era — or, for this century's years, by the
      // words that introduce a date (الموافق 17/10/1436، يوم الأحد 10/10/1436).
      const era = HIJRI_NUMERIC_ERA.exec(ftext.slice(e, e + 12));
      const day = Number(m[5]);
      const month = Number(m[7]);
      while (ti < toks.length && toks[ti]!.s < s) ti++;
      const introduced =
        y >= MIN_UNMARKED_HIJRI_YEAR &&
        y <= MAX_UNMARKED_HIJRI_YEAR &&
        (DATE_INTRODUCERS.has(toks[ti - 1]?.w ?? "") || weekdayBefore(toks, ti) !== null);
      const hijri = era !== null || introduced;
      if (!parsed && hijri && y >= MIN_NUMERIC_HIJRI_YEAR && y <= MAX_NUMERIC_HIJRI_YEAR && month <= 12 && day <= 30) {
        out.push({ s, e: e + (era?.[0].length ?? 0), calendar: "hijri", year: y, month, day, form: "numeric" });
        continue;
      }
    }
    if (!parsed) continue;
    while (ti < toks.length && toks[ti]!.s < s) ti++;
    const raw: Raw = {
      s,
      e,
      calendar: "gregorian",
      year: parsed.year,
      month: parsed.month,
      day: parsed.day,
      form: "numeric",
      iso: parsed.iso,
    };
    const wd = weekdayBefore(toks, ti);
    if (wd) {
      raw.weekday = wd[0];
      raw.s = wd[1];
    }
    if (parsed.ambiguous && parsed.isoAlt) {
      // A weekday named beside the date settles the reading (الأحد 4/10/2021).
      const wdOf = (iso: string) => {
        const [y, mo, d] = iso.split("-").map(Number) as [number, number, number];
        return weekdayOf(y, mo, d);
      };
      const firstOk = raw.weekday !== undefined && wdOf(parsed.iso) === raw.weekday;
      const altOk = raw.weekday !== undefined && wdOf(parsed.isoAlt) === raw.weekday;
      if (altOk && !firstOk) {
        const [y, mo, d] = parsed.isoAlt.split("-").map(Number) as [number, number, number];
        raw.iso = parsed.isoAlt;
        raw.month = mo;
        raw.day = d;
        raw.year = y;
      } else if (!(firstOk && !altOk)) {
        raw.ambiguous = true;
        raw.isoAlt = parsed.isoAlt;
      }
    }
    out.push(raw);
  }
}

function finish(raw: Raw, f: Folded, original: string): AbsoluteDate | null {
  const { start } = toOriginal(f, { start: raw.s, end: raw.e });
  let { end } = toOriginal(f, { start: raw.s, end: raw.e });
  // Take in marks folding dropped at the end (the tatweel of "هـ", a final vowel sign).
  while (end < original.length && foldUnit(original.charCodeAt(end)) === DROPPED) end++;
  let iso: string | null = raw.iso ?? null;
  let granularity: AbsoluteDate["granularity"] =
    raw.day !== undefined ? "day" : raw.month !== undefined ? "month" : "year";
  if (raw.iso === undefined && raw.year !== undefined) {
    if (raw.calendar === "gregorian") {
      if (granularity === "day") {
        if (!isValidGregorian(raw.year, raw.month!, raw.day!)) return null;
        iso = isoOf(raw.year, raw.month, raw.day);
      } else iso = isoOf(raw.year, raw.month);
    } else if (raw.gregorianYear) {
      // The Hijri year whose month falls in that Gregorian year (a Hijri year is 11 days shorter).
      const hy0 = gregorianToHijri(raw.year, 1, 1).year;
      let found: YMD | null = null;
      for (const hy of [hy0, hy0 + 1]) {
        const g = hijriToGregorian(hy, raw.month!, raw.day ?? 1);
        if (g && g.year === raw.year) {
          found = g;
          break;
        }
      }
      if (!found) return null;
      iso = granularity === "day" ? isoOf(found.year, found.month, found.day) : isoOf(found.year, found.month);
    } else {
      const g = hijriToGregorian(raw.year, raw.month ?? 1, raw.day ?? 1);
      if (!g) {
        if (granularity === "day") return null;
      } else
        iso =
          granularity === "day"
            ? isoOf(g.year, g.month, g.day)
            : granularity === "month"
              ? isoOf(g.year, g.month)
              : isoOf(g.year);
    }
  }
  if (raw.year === undefined && raw.day === undefined) granularity = "month";
  const d: AbsoluteDate = {
    start,
    end,
    text: original.slice(start, end),
    iso,
    granularity,
    calendar: raw.calendar,
    form: raw.form,
  };
  if (raw.weekday !== undefined) d.weekday = raw.weekday;
  if (raw.ambiguous) d.ambiguous = true;
  if (raw.isoAlt !== undefined) d.isoAlt = raw.isoAlt;
  if (raw.year !== undefined) d.year = raw.year;
  if (raw.month !== undefined) d.month = raw.month;
  if (raw.day !== undefined) d.day = raw.day;
  return d;
}

/**
 * Absolute dates in `text`, in order, non-overlapping, spans in the original text.
 * A month name counts only next to a day number or a year (مارس alone is also a verb);
 * day + month without a year is returned with `iso: null` for the caller to resolve.
 *
 * @example
 * findAbsoluteDates("الثلاثاء 27 أبريل/نيسان 2021")[0];
 * // { text: "الثلاثاء 27 أبريل/نيسان 2021", iso: "2021-04-27", granularity: "day", calendar: "gregorian", weekday: 2, ... }
 * findAbsoluteDates("15 رمضان 1442 هـ")[0]?.iso; // "2021-04-27"
 * findAbsoluteDates("في 4/10/2021")[0]; // { iso: "2021-10-04", isoAlt: "2021-04-10", ambiguous: true, ... }
 */
export function findAbsoluteDates(text: string): AbsoluteDate[] {
  const f = fold(text);
  return findAbsoluteDatesFolded(f, text);
}

/** `findAbsoluteDates` over text already folded (saves a fold when the caller has one). */
export function findAbsoluteDatesFolded(
  f: Folded,
  original: string,
  toks: readonly DateToken[] = dateTokens(f.text),
): AbsoluteDate[] {
  const raws: Raw[] = [];
  numericDates(f.text, toks, raws);
  const used = namedDates(toks, f.text, raws);
  // Numeric dates' tokens are not bare years.
  for (let i = 0, r = 0; i < toks.length; i++) {
    while (r < raws.length && raws[r]!.form === "numeric" && raws[r]!.e <= toks[i]!.s) r++;
    const n = raws[r];
    if (n && n.form === "numeric" && toks[i]!.s >= n.s && toks[i]!.e <= n.e) used.add(i);
  }
  yearDates(toks, used, raws);
  raws.sort((a, b) => a.s - b.s || b.e - a.e);
  const out: AbsoluteDate[] = [];
  let lastEnd = -1;
  for (const r of raws) {
    if (r.s < lastEnd) continue; // overlaps a longer or earlier date
    const d = finish(r, f, original);
    if (!d) continue;
    out.push(d);
    lastEnd = r.e;
  }
  return out;
}
