/**
 * Annotation of the corpus end to end (entities, quotes, numbers, dates — the same
 * `annotateText` that ingest and analyze run), in articles/s of wall-clock time and
 * per CPU-second (per core). MARSAD_BENCH_LIMIT bounds the number of articles (default:
 * all 72,716 of ../shared/data/corpora, about 10 minutes on one core).
 */

import { join } from "node:path";
import { cleanScrapedText, cleanTitle } from "../src/extract/index.js";
import { readInputs } from "../src/read/index.js";
import { annotateText } from "../src/stages.js";
import { peakRssMiB, sharedPath } from "./_shared.js";

export async function run(): Promise<void> {
  const corpora = sharedPath("corpora", "annotate");
  if (!corpora) return;
  const limit = Number(process.env.MARSAD_BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
  const inputs = ["saudinewsnet", "ant-multisource", "ant-jawharafm"].map((c) => join(corpora, c));
  let n = 0;
  let chars = 0;
  const counts = { entities: 0, quotes: 0, numbers: 0, dates: 0 };
  let busyMs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for await (const item of readInputs(inputs)) {
    if (item.kind !== "document") continue;
    if (n >= limit) break;
    // Title and body cleaned as the extract stage cleans a record's (character references decoded, whitespace
    // tidied): the text ingest and analyze annotate. The lines extract drops are not dropped here.
    const text = cleanScrapedText(item.doc.content);
    const title = item.doc.title ? cleanTitle(item.doc.title) : "";
    const t = performance.now();
    const a = annotateText(text, {
      ...(title ? { title } : {}),
      ...(item.doc.declaredDate ? { publishedAt: item.doc.declaredDate } : {}),
    });
    busyMs += performance.now() - t;
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += a[k].length;
    n++;
    chars += text.length;
    if (n % 10_000 === 0) process.stdout.write(`  … ${n} articles\n`);
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(
    `annotated ${n} articles (${(chars / 1e6).toFixed(1)} M chars) in ${wall.toFixed(0)} s wall, ${cpuSeconds.toFixed(0)} CPU-s\n` +
      `annotation: ${(n / (busyMs / 1000)).toFixed(0)} articles/s (annotation time only), ${(n / cpuSeconds).toFixed(0)} articles per CPU-second (per core, reading included)\n` +
      `found ${counts.entities} entity mentions, ${counts.quotes} quotes, ${counts.numbers} numbers, ${counts.dates} dates · peak RSS ${peakRssMiB().toFixed(0)} MiB\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
