/**
 * Quotes on ../shared/data/gold/quotes/quotes-dev.jsonl (40 articles, 158 quotes):
 * precision, recall and F1 where a found quote matches a gold one when their spans
 * overlap by ≥ 50% of each and the speaker is the same person after folding and
 * dropping titles; separately for direct / indirect and explicit / continuation.
 */

import { readFileSync } from "node:fs";
import { sharedPath } from "../bench/_shared.js";
import { findEntities } from "../src/annotate/entities/index.js";
import { TITLES } from "../src/annotate/quote-cues.js";
import { findQuotes } from "../src/annotate/quotes.js";
import { foldText } from "../src/arabic/fold.js";
import type { Quote } from "../src/model/types.js";

interface GoldQuote {
  speaker: string;
  kind: "direct" | "indirect";
  resolution: "explicit" | "continuation" | "after";
  start: number;
  end: number;
  text: string;
}
interface GoldArticle {
  id: string;
  date: string;
  title: string;
  text: string;
  quotes: GoldQuote[];
}

/** Share of each span that the other covers. */
const MIN_OVERLAP = 0.5;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter > 0 && inter / (a.end - a.start) >= MIN_OVERLAP && inter / (b.end - b.start) >= MIN_OVERLAP;
}

const nameWords = (s: string | null) =>
  new Set(
    foldText(s ?? "")
      .split(/[^\p{L}\p{N}]+/u)
      .map((w) => w.replace(/^(ال|و)/, ""))
      .filter((w) => w.length > 1 && !TITLES.has(w) && !TITLES.has(`ال${w}`)),
  );

/** Same speaker: at least half of the shorter name's words appear in the other. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size) >= 0.5;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (c: Counts) => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** Adds the matches of `found` against `gold` (span overlap and speaker) to `c`. */
function count(gold: GoldQuote[], found: Quote[], c: Counts): void {
  const used = new Set<number>();
  for (const q of gold) {
    const k = found.findIndex((f, i) => !used.has(i) && overlaps(f, q) && sameSpeaker(f.speaker, q.speaker));
    if (k >= 0) {
      used.add(k);
      c.tp++;
    } else c.fn++;
  }
  c.fp += found.length - used.size;
}

export async function run(): Promise<void> {
  const file = sharedPath("gold/quotes/quotes-dev.jsonl", "quotes");
  if (!file) return;
  const gold = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldArticle);
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const spanOnly: Counts = { tp: 0, fp: 0, fn: 0 };
  const by: Record<string, Counts> = {};
  const bucket = (k: string) => {
    by[k] ??= { tp: 0, fp: 0, fn: 0 };
    return by[k];
  };
  const verbose = process.env.MARSAD_EVAL_VERBOSE === "1";
  let nerMs = 0;
  let quoteMs = 0;
  const withoutNer: Counts = { tp: 0, fp: 0, fn: 0 };
  findEntities("تحميل النموذج"); // load the tagger outside the timed loop
  for (const g of gold) {
    const t = performance.now();
    // The real combination: the article's entity mentions (with in-article resolution) feed the speakers.
    const { mentions, entities } = findEntities(g.text, g.title);
    const t1 = performance.now();
    const found = findQuotes(g.text, mentions, entities);
    quoteMs += performance.now() - t1;
    nerMs += t1 - t;
    count(g.quotes, findQuotes(g.text), withoutNer);
    const used = new Set<number>();
    const usedSpan = new Set<number>();
    for (const q of g.quotes) {
      const k = found.findIndex((f, i) => !used.has(i) && overlaps(f, q) && sameSpeaker(f.speaker, q.speaker));
      const ks = found.findIndex((f, i) => !usedSpan.has(i) && overlaps(f, q));
      if (ks >= 0) {
        usedSpan.add(ks);
        spanOnly.tp++;
      } else spanOnly.fn++;
      for (const key of [q.kind, q.resolution]) {
        if (k >= 0) bucket(key).tp++;
        else bucket(key).fn++;
      }
      if (k >= 0) {
        used.add(k);
        all.tp++;
      } else {
        all.fn++;
        if (verbose) {
          const near = found.find((f) => overlaps(f, q));
          process.stdout.write(
            `  MISS [${q.kind}/${q.resolution}] ${q.speaker}: ${q.text.slice(0, 70)}${near ? `  (found span, speaker ${near.speaker})` : ""}\n`,
          );
        }
      }
    }
    found.forEach((f, i) => {
      if (used.has(i)) return;
      all.fp++;
      bucket(f.kind).fp++;
      bucket(f.resolution).fp++;
      if (!usedSpan.has(i)) spanOnly.fp++;
      if (verbose) process.stdout.write(`  FALSE [${f.kind}/${f.resolution}] ${f.speaker}: ${f.text.slice(0, 70)}\n`);
    });
  }
  const line = (label: string, c: Counts) => {
    const { p, r, f } = prf(c);
    return `${label.padEnd(22)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})\n`;
  };
  process.stdout.write(
    `quotes-dev: ${gold.length} articles, ${gold.reduce((n, g) => n + g.quotes.length, 0)} gold quotes\n`,
  );
  process.stdout.write(line("all (span+speaker)", all));
  process.stdout.write(line("span only", spanOnly));
  for (const k of ["direct", "indirect", "explicit", "continuation"]) if (by[k]) process.stdout.write(line(k, by[k]));
  process.stdout.write(line("all, quotes without NER", withoutNer));
  process.stdout.write(
    `annotation time: quotes ${(quoteMs / gold.length).toFixed(1)} ms/article + entities ${(nerMs / gold.length).toFixed(1)} ms/article (target F1 ≥ 0.85)\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
