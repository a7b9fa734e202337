/**
 * Dates: span F1 on the Wojood sample's DATE mentions, and the share of month-name tokens
 * recognised in the three news corpora (ant-multisource, ant-jawharafm, saudinewsnet).
 *
 * Wojood (../shared/data/ner/wojood-sample): token per line, tags in the following columns
 * (flat layer first, nested layers after), blank line between sentences. A sentence's text is its
 * tokens joined by one space; a gold DATE span is a B-DATE/I-DATE run in any column.
 * We report exact-span P/R/F1 and overlap P/R/F1 (a found span matching a gold span it overlaps,
 * each used once). Wojood also tags durations (أسبوعين، ثلاثة أشهر) and decades (العشرينات),
 * which are not dates to resolve: they count as misses here.
 *
 * Month-name tokens: a token (tokenize) whose folded form, or with the next token (كانون
 * الثاني), is a month name, in a date context defined independently of the detector: a number
 * 1–31 or a four-digit year among the two tokens before or the two after it, not joined to it by
 * - / : (football scores write صفر "zero": 3-صفر). Recognised = inside
 * a span of `findDates`. Target ≥ 0.99. The scan is bounded: an even sample of
 * `SAMPLE_PER_CORPUS` articles per corpus.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { createGunzip, gunzipSync } from "node:zlib";
import { sharedPath } from "../bench/_shared.js";
import { findDates } from "../src/annotate/dates.js";
import { lookupMonth, MONTH_FIRST_WORDS } from "../src/arabic/months.js";
import { tokenize } from "../src/arabic/tokens.js";
import { cleanScrapedText } from "../src/extract/index.js";

/** Articles sampled per corpus for the month-name scan (bounded run time on 2 shared cores). */
export const SAMPLE_PER_CORPUS = 5000;
/** Corpus sizes from ../shared/data/README.md, to sample evenly with a stride. */
const CORPUS_SIZES: Record<string, number> = { "ant-multisource": 31525, "ant-jawharafm": 10161, saudinewsnet: 31030 };

interface Span {
  start: number;
  end: number;
}

// ---- Wojood --------------------------------------------------------------------------------

interface Sentence {
  text: string;
  gold: Span[];
}

export function readWojood(file: string): Sentence[] {
  const out: Sentence[] = [];
  let toks: string[][] = [];
  const flush = () => {
    if (toks.length === 0) return;
    const starts: number[] = [];
    let text = "";
    for (const t of toks) {
      if (text.length > 0) text += " ";
      starts.push(text.length);
      text += t[0]!;
    }
    const gold = new Map<string, Span>();
    const cols = Math.max(...toks.map((t) => t.length));
    for (let c = 1; c < cols; c++) {
      let open: Span | null = null;
      for (let i = 0; i <= toks.length; i++) {
        const tag = toks[i]?.[c] ?? "O";
        const end = i > 0 ? starts[i - 1]! + toks[i - 1]![0]!.length : 0;
        if (open && tag !== "I-DATE") {
          open.end = end;
          gold.set(`${open.start}:${open.end}`, open);
          open = null;
        }
        if (tag === "B-DATE" || (tag === "I-DATE" && !open)) open = { start: starts[i]!, end: -1 };
      }
    }
    out.push({ text, gold: [...gold.values()] });
    toks = [];
  };
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const t = line.trim();
    if (t.length === 0) flush();
    else toks.push(t.split(/\s+/));
  }
  flush();
  return out;
}

interface PRF {
  p: number;
  r: number;
  f: number;
}

function prf(tp: number, found: number, gold: number): PRF {
  const p = found === 0 ? 0 : tp / found;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function scoreWojood(sentences: Sentence[]): { exact: PRF; overlap: PRF; gold: number; found: number } {
  let gold = 0;
  let found = 0;
  let exact = 0;
  let overlap = 0;
  for (const s of sentences) {
    const pred = findDates(s.text);
    gold += s.gold.length;
    found += pred.length;
    const g = new Set(s.gold.map((x) => `${x.start}:${x.end}`));
    for (const p of pred) if (g.has(`${p.start}:${p.end}`)) exact++;
    const used = new Set<number>();
    for (const p of pred) {
      const k = s.gold.findIndex((x, i) => !used.has(i) && x.start < p.end && p.start < x.end);
      if (k >= 0) {
        used.add(k);
        overlap++;
      }
    }
  }
  return { exact: prf(exact, found, gold), overlap: prf(overlap, found, gold), gold, found };
}

// ---- corpora -------------------------------------------------------------------------------

/** An even sample of article bodies from one corpus (every k-th article), at most `limit`. */
export async function sampleCorpus(dir: string, name: string, limit = SAMPLE_PER_CORPUS): Promise<string[]> {
  const stride = Math.max(1, Math.floor((CORPUS_SIZES[name] ?? limit) / limit));
  const out: string[] = [];
  let n = 0;
  const take = (rec: Record<string, unknown>) => {
    if (n++ % stride !== 0 || out.length >= limit) return;
    const body = rec.text ?? rec.content ?? rec.body;
    // Cleaned as the extract stage cleans a record's body: the scan reads what a user's article holds.
    if (typeof body === "string" && body.length > 0) out.push(cleanScrapedText(body));
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".gz"))
    .sort();
  for (const f of files) {
    const p = path.join(dir, f);
    if (f.endsWith(".jsonl.gz")) {
      const rl = createInterface({
        input: createReadStream(p).pipe(createGunzip()),
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      for await (const line of rl) {
        if (out.length >= limit) break;
        if (line.trim().length === 0) continue;
        try {
          take(JSON.parse(line) as Record<string, unknown>);
        } catch {
          // A malformed line is skipped: this is a measurement, not an ingest.
        }
      }
      rl.close();
    } else {
      const arr = JSON.parse(gunzipSync(readFileSync(p)).toString("utf8")) as Record<string, unknown>[];
      for (const rec of arr) take(rec);
    }
    if (out.length >= limit) break;
  }
  return out;
}

interface MonthScan {
  tokens: number;
  recognised: number;
  misses: Map<string, number>;
}

const isDayOrYear = (w: string | undefined) => {
  if (w === undefined || !/^[0-9]+$/.test(w)) return false;
  const n = Number(w);
  return (w.length <= 2 && n >= 1 && n <= 31) || (w.length === 4 && n >= 1000 && n <= 2199);
};

export function scanMonths(texts: string[], scan: MonthScan): void {
  for (const text of texts) {
    const toks = tokenize(text);
    const dates = findDates(text);
    let di = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      let name = lookupMonth(t.text);
      let two = false;
      let end = t.end;
      if (MONTH_FIRST_WORDS.has(t.text) && toks[i + 1]) {
        const both = lookupMonth(`${t.text} ${toks[i + 1]!.text}`);
        if (both) {
          name = both;
          end = toks[i + 1]!.end;
          two = true;
        }
      }
      if (!name) continue;
      // Date context: a day number or year among the two tokens on each side, not joined to the
      // month by - / : (scores such as "3-صفر" use صفر "zero").
      const after = two ? 1 : 0;
      const near = [i - 2, i - 1, i + 1 + after, i + 2 + after].filter((k) => {
        const x = toks[k];
        if (!x || !isDayOrYear(x.text)) return false;
        const gap = k < i ? text.slice(x.end, t.start) : text.slice(end, x.start);
        // Names that are also words (صفر، أب، مارس) count only right beside the number.
        if (name.ambiguous && (Math.abs(k - i) > 1 || !/^\s+$/.test(gap))) return false;
        return !/[-/:\u2013]/.test(gap);
      });
      if (near.length === 0) continue;
      scan.tokens++;
      while (di < dates.length && dates[di]!.end <= t.start) di++;
      const d = dates[di];
      if (d && d.start <= t.start && d.end >= end) scan.recognised++;
      else {
        const key = text.slice(Math.max(0, t.start - 25), Math.min(text.length, end + 25)).replace(/\s+/g, " ");
        scan.misses.set(key, (scan.misses.get(key) ?? 0) + 1);
      }
    }
  }
}

export async function run(): Promise<void> {
  const woj = sharedPath("ner/wojood-sample", "dates/wojood");
  if (woj) {
    for (const split of ["test", "val", "train"]) {
      const file = path.join(woj, `${split}.txt`);
      if (!existsSync(file)) continue;
      const s = scoreWojood(readWojood(file));
      const pct = (x: number) => (100 * x).toFixed(1);
      process.stdout.write(
        `Wojood ${split.padEnd(5)} DATE: gold ${s.gold}, found ${s.found} | exact P ${pct(s.exact.p)} R ${pct(s.exact.r)} F1 ${pct(s.exact.f)} | overlap P ${pct(s.overlap.p)} R ${pct(s.overlap.r)} F1 ${pct(s.overlap.f)}\n`,
      );
    }
  }
  const corpora = sharedPath("corpora", "dates/corpora");
  if (!corpora) return;
  const total: MonthScan = { tokens: 0, recognised: 0, misses: new Map() };
  for (const name of ["ant-multisource", "ant-jawharafm", "saudinewsnet"]) {
    const dir = path.join(corpora, name);
    if (!existsSync(dir)) continue;
    const t0 = performance.now();
    const texts = await sampleCorpus(dir, name, Number(process.env.MARSAD_EVAL_SAMPLE ?? SAMPLE_PER_CORPUS));
    const scan: MonthScan = { tokens: 0, recognised: 0, misses: new Map() };
    scanMonths(texts, scan);
    total.tokens += scan.tokens;
    total.recognised += scan.recognised;
    for (const [k, v] of scan.misses) total.misses.set(k, (total.misses.get(k) ?? 0) + v);
    process.stdout.write(
      `month-name tokens in date context, ${name} (${texts.length} articles): ${scan.recognised}/${scan.tokens} = ${(scan.recognised / Math.max(1, scan.tokens)).toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
    );
  }
  const share = total.recognised / Math.max(1, total.tokens);
  process.stdout.write(
    `month-name tokens recognised, all corpora: ${total.recognised}/${total.tokens} = ${share.toFixed(4)} (target ≥ 0.99: ${share >= 0.99 ? "met" : "NOT met"})\n`,
  );
  if (process.env.MARSAD_EVAL_VERBOSE) {
    const top = [...total.misses.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
    for (const [k, v] of top) process.stdout.write(`  miss ×${v}: ${k}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
