/**
 * Arabic folding with an offset map back to the original text.
 *
 * Rules (../shared/STYLE.md): NFKC first (presentation forms), then diacritics
 * and tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه; Arabic-Indic and Persian
 * digits → ASCII; ٪ ، ؛ ؟ → % , ; ?; quotation marks → "; zero-width and bidi
 * marks removed; Latin lower-cased. Fold only for matching, hashing and indexing:
 * the outlet's text is kept for display.
 */

import type { Span } from "../model/types.js";

/** Marks a code unit that folding removes. */
const DROP = -1;
/** Marks a code unit whose NFKC form is more than one unit (ligatures such as ﻻ). */
const EXPAND = -2;

/** Folded code unit for every BMP code unit (or DROP / EXPAND). */
const TABLE: Int32Array = buildTable();

/** Folded form of single code units that NFKC expands, e.g. U+FEFB ﻻ → "لا". */
const EXPANSIONS = new Map<number, string>();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) t[c] = DROP;
  };
  const map = (chars: string, target: string) => {
    for (const ch of chars) t[ch.charCodeAt(0)] = target.charCodeAt(0);
  };
  // Harakat, Quranic marks, superscript alef, tatweel.
  drop(0x064b, 0x065f);
  drop(0x0670);
  drop(0x0610, 0x061a);
  drop(0x06d6, 0x06dc);
  drop(0x06df, 0x06e8);
  drop(0x06ea, 0x06ed);
  drop(0x0640);
  // Zero-width and bidi controls, BOM, Arabic letter mark, soft hyphen.
  drop(0x200b, 0x200f);
  drop(0x202a, 0x202e);
  drop(0x2066, 0x2069);
  drop(0xfeff);
  drop(0x061c);
  drop(0x00ad);
  map("أإآٱ", "ا");
  map("ى", "ي");
  map("ة", "ه");
  map("یيې", "ي"); // Persian/Urdu yeh → Arabic yeh
  map("ک", "ك");
  map("ۀ", "ه");
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  map("٪", "%");
  map("،", ",");
  map("؛", ";");
  map("؟", "?");
  map("٫", ".");
  map("٬", ",");
  map("«»“”„‟″〝〞＂", '"');
  map("‘’‚‛′", "'");
  map("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " ");
  map("\u2013\u2014\u2015\u2212", "-");
  // Latin upper case → lower case (ASCII and Latin-1).
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32;
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) t[c] = c + 32;
  // Presentation forms (PDFs, old sites): NFKC, then fold the result.
  for (let c = 0xfb50; c <= 0xfdff; c++) t[c] = EXPAND;
  for (let c = 0xfe70; c <= 0xfefc; c++) t[c] = EXPAND;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = EXPAND; // full-width ASCII
  return t;
}

function expansion(c: number): string {
  let e = EXPANSIONS.get(c);
  if (e === undefined) {
    const nfkc = String.fromCharCode(c).normalize("NFKC");
    e = "";
    for (let i = 0; i < nfkc.length; i++) {
      const f = foldUnit(nfkc.charCodeAt(i));
      if (f >= 0) e += String.fromCharCode(f);
    }
    EXPANSIONS.set(c, e);
  }
  return e;
}

/**
 * Folded form of one UTF-16 code unit: a code unit, or -1 when folding drops it.
 * Units that expand (ligatures) return -2; use `fold` for those.
 * Hot paths (hashing, tokenising) call this on char codes directly.
 */
export function foldUnit(c: number): number {
  return c < 0x10000 ? (TABLE[c] as number) : c;
}

/** Text folded for matching, with where each folded unit came from. */
export interface Folded {
  /** The folded text. */
  text: string;
  /** `starts[i]`: offset in the original of the unit that produced folded unit `i`. */
  starts: Uint32Array;
  /** `ends[i]`: end offset in the original of that unit. */
  ends: Uint32Array;
  /** Length of the original text. */
  originalLength: number;
}

/**
 * Folds `original` and keeps an offset map back to it.
 * The result must not be modified: the last one is returned again for the same text
 * (entities, quotes, numbers and dates each fold the same article).
 *
 * @example
 * const f = fold("قالَ الرئيسُ «إنّ»");
 * f.text; // 'قال الرئيس "ان"'
 * toOriginal(f, { start: 4, end: 10 }); // the span of "الرئيسُ" in the original
 */
export function fold(original: string): Folded {
  if (original === lastOriginal && lastFolded !== null) return lastFolded;
  const n = original.length;
  // Folding never lengthens a text except by expansions (ligatures), which grow the arrays.
  let units = new Uint16Array(n + 8);
  let starts = new Uint32Array(n + 8);
  let ends = new Uint32Array(n + 8);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const f = TABLE[c] as number;
    if (f >= 0) {
      units[k] = f;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
    } else if (f === EXPAND) {
      const e = expansion(c);
      // Room for this expansion and one unit for each code unit still to come.
      const need = k + e.length + (n - i) + 8;
      if (need > units.length) {
        const size = 2 * need;
        units = grown(units, new Uint16Array(size));
        starts = grown(starts, new Uint32Array(size));
        ends = grown(ends, new Uint32Array(size));
      }
      for (let j = 0; j < e.length; j++) {
        units[k] = e.charCodeAt(j);
        starts[k] = i;
        ends[k] = i + 1;
        k++;
      }
    }
  }
  const folded = {
    text: fromUnits(units.subarray(0, k)),
    starts: starts.subarray(0, k),
    ends: ends.subarray(0, k),
    originalLength: n,
  };
  if (n >= REMEMBER_FROM) {
    lastOriginal = original;
    lastFolded = folded;
  }
  return folded;
}

/**
 * Texts at least this long are remembered by `fold` (the last one): article bodies, which
 * every annotator folds; the short pieces the annotators fold in between (a date's context,
 * a name) would only push the article out.
 */
const REMEMBER_FROM = 200;
/** The last text of at least `REMEMBER_FROM` units `fold` was called with, and its result. */
let lastOriginal = "";
let lastFolded: Folded | null = null;

/** `to` with `from` copied to its start. */
function grown<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A string of UTF-16 units, in chunks (a spread of a whole article would overflow the call stack). */
function fromUnits(units: Uint16Array | number[]): string {
  let text = "";
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) {
    // Not a spread of the typed array: that goes through its iterator, 6× slower than apply.
    text +=
      units instanceof Uint16Array
        ? (Reflect.apply(String.fromCharCode, null, units.subarray(i, i + CHUNK)) as string)
        : String.fromCharCode(...units.slice(i, i + CHUNK));
  }
  return text;
}

/**
 * Folded text only: `fold(original).text`, without building the offset map (two typed arrays per
 * call, most of the cost for the short words the clusterer folds).
 */
export function foldText(original: string): string {
  const units: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const f = TABLE[c] as number;
    if (f >= 0) units.push(f);
    else if (f === EXPAND) {
      const e = expansion(c);
      for (let j = 0; j < e.length; j++) units.push(e.charCodeAt(j));
    }
  }
  return fromUnits(units);
}

/**
 * Maps a half-open span of the folded text back to the original text.
 * An empty span maps to the position before the next folded unit.
 */
export function toOriginal(f: Folded, span: Span): Span {
  const { start, end } = span;
  if (start < 0 || end < start || end > f.text.length) {
    throw new RangeError(`span [${start}, ${end}) is outside the folded text of length ${f.text.length}`);
  }
  const at = (i: number) => (i < f.starts.length ? (f.starts[i] as number) : f.originalLength);
  if (end === start) {
    const p = at(start);
    return { start: p, end: p };
  }
  return { start: at(start), end: f.ends[end - 1] as number };
}

/**
 * True when the original word carries tanween fath (ـً), the accusative ending that folding drops: an
 * adverbial word (مدهوشًا، تاركًا), never part of a name.
 */
export function hasTanweenFath(word: string): boolean {
  return word.includes("\u064B");
}
