/**
 * Month and weekday names in every Arabic system, folded for lookup.
 *
 * Gregorian months have four naming systems in Arabic news: Egyptian/Gulf (يناير…),
 * Levantine/Iraqi (كانون الثاني… نيسان…), Maghreb (جانفي، فيفري… أوت) and Moroccan/
 * Mauritanian (يوليوز، غشت، شتنبر…). Hijri months come with several spellings of their
 * second word (ربيع الآخر / الثاني, جمادى الأولى / الأول). The CLDR names
 * (./lexicon/calendar-cldr.ts, Unicode license) are completed with spelling variants seen
 * in news (إبريل، يونية، أغسطس/أغسطوس…).
 */
import { foldText } from "./fold.js";
import { CLDR_GREGORIAN_MONTHS, CLDR_HIJRI_MONTHS, CLDR_WEEKDAYS } from "./lexicon/calendar-cldr.js";

export type MonthSystem = "egyptian" | "levantine" | "maghreb" | "moroccan" | "hijri";

/** A month name: how it folds, which month it is, in which calendar. */
export interface MonthName {
  /** Folded name; two-word names are joined by one space ("كانون الثاني"). */
  folded: string;
  /** 1–12. */
  month: number;
  calendar: "gregorian" | "hijri";
  system: MonthSystem;
  /**
   * The name is also an ordinary word or a given name (مارس "he practised", صفر "zero",
   * آب/أب "father", رجب, رمضان…): accept it only next to a day number or a year.
   */
  ambiguous: boolean;
}

/** Spelling variants seen in news, beyond CLDR, by month (index 0 = January). */
const GREGORIAN_VARIANTS: readonly (readonly [MonthSystem, string[]])[][] = [
  [
    ["levantine", ["كانون الثاني", "كانون ثاني", "كانون 2"]],
    ["egyptian", ["يناير", "ينايِر"]],
    ["maghreb", ["جانفي", "جانفييه"]],
  ],
  [
    ["levantine", ["شباط"]],
    ["egyptian", ["فبراير", "فبرایر"]],
    ["maghreb", ["فيفري", "فبرير"]],
  ],
  [
    ["levantine", ["آذار"]],
    ["egyptian", ["مارس"]],
  ],
  [
    ["levantine", ["نيسان"]],
    ["egyptian", ["أبريل", "إبريل", "ابريل", "أبريـل"]],
    ["maghreb", ["أفريل", "افريل"]],
  ],
  [
    ["levantine", ["أيار"]],
    ["egyptian", ["مايو", "مايـو"]],
    ["maghreb", ["ماي"]],
  ],
  [
    ["levantine", ["حزيران"]],
    ["egyptian", ["يونيو", "يونية", "يونيه"]],
    ["maghreb", ["جوان"]],
  ],
  [
    ["levantine", ["تموز"]],
    ["egyptian", ["يوليو", "يولية", "يوليه"]],
    ["maghreb", ["جويلية", "جويليه"]],
    ["moroccan", ["يوليوز"]],
  ],
  [
    ["levantine", ["آب"]],
    ["egyptian", ["أغسطس", "اغسطس", "أغسطوس", "آغسطس"]],
    ["maghreb", ["أوت"]],
    ["moroccan", ["غشت", "أغشت"]],
  ],
  [
    ["levantine", ["أيلول"]],
    ["egyptian", ["سبتمبر", "سيبتمبر"]],
    ["moroccan", ["شتنبر", "شتمبر"]],
  ],
  [
    ["levantine", ["تشرين الأول", "تشرين أول", "تشرين 1"]],
    ["egyptian", ["أكتوبر", "اكتوبر", "أوكتوبر"]],
  ],
  [
    ["levantine", ["تشرين الثاني", "تشرين ثاني", "تشرين 2"]],
    ["egyptian", ["نوفمبر", "نوفمير"]],
    ["moroccan", ["نونبر"]],
  ],
  [
    ["levantine", ["كانون الأول", "كانون أول", "كانون 1"]],
    ["egyptian", ["ديسمبر", "دیسمبر"]],
    ["moroccan", ["دجنبر", "دجمبر"]],
  ],
];

const HIJRI_VARIANTS: readonly string[][] = [
  ["محرم", "المحرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع أول", "ربيع الاول"],
  ["ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر"],
  ["جمادى الأولى", "جمادى الأول", "جمادى أولى", "جمادي الأولى", "جمادى الاولى"],
  ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثاني", "جمادى الثاني", "جمادى آخرة"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة", "ذوالقعدة", "ذى القعدة", "ذو القعده"],
  ["ذو الحجة", "ذي الحجة", "ذوالحجة", "ذى الحجة"],
];

/**
 * Folded names that are also ordinary words or given names (see `MonthName.ambiguous`).
 * مارس: verb; ماي: "my water"/Mai; اب (آب): father; تموز, رجب, رمضان, شعبان: given names;
 * صفر: zero; جوان: Juan; ايار, اوت: rare but short.
 */
const AMBIGUOUS = new Set(["مارس", "ماي", "اب", "تموز", "صفر", "رجب", "رمضان", "شعبان", "جوان", "محرم", "شوال"]);

function normaliseName(name: string): string {
  return foldText(name).replace(/\s+/g, " ").trim();
}

function build(): Map<string, MonthName> {
  const map = new Map<string, MonthName>();
  const add = (name: string, month: number, calendar: "gregorian" | "hijri", system: MonthSystem) => {
    const folded = normaliseName(name);
    if (folded.length === 0 || map.has(folded)) return;
    map.set(folded, { folded, month, calendar, system, ambiguous: AMBIGUOUS.has(folded) });
  };
  GREGORIAN_VARIANTS.forEach((systems, i) => {
    for (const [system, names] of systems) for (const n of names) add(n, i + 1, "gregorian", system);
  });
  // CLDR names not already listed (classified as Egyptian by default: they are the pan-Arab forms).
  CLDR_GREGORIAN_MONTHS.forEach((names, i) => {
    for (const n of names) add(n, i + 1, "gregorian", "egyptian");
  });
  HIJRI_VARIANTS.forEach((names, i) => {
    for (const n of names) add(n, i + 1, "hijri", "hijri");
  });
  CLDR_HIJRI_MONTHS.forEach((names, i) => {
    for (const n of names) add(n, i + 1, "hijri", "hijri");
  });
  return map;
}

const MONTHS = build();

/** Every month name known, folded. */
export const MONTH_NAMES: readonly MonthName[] = [...MONTHS.values()];

/** First words of the month names (كانون، تشرين، ربيع، جمادي، ذو…), for scanning tokens. */
export const MONTH_FIRST_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => m.folded.split(" ")[0]!));

/**
 * The month a folded name stands for (one word, or two words joined by one space).
 *
 * @example
 * lookupMonth("نيسان"); // { folded: "نيسان", month: 4, calendar: "gregorian", system: "levantine", ambiguous: false }
 * lookupMonth(foldText("كانون الثاني"))?.month; // 1
 * lookupMonth(foldText("ذي الحجة"))?.calendar; // "hijri"
 */
export function lookupMonth(folded: string): MonthName | undefined {
  return MONTHS.get(folded);
}

/** Weekday variants by index (0 = Sunday), beyond CLDR. */
const WEEKDAY_VARIANTS: readonly string[][] = [
  ["الأحد", "الاحد", "أحد"],
  ["الاثنين", "الإثنين", "الأثنين", "الاتنين", "اثنين", "إثنين"],
  ["الثلاثاء", "الثلاثا", "ثلاثاء"],
  ["الأربعاء", "الاربعاء", "الأربعا", "أربعاء"],
  ["الخميس", "خميس"],
  ["الجمعة", "جمعة"],
  ["السبت", "سبت"],
];

function buildWeekdays(): Map<string, number> {
  const map = new Map<string, number>();
  WEEKDAY_VARIANTS.forEach((names, i) => {
    for (const n of names) map.set(normaliseName(n), i);
  });
  CLDR_WEEKDAYS.forEach((n, i) => {
    if (!map.has(normaliseName(n))) map.set(normaliseName(n), i);
  });
  return map;
}

const WEEKDAYS = buildWeekdays();

/**
 * Weekday (0 = Sunday … 6 = Saturday) of a folded weekday name, with the article
 * (الثلاثاء) or, for context uses like "يوم ثلاثاء", without it.
 * Bare forms without the article (أحد، جمعة، سبت) are ordinary words too:
 * callers should require "يوم" before them.
 *
 * @example
 * lookupWeekday(foldText("الثلاثاء")); // 2
 */
export function lookupWeekday(folded: string): number | undefined {
  return WEEKDAYS.get(folded);
}

/** True when the weekday form carries the article (الخميس), i.e. stands alone as a date word. */
export function isArticleWeekday(folded: string): boolean {
  return folded.startsWith("ال") && WEEKDAYS.has(folded);
}
