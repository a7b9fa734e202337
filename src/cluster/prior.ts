/**
 * Prior document frequencies: how many articles of a large news corpus hold each stem, so that
 * the clusterer's idf is sound from its first article instead of being learned from the batch it
 * clusters (a batch of 40 reports of five stories makes every word of those stories look common).
 * The committed table is models/df.tsv.gz, rebuilt by `npm run build:df` (scripts/build-df.ts).
 *
 * File format (gzip of UTF-8 text): a first line holding a JSON header
 * `{"format":"marsad-df","version":1,"docs":72716,"minDf":3,"terms":…,"sources":[…]}`, then one
 * line per term, sorted by term: `stem<TAB>df`. Terms are the clusterer's own (`termOf` of
 * features.ts: folded, light10-stemmed, stopwords and numbers left out), so a lookup needs no
 * further normalisation.
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { MarsadError } from "../errors.js";

/** Document frequencies of a reference corpus. */
export interface DocFrequencyPrior {
  /** Articles the frequencies were counted over. */
  readonly docs: number;
  /** Terms held in fewer articles than this were left out of the table (their df is below it). */
  readonly minDf: number;
  /** Articles holding `term`, or undefined when it is not in the table. */
  get(term: string): number | undefined;
}

/** What the file's header line says. */
export interface PriorHeader {
  format: "marsad-df";
  version: 1;
  docs: number;
  minDf: number;
  terms: number;
  /** Where the counts come from (corpus names, article counts, licences), for provenance. */
  sources: { name: string; articles: number; licence: string }[];
}

/** Where the committed table is looked for: models/ at the package root. */
export const PRIOR_FILE_NAME = "df.tsv.gz";

/**
 * Serialises a table (terms sorted, so that gzip finds the shared prefixes of neighbours).
 *
 * @example
 * encodePrior(header, new Map([["رئيس", 9120]])); // gzip bytes
 */
export function encodePrior(header: Omit<PriorHeader, "terms">, df: ReadonlyMap<string, number>): Uint8Array {
  const terms = [...df.keys()].sort();
  const full: PriorHeader = { ...header, terms: terms.length };
  const lines = [JSON.stringify(full)];
  for (const t of terms) lines.push(`${t}\t${df.get(t)}`);
  return gzipSync(`${lines.join("\n")}\n`, { level: 9 });
}

/**
 * Reads a table from its bytes; throws MarsadError ERR_MODEL (naming `where`) when it is not one.
 *
 * @example
 * const p = decodePrior(readFileSync("models/df.tsv.gz"), "models/df.tsv.gz");
 * p.get("رئيس"); // 9120
 */
export function decodePrior(bytes: Uint8Array, where: string): DocFrequencyPrior & { header: PriorHeader } {
  const bad = (why: string): never => {
    throw new MarsadError(
      "ERR_MODEL",
      `not a document-frequency table: ${why}; rebuild it with \`npm run build:df\``,
      where,
    );
  };
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch (e) {
    return bad(`not gzip (${(e as Error).message})`);
  }
  const nl = text.indexOf("\n");
  let header: PriorHeader;
  try {
    header = JSON.parse(text.slice(0, nl < 0 ? text.length : nl)) as PriorHeader;
  } catch {
    return bad("the first line is not a JSON header");
  }
  if (header.format !== "marsad-df" || header.version !== 1 || !(header.docs > 0)) {
    return bad(`unknown header ${JSON.stringify(header).slice(0, 80)}`);
  }
  const map = new Map<string, number>();
  // A hand-rolled scan: split("\n") and split("\t") per line make ~3 strings a term and cost
  // twice the time on the ~100k-line table.
  let i = nl + 1;
  while (i < text.length) {
    const tab = text.indexOf("\t", i);
    let end = text.indexOf("\n", i);
    if (end < 0) end = text.length;
    if (tab < 0 || tab > end) return bad(`line without a tab at offset ${i}`);
    let n = 0;
    for (let k = tab + 1; k < end; k++) n = n * 10 + (text.charCodeAt(k) - 48);
    if (!Number.isFinite(n) || n <= 0) return bad(`bad count at offset ${tab + 1}`);
    map.set(text.slice(i, tab), n);
    i = end + 1;
  }
  if (map.size !== header.terms) return bad(`header says ${header.terms} terms, file holds ${map.size}`);
  return { docs: header.docs, minDf: header.minDf, header, get: (t) => map.get(t) };
}

/** models/df.tsv.gz at the package root: two levels above src/cluster, three above dist/src/cluster. */
function findPriorPath(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of [2, 3, 1, 4]) {
    const p = path.join(here, ...Array<string>(up).fill(".."), "models", PRIOR_FILE_NAME);
    if (existsSync(p)) return p;
  }
  return null;
}

let loaded: DocFrequencyPrior | null | undefined;

/**
 * The committed prior, read on first call and kept (~40 ms); null when the package ships without
 * models/df.tsv.gz, in which case the clusterer learns idf from what it sees alone.
 *
 * @example
 * defaultPrior()?.get("زلزال"); // articles of the reference corpora that hold the stem
 */
export function defaultPrior(): DocFrequencyPrior | null {
  if (loaded !== undefined) return loaded;
  const file = findPriorPath();
  loaded = file === null ? null : decodePrior(readFileSync(file), file);
  return loaded;
}
