/**
 * What the clusterer reads from one article: stem counts for the title, the body (lead
 * weighted up) and each paragraph, with the passages other articles share with it
 * (from `link`'s reuse) set apart, so that a pasted background paragraph cannot by
 * itself make two events look alike.
 */

import { stem } from "../arabic/stem.js";
import { isStopwordLoose } from "../arabic/stopwords.js";
import { tokenize } from "../arabic/tokens.js";
import type { Article, Reuse, Span } from "../model/types.js";

/** Stem counts (already multiplied by position boosts); weighting by idf happens in the clusterer. */
export type Counts = Map<string, number>;

export interface FeatureOptions {
  titleBoost: number;
  leadBoost: number;
  leadWords: number;
  copyCoverage: number;
  minParagraphTerms: number;
}

/** A reuse link seen from this article: the other article and how much of this one it covers. */
export interface ReuseLink {
  other: string;
  /** Words of this article inside passages shared with `other`. */
  words: number;
  /** Share of this article's content words inside those passages. */
  coverage: number;
}

export interface ArticleFeatures {
  id: string;
  /** Milliseconds since the epoch, or null when the article has no usable date. */
  time: number | null;
  /** Title and body counts outside passages shared as background (what the article itself says). */
  novel: Counts;
  /** Title and body counts including shared passages (for thread linking and document frequencies). */
  full: Counts;
  /** Title counts. */
  title: Counts;
  /** Counts per paragraph, outside shared passages; only paragraphs with enough terms. */
  paragraphs: Counts[];
  /** Content words (not stopwords, not bare numbers) in title and body. */
  contentWords: number;
  /** Reuse links: copies (coverage ≥ `copyCoverage`) and shared passages. */
  links: ReuseLink[];
}

const DIGITS = /^[0-9.,:/]+$/;

/** The stem used for matching, or null for stopwords, bare numbers and one-letter words. */
export function termOf(folded: string): string | null {
  if (folded.length < 2 || DIGITS.test(folded) || isStopwordLoose(folded)) return null;
  const s = stem(folded);
  return s.length < 2 ? null : s;
}

function add(m: Counts, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

/** Parses `publishedAt.value`; null when absent or unreadable. */
export function timeOf(article: Article): number | null {
  const v = article.publishedAt?.value;
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : null;
}

/** Spans of `article` inside passages shared with other articles, per other article. */
function sharedSpans(article: Article, reuse: readonly Reuse[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const r of reuse) {
    const side = r.a === article.id ? "a" : r.b === article.id ? "b" : null;
    if (side === null) continue;
    const other = side === "a" ? r.b : r.a;
    if (other === article.id) continue;
    let list = out.get(other);
    if (!list) out.set(other, (list = []));
    for (const p of r.passages) list.push(side === "a" ? p.a : p.b);
  }
  return out;
}

function inside(spans: Span[], start: number, end: number): boolean {
  for (const s of spans) if (start >= s.start && end <= s.end) return true;
  return false;
}

/**
 * Features of one article.
 *
 * @example
 * const f = articleFeatures(article, reuse, defaultClusterOptions);
 * f.novel.get("رئيس"); // weighted count of the stem outside shared passages
 */
export function articleFeatures(article: Article, reuse: readonly Reuse[], o: FeatureOptions): ArticleFeatures {
  const novel: Counts = new Map();
  const full: Counts = new Map();
  const title: Counts = new Map();
  let contentWords = 0;
  for (const t of tokenize(article.title ?? "")) {
    const s = termOf(t.text);
    if (s === null) continue;
    contentWords++;
    add(title, s, 1);
    add(novel, s, o.titleBoost);
    add(full, s, o.titleBoost);
  }
  const shared = sharedSpans(article, reuse);
  const text = article.text ?? "";
  const tokens = tokenize(text);
  // First pass: terms, their weights, paragraphs and which partners share them.
  const terms: { s: string; w: number; para: number; with: string[] | null }[] = [];
  const perOther = new Map<string, number>();
  let bodyWords = 0;
  let paraIndex = 0;
  let lastEnd = 0;
  for (const t of tokens) {
    if (text.slice(lastEnd, t.start).includes("\n")) paraIndex++;
    lastEnd = t.end;
    const s = termOf(t.text);
    if (s === null) continue;
    const w = bodyWords < o.leadWords ? o.leadBoost : 1;
    bodyWords++;
    contentWords++;
    add(full, s, w);
    let withOthers: string[] | null = null;
    for (const [other, spans] of shared) {
      if (inside(spans, t.start, t.end)) {
        (withOthers ??= []).push(other);
        perOther.set(other, (perOther.get(other) ?? 0) + 1);
      }
    }
    terms.push({ s, w, para: paraIndex, with: withOthers });
  }
  const links: ReuseLink[] = [];
  const copies = new Set<string>();
  for (const other of shared.keys()) {
    const words = perOther.get(other) ?? 0;
    const coverage = bodyWords === 0 ? 0 : words / bodyWords;
    links.push({ other, words, coverage });
    if (coverage >= o.copyCoverage) copies.add(other);
  }
  // Second pass: what the article says besides passages it shares only partially with
  // others (background). Text shared with an article it copies wholesale stays: there the
  // shared text is the event itself.
  const paragraphs: Counts[] = [];
  let para: Counts = new Map();
  let paraTerms = 0;
  let current = 0;
  const flush = () => {
    if (paraTerms >= o.minParagraphTerms) paragraphs.push(para);
    para = new Map();
    paraTerms = 0;
  };
  for (const t of terms) {
    if (t.para !== current) {
      flush();
      current = t.para;
    }
    const background = t.with !== null && !t.with.some((x) => copies.has(x));
    if (background) continue;
    add(novel, t.s, t.w);
    add(para, t.s, 1);
    paraTerms++;
  }
  flush();
  // With nothing left besides shared passages, compare on the whole text.
  const novelOut = novel.size === 0 ? full : novel;
  return {
    id: article.id,
    time: timeOf(article),
    novel: novelOut,
    full,
    title,
    paragraphs,
    contentWords,
    links,
  };
}
