/**
 * Distributional word clusters for the entity tagger (models/clusters.tsv.gz, built from
 * unlabeled news by `npm run build:clusters`, scripts/build-clusters.ts). Words used in the
 * same contexts share a cluster (بغداد, دمشق, الخرطوم; شركه, مؤسسه, مجموعه), so a name the
 * labelled data never showed still gets the weights learned for its neighbours in the table.
 * Each word has one cluster per level, finest first; the levels nest like Brown-cluster prefixes.
 *
 * File format (gzip of UTF-8 text): a JSON header line
 * `{"format":"marsad-clusters","version":1,"words":…,"levels":[512,128,32],…}`, then one line
 * per word, sorted: `key<TAB>fine<TAB>…<TAB>coarse`. Keys are `clusterToken` of folded tokens.
 */

import { createHash } from "node:crypto";
import path from "node:path";
import { stripClitics } from "../../arabic/stem.js";
import { encodeTable, findModelFile, openTable, readModelFile, scanTable } from "../../models/table-file.js";

/** Where the committed table is looked for: models/ at the package root. */
export const CLUSTER_FILE_NAME = "clusters.tsv.gz";

/** What the file's header line says. */
export interface ClusterHeader {
  format: "marsad-clusters";
  version: 1;
  words: number;
  /** Clusters per level, finest first. */
  levels: number[];
  /** How the clusters were computed, in one line. */
  method: string;
  /** Corpora the contexts were counted over, with their licences. */
  sources: string[];
}

/** A loaded table: the word → packed cluster ids map, and the file's identity. */
export interface ClusterTable {
  /** Levels in the table (at most `MAX_LEVELS`). */
  readonly levels: number;
  /** Packed ids of a key: level l in bits [10l, 10l + 10); undefined when the word has none. */
  get(key: string): number | undefined;
  /** SHA-1 (hex, 12 digits) of the file, recorded in the model that was trained with it. */
  readonly id: string;
}

/** Levels a table may hold, and clusters per level: ids are packed 10 bits a level. */
export const MAX_LEVELS = 3;
export const MAX_CLUSTERS = 1024;

/** A table with no words: every lookup misses (models trained without clusters). */
export const EMPTY_CLUSTERS: ClusterTable = { levels: 0, get: () => undefined, id: "" };

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * The table key of a folded token: clitics and article removed as for the gazetteers; any
 * number is "<num>"; punctuation stays itself.
 *
 * @example
 * clusterToken("والعراق"); // "عراق"
 */
export function clusterToken(folded: string): string {
  if (LETTER.test(folded)) return stripClitics(folded);
  return DIGIT.test(folded) ? "<num>" : folded;
}

/** Serialises a table (keys sorted). */
export function encodeClusters(header: ClusterHeader, table: ReadonlyMap<string, readonly number[]>): Uint8Array {
  if (header.levels.length > MAX_LEVELS || header.levels.some((k) => k > MAX_CLUSTERS)) {
    throw new RangeError(`at most ${MAX_LEVELS} levels of at most ${MAX_CLUSTERS} clusters`);
  }
  const rows = new Map<string, string>();
  for (const [k, ids] of table) {
    if (ids.length !== header.levels.length || ids.some((c, l) => !(c >= 0 && c < (header.levels[l] as number)))) {
      throw new RangeError(`cluster ids of "${k}" (${ids.join(",")}) do not fit levels ${header.levels.join("/")}`);
    }
    rows.set(k, ids.join("\t"));
  }
  return encodeTable({ ...header, words: rows.size }, rows);
}

/** Reads a table from its bytes; throws MarsadError ERR_MODEL (naming `where`) when it is not one. */
export function decodeClusters(bytes: Uint8Array, where: string): ClusterTable & { header: ClusterHeader } {
  const t = openTable<ClusterHeader>(bytes, where, {
    format: "marsad-clusters",
    version: 1,
    what: "a word-cluster table",
    rebuild: "npm run build:clusters",
  });
  const { header, text } = t;
  if (!Array.isArray(header.levels)) t.bad(`unknown header ${JSON.stringify(header).slice(0, 80)}`);
  const levels = header.levels.length;
  if (levels > MAX_LEVELS) t.bad(`${levels} levels (at most ${MAX_LEVELS})`);
  const map = new Map<string, number>();
  scanTable(t, (key, from, end) => {
    let packed = 0;
    let level = 0;
    let n = 0;
    for (let k = from; k <= end; k++) {
      const c = k < end ? text.charCodeAt(k) : 9;
      if (c === 9) {
        if (n >= MAX_CLUSTERS) t.bad(`cluster id ${n} out of range at offset ${k}`);
        packed |= n << (10 * level);
        level++;
        n = 0;
      } else n = n * 10 + (c - 48);
    }
    if (level !== levels) t.bad(`${level} ids where the header says ${levels}, at offset ${from}`);
    map.set(key, packed);
  });
  if (map.size !== header.words) t.bad(`header says ${header.words} words, file holds ${map.size}`);
  const id = createHash("sha1").update(bytes).digest("hex").slice(0, 12);
  return { levels, header, id, get: (k) => map.get(k) };
}

/** models/clusters.tsv.gz at the package root (as for models/ner.bin). */
export function findClustersPath(): string {
  return findModelFile(CLUSTER_FILE_NAME) ?? path.resolve("models", CLUSTER_FILE_NAME);
}

let loaded: (ClusterTable & { header: ClusterHeader }) | undefined;

/**
 * The committed table, read on first call and kept. Throws MarsadError ERR_MODEL naming the
 * file when it is missing or corrupt.
 *
 * @example
 * defaultClusters().get("بغداد"); // packed ids, e.g. 0x0a41c9
 */
export function defaultClusters(): ClusterTable & { header: ClusterHeader } {
  if (loaded !== undefined) return loaded;
  const file = findClustersPath();
  const bytes = readModelFile(file, "the word-cluster table", "npm run build:clusters");
  loaded = decodeClusters(bytes, file);
  return loaded;
}
