/**
 * The shipped data tables in models/ (document frequencies, word clusters): where they are, and
 * their common file format — gzip of UTF-8 text, a first line holding a JSON header with
 * `format` and `version`, then one line per key, keys sorted (gzip finds the shared prefixes of
 * neighbours): `key<TAB>value…`. Each table module reads its values from the lines itself.
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { MarsadError } from "../errors.js";

/**
 * models/NAME at the package root: two levels above src/models, three above dist/src/models; null
 * when the package ships without it.
 */
export function findModelFile(name: string): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of [2, 3, 1, 4]) {
    const p = path.join(here, ...Array<string>(up).fill(".."), "models", name);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * Serialises a table: the header line, then `key<TAB>values` for each key in sorted order.
 *
 * @example
 * encodeTable({ format: "marsad-df", version: 1 }, new Map([["رئيس", "9120"]])); // gzip bytes
 */
export function encodeTable(header: object, rows: ReadonlyMap<string, string>): Uint8Array {
  const lines = [JSON.stringify(header)];
  for (const k of [...rows.keys()].sort()) lines.push(`${k}\t${rows.get(k)}`);
  return gzipSync(`${lines.join("\n")}\n`, { level: 9 });
}

/** What a table file's text holds, and how to fail on it. */
export interface TableText<H> {
  header: H;
  text: string;
  /** Offset of the first key line. */
  body: number;
  /** Throws ERR_MODEL naming the file, what it should have been and how to rebuild it. */
  bad(why: string): never;
}

/**
 * Unzips a table and reads its header line; throws MarsadError ERR_MODEL naming `where` when the
 * bytes are not gzip, the header is not JSON, or `format`/`version` differ from `expect`.
 */
export function openTable<H extends { format: string; version: number }>(
  bytes: Uint8Array,
  where: string,
  expect: { format: H["format"]; version: H["version"]; what: string; rebuild: string },
): TableText<H> {
  const bad = (why: string): never => {
    throw new MarsadError("ERR_MODEL", `not ${expect.what}: ${why}; rebuild it with \`${expect.rebuild}\``, where);
  };
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch (e) {
    return bad(`not gzip (${(e as Error).message})`);
  }
  const nl = text.indexOf("\n");
  let header: H;
  try {
    header = JSON.parse(text.slice(0, nl < 0 ? text.length : nl)) as H;
  } catch {
    return bad("the first line is not a JSON header");
  }
  if (header?.format !== expect.format || header.version !== expect.version) {
    return bad(`unknown header ${JSON.stringify(header).slice(0, 80)}`);
  }
  return { header, text, body: nl < 0 ? text.length : nl + 1, bad };
}

/**
 * Calls `line(key, valuesStart, end)` for each key line of a table, in order (offsets into
 * `t.text`; the values run from `valuesStart` to `end`, tab-separated). A hand-rolled scan:
 * split("\n") and split("\t") per line make ~3 strings a key and cost twice the time on a
 * 100k-line table.
 */
export function scanTable(t: TableText<unknown>, line: (key: string, valuesStart: number, end: number) => void): void {
  const { text } = t;
  let i = t.body;
  while (i < text.length) {
    let end = text.indexOf("\n", i);
    if (end < 0) end = text.length;
    const tab = text.indexOf("\t", i);
    if (tab < 0 || tab > end) t.bad(`line without a tab at offset ${i}`);
    line(text.slice(i, tab), tab + 1, end);
    i = end + 1;
  }
}

/** Reads a model file's bytes; throws ERR_MODEL naming it, with how to rebuild it. */
export function readModelFile(file: string, what: string, rebuild: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new MarsadError(
      "ERR_MODEL",
      `cannot read ${what} (${(e as Error).message}); rebuild it with \`${rebuild}\``,
      file,
    );
  }
}
