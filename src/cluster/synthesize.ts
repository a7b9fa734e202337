/**
 * Story synthesis: a headline (the most central member title), a short extractive summary
 * chosen by maximal marginal relevance, outlets with the time each first carried the story,
 * the time span, and the copy graph among members.
 */

import { splitSentences } from "../arabic/sentences.js";
import { tokenize } from "../arabic/tokens.js";
import type { Article, Reuse, Story } from "../model/types.js";
import { type Counts, termOf, timeOf } from "./features.js";

/** Sentences the summary may use from each member: the lead carries the event. */
const LEAD_SENTENCES = 4;
/** Summary length: the issue asks for 2–3 sentences. */
const SUMMARY_SENTENCES = 3;
/** MMR trade-off between relevance and novelty (Carbonell & Goldstein's usual 0.7). */
const MMR_LAMBDA = 0.7;
/** Cosine above which a sentence repeats one already chosen (wire copies differ by a word or two). */
const REDUNDANT = 0.5;
/**
 * Share of the shorter sentence's content words the other holds above which it says nothing new: one outlet's
 * short lead restates another's long one (أصيب مواطن … إثر سقوط مقذوفات عسكرية … على قرية العابطية بمحافظة الحرث
 * beside the civil defence's «… عن سقوط مقذوفات عسكرية … بقرية العابطية في محافظة الحرث، مما نتج عنه اصابة
 * مواطن»), where the cosine stays low for the longer one's other words.
 */
const CONTAINED = 0.6;
/** Sentences shorter than this (content words) are datelines or captions. */
const MIN_SENTENCE_TERMS = 5;
/**
 * Words that open the rest of a sentence cut at a semicolon, not a sentence (حيث جرى نقلهما إلى المستشفى، مما أدى
 * إلى …): alone in a summary they hang on nothing. Not إذ or لكن, which news also opens sentences with.
 */
const DEPENDENT_OPENING = /^[«"“(]?(?:حيث|مما|بينما)\s/u;
/** Sentences longer than this (characters) are cut at a word boundary for display. */
const MAX_SENTENCE_CHARS = 400;

export interface CopyEdge {
  from: string;
  to: string;
  words: number;
}

export type Synthesis = Pick<Story, "headline" | "summary" | "outlets" | "firstSeen" | "lastSeen"> & {
  copyGraph: CopyEdge[];
};

/**
 * `termOf` by folded token, for the sentences of every story that leaves the working set (a few
 * thousand forms make most tokens). Cleared when full, which bounds it; tokens of 13 units and
 * more are not kept (rare, and V8 makes them slices that would keep their sentence alive).
 */
const TERM_CACHE_SIZE = 50_000;
const termCache = new Map<string, string | null>();

function cachedTermOf(token: string): string | null {
  if (token.length >= 13) return termOf(token);
  let s = termCache.get(token);
  if (s === undefined) {
    s = termOf(token);
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    termCache.set(token, s);
  }
  return s;
}

function countsOf(text: string): Counts {
  const m: Counts = new Map();
  for (const t of tokenize(text)) {
    const s = cachedTermOf(t.text);
    if (s !== null) m.set(s, (m.get(s) ?? 0) + 1);
  }
  return m;
}

function norm(m: Counts): number {
  let n = 0;
  for (const v of m.values()) n += v * v;
  return Math.sqrt(n);
}

function cosine(a: Counts, b: Counts, na = norm(a), nb = norm(b)): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w !== undefined) dot += v * w;
  }
  return dot / (na * nb);
}

/** Sentences of `text` (src/arabic/sentences.ts). */
function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

function clip(s: string): string {
  if (s.length <= MAX_SENTENCE_CHARS) return s;
  const cut = s.lastIndexOf(" ", MAX_SENTENCE_CHARS);
  return `${s.slice(0, cut > 0 ? cut : MAX_SENTENCE_CHARS)}…`;
}

/** Members in time order: dated first by time, then undated; ties by id for stable output. */
export function byTime(members: readonly Article[]): Article[] {
  return [...members].sort((x, y) => {
    const tx = timeOf(x);
    const ty = timeOf(y);
    if (tx !== null && ty !== null && tx !== ty) return tx - ty;
    if (tx === null && ty !== null) return 1;
    if (ty === null && tx !== null) return -1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}

/** Share of the shorter of two sentences' content words (counted with repeats) that the other holds. */
function contained(a: { counts: Counts; terms: number }, b: { counts: Counts; terms: number }): number {
  const [small, large] = a.terms <= b.terms ? [a, b] : [b, a];
  let shared = 0;
  for (const [t, v] of small.counts) shared += Math.min(v, large.counts.get(t) ?? 0);
  return small.terms === 0 ? 0 : shared / small.terms;
}

/**
 * Synthesises a story's display fields from its members and the reuse among them.
 *
 * @example
 * const s = synthesize(articles, reuse);
 * s.headline; // the member title most similar to the others
 * s.summary; // 2–3 lead sentences, no two saying the same thing
 * s.copyGraph; // [{ from: sourceId, to: copyId, words: 120 }]
 */
export function synthesize(members: Article[], reuse: Reuse[]): Synthesis {
  if (members.length === 1) return single(members[0]!);
  const sorted = byTime(members);
  // Headline: the title with the highest summed similarity to the other titles (earliest on ties).
  const titles = sorted.map((a) => countsOf(a.title ?? ""));
  const titleNorms = titles.map(norm);
  let headline = "";
  let best = -1;
  for (let i = 0; i < sorted.length; i++) {
    if ((titleNorms[i] ?? 0) === 0) continue;
    let s = 0;
    for (let j = 0; j < sorted.length; j++) {
      if (i !== j) s += cosine(titles[i]!, titles[j]!, titleNorms[i], titleNorms[j]);
    }
    if (s > best) {
      best = s;
      headline = (sorted[i]!.title ?? "").trim();
    }
  }
  // Summary: lead sentences of every member, relevance = cosine to the story's term centroid.
  const centroid: Counts = new Map();
  const candidates: { text: string; counts: Counts; terms: number; norm: number; order: number }[] = [];
  const seen = new Set<string>();
  for (const a of sorted) {
    const sentences = sentencesOf(a.text ?? "").slice(0, LEAD_SENTENCES);
    for (let k = 0; k < sentences.length; k++) {
      const text = sentences[k]!;
      const counts = countsOf(text);
      let terms = 0;
      for (const v of counts.values()) terms += v;
      if (terms < MIN_SENTENCE_TERMS) continue;
      const n = norm(counts);
      for (const [t, v] of counts) centroid.set(t, (centroid.get(t) ?? 0) + v / n);
      if (DEPENDENT_OPENING.test(text)) continue;
      const key = [...counts.keys()].sort().join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ text, counts, terms, norm: n, order: k });
    }
  }
  if (headline === "") headline = candidates[0] ? clip(candidates[0].text) : "";
  const centroidNorm = norm(centroid);
  // Earlier sentences of a member get a small bonus: leads state the event.
  const relevance = candidates.map(
    (c) => cosine(c.counts, centroid, c.norm, centroidNorm) * (1 - 0.05 * Math.min(c.order, 3)),
  );
  const chosen: number[] = [];
  while (chosen.length < SUMMARY_SENTENCES) {
    let pick = -1;
    let pickScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      if (chosen.includes(i)) continue;
      let redundancy = 0;
      let repeats = false;
      for (const j of chosen) {
        const c = candidates[i]!;
        const d = candidates[j]!;
        redundancy = Math.max(redundancy, cosine(c.counts, d.counts, c.norm, d.norm));
        repeats ||= contained(c, d) >= CONTAINED;
      }
      if (redundancy > REDUNDANT || repeats) continue;
      const score = MMR_LAMBDA * relevance[i]! - (1 - MMR_LAMBDA) * redundancy;
      if (score > pickScore) {
        pickScore = score;
        pick = i;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  const summary = chosen.map((i) => clip(candidates[i]!.text));
  // Outlets with the first time each carried the story.
  const outlets = new Map<string, string | null>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  let firstT = Number.POSITIVE_INFINITY;
  let lastT = Number.NEGATIVE_INFINITY;
  for (const a of sorted) {
    const t = timeOf(a);
    const v = t === null ? null : (a.publishedAt?.value ?? null);
    if (!outlets.has(a.outlet)) outlets.set(a.outlet, v);
    if (t !== null) {
      if (t < firstT) {
        firstT = t;
        firstSeen = v;
      }
      if (t > lastT) {
        lastT = t;
        lastSeen = v;
      }
    }
  }
  return {
    headline,
    summary,
    outlets: [...outlets].map(([outlet, firstSeen]) => ({ outlet, firstSeen })),
    firstSeen,
    lastSeen,
    copyGraph: copyGraph(sorted, reuse),
  };
}

/** Words in `s` (whitespace-separated), a cheap stand-in for content terms on one article. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A one-article story (most stories): its title, and its first sentences long enough to say
 * something. Nothing to rank or de-duplicate, so no tokenising (this runs for every story that
 * leaves the working set).
 */
function single(a: Article): Synthesis {
  const summary: string[] = [];
  for (const text of sentencesOf(a.text ?? "").slice(0, LEAD_SENTENCES)) {
    // Function words make about a third of Arabic news prose: 8 words ≈ 5 content terms.
    if (wordCount(text) >= 8 && !DEPENDENT_OPENING.test(text) && !summary.includes(text)) summary.push(clip(text));
    if (summary.length === SUMMARY_SENTENCES) break;
  }
  const t = timeOf(a);
  const when = t === null ? null : (a.publishedAt?.value ?? null);
  const title = (a.title ?? "").trim();
  return {
    headline: title !== "" ? title : summary[0] ? clip(summary[0]) : "",
    summary,
    outlets: [{ outlet: a.outlet, firstSeen: when }],
    firstSeen: when,
    lastSeen: when,
    copyGraph: [],
  };
}

/**
 * Directed copy edges among `members`: source → copy, from each reuse link's decided
 * direction, else from the earlier publication; undecidable links are left out.
 */
export function copyGraph(members: readonly Article[], reuse: readonly Reuse[]): CopyEdge[] {
  const byId = new Map(members.map((a) => [a.id, a]));
  const edges: CopyEdge[] = [];
  for (const r of reuse) {
    const a = byId.get(r.a);
    const b = byId.get(r.b);
    if (!a || !b || r.a === r.b) continue;
    const words = r.passages.reduce((s, p) => s + p.words, 0);
    // The linker weighed the times at the precision both dates have (and credited agencies): when it could
    // not tell who had it first, neither is drawn as the other's source.
    const from = r.direction.source;
    if (from !== r.a && from !== r.b) continue;
    edges.push({ from, to: from === r.a ? r.b : r.a, words });
  }
  edges.sort((x, y) => y.words - x.words || (x.from + x.to < y.from + y.to ? -1 : 1));
  return edges;
}
