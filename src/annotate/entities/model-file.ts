/**
 * The committed model's binary format: the non-zero rows of the weight table,
 * quantised to int16 (weights whose magnitude rounds to zero are pruned).
 *
 *   "MNER" | u32 format | u32 featureVersion | u32 bits | u32 nTags | f32 scale
 *   | u32 rows | u32 metaBytes | meta (UTF-8 JSON) | u32 indexBytes | row indices (delta varints)
 *   | rows × nTags × i16 | u32 FNV-1a checksum of everything before it
 */

import { memoryFromJSON, memoryToJSON, N_TAGS as N_TAGS_IMPORTED } from "./features.js";

// Local copies: hot loops read them millions of times, and some loaders (tsx/esbuild)
// turn imported bindings into getter calls.
const TAG_COUNT: number = N_TAGS_IMPORTED;

import { PerceptronModel } from "./perceptron.js";

const MAGIC = 0x52454e4d; // "MNER" little-endian
const FORMAT = 1;

/** What the decoder found wrong, for the loader's error message. */
export class ModelFormatError extends Error {}

function fnv(bytes: Uint8Array, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Serialises a model with its metadata (training figures, sources). */
export function encodeModel(model: PerceptronModel, featureVersion: number, meta: unknown): Uint8Array {
  const w = model.weights;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i] as number));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const rows: number[] = [];
  const values: number[] = [];
  const nRows = w.length / TAG_COUNT;
  for (let r = 0; r < nRows; r++) {
    let any = false;
    const q = new Array<number>(TAG_COUNT);
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = Math.round((w[r * TAG_COUNT + t] as number) / scale);
      q[t] = v;
      if (v !== 0) any = true;
    }
    if (!any) continue;
    rows.push(r);
    for (const v of q) values.push(v);
  }
  const index: number[] = [];
  let last = 0;
  for (const r of rows) {
    let d = r - last;
    last = r;
    while (d >= 0x80) {
      index.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    index.push(d);
  }
  const metaBytes = new TextEncoder().encode(JSON.stringify({ meta, memory: memoryToJSON(model.memory) }));
  const size = 4 * 8 + metaBytes.length + 4 + index.length + values.length * 2 + 4;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let o = 0;
  const u32 = (v: number) => {
    dv.setUint32(o, v, true);
    o += 4;
  };
  u32(MAGIC);
  u32(FORMAT);
  u32(featureVersion);
  u32(model.bits);
  u32(TAG_COUNT);
  dv.setFloat32(o, scale, true);
  o += 4;
  u32(rows.length);
  u32(metaBytes.length);
  out.set(metaBytes, o);
  o += metaBytes.length;
  u32(index.length);
  out.set(index, o);
  o += index.length;
  for (const v of values) {
    dv.setInt16(o, v, true);
    o += 2;
  }
  u32(fnv(out, o));
  return out;
}

/** A decoded model file. */
export interface DecodedModel {
  model: PerceptronModel;
  featureVersion: number;
  meta: unknown;
}

/** Parses a model file; throws `ModelFormatError` saying what is wrong. */
export function decodeModel(bytes: Uint8Array): DecodedModel {
  if (bytes.length < 40) throw new ModelFormatError(`the file is ${bytes.length} bytes, too short for a model`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let o = 0;
  const u32 = () => {
    if (o + 4 > bytes.length) throw new ModelFormatError("the file is truncated");
    const v = dv.getUint32(o, true);
    o += 4;
    return v;
  };
  if (u32() !== MAGIC) throw new ModelFormatError("not a Marsad NER model (bad magic number)");
  const format = u32();
  if (format !== FORMAT) throw new ModelFormatError(`format ${format} is not supported (expected ${FORMAT})`);
  const stored = dv.getUint32(bytes.length - 4, true);
  if (stored !== fnv(bytes, bytes.length - 4)) throw new ModelFormatError("checksum mismatch: the file is corrupt");
  const featureVersion = u32();
  const bits = u32();
  const nTags = u32();
  if (nTags !== TAG_COUNT) throw new ModelFormatError(`the model has ${nTags} tags, the code expects ${TAG_COUNT}`);
  if (bits < 10 || bits > 24) throw new ModelFormatError(`table size 2^${bits} is out of range`);
  const scale = dv.getFloat32(o, true);
  o += 4;
  const nRows = u32();
  const metaLen = u32();
  const stored_ = JSON.parse(new TextDecoder().decode(bytes.subarray(o, o + metaLen))) as {
    meta?: unknown;
    memory?: unknown;
  };
  const meta: unknown = stored_.meta;
  const memory = memoryFromJSON(stored_.memory);
  o += metaLen;
  const indexLen = u32();
  const indexEnd = o + indexLen;
  const valuesStart = indexEnd;
  if (valuesStart + nRows * nTags * 2 + 4 !== bytes.length) throw new ModelFormatError("section sizes do not add up");
  const weights = new Float32Array((1 << bits) * TAG_COUNT);
  let row = 0;
  let v = valuesStart;
  for (let r = 0; r < nRows; r++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      if (o >= indexEnd) throw new ModelFormatError("row index is truncated");
      const b = bytes[o++] as number;
      d += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    row += d;
    if (row >= 1 << bits) throw new ModelFormatError("row index out of range");
    const base = row * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      weights[base + t] = dv.getInt16(v, true) * scale;
      v += 2;
    }
  }
  return { model: new PerceptronModel(bits, weights, memory), featureVersion, meta };
}
