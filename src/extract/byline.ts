/**
 * Bylines (`كتب: …`, `بقلم …`, `هدى جاسم، وكالات (بغداد)`, `القاهرة: «الشرق الأوسط»`) and datelines with their
 * credited agency at the start of a body (`بغداد 27 أبريل 2021 (شينخوا)`, `ايلاف من لندن:`, `الرياض - واس:`,
 * `القاهرة - (أ ف ب) -`). Matching runs on the folded text; cuts are mapped back to the original with `toOriginal`.
 */

import { fold, foldText, toOriginal } from "../arabic/fold.js";
import type { Dateline } from "../model/types.js";

/** News agencies as credited in Arabic datelines, folded with dots and spaces removed (أ. ف. ب. → افب). */
const AGENCIES = new Set(
  [
    "شينخوا",
    "واع",
    "واس",
    "رويترز",
    "افب",
    "اب",
    "دبا",
    "الاناضول",
    "الأناضول",
    "قنا",
    "وام",
    "بترا",
    "سبا",
    "سبأ",
    "كونا",
    "وات",
    "لانا",
    "موريتانيا",
    "نوفوستي",
    "سبوتنيك",
    "ايرنا",
    "وكالات",
    "سانا",
    "ومع",
    "بنا",
    "العمانيه",
    "يونا",
    "ارنا",
    "اشا",
    "الفرنسيه",
    "فرانسبرس",
    "اسوشيتدبرس",
    "اسوشيتيدبرس",
    "رويتر",
    "سكاينيوزعربيه",
    "الشرقالاوسط",
    "cnn",
    "bbc",
    "ap",
    "afp",
    "reuters",
  ].map((a) => foldText(a).replace(/[\s.]/g, "")),
);

/** The canonical (folded, compact) key of an agency credit, when `s` is one. */
export function agencyKey(s: string): string | undefined {
  const k = foldText(s)
    .replace(/[\s.()«»"]/g, "")
    .replace(/^وكاله/, "");
  if (AGENCIES.has(k)) return k;
  return undefined;
}

/** True when `s` credits a news agency (واس، أ ف ب، "وكالة الأنباء …"). */
export function isAgency(s: string): boolean {
  return agencyKey(s) !== undefined || /^وكاله (الانباء|انباء)/.test(foldText(s).trim());
}

/** A byline line is at most this many words (a name, a role, a place). */
const BYLINE_MAX_WORDS = 9;
/** A dateline place is at most 3 words (مكة المكرمة، الدار البيضاء، أبو ظبي). */
const PLACE = "([\\p{L}]+(?: [\\p{L}]+){0,2})";
/** How far into the first paragraph a dateline may reach (characters): the longest form has a date and agency. */
const DATELINE_MAX_CHARS = 90;

function words(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function unquote(s: string): string {
  return s
    .replace(/^[\s«"“'(]+|[\s»"”')]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A parsed byline line. */
export interface BylineLine {
  byline: string;
  place?: string;
  agency?: string;
}

const BYLINE_PREFIX = /^(كتب|كتبت|بقلم|بواسطه|اعداد|تقرير|تحرير|متابعه|حوار|by)\s*:?\s+/u;

/**
 * Reads a standalone byline line, or returns null.
 *
 * @example
 * parseBylineLine("كتب: محمد علي"); // { byline: "محمد علي" }
 * parseBylineLine("هدى جاسم، وكالات (بغداد)"); // { byline: "هدى جاسم، وكالات", place: "بغداد" }
 * parseBylineLine("الرياض - واس"); // { byline: "واس", place: "الرياض", agency: "واس" }
 */
export function parseBylineLine(line: string): BylineLine | null {
  const t = line.replace(/\s+/g, " ").trim();
  if (words(t) === 0 || words(t) > BYLINE_MAX_WORDS || /[.!?؟]$/.test(t)) return null;
  const f = foldText(t);
  // A line that is only a credit ("وكالات", "واس").
  if (words(t) <= 3 && isAgency(t)) return { byline: unquote(t) };
  const pre = BYLINE_PREFIX.exec(f);
  if (pre) {
    const cut = toOriginal(fold(t), { start: pre[0].length, end: pre[0].length }).start;
    const rest = unquote(t.slice(cut));
    return rest ? cleanByline(rest) : null;
  }
  // NAME، وكالات (PLACE) / NAME (PLACE)
  const paren = /^(.+?)\s*\(([^()]{2,30})\)$/u.exec(t);
  if (paren && (/وكالات|وكاله/.test(f) || words(paren[2]!) <= 3) && words(paren[1]!) <= 6) {
    const inner = paren[2]!.trim();
    const by = paren[1]!.trim().replace(/[،,]\s*$/, "");
    if (isAgency(inner)) return { byline: by, agency: inner };
    return { byline: by, place: inner };
  }
  // PLACE - NAME / PLACE: NAME (place first, the Arabic order)
  const sep = /^([^:\-–—]{2,30}?)\s*(?::|\s[-–—])\s*(.{2,60})$/u.exec(t);
  if (sep && words(sep[1]!) <= 3 && words(sep[2]!) <= 5) {
    const place = sep[1]!.trim();
    const who = unquote(sep[2]!);
    if (isAgency(who)) return { byline: who, place, agency: who };
    if (/[«"“]/.test(sep[2]!)) return { byline: who, place };
  }
  return null;
}

/**
 * Cleans a byline taken from metadata or an author box: strips كتب/بقلم/بواسطة, a leading place (`القاهرة: …`,
 * `جدة - …`), quotes, and a trailing place after a dash when the name came first (`محمد الفهيد - أبها`).
 *
 * @example
 * cleanByline("القاهرة: «الشرق الأوسط أونلاين»").byline; // "الشرق الأوسط أونلاين"
 * cleanByline("بقلم: علي الصراف").byline; // "علي الصراف"
 * cleanByline("كوالالمبور ـ الفرنسية:"); // { byline: "الفرنسية", place: "كوالالمبور", agency: "الفرنسية" }
 */
export function cleanByline(raw: string, nameFirst = false): BylineLine {
  // A credit line often ends with the colon that led into the body (`حفر الباطن - مبارك البوادي:`, `واس:`).
  let t = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[:：]+$/u, "");
  const f = foldText(t);
  const pre = BYLINE_PREFIX.exec(f);
  if (pre) t = t.slice(toOriginal(fold(t), { start: pre[0].length, end: pre[0].length }).start).trim();
  const colon = /^([^:«"]{2,30}):\s*(.+)$/u.exec(t);
  if (colon && words(colon[1]!) <= 3) {
    const who = unquote(colon[2]!);
    return isAgency(who)
      ? { byline: who, place: colon[1]!.trim(), agency: who }
      : { byline: who, place: colon[1]!.trim() };
  }
  // Arabic papers set the dash as a run of tatweel between spaces (`لندن ـ الفرنسية`, `باريس ــ د. ب. أ`).
  const dash = /^(.{2,40}?)\s+(?:[-–—]|ـ+)\s+(.{2,40})$/u.exec(t);
  if (dash) {
    const [a, b] = [dash[1]!.trim(), dash[2]!.trim()];
    if (isAgency(b)) return { byline: unquote(b), place: a, agency: unquote(b) };
    if (isAgency(a)) return { byline: unquote(a), place: b, agency: unquote(a) };
    return nameFirst ? { byline: unquote(a), place: b } : { byline: unquote(b), place: a };
  }
  return { byline: unquote(t) };
}

/** A dateline cut off the start of a paragraph. */
export interface DatelineCut {
  dateline: Dateline;
  /** The paragraph without its dateline. */
  rest: string;
  /** The date written in the dateline, if any (raw text; the caller parses it). */
  dateText?: string;
}

const AG = "\\(?\\s*(?<agency>[\\p{L}][\\p{L}. ]{0,24}?)\\s*\\)?";
const END = "\\s*(?:[:\\-–—]\\s*)+";
/** The dateline forms, on folded text; named groups: place, agency, date, credit. */
const FORMS: { re: RegExp; needsAgency: boolean }[] = [
  // بغداد 27 أبريل 2021 (شينخوا) - / بغداد في 27 أبريل (شينخوا)
  {
    re: new RegExp(
      `^(?<place>${PLACE.slice(1, -1)})\\s+(?:في\\s+)?(?<date>\\d{1,2}\\s*[/\\-.]?\\s*[\\p{L}\\d]+(?: [\\p{L}]+)?\\s*[/\\-.]?\\s*\\d{2,4})\\s*\\((?<agency>[^()]{1,25})\\)(?:${END}|\\s+)`,
      "du",
    ),
    needsAgency: false,
  },
  // الرياض - واس: / القاهرة - (أ ف ب) - / روسيا - (أ ف ب): / بغداد/ واع:
  { re: new RegExp(`^(?<place>${PLACE.slice(1, -1)})\\s*[-–—/]\\s*${AG}${END}`, "du"), needsAgency: true },
  // بغداد (شينخوا) - / بغداد (واس):
  {
    re: new RegExp(`^(?<place>${PLACE.slice(1, -1)})\\s*\\((?<agency>[^()]{1,25})\\)(?:${END}|\\s+)`, "du"),
    needsAgency: true,
  },
  // واس - مكة المكرمة :
  {
    re: new RegExp(`^(?<agency>[\\p{L}][\\p{L}. ]{0,14}?)\\s*[-–—]\\s*(?<place>${PLACE.slice(1, -1)})\\s*:\\s*`, "du"),
    needsAgency: true,
  },
  // ايلاف من لندن:
  { re: new RegExp(`^(?<credit>[\\p{L}]+) من (?<place>${PLACE.slice(1, -1)})\\s*:\\s*`, "du"), needsAgency: false },
];

/**
 * Cuts a dateline off the start of the first paragraph.
 *
 * @example
 * cutDateline("الرياض - واس: أعلنت الوزارة…")?.dateline; // { place: "الرياض", agency: "واس", raw: "الرياض - واس:" }
 * cutDateline("ايلاف من لندن: قال…")?.dateline.place; // "لندن"
 * cutDateline("قال الوزير - في بيان - إن…"); // null
 */
export function cutDateline(paragraph: string): DatelineCut | null {
  const head = paragraph.slice(0, DATELINE_MAX_CHARS + 20);
  const f = fold(head);
  for (const { re, needsAgency } of FORMS) {
    const m = re.exec(f.text);
    if (!m?.indices || !m.groups) continue;
    if (m[0].length > DATELINE_MAX_CHARS) continue;
    const span = (name: string) => {
      const ix = m.indices?.groups?.[name];
      if (!ix) return undefined;
      const o = toOriginal(f, { start: ix[0], end: ix[1] });
      return head.slice(o.start, o.end).trim();
    };
    // "ايلاف من لندن:" credits the outlet's own desk, not an agency: only a known agency is kept as one.
    const credit = span("credit");
    const agency = span("agency") ?? (credit && isAgency(credit) ? credit : undefined);
    if (needsAgency && (!agency || !isAgency(agency))) continue;
    const end = toOriginal(f, { start: m[0].length, end: m[0].length }).start;
    const rest = paragraph.slice(end).trim();
    if (rest.length === 0) continue;
    const raw = paragraph.slice(0, end).trim();
    const dateline: Dateline = { raw };
    const place = span("place");
    if (place) dateline.place = place;
    if (agency) dateline.agency = unquote(agency);
    const cut: DatelineCut = { dateline, rest };
    const date = span("date");
    if (date) cut.dateText = date;
    return cut;
  }
  return null;
}
