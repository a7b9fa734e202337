/**
 * Extraction quality: Marsad's extractor side by side with plain Readability+linkedom, in one run.
 *
 * Sets (skipped when ../shared/data is absent):
 * - gold/html/dev: 60 Arabic pages in 8 templates with known bodies, titles, dates, must/must-not snippets;
 * - extraction/aeb: the ScrapingHub benchmark (181 English pages), a parity check;
 * - corpora/ant-multisource: date agreement of the text path with the RSS `time_iso`, on a bounded sample of
 *   records whose text carries a date.
 *
 * Body metrics: precision/recall/F1 of the bag of folded word tokens, and of 4-token shingles (as the ScrapingHub
 * benchmark does): per page, then averaged over pages (F1 reported as the mean of per-page F1).
 *
 *   npx tsx eval/extraction.ts
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { findAbsoluteDates } from "../src/arabic/dates.js";
import { foldText } from "../src/arabic/fold.js";
import { tokenize } from "../src/arabic/tokens.js";
import { extractArticle } from "../src/extract/index.js";
import type { RawDocument } from "../src/model/types.js";
import { decodeBytes } from "../src/read/decode.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, "../shared/data");

/** How many ant-multisource records to scan for the date-agreement check (all 31.5k: the text path is fast). */
const ANT_SAMPLE = 40_000;
/** Shingle width of the ScrapingHub benchmark. */
const SHINGLE = 4;

/** What an extractor returns for scoring. */
export interface Extracted {
  title: string;
  text: string;
  date: string | null;
  byline?: string | null;
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
  sp: number;
  sr: number;
  sf1: number;
}

function bag(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function prf(got: string[], want: string[]): [number, number, number] {
  if (got.length === 0 && want.length === 0) return [1, 1, 1];
  const g = bag(got);
  let tp = 0;
  for (const [t, n] of bag(want)) tp += Math.min(n, g.get(t) ?? 0);
  const p = got.length ? tp / got.length : 0;
  const r = want.length ? tp / want.length : 0;
  return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : 0];
}

function shingles(tokens: string[]): string[] {
  if (tokens.length < SHINGLE) return tokens.length ? [tokens.join(" ")] : [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.push(tokens.slice(i, i + SHINGLE).join(" "));
  return out;
}

/** Token and shingle precision/recall/F1 of `got` against `want`. */
export function scoreBody(got: string, want: string): Scores {
  const gt = tokenize(got).map((t) => t.text);
  const wt = tokenize(want).map((t) => t.text);
  const [p, r, f1] = prf(gt, wt);
  const [sp, sr, sf1] = prf(shingles(gt), shingles(wt));
  return { p, r, f1, sp, sr, sf1 };
}

const squash = (s: string) =>
  foldText(s)
    .replace(/[\s\p{P}\p{S}]+/gu, " ")
    .trim();

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Decodes a page's bytes with the reader's decoder (BOM, declarations, cp1256 detection), as `marsad ingest` does. */
async function decodePage(bytes: Buffer): Promise<string> {
  return decodeBytes(bytes).text;
}

/** Plain Readability over linkedom: the peer. */
export function plainReadability(html: string): Extracted {
  const { document } = parseHTML(html);
  const r = new Readability(document as unknown as Document).parse();
  return {
    title: r?.title ?? "",
    text: r?.textContent ?? "",
    date: r?.publishedTime ? r.publishedTime.slice(0, 10) : null,
    byline: r?.byline ?? null,
  };
}

/** Marsad's extractor. */
export function marsad(html: string, file: string): Extracted {
  const doc: RawDocument = { source: file, path: file, content: html, format: "html" };
  const r = extractArticle(doc);
  if (r.kind === "failed") return { title: "", text: "", date: null };
  const a = r.article;
  return {
    title: a.title,
    text: a.text,
    date: a.publishedAt ? a.publishedAt.value.slice(0, 10) : null,
    byline: a.byline ?? null,
  };
}

interface GoldPage {
  file: string;
  template: string;
  title: string;
  published: string | null;
  byline: string | null;
  body: string;
  with: string[];
  without: string[];
}

interface Row {
  template: string;
  s: Scores;
  title: boolean;
  date: boolean;
  byline: boolean;
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
}

function rowFor(template: string, ex: Extracted, g: GoldPage): Row {
  const text = squash(ex.text);
  return {
    template,
    s: scoreBody(ex.text, g.body),
    title: squash(ex.title) === squash(g.title),
    date: (ex.date ?? null) === (g.published ?? null),
    byline: squash(ex.byline ?? "") === squash(g.byline ?? ""),
    withFound: g.with.filter((w) => text.includes(squash(w))).length,
    withTotal: g.with.length,
    withoutAbsent: g.without.filter((w) => !text.includes(squash(w))).length,
    withoutTotal: g.without.length,
  };
}

function summarise(rows: Row[]): string {
  const f = (x: number) => x.toFixed(3);
  const wf =
    rows.reduce((a, r) => a + r.withFound, 0) /
    Math.max(
      1,
      rows.reduce((a, r) => a + r.withTotal, 0),
    );
  const wa =
    rows.reduce((a, r) => a + r.withoutAbsent, 0) /
    Math.max(
      1,
      rows.reduce((a, r) => a + r.withoutTotal, 0),
    );
  return [
    f(mean(rows.map((r) => r.s.p))),
    f(mean(rows.map((r) => r.s.r))),
    f(mean(rows.map((r) => r.s.f1))),
    f(mean(rows.map((r) => r.s.sf1))),
    f(mean(rows.map((r) => (r.title ? 1 : 0)))),
    f(mean(rows.map((r) => (r.date ? 1 : 0)))),
    f(mean(rows.map((r) => (r.byline ? 1 : 0)))),
    f(wf),
    f(wa),
  ].join("  ");
}

const HEADER = "P      R      F1     shF1   title  date   byline with   w/o";

/** Runs both extractors over gold/html/dev; returns the per-page rows (used by tests of the eval gate too). */
export async function evalGoldHtml(
  dir: string,
  log = true,
): Promise<{ ours: Row[]; peer: Row[]; misses: string[] } | null> {
  const goldFile = path.join(dir, "gold-dev.jsonl");
  if (!existsSync(goldFile)) return null;
  const pages = readFileSync(goldFile, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPage);
  const ours: Row[] = [];
  const peer: Row[] = [];
  const misses: string[] = [];
  for (const g of pages) {
    const html = await decodePage(readFileSync(path.join(dir, g.file)));
    const mine = marsad(html, g.file);
    const row = rowFor(g.template, mine, g);
    ours.push(row);
    peer.push(rowFor(g.template, plainReadability(html), g));
    if (!row.title) misses.push(`${g.file}: title ${JSON.stringify(mine.title)} ≠ ${JSON.stringify(g.title)}`);
    if (!row.date) misses.push(`${g.file}: date ${mine.date} ≠ ${g.published}`);
    if (!row.byline) misses.push(`${g.file}: byline ${JSON.stringify(mine.byline)} ≠ ${JSON.stringify(g.byline)}`);
    const squashed = squash(mine.text);
    for (const w of g.with) if (!squashed.includes(squash(w))) misses.push(`${g.file}: missing «${w.slice(0, 60)}…»`);
    for (const w of g.without) if (squashed.includes(squash(w))) misses.push(`${g.file}: kept chrome «${w}»`);
    if (row.s.f1 < 0.9)
      misses.push(`${g.file}: F1 ${row.s.f1.toFixed(3)} (P ${row.s.p.toFixed(3)} R ${row.s.r.toFixed(3)})`);
  }
  if (log) {
    console.log(`\n## gold/html/dev (${pages.length} Arabic pages) — token bag / 4-shingle, title, date, snippets`);
    console.log(`${"template".padEnd(12)} ${"extractor".padEnd(12)} ${HEADER}`);
    const templates = [...new Set(ours.map((r) => r.template))];
    for (const t of [...templates, "ALL"]) {
      const sel = (rows: Row[]) => (t === "ALL" ? rows : rows.filter((r) => r.template === t));
      console.log(`${t.padEnd(12)} ${"marsad".padEnd(12)} ${summarise(sel(ours))}`);
      console.log(`${"".padEnd(12)} ${"readability".padEnd(12)} ${summarise(sel(peer))}`);
    }
  }
  return { ours, peer, misses };
}

/** Both extractors on the ScrapingHub benchmark (English). */
export async function evalAeb(dir: string, log = true): Promise<{ ours: Scores[]; peer: Scores[] } | null> {
  const truthFile = path.join(dir, "ground-truth.json");
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Record<string, { articleBody: string }>;
  const ours: Scores[] = [];
  const peer: Scores[] = [];
  for (const [key, { articleBody }] of Object.entries(truth)) {
    const file = path.join(dir, "html", `${key}.html.gz`);
    if (!existsSync(file)) continue;
    const html = await decodePage(gunzipSync(readFileSync(file)));
    ours.push(scoreBody(marsad(html, file).text, articleBody));
    peer.push(scoreBody(plainReadability(html).text, articleBody));
  }
  if (log) {
    const f = (xs: Scores[], k: keyof Scores) => mean(xs.map((s) => s[k])).toFixed(3);
    console.log(`\n## extraction/aeb (${ours.length} English pages, ScrapingHub)`);
    console.log(`${"extractor".padEnd(12)} P      R      F1     shP    shR    shF1`);
    for (const [name, xs] of [
      ["marsad", ours],
      ["readability", peer],
    ] as const) {
      const keys: (keyof Scores)[] = ["p", "r", "f1", "sp", "sr", "sf1"];
      console.log(`${name.padEnd(12)} ${keys.map((k) => f(xs, k)).join("  ")}`);
    }
  }
  return { ours, peer };
}

/**
 * Date agreement on ant-multisource: for records whose text (title + body, record date withheld) yields a date,
 * share whose date equals the RSS `time_iso` day (±1 day for time zones is counted separately).
 */
export async function evalAntDates(
  file: string,
  log = true,
): Promise<{ n: number; exact: number; near: number } | null> {
  if (!existsSync(file)) return null;
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  let n = 0;
  let exact = 0;
  let near = 0;
  let scanned = 0;
  // The peer heuristic the extractor does not use: the first full date written in the body.
  let bodyN = 0;
  let bodyExact = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (scanned++ >= ANT_SAMPLE) break;
    const rec = JSON.parse(line) as { docno: string; title?: string; text?: string; time_iso?: string; src?: string };
    if (!rec.text || !rec.time_iso) continue;
    const doc: RawDocument = {
      source: `ant#${rec.docno}`,
      path: "ant",
      content: rec.text,
      format: "text",
      title: rec.title ?? "",
      outlet: rec.src ?? "ant",
    };
    const want0 = rec.time_iso.slice(0, 10);
    let firstBody: string | undefined;
    try {
      firstBody = findAbsoluteDates(rec.text).find((d) => d.granularity === "day" && d.iso)?.iso ?? undefined;
    } catch {
      firstBody = undefined;
    }
    if (firstBody) {
      bodyN++;
      if (firstBody === want0) bodyExact++;
    }
    const r = extractArticle(doc);
    if (r.kind !== "article" || !r.article.publishedAt) continue;
    n++;
    const got = r.article.publishedAt.value.slice(0, 10);
    const want = rec.time_iso.slice(0, 10);
    if (got === want) exact++;
    else if (Math.abs(Date.parse(got) - Date.parse(want)) <= 86_400_000) near++;
  }
  if (log) {
    console.log(`\n## ant-multisource date agreement (${scanned} records, text path, record date withheld)`);
    console.log(
      `records with a date found: ${n}; same day as time_iso: ${exact} (${((100 * exact) / Math.max(1, n)).toFixed(1)}%); ` +
        `±1 day: ${near} (${((100 * near) / Math.max(1, n)).toFixed(1)}%)`,
    );
    console.log(
      `for reference, first full date written anywhere in the body: in ${bodyN} records, same day as time_iso in ` +
        `${bodyExact} (${((100 * bodyExact) / Math.max(1, bodyN)).toFixed(1)}%) — why body dates are not taken as publication dates`,
    );
  }
  return { n, exact, near };
}

export async function run(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`extraction eval skipped: ${SHARED} is absent`);
    return;
  }
  console.log("# Extraction (marsad vs plain Readability+linkedom, same run)");
  const gold = await evalGoldHtml(path.join(SHARED, "gold/html/dev"));
  if (gold && process.env.MARSAD_EVAL_VERBOSE) for (const m of gold.misses) console.log(`  ${m}`);
  await evalAeb(path.join(SHARED, "extraction/aeb"));
  await evalAntDates(path.join(SHARED, "corpora/ant-multisource/ant_multisource_v2.1.jsonl.gz"));
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
