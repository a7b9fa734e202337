/**
 * Builds models/df.tsv.gz: in how many articles of the reference news corpora each stem occurs,
 * the prior the story clusterer blends with what it sees (src/cluster/prior.ts). Terms are counted
 * exactly as the clusterer counts them (`articleFeatures(…).full`: title and body, folded,
 * light10-stemmed, without stopwords and bare numbers), once per article. Stems held by fewer
 * than `--min-df` articles are left out (most of the vocabulary, and the least reliable counts).
 * Deterministic: same corpora, same bytes.
 *
 *   npm run build:df                          # ANT multi-source + ANT Jawhara FM (Apache-2.0)
 *   npx tsx scripts/build-df.ts --corpora ant,jawharafm,saudinewsnet --min-df 3 --out /tmp/df.tsv.gz
 *
 * SaudiNewsNet is CC BY-NC-SA 4.0: a table counted from it would carry the non-commercial term
 * into the shipped package, so it is not in the default set. Measured on
 * gold/stories/pairs-dev.jsonl, a table with it decides within one pair of the default one.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type CorpusArticle, loadAntMultisource, loadJawhara, loadSaudiNewsNet } from "../bench/cluster.js";
import { articleFeatures } from "../src/cluster/features.js";
import { defaultClusterOptions } from "../src/cluster/options.js";
import { encodePrior, PRIOR_FILE_NAME, type PriorHeader } from "../src/cluster/prior.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const CORPORA: Record<string, { load: () => CorpusArticle[]; licence: string; name: string }> = {
  ant: {
    load: loadAntMultisource,
    name: "ANT multi-source v2.1 (github.com/antcorpus/antcorpus.multisource.data @ f117ce44)",
    licence: "Apache-2.0 with citation: Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021",
  },
  jawharafm: {
    load: loadJawhara,
    name: "ANT Jawhara FM v1.1 (github.com/antcorpus/antcorpus.data @ 06f6a10e)",
    licence: "Apache-2.0 with citation: Chouigui et al., AICCSA 2017",
  },
  saudinewsnet: {
    load: loadSaudiNewsNet,
    name: "SaudiNewsNet (github.com/inparallel/SaudiNewsNet @ 4e392399)",
    licence: "CC BY-NC-SA 4.0 (Alhagri 2015)",
  },
};

/** The corpora whose licence lets the table ship under the package's terms. */
export const DEFAULT_CORPORA = ["ant", "jawharafm"];
/**
 * Stems in fewer articles are dropped: at 3 the table keeps ~1 stem in 5 and every stem whose
 * count says more than "rare"; the clusterer gives a missing stem a df of `minDf / 2`.
 */
export const DEFAULT_MIN_DF = 3;

export function buildDf(corpora: string[], minDf: number): { bytes: Uint8Array; header: Omit<PriorHeader, "terms"> } {
  const df = new Map<string, number>();
  const sources: PriorHeader["sources"] = [];
  let docs = 0;
  for (const name of corpora) {
    const c = CORPORA[name];
    if (!c) throw new Error(`build-df: unknown corpus "${name}"; known: ${Object.keys(CORPORA).join(", ")}`);
    const articles = c.load();
    for (const a of articles) {
      const f = articleFeatures(a, [], defaultClusterOptions);
      if (f.full.size === 0) continue;
      docs++;
      for (const t of f.full.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
    sources.push({ name: c.name, articles: articles.length, licence: c.licence });
  }
  for (const [t, n] of df) if (n < minDf) df.delete(t);
  const header = { format: "marsad-df" as const, version: 1 as const, docs, minDf, sources };
  return { bytes: encodePrior(header, df), header };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpora: { type: "string", default: DEFAULT_CORPORA.join(",") },
      "min-df": { type: "string", default: String(DEFAULT_MIN_DF) },
      out: { type: "string", default: path.join(repoRoot, "models", PRIOR_FILE_NAME) },
    },
  });
  const minDf = Number(values["min-df"]);
  if (!Number.isInteger(minDf) || minDf < 1) throw new Error(`build-df: --min-df must be a positive integer`);
  const t0 = performance.now();
  const { bytes, header } = buildDf(values.corpora.split(","), minDf);
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, bytes);
  process.stdout.write(
    `${values.out}: ${header.docs} articles, min df ${minDf}, ${(bytes.length / 1024).toFixed(0)} KB in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
