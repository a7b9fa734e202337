/**
 * The text the full-text index stores for an article: its stems joined by
 * spaces, exactly `stems(text).map(s => s.stem).join(" ")` (src/arabic/stem.ts),
 * computed in one pass over char codes without building the offset map that
 * search snippets need but indexing does not. Measured here: ~3× faster than
 * going through `stems()`, which was the largest cost of ingest after FTS5.
 * A property test holds it equal to the reference.
 */

import { foldUnit } from "../arabic/fold.js";
import { stem, stems } from "../arabic/stem.js";

/** Bit 1: the unit is a word unit of tokens.ts (`[\p{L}\p{M}\p{N}_]`); bit 2: it is a digit (`\p{N}`). */
const WORD = 1;
const DIGIT = 2;
const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  const word = /[\p{L}\p{M}\p{N}_]/u;
  const digit = /\p{N}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: handled by the reference path
    const ch = String.fromCharCode(c);
    if (word.test(ch)) t[c] = WORD | (digit.test(ch) ? DIGIT : 0);
  }
  return t;
})();

/** Separators that may join digit groups inside a number token (tokens.ts: `[.,:/]`). */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;
}

/**
 * Space-joined stems of `original`, for the FTS index.
 *
 * @example
 * indexText("قالَ الرئيسُ"); // "قال رئيس"
 */
export function indexText(original: string): string {
  const n = original.length;
  const folded = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const f = foldUnit(c);
    if (f >= 0) {
      if (f >= 0xd800 && f <= 0xdfff) return referenceIndexText(original);
      folded[k++] = f;
    } else if (f !== -1) {
      return referenceIndexText(original); // a unit that expands (presentation forms): rare
    }
  }
  // One string for the whole folded text; words are slices of it (cheaper than a string per
  // word from a typed-array view).
  const ftext = fromUnits(folded, 0, k);
  let out = "";
  let i = 0;
  while (i < k) {
    if ((CLASS[folded[i] as number] as number) === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < k && (CLASS[folded[i] as number] as number) !== 0) i++;
    // (?:[.,:/]\p{N}+)*
    while (i + 1 < k && isNumberJoiner(folded[i] as number) && (CLASS[folded[i + 1] as number] as number) & DIGIT) {
      i += 2;
      while (i < k && (CLASS[folded[i] as number] as number) & DIGIT) i++;
    }
    const word = ftext.slice(start, i);
    out += out.length === 0 ? stem(word) : ` ${stem(word)}`;
  }
  return out;
}

/** Longest run passed to `String.fromCharCode` at once (argument-count limits). */
const CHUNK = 4096;

function fromUnits(units: Uint16Array, start: number, end: number): string {
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  let s = "";
  for (let i = start; i < end; i += CHUNK) s += fromUnits(units, i, Math.min(end, i + CHUNK));
  return s;
}

/** The reference: what search and highlights use. */
export function referenceIndexText(original: string): string {
  return stems(original)
    .map((s) => s.stem)
    .join(" ");
}
