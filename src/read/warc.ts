/**
 * WARC files: HTML `response` (and `resource`) records → documents.
 *
 * Records are framed here (header block + Content-Length + blank line) so that a broken record can be
 * reported as `path#N` and reading can resynchronise on the next `WARC/1.` line; each well-framed
 * record is then parsed by warcio's `WARCParser` (HTTP headers, chunked and compressed payloads).
 * Records are numbered from 1 in file order, counting every record (warcinfo, request…).
 */
import { WARCParser } from "warcio";
import { MarsadError } from "../errors.js";
import type { RawDocument } from "../model/types.js";
import { decodeBytes } from "./decode.js";
import { failed, outletOf } from "./records.js";
import { looksLikeHtml } from "./sniff.js";
import { type ByteSource, bareMessage } from "./source.js";
import type { ReadItem, ReadOptions } from "./types.js";

/** A WARC header block longer than this is not a header (real ones are < 2 KB); stops a runaway scan on garbage. */
const MAX_WARC_HEADER_BYTES = 65536;

const CRLFCRLF = Buffer.from("\r\n\r\n");
const LFLF = Buffer.from("\n\n");
const RESYNC = Buffer.from("\nWARC/");

/** A growable window over a ByteSource. */
class Window {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  constructor(private readonly src: ByteSource) {}

  get available(): number {
    return this.buf.length - this.pos;
  }

  /** Makes at least `n` bytes available (fewer at the end); returns how many are. */
  async fill(n: number): Promise<number> {
    while (this.available < n) {
      const c = await this.src.next();
      if (!c) break;
      this.buf = this.available ? Buffer.concat([this.buf.subarray(this.pos), c]) : c;
      this.pos = 0;
    }
    return this.available;
  }

  /** Index (relative to pos) of `needle` at or after `from`, scanning at most `limit` bytes; -1 if absent. */
  async indexOf(needle: Buffer, from: number, limit = Number.POSITIVE_INFINITY): Promise<number> {
    let searched = from;
    for (;;) {
      const i = this.buf.indexOf(needle, this.pos + searched);
      if (i >= 0 && i - this.pos <= limit) return i - this.pos;
      if (i >= 0 || this.available > limit) return -1;
      searched = Math.max(from, this.available - needle.length + 1);
      const before = this.available;
      if ((await this.fill(before + 65536)) === before) return -1;
    }
  }

  bytes(start: number, end: number): Buffer {
    return this.buf.subarray(this.pos + start, this.pos + end);
  }

  consume(n: number): void {
    this.pos += n;
  }
}

function parseHeaderBlock(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m?.[1];
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

/**
 * Reads the WARC records of a (decompressed) byte stream.
 * A broken record yields a failed item `path#N` (ERR_READ_WARC) and reading goes on from the next record header.
 *
 * @example for await (const item of readWarc(source, "crawl.warc.gz", "crawl.warc.gz", {})) …
 */
export async function* readWarc(
  src: ByteSource,
  file: string,
  givenPath: string,
  options: ReadOptions,
): AsyncGenerator<ReadItem> {
  const w = new Window(src);
  let n = 0;
  for (;;) {
    // Skip the blank lines between records.
    while ((await w.fill(1)) > 0) {
      const b = w.bytes(0, 1)[0];
      if (b !== 0x0d && b !== 0x0a) break;
      w.consume(1);
    }
    if (w.available === 0) return;
    n++;
    const where = { source: `${givenPath}#${n}`, path: givenPath };
    const resync = async (from: number): Promise<void> => {
      const i = await w.indexOf(RESYNC, from);
      w.consume(i >= 0 ? i + 1 : w.available);
    };

    let hEnd = await w.indexOf(CRLFCRLF, 0, MAX_WARC_HEADER_BYTES);
    let sepLen = 4;
    if (hEnd < 0) {
      hEnd = await w.indexOf(LFLF, 0, MAX_WARC_HEADER_BYTES);
      sepLen = 2;
    }
    const start = w.bytes(0, Math.min(8, w.available)).toString("latin1");
    if (!start.startsWith("WARC/")) {
      yield failed(
        where,
        "ERR_READ_WARC",
        `record ${n} does not start with a WARC/1.x line; skipped to the next record`,
      );
      await resync(1);
      continue;
    }
    if (hEnd < 0) {
      yield failed(
        where,
        "ERR_READ_WARC",
        `record ${n} has no end of headers (blank line); the file is truncated or corrupt`,
      );
      await resync(1);
      continue;
    }
    const headerText = w.bytes(0, hEnd).toString("utf8");
    const headers = parseHeaderBlock(headerText);
    const lengthText = headers.get("content-length");
    const length = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : Number.NaN;
    if (!Number.isSafeInteger(length)) {
      yield failed(
        where,
        "ERR_READ_WARC",
        `record ${n} has no valid Content-Length header (${lengthText ?? "missing"}); skipped`,
      );
      await resync(hEnd);
      continue;
    }
    const total = hEnd + sepLen + length;
    const avail = await w.fill(total + 4);
    if (avail < total) {
      yield failed(
        where,
        "ERR_READ_WARC",
        `record ${n} is truncated: Content-Length says ${length} bytes but only ${Math.max(0, avail - hEnd - sepLen)} remain`,
      );
      return;
    }
    const trailer = w.bytes(total, Math.min(avail, total + 7)).toString("latin1");
    if (!/^(\r?\n|$)/.test(trailer) && !trailer.startsWith("WARC/")) {
      yield failed(
        where,
        "ERR_READ_WARC",
        `record ${n}'s Content-Length (${length}) does not match its content (no blank line after it); skipped`,
      );
      await resync(hEnd);
      continue;
    }
    const recordBytes = Buffer.from(w.bytes(0, total));
    w.consume(total);

    const type = (headers.get("warc-type") ?? "").toLowerCase();
    if (type !== "response" && type !== "resource") continue;
    const item = await recordToItem(recordBytes, type, where, file, options);
    if (item) yield item;
  }
}

async function recordToItem(
  bytes: Buffer,
  type: string,
  where: { source: string; path: string },
  file: string,
  options: ReadOptions,
): Promise<ReadItem | undefined> {
  let payload: Uint8Array;
  let contentType: string | null | undefined;
  let url: string | undefined;
  let date: string | undefined;
  try {
    const parser = new WARCParser(
      (async function* () {
        yield bytes;
      })(),
    );
    const record = await parser.parse();
    if (!record) return failed(where, "ERR_READ_WARC", "the record could not be parsed");
    url = record.warcTargetURI ?? undefined;
    date = record.warcDate ?? undefined;
    if (type === "response") {
      const http = record.httpHeaders;
      if (!http) return failed(where, "ERR_READ_WARC", "the response record has no HTTP headers");
      const status = Number(http.statusCode);
      // Redirects, errors and not-modified pages carry no article.
      if (!(status >= 200 && status < 300)) return undefined;
      contentType = http.headers.get("content-type");
    } else {
      contentType = record.warcHeader("Content-Type");
    }
    if (contentType && !HTML_TYPE.test(contentType)) return undefined;
    payload = await record.readFully(true);
  } catch (e) {
    return failed(
      where,
      "ERR_READ_WARC",
      `the record is broken (${e instanceof Error ? e.message : String(e)}); skipped`,
    );
  }
  if (payload.length === 0) return failed(where, "ERR_READ_EMPTY", "the HTML response has an empty body");
  const charset = charsetOf(contentType);
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(payload, charset, where.source);
  } catch (e) {
    const message = e instanceof MarsadError ? bareMessage(e) : String(e);
    return failed(where, "ERR_READ_DECODE", message);
  }
  // No Content-Type at all: keep it only if it looks like HTML.
  if (!contentType && !looksLikeHtml(decoded.text.slice(0, 16384))) return undefined;
  const doc: RawDocument = {
    source: where.source,
    path: where.path,
    content: decoded.text,
    encoding: decoded.encoding,
    encodingGuessed: decoded.guessed,
    format: "html",
    container: "warc",
    outlet: outletOf(undefined, url, options, file),
  };
  if (url) doc.url = url;
  if (date) {
    doc.declaredDate = date;
    doc.fetchedAt = date;
  }
  if (charset) doc.charset = charset;
  return { kind: "document", doc };
}
