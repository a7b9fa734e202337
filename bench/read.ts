/**
 * Reading speed: articles/s of `readInputs` over the shared corpora (72,716 records in gzipped JSON
 * arrays and JSONL), against a naive peer in the same process (gunzipSync + JSON.parse per file or
 * line, no detection, no field mapping, no failure handling). Medians of RUNS runs, alternating.
 *
 *   npx tsx bench/read.ts
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { expandInputs, readInputs } from "../src/read/index.js";
import { median, peakRssMiB, sharedPath } from "./_shared.js";

/** Runs per reader: 3 is enough for a stable median on this shared 2-core machine and keeps the bench under a minute. */
const RUNS = 3;

async function ours(files: string[]): Promise<{ docs: number; failed: number }> {
  let docs = 0;
  let failed = 0;
  for await (const item of readInputs(files)) {
    if (item.kind === "document") docs++;
    else failed++;
  }
  return { docs, failed };
}

function naive(files: string[]): { docs: number; failed: number } {
  let docs = 0;
  let failed = 0;
  for (const f of files) {
    const text = gunzipSync(readFileSync(f)).toString("utf8");
    const records: unknown[] = text.trimStart().startsWith("[")
      ? (JSON.parse(text) as unknown[])
      : text
          .split("\n")
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as unknown);
    for (const r of records) {
      const o = r as Record<string, unknown>;
      if (typeof (o.text ?? o.content) === "string" && String(o.text ?? o.content).trim()) docs++;
      else failed++;
    }
  }
  return { docs, failed };
}

export async function run(): Promise<void> {
  const dir = sharedPath("corpora", "bench/read");
  if (!dir) return;
  const files = await expandInputs([`${dir}/**/*.gz`]);
  const oursRates: number[] = [];
  const naiveRates: number[] = [];
  let counts = { docs: 0, failed: 0 };
  let peer = { docs: 0, failed: 0 };
  let oursRss = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    counts = await ours(files);
    oursRates.push(((counts.docs + counts.failed) * 1000) / (performance.now() - t));
    // The high-water mark before the peer first runs is the reader's own (the peer holds whole files in memory).
    if (i === 0) oursRss = peakRssMiB();
    t = performance.now();
    peer = naive(files);
    naiveRates.push(((peer.docs + peer.failed) * 1000) / (performance.now() - t));
  }
  const o = median(oursRates);
  const n = median(naiveRates);
  const lines = [
    `read: ${files.length} files, ${counts.docs + counts.failed} records (${counts.docs} documents, ${counts.failed} failed items; peer counts ${peer.docs}/${peer.failed})`,
    `  readInputs          ${Math.round(o).toLocaleString("en")} records/s (median of ${RUNS}: ${oursRates.map((r) => Math.round(r)).join(", ")})`,
    `  naive gunzip+parse  ${Math.round(n).toLocaleString("en")} records/s (median of ${RUNS}: ${naiveRates.map((r) => Math.round(r)).join(", ")})`,
    `  ratio               ${(o / n).toFixed(2)}× the naive peer`,
    `  peak RSS            ${Math.round(oursRss)} MiB reading alone; ${Math.round(peakRssMiB())} MiB after the peer`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
