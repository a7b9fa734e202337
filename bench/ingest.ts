/**
 * Text-path ingest of the 72,716 articles in ../shared/data/corpora into a fresh SQLite
 * store: read → extract → store, the same `ingest()` the CLI runs. Target ≥ 2,000
 * articles/s on the 2-core machine. The peer in the same run is reading alone
 * (decompress + parse), which bounds what ingest can reach.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../src/pipeline.js";
import { readInputs } from "../src/read/index.js";
import { openStore } from "../src/store/index.js";
import { peakRssMiB, sharedPath } from "./_shared.js";

export async function run(): Promise<void> {
  const corpora = sharedPath("corpora", "ingest");
  if (!corpora) return;
  const inputs = ["saudinewsnet", "ant-multisource", "ant-jawharafm"].map((c) => join(corpora, c));

  let t = performance.now();
  let docs = 0;
  for await (const item of readInputs(inputs)) if (item.kind === "document") docs++;
  const readSeconds = (performance.now() - t) / 1000;
  process.stdout.write(
    `read only: ${docs} documents in ${readSeconds.toFixed(1)} s = ${(docs / readSeconds).toFixed(0)}/s\n`,
  );

  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
  const store = await openStore(join(dir, "bench.db"));
  let rssMax = 0;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage().rss / 2 ** 20);
  }, 200);
  const cpu0 = process.cpuUsage();
  t = performance.now();
  // The text path of issue 2: read → extract → store (annotation is measured in bench/annotate.ts).
  const summary = await ingest(inputs, store, { analyze: false });
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const rate = summary.read / seconds;
  process.stdout.write(
    `ingest: ${summary.read} read, ${summary.new} new, ${summary.unchanged} unchanged (same content twice), ${summary.failed.length} failed in ${seconds.toFixed(1)} s\n` +
      `ingest rate: ${rate.toFixed(0)} articles/s (target ≥ 2,000) · ${((rate / (docs / readSeconds)) * 100).toFixed(0)}% of read-only speed\n` +
      `CPU: ${cpuSeconds.toFixed(0)} s in all threads (main: read + store; workers: extraction, stemming) = ${((cpuSeconds / summary.read) * 1e6).toFixed(0)} µs per document; load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)}\n` +
      `peak RSS during ingest: ${rssMax.toFixed(0)} MiB (process high-water mark ${peakRssMiB().toFixed(0)} MiB)\n`,
  );

  await analysedIngest(join(corpora, "saudinewsnet"));
}

/**
 * The CLI's default ingest (annotate, link, cluster) on two SaudiNewsNet days, with the second
 * thread (extraction and half the annotation) and, as the peer in the same run, on one thread.
 */
async function analysedIngest(dir: string): Promise<void> {
  const days = ["2015-07-21.json.gz", "2015-07-22.json.gz"].map((f) => join(dir, f));
  const results: string[] = [];
  const rates: number[] = [];
  for (const threads of [true, false]) {
    const tmp = mkdtempSync(join(tmpdir(), "marsad-bench-"));
    const store = await openStore(join(tmp, "bench.db"));
    const t = performance.now();
    const s = await ingest(days, store, { threads });
    const seconds = (performance.now() - t) / 1000;
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
    rates.push(s.new / seconds);
    results.push(
      `${threads ? "two threads" : "one thread "}: ${s.new} articles, ${s.links} links, ${s.storiesOpened} stories in ${seconds.toFixed(1)} s = ${(s.new / seconds).toFixed(0)} articles/s`,
    );
  }
  process.stdout.write(
    `ingest with analysis (CLI default), 2 SaudiNewsNet days:\n  ${results.join("\n  ")}\n  ratio ${((rates[0] as number) / (rates[1] as number)).toFixed(2)}×\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
