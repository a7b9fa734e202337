/**
 * LSH banding over MinHash signatures: a signature is cut into `bands` bands of
 * `rows` slots; two items are candidates when any band is equal. Items can be
 * removed (old articles leave the working set) and the index serialises for the store.
 */

import { MarsadError } from "../errors.js";
import { defaultLinkOptions, type LinkOptions } from "./options.js";
import { fmix32 as mix32 } from "./scan.js";
import { isEmptySignature as isEmpty } from "./signature.js";

// Local copies: a transpiled import is a getter call per access.
const fmix32 = mix32;
const isEmptySignature = isEmpty;
/** Band keys are kept to 30 bits so that V8 stores them as small integers (fast Map keys); a rare key
 * collision only adds a candidate that the Jaccard estimate and alignment then reject. */
const KEY_MASK = 0x3fffffff;

interface LshJson {
  version: 1;
  bands: number;
  rows: number;
  /** `[id, base64 of the Uint32Array of band keys]`, in insertion order. */
  items: [string, string][];
}

/**
 * LSH banding index; serialisable for the store; removal supported so old items leave the working set.
 *
 * @example
 * const index = new LshIndex();
 * index.add("a", signature(textA));
 * index.query(signature(textB)); // ["a"] when textA and textB are alike
 */
export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  /** One map per band: band key → id, or ids in insertion order (most buckets hold one id: no array). */
  private readonly tables: Map<number, string | string[]>[];
  /** Band keys of every item, for removal and serialisation. */
  private readonly keys = new Map<string, Uint32Array>();
  /** Insertion sequence of every item, so query results come in a stable order. */
  private readonly seq = new Map<string, number>();
  private nextSeq = 0;

  constructor(options: Pick<LinkOptions, "bands" | "rows"> = defaultLinkOptions) {
    this.bands = options.bands;
    this.rows = options.rows;
    this.tables = Array.from({ length: this.bands }, () => new Map<number, string | string[]>());
  }

  /** Number of items in the index. */
  get size(): number {
    return this.keys.size;
  }

  /** True when `id` is indexed. */
  has(id: string): boolean {
    return this.keys.has(id);
  }

  /** The band keys of a signature (one 32-bit hash of each band's slots). */
  bandKeys(sig: Uint32Array): Uint32Array {
    const { bands, rows } = this;
    if (sig.length < bands * rows) {
      throw new RangeError(
        `LshIndex: signature of ${sig.length} slots is shorter than ${bands} × ${rows} (ERR_OPTIONS)`,
      );
    }
    const out = new Uint32Array(bands);
    for (let b = 0; b < bands; b++) {
      let h = Math.imul(b + 1, 0x9e3779b1);
      const base = b * rows;
      for (let r = 0; r < rows; r++) {
        h = Math.imul(h ^ (sig[base + r] as number), 0x85ebca6b);
        h = (h << 15) | (h >>> 17);
      }
      out[b] = fmix32(h) & KEY_MASK;
    }
    return out;
  }

  /**
   * Adds (or replaces) `id`. An empty signature (text without words) is not indexed: it would match every
   * other empty text.
   */
  add(id: string, sig: Uint32Array): void {
    if (this.keys.has(id)) this.remove(id);
    if (isEmptySignature(sig)) return;
    this.insertKeys(id, this.bandKeys(sig));
  }

  private insertKeys(id: string, keys: Uint32Array): void {
    this.keys.set(id, keys);
    this.seq.set(id, this.nextSeq++);
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b] as Map<number, string | string[]>;
      const k = keys[b] as number;
      const bucket = table.get(k);
      if (bucket === undefined) table.set(k, id);
      else if (typeof bucket === "string") table.set(k, [bucket, id]);
      else bucket.push(id);
    }
  }

  /** Ids sharing at least one band with `sig`, each once, in the order they were added. */
  query(sig: Uint32Array): string[] {
    if (isEmptySignature(sig)) return [];
    const keys = this.bandKeys(sig);
    const seen = new Set<string>();
    for (let b = 0; b < this.bands; b++) {
      const bucket = (this.tables[b] as Map<number, string | string[]>).get(keys[b] as number);
      if (bucket === undefined) continue;
      if (typeof bucket === "string") seen.add(bucket);
      else for (const id of bucket) seen.add(id);
    }
    if (seen.size <= 1) return [...seen];
    const seq = this.seq;
    return [...seen].sort((x, y) => (seq.get(x) as number) - (seq.get(y) as number));
  }

  /** Removes `id` (no-op when absent). */
  remove(id: string): void {
    const keys = this.keys.get(id);
    if (!keys) return;
    this.keys.delete(id);
    this.seq.delete(id);
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b] as Map<number, string | string[]>;
      const k = keys[b] as number;
      const bucket = table.get(k);
      if (bucket === undefined) continue;
      if (typeof bucket === "string") {
        if (bucket === id) table.delete(k);
        continue;
      }
      const at = bucket.indexOf(id);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 1) table.set(k, bucket[0] as string);
      else if (bucket.length === 0) table.delete(k);
    }
  }

  /** Plain JSON for the store: parameters and each item's band keys. */
  toJSON(): unknown {
    const items: [string, string][] = [];
    for (const [id, keys] of this.keys) {
      const buf = Buffer.alloc(keys.length * 4);
      for (let b = 0; b < keys.length; b++) buf.writeUInt32LE(keys[b] as number, b * 4);
      items.push([id, buf.toString("base64")]);
    }
    const json: LshJson = { version: 1, bands: this.bands, rows: this.rows, items };
    return json;
  }

  /** Rebuilds an index from `toJSON()` output; throws ERR_STORE on a malformed state. */
  static fromJSON(json: unknown): LshIndex {
    const j = json as Partial<LshJson> | null;
    if (
      j?.version !== 1 ||
      typeof j.bands !== "number" ||
      typeof j.rows !== "number" ||
      !Array.isArray(j.items) ||
      j.bands < 1 ||
      j.rows < 1
    ) {
      throw new MarsadError(
        "ERR_STORE",
        "LSH state is malformed (expected {version: 1, bands, rows, items}); rebuild it by re-linking the articles",
        "LshIndex.fromJSON",
      );
    }
    const index = new LshIndex({ bands: j.bands, rows: j.rows });
    for (const item of j.items) {
      const [id, b64] = item;
      const buf = Buffer.from(b64, "base64");
      if (typeof id !== "string" || buf.byteLength !== j.bands * 4) {
        throw new MarsadError(
          "ERR_STORE",
          `LSH state: item ${String(id)} has malformed band keys`,
          "LshIndex.fromJSON",
        );
      }
      const keys = new Uint32Array(j.bands);
      for (let b = 0; b < j.bands; b++) keys[b] = buf.readUInt32LE(b * 4);
      index.insertKeys(id, keys);
    }
    return index;
  }
}
