/**
 * Numerals as values: digits in every script with their separators and decimal marks, number words
 * (ثلاثة، أربعة عقود، ألفين) and scales (مليون، تريليونات), read into one value.
 */

import { foldText } from "../arabic/fold.js";

export interface Tok {
  w: string;
  s: number;
  e: number;
  kind: "num" | "word" | "punct";
}

/**
 * Digit runs with their separators (2,500 / 3.5 / 1.200.000 / the Arabic separator ر of 5ر1, with the
 * fraction SPA writes before it after a slash, 94/000ر59), letter runs, single marks.
 */
const TOKEN = /(?:[0-9]+\/(?=[0-9]+ر[0-9]))?[0-9]+(?:[.,ر][0-9]+)*|[\p{L}\p{M}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const LETTER = /^\p{L}/u;

/**
 * Two figures of four digits or more with a comma between and no space (1958،1962، 7771،7546): a list written
 * tight, not a decimal (decimals after a comma are a rate's: 1,5606 has one digit before it) nor thousands (three
 * digits after a separator).
 */
const LISTED_PAIR = /^([0-9]{4,}),([0-9]{4,})$/;

export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    // Only one-character tokens can be punctuation: test the letter class on those alone.
    const kind = c >= 0x30 && c <= 0x39 ? "num" : m[0].length > 1 || LETTER.test(m[0]) ? "word" : "punct";
    const pair = kind === "num" ? LISTED_PAIR.exec(m[0]) : null;
    if (pair) {
      const a = pair[1]!.length;
      out.push(
        { w: pair[1]!, s: m.index, e: m.index + a, kind },
        { w: ",", s: m.index + a, e: m.index + a + 1, kind: "punct" },
        { w: pair[2]!, s: m.index + a + 1, e: m.index + m[0].length, kind },
      );
    } else out.push({ w: m[0], s: m.index, e: m.index + m[0].length, kind });
  }
  return out;
}

// ---- number words (folded) -------------------------------------------------------------

const UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    واحد: 1,
    واحده: 1,
    اثنان: 2,
    اثنين: 2,
    اثنتان: 2,
    اثنتين: 2,
    ثلاث: 3,
    ثلاثه: 3,
    اربع: 4,
    اربعه: 4,
    خمس: 5,
    خمسه: 5,
    ست: 6,
    سته: 6,
    سبع: 7,
    سبعه: 7,
    ثمان: 8,
    ثماني: 8,
    ثمانيه: 8,
    تسع: 9,
    تسعه: 9,
    عشر: 10,
    عشره: 10,
  }),
);

/** First words of 11 and 12 (احد عشر، اثنا عشر). */
const TEEN_HEADS: ReadonlyMap<string, number> = new Map(
  Object.entries({ احد: 1, احدي: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2 }),
);

const TENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    عشرون: 20,
    عشرين: 20,
    ثلاثون: 30,
    ثلاثين: 30,
    اربعون: 40,
    اربعين: 40,
    خمسون: 50,
    خمسين: 50,
    ستون: 60,
    ستين: 60,
    سبعون: 70,
    سبعين: 70,
    ثمانون: 80,
    ثمانين: 80,
    تسعون: 90,
    تسعين: 90,
  }),
);

const HUNDREDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    مائه: 100,
    مئه: 100,
    مئتان: 200,
    مئتين: 200,
    مائتان: 200,
    مائتين: 200,
    مئتا: 200,
    مائتا: 200,
    مئتي: 200,
    مائتي: 200,
    ثلاثمائه: 300,
    ثلاثمئه: 300,
    اربعمائه: 400,
    اربعمئه: 400,
    خمسمائه: 500,
    خمسمئه: 500,
    ستمائه: 600,
    ستمئه: 600,
    سبعمائه: 700,
    سبعمئه: 700,
    ثمانمائه: 800,
    ثمانمئه: 800,
    ثمانيمائه: 800,
    تسعمائه: 900,
    تسعمئه: 900,
  }),
);

/** Scale words: singular (and its accusative), dual (value includes the 2) and plural. */
export const SCALES: ReadonlyMap<string, { scale: number; dual?: boolean; plural?: boolean }> = new Map(
  Object.entries({
    الف: { scale: 1e3 },
    الفا: { scale: 1e3 },
    مليون: { scale: 1e6 },
    مليونا: { scale: 1e6 },
    مليار: { scale: 1e9 },
    مليارا: { scale: 1e9 },
    بليون: { scale: 1e9 },
    تريليون: { scale: 1e12 },
    ترليون: { scale: 1e12 },
    الفان: { scale: 1e3, dual: true },
    الفين: { scale: 1e3, dual: true },
    الفي: { scale: 1e3, dual: true },
    مليونان: { scale: 1e6, dual: true },
    مليونين: { scale: 1e6, dual: true },
    مليوني: { scale: 1e6, dual: true },
    ملياران: { scale: 1e9, dual: true },
    مليارين: { scale: 1e9, dual: true },
    ملياري: { scale: 1e9, dual: true },
    الاف: { scale: 1e3, plural: true },
    ملايين: { scale: 1e6, plural: true },
    مليارات: { scale: 1e9, plural: true },
    بلايين: { scale: 1e9, plural: true },
    تريليونات: { scale: 1e12, plural: true },
  }),
);

/**
 * Plurals of vagueness (عشرات "tens of", مئات "hundreds of"…). An Arabic plural means at
 * least three, so "مئات" is read as the range [300, 999]; followed by a scale (مئات الآلاف)
 * both bounds are multiplied.
 */
export const APPROX: ReadonlyMap<string, number> = new Map(
  Object.entries({ عشرات: 10, مئات: 100, الاف: 1e3, ملايين: 1e6, مليارات: 1e9, بلايين: 1e9 }),
);

export const PERCENT_WORDS = new Set(["بالمائه", "بالمئه", "بالمايه", "%"]);

export const PERCENT_AFTER_FI = new Set(["المائه", "المئه"]);

export interface Parsed {
  value: number;
  max?: number;
  /** Index of the first token after the number. */
  next: number;
  /** Folded start and end of the number's text. */
  s: number;
  e: number;
  percent?: boolean;
  /** Approximate plural (a range by nature). */
  approx?: boolean;
  /** A scale word was applied (1.5 مليون): the number is not a bare year. */
  scaled?: boolean;
  /** The scale of the number's last word (1e6 for مليونين، 3 ملايين): a smaller part may follow it after و. */
  lastScale?: number;
}

/**
 * The digits of a number token in reading order. Outlets that type figures into a right-to-left line
 * make them LOOK right, so the groups are stored last first: split by the Arabic separator ر (5ر1 is 1.5;
 * `separatorR` says which ر is a decimal point), or by a dot with a right-to-left mark after it (aawsat's
 * 95.\u200f56 دولار للبرميل is 56.95, 960.\u200f407.\u200f1 يورو is 1,407,960). `marked`: the original
 * token has that mark (folding drops it). Marked dots are read from this by `decimalOf`; `quantityOf` reads
 * a scaled figure's digits from it.
 *
 * @example
 * readingOrder("5ر1", false); // "1.5"
 * readingOrder("50.1104", true); // "1104.50"
 */
export function readingOrder(w: string, marked: boolean): string {
  if (w.includes("ر")) return w.split("ر").reverse().join(".");
  if (marked && !w.includes(",")) return w.split(".").reverse().join(".");
  return w;
}

/** A dot followed by a right-to-left mark between digits: a figure stored last group first (see `readingOrder`). */
export const MARKED_DOT = /[.٫]\u200f+[0-9٠-٩۰-۹]/;

/**
 * The figure SaudiNewsNet writes with the Arabic separator ر (about 215 articles: SPA's releases and the
 * Reuters copy aawsat and aleqtisadiya carry), as decimal text; groups are stored last first (see
 * `readingOrder`). One ر is the decimal point whatever the digits after it: 29ر53 دولارا is 53.29, 0963ر1
 * دولار 1.0963, 321ر97 the dollar index at 97.321 (the close alweeam and alyaum print), 935ر6 مليون 6.935
 * million. SPA's releases also write thousands with it: several ر (540ر999ر45 ريال is 45,999,540), and one
 * before three digits with no scale after them when they are 000 ((000ر22) مسلم is 22,000) or the figure
 * is set off by brackets or slashes as those releases set figures off (`setOff`: ( 500ر307 ) متر مكعب is
 * 307,500; / 837ر72 / متر طولي the 72,837 metres alriyadh and alwatan print). A fraction comes first,
 * after a slash: 94/000ر59 is 59,000.94. Null when the groups fit neither reading.
 *
 * @example
 * separatorR("321ر97", false, false); // "97.321"
 * separatorR("000ر22", false, true); // "22000"
 * separatorR("94/000ر59", false, false); // "59000.94"
 */
function separatorR(w: string, scaleFollows: boolean, setOff: boolean): string | null {
  const slash = w.indexOf("/");
  const fraction = slash < 0 ? "" : w.slice(0, slash);
  const groups = w
    .slice(slash + 1)
    .split("ر")
    .reverse();
  const [whole, after] = groups;
  if (whole === undefined || after === undefined) return null;
  const thousands =
    fraction !== "" || groups.length > 2 || (after.length === 3 && !scaleFollows && (after === "000" || setOff));
  if (!thousands) return `${whole}.${after}`;
  if (whole.length > 3 || !groups.slice(1).every((g) => g.length === 3)) return null;
  return fraction === "" ? groups.join("") : `${groups.join("")}.${fraction}`;
}

/**
 * The decimal text of a digit token as the outlet means it (2,500 → "2500", 2,5 → "2.5", 5ر1 → "1.5"), or
 * null: the exact figure written, which `Number` and `scaled` read without floating-point noise. `marked`
 * and `setOff` as for `readingOrder` and `separatorR`.
 *
 * @example
 * decimalOf("2.500", { marked: false, scaleFollows: true, setOff: false }); // "2.500"
 */
export function decimalOf(
  w: string,
  o: { marked: boolean; scaleFollows: boolean; setOff: boolean; decimalContext?: boolean },
): string | null {
  if (w.includes("ر")) return separatorR(w, o.scaleFollows, o.setOff);
  // One marked dot is a decimal point whatever follows it: aawsat writes no thousands separator in its
  // figures (249.\u200f302 كلم is 302.249 km, 395.\u200f97 is an index at 97.395).
  if (o.marked && w.indexOf(".") === w.lastIndexOf(".")) return readingOrder(w, true);
  return digitDecimal(readingOrder(w, o.marked), o.scaleFollows || o.decimalContext === true);
}

/**
 * `value` times a power of ten, exact to the digits written: 2.05 مليار is 2,050,000,000, where
 * `2.05 * 1e9` is 2049999999.9999998 (the decimal point moves in the text, not in binary).
 */
export function scaled(value: number | string, scale: number): number {
  const decimal = String(value);
  if (/e/i.test(decimal)) return Number(decimal) * scale;
  return Number(`${decimal}e${Math.round(Math.log10(scale))}`);
}

/**
 * Reads a digit token as decimal text: 2,500 → 2500; 2,5 → 2.5; 3.5 → 3.5; 2.500 → 2500 unless a scale follows
 * (or `decimalFollows`: a context where figures are decimals, see `decimalContext`); 0.439 → 0.439 (no thousands
 * group starts with a lone 0).
 */
function digitDecimal(w: string, decimalFollows: boolean): string | null {
  const parts = w.split(/[.,]/);
  if (parts.length === 1) return w;
  const seps = w.replace(/[0-9]/g, "");
  const groups3 = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
  if (seps.length >= 2) {
    const same = seps.split("").every((c) => c === seps[0]);
    if (same && groups3) return parts.join(""); // 1,200,000 / 1.200.000
    // 1,234.5 or 1.234,5: the last separator is the decimal one.
    const last = seps[seps.length - 1];
    const intPart = parts.slice(0, -1);
    if (!intPart.slice(1).every((p) => p.length === 3)) return null;
    const dec = parts[parts.length - 1]!;
    if (
      seps
        .slice(0, -1)
        .split("")
        .some((c) => c === last)
    )
      return null;
    return `${intPart.join("")}.${dec}`;
  }
  // One separator. Three digits after it read as thousands (2,500 / 2.500 عنصر) unless a
  // scale word follows, where decimals are the norm (2.500 مليار = 2.5 billion), or the context is one of
  // decimals, or the whole part is 0 (0.439 درهم).
  if (groups3 && !decimalFollows && parts[0] !== "0") return parts.join("");
  return `${parts[0]}.${parts[1]}`;
}

/** Strips one attached و/ب/ل/ف when the rest is a number word; returns [word, clitic length]. */
export function numberWord(w: string): [string, number] {
  if (isNumberWord(w)) return [w, 0];
  if (w.length >= 4 && "وبلف".includes(w[0]!) && isNumberWord(w.slice(1))) return [w.slice(1), 1];
  return [w, 0];
}

const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [UNITS, TENS, HUNDREDS, SCALES, TEEN_HEADS, APPROX].flatMap((m) => [...m.keys()]),
);

export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

/**
 * A number word standing alone or with one attached و/ب/ل/ف (the words `numberWord` reads), longest
 * first so that an alternative never stops inside a longer word.
 */
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])[وبلف]?(?:${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{M}])`,
  "u",
);

/**
 * False when `findNumbers` can find nothing in the folded text: it holds no digit and no number
 * word. A cheap test for callers that read many short texts, most without a number (headlines).
 *
 * @example
 * mayHoldNumbers(foldText("مقتل سبعة أشخاص")); // true
 * mayHoldNumbers(foldText("مؤشر سوق الأسهم يغلق على انخفاض")); // false
 */
export function mayHoldNumbers(folded: string): boolean {
  return /[0-9]/.test(folded) || NUMBER_WORD.test(folded);
}

/**
 * The value of a folded text that is one number and nothing else, in digits or in words (4، اربعه، خمسه
 * وعشرون، ثلاثه الاف، 2,500); null otherwise. For comparing two wordings of one figure, not for finding
 * numbers in running text (see `findNumbers`).
 *
 * @example
 * numberValue(foldText("خمسة وعشرون")); // 25
 * numberValue("30"); // 30
 * numberValue(foldText("ثلاثين يوما")); // null
 */
export function numberValue(folded: string): number | null {
  const toks = tokens(folded);
  const first = toks[0];
  if (first === undefined) return null;
  if (first.kind === "num") {
    const decimal =
      toks.length === 1 ? decimalOf(first.w, { marked: false, scaleFollows: false, setOff: false }) : null;
    return decimal === null ? null : Number(decimal);
  }
  const p = parseWords(toks, 0);
  return p !== null && p.next === toks.length ? p.value : null;
}

enum Cls {
  None = 0,
  Unit = 1,
  Tens = 2,
  Hundreds = 3,
  Scale = 4,
}

/** Parses a run of number words starting at token i (ثلاثة آلاف وخمسمائة وعشرون → 3520). */
/** The first word of an ordinal teen (الحادية عشرة، الثاني عشر), without article or feminine ending. */
const ORDINAL_TEEN_HEADS = new Set(["حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"]);

function isOrdinalTeenHead(w: string): boolean {
  const bare = w.replace(/^(?:[وفلب]?ال)/, "").replace(/ه$/, "");
  return ORDINAL_TEEN_HEADS.has(bare);
}

/** Scale words whose final ا is either the accusative of one (ألفاً) or the dual before a noun (ألفا رجل). */
const ALIF_SCALES: ReadonlySet<string> = new Set(["الفا", "مليونا", "مليارا"]);

/** Words after ألفا that make it «a thousand» (ألفا من الزوار، مليونا واحدا), not the dual's construct, folded. */
const NOT_COUNTED = /^(?:[فبلك]|من|في|علي|الي|عن|حتي|منذ|خلال|مقابل|تقريبا|فقط|او|ام|واحد|واحدا)$/;

/**
 * ألفا (مليونا، مليارا) alone before the indefinite noun it counts is the dual in construct, two thousand (ألفا رجل،
 * مليونا دولار): the singular before its noun is written ألف رجل. After a figure (الـ22 ألفا), before a
 * preposition, a conjunction (مليونا ونصف) or a definite word, or at the end, it is one thousand in the accusative
 * (بلغ عددهم ألفا، ألفا من الزوار).
 */
function isDualInConstruct(w: string, prev: Tok | undefined, next: Tok | undefined): boolean {
  if (!ALIF_SCALES.has(w) || prev?.kind === "num" || next?.kind !== "word") return false;
  return !NOT_COUNTED.test(next.w) && !/^(?:و|ال)/.test(next.w) && !isNumberWord(next.w);
}

export function parseWords(toks: Tok[], i: number): Parsed | null {
  // النسخة الحادية عشرة: the عشرة of an ordinal counts nothing.
  if ((toks[i]?.w === "عشر" || toks[i]?.w === "عشره") && isOrdinalTeenHead(toks[i - 1]?.w ?? "")) return null;
  let total = 0;
  let current = 0;
  let last = Cls.None;
  let j = i;
  let s = -1;
  let e = -1;
  let words = 0;
  let lastScale = 0;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.kind !== "word") break;
    let w = t.w;
    let off = 0;
    const hasWaw = w.length > 1 && w[0] === "و" && !isNumberWord(w);
    if (hasWaw) {
      if (words === 0) {
        [w, off] = numberWord(w);
      } else {
        w = w.slice(1);
        off = 1;
      }
    } else if (words === 0) [w, off] = numberWord(w);
    const cls =
      UNITS.has(w) || TEEN_HEADS.has(w)
        ? Cls.Unit
        : TENS.has(w)
          ? Cls.Tens
          : HUNDREDS.has(w)
            ? Cls.Hundreds
            : SCALES.has(w)
              ? Cls.Scale
              : Cls.None;
    if (cls === Cls.None) break;
    if (words > 0 && hasWaw) {
      // و joins a smaller part after a larger one (ثلاثة آلاف وخمسمائة), or tens after a unit (خمسة وعشرون).
      const ok =
        last === Cls.Scale || (last === Cls.Hundreds && cls <= Cls.Tens) || (last === Cls.Unit && cls === Cls.Tens);
      if (!ok) break;
    } else if (
      words > 0 &&
      !(cls === Cls.Scale || (cls === Cls.Hundreds && last === Cls.Unit) || w === "عشر" || w === "عشره")
    ) {
      break;
    }
    if (cls === Cls.Unit) {
      const teen = TEEN_HEADS.get(w);
      const next = toks[j + 1];
      if (
        (teen !== undefined || UNITS.has(w)) &&
        next &&
        (next.w === "عشر" || next.w === "عشره") &&
        w !== "عشر" &&
        w !== "عشره"
      ) {
        current += 10 + (teen ?? UNITS.get(w)!);
        if (s < 0) s = t.s + off;
        e = next.e;
        j += 2;
        words += 2;
        last = Cls.Unit;
        continue;
      }
      if (teen !== undefined) break;
      current += UNITS.get(w)!;
    } else if (cls === Cls.Tens) current += TENS.get(w)!;
    else if (cls === Cls.Hundreds) {
      // ثلاث مئة: a unit before مئة multiplies it.
      if (last === Cls.Unit && !hasWaw && (w === "مائه" || w === "مئه")) current *= 100;
      else current += HUNDREDS.get(w)!;
    } else {
      const sc = SCALES.get(w)!;
      if (sc.plural && (current < 3 || current > 10)) break;
      lastScale = sc.scale;
      if (sc.dual || (words === 0 && isDualInConstruct(w, toks[j - 1], toks[j + 1])))
        total += (current === 0 ? 2 : current) * sc.scale;
      else total += (current === 0 ? 1 : current) * sc.scale;
      current = 0;
    }
    if (s < 0) s = t.s + off;
    e = t.e;
    last = cls;
    words++;
    j++;
  }
  if (words === 0) return null;
  const p: Parsed = { value: total + current, next: j, s, e };
  if (last === Cls.Scale) p.lastScale = lastScale;
  return p;
}

export interface Ctx {
  text: string;
  toks: Tok[];
  /** Token indices inside dates. */
  inDate: Uint8Array;
  /** Digit tokens whose original has a dot with a right-to-left mark (`MARKED_DOT`): stored last group first. */
  marked: Uint8Array;
  /** The original text, and each folded unit's offset in it (`Folded.starts`). */
  original: string;
  starts: Uint32Array;
}

/** Words of a share (سهم) in a market report; a price after one is a share's (وصولا إلى سعر 2.060 درهم). */
const SHARE_WORDS = new Set(["سهم", "السهم", "للسهم", "اسهم", "الاسهم", "لاسهم", "سهمه"]);

const PRICE_WORDS = new Set(["سعر", "بسعر", "وبسعر"]);

/** How far back (tokens) a share price looks for its share: the report names the company's share before its price. */
const SHARE_WINDOW = 20;

/** An index (مؤشر الدولار، المؤشر، مؤشره) and a currency basket: the dollar index, quoted to three decimals. */
const INDEX_WORD = /^[وف]?(?:ال|لل)?مؤشر(?:ه|ها)?$/;

const CURRENCY_WORD = /^[وف]?(?:ال|لل|ب)?(?:دولار|عملات)$/;

/** How far back (tokens) the index word, and the currency it measures, may stand. */
const INDEX_WINDOW = 15;

const CURRENCY_WINDOW = 30;

/**
 * True where a figure with three digits after one dot or comma is a decimal, not thousands. Reuters copy and
 * market reports quote decimals to three places (SaudiNewsNet and ANT, 2,054 such figures, read by context):
 * a percentage (14.920 في المائة، 3.776 %), a share's price (سعر سهم … وصولا إلى سعر 2.060 درهم), the dollar
 * index against a basket of currencies (ارتفع مؤشر الدولار … إلى 97.395; Okaz prints 97,765), not points of a
 * stock index (9,000 نقطة، 23.860 نقطة are thousands). Elsewhere (amounts, counts, weights, areas) the corpus
 * writes thousands: 10.000 ريال، 91.400 ريال، 363.378 شخصا.
 */
export function decimalContext(ctx: Ctx, i: number, next: number): boolean {
  const { toks } = ctx;
  const n = toks[next];
  if (n && (PERCENT_WORDS.has(n.w) || (n.w === "في" && PERCENT_AFTER_FI.has(toks[next + 1]?.w ?? "")))) return true;
  if (toks[i - 1]?.w === "%") return true;
  const before = (k: number) => toks.slice(Math.max(0, i - k), i).map((t) => t.w);
  if (PRICE_WORDS.has(toks[i - 1]?.w ?? "") && before(SHARE_WINDOW).some((w) => SHARE_WORDS.has(w))) return true;
  if (n?.w === "نقطه" || n?.w === "نقاط") return false;
  return (
    before(INDEX_WINDOW).some((w) => INDEX_WORD.test(w)) && before(CURRENCY_WINDOW).some((w) => CURRENCY_WORD.test(w))
  );
}

/** Folded word tokens of `s` (letters and digits). */
export function words(s: string): string[] {
  return foldText(s).match(/[\p{L}\p{M}]+|[0-9]+(?:[.,][0-9]+)*/gu) ?? [];
}
