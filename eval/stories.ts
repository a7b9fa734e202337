/**
 * Story clustering quality.
 *
 * 1. Same-story decisions on the hand-labelled pairs (gold/stories/pairs-dev.jsonl): the
 *    articles of all pairs are clustered together, in time order, by the real `StoryClusterer`;
 *    a pair is judged "same" when both land in one story. Precision, recall and F1 of "same";
 *    share of "related" pairs that land in one thread (and, for contrast, of "different" ones).
 * 2. ANT multi-source category purity: all 31,525 articles clustered in time order; purity of
 *    stories of ≥ 2 articles weighted by size, with the number of stories and share of singletons.
 *
 *   npx tsx eval/stories.ts
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type CorpusArticle, loadAntMultisource, loadSaudiNewsNet, sharedDir, timeOrder } from "../bench/cluster.js";
import { clusterArticles, type Placement, StoryClusterer } from "../src/cluster/clusterer.js";
import type { ClusterOptions } from "../src/cluster/options.js";
import { cleanScrapedText, cleanTitle } from "../src/extract/index.js";
import { linkArticles } from "../src/link/index.js";
import type { Annotations, Article, Reuse, Story } from "../src/model/types.js";
import { type AnnotatedText, annotateArticle, resolveAcross } from "../src/stages.js";

interface PairSide {
  id: string;
  outlet: string;
  date: string;
  title: string;
  text: string;
}
interface Pair {
  pair_id: string;
  corpus: string;
  a: PairSide;
  b: PairSide;
  label: "same" | "related" | "different";
  band: string;
}

/** A gold side as an article, title and text cleaned as the extract stage cleans a record's (as the corpus loaders do). */
function toArticle(s: PairSide): Article {
  return {
    id: s.id,
    path: "gold",
    source: s.id,
    outlet: s.outlet,
    title: cleanTitle(s.title),
    text: cleanScrapedText(s.text),
    publishedAt: { value: s.date, evidence: "record" },
    removed: [],
    messages: [],
  };
}

export interface PairFigures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  relatedInThread: number;
  differentInThread: number;
  byCorpus: Record<string, { tp: number; fp: number; fn: number }>;
}

export function scorePairs(pairs: Pair[], placements: Map<string, Placement>): PairFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let rel = 0;
  let relThread = 0;
  let diff = 0;
  let diffThread = 0;
  const byCorpus: PairFigures["byCorpus"] = {};
  for (const p of pairs) {
    const a = placements.get(p.a.id);
    const b = placements.get(p.b.id);
    if (!a || !b) throw new Error(`eval/stories: pair ${p.pair_id} was not placed`);
    const same = a.story === b.story;
    byCorpus[p.corpus] ??= { tp: 0, fp: 0, fn: 0 };
    const c = byCorpus[p.corpus]!;
    if (same && p.label === "same") {
      tp++;
      c.tp++;
    } else if (same) {
      fp++;
      c.fp++;
    } else if (p.label === "same") {
      fn++;
      c.fn++;
    }
    if (p.label === "related") {
      rel++;
      if (a.thread === b.thread) relThread++;
    }
    if (p.label === "different") {
      diff++;
      if (a.thread === b.thread) diffThread++;
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return {
    precision,
    recall,
    f1,
    tp,
    fp,
    fn,
    relatedInThread: relThread / Math.max(1, rel),
    differentInThread: diffThread / Math.max(1, diff),
    byCorpus,
  };
}

export function loadPairs(file = "gold/stories/pairs-dev.jsonl"): Pair[] {
  return readFileSync(path.join(sharedDir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Pair);
}

/** Clusters the articles of the pairs and scores the decisions. */
export function evalPairs(
  pairs: Pair[],
  reuse: Reuse[],
  options: Partial<ClusterOptions> = {},
  annotations?: Map<string, Annotations>,
): PairFigures {
  const articles = new Map<string, Article>();
  for (const p of pairs) for (const s of [p.a, p.b]) articles.set(s.id, toArticle(s));
  const { placements } = clusterArticles([...articles.values()], reuse, annotations, options);
  return scorePairs(pairs, placements);
}

/**
 * Annotations of the pairs' articles in one entity id space, exactly as `runStages` makes them
 * for the product (annotateArticle each, then resolveAcross with one resolver). Only the pairs'
 * articles: the entity finder costs ~15 ms an article.
 */
export function annotatePairs(articles: Article[]): Map<string, Annotations> {
  const annotated = new Map<string, AnnotatedText>();
  for (const a of articles) annotated.set(a.id, annotateArticle(a));
  return resolveAcross(annotated);
}

/**
 * The same pair decisions read off a clustering of the whole SaudiNewsNet and ANT corpora in time
 * order (document frequencies and competing stories as in production; corpus timestamps; no
 * reuse links).
 */
export function evalPairsInCorpus(
  pairs: Pair[],
  options: Partial<ClusterOptions> = {},
): PairFigures & { ms: number; largestThreads: number[] } {
  const articles = timeOrder([...loadSaudiNewsNet(), ...loadAntMultisource()]);
  const wanted = new Set<string>();
  for (const p of pairs) for (const s of [p.a, p.b]) wanted.add(s.id);
  const c = new StoryClusterer(options);
  const placements = new Map<string, Placement>();
  const t0 = performance.now();
  for (const a of articles) {
    const p = c.add(a);
    if (wanted.has(a.id)) placements.set(a.id, p);
  }
  // A story may have moved to another thread after its first reports were placed (StoryClusterer.rethread).
  for (const [id, p] of placements) placements.set(id, { ...p, thread: c.threadOf(p.story) ?? p.thread });
  return { ...scorePairs(pairs, placements), ms: performance.now() - t0, largestThreads: largestThreads(c) };
}

/** Stories in the ten largest threads of a clustering, largest first (a catch-all shows as an outlier). */
function largestThreads(c: StoryClusterer): number[] {
  return c
    .threads()
    .map((t) => t.stories.length)
    .sort((a, b) => b - a)
    .slice(0, 10);
}

export interface PurityFigures {
  articles: number;
  stories: number;
  singletons: number;
  multi: number;
  inMulti: number;
  /** Purity by each record's own `cat`. */
  purity: number;
  /**
   * Purity where an article matches every category its outlet filed the same title under (ANT
   * files 1,140 titles under two or more categories, e.g. France24 in both العالم and الشرق الأوسط).
   */
  purityFiled: number;
  /** Purity with العالم (internationalNews) and الشرق الأوسط (middleEast) taken as one category. */
  purityNews: number;
  /** Both corrections at once: every category the outlet filed the title under, العالم = الشرق الأوسط. */
  purityFiledNews: number;
  /**
   * The labels' own ceiling: purity of the groups of articles with an identical title (one story by
   * construction), by each record's own `cat`, and how many articles such groups hold.
   */
  identicalTitles: { articles: number; purity: number; purityNews: number };
  largest: number;
  /** Stories in the ten largest threads, largest first. */
  largestThreads: number[];
  ms: number;
}

function purityOf(stories: Story[], labels: (id: string) => Set<string>): number {
  let inMulti = 0;
  let pure = 0;
  for (const s of stories) {
    if (s.articles.length < 2) continue;
    inMulti += s.articles.length;
    const counts = new Map<string, number>();
    for (const id of s.articles) for (const k of labels(id)) counts.set(k, (counts.get(k) ?? 0) + 1);
    pure += Math.max(0, ...counts.values());
  }
  return pure / Math.max(1, inMulti);
}

/**
 * Purity of the groups of articles that share an exact title (across outlets): such a group is one story
 * whatever a clusterer does, so its purity is what the labels allow a perfect clustering.
 */
function identicalTitleCeiling(
  articles: CorpusArticle[],
  news: (k: string) => string,
): PurityFigures["identicalTitles"] {
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const list = groups.get(a.title.trim()) ?? [];
    list.push(a.category ?? "");
    groups.set(a.title.trim(), list);
  }
  let n = 0;
  let raw = 0;
  let merged = 0;
  const top = (xs: string[]) => {
    const counts = new Map<string, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    return Math.max(...counts.values());
  };
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    n += list.length;
    raw += top(list);
    merged += top(list.map(news));
  }
  return { articles: n, purity: raw / Math.max(1, n), purityNews: merged / Math.max(1, n) };
}

/** Category purity of ANT stories (≥ 2 articles), weighted by story size. */
export function evalPurity(options: Partial<ClusterOptions> = {}): PurityFigures {
  const articles = timeOrder(loadAntMultisource());
  const category = new Map(articles.map((a) => [a.id, a.category ?? ""]));
  const filedKey = (a: Article) => `${a.outlet}\u0000${a.title.trim()}`;
  const filed = new Map<string, Set<string>>();
  for (const a of articles) {
    const k = filedKey(a);
    const set = filed.get(k) ?? new Set<string>();
    set.add(a.category ?? "");
    filed.set(k, set);
  }
  const filedOf = new Map(articles.map((a) => [a.id, filed.get(filedKey(a))!]));
  const c = new StoryClusterer(options);
  const t0 = performance.now();
  for (const a of articles) c.add(a);
  const ms = performance.now() - t0;
  const threads = largestThreads(c);
  const stories = [...c.drain().stories, ...c.stories()];
  let singletons = 0;
  let multi = 0;
  let inMulti = 0;
  let largest = 0;
  for (const s of stories) {
    if (s.articles.length < 2) {
      singletons++;
      continue;
    }
    multi++;
    inMulti += s.articles.length;
    largest = Math.max(largest, s.articles.length);
  }
  const news = (k: string) => (k === "middleEast" ? "internationalNews" : k);
  const filedNews = new Map([...filedOf].map(([id, set]) => [id, new Set([...set].map(news))]));
  return {
    articles: articles.length,
    stories: stories.length,
    singletons,
    multi,
    inMulti,
    purity: purityOf(stories, (id) => new Set([category.get(id) ?? ""])),
    purityFiled: purityOf(stories, (id) => filedOf.get(id) ?? new Set()),
    purityNews: purityOf(stories, (id) => new Set([news(category.get(id) ?? "")])),
    purityFiledNews: purityOf(stories, (id) => filedNews.get(id) ?? new Set()),
    identicalTitles: identicalTitleCeiling(articles, news),
    largest,
    largestThreads: threads,
    ms,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export async function run(): Promise<void> {
  const gold = path.join(sharedDir, "gold/stories/pairs-dev.jsonl");
  if (!existsSync(gold)) {
    console.log(`eval/stories: skipped (${gold} not found)`);
    return;
  }
  const pairs = loadPairs();
  const articles = new Map<string, Article>();
  for (const p of pairs) for (const s of [p.a, p.b]) articles.set(s.id, toArticle(s));
  const t0 = performance.now();
  const reuse = linkArticles([...articles.values()]);
  const linkMs = performance.now() - t0;
  const t1 = performance.now();
  const annotations = annotatePairs([...articles.values()]);
  const annotateMs = performance.now() - t1;
  const f = evalPairs(pairs, reuse, {}, annotations);
  const plain = evalPairs(pairs, reuse);
  const blind = evalPairs(pairs, [], {}, annotations);
  console.log("eval/stories — same-story decisions, gold/stories/pairs-dev.jsonl (250 pairs, 500 articles)");
  console.log(`  reuse links          ${reuse.length} from src/link linkArticles (${(linkMs / 1000).toFixed(1)} s)`);
  console.log(
    `  annotations          ${articles.size} articles, annotateArticle + resolveAcross as runStages does (${(annotateMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  same: P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}   (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}; target F1 ≥ 0.90)`,
  );
  for (const [k, v] of Object.entries(f.byCorpus)) {
    const p = v.tp / Math.max(1, v.tp + v.fp);
    const r = v.tp / Math.max(1, v.tp + v.fn);
    console.log(
      `    ${k.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}`,
    );
  }
  console.log(
    `  without annotations:  P ${plain.precision.toFixed(3)}  R ${plain.recall.toFixed(3)}  F1 ${plain.f1.toFixed(3)}`,
  );
  console.log(
    `  without reuse links:  P ${blind.precision.toFixed(3)}  R ${blind.recall.toFixed(3)}  F1 ${blind.f1.toFixed(3)}`,
  );
  console.log(`  related pairs in one thread    ${pct(f.relatedInThread)}`);
  console.log(`  different pairs in one thread  ${pct(f.differentInThread)} (lower is better)`);
  const ant = path.join(sharedDir, "corpora/ant-multisource");
  if (!existsSync(ant) || !existsSync(path.join(sharedDir, "corpora/saudinewsnet"))) {
    console.log("  in-corpus decisions and ANT purity: skipped (corpora not found)");
    return;
  }
  const inCorpus = evalPairsInCorpus(pairs);
  console.log(
    `  same pairs decided inside the whole SaudiNewsNet + ANT clustering (${(inCorpus.ms / 1000).toFixed(0)} s, no reuse links):`,
  );
  console.log(
    `    P ${inCorpus.precision.toFixed(3)}  R ${inCorpus.recall.toFixed(3)}  F1 ${inCorpus.f1.toFixed(3)}; related in one thread ${pct(inCorpus.relatedInThread)}, different ${pct(inCorpus.differentInThread)}`,
  );
  console.log(`    largest threads (stories): ${inCorpus.largestThreads.join(" ")}`);
  const p = evalPurity();
  console.log("eval/stories — ANT multi-source category purity (all articles, time order)");
  console.log(`  articles ${p.articles} → ${p.stories} stories in ${(p.ms / 1000).toFixed(1)} s`);
  console.log(
    `  stories ≥ 2: ${p.multi} holding ${p.inMulti} articles (${pct(p.inMulti / p.articles)}); singletons ${p.singletons} (${pct(p.singletons / p.articles)} of articles); largest ${p.largest}`,
  );
  console.log(`  largest threads (stories): ${p.largestThreads.join(" ")}`);
  console.log(`  purity (size-weighted, stories ≥ 2)  ${p.purity.toFixed(3)}   (target ≥ 0.95)`);
  console.log(`    counting every category the outlet filed the title under  ${p.purityFiled.toFixed(3)}`);
  console.log(`    with العالم and الشرق الأوسط as one category                ${p.purityNews.toFixed(3)}`);
  console.log(`    both (filed categories, العالم = الشرق الأوسط)                 ${p.purityFiledNews.toFixed(3)}`);
  const t = p.identicalTitles;
  console.log(
    `  label ceiling: the ${t.articles} articles in groups with an identical title (one story by construction) ` +
      `have purity ${t.purity.toFixed(3)} by their own category (${t.purityNews.toFixed(3)} with العالم = الشرق الأوسط): ` +
      "the outlets file one report under several categories, so the raw figure cannot reach 0.95 even for a perfect clustering",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
