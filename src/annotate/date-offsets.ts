/**
 * Offsets from a date the text has just named: «فاز بالكأس عام 2014 وبالدوري قبلها بعام», «انتخب في مايو الماضي
 * وأعلن بعد ذلك بيومين استقالته». News counts them from the date it last gave, not from its own publication date,
 * so a reading against the publication date would be wrong; the date before them, when it is near and precise
 * enough for the offset, resolves them, and otherwise they keep their span with no value.
 */
import { addDays, isoOf } from "../arabic/calendar.js";
import type { DateToken } from "../arabic/dates.js";
import { fold } from "../arabic/fold.js";
import type { DateMention } from "../model/types.js";

/** What an offset counts in. */
export type OffsetUnit = "hour" | "day" | "week" | "month" | "year";

/** An offset phrase at folded offsets `s`..`e`: `n` units after (n > 0) or before (n < 0) the date before it. */
export interface DateOffset {
  s: number;
  e: number;
  unit: OffsetUnit;
  n: number;
  /** Token index after the phrase. */
  next: number;
}

/** بعدها، قبله، بعدهما (folded, with و or ف): after or before the date just named. */
const PRONOUN_OFFSET = /^[وف]?(بعد|قبل)(?:ها|ه|هما)$/;
/** بعد ذلك، قبل ذلك، بعد هذا (the demonstrative follows as a token of its own). */
const BARE_OFFSET = /^[وف]?(بعد|قبل)$/;
const DEMONSTRATIVES = new Set(["ذلك", "ذاك", "هذا", "هذه", "تلك"]);

/** Counts from three to ten written as words, folded: بثلاثة أشهر here, قبل أربعة أيام in the date finder. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  ثلاثه: 3,
  ثلاث: 3,
  اربعه: 4,
  اربع: 4,
  خمسه: 5,
  خمس: 5,
  سته: 6,
  ست: 6,
  سبعه: 7,
  سبع: 7,
  ثمانيه: 8,
  ثماني: 8,
  تسعه: 9,
  تسع: 9,
  عشره: 10,
  عشر: 10,
};

/**
 * Duration nouns, folded: [unit, count the form implies (dual 2, singular 1), or 0 when a count must precede]. The
 * date finder reads its durations (قبل يومين، بعد ثلاث سنين) with the same table.
 */
export const DURATIONS: Readonly<Record<string, [OffsetUnit, number]>> = {
  يوم: ["day", 1],
  يوما: ["day", 0],
  يومين: ["day", 2],
  يومان: ["day", 2],
  ايام: ["day", 0],
  اسبوع: ["week", 1],
  اسبوعا: ["week", 0],
  اسبوعين: ["week", 2],
  اسابيع: ["week", 0],
  شهر: ["month", 1],
  شهرا: ["month", 0],
  شهرين: ["month", 2],
  اشهر: ["month", 0],
  شهور: ["month", 0],
  عام: ["year", 1],
  عاما: ["year", 0],
  عامين: ["year", 2],
  اعوام: ["year", 0],
  سنه: ["year", 1],
  سنتين: ["year", 2],
  سنوات: ["year", 0],
  سنين: ["year", 0],
  ساعه: ["hour", 1],
  ساعتين: ["hour", 2],
  ساعات: ["hour", 0],
};

/** Offsets above this many units are a reckoning, not an offset from a date (بعدها بمئة عام). */
const MAX_COUNT = 60;

/**
 * The duration after ب at token `i`: بيومين، بعام، بثلاثة أشهر، بـ24 يوما. Null for a vague one (بأيام، بعدة
 * أيام، بقليل) or none.
 */
function durationAt(toks: readonly DateToken[], i: number): { unit: OffsetUnit; count: number; next: number } | null {
  const t = toks[i];
  if (t === undefined) return null;
  let k = i;
  let count: number | null = null;
  if (t.w === "ب") {
    // بـ24 يوما: ب stands alone before the figure.
    const d = toks[k + 1];
    if (!d?.num || d.w.length > 2) return null;
    count = Number(d.w);
    k += 2;
  } else if (t.w[0] === "ب" && t.w.length > 2) {
    const word = t.w.slice(1);
    const unit = DURATIONS[word];
    if (unit) return unit[1] === 0 ? null : { unit: unit[0], count: unit[1], next: i + 1 };
    count = COUNT_WORDS[word] ?? null;
    k++;
  }
  const unit = count === null ? undefined : DURATIONS[toks[k]?.w ?? ""];
  if (count === null || unit === undefined || unit[1] !== 0 || count < 1 || count > MAX_COUNT) return null;
  // بعشرة أيام عمل: working days, which no calendar count gives.
  if (toks[k + 1]?.w === "عمل") return null;
  return { unit: unit[0], count, next: k + 1 };
}

/**
 * An offset phrase at token `i`: بعدها بثلاثة أشهر، وقبلها بعام، بعد ذلك بيومين، قبل ذلك بـ24 يوما; null otherwise.
 *
 * @example
 * offsetAt(dateTokens(fold("بعدها بثلاثة أشهر").text), 0); // {s: 0, e: 17, unit: "month", n: 3, next: 3}
 */
export function offsetAt(toks: readonly DateToken[], i: number): DateOffset | null {
  const t = toks[i]!;
  let dir = PRONOUN_OFFSET.exec(t.w)?.[1];
  let k = i + 1;
  if (dir === undefined) {
    dir = BARE_OFFSET.exec(t.w)?.[1];
    if (dir === undefined || !DEMONSTRATIVES.has(toks[k]?.w ?? "")) return null;
    k++;
  }
  const d = durationAt(toks, k);
  if (d === null) return null;
  // و/ف on the first word is a conjunction, not part of the mention.
  const s = /^[وف]/.test(t.w) ? t.s + 1 : t.s;
  return { s, e: toks[d.next - 1]!.e, unit: d.unit, n: dir === "بعد" ? d.count : -d.count, next: d.next };
}

/** A four-digit number in the years news dates by, standing alone. */
const UNTAKEN_YEAR = /(?:^|[^\p{N}])(?:19|20)\d\d(?![\p{N}])/u;

/** Characters an offset may stand from the date it counts from; further, the date before it is another story's. */
export const OFFSET_ANCHOR_WINDOW = 300;

/**
 * The value of an offset counted from the mention `anchor` before it, and its granularity: days and weeks from a day,
 * months from a day or a month, years from any of them; hours fall on the anchor's day. Null when the anchor is not
 * precise enough (بعدها بيومين after a month) or is a range or week.
 *
 * @example
 * offsetValue({ value: "2015-03-03", granularity: "day" }, "month", 3); // { value: "2015-06", granularity: "month" }
 */
export function offsetValue(
  anchor: Pick<DateMention, "value" | "granularity">,
  unit: OffsetUnit,
  n: number,
): { value: string | null; granularity: DateMention["granularity"] } {
  const granularity = unit === "hour" || unit === "week" ? "day" : unit;
  const v = anchor.value;
  const g = anchor.granularity;
  if (v === null || (g !== "day" && g !== "month" && g !== "year")) return { value: null, granularity };
  const y = Number(v.slice(0, 4));
  if (unit === "year") return { value: String(y + n), granularity };
  if (unit === "month") {
    if (g === "year") return { value: null, granularity };
    const total = y * 12 + Number(v.slice(5, 7)) - 1 + n;
    return { value: isoOf(Math.floor(total / 12), (total % 12) + 1), granularity };
  }
  if (g !== "day") return { value: null, granularity };
  const days = unit === "hour" ? 0 : unit === "week" ? 7 * n : n;
  return { value: addDays(v, days), granularity };
}

/**
 * Resolves each offset mention (its start in `offsets`) against the nearest mention before it in the same paragraph
 * and within `OFFSET_ANCHOR_WINDOW` characters, with no year left between them, itself resolved first when it is an offset (في 2010… بعدها بعامين…
 * وبعدها بعام: 2012, then 2013); with none, its value stays null. Mentions are in text order.
 */
export function withOffsets(
  text: string,
  mentions: readonly DateMention[],
  offsets: ReadonlyMap<number, { unit: OffsetUnit; n: number }>,
): DateMention[] {
  if (offsets.size === 0) return [...mentions];
  const out: DateMention[] = [];
  for (const d of mentions) {
    const o = offsets.get(d.start);
    const anchor = out.at(-1);
    if (o === undefined) {
      out.push(d);
      continue;
    }
    const between = text.slice(anchor?.end ?? 0, d.start);
    // A year between them that no mention took (توج بمونديال 1998 وبعدها بعامين) is the date it counts from.
    const near =
      anchor !== undefined &&
      d.start - anchor.end <= OFFSET_ANCHOR_WINDOW &&
      !between.includes("\n") &&
      !UNTAKEN_YEAR.test(fold(between).text);
    out.push({ ...d, ...(near ? offsetValue(anchor, o.unit, o.n) : { value: null }) });
  }
  return out;
}
