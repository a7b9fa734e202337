/**
 * A graded pair score for two articles ("how much are these the same story?"), for
 * evaluation against human similarity judgements and for callers that need more than
 * the binary reuse decision: TF-IDF cosine over light stems (stopwords out), on the
 * whole text and on its head (where the title and lead stand), plus the shared-passage
 * evidence of the alignment.
 */

import { foldText } from "../arabic/fold.js";
import { stem } from "../arabic/stem.js";
import { isStopwordLoose } from "../arabic/stopwords.js";
import { alignWords } from "./align.js";
import { defaultLinkOptions, type LinkOptions } from "./options.js";
import { wordHashes } from "./scan.js";

/** Document frequencies for IDF: how many of `docs` documents hold a stem. */
export interface DocumentFrequencies {
  docs: number;
  df(stem: string): number;
}

/**
 * The head of a news text: title and lead. 20 words covers a headline plus the first clause of the lead;
 * pinned on SemEval-2022 Arabic (eval/link.ts), where bodies are back-translated but titles are original.
 */
export const HEAD_WORDS = 20;
/**
 * Weights of the score: body cosine, head cosine, passage coverage. On SemEval-2022 Arabic (101 pairs, bodies
 * back-translated) the body cosine alone correlates best (Pearson 0.564; head 0.36, passages 0.43, and every
 * mix tried scored lower: 0.5/0.3/0.2 → 0.540, 0.8/0/0.2 → 0.555, 0.9/0/0.1 → 0.560). Passages keep a small
 * weight so that verbatim reprints score above paraphrases; the head is reported but not weighted.
 */
export const WEIGHT_BODY = 0.9;
export const WEIGHT_HEAD = 0;
export const WEIGHT_PASSAGES = 0.1;

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * Content stems of a text (folded, light10-stemmed, stopwords and one-letter tokens dropped), in order.
 *
 * @example contentStems("قالَ الرئيسُ إن المحادثات"); // ["قال", "رئيس", "محادث"]
 */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of foldText(text).match(WORD) ?? []) {
    if (w.length < 2 || isStopwordLoose(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Document frequencies counted over `texts` (each text counts a stem once). */
export function countDocumentFrequencies(texts: Iterable<string>): DocumentFrequencies {
  const counts = new Map<string, number>();
  let docs = 0;
  for (const t of texts) {
    docs++;
    for (const s of new Set(contentStems(t))) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { docs, df: (s) => counts.get(s) ?? 0 };
}

/** Smoothed IDF: a stem unseen in the background is as rare as a stem seen once. */
function idf(s: string, f: DocumentFrequencies): number {
  return Math.log((f.docs + 1) / (f.df(s) + 1)) + 1;
}

/** TF-IDF cosine of two stem lists (sublinear tf). */
export function tfidfCosine(a: string[], b: string[], f: DocumentFrequencies): number {
  const vec = (xs: string[]) => {
    const tf = new Map<string, number>();
    for (const x of xs) tf.set(x, (tf.get(x) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [k, n] of tf) v.set(k, (1 + Math.log(n)) * idf(k, f));
    return v;
  };
  const va = vec(a);
  const vb = vec(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of va) {
    na += x * x;
    const y = vb.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of vb.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The parts of a pair score, for inspection. */
export interface PairScore {
  /** Weighted combination in [0, 1]: 1 = the same text. */
  score: number;
  body: number;
  head: number;
  /** Share of the shorter text covered by aligned passages (any length ≥ seed). */
  passages: number;
}

/**
 * Graded similarity of two article texts in [0, 1].
 *
 * @example
 * const df = countDocumentFrequencies(background);
 * pairScore(a.text, b.text, df).score; // 0.83 for two reports of one event
 */
export function pairScore(
  a: string,
  b: string,
  f: DocumentFrequencies,
  options: LinkOptions = defaultLinkOptions,
): PairScore {
  const sa = contentStems(a);
  const sb = contentStems(b);
  const body = tfidfCosine(sa, sb, f);
  const head = tfidfCosine(headStems(a), headStems(b), f);
  const wa = wordHashes(a);
  const wb = wordHashes(b);
  const al = alignWords(wa, wb, { ...options, minPassageWords: options.seedWords });
  const shorter = Math.min(wa.count, wb.count);
  const passages = shorter === 0 ? 0 : Math.min(1, al.matchedWords / shorter);
  return { score: WEIGHT_BODY * body + WEIGHT_HEAD * head + WEIGHT_PASSAGES * passages, body, head, passages };
}

function headStems(text: string): string[] {
  const words = foldText(text).match(WORD) ?? [];
  return contentStems(words.slice(0, HEAD_WORDS).join(" "));
}
