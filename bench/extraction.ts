/**
 * HTML extraction speed: Marsad's `extractArticle` vs plain Readability+linkedom (parse + `parse()` +
 * `textContent`), on the same pages in the same process: CPU time of each over all pages, runs alternating which
 * goes first, median of runs.
 *
 *   npx tsx bench/extraction.ts            (MARSAD_BENCH_RUNS=5 for more runs)
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { plainReadability } from "../eval/extraction.js";
import { extractArticle } from "../src/extract/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, "../shared/data");
/** Runs per extractor: the machine is shared (2 cores, several jobs), so take the median of a few. */
const RUNS = Number(process.env.MARSAD_BENCH_RUNS ?? 3);

function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString("latin1");
  if (/charset\s*=\s*["']?windows-1256/i.test(head)) return iconv.decode(bytes, "windows-1256");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, "windows-1256");
  }
}

function loadPages(): string[] {
  const pages: string[] = [];
  const gold = path.join(SHARED, "gold/html/dev/pages");
  if (existsSync(gold)) for (const f of readdirSync(gold).sort()) pages.push(decode(readFileSync(path.join(gold, f))));
  const aeb = path.join(SHARED, "extraction/aeb/html");
  if (existsSync(aeb)) {
    for (const f of readdirSync(aeb).sort()) pages.push(decode(gunzipSync(readFileSync(path.join(aeb, f)))));
  }
  return pages;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** CPU seconds (user + system) of this process: steadier than wall time on a machine shared with other jobs. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** A full garbage collection on demand (V8's gc, exposed at run time), so each block pays for its own garbage. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  return typeof gc === "function" ? gc : () => {};
}
const gc = collector();

/**
 * CPU seconds one extractor takes over all pages, including a full collection of the garbage it left: without it,
 * whichever runs next pays for the other's heap.
 */
function timeBlock(pages: string[], f: (html: string, i: number) => unknown): number {
  gc();
  const t0 = cpuSeconds();
  for (let i = 0; i < pages.length; i++) f(pages[i]!, i);
  gc();
  return cpuSeconds() - t0;
}

export async function run(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`extraction bench skipped: ${SHARED} is absent`);
    return;
  }
  const pages = loadPages();
  if (pages.length === 0) {
    console.log("extraction bench skipped: no HTML pages under gold/html/dev or extraction/aeb");
    return;
  }
  const ours = (html: string, i: number) =>
    extractArticle({ source: `page${i}`, path: `page${i}`, content: html, format: "html" });
  const peer = (html: string) => plainReadability(html);
  // Warm-up (JIT, lazy tables) on a slice, not measured.
  timeBlock(pages.slice(0, 20), ours);
  timeBlock(pages.slice(0, 20), peer);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    // Alternate which goes first, so that neither always inherits the other's heap.
    if (r % 2 === 0) {
      a.push(timeBlock(pages, ours));
      b.push(timeBlock(pages, peer));
    } else {
      b.push(timeBlock(pages, peer));
      a.push(timeBlock(pages, ours));
    }
  }
  const ma = median(a);
  const mb = median(b);
  console.log(
    `\n# HTML extraction speed (${pages.length} pages: gold/html/dev + aeb; CPU time, median of ${RUNS} runs)`,
  );
  console.log(`marsad extractArticle        ${(pages.length / ma).toFixed(1)} pages/s`);
  console.log(`readability+linkedom (plain) ${(pages.length / mb).toFixed(1)} pages/s`);
  console.log(`ratio marsad / readability   ${(mb / ma).toFixed(2)}× (target ≥ 1×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
