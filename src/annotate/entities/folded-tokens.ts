/**
 * The tokens the entity finder tags: words and punctuation of the folded text with their folded offsets,
 * hashtag groups and lines, cut into sentences of at most `MAX_SENTENCE_TOKENS`.
 */

import type { Folded } from "../../arabic/fold.js";
import type { EntityType } from "../../model/types.js";

/** A token of the folded text: its folded form and folded offsets. */
export interface Tok {
  text: string;
  /** Offsets in the folded text. */
  s: number;
  e: number;
  /** Index of the hashtag group (`#a_b_c`) it belongs to, or -1. */
  group: number;
  /** Line of the text it stands on (line breaks before it): no role phrase runs from one line to the next. */
  line: number;
}

/**
 * A token: a word (with a number's decimal or time parts), an abbreviation written with dots between parts of two or
 * three letters (إي.واي، إف.بي.آي: its dots end no sentence), or a mark.
 */
const TOKEN =
  /[\p{L}\p{M}]{2,3}(?:\.[\p{L}\p{M}]{2,3})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{M}\p{N}_]/gu;

export const WORDY = /^[\p{L}\p{M}\p{N}]/u;

const SENTENCE_END = new Set([".", "!", "?", "؟", "…"]);

/**
 * Longest run of tokens tagged at once. Text without sentence punctuation is cut into
 * pieces of this size so tagging stays linear; 120 tokens is past 99% of the training
 * sentences, so ordinary sentences are never cut.
 */
export const MAX_SENTENCE_TOKENS = 120;

export function tokenizeForTagging(f: Folded): Tok[] {
  const out: Tok[] = [];
  const t = f.text;
  TOKEN.lastIndex = 0;
  let line = 0;
  let nl = t.indexOf("\n");
  for (let m = TOKEN.exec(t); m !== null; m = TOKEN.exec(t)) {
    for (; nl !== -1 && nl < m.index; nl = t.indexOf("\n", nl + 1)) line++;
    out.push({ text: m[0], s: m.index, e: m.index + m[0].length, group: -1, line });
  }
  // Hashtag groups: words joined by "_" alone (a_b_c), or one word right after "#".
  let groups = 0;
  for (let i = 0; i < out.length; i++) {
    const tok = out[i] as Tok;
    if (!WORDY.test(tok.text)) continue;
    const prev = out[i - 1];
    const joined = prev !== undefined && prev.group >= 0 && prev.e === tok.s - 1 && t[prev.e] === "_";
    if (joined) {
      tok.group = (prev as Tok).group;
      continue;
    }
    const hash = prev !== undefined && prev.text === "#" && prev.e === tok.s;
    const next = out[i + 1];
    const joinsNext = next !== undefined && tok.e === next.s - 1 && t[tok.e] === "_" && WORDY.test(next.text);
    if (hash || joinsNext) tok.group = groups++;
  }
  return out;
}

/** A run of tatweel standing between spaces: a dash in the original (الرياض ـ واس، مدير المركز ـ مستشفى الملك فهد). */
const TATWEEL_DASH = /(?:^|\s)\u0640+(?=\s|$)/u;

/**
 * Indices of the tokens that a dash written as tatweel between spaces stands before: folding removes it with every
 * tatweel, so only the original shows it (طلال عبدالله ـ جدة).
 *
 * @example
 * const t = "قال عبدالعزيز ـ طيب";
 * tatweelDashes(t, fold(t), tokenizeForTagging(fold(t))); // Set {2}
 */
export function tatweelDashes(original: string, f: Folded, toks: readonly Tok[]): Set<number> {
  const out = new Set<number>();
  if (!original.includes("\u0640")) return out;
  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1] as Tok;
    const t = toks[i] as Tok;
    if (t.s - prev.e < 2) continue;
    if (TATWEEL_DASH.test(original.slice(f.ends[prev.e - 1] ?? 0, f.starts[t.s] ?? original.length))) out.add(i);
  }
  return out;
}

/** Sentence ranges [start, end) over the tokens: at . ! ? and line breaks, capped in length. */
export function sentences(f: Folded, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Tok;
    const next = toks[i + 1];
    const lineBreak = next !== undefined && f.text.slice(tok.e, next.s).includes("\n");
    if (SENTENCE_END.has(tok.text) || lineBreak || i + 1 - start >= MAX_SENTENCE_TOKENS || next === undefined) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  return out;
}

/** A raw mention over token indices [a, b) before resolution. */
export interface Raw {
  a: number;
  b: number;
  type: EntityType;
  /** Folded offsets after trimming clitics. */
  s: number;
  e: number;
  /** Match tokens. */
  key: string[];
  /** True for a role phrase standing for a person (رئيس الحكومة). */
  role?: boolean;
  /** True for a role phrase that takes in an area's word and its place (أمير منطقة حائل): see `findRoles`. */
  area?: boolean;
  /**
   * Folded offset where the name proper starts when the mention opens with a word that is not part of
   * the name (مدينة | قلقيلية, see `settlementHeads`): the entity is named from here. `key` leaves it out.
   */
  ns?: number;
}

/** 1 for each token inside one of `raws`. */
export function coveredTokens(toks: Tok[], raws: Raw[]): Uint8Array {
  const covered = new Uint8Array(toks.length);
  for (const r of raws) covered.fill(1, r.a, r.b);
  return covered;
}
