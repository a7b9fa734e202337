/**
 * Clustering speed and memory: the 72,716-article corpus (SaudiNewsNet, ANT multi-source,
 * ANT Jawhara FM) clustered end to end in time order by `StoryClusterer`, reading the gzip
 * files with plain zlib + JSON. Reports articles/s, total time, peak RSS sampled during the
 * run (to show it stays flat) and the number of stories.
 *
 *   npx tsx bench/cluster.ts
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { gunzipSync } from "node:zlib";
import { StoryClusterer } from "../src/cluster/clusterer.js";
import { cleanByline } from "../src/extract/byline.js";
import { cleanScrapedText, cleanTitle, unescapeLine } from "../src/extract/index.js";
import type { Article } from "../src/model/types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sharedDir = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, "../shared/data");

/**
 * A corpus record as a minimal Article, with the fields evaluations need. Title and text are cleaned as the
 * extract stage cleans a record's (`cleanTitle`, `cleanScrapedText`: character references such as
 * SaudiNewsNet's `&quot;` decoded, whitespace tidied, paragraphs joined by a blank line), so that benchmarks
 * and evaluations measure the characters a user's `marsad analyze` of the same file gives; offsets found in
 * an article point into this cleaned text, not into the corpus field. Lines extract would drop (chrome,
 * bylines, a dateline) stay.
 */
export interface CorpusArticle extends Article {
  corpus: "saudinewsnet" | "ant" | "jawharafm";
  /** ANT category (`cat`), when the corpus has one. */
  category?: string;
}

/**
 * One corpus record as a `CorpusArticle` (exported for its test).
 *
 * @example corpusArticle("saudinewsnet", "snn:2015-07-22:0000", "okaz", "&quot;عنوان&quot;", " نص ", undefined).title // "\"عنوان\""
 */
export function corpusArticle(
  corpus: CorpusArticle["corpus"],
  id: string,
  outlet: string,
  title: string,
  text: string,
  date: string | undefined,
  category?: string,
): CorpusArticle {
  const a: CorpusArticle = {
    corpus,
    id,
    path: corpus,
    source: id,
    outlet,
    title: cleanTitle(title ?? ""),
    text: cleanScrapedText(text ?? ""),
    removed: [],
    messages: [],
  };
  if (date) a.publishedAt = { value: date, evidence: "record" };
  if (category !== undefined) a.category = category;
  return a;
}

function jsonl(file: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
    if (line.trim()) out.push(JSON.parse(line));
  }
  return out;
}

/**
 * SaudiNewsNet, ids as in the stories gold: `snn:<daily file>:<index, 4 digits>`. With `bylines`, a record's
 * author field is the article's byline, cleaned as the extract stage cleans a record's author (2,739 of them
 * credit واس); the linker reads an agency credited there.
 */
export function loadSaudiNewsNet(options: { bylines?: boolean } = {}): CorpusArticle[] {
  const dir = path.join(sharedDir, "corpora/saudinewsnet");
  const out: CorpusArticle[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".json.gz"))
    .sort()) {
    const day = f.slice(0, 10);
    const recs = JSON.parse(gunzipSync(readFileSync(path.join(dir, f))).toString("utf8")) as Record<string, string>[];
    for (const [i, r] of recs.entries()) out.push(snnArticle(r, `snn:${day}:${String(i).padStart(4, "0")}`, options));
  }
  return out;
}

/**
 * One SaudiNewsNet record (exported for its test).
 *
 * @example snnArticle({ source: "okaz", title: "عنوان", content: "نص", author: "واس" }, "snn:x:0001", { bylines: true }).byline // "واس"
 */
export function snnArticle(r: Record<string, string>, id: string, options: { bylines?: boolean } = {}): CorpusArticle {
  // date_extracted is "YYYY-MM-DD hh:mm:ss" (local crawl time): read it as UTC.
  const d = r.date_extracted ? `${r.date_extracted.replace(" ", "T")}Z` : undefined;
  const a = corpusArticle("saudinewsnet", id, r.source ?? "", r.title ?? "", r.content ?? "", d);
  const byline = options.bylines && r.author?.trim() ? cleanByline(unescapeLine(r.author)).byline : "";
  if (byline) a.byline = byline;
  return a;
}

/** ANT multi-source, ids `ant:<docno>`, with categories. */
export function loadAntMultisource(): CorpusArticle[] {
  const file = path.join(sharedDir, "corpora/ant-multisource/ant_multisource_v2.1.jsonl.gz");
  return jsonl(file).map((r) =>
    corpusArticle("ant", `ant:${r.docno}`, r.src ?? "", r.title ?? "", r.text ?? "", r.time_iso, r.cat),
  );
}

/** ANT Jawhara FM, ids `jfm:<docno>`. */
export function loadJawhara(): CorpusArticle[] {
  const file = path.join(sharedDir, "corpora/ant-jawharafm/ant_jawharafm_v1.1.jsonl.gz");
  return jsonl(file).map((r) =>
    corpusArticle("jawharafm", `jfm:${r.docno}`, r.src ?? "", r.title ?? "", r.text ?? "", r.time_iso ?? r.time, r.cat),
  );
}

/** Sorts by publication time (undated last), stable. */
export function timeOrder<T extends Article>(articles: T[]): T[] {
  const t = (a: Article) => {
    const x = a.publishedAt ? Date.parse(a.publishedAt.value) : Number.NaN;
    return Number.isFinite(x) ? x : Number.POSITIVE_INFINITY;
  };
  return articles
    .map((a, i) => ({ a, i, t: t(a) }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.a);
}

const MB = 1024 * 1024;

export async function run(): Promise<void> {
  if (!existsSync(path.join(sharedDir, "corpora"))) {
    console.log(`bench/cluster: skipped (${sharedDir}/corpora not found)`);
    return;
  }
  const t0 = performance.now();
  const all: (CorpusArticle | undefined)[] = timeOrder([
    ...loadSaudiNewsNet(),
    ...loadAntMultisource(),
    ...loadJawhara(),
  ]);
  const loadMs = performance.now() - t0;
  const n = all.length;
  // A forced collection before each memory sample, so the figures are live memory, not garbage
  // the collector has not reached yet (its time is left out of the clustering time).
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  gc();
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;
  // Characters of the corpus not yet handed over: what the heap still holds of the input.
  let pendingChars = 0;
  for (const a of all) pendingChars += (a?.text.length ?? 0) + (a?.title.length ?? 0);
  const totalChars = pendingChars;
  const c = new StoryClusterer();
  const samples: { at: number; s: number; rssMb: number; heapMb: number; inputMb: number; working: number }[] = [];
  let gcMs = 0;
  let peak = baseRss;
  let drained = 0;
  let opened = 0;
  const every = Math.max(1, Math.floor(n / 12));
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const a = all[i]!;
    all[i] = undefined; // the stream forgets what it has handed over
    pendingChars -= a.text.length + a.title.length;
    if (c.add(a).kind === "opened") opened++;
    if ((i + 1) % 2000 === 0) {
      drained += c.drain().stories.length;
      const rss = process.memoryUsage().rss;
      if (rss > peak) peak = rss;
      if ((i + 1) % every < 2000) {
        const g0 = performance.now();
        gc();
        gcMs += performance.now() - g0;
        const m = process.memoryUsage();
        samples.push({
          at: i + 1,
          s: (performance.now() - start - gcMs) / 1000,
          rssMb: m.rss / MB,
          heapMb: m.heapUsed / MB,
          inputMb: (2 * pendingChars) / MB,
          working: c.workingSetSize,
        });
      }
    }
  }
  const ms = performance.now() - start - gcMs;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  drained += c.drain().stories.length;
  const remaining = c.stories().length;
  console.log("bench/cluster — StoryClusterer over SaudiNewsNet + ANT multi-source + ANT Jawhara FM, time order");
  console.log(`  articles            ${n}`);
  console.log(`  load (gunzip+JSON)  ${(loadMs / 1000).toFixed(1)} s (not in the timing below)`);
  console.log(`  cluster time        ${(ms / 1000).toFixed(1)} s wall   (${Math.round(n / (ms / 1000))} articles/s)`);
  console.log(
    `  cluster CPU time    ${cpuS.toFixed(1)} s   (${Math.round(n / cpuS)} articles/CPU-s; the wall time depends on the machine's load)`,
  );
  console.log(
    `  load average        ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${os.cpus().length} cores`,
  );
  console.log(`  stories             ${opened} opened (${drained} drained during the run, ${remaining} at the end)`);
  console.log(
    `  RSS before          ${(baseRss / MB).toFixed(0)} MB (corpus loaded; heap ${(baseHeap / MB).toFixed(0)} MB)`,
  );
  console.log(`  RSS peak            ${(peak / MB).toFixed(0)} MB (sampled every 2,000 articles)`);
  console.log(`  corpus text         ${((2 * totalChars) / MB).toFixed(0)} MB as UTF-16, released as it is fed`);
  console.log(`  vocabulary          ${c.vocabularySize} terms`);
  console.log(
    "  over the run (after a forced GC): RSS, live heap, input text still held, heap minus input, working set",
  );
  for (const s of samples) {
    console.log(
      `    after ${String(s.at).padStart(6)} (${s.s.toFixed(0).padStart(3)} s)  rss ${s.rssMb.toFixed(0)} MB  heap ${s.heapMb.toFixed(0)} MB  input ${s.inputMb.toFixed(0)} MB  heap−input ${(s.heapMb - s.inputMb).toFixed(0)} MB  ${s.working} stories`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
