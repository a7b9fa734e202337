/**
 * The hot path under signatures and alignment: one pass over the char codes of
 * the ORIGINAL text that folds each unit (`foldUnit`), finds word boundaries with
 * a class table and hashes each word's folded units — no per-token strings.
 */

import { fold, foldUnit } from "../arabic/fold.js";

/** 1 for folded BMP units that belong to a word (\p{L}\p{M}\p{N} and `_`, as in tokens.ts). */
export const WORD_UNIT: Uint8Array = buildWordTable();

/** Folded expansion of units that `foldUnit` marks -2 (presentation-form ligatures such as ﻻ). */
const EXPANSIONS: (Uint16Array | undefined)[] = buildExpansions();

/** A unit folding drops (diacritic, tatweel, zero-width mark): neither part of a word's hash nor a boundary. */
export const CODE_DROP = -1;
/** A unit whose fold expands to several units (see `expansionOf`). */
export const CODE_EXPAND = -2;
/** A unit that ends a word (space, punctuation, symbol). */
export const CODE_BOUNDARY = -3;
/** `CODE[c]` for a BMP code unit `c`: its folded unit when that is a word unit, else one of the markers above. */
export const CODE: Int32Array = buildCodeTable();

function buildCodeTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldUnit(c);
    t[c] = f === -1 ? CODE_DROP : f === -2 ? CODE_EXPAND : WORD_UNIT[f] === 1 ? f : CODE_BOUNDARY;
  }
  return t;
}

/** FNV-1a 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5 | 0; // as int32: a uint32 above 2³¹ would make V8 use doubles

export const FNV_PRIME = 0x01000193;

function buildWordTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const word = /^[\p{L}\p{M}\p{N}_]$/u;
  for (let c = 0; c < 0x10000; c++) {
    // Lone surrogates are not words (astral letters are rare in Arabic news; emoji are not words).
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (word.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
}

function buildExpansions(): (Uint16Array | undefined)[] {
  const out: (Uint16Array | undefined)[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (foldUnit(c) !== -2) continue;
    const nfkc = String.fromCharCode(c).normalize("NFKC");
    const units: number[] = [];
    for (let i = 0; i < nfkc.length; i++) {
      const f = foldUnit(nfkc.charCodeAt(i));
      if (f >= 0) units.push(f);
    }
    out[c] = Uint16Array.from(units);
  }
  return out;
}

/** Folded units of a code unit `foldUnit` marks as expanding (-2). */
export function expansionOf(c: number): Uint16Array {
  return EXPANSIONS[c] ?? new Uint16Array(0);
}

/** murmur3 finaliser: spreads every input bit over the output. Returns an int32 (store it in a Uint32Array). */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Words of a text as integer hashes of their folded form, with offsets into the original. */
export interface WordHashes {
  /** Number of words. */
  count: number;
  /** `hashes[i]`: 32-bit hash of the folded word `i` (equal folded words have equal hashes). */
  hashes: Uint32Array;
  /** Start offset of word `i` in the original text. */
  starts: Uint32Array;
  /** End offset (exclusive) of word `i` in the original text. */
  ends: Uint32Array;
}

/**
 * Folded word hashes of `text` with their original offsets, in one pass over char codes.
 * Units that folding drops (diacritics, tatweel, zero-width marks) neither break a word nor enter its hash,
 * so الإستراتيجيُّ and الاستراتيجي hash alike.
 *
 * @example
 * const w = wordHashes("قالَ الرئيسُ");
 * w.count; // 2
 * w.hashes[0] === wordHashes("قال").hashes[0]; // true
 */
export function wordHashes(text: string): WordHashes {
  const n = text.length;
  // A word takes at least one unit plus a boundary, except the last: n / 2 + 1 bounds the count.
  const cap = (n >>> 1) + 1;
  const hashes = new Uint32Array(cap);
  const starts = new Uint32Array(cap);
  const ends = new Uint32Array(cap);
  let count = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  let start = 0;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const v = CODE[text.charCodeAt(i)] as number;
    if (v >= 0) {
      if (!inWord) {
        inWord = true;
        start = i;
      }
      h = Math.imul(h ^ v, FNV_PRIME);
      end = i + 1;
    } else if (v === CODE_BOUNDARY) {
      if (inWord) {
        hashes[count] = fmix32(h);
        starts[count] = start;
        ends[count] = end;
        count++;
        h = FNV_OFFSET;
        inWord = false;
      }
    } else if (v === CODE_EXPAND) {
      return wordHashesFolded(text);
    } else if (inWord) {
      // A dropped unit inside a word (diacritic, tatweel) extends the word's span.
      end = i + 1;
    }
  }
  if (inWord) {
    hashes[count] = fmix32(h);
    starts[count] = start;
    ends[count] = end;
    count++;
  }
  return { count, hashes, starts, ends };
}

/** The rare path for texts with expanding units (presentation forms): hash the folded text, map offsets back. */
function wordHashesFolded(text: string): WordHashes {
  const f = fold(text);
  const w = wordHashes(f.text);
  for (let k = 0; k < w.count; k++) {
    w.starts[k] = f.starts[w.starts[k] as number] as number;
    w.ends[k] = f.ends[(w.ends[k] as number) - 1] as number;
  }
  return w;
}
