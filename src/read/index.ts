/**
 * Readers: files, folders, globs and stdin → `RawDocument`s, formats detected by content.
 *
 * | content starts with / looks like       | format                                   | `source`       |
 * | -------------------------------------- | ---------------------------------------- | -------------- |
 * | gzip magic `1F 8B`                     | gunzipped, then detected again           |                |
 * | `WARC/1.`                              | WARC: HTML response records              | `path#N`       |
 * | `[`                                    | JSON array of records                    | `path#N`       |
 * | `{`                                    | JSONL records (or one pretty JSON object) | `path:LINE`    |
 * | `<!doctype`, `<html`, tags             | an HTML page                             | `path`         |
 * | anything else that is text             | a scraped plain-text page                | `path`         |
 *
 * N counts from 1 (JSON items and WARC records); LINE is the 1-based line. A bad file, line, item or
 * record yields a `failed` item with an `ERR_READ_*` code and the rest goes on. See src/read/README.md for
 * field names, outlet fallbacks and encodings.
 */
import { isUtf8 } from "node:buffer";
import { resolve } from "node:path";
import type { RawDocument } from "../model/types.js";
import { decodeBytes } from "./decode.js";
import { expandOne } from "./expand.js";
import { resolveReadOptions } from "./options.js";
import { failed, type Origin, outletOf, recordItem } from "./records.js";
import { SNIFF_BYTES, type Sniffed, sniffBytes, sniffText } from "./sniff.js";
import { type ByteSource, classifyError, fileChunks, openBytes, streamChunks } from "./source.js";
import type { ReadItem, ReadOptions } from "./types.js";
import { readWarc } from "./warc.js";

export { arabicScore, decodeBytes, normalizeCharset, sniffDeclaredCharset } from "./decode.js";
export { expandInputs, expandOne as expandInput } from "./expand.js";
export { defaultReadOptions, FieldMappingSchema, ReadOptionsSchema, resolveReadOptions } from "./options.js";
export { DEFAULT_FIELDS, hostOf, outletOf } from "./records.js";
export type { FieldMapping, ReadItem, ReadOptions } from "./types.js";

const NEWLINE = 0x0a;

/**
 * Streams every document of every input, in the order of `expandInputs`. A path or glob that matches
 * nothing yields one failed item (ERR_READ_NOT_FOUND) and the other inputs go on.
 *
 * @example
 * for await (const item of readInputs(["corpus/", "-"], { stdin: process.stdin })) {
 *   if (item.kind === "document") console.log(item.doc.source, item.doc.title);
 *   else console.error(`${item.source}: ${item.message} (${item.code})`);
 * }
 */
export async function* readInputs(inputs: string[], readOptions?: ReadOptions): AsyncGenerator<ReadItem> {
  const options = resolveReadOptions(readOptions);
  const seen = new Set<string>();
  for (const input of inputs) {
    let files: string[];
    try {
      files = await expandOne(input, options);
    } catch (e) {
      const { code, message } = classifyError(e);
      yield failed({ source: input, path: input }, code, message);
      continue;
    }
    for (const f of files) {
      const key = f === "-" ? f : resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      yield* readFile(f, f, options);
    }
  }
}

/**
 * Streams the documents of one already-expanded file (`-` for stdin). `givenPath` becomes
 * `RawDocument.path` and the stem of every `source`.
 *
 * @example for await (const item of readFile("news/a.jsonl.gz", "news/a.jsonl.gz")) …
 */
export async function* readFile(file: string, givenPath: string, readOptions?: ReadOptions): AsyncGenerator<ReadItem> {
  const options = resolveReadOptions(readOptions);
  const where = { source: givenPath, path: givenPath };
  const stdin = file === "-";
  let source: ByteSource;
  let gzip: boolean;
  try {
    const raw = stdin ? streamChunks(options.stdin ?? process.stdin) : fileChunks(file);
    ({ source, gzip } = await openBytes(raw));
  } catch (e) {
    const { code, message } = classifyError(e);
    yield failed(where, code, message);
    return;
  }
  let count = 0;
  try {
    const sample = await source.peek(SNIFF_BYTES);
    const kind = sniffBytes(sample, source.ended);
    const plain: Ctx["plain"] = stdin ? "stdin" : gzip ? "gzip" : "file";
    const ctx: Ctx = { file, givenPath, options, plain };
    let items: AsyncIterable<ReadItem> | Iterable<ReadItem>;
    switch (kind) {
      case "empty":
        // Leading whitespace may be all there is; check the rest.
        items = fromBytes(await source.readAll(), ctx);
        break;
      case "binary":
        items = [
          failed(
            where,
            "ERR_READ_BINARY",
            `the ${gzip ? "gunzipped " : ""}content is binary, not text; skip it or convert it`,
          ),
        ];
        break;
      case "warc":
        items = readWarc(source, file, givenPath, options);
        break;
      case "jsonl":
        // Stream real JSONL; a pretty-printed object (first line not JSON by itself) is read whole.
        items = firstLineIsJson(sample, source.ended) ? readJsonl(source, ctx) : fromBytes(await source.readAll(), ctx);
        break;
      default:
        items = fromBytes(await source.readAll(), ctx);
    }
    for await (const item of items) {
      count++;
      yield item;
    }
  } catch (e) {
    count++;
    const { code, message } = classifyError(e);
    yield failed(where, code, message);
  } finally {
    await source.close().catch(() => undefined);
  }
  if (count === 0)
    yield failed(where, "ERR_READ_EMPTY", "the input holds no documents (no records, or no HTML responses)");
}

interface Ctx {
  file: string;
  givenPath: string;
  options: ReadOptions;
  plain: NonNullable<RawDocument["container"]>;
}

/** Whole-input formats (after full read): UTF-16 anything, JSON arrays, HTML and text pages. */
function* fromBytes(bytes: Buffer, ctx: Ctx): Generator<ReadItem> {
  const where = { source: ctx.givenPath, path: ctx.givenPath };
  let kind: Sniffed = sniffBytes(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  if (kind === "binary") {
    yield failed(where, "ERR_READ_BINARY", "the content is binary, not text; skip it or convert it");
    return;
  }
  if (kind === "empty") {
    yield failed(where, "ERR_READ_EMPTY", "the file is empty (or only whitespace)");
    return;
  }
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, undefined, ctx.givenPath);
  } catch (e) {
    const { code, message } = classifyError(e);
    yield failed(where, code, message);
    return;
  }
  const text = decoded.text.replace(/^\ufeff/, "");
  if (kind === "utf16") kind = sniffText(text);
  if (kind === "empty" || !text.trim()) {
    yield failed(where, "ERR_READ_EMPTY", "the file is empty (or only whitespace)");
    return;
  }
  const enc = { encoding: decoded.encoding, encodingGuessed: decoded.guessed };
  if (kind === "json" || kind === "jsonl") {
    yield* fromJsonText(text, kind, ctx, enc);
    return;
  }
  if (kind === "warc") {
    yield failed(where, "ERR_READ_WARC", "a WARC file must be ASCII-compatible (this one is UTF-16)");
    return;
  }
  const doc: RawDocument = {
    source: ctx.givenPath,
    path: ctx.givenPath,
    content: text,
    encoding: decoded.encoding,
    encodingGuessed: decoded.guessed,
    format: kind === "html" ? "html" : "text",
    container: ctx.plain,
    outlet: outletOf(undefined, undefined, ctx.options, ctx.file),
  };
  if (kind === "html") {
    const url = canonicalUrl(text);
    if (url) {
      doc.url = url;
      doc.outlet = outletOf(undefined, url, ctx.options, ctx.file);
    }
  }
  yield { kind: "document", doc };
}

/**
 * The page's own absolute URL (`<link rel="canonical">` or `og:url`) from its head, so the outlet can come
 * from the host; the extractor may refine it.
 */
function canonicalUrl(html: string): string | undefined {
  const head = html.slice(0, 65536);
  const link =
    /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*\bhref\s*=\s*["']([^"']+)["']/i.exec(head) ??
    /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*\brel\s*=\s*["']?canonical\b/i.exec(head);
  const og =
    /<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*\bcontent\s*=\s*["']([^"']+)["']/i.exec(head) ??
    /<meta\b[^>]*\bcontent\s*=\s*["']([^"']+)["'][^>]*\bproperty\s*=\s*["']og:url["']/i.exec(head);
  for (const m of [link, og]) {
    const u = m?.[1]?.trim();
    if (u && /^https?:\/\//i.test(u)) return u;
  }
  return undefined;
}

function* fromJsonText(
  text: string,
  kind: "json" | "jsonl",
  ctx: Ctx,
  enc: { encoding: string; encodingGuessed: boolean },
): Generator<ReadItem> {
  const base = { path: ctx.givenPath, file: ctx.file, ...enc };
  if (kind === "json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield failed({ source: ctx.givenPath, path: ctx.givenPath }, "ERR_READ_JSON", jsonError(e, text));
      return;
    }
    yield* fromJsonValue(value, ctx, base);
    return;
  }
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  // A pretty-printed single object: its first line is not JSON by itself, the whole text is.
  if (first >= 0 && !isJson(lines[first]!)) {
    try {
      yield* fromJsonValue(JSON.parse(text), ctx, base);
      return;
    } catch {
      // Not one JSON value: report line by line below.
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const item = jsonlLine(
      lines[i]!,
      i + 1,
      { ...base, source: `${ctx.givenPath}:${i + 1}`, container: "jsonl" },
      ctx.options,
    );
    if (item) yield item;
  }
}

function* fromJsonValue(value: unknown, ctx: Ctx, base: Omit<Origin, "source" | "container">): Generator<ReadItem> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield recordItem(value[i], { ...base, source: `${ctx.givenPath}#${i + 1}`, container: "json" }, ctx.options);
    }
    return;
  }
  yield recordItem(value, { ...base, source: ctx.givenPath, container: "json" }, ctx.options);
}

function firstLineIsJson(sample: Buffer, complete: boolean): boolean {
  let start = 0;
  for (;;) {
    const nl = sample.indexOf(NEWLINE, start);
    if (nl < 0) {
      // The first line is longer than the sample: only a real JSONL record is that long on one line.
      return complete ? isJson(sample.subarray(start).toString("utf8")) : true;
    }
    const line = sample
      .subarray(start, nl)
      .toString("utf8")
      .replace(/^\ufeff/, "");
    if (line.trim()) return isJson(line);
    start = nl + 1;
  }
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function jsonError(e: unknown, text: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(msg);
  if (pos?.[1]) {
    const upTo = text.slice(0, Number(pos[1]));
    const line = upTo.split("\n").length;
    const col = upTo.length - upTo.lastIndexOf("\n");
    return `malformed JSON at line ${line}, column ${col}: ${msg}`;
  }
  return `malformed JSON: ${msg}`;
}

function jsonlLine(line: string, lineNo: number, origin: Origin, options: ReadOptions): ReadItem | undefined {
  const t = line.endsWith("\r") ? line.slice(0, -1) : line;
  if (t.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    return failed(
      origin,
      "ERR_READ_JSON",
      `line ${lineNo} is not valid JSON (${e instanceof Error ? e.message : String(e)}); the other lines were read`,
    );
  }
  return recordItem(value, origin, options);
}

/**
 * JSONL streamed line by line: split on 0x0A at the byte level (UTF-8 and single-byte Arabic never
 * contain 0x0A inside a character), decode each line as UTF-8 when valid, else detect its encoding.
 * On a stream error (truncated gzip) the partial last line is dropped and the error reported once.
 */
async function* readJsonl(src: ByteSource, ctx: Ctx): AsyncGenerator<ReadItem> {
  let carry: Buffer | undefined;
  let lineNo = 0;
  let firstLine = true;
  const path = ctx.givenPath;
  const toItem = (bytes: Buffer): ReadItem | undefined => {
    lineNo++;
    let b = bytes;
    if (firstLine) {
      firstLine = false;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    const source = `${path}:${lineNo}`;
    let text: string;
    let encoding = "utf-8";
    let encodingGuessed = false;
    if (isUtf8(b)) {
      text = b.toString("utf8");
    } else {
      try {
        const d = decodeBytes(b, undefined, source);
        text = d.text;
        encoding = d.encoding;
        encodingGuessed = d.guessed;
      } catch (e) {
        const { code, message } = classifyError(e);
        return failed({ source, path }, code, message);
      }
    }
    return jsonlLine(
      text,
      lineNo,
      { source, path, file: ctx.file, container: "jsonl", encoding, encodingGuessed },
      ctx.options,
    );
  };
  for (let chunk = await src.next(); chunk; chunk = await src.next()) {
    let start = 0;
    let nl = chunk.indexOf(NEWLINE, start);
    if (nl >= 0 && carry) {
      const item = toItem(Buffer.concat([carry, chunk.subarray(0, nl)]));
      carry = undefined;
      if (item) yield item;
      start = nl + 1;
      nl = chunk.indexOf(NEWLINE, start);
    }
    while (nl >= 0) {
      const item = toItem(chunk.subarray(start, nl));
      if (item) yield item;
      start = nl + 1;
      nl = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) carry = carry ? Buffer.concat([carry, chunk.subarray(start)]) : chunk.subarray(start);
  }
  if (carry) {
    const item = toItem(carry);
    if (item) yield item;
  }
}
