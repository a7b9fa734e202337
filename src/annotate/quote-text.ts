/**
 * Text and token helpers of the quote finder: sentence and paragraph bounds, quote marks and how they
 * close, balanced stretches, token lookups by offset and words without clitics. No speaker or cue logic.
 */

import { hasTanweenFath } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import type { Quote } from "../model/types.js";
import { ORG_CUES, ROLE_HEADS } from "./entities/lexicon.js";
import { COMPLEMENTIZERS } from "./quote-cues.js";

/** An unclosed quote mark runs to the end of its paragraph, but no further than this. */
export const MAX_QUOTE_CHARS = 3000;

export const OPENERS: Record<string, string> = { "«": "»", "“": "”", '"': '"', "„": "“", "‹": "›", "”": "”" };

export const SENTENCE_END = /[.!?؟\n]/;

export interface Speaker {
  name: string;
  entity: string | null;
  anonymous: boolean;
  span?: { start: number; end: number };
}

/**
 * رأي (an opinion): the noun of the cue رأى, which folding writes alike (ى → ي). News writes the verb with ى, so
 * a token written with ي is marked for no cue list to read it (استطلاع رأي، في رأي الخبراء، مع رأي اللجنة), nor
 * a name (تشيانغ راي، كريستوفر راي): 1,002 رأي against 903 رأى in SaudiNewsNet + ANT, and none of the 25 رأي
 * read as cues over 46,000 quotes was the verb. (نفي is not marked: the verb is written so too, نفي زياد عزيز أن.)
 */
export function markWeakFinalNouns(text: string, tokens: Token[]): Token[] {
  // In place: the tokens are this call's own. A length test first: this runs on every token of every article.
  for (const t of tokens) {
    if (t.text.length <= 4 && WEAK_FINAL_CUE.test(t.text) && text[t.end - 1] === "ي") t.text += NOUN_MARK;
  }
  return tokens;
}

const WEAK_FINAL_CUE = /^[وف]?راي$/;

/** Tatweel, which folding removes: no folded word, and so no lexicon entry, holds it. */
const NOUN_MARK = "\u0640";

export function lamOnNoun(w: string): boolean {
  return w.startsWith("لل") && (ORG_CUES.has(w.slice(1)) || OFFICE_HEADS.has(w.slice(1)));
}

/** A colon or an opening quote mark within a few words after `j`, before any complementizer. */
export function colonSoon(text: string, tokens: Token[], j: number): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    if (COMPLEMENTIZERS.has(tokens[k]!.text)) return false;
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
    if (/[:：«"“]/.test(gap)) return true;
    if (/[^\s]/.test(gap)) return false;
  }
  return false;
}

/** Where the quotation opened at `at` closes, honouring nested marks; -1 when it never does. */
export function closingMark(text: string, at: number, open: string): number {
  const limit = Math.min(text.length, at + MAX_QUOTE_CHARS);
  const para = paragraphEnd(text, at + 1);
  if (open === '"' || open === "”") {
    let depth = 1;
    for (let p = at + 1; p < Math.min(limit, para); p++) {
      const c = text[p] as string;
      if (c !== '"' && c !== "”") continue;
      const prev = text[p - 1] ?? " ";
      const next = text[p + 1] ?? " ";
      const opens = /\s|[(«:]/.test(prev) && /[^\s.,،؛!?؟]/.test(next);
      if (opens) depth++;
      else depth--;
      if (depth === 0) return p;
    }
    return -1;
  }
  if (open === "»") return reversedClose(text, at, Math.min(limit, para));
  const closer = OPENERS[open] as string;
  let depth = 1;
  for (let p = at + 1; p < Math.min(limit, para); p++) {
    const c = text[p];
    if (c === open && open !== closer) depth++;
    else if (c === closer) {
      depth--;
      if (depth === 0) return p;
    }
  }
  return -1;
}

/**
 * Where a quotation opened with » closes (some Saudi outlets reverse the guillemets: قال:» … «), before `end`:
 * at the first mark that closes it, « or », past quotations nested in it. A « that a word follows right after a
 * space opens a nested one («مقابل جامعة القدس»); any other « closes. -1 when none does, or when another » opens
 * after a colon first.
 */
function reversedClose(text: string, at: number, end: number): number {
  let depth = 1;
  for (let p = at + 1; p < end; p++) {
    const c = text[p];
    // (Another » after a colon opens the next words: this one never closed.)
    if (c === "»" && /:\s*$/.test(text.slice(Math.max(at, p - 3), p))) return -1;
    if (c === "«" && /\s/.test(text[p - 1] ?? " ") && /[^\s.,،؛!?؟]/.test(text[p + 1] ?? " ")) depth++;
    else if (c === "«" || c === "»") depth--;
    if (depth === 0) return p;
  }
  return -1;
}

/**
 * Whether offset `at` stands inside a quotation in «…» or “…” that opened earlier in its paragraph and closes
 * after it (the marks' direction is certain; a straight " is not looked at): the quoted one's words, where a
 * verb of saying is theirs, not the journalist's report («… ويعتقد المسلمون في جميع أنحاء العالم أن …»).
 */
export function insideQuotation(text: string, at: number): boolean {
  const from = Math.max(0, at - MAX_QUOTE_CHARS, text.lastIndexOf("\n", at - 1) + 1);
  const open: number[] = [];
  for (let p = from; p < at; p++) {
    const c = text[p];
    if (c === "«" || c === "“") open.push(p);
    else if ((c === "»" || c === "”") && open.length > 0 && text[open.at(-1)!] === (c === "»" ? "«" : "“")) open.pop();
  }
  const o = open.at(-1);
  if (o === undefined) return false;
  // Only where the paragraph pairs its marks, each closing one opened before it (not «عمر عبدالعزيز « with the
  // same mark at both ends, nor “هيرو4″ … أن”غو برو”).
  const mark = text[o] as string;
  const closer = mark === "«" ? "»" : "”";
  let depth = 0;
  for (let p = from, end = paragraphEnd(text, at); p < end; p++) {
    if (text[p] === mark) depth++;
    else if (text[p] === closer && --depth < 0) return false;
  }
  return depth === 0 && closingMark(text, o, mark) > at;
}

export function firstOpener(gap: string): number {
  for (let k = 0; k < gap.length; k++) if ((gap[k] as string) in OPENERS) return k;
  return -1;
}

/** End of the sentence that contains `from`: . ! ? ؟ or a line break, not inside a number or open quotation. */
export function sentenceEndAfter(text: string, from: number): number {
  const para = paragraphEnd(text, from);
  let inQuote: string | null = null;
  let quoteOpenedAt = 0;
  for (let p = from; p < para; p++) {
    const c = text[p] as string;
    if (inQuote) {
      if (c === inQuote || (inQuote === '"' && c === "”")) inQuote = null;
      else if (p - quoteOpenedAt > MAX_QUOTE_CHARS) inQuote = null;
      continue;
    }
    if (c === "«") {
      inQuote = "»";
      quoteOpenedAt = p;
    } else if (c === "“") {
      inQuote = "”";
      quoteOpenedAt = p;
    } else if (c === "." && (isNumberDot(text, p) || isEllipsis(text, p))) {
    } else if (c === "." || c === "!" || c === "?" || c === "؟") return p;
  }
  return para;
}

/**
 * A dot that ends no sentence: inside a number (3.5), after a letter or two of an abbreviation with a
 * letter right after it (إن.بي.سي، د.محمد), not a sentence run on without its space (الحرب.وقال), or after an
 * initial before a name (see isInitialDot).
 */
function isNumberDot(text: string, p: number): boolean {
  if (/\d/.test(text[p - 1] ?? "") && /\d/.test(text[p + 1] ?? "")) return true;
  if (!/\p{L}/u.test(text[p + 1] ?? "")) return isInitialDot(text, p);
  let a = p;
  while (a > 0 && /\p{L}/u.test(text[a - 1] as string)) a--;
  return p - a >= 1 && p - a <= 2 && (a === 0 || /[\s.«"(]/.test(text[a - 1] as string));
}

/**
 * The dot at `p` of an initial with a space and a word after it: a one-letter title (د. فهد for doctor, م.
 * سلطان for engineer, أ. for professor, glued to و: ود. أمينة) unless a number is before it (2015 م. is the
 * year's era), or a Latin letter spelled out (ستيفين جي. مكهيل، جورج دبليو. بوش) unless a letter is before it
 * too (بي بي سي. وأضاف ends an acronym) or a conjunction opens the next word (سفيان إيه. وقال).
 * @example isInitialDot("وأوضح م. سلطان القرشي", 7) // true
 */
export function isInitialDot(text: string, p: number): boolean {
  const next = /^[ \t]+(\p{L})/u.exec(text.slice(p + 1, p + 4));
  if (!next || text[p] !== ".") return false;
  let a = p;
  while (a > 0 && /\p{L}/u.test(text[a - 1] as string)) a--;
  if (a > 0 && !/[\s.«"(]/.test(text[a - 1] as string)) return false;
  const word = text.slice(a, p);
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, a - 20), a))?.[1] ?? "";
  if (/^و?\p{Lo}$/u.test(word)) return !/\p{Nd}/u.test(before);
  return LATIN_LETTER_NAMES.has(word) && !LATIN_LETTER_NAMES.has(before) && !/^[وف]/.test(next[1] as string);
}

/**
 * Latin letters as Arabic spells them when they stand for a name's initial (جي. for J., إس. for S., بي. for
 * B. or P.: «with me» as well, تليق بي. وحينذاك, where the conjunction after it tells). Not يو, the end of
 * Chinese names (لي كوان يو. في).
 */
const LATIN_LETTER_NAMES = new Set([
  "بي",
  "جي",
  "جيه",
  "إس",
  "دي",
  "إم",
  "إف",
  "تي",
  "آر",
  "إل",
  "إيه",
  "كيه",
  "إتش",
  "دبليو",
  "إي",
  "سي",
]);

/** ".." and "..." inside a sentence (سمعة النصر كبيرة..اللي) do not end it. */
const isEllipsis = (text: string, p: number) => text[p + 1] === "." || text[p - 1] === ".";

/**
 * Sentences are looked back at most this far: text without punctuation then counts as
 * sentences of this length, and finding a sentence start stays constant-time.
 */
const MAX_SENTENCE_LOOKBACK = 2000;

/** Sentence starts for increasing offsets, found in one forward pass over the text. */
export class SentenceCursor {
  private scanned = 0;
  private lastStart = 0;
  constructor(private readonly text: string) {}

  /** Start of the sentence holding `at` (no further back than MAX_SENTENCE_LOOKBACK); `at` never decreases. */
  startBefore(at: number): number {
    const { text } = this;
    for (; this.scanned < at; this.scanned++) {
      const p = this.scanned;
      const c = text.charCodeAt(p);
      // . ! ? ؟ and line breaks end a sentence; a dot inside a number or an ellipsis does not.
      if (c !== 46 && c !== 33 && c !== 63 && c !== 0x61f && c !== 10) continue;
      if (c === 46 && (isNumberDot(text, p) || isEllipsis(text, p))) continue;
      this.lastStart = p + 1;
    }
    return Math.max(this.lastStart, at - MAX_SENTENCE_LOOKBACK, 0);
  }
}

export function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_SENTENCE_LOOKBACK);
  for (let p = at - 1; p >= floor; p--) {
    const c = text[p] as string;
    if (SENTENCE_END.test(c) && !(c === "." && (isNumberDot(text, p) || isEllipsis(text, p)))) {
      return p + 1;
    }
  }
  return floor;
}

/**
 * End of the paragraph holding `from`, looked for at most MAX_QUOTE_CHARS ahead: no
 * quote or clause runs longer, and text without line breaks stays linear.
 */
export function paragraphEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_QUOTE_CHARS);
  for (let p = from; p < limit; p++) if (text.charCodeAt(p) === 10) return p;
  return limit;
}

/** Drops final punctuation, spaces and stray quote marks from a clause. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s.,،؛;:!?؟\-–—]/.test(text[e - 1] as string) && !/[!?؟]/.test(text[e - 1] as string)) e--;
    const c = text[e - 1] as string;
    if (e > start && /["”»“«]/.test(c) && !balanced(text.slice(start, e))) {
      e--;
      continue;
    }
    return e;
  }
}

/**
 * The stretches of `text[from, to)` between an opening quote mark and its closing mark, both
 * inside the range. A straight " opens after a space or the range's start and closes after a
 * word; a mark without its partner (a closing mark whose opening came earlier) marks nothing.
 */
export function markedStretches(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: Record<string, number[]> = { "«": [], "“": [], '"': [] };
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch === "«" || ch === "“") open[ch]!.push(i);
    else if (ch === "»" || ch === "”") {
      const at = open[ch === "»" ? "«" : "“"]!.pop();
      if (at !== undefined) out.push([at, i]);
    } else if (ch === '"') {
      const straight = open['"']!;
      if (i === from || /[\s([]/.test(text[i - 1] as string)) straight.push(i);
      else if (straight.length > 0) out.push([straight.pop() as number, i]);
    }
  }
  return out;
}

export function balanced(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const guil = (s.match(/«/g) ?? []).length === (s.match(/»/g) ?? []).length;
  const curly = (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && guil && curly;
}

/**
 * No punctuation or line break between token `a - 1` and token `a`, but for an initial's dot (م. سلطان
 * القرشي، ستيفين جي. مكهيل: one name).
 */
export function joinedAt(text: string, tokens: Token[], a: number): boolean {
  const end = tokens[a - 1]!.end;
  const gap = text.slice(end, tokens[a]!.start);
  return /^[ \t\u00a0\u200f\u200e]*$/.test(gap) || (/^\.[ \t]+$/.test(gap) && isInitialDot(text, end));
}

export function indexByWords<T>(items: T[], words: (x: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const x of items) {
    for (const w of new Set(words(x))) {
      const list = index.get(w);
      if (list) list.push(x);
      else index.set(w, [x]);
    }
  }
  return index;
}

/** The word without its article: الرئيس → رئيس، للرئيس → رئيس. */
export function stripArticle(x: string): string {
  if (x.startsWith("لل") && x.length > 4) return x.slice(2);
  if (x.startsWith("ال") && x.length > 3) return x.slice(2);
  if (/^[لب]ال/.test(x) && x.length > 4) return x.slice(3);
  return x;
}

/** Readings of a word without proclitics: وزير → [وزير، زير]; ورئيس → [ورئيس، رئيس]. */
export function bareForms(w: string): string[] {
  const out = [stripArticle(w)];
  if (w.length > 3 && /^[وفلب]/.test(w)) out.push(stripArticle(w.slice(1)));
  // A possessive suffix (سفيرتها → سفيره، أمينها → أمين) and the feminine ending (مساعده → مساعد).
  const unsuffixed = w.length > 4 ? w.replace(/(ها|هم|هما)$/, "") : w;
  if (unsuffixed !== w) out.push(unsuffixed.replace(/ت$/, "ه"), unsuffixed.replace(/ت$/, ""));
  if (w.length > 4 && w.endsWith("ه")) out.push(stripArticle(w.slice(0, -1)));
  return out;
}

/** The reading of `w` found in `set`, or the word without its article. */
export function bareIn(w: string, set: ReadonlySet<string>): string | null {
  for (const b of bareForms(w)) if (set.has(b)) return b;
  return null;
}

export function bare(w: string): string {
  return bareIn(w, ROLE_HEADS) ?? bareIn(w, ORG_CUES) ?? stripArticle(w);
}

/**
 * Heads of institutions a spokesperson or an official speaks for that the tagger's organisation cues leave
 * out (they are model features): إمارة منطقة جازان، أمانة محافظة الطائف، بلدية، سفارة الولايات المتحدة، فرع
 * الجمعية، قسم الطوارئ.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  "اماره",
  "امانه",
  "بلديه",
  "سفاره",
  "قنصليه",
  "رئاسه",
  "فرع",
  "قسم",
  // قيادة قوات التحالف، قيادة الجيش: a command, not a name before the forces it commands.
  "قياده",
]);

/** True when `run` occurs contiguously in `words` (the first word may carry و/ل). */
/** Whether `run` occurs in `words` only strictly inside: neither opening nor closing them. */
export function insideOnly(words: string[], run: string[]): boolean {
  const n = run.length;
  if (n === 0 || words.length <= n) return false;
  return !containsRun(words.slice(0, n), run) && !containsRun(words.slice(-n), run);
}

/** Words that link a name to the father's after it (بن، بنت، ابن), folded. */
const PATRONYM_LINKS = new Set(["بن", "بنت", "ابن"]);

export function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    // The father's name in a chain (محمد بن سلمان بن عبد العزيز) is another person: سلمان, سلمان بن عبد العزيز
    // are not this one. (A last word after بن alone is the family name: فتحي بن لزرق، بن أولسن.)
    const familyName = run.length === 1 && i === words.length - 1;
    if (i > 0 && PATRONYM_LINKS.has(words[i - 1]!) && !familyName) continue;
    for (let k = 0; k < run.length; k++) {
      const a = words[i + k]!;
      const b = run[k]!;
      if (a !== b && !(k === 0 && b.length > 2 && /^[وفل]/.test(b) && b.slice(1) === a)) continue outer;
    }
    return true;
  }
  return false;
}

export function containsAll(have: string[], want: string[]): boolean {
  return want.every((w) => have.includes(w));
}

export function explicitInSentence(quotes: Quote[], sentenceStart: number): Speaker | null {
  const q = quotes.at(-1);
  if (!q || q.start < sentenceStart || q.resolution !== "explicit" || !q.speaker) return null;
  return { name: q.speaker, entity: q.speakerEntity, anonymous: q.anonymous === true };
}

/** The cue as written: with its و/ف and pronoun suffix, without punctuation or diacritics trimmed away. */
export function cueAsWritten(text: string, cue: Token): string {
  return text.slice(cue.start, cue.end);
}

/**
 * Whether token `t` is written with tanween fath, the indefinite accusative ending (متأسفًا، متأسفاً): a
 * circumstantial or an object, never a name's word. Written after the final alif (اً), the mark trails the
 * letters the token spans, so the marks right after it count too.
 * @example hasTanween("وقال متأسفاً:", { text: "متاسفا", start: 5, end: 11 }) // true
 */
export function hasTanween(text: string, t: Token): boolean {
  let end = t.end;
  while (end < text.length && /\p{Mn}/u.test(text[end] as string)) end++;
  return hasTanweenFath(text.slice(t.start, end));
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before `offset` (at least `min`). */
export function lastTokenBefore(tokens: Token[], offset: number, min: number): number {
  return Math.max(min, firstTokenAt(tokens, offset) - 1);
}
