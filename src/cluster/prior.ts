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

import { encodeTable, findModelFile, openTable, readModelFile, scanTable } from "../models/table-file.js";

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
  const full: PriorHeader = { ...header, terms: df.size };
  return encodeTable(full, new Map([...df].map(([t, n]) => [t, String(n)])));
}

/**
 * Reads a table from its bytes; throws MarsadError ERR_MODEL (naming `where`) when it is not one.
 *
 * @example
 * const p = decodePrior(readFileSync("models/df.tsv.gz"), "models/df.tsv.gz");
 * p.get("رئيس"); // 9120
 */
export function decodePrior(bytes: Uint8Array, where: string): DocFrequencyPrior & { header: PriorHeader } {
  const t = openTable<PriorHeader>(bytes, where, {
    format: "marsad-df",
    version: 1,
    what: "a document-frequency table",
    rebuild: "npm run build:df",
  });
  const { header, text } = t;
  if (!(header.docs > 0)) t.bad(`unknown header ${JSON.stringify(header).slice(0, 80)}`);
  const map = new Map<string, number>();
  scanTable(t, (term, from, end) => {
    let n = 0;
    for (let k = from; k < end; k++) n = n * 10 + (text.charCodeAt(k) - 48);
    if (!Number.isFinite(n) || n <= 0) t.bad(`bad count at offset ${from}`);
    map.set(term, n);
  });
  if (map.size !== header.terms) t.bad(`header says ${header.terms} terms, file holds ${map.size}`);
  return { docs: header.docs, minDf: header.minDf, header, get: (term) => map.get(term) };
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
  const file = findModelFile(PRIOR_FILE_NAME);
  loaded =
    file === null ? null : decodePrior(readModelFile(file, "the document-frequency table", "npm run build:df"), file);
  return loaded;
}
