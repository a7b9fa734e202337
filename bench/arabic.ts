/**
 * Arabic text layer speed on real news text (an even sample of the three corpora): fold,
 * fold+tokenise, fold+tokenise+stem, sentence splitting, date and number annotation, in MB/s
 * of UTF-8 input; and `Intl.Segmenter` word segmentation (isWordLike segments with offsets)
 * as the peer for tokenisation, in the same run. Medians of `RUNS` runs after a warm-up.
 *
 *   npx tsx bench/arabic.ts
 */
import path from "node:path";
import { sampleCorpus } from "../eval/dates.js";
import { findDates } from "../src/annotate/dates.js";
import { findNumbers } from "../src/annotate/numbers.js";
import { fold } from "../src/arabic/fold.js";
import { splitSentences } from "../src/arabic/sentences.js";
import { stems } from "../src/arabic/stem.js";
import { tokenize } from "../src/arabic/tokens.js";
import { sharedPath } from "./_shared.js";

/** Timed runs per measurement (median reported); the machine is shared, so a few, not one. */
const RUNS = 5;
/** Articles sampled per corpus: ~2–3 MB of text in all, enough for stable MB/s in seconds. */
const ARTICLES_PER_CORPUS = 600;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

function measure(texts: string[], fn: (t: string) => number): { ms: number; count: number } {
  let count = 0;
  for (const t of texts.slice(0, 50)) count += fn(t); // warm-up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    count = 0;
    const t0 = performance.now();
    for (const t of texts) count += fn(t);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), count };
}

const segmenter = new Intl.Segmenter("ar", { granularity: "word" });

function segmenterTokens(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) {
      // Same work as tokenize's output: the word, its start and end.
      const w = { text: s.segment, start: s.index, end: s.index + s.segment.length };
      if (w.end > w.start) n++;
    }
  }
  return n;
}

export async function run(): Promise<void> {
  const corpora = sharedPath("corpora", "bench/arabic");
  if (!corpora) return;
  const texts: string[] = [];
  for (const name of ["ant-multisource", "ant-jawharafm", "saudinewsnet"]) {
    texts.push(...(await sampleCorpus(path.join(corpora, name), name, ARTICLES_PER_CORPUS)));
  }
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
  process.stdout.write(`${texts.length} articles, ${mb.toFixed(2)} MB UTF-8; median of ${RUNS} runs\n`);
  const rows: [string, (t: string) => number][] = [
    ["fold (offset map)", (t) => fold(t).text.length],
    ["fold + tokenize", (t) => tokenize(t).length],
    ["fold + tokenize + stem", (t) => stems(t).length],
    ["Intl.Segmenter words (peer)", segmenterTokens],
    ["splitSentences", (t) => splitSentences(t).length],
    ["findDates (absolute + relative)", (t) => findDates(t, "2018-05-01").length],
    ["findNumbers", (t) => findNumbers(t).length],
  ];
  const results = new Map<string, { ms: number; count: number }>();
  for (const [label, fn] of rows) {
    const r = measure(texts, fn);
    results.set(label, r);
    process.stdout.write(
      `  ${label.padEnd(32)} ${(mb / (r.ms / 1000)).toFixed(1).padStart(7)} MB/s  ${(texts.length / (r.ms / 1000)).toFixed(0).padStart(7)} articles/s  (${r.count} items)\n`,
    );
  }
  const tok = results.get("fold + tokenize")!;
  const seg = results.get("Intl.Segmenter words (peer)")!;
  const st = results.get("fold + tokenize + stem")!;
  process.stdout.write(
    `  tokenize is ${(seg.ms / tok.ms).toFixed(1)}× Intl.Segmenter's speed (${tok.count} vs ${seg.count} words); with stemming ${(seg.ms / st.ms).toFixed(1)}×\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
