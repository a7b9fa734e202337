/**
 * Tokenisation with Unicode classes over folded text, offsets into the original.
 * Not `Intl.Segmenter`: 16× slower here for the same tokens.
 */

import { type Folded, fold } from "./fold.js";

/** A word of the text: its folded form and where it stands in the original. */
export interface Token {
  /** Folded form (see `fold`). */
  text: string;
  /** Half-open UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}_]+(?:[.,:/][\p{N}]+)*/gu;

/**
 * Words of `original` (letters, marks, digits; numbers keep their separators:
 * `2,500`, `3.5`, `27/4`), folded, with offsets into the original.
 *
 * @example
 * tokenize("قالَ الرئيسُ").map(t => t.text); // ["قال", "الرئيس"]
 */
export function tokenize(original: string): Token[] {
  return tokenizeFolded(fold(original));
}

/** Tokens of text that is already folded, with offsets mapped through `f`. */
export function tokenizeFolded(f: Folded): Token[] {
  const tokens: Token[] = [];
  const text = f.text;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    tokens.push({ text: m[0], start: f.starts[s] as number, end: f.ends[e - 1] as number });
  }
  return tokens;
}
