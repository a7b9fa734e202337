/**
 * Builds src/link/pair-weights.ts: the weights of `pairScore` (src/link/similarity.ts), fitted where no Arabic
 * label is seen, so that SemEval-2022 Arabic (eval/link.ts) stays a held-out test. The data are the SemEval-2022
 * Task 8 example sets (training_set.csv, testing_set.csv in ../shared/data/pairs/semeval2022-ar): every
 * same-language pair except Arabic (and any pair id of the Arabic file) and Chinese (written without spaces, so
 * it has no words for these features). A pair id in both files counts once, its Overall averaged. Document
 * frequencies come from each language's own pair texts, as eval/link.ts counts them for Arabic.
 *
 * The model: least squares of 5 − Overall on the two language-agnostic features `body` (TF-IDF cosine) and
 * `lead` (`pairLead`), its two slopes scaled to sum to 1 so that the score stays in [0, 1] with 1 for the same
 * text. It also prints, for each language, Pearson of body alone and of the fitted mix when that language is
 * left out of the fit. Without the data it says so and writes nothing. Deterministic: same files, same bytes.
 *
 *   npm run build:pairscore
 *   MARSAD_SHARED=/path/to/shared/data npx tsx scripts/build-pairscore.ts --out /tmp/pair-weights.ts
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readCsv } from "../eval/csv.js";
import { pearson } from "../eval/stats.js";
import { contentStems, type DocumentFrequencies, pairLead, tfidfCosine } from "../src/link/similarity.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The committed file this script writes. */
export const WEIGHTS_FILE = path.join(repoRoot, "src/link/pair-weights.ts");

/** Left out of the fit: Arabic is the held-out test; Chinese has no spaces between words. */
export const EXCLUDED_LANGUAGES: ReadonlySet<string> = new Set(["ar", "zh"]);

/** One labelled same-language pair. */
export interface LabelledPair {
  id: string;
  lang: string;
  text1: string;
  text2: string;
  /** 5 − Overall: 4 = very similar … 1 = very dissimilar. */
  gold: number;
}

/**
 * The same-language pairs of SemEval-2022 CSV tables (header row first), without `EXCLUDED_LANGUAGES` and
 * without the ids in `exclude`; a pair id met more than once is one pair with the mean Overall.
 *
 * @example sameLanguagePairs([table], new Set(arabicIds)); // [{ id: "1484…_1484…", lang: "en", gold: 3.5, … }, …]
 */
export function sameLanguagePairs(tables: readonly string[][][], exclude: ReadonlySet<string>): LabelledPair[] {
  const byId = new Map<string, { pair: LabelledPair; overall: number[] }>();
  for (const [header, ...rows] of tables) {
    const col = (name: string) => {
      const i = header?.indexOf(name) ?? -1;
      if (i < 0) throw new Error(`SemEval table has no column "${name}"`);
      return i;
    };
    const [id, l1, l2, t1, t2, overall] = ["pair_id", "lang1", "lang2", "text1", "text2", "Overall"].map(col) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (const r of rows) {
      const lang = r[l1] ?? "";
      const pid = r[id] ?? "";
      if (lang !== r[l2] || EXCLUDED_LANGUAGES.has(lang) || exclude.has(pid)) continue;
      const o = Number(r[overall]);
      if (!Number.isFinite(o)) continue;
      const seen = byId.get(pid);
      if (seen) seen.overall.push(o);
      else byId.set(pid, { pair: { id: pid, lang, text1: r[t1] ?? "", text2: r[t2] ?? "", gold: 0 }, overall: [o] });
    }
  }
  return [...byId.values()].map(({ pair, overall }) => ({
    ...pair,
    gold: 5 - overall.reduce((s, x) => s + x, 0) / overall.length,
  }));
}

/** Document frequencies of stems over stem lists (each list counts a stem once). */
function stemFrequencies(lists: readonly string[][]): DocumentFrequencies {
  const counts = new Map<string, number>();
  for (const l of lists) for (const s of new Set(l)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return { docs: lists.length, df: (s) => counts.get(s) ?? 0 };
}

/** A pair's features and label. */
export interface Sample {
  lang: string;
  body: number;
  lead: number;
  gold: number;
}

/** `body` and `lead` of every pair, with document frequencies from the pair texts of its language. */
export function samples(pairs: readonly LabelledPair[]): Sample[] {
  const out: Sample[] = [];
  for (const lang of [...new Set(pairs.map((p) => p.lang))].sort()) {
    const mine = pairs.filter((p) => p.lang === lang);
    const stems = mine.map((p) => [contentStems(p.text1), contentStems(p.text2)] as const);
    const f = stemFrequencies(stems.flat());
    for (const [i, p] of mine.entries()) {
      const [a, b] = stems[i] as readonly [string[], string[]];
      out.push({ lang, body: tfidfCosine(a, b, f), lead: pairLead(p.text1, p.text2, f), gold: p.gold });
    }
  }
  return out;
}

/** The weights the script writes: the two slopes, summing to 1. */
export interface PairWeights {
  body: number;
  lead: number;
}

/**
 * Least squares of `gold` on body and lead (with an intercept); the slopes scaled to sum to 1 and rounded to
 * three decimals. Throws when a slope is not positive: a negative weight would let the score leave [0, 1].
 *
 * @example fitWeights([{ body: 0.2, lead: 0.1, gold: 1 }, …]); // { body: 0.429, lead: 0.571 }
 */
export function fitWeights(xs: readonly Omit<Sample, "lang">[]): PairWeights {
  const n = xs.length;
  const mean = (k: keyof Omit<Sample, "lang">) => xs.reduce((s, x) => s + x[k], 0) / n;
  const [mb, ml, mg] = [mean("body"), mean("lead"), mean("gold")];
  let sbb = 0;
  let sll = 0;
  let sbl = 0;
  let sbg = 0;
  let slg = 0;
  for (const x of xs) {
    const b = x.body - mb;
    const l = x.lead - ml;
    const g = x.gold - mg;
    sbb += b * b;
    sll += l * l;
    sbl += b * l;
    sbg += b * g;
    slg += l * g;
  }
  const det = sbb * sll - sbl * sbl;
  const wb = (sll * sbg - sbl * slg) / det;
  const wl = (sbb * slg - sbl * sbg) / det;
  if (!(wb > 0 && wl > 0)) throw new Error(`fitted slopes are not both positive (body ${wb}, lead ${wl})`);
  const body = Math.round((1000 * wb) / (wb + wl)) / 1000;
  return { body, lead: Math.round(1000 * (1 - body)) / 1000 };
}

/** The TypeScript source of src/link/pair-weights.ts. */
export function renderWeights(w: PairWeights, fittedOn: string): string {
  return `/**
 * Weights of \`pairScore\` (similarity.ts): body TF-IDF cosine and lead coverage, by least squares on SemEval-2022
 * Task 8 pairs with no Arabic one: ${fittedOn}.
 * Written by \`npm run build:pairscore\` (scripts/build-pairscore.ts): do not edit by hand.
 */
export const PAIR_WEIGHTS = { body: ${w.body}, lead: ${w.lead} } as const;
`;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const shared = process.env.MARSAD_SHARED ?? path.resolve(repoRoot, "../shared/data");
  const dir = path.join(shared, "pairs/semeval2022-ar");
  const files = ["training_set.csv", "testing_set.csv"].map((f) => path.join(dir, f));
  if (!files.every(existsSync)) {
    process.stdout.write(
      `build:pairscore: skipped (${dir} has no training_set.csv / testing_set.csv); nothing written\n`,
    );
    return;
  }
  const arabic = path.join(dir, "ar_ar_pairs.jsonl");
  const exclude = new Set(
    existsSync(arabic)
      ? readFileSync(arabic, "utf8")
          .split("\n")
          .filter((l) => l.trim())
          .map((l) => (JSON.parse(l) as { pair_id: string }).pair_id)
      : [],
  );
  const pairs = sameLanguagePairs(files.map(readCsv), exclude);
  const all = samples(pairs);
  const langs = [...new Set(all.map((s) => s.lang))];
  for (const lang of langs) {
    const test = all.filter((s) => s.lang === lang);
    const w = fitWeights(all.filter((s) => s.lang !== lang));
    const gold = test.map((s) => s.gold);
    const mix = test.map((s) => w.body * s.body + w.lead * s.lead);
    process.stdout.write(
      `  ${lang} (${test.length} pairs, left out of the fit): body ${pearson(
        test.map((s) => s.body),
        gold,
      ).toFixed(3)}, body + lead ${pearson(mix, gold).toFixed(3)}\n`,
    );
  }
  const w = fitWeights(all);
  const fittedOn = `${all.length} same-language pairs in ${langs.length} languages (${langs.join(", ")})`;
  const out = values.out ?? WEIGHTS_FILE;
  writeFileSync(out, renderWeights(w, fittedOn));
  process.stdout.write(`build:pairscore: body ${w.body}, lead ${w.lead} from ${fittedOn} → ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
