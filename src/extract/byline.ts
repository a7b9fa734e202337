/**
 * Bylines (`كتب: …`, `بقلم …`, `هدى جاسم، وكالات (بغداد)`, `القاهرة: «الشرق الأوسط»`) and datelines with their
 * credited agency at the start of a body (`بغداد 27 أبريل 2021 (شينخوا)`, `ايلاف من لندن:`, `الرياض - واس:`,
 * `القاهرة - (أ ف ب) -`). Matching runs on the folded text; cuts are mapped back to the original with `toOriginal`.
 */

import { fold, foldText, toOriginal } from "../arabic/fold.js";
import { lookupMonth } from "../arabic/months.js";
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

/**
 * Outlets crediting their own newsroom in a credit line (`فايز الحسيكي – عين اليوم`, `محمد الزهراني- سبق- عسير:`,
 * `دبي- الرياضية`, `بريدة - مكتب الجزيرة`), folded: the SaudiNewsNet outlets whose bodies open with one. Names that
 * are also common words (اليوم، الجزيرة) only count inside a line of credit shape (see `parseCreditLine`).
 */
const OUTLET_CREDITS: ReadonlySet<string> = new Set(
  ["سبق", "عين اليوم", "اليوم", "الرياضي", "الرياضية", "مكتب الجزيرة", "الجزيرة", "المدينة", "عكاظ", "الوئام"].map(
    foldText,
  ),
);
/** Desk words that credit a compilation, not a person or place (`عين اليوم – متابعات`), folded. */
const DESK_WORDS: ReadonlySet<string> = new Set(["متابعات", "متابعة", "خاص", "وكالات", "الوكالات"].map(foldText));
/** Desk words a reporter signs with (`سلوى سعد – متابعات`); an agency credit (`دمشق، القاهرة - الوكالات`) follows places. */
const REPORTER_DESK_WORDS: ReadonlySet<string> = new Set(["متابعات", "متابعة"].map(foldText));
/**
 * The dashes of a credit line: a hyphen, en or em dash with or without spaces (`الزهراني- سبق- عسير`), or a
 * run of tatweel or underscores standing apart from a word (`الهواملة ـ عين اليوم`, `سلوى المدني _ عين اليوم`;
 * a tatweel inside a word is elongation).
 */
/**
 * Direction marks (LRM, RLM, the embeddings and isolates) a site's editor leaves in a line: sabq types 2 of them
 * before its credit line (`\u200f\u202bعلي حفول- سبق- نجران: رعى…`, 8 records in SaudiNewsNet), where they hid
 * the line from every credit pattern. They say nothing: removed before a line is read.
 */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const CREDIT_DASH = /\s*[-–—]\s*|\s+[ـ_]+\s*|\s*[ـ_]+\s+/u;
/** A part of a credit line: Arabic words, names joined by a comma (`داليا أبوالعيش، عمر إبراهيم`). */
const CREDIT_PART = /^\p{Script=Arabic}[\p{Script=Arabic}\p{M} ،,.]*$/u;
/** A part of a credit line is at most this many words (two names, or a place like مكة المكرمة). */
const CREDIT_PART_MAX_WORDS = 4;

function creditKey(s: string): string {
  return foldText(unquote(s)).replace(/\s+/g, " ");
}

/**
 * Reads a credit line: a reporter and the outlet's desk, with or without a place, in the orders outlets set
 * them — `NAME – OUTLET` (`فايز الحسيكي – عين اليوم`), `NAME- OUTLET- PLACE:` (`محمد الزهراني- سبق- عسير:`),
 * `PLACE - OUTLET - NAME:` (`القاهرة - مكتب الجزيرة - طارق محيي:`), `OUTLET – PLACE` (`سبق- الدمام:`),
 * `PLACE – OUTLET` (`دبي- الرياضية`), `OUTLET – متابعات`; an agency beside a place or the outlet is the credit
 * (`واس- الرياض`, `الوئام - رويترز`). A place is told from a reporter by its shape (`placeLike`): a reporter's
 * name has two words or more and no article on the first. Null for any other line (`الهلال - النصر`, a sentence).
 *
 * @example
 * parseCreditLine("محمد الزهراني- سبق- عسير:"); // { byline: "محمد الزهراني", place: "عسير" }
 * parseCreditLine("مسلّم الهواملة ـ عين اليوم"); // { byline: "مسلّم الهواملة" }
 * parseCreditLine("سبق- الدمام:"); // { byline: "سبق", place: "الدمام" }
 * parseCreditLine("الجزيرة - أحمد القرني:"); // { byline: "أحمد القرني" }
 * parseCreditLine("عين اليوم – مكة المكرمة", "place"); // { byline: "عين اليوم", place: "مكة المكرمة" }
 *
 * @param afterOutlet what follows an outlet that opens the line: `"place"` in a body, where outlets open their
 * datelines so (سبق- مكة المكرمة:، عين اليوم – سان بطرسبرج); `"either"` in an author field, where a reporter
 * may follow too (الجزيرة - أحمد القرني), told from a place by `placeLike`.
 */
export function parseCreditLine(line: string, afterOutlet: "place" | "either" = "either"): BylineLine | null {
  const t = line
    .replace(DIRECTION_MARKS, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[:：]$/u, "");
  // Two reporters, then the outlet after a colon (نايف عبدالله – سعد الفراج: عين اليوم).
  const colon = /\s*:\s*([^:]+)$/u.exec(t);
  const parts = (colon && OUTLET_CREDITS.has(creditKey(colon[1]!)) ? `${t.slice(0, colon.index)} – ${colon[1]}` : t)
    .split(CREDIT_DASH)
    .map((x) => x.trim());
  if (parts.length < 2 || parts.length > 3) return null;
  if (parts.some((x) => !CREDIT_PART.test(x) || words(x) > CREDIT_PART_MAX_WORDS)) return null;
  const keys = parts.map(creditKey);
  const outlet = keys.map((k) => OUTLET_CREDITS.has(k));
  const agency = parts.map((x, i) => !outlet[i] && isAgency(x));
  const desk = keys.map((k) => DESK_WORDS.has(k));
  if (parts.length === 3) {
    // Two reporters and the outlet (حامد القرشي – قاسم الزرعي – عين اليوم).
    if (outlet[2] && personLike(parts[0]!) && personLike(parts[1]!)) return { byline: `${parts[0]}، ${parts[1]}` };
    if (!outlet[1] && !agency[1]) return null;
    const by: BylineLine = desk[2]
      ? { byline: parts[0]! } // ماجد الرفاعي- سبق- متابعة
      : placeLike(parts[0]!) && !placeLike(parts[2]!)
        ? { byline: parts[2]!, place: parts[0]! } // القاهرة - مكتب الجزيرة - طارق محيي
        : { byline: parts[0]!, place: parts[2]! }; // عوض الفهمي- سبق- أضم
    return agency[1] ? { ...by, agency: parts[1]! } : by;
  }
  const a = agency.indexOf(true);
  if (a >= 0) {
    // واس- الرياض، الوئام - رويترز: the agency is the credit, beside a place or the outlet that ran it.
    const other = parts[1 - a]!;
    if (agency[1 - a] || desk[1 - a]) return null;
    return outlet[1 - a]
      ? { byline: parts[a]!, agency: parts[a]! }
      : { byline: parts[a]!, place: other, agency: parts[a]! };
  }
  const k = outlet.indexOf(true);
  // A reporter and a desk word, without the outlet (سلوى سعد – متابعات); a place before one stays (القاهرة – متابعات).
  if (k < 0) return REPORTER_DESK_WORDS.has(keys[1]!) && personLike(parts[0]!) ? { byline: parts[0]! } : null;
  const credit = parts[k]!;
  const other = parts[1 - k]!;
  if (desk[1 - k] || outlet[1 - k]) return { byline: credit }; // عين اليوم – متابعات
  return k === 0 && afterOutlet === "place"
    ? { byline: credit, place: other }
    : placeLike(other)
      ? { byline: credit, place: other }
      : { byline: other };
}

/**
 * A part of a credit line that reads as a place rather than a reporter: one word (جدة، الدمام), or words opening
 * with the article (المدينة المنورة), which a person's given name never carries.
 */
function placeLike(part: string): boolean {
  // Folded first: a shadda or another mark inside a word (عمّان) does not split it.
  const f = foldText(part).trim();
  return !f.includes(" ") || f.startsWith("ال");
}

/** Names of people, one or several joined by a comma (أميرة المولد، حنان الحامدي): none of them `placeLike`. */
function personLike(part: string): boolean {
  return part.split(/[،,]/).every((name) => name.trim().length > 0 && !placeLike(name));
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

const BYLINE_PREFIX =
  /^(كتب|كتبت|بقلم|بواسطه|اعداد|تقرير|تحرير|متابعه|حوار|by)\s*:?\s+|^(رصد وتصوير|رصد|تصوير|عدسه)\s*[:/]\s*/u;

/**
 * Reads a standalone byline line, or returns null.
 *
 * @example
 * parseBylineLine("كتب: محمد علي"); // { byline: "محمد علي" }
 * parseBylineLine("هدى جاسم، وكالات (بغداد)"); // { byline: "هدى جاسم، وكالات", place: "بغداد" }
 * parseBylineLine("الرياض - واس"); // { byline: "واس", place: "الرياض", agency: "واس" }
 */
export function parseBylineLine(line: string): BylineLine | null {
  const t = line.replace(DIRECTION_MARKS, "").replace(/\s+/g, " ").trim();
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
  // A credit line on its own is a byline when it names a reporter (فايز الحسيكي – عين اليوم), an agency and
  // a place (الأحساء- واس, a dateline), or the outlet and a desk word (عين اليوم – متابعات); the outlet with a
  // place alone (عين اليوم – لندن) is left to the body, as the extraction gold pages keep it.
  const credit = parseCreditLine(t, "place");
  if (!credit) return null;
  if (namesReporter(credit) || (credit.agency !== undefined && credit.place !== undefined)) return credit;
  return t.split(CREDIT_DASH).some((x) => DESK_WORDS.has(creditKey(x))) && !isAgency(credit.byline) ? credit : null;
}

/** True when a credit names a reporter, not only the outlet or an agency. */
function namesReporter(b: BylineLine): boolean {
  return !OUTLET_CREDITS.has(creditKey(b.byline)) && !isAgency(b.byline);
}

/** A date with a clock time and nothing else: numbers, month and weekday names, ص/م, am/pm. */
function isTimeStamp(part: string): boolean {
  if (!/\d{1,2}:\d{2}/u.test(part)) return false;
  return part
    .split(/[\s,.:\-–—/]+/u)
    .filter((w) => w.length > 0)
    .every(
      (w) =>
        /^\d+$/u.test(w) || /^[A-Za-z]+$/u.test(w) || w === "ص" || w === "م" || lookupMonth(foldText(w)) !== undefined,
    );
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
    .replace(DIRECTION_MARKS, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[:：]+$/u, "");
  // A site's time stamp, alone or after a bar, names no one (arriyadiyah's `دبي- الرياضية | Tuesday, 09 June 2015 -
  // 17:04 pm`, al-Yaum's `يوليو 23, 2015, 5:59 م`).
  const named = t.split("|").filter((part) => !isTimeStamp(part));
  if (named.length === 0) return { byline: "" };
  t = named.join("|").trim();
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
  // A reporter and the outlet's desk (`عوض الفهمي- سبق- أضم`, `فايز الحسيكي – عين اليوم`).
  const credit = parseCreditLine(t);
  if (credit) return credit;
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
  /** The reporter a credit dateline names (`عوض الفهمي- سبق- أضم:`), if any. */
  byline?: string;
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
 * A credit line that opens a paragraph and leads into it with a colon (sabq's `عوض الفهمي- سبق- أضم: أعلنت…`,
 * `سبق- الدمام: قالت…`): the dateline up to the colon, with the reporter it names.
 */
function cutCreditDateline(paragraph: string): DatelineCut | null {
  const colon = paragraph.indexOf(":");
  if (colon < 0 || colon > DATELINE_MAX_CHARS) return null;
  const head = paragraph.slice(0, colon);
  if (!CREDIT_DASH.test(head)) return null;
  const b = parseCreditLine(head, "place");
  const rest = paragraph.slice(colon + 1).trim();
  if (!b || rest.length === 0) return null;
  const dateline: Dateline = { raw: paragraph.slice(0, colon + 1).trim() };
  if (b.place) dateline.place = b.place;
  if (b.agency) dateline.agency = b.agency;
  const cut: DatelineCut = { dateline, rest };
  // The outlet alone (سبق- الدمام:) credits no reporter.
  if (namesReporter(b)) cut.byline = b.byline;
  return cut;
}

/**
 * Cuts a dateline off the start of the first paragraph.
 *
 * @example
 * cutDateline("الرياض - واس: أعلنت الوزارة…")?.dateline; // { place: "الرياض", agency: "واس", raw: "الرياض - واس:" }
 * cutDateline("ايلاف من لندن: قال…")?.dateline.place; // "لندن"
 * cutDateline("قال الوزير - في بيان - إن…"); // null
 */
export function cutDateline(line: string): DatelineCut | null {
  const paragraph = line.replace(/^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/u, "");
  const head = paragraph.slice(0, DATELINE_MAX_CHARS + 20);
  const credited = cutCreditDateline(paragraph);
  if (credited) return credited;
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
