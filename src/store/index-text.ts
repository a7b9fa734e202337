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
import { DIGIT_UNIT, scratchUnits, UNIT_CLASS, unitsToString, WORD_UNIT } from "../arabic/units.js";

/** A word unit of tokens.ts: `[\p{L}\p{M}\p{N}_]`. */
function isWordUnit(c: number): boolean {
  return ((UNIT_CLASS[c] as number) & WORD_UNIT) !== 0 || c === 0x5f;
}

function isDigitUnit(c: number): boolean {
  return ((UNIT_CLASS[c] as number) & DIGIT_UNIT) !== 0;
}

/** Separators that may join digit groups inside a number token (tokens.ts: `[.,:/]`). */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f;
}

/**
 * A number written with thousands separators (after folding, the Arabic ٬ is a comma) as its plain
 * digits, so that 1,200، ١٬٢٠٠ and 1200 are one term in the index and in queries: the stores'
 * tokenizers split on the comma, which made «1,200» the two tokens 1 and 200 and a search for 1200
 * miss it. Only comma groups of three digits after a head of one to three (with a decimal part
 * or not): `2,5` and `12,30` stay as they are. A point between groups is left alone here: it is
 * also the decimal mark (٫ folds to it), and 3.750 is more often three and three quarters than
 * 3750 (`search.ts` lets a query 1.200 try both). Any other term is returned as it is.
 *
 * @example
 * numberKey("1,200"); // "1200"
 * numberKey("1,250,000.5"); // "1250000.5"
 * numberKey("1.200"); // "1.200"
 */
export function numberKey(term: string): string {
  const c = term.charCodeAt(0);
  if (c < 0x30 || c > 0x39 || term.indexOf(",") < 0) return term;
  return THOUSANDS.test(term) ? term.replaceAll(",", "") : term;
}

/** Digits grouped by commas in threes (1,200 or 12,500,000), optionally with a decimal part. */
const THOUSANDS = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;

/**
 * Space-joined stems of `original`, for the FTS index (numbers with thousands separators as their
 * digits: `numberKey`).
 *
 * @example
 * indexText("قالَ الرئيسُ"); // "قال رئيس"
 */
export function indexText(original: string): string {
  const n = original.length;
  const folded = scratchUnits(n);
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
  const ftext = unitsToString(folded, 0, k);
  let out = "";
  let i = 0;
  while (i < k) {
    if (!isWordUnit(folded[i] as number)) {
      i++;
      continue;
    }
    const start = i;
    while (i < k && isWordUnit(folded[i] as number)) i++;
    // (?:[.,:/]\p{N}+)*
    while (i + 1 < k && isNumberJoiner(folded[i] as number) && isDigitUnit(folded[i + 1] as number)) {
      i += 2;
      while (i < k && isDigitUnit(folded[i] as number)) i++;
    }
    const word = ftext.slice(start, i);
    // After the stem: a clitic before the digits (و١٬٥٠٠) leaves with it.
    const term = numberKey(stem(word));
    out += out.length === 0 ? term : ` ${term}`;
  }
  return out;
}

/** The reference: what search and highlights use. */
export function referenceIndexText(original: string): string {
  return stems(original)
    .map((s) => numberKey(s.stem))
    .join(" ");
}
