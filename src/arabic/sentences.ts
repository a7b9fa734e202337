/**
 * Sentence splitting for Arabic (and Latin) news text, in one linear pass.
 *
 * A sentence ends at `.` `?` `!` `؟` `؛` `…` or a line break. It does not end
 * - inside a quotation or parenthesis that closes on the same line («…», “…”, "…", (…)): an unbalanced mark
 *   protects nothing, so a stray « cannot swallow the rest of the article;
 * - after a one-letter abbreviation (د. م. أ. ص.ب. U.S.) or a few Latin ones (Mr. Dr.);
 * - inside a number (3.5, 1.200) or a Latin word chain (www.example.com);
 * - at a `.` between two Latin letters with no space;
 * - at a run of dots followed by more text on the line ("ولكن.. هل": a pause), or after a list
 *   number ("2. تبخر").
 * Closing quotes and brackets right after the mark belong to the sentence that ends («…».).
 * A sentence longer than `MAX_SENTENCE_LENGTH` is cut at its last comma or space before the
 * limit, so downstream stages never see an unbounded sentence (text with no punctuation).
 */
import type { Span } from "../model/types.js";

/**
 * Longest sentence returned, in UTF-16 units. Real news sentences stay under ~1,500 characters
 * (the longest in the saudinewsnet sample is ~1,900); past that the text has no punctuation
 * and is cut so per-sentence work in later stages stays bounded.
 */
export const MAX_SENTENCE_LENGTH = 3000;

const NL = 0x0a;
const DOT = 0x2e;
const TERMINATORS = new Set([0x2e, 0x3f, 0x21, 0x061f, 0x061b, 0x2026, 0x06d4]); // . ? ! ؟ ؛ … ۔
const OPENERS = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x201e, 0x201d], // „ ”
  [0x2039, 0x203a], // ‹ ›
  [0x28, 0x29], // ( ) — "(إف. بي. آي.)"; balanced on the line only, like quotes
]);
const CLOSERS_AFTER = new Set([0xbb, 0x201d, 0x22, 0x27, 0x29, 0x5d, 0x203a, 0x2019]); // » ” " ' ) ] › ’
const STRAIGHT_QUOTE = 0x22;
const LATIN_ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "prof", "gen", "col"]);

/**
 * The sets above as tables over BMP code units, for the per-character loops: a Set or Map lookup
 * per character was most of the time splitting a story's leads for synthesis.
 */
const IS_TERMINATOR = unitTable(TERMINATORS);
const IS_OPENER = unitTable(OPENERS.keys());
const IS_CLOSER = unitTable(OPENERS.values());

function unitTable(units: Iterable<number>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const u of units) t[u] = 1;
  return t;
}

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** For each opening quote of the line with a match on the same line, the index of its match. */
function matchQuotes(text: string, from: number, to: number): Map<number, number> {
  const pairs = new Map<number, number>();
  // One stack of open positions per closing mark: a closer pops its own kind in O(1),
  // so a line of 100,000 unmatched marks stays linear.
  const stacks = new Map<number, number[]>();
  let straight = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const closer = IS_OPENER[c] === 1 ? OPENERS.get(c) : undefined;
    if (closer !== undefined) {
      let st = stacks.get(closer);
      if (!st) {
        st = [];
        stacks.set(closer, st);
      }
      st.push(i);
    } else if (c === STRAIGHT_QUOTE) {
      if (straight >= 0) {
        pairs.set(straight, i);
        straight = -1;
      } else straight = i;
    } else if (IS_CLOSER[c] === 1) {
      const open = stacks.get(c)?.pop();
      if (open !== undefined) pairs.set(open, i);
    }
  }
  return pairs;
}

/** Whether the `.` at `i` ends a sentence. */
function dotEnds(text: string, i: number, lineStart: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev !== undefined && next !== undefined && DIGIT.test(prev) && DIGIT.test(next)) return false; // 3.5
  // The word before the dot.
  let w = i;
  while (w > lineStart && isLetter(text[w - 1])) w--;
  const word = text.slice(w, i);
  // The character before the word, across spaces: "2021 م." is a year's era mark, not an abbreviation.
  let b = w - 1;
  while (b > lineStart && text[b] === " ") b--;
  const before = b >= lineStart ? text[b] : undefined;
  if (word.length === 1 && (before === undefined || !DIGIT.test(before))) return false; // د. م. ص.ب. U.S.
  if (LATIN_ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (next === undefined || SPACE.test(next) || CLOSERS_AFTER.has(next.charCodeAt(0))) return true;
  if (next === ".") return true; // a run of dots at the end of a line (see splitLine)
  // No space after the dot: Arabic writers often omit it ("انتهى.وقال"); URLs and
  // Latin chains (example.com) do not end there.
  if (ARABIC_LETTER.test(next) && prev !== undefined && ARABIC_LETTER.test(prev)) return true;
  return false;
}

/**
 * Sentences of `text` as half-open spans into it, trimmed of surrounding whitespace.
 *
 * @example
 * const t = "قال د. أحمد إن النمو بلغ 3.5 في المئة. وأضاف: «لن نتراجع. أبدا».";
 * splitSentences(t).map(s => t.slice(s.start, s.end));
 * // ["قال د. أحمد إن النمو بلغ 3.5 في المئة.", "وأضاف: «لن نتراجع. أبدا»."]
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    splitLine(text, lineStart, lineEnd, out);
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const pairs = matchQuotes(text, from, to);
  let start = from;
  let protectedUntil = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) break;
    const close = pairs.size > 0 ? pairs.get(i) : undefined;
    if (close !== undefined && close > protectedUntil) protectedUntil = close;
    if (i < protectedUntil) continue;
    if (IS_TERMINATOR[c] !== 1) continue;
    if (c === DOT && text.charCodeAt(i + 1) === DOT) {
      // Two or more dots are a pause in Arabic news prose ("ولكن.. هل"), not an end, unless
      // nothing but spaces follows on the line. The run is skipped whole: linear.
      let j = i;
      while (j < to && text.charCodeAt(j) === DOT) j++;
      let k = j;
      while (k < to && SPACE.test(text[k]!)) k++;
      if (k < to && !CLOSERS_AFTER.has(text.charCodeAt(k))) {
        i = j - 1;
        continue;
      }
    }
    if (c === DOT && !dotEnds(text, i, from)) continue;
    // A list number at the start of a sentence ("2. تبخر الحلم") is not a sentence.
    if (c === DOT && i - start <= 8 && /^\s*\p{Nd}{1,3}$/u.test(text.slice(start, i))) continue;
    // Absorb the run of marks and closing quotes/brackets (؟! ... .» ).
    let j = i + 1;
    while (j < to && (TERMINATORS.has(text.charCodeAt(j)) || CLOSERS_AFTER.has(text.charCodeAt(j)))) {
      // A straight quote that opens a new quotation is not absorbed.
      if (text.charCodeAt(j) === STRAIGHT_QUOTE && pairs.has(j)) break;
      j++;
    }
    push(text, start, j, out);
    start = j;
    i = j - 1;
  }
  push(text, start, to, out);
}

function push(text: string, from: number, to: number, out: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  while (e - s > MAX_SENTENCE_LENGTH) {
    // Cut at the last comma, else the last space, before the limit.
    const limit = s + MAX_SENTENCE_LENGTH;
    let cut = -1;
    for (let k = limit - 1; k > s + MAX_SENTENCE_LENGTH / 2; k--) {
      const ch = text[k]!;
      if (ch === "،" || ch === ",") {
        cut = k + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let k = limit - 1; k > s; k--) {
        if (SPACE.test(text[k]!)) {
          cut = k;
          break;
        }
      }
    }
    if (cut <= s) cut = limit;
    // Never cut a surrogate pair.
    const cc = text.charCodeAt(cut - 1);
    if (cc >= 0xd800 && cc <= 0xdbff) cut++;
    let ce = cut;
    while (ce > s && SPACE.test(text[ce - 1]!)) ce--;
    if (ce > s) out.push({ start: s, end: ce });
    s = cut;
    while (s < e && SPACE.test(text[s]!)) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}
