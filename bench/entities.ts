/**
 * Entity annotation speed: model load time (fresh read and decode of models/ner.bin),
 * `findEntities` articles/s and characters/s on one core over a bounded sample of the
 * three corpora (tokenise, tag, resolve), and tagger sentences/s on the same text.
 * Medians of several runs.
 *
 *   npx tsx bench/entities.ts
 */

import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { findEntities } from "../src/annotate/entities/find.js";
import { loadTagger, readTagger } from "../src/annotate/entities/tagger.js";
import { cleanScrapedText } from "../src/extract/index.js";
import { median, sharedPath } from "./_shared.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Articles per corpus in the sample: bounded so the bench stays short on a shared machine. */
const PER_CORPUS = 400;
const RUNS = 3;
const LOAD_RUNS = 5;

/** Record bodies, cleaned as the extract stage cleans them (what `marsad analyze` annotates). */
function sample(corpora: string): string[] {
  const out: string[] = [];
  const saudi = path.join(corpora, "saudinewsnet");
  const first = readdirSync(saudi)
    .filter((f) => f.endsWith(".gz"))
    .sort()[0];
  if (first) {
    const recs = JSON.parse(gunzipSync(readFileSync(path.join(saudi, first))).toString("utf8")) as {
      content?: string;
    }[];
    for (const r of recs.slice(0, PER_CORPUS)) if (r.content) out.push(cleanScrapedText(r.content));
  }
  for (const dir of ["ant-multisource", "ant-jawharafm"]) {
    const d = path.join(corpora, dir);
    const f = readdirSync(d)
      .filter((x) => x.endsWith(".gz"))
      .sort()[0];
    if (!f) continue;
    const lines = gunzipSync(readFileSync(path.join(d, f)))
      .toString("utf8")
      .split("\n");
    let n = 0;
    for (const l of lines) {
      if (n >= PER_CORPUS || !l.trim()) continue;
      const r = JSON.parse(l) as Record<string, unknown>;
      const text = [r.content, r.text, r.body].find((x) => typeof x === "string" && x.length > 0) as string | undefined;
      if (text) {
        out.push(cleanScrapedText(text));
        n++;
      }
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const loads: number[] = [];
  const file = path.join(repoRoot, "models/ner.bin");
  for (let r = 0; r < LOAD_RUNS; r++) {
    const a = performance.now();
    readTagger(file);
    loads.push(performance.now() - a);
  }
  console.log(`entities: model load ${median(loads).toFixed(0)} ms (median of ${LOAD_RUNS} fresh reads+decodes)`);
  const corpora = sharedPath("corpora", "entities bench");
  if (!corpora) return;
  const texts = sample(corpora);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  loadTagger();
  for (const t of texts.slice(0, 50)) findEntities(t); // warm-up: JIT, not measured
  // Wall time and this process's CPU time: on a shared machine the wall-clock rate moves
  // with the load; the CPU-time rate is what one core delivers.
  const wall: number[] = [];
  const cpu: number[] = [];
  let mentions = 0;
  for (let r = 0; r < RUNS; r++) {
    const a = performance.now();
    const c = process.cpuUsage();
    mentions = 0;
    for (const t of texts) mentions += findEntities(t).mentions.length;
    const used = process.cpuUsage(c);
    wall.push(performance.now() - a);
    cpu.push((used.user + used.system) / 1000);
  }
  const perSec = (ms: number) => (texts.length / ms) * 1000;
  const c = median(cpu);
  console.log(
    `entities: findEntities ${perSec(c).toFixed(0)} articles/s per CPU-second (${(((chars / c) * 1000) / 1e6).toFixed(2)} M chars/s); ` +
      `${perSec(median(wall)).toFixed(0)} articles/s wall-clock (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(
    `entities: sample ${texts.length} articles, ${(chars / texts.length).toFixed(0)} chars avg, ${mentions} mentions; median of ${RUNS}`,
  );
  console.log(
    `entities: 72,716-article corpus at the CPU-time rate ≈ ${(72716 / perSec(c) / 60).toFixed(1)} min on one core`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
