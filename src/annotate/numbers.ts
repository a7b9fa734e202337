/**
 * Numbers and what they count: digits in every script (folding makes them ASCII), thousands
 * separators (2,500 / ٢٬٥٠٠ / 2.500), decimals (3.5 / ٣٫٥ / 2,5), percentages (% ٪ بالمائة
 * في المئة), number words (ثلاثة، خمسة وعشرون، ألفين، ثلاثة آلاف وخمسمائة), scales (2.5 مليون،
 * 500 ألف), approximate plurals (عشرات، مئات الآلاف → a range), ranges (بين 5 و10، 5-10،
 * من 5 إلى 10), lists that name their noun once (3، 4 و5 ملايين نسمة: number-lists.ts) and the counted noun.
 *
 * Unit convention (`NumberClaim.unit`): `"percent"` for percentages; otherwise the counted
 * noun right after the number (or after من), FOLDED, without clitics, in the SINGULAR
 * (أشخاص → شخص، عنصرا → عنصر، قتلى → قتيل، مصابين → مصاب، سيارات → سياره), so that two
 * outlets' claims can be compared; null when no noun follows. The span covers the number
 * with its scale and percent sign, not the noun.
 *
 * Numbers that belong to dates (findAbsoluteDates), times (10:30), alphanumeric names
 * (كوفيد-19، F16) and bare years are skipped. One pass over tokens: linear time.
 */

import { findAbsoluteDatesFolded } from "../arabic/dates.js";
import { type Folded, fold, foldUnit, toOriginal } from "../arabic/fold.js";
import type { NumberClaim, Span } from "../model/types.js";
import { type ListItem, shareListUnits } from "./number-lists.js";
import { CLOCK_AFTER, isPrepositionalHead, PARTITIVE_HEADS, PERCENT, unitAfter } from "./number-units.js";
import {
  APPROX,
  type Ctx,
  decimalContext,
  decimalOf,
  MARKED_DOT,
  numberWord,
  type Parsed,
  PERCENT_AFTER_FI,
  PERCENT_WORDS,
  parseWords,
  SCALES,
  scaled,
  type Tok,
  tokens,
} from "./number-words.js";

export {
  conflictingNumbers,
  type NumberConflict,
  type OutletNumbers,
  type Quantity,
  quantityOf,
} from "./number-conflicts.js";
export { PERCENT, unitOf } from "./number-units.js";
export { mayHoldNumbers, numberValue } from "./number-words.js";

const APPROX_MIN_FACTOR = 3;

const APPROX_MAX_FACTOR = 10;

/** A percent word with the next preposition typed against it (90 بالمئةمن جسدها), folded; group 1 is the percent word. */
const GLUED_PERCENT = /^(بالمائه|بالمئه|بالمايه|المائه|المئه)(?:من|في|علي|عن|الي)$/;

const RANGE_WORDS = new Set(["الي", "حتي", "لغايه"]);

/** Words before the first bound of a worded range (من 5 إلى 10، ما بين 5 و10). */
const RANGE_OPENERS = new Set(["من", "بين", "مابين"]);

/** Words before a number that make it a name (رقم 89، القرار 1373), not a quantity. */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  "رقم",
  "برقم",
  "الرقم",
  "ورقم",
  // Ordinal positions a number indexes (في الدقيقة 20 من المباراة، المركز 14، المادة 12): not a count.
  "الدقيقه",
  "الدقيقتين",
  "الدقائق",
  "المادتين",
  "المركز",
  "المرتبه",
  "الجوله",
  "الماده",
  "البند",
  "الفقره",
  "الصفحه",
  "الحلقه",
  // The edition, stage or unit a number names (النسخة 49، المرحلة 37 من الدوري، اللواء 35 مدرع، الكيلو 84، طراز 737).
  "النسخه",
  "الطبعه",
  "المرحله",
  "الجزء",
  "الطابق",
  "اللواء",
  "الكتيبه",
  "الكيلو",
  "طراز",
  "موديل",
]);

/**
 * Words before a number that make it a position only when the number takes the article (الدورة الـ61) or «من» follows
 * it (الدورة 73 من طلبة الكلية، الأسبوع 37 من الدوري، العدد 437 من مجلة): before a counted noun the number counts
 * (ويشارك في الدورة 50 طالبة، في نهاية الأسبوع 408 مهاجرين، بلغ العدد 244 موظفا).
 */
const POSITION_WORDS: ReadonlySet<string> = new Set(["الدوره", "الاسبوع", "الفرقه", "العدد", "الشوط"]);

/**
 * Nouns that a product, a platform or an operation is named after (جهاز ألفا ستيم، منصة بيبر ألفا، عملية ألفا): a number
 * word after one is part of the name, folded, without clitics.
 */
const NAMED_THINGS: ReadonlySet<string> = new Set(["جهاز", "منصه", "ماركه", "طراز", "موديل", "عمليه"]);

/** True when `w` (folded) is an identifier word, also with a preposition or و on it (للمادتين 77 و125، وبالمركز 3). */
function isIdentifierWord(w: string, words: ReadonlySet<string> = IDENTIFIER_WORDS): boolean {
  if (words.has(w)) return true;
  if (w.startsWith("لل")) return words.has(`ال${w.slice(2)}`);
  return /^[وفب]ال/.test(w) && words.has(w.slice(1));
}

/** True when `w` (folded) is a noun things are named after, also with one clitic on it (لجهاز، بمنصة). */
function isNamedThing(w: string): boolean {
  return NAMED_THINGS.has(w) || (/^[وفبل]/.test(w) && NAMED_THINGS.has(w.slice(1)));
}

const CLOCK_BEFORE: ReadonlySet<string> = new Set(["الساعه", "والساعه", "بالساعه"]);

/**
 * The digit token at i alone between brackets, quote marks or slashes: (12)، «12»، ” 12 ”، / 17 / يوما (SPA's
 * releases). Slashes next to a number are a date's or a fraction's (24 /9 / إلى 5 /10), and slashes that
 * touch a word outside them a path's (/192075/http), not brackets.
 */
function isBracketed(toks: readonly Tok[], i: number): boolean {
  const open = toks[i - 1];
  const close = toks[i + 1];
  if (open?.w === "/" && close?.w === "/") {
    const before = toks[i - 2];
    const after = toks[i + 2];
    if (before?.kind === "num" || after?.kind === "num") return false;
    return (before === undefined || before.e < open.s) && (after === undefined || after.s > close.e);
  }
  return (open?.w === "(" && close?.w === ")") || (open?.w === '"' && close?.w === '"');
}

/** Scale words in the dual's construct (ألفي رجل، مليوني دولار), folded: they never stand without their noun. */
const CONSTRUCT_DUALS: ReadonlySet<string> = new Set(["الفي", "مليوني", "ملياري"]);

/** Digits with two thousands separators or more (5.969.428، 75,003,560), folded: a figure written out in full. */
const FULL_GROUPS = /^[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})+$/;

/** The article (with a clitic) written on a figure: «الـ22» folds to «ال22», «وللـ5» to «ولل5». */
const DEFINITE_FIGURE = /(?:^|[^\p{L}\p{N}])[وفبك]?(?:ال|لل)$/u;

/** A number (digits or words) starting at token i, with its scale, without range or unit. */
function parseNumber(ctx: Ctx, i: number): Parsed | null {
  const { toks, text } = ctx;
  const t = toks[i];
  if (!t || ctx.inDate[i]) return null;
  if (t.kind === "num") {
    // Alphanumeric names (كوفيد-19، F16، A320) and times (10:30) are not quantities.
    const before = text[t.s - 1];
    // One attached و/ب/ل/ف/ك (و2.5 مليون، ب10 آلاف) is a clitic, not part of a name.
    const clitic = before !== undefined && "وبلفك".includes(before) && !/[\p{L}\p{N}]/u.test(text[t.s - 2] ?? "");
    // The article on a figure (الـ22 ألفا، للـ173 مليونا; folding drops the tatweel) is no name either.
    const article = DEFINITE_FIGURE.test(text.slice(Math.max(0, t.s - 4), t.s));
    if (before !== undefined && /[\p{L}]/u.test(before) && !clitic && !article) return null;
    if (before === "-" && /[\p{L}]/u.test(text[t.s - 2] ?? "")) return null;
    const after = text[t.e];
    if (after !== undefined && /[\p{L}]/u.test(after) && !"موهـ".includes(after)) return null;
    if (after === ":" && /[0-9]/.test(text[t.e + 1] ?? "")) return null;
    if (before === ":" && /[0-9]/.test(text[t.s - 2] ?? "")) return null;
    // (12) مليون، «160» مليون ريال: a bracketed or quoted number (folding makes every quote mark ")
    // still takes the scale and the noun after the closing mark.
    const setOff = isBracketed(toks, i);
    const bracketed = setOff && toks[i + 2]?.kind === "word";
    const nextTok = bracketed ? toks[i + 2] : toks[i + 1];
    const sc = nextTok?.kind === "word" ? SCALES.get(nextTok.w) : undefined;
    const decimal = decimalOf(t.w, {
      marked: ctx.marked[i] === 1,
      scaleFollows: sc !== undefined,
      setOff,
      decimalContext: /^[0-9]{1,3}[.,][0-9]{3}$/.test(t.w) && decimalContext(ctx, i, bracketed ? i + 2 : i + 1),
    });
    const v = decimal === null ? Number.NaN : Number(decimal);
    if (decimal === null || !Number.isFinite(v)) return null;
    const s = bracketed ? toks[i - 1]!.s : t.s;
    // (5.969.428) مليون مسافر، 75,003,560 مليون ريال: a figure written out in full with its groups already says
    // its millions; the scale word after it repeats them.
    if (sc && FULL_GROUPS.test(t.w) && v >= sc.scale) {
      return { value: v, next: i + (bracketed ? 3 : 2), s, e: nextTok!.e, scaled: true };
    }
    // 1.5 ملياري دولار، 2 مليوني ريال: the dual's construct written after a figure is its scale, not a second figure.
    if (sc && (!sc.dual || CONSTRUCT_DUALS.has(nextTok!.w))) {
      return {
        value: scaled(decimal, sc.scale),
        next: i + (bracketed ? 3 : 2),
        s,
        e: nextTok!.e,
        scaled: true,
        lastScale: sc.scale,
      };
    }
    if (bracketed) return { value: v, next: i + 2, s, e: toks[i + 1]!.e };
    return { value: v, next: i + 1, s, e: t.e };
  }
  if (t.kind !== "word") return null;
  const [w0, off] = numberWord(t.w);
  const approx = APPROX.get(w0);
  if (approx !== undefined && !(SCALES.has(w0) && toks[i - 1]?.kind === "num")) {
    let lo = approx * APPROX_MIN_FACTOR;
    let hi = approx * APPROX_MAX_FACTOR - 1;
    let next = i + 1;
    let e = t.e;
    // مئات الآلاف، عشرات الملايين.
    const n = toks[next];
    if (n?.kind === "word") {
      // الآلاف، الملايين; آلاف itself folds to الاف, which only looks definite.
      const sc = SCALES.get(n.w) ?? (n.w.startsWith("ال") ? SCALES.get(n.w.slice(2)) : undefined);
      if (sc?.plural || (sc && !sc.dual)) {
        lo *= sc.scale;
        hi = (hi + 1) * sc.scale - 1;
        next++;
        e = n.e;
      }
    }
    return { value: lo, max: hi, next, s: t.s + off, e, approx: true };
  }
  return parseWords(toks, i);
}

/** Percent marker right after the number: % (also before it, RTL scrapes), بالمائة, في المئة. */
function percentAfter(ctx: Ctx, p: Parsed, startTok: number, taken = -1): Parsed {
  const { toks } = ctx;
  const n = toks[p.next];
  if (n && PERCENT_WORDS.has(n.w)) return { ...p, percent: true, next: p.next + 1, e: n.e };
  if (n?.w === "في" && PERCENT_AFTER_FI.has(toks[p.next + 1]?.w ?? "")) {
    return { ...p, percent: true, next: p.next + 2, e: toks[p.next + 1]!.e };
  }
  // 90 بالمئةمن جسدها: the span ends with the percent word.
  const glued = n?.kind === "word" ? GLUED_PERCENT.exec(n.w) : null;
  if (glued && PERCENT_WORDS.has(glued[1]!))
    return { ...p, percent: true, next: p.next + 1, e: n!.s + glued[1]!.length };
  const fi = toks[p.next + 1];
  const gluedFi = n?.w === "في" && fi?.kind === "word" ? GLUED_PERCENT.exec(fi.w) : null;
  if (gluedFi && PERCENT_AFTER_FI.has(gluedFi[1]!)) {
    return { ...p, percent: true, next: p.next + 2, e: fi!.s + gluedFi[1]!.length };
  }
  const b = toks[startTok - 1];
  // A % before the number (RTL scrapes: %30), unless the previous number already took it (30% 40).
  if (b?.w === "%" && b.e === toks[startTok]!.s && b.s >= taken) return { ...p, percent: true, s: b.s };
  return p;
}

/**
 * A decimal written with the Arabic comma and a space (و96، 3 في المئة: 96.3%), the number at token i being its whole
 * part: one to three digits, the comma against them, one space, then one or two digits (not a round 20, an item of
 * a list) and a percent sign or word. Null for anything else: a list (3، 4 و5 في المئة; 5، 10، 15 في المئة), a
 * thousands figure before a percent (57.000، 9 بالمئة), a pair with no percent (6، 18 كم).
 */
function spacedDecimal(ctx: Ctx, i: number, whole: Parsed): Parsed | null {
  const { toks } = ctx;
  const a = toks[i]!;
  const comma = toks[i + 1];
  const b = toks[i + 2];
  if (whole.next !== i + 1 || whole.scaled || comma?.w !== "," || b?.kind !== "num") return null;
  if (!/^(?:0|[1-9][0-9]{0,2})$/.test(a.w) || !/^[0-9][1-9]?$/.test(b.w)) return null;
  if (comma.s !== a.e || b.s !== comma.e + 1 || ctx.inDate[i + 2]) return null;
  if (toks[i - 1]?.w === "," && toks[i - 2]?.kind === "num") return null;
  const fraction = parseNumber(ctx, i + 2);
  if (fraction === null || fraction.next !== i + 3 || fraction.scaled) return null;
  const p: Parsed = { value: Number(`${a.w}.${b.w}`), next: i + 3, s: a.s, e: b.e };
  return percentAfter(ctx, p, i).percent ? p : null;
}

/**
 * What a number counts when «من أصل M …» follows it (token k is the من): M's counted noun, or null when M
 * has none; undefined when no part-of-a-whole follows.
 *
 * @example
 * // "فاز بـ 20 من أصل 30 مقعدا": the 20 counts مقعد, as the 30 does.
 */
function partitiveUnit(ctx: Ctx, k: number): string | null | undefined {
  const { toks } = ctx;
  if (toks[k]?.w !== "من" || !PARTITIVE_HEADS.has(toks[k + 1]?.w ?? "")) return undefined;
  const whole = parseNumber(ctx, k + 2);
  if (!whole) return undefined;
  return percentAfter(ctx, whole, k + 2).percent ? null : unitAfter(ctx, whole.next, whole.approx === true);
}

/** The counted noun after token index `k`, or the one its whole counts (`partitiveUnit`). */
function partitiveOrUnit(ctx: Ctx, k: number, approx: boolean): string | null {
  const whole = partitiveUnit(ctx, k);
  return whole === undefined ? unitAfter(ctx, k, approx) : whole;
}

/** Words before a four-digit number that make it a year (في 2019 شهدت). */
const YEAR_CONTEXT = new Set(["في", "وفي", "ففي", "عام", "العام", "منذ", "حتي", "خلال", "بعد", "قبل", "مطلع", "نهايه"]);

/** Events named with their year (مونديال 2018، أولمبياد 2020), folded. */
const EVENT_NAMES = new Set(["مونديال", "اولمبياد", "اكسبو", "رؤيه", "دوره", "بطوله"]);

/** Bare years (في 2021، 2021 شهد) are dates without a date marker: not quantities. */
const MIN_BARE_YEAR = 1900;

const MAX_BARE_YEAR = 2099;

/**
 * Hijri years a news text names (1300–1500 AH, 1882–2077 CE). Numbers in this range are also common
 * counts (1400 شخص), so they are years only with a year word before them or a mark after them.
 */
const MIN_HIJRI_YEAR = 1300;

const MAX_HIJRI_YEAR = 1500;

type Calendar = "hijri" | "gregorian";

/** Nouns a year follows (عام، للعام، والسنة، الموسم، عامي), folded, with their clitics. */
const YEAR_NOUN = /^[وف]?[بل]?(?:ال|ل)?(?:عام|عامي|سنه|سنتي|موسم|موسمي)$/;

/** Adjectives of a year noun that stand between it and the year (للعام الجامعي 1436 - 1437، السنة المالية). */
const YEAR_ADJECTIVES: ReadonlySet<string> = new Set([
  "الجامعي",
  "الدراسي",
  "المالي",
  "الماليه",
  "الدراسيه",
  "الهجري",
  "الهجريه",
  "الميلادي",
  "الميلاديه",
]);

/** Marks after a year naming its calendar (1436هـ، 1436 هجرية، 2015م), folded (هـ folds to ه). */
const YEAR_MARKS: Readonly<Record<Calendar, ReadonlySet<string>>> = {
  hijri: new Set(["ه", "هجري", "هجريه", "للهجره"]),
  gregorian: new Set(["م", "ميلادي", "ميلاديه", "للميلاد"]),
};

/** The calendar whose year range holds a four-digit number token, or null. */
function yearCalendar(t: Tok | undefined): Calendar | null {
  if (t?.kind !== "num" || t.w.length !== 4 || !/^[0-9]{4}$/.test(t.w)) return null;
  const v = Number(t.w);
  if (v >= MIN_HIJRI_YEAR && v <= MAX_HIJRI_YEAR) return "hijri";
  return v >= MIN_BARE_YEAR && v <= MAX_BARE_YEAR ? "gregorian" : null;
}

/**
 * The index of the token after a year, or after a pair of years (1436 - 1437، 1436/1437هـ، 2014-2015),
 * starting at token i; -1 when the number there is not read as a year. A year follows a year noun or its
 * adjective (`prev`: للعام الجامعي 1436 - 1437، الموسم 2015-2016) or carries its calendar's mark
 * (1436هـ، 1437 هجرية، 2015م); a pair of consecutive years (an academic or fiscal year) is one wherever
 * it stands, and so is a pair whose second year the date finder already read (1436 - 1437هـ).
 */
function yearEnd(ctx: Ctx, i: number, prev: string): number {
  const { toks } = ctx;
  const cal = yearCalendar(toks[i]);
  if (cal === null) return -1;
  let next = i + 1;
  let consecutive = false;
  let secondInDate = false;
  const sep = toks[next]?.w;
  const second = toks[next + 1];
  if ((sep === "-" || sep === "/") && yearCalendar(second) === cal) {
    const gap = Number(second!.w) - Number(toks[i]!.w);
    if (gap > 0) {
      consecutive = gap === 1;
      secondInDate = ctx.inDate[next + 1] === 1;
      next += 2;
    }
  }
  const mark = toks[next];
  const marked = mark?.kind === "word" && YEAR_MARKS[cal].has(mark.w);
  if (marked) next++;
  return YEAR_NOUN.test(prev) || YEAR_ADJECTIVES.has(prev) || marked || consecutive || secondInDate ? next : -1;
}

/**
 * A figure written as a scale and a smaller part in digits after و (بمليونين و500 ألف جنيه، مليون و200 ألف لاجئ،
 * 3 آلاف و500 موظف، مليار و150 مليون دينار، مليونا و148 ألفا و 404 حجاج): one amount, the sum. The part must be smaller than the scale before it,
 * so that a range's second bound (بين 100 ألف و150 ألف، بين ألف و1500) stays a bound.
 *
 * @example
 * // "بمليونين و500 ألف جنيه": 2,000,000 + 500,000 = 2,500,000.
 */
function withSmallerPart(ctx: Ctx, p: Parsed): Parsed {
  const { toks } = ctx;
  let out = p;
  while (out.lastScale !== undefined) {
    const waw = toks[out.next];
    // مليون ونصف المليون، 7 ملايين ونصف، 3 مليار ونصف مليار: half the last scale more, its repeated scale taken in.
    if (waw?.w === "ونصف") {
      const half = out.lastScale / 2;
      const again = toks[out.next + 1];
      const sc = again?.kind === "word" ? (SCALES.get(again.w) ?? SCALES.get(again.w.replace(/^ال/, ""))) : undefined;
      const repeated = sc !== undefined && sc.scale === out.lastScale;
      const end = repeated ? again! : waw;
      out = { ...out, value: out.value + half, next: out.next + (repeated ? 2 : 1), e: end.e, scaled: true };
      delete out.lastScale;
      break;
    }
    const digits = toks[out.next + 1];
    if (waw?.w !== "و" || digits?.kind !== "num") break;
    const part = parseNumber(ctx, out.next + 1);
    if (!part || part.value >= out.lastScale || part.max !== undefined) break;
    const next: Parsed = { ...out, value: out.value + part.value, next: part.next, e: part.e, scaled: true };
    if (part.lastScale === undefined) delete next.lastScale;
    else next.lastScale = part.lastScale;
    out = next;
  }
  return out;
}

/** Fractions written before a scale word (نصف مليون، ربع مليون، ثلث مليار), folded, with a clitic: و، ب. */
const FRACTION = /^([وب]?)(نصف|ربع|ثلث)$/;

const FRACTIONS: Readonly<Record<string, number>> = { نصف: 1 / 2, ربع: 1 / 4, ثلث: 1 / 3 };

/**
 * The scale word alone at token i read with the fraction before it (فر نصف مليون: 500,000, not a million), its span
 * opened at the fraction; `p` itself for anything else (مليون ونصف is read by `withSmallerPart`).
 *
 * @example
 * // "حين فر نصف مليون من اليهود": 500,000.
 */
function fractionOf(ctx: Ctx, i: number, p: Parsed, lastEnd: number): Parsed {
  const t = ctx.toks[i]!;
  const before = ctx.toks[i - 1];
  const m = before?.kind === "word" ? FRACTION.exec(before.w) : null;
  if (m === null || t.kind !== "word" || !SCALES.has(t.w) || p.next !== i + 1 || before!.s < lastEnd) return p;
  return { ...p, value: p.value * FRACTIONS[m[2]!]!, s: before!.s + m[1]!.length, scaled: true };
}

/**
 * What the figure after «أو» at token k counts (31 أو 30 هدفا: هدف; 5 أو 6 في المائة: percent), or null: a
 * number before it that names no noun of its own counts the same thing.
 */
function sharedUnit(ctx: Ctx, k: number): string | null {
  if (ctx.toks[k]?.w !== "او") return null;
  const q = parseNumber(ctx, k + 1);
  if (!q) return null;
  if (percentAfter(ctx, q, k + 1).percent) return PERCENT;
  return unitAfter(ctx, q.next, q.approx === true);
}

/** A whole number written with digits only: no separator, no decimal point. */
const PLAIN_INTEGER = /^[0-9]+$/;

/**
 * True when the digit token at i is one side of a pair written with a slash (18 / 10، 2/1، 1436/10/28، 45/ 55):
 * a day and a month, a match score, a ratio or a date — never a quantity with a noun.
 */
function inSlashPair(toks: readonly Tok[], i: number): boolean {
  const plain = (t: Tok | undefined) => t?.kind === "num" && PLAIN_INTEGER.test(t.w);
  return (toks[i - 1]?.w === "/" && plain(toks[i - 2])) || (toks[i + 1]?.w === "/" && plain(toks[i + 2]));
}

/** Characters looked at before a list index for the line or sentence it opens. */
const LIST_LOOKBACK = 6;

/** Marks after a list index (1. ، 1- ، 1)), folded. */
const LIST_MARK = /^[ \t]*[.)\-–][ \t]*(?:$|[^0-9])/;

/**
 * True when the digit token at i indexes a list: it opens a line (\n11. جندي متدرب، \n1- تشغل، \n3) إذا كان
 * اسمك), a sentence (الشهراني. 3. العريف) or, as 1, a list after a colon (كل من: 1. العريف), and a dot, a
 * bracket or a dash follows it.
 */
function isListIndex(text: string, t: Tok): boolean {
  if (!PLAIN_INTEGER.test(t.w) || !LIST_MARK.test(text.slice(t.e, t.e + 3))) return false;
  const from = Math.max(0, t.s - LIST_LOOKBACK);
  const before = /(\n|[^0-9]\.|:|^)[ \t]*\(?$/.exec(text.slice(from, t.s));
  if (before === null || (before[1] === "" && from > 0)) return false;
  // After a colon only the first item: «عدد القتلى: 5.» ends a sentence with a count.
  return before[1] !== ":" || t.w === "1";
}

/**
 * Numbers in `text` with what they count, spans in the original text. Numbers inside dates are
 * skipped: pass the article's date spans (e.g. `findDates(text, publishedAt)`, sorted, disjoint)
 * to save a second date pass; without them the absolute dates are found here.
 *
 * @example
 * findNumbers("قتل 6 أشخاص وأصيب ثلاثة آخرون، ونشر 2,500 عنصر، وارتفعت الأسعار 3.5٪");
 * // [{text: "6", value: 6, unit: "شخص"}, {text: "ثلاثة", value: 3, unit: "اخر"},
 * //  {text: "2,500", value: 2500, unit: "عنصر"}, {text: "3.5٪", value: 3.5, unit: "percent"}]
 * findNumbers("بين 5 و10 آلاف متظاهر")[0]; // {value: 5000, valueMax: 10000, unit: "متظاهر"}
 */
export function findNumbers(text: string, dates?: readonly Span[]): NumberClaim[] {
  try {
    return findNumbersFolded(fold(text), text, dates);
  } catch {
    // Never throw on an article: a bug here must not lose the rest of its annotations.
    return [];
  }
}

/** `findNumbers` over text already folded (errors propagate: tests and debugging). */
export function findNumbersFolded(f: Folded, original: string, dateSpans?: readonly Span[]): NumberClaim[] {
  const toks = tokens(f.text);
  const inDate = new Uint8Array(toks.length);
  const dates = dateSpans ?? findAbsoluteDatesFolded(f, original);
  if (dates.length > 0) {
    // Dates' spans are original offsets; compare through each token's original span.
    let d = 0;
    for (let i = 0; i < toks.length; i++) {
      const os = f.starts[toks[i]!.s]!;
      while (d < dates.length && dates[d]!.end <= os) d++;
      const dt = dates[d];
      if (dt && os >= dt.start && os < dt.end) inDate[i] = 1;
    }
  }
  const marked = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === "num" && t.w.includes(".")) {
      const o = toOriginal(f, { start: t.s, end: t.e });
      if (MARKED_DOT.test(original.slice(o.start, o.end))) marked[i] = 1;
    }
  }
  const ctx: Ctx = { text: f.text, toks, inDate, marked, original, starts: f.starts };
  const out: NumberClaim[] = [];
  /** The claims with their folded spans, for lists that name their noun once (`shareListUnits`). */
  const items: ListItem[] = [];
  /** Folded end of the last claim: a later claim never reaches back into it. */
  let lastEnd = 0;
  /** The token after the last claim's number, and what it counts (for a whole after its part, `PARTITIVE_HEADS`). */
  let lastNext = -1;
  let lastUnit: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const parsed = parseNumber(ctx, i);
    if (!parsed) continue;
    const whole = fractionOf(ctx, i, parsed, lastEnd);
    const first = spacedDecimal(ctx, i, whole) ?? whole;
    const p0 = withSmallerPart(ctx, first);
    const startTok = i;
    let p: Parsed = percentAfter(ctx, p0, startTok, lastEnd);
    // Ranges: 5-10, 5 إلى 10, بين 5 و10, من 5 إلى 10.
    const sep = toks[p.next];
    let second: Parsed | null = null;
    // The word before a bracketed number is the one before its bracket (في (2019)، رقم «89»), and the one before
    // the article written on it (الجولة الـ34).
    // (Not after رقم: «رقم الـ250 مليار دولار» is the figure of 250 billion, a quantity, not a numbered thing.)
    const before = toks[p0.s < toks[i]!.s ? i - 2 : i - 1];
    const onFigure = before?.e === toks[i]!.s && DEFINITE_FIGURE.test(` ${before.w}`);
    const prev = (onFigure && !/رقم$/.test(toks[i - 2]?.w ?? "") ? toks[i - 2] : before)?.w;
    const between = prev === "بين" || prev === "مابين";
    // "إلى" makes a range only after من/بين (من 20 إلى 35); "تراجع 0.5% إلى 0.66" is a change, not a range.
    if (sep && (sep.w === "-" || (RANGE_WORDS.has(sep.w) && RANGE_OPENERS.has(prev ?? "")))) {
      second = parseNumber(ctx, p.next + 1);
    } else if (sep && (sep.w === "و" || (sep.w === "وال" && sep.e === toks[p.next + 1]?.s)) && between) {
      // بين 5 و10، بين الـ20 والـ30.
      second = parseNumber(ctx, p.next + 1);
    } else if (sep?.kind === "word" && sep.w[0] === "و" && between) {
      // بين خمسة وعشرة: the و is attached to the second number word.
      const w2 = parseWords([{ ...sep, w: sep.w.slice(1), s: sep.s + 1 }, ...toks.slice(p.next + 1, p.next + 4)], 0);
      if (w2) second = { ...w2, next: p.next + w2.next };
    }
    // بين 46 و43 دولارا: after بين the bounds may come in either order.
    if (second && second.value <= p.value && !second.scaled && !between) second = null;
    if (second) {
      second = percentAfter(ctx, second, p.next + 1, p.e);
      // بين 5 و10 آلاف: a scale on the second bound only applies to both.
      let lo = p.value;
      if (second.scaled && !p.scaled && second.value / p.value >= 100) {
        const scale = second.value >= 1e9 ? 1e9 : second.value >= 1e6 ? 1e6 : 1e3;
        lo = scaled(p.value, scale);
      }
      if (second.value > lo) {
        p = {
          ...p,
          value: lo,
          max: second.value,
          next: second.next,
          e: second.e,
          percent: p.percent === true || second.percent === true,
        };
      } else if (between && second.value < lo) {
        p = {
          ...p,
          value: second.value,
          max: lo,
          next: second.next,
          e: second.e,
          percent: p.percent === true || second.percent === true,
        };
      }
    }
    // Years are not quantities: one after a year noun or with its calendar's mark, a pair of years
    // (للعام الجامعي 1436 - 1437 يوم الأحد), and a bare Gregorian year or range of years (below).
    const t0 = toks[startTok]!;
    const year = t0.kind === "num" && !p.percent && !p.scaled ? yearEnd(ctx, startTok, prev ?? "") : -1;
    if (year >= 0) {
      i = Math.max(year, p.next) - 1;
      continue;
    }
    // 18 / 10 إلى 21 / 10، فوزه 2/1، \n11. جندي متدرب: dates, scores and list indices count nothing.
    if (
      t0.kind === "num" &&
      p.max === undefined &&
      !p.percent &&
      !p.scaled &&
      (inSlashPair(toks, startTok) || isListIndex(ctx.text, t0))
    ) {
      i = p.next - 1;
      continue;
    }
    // A year is not written with the article (المدينة المنورة الـ2000 ريال is an amount).
    const isBareYear =
      !onFigure &&
      yearCalendar(t0) === "gregorian" &&
      (p.max === undefined || (toks[startTok + 1]?.w === "-" && yearCalendar(toks[startTok + 2]) === "gregorian")) &&
      !p.percent &&
      !p.scaled;
    // جهاز ألفا ستيم: a number word right after a noun things are named after is part of a name (not one with a
    // clitic or an approximate plural: منصة لآلاف الوظائف).
    if (t0.kind === "word" && !p.approx && p.s === t0.s && isNamedThing(toks[startTok - 1]?.w ?? "")) {
      i = p.next - 1;
      continue;
    }
    // رقم 89 لسنة 1960، القرار 1373، النسخة الـ49 من المهرجان: a number that names something counts nothing.
    const identifier =
      isIdentifierWord(prev ?? "") ||
      CLOCK_BEFORE.has(prev ?? "") ||
      (isIdentifierWord(prev ?? "", POSITION_WORDS) && (onFigure || toks[p.next]?.w === "من"));
    let unit = p.percent
      ? PERCENT
      : identifier
        ? null
        : // واحد من بين أربعة أشخاص is "one of", not a count of one person.
          t0.kind === "word" && p.value === 1 && toks[p.next]?.w === "من" && toks[p.next + 1]?.w === "بين"
          ? null
          : partitiveOrUnit(ctx, p.next, p.approx === true);
    // 20 مقعدا من أصل 30: the whole counts what its part counted.
    if (
      unit === null &&
      toks[startTok - 2]?.w === "من" &&
      PARTITIVE_HEADS.has(prev ?? "") &&
      lastUnit !== null &&
      lastUnit !== PERCENT &&
      lastNext + 1 === startTok - 2
    ) {
      unit = lastUnit;
    }
    // تحمل 31 أو 30 هدفا، 5 أو 6 في المائة: two figures for one noun, which the second names.
    if (unit === null && p.max === undefined && !identifier) {
      unit = sharedUnit(ctx, p.next);
    }
    // كأس العالم 2018، مونديال 2014: a year after a name or a definite word (not 2018 حالة, a count).
    const named = prev !== undefined && ((prev.startsWith("ال") && prev.length > 3) || EVENT_NAMES.has(prev));
    if (isBareYear && (unit === null || YEAR_CONTEXT.has(prev ?? "") || named)) {
      i = p.next - 1;
      continue;
    }
    // 47ر09 بتوقيت جرينتش، الساعة 10.30: a time of day, not a figure.
    if (
      t0.kind === "num" &&
      /[.,ر]/.test(t0.w) &&
      (CLOCK_BEFORE.has(prev ?? "") || CLOCK_AFTER.has(toks[p.next]?.w ?? ""))
    ) {
      i = p.next - 1;
      continue;
    }
    // A lone number word needs a counted noun or a scale (ست and سبع are nouns too), or a phrase with a glued
    // preposition after it that says what befell those it counts (وإصابة تسعة بجروح، مقتل اثنين برصاص). One
    // (فريق واحد لفترة، لحمة واحدة بقيادة) is an adjective there.
    const phraseAfter = p.value >= 2 && isPrepositionalHead(toks[p.next]?.w ?? "");
    if (t0.kind === "word" && unit === null && p.value < 100 && !p.approx && !phraseAfter) {
      i = p.next - 1;
      continue;
    }
    // منصة «بيبر ألفا»: a scale word alone that a quote mark closes, not opened right before it, ends a quoted name
    // («مليونين» alone is a figure quoted; «بلغ عددهم ألفا» a thousand).
    if (t0.kind === "word" && unit === null && !p.approx && p.next === startTok + 1 && SCALES.has(t0.w)) {
      const quote = (t: Tok | undefined, at: number) => t?.w === '"' && (t.s === at || t.e === at);
      if (quote(toks[p.next], t0.e) && !quote(toks[startTok - 1], t0.s)) {
        i = p.next - 1;
        continue;
      }
    }
    const { start } = toOriginal(f, { start: p.s, end: p.e });
    let end = toOriginal(f, { start: p.s, end: p.e }).end;
    while (end < original.length && foldUnit(original.charCodeAt(end)) === -1) end++;
    const claim: NumberClaim = { start, end, text: original.slice(start, end), value: p.value, unit };
    if (p.max !== undefined) claim.valueMax = p.max;
    out.push(claim);
    const item: ListItem = {
      claim,
      s: p.s,
      e: p.e,
      named: identifier,
    };
    if (p.scaled && p.lastScale !== undefined) item.scale = p.lastScale;
    items.push(item);
    lastEnd = p.e;
    lastNext = p.next;
    lastUnit = unit;
    i = p.next - 1;
  }
  shareListUnits(ctx.text, items);
  return out;
}

// ---- what a claim measures ------------------------------------------------------------
