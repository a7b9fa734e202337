/**
 * Byte sources: a file, stdin or a buffer as a stream of chunks, gunzipped transparently when the
 * first bytes are the gzip magic, with a look-ahead for format sniffing.
 */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { type ErrorCode, MarsadError } from "../errors.js";

/** Chunk size for file reads: large chunks keep per-chunk overhead negligible on multi-MB corpora. */
const READ_CHUNK_BYTES = 1 << 20;

/** A stream of chunks with look-ahead. Errors of the underlying stream surface from `peek`, `next` and `readAll`. */
export class ByteSource {
  private readonly it: AsyncIterator<Buffer>;
  private head: Buffer[] = [];
  private headBytes = 0;
  ended = false;
  private pending: { error: unknown } | undefined;

  constructor(it: AsyncIterator<Buffer>) {
    this.it = it;
  }

  /** Returns at least `n` bytes from the start (fewer only at the end), without consuming them. */
  async peek(n: number): Promise<Buffer> {
    while (this.headBytes < n && !this.ended) {
      let r: IteratorResult<Buffer>;
      try {
        r = await this.it.next();
      } catch (e) {
        // Keep what was read; the error surfaces from next() once the peeked bytes are consumed.
        this.pending = { error: e };
        this.ended = true;
        break;
      }
      if (r.done) {
        this.ended = true;
        break;
      }
      this.head.push(r.value);
      this.headBytes += r.value.length;
    }
    if (this.head.length > 1) this.head = [Buffer.concat(this.head)];
    return this.head[0] ?? Buffer.alloc(0);
  }

  /** The next chunk, or undefined at the end. */
  async next(): Promise<Buffer | undefined> {
    const h = this.head.shift();
    if (h) {
      this.headBytes -= h.length;
      return h;
    }
    if (this.pending) {
      const { error } = this.pending;
      this.pending = undefined;
      throw error;
    }
    if (this.ended) return undefined;
    const r = await this.it.next();
    if (r.done) {
      this.ended = true;
      return undefined;
    }
    return r.value;
  }

  /** Everything that is left, as one buffer. */
  async readAll(): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (let c = await this.next(); c; c = await this.next()) parts.push(c);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** Stops reading (closes the file). */
  async close(): Promise<void> {
    this.ended = true;
    await this.it.return?.();
  }
}

/** Chunks of a file. */
export function fileChunks(file: string): AsyncIterator<Buffer> {
  return createReadStream(file, { highWaterMark: READ_CHUNK_BYTES })[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
}

/** Chunks of a readable stream (stdin); strings are turned into UTF-8 bytes. */
export async function* streamChunks(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const c of stream as AsyncIterable<Buffer | string>) {
    yield typeof c === "string" ? Buffer.from(c, "utf8") : c;
  }
}

/** True when the bytes start with the gzip magic number (1F 8B). */
export function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** Marks an error as coming from zlib (so it reports as ERR_READ_GZIP, not ERR_READ_IO). */
export class GzipError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "GzipError";
  }
}

/** Decompressed chunks queued ahead of the consumer before zlib is paused (bounds memory). */
const GUNZIP_QUEUE_CHUNKS = 16;

/**
 * Gunzips a chunk stream (any number of concatenated gzip members, as in .warc.gz). Every byte zlib
 * decoded is yielded before a truncation or corruption error is thrown (as GzipError), so the records
 * before the damage are kept.
 */
export async function* gunzipChunks(src: ByteSource): AsyncGenerator<Buffer> {
  const gz = createGunzip({ chunkSize: 1 << 16 });
  const queue: Buffer[] = [];
  let done = false;
  let error: unknown;
  let readError: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  gz.on("data", (c: Buffer) => {
    queue.push(c);
    if (queue.length >= GUNZIP_QUEUE_CHUNKS) gz.pause();
    signal();
  });
  gz.on("end", () => {
    done = true;
    signal();
  });
  gz.on("error", (e) => {
    error ??= e;
    done = true;
    signal();
  });
  const pump = (async () => {
    try {
      for (let c = await src.next(); c; c = await src.next()) {
        if (done) return;
        if (!gz.write(c)) {
          await new Promise<void>((r) => {
            const go = () => {
              gz.off("drain", go);
              gz.off("close", go);
              r();
            };
            gz.on("drain", go);
            gz.on("close", go);
          });
        }
      }
      gz.end();
    } catch (e) {
      readError = e;
      done = true;
      signal();
    }
  })();
  try {
    for (;;) {
      const c = queue.shift();
      if (c) {
        if (queue.length < GUNZIP_QUEUE_CHUNKS / 2 && gz.isPaused()) gz.resume();
        yield c;
        continue;
      }
      if (done) break;
      await new Promise<void>((r) => {
        wake = r;
      });
    }
    if (readError) throw readError;
    if (error) throw new GzipError(error);
  } finally {
    gz.destroy();
    await src.close().catch(() => undefined);
    await pump.catch(() => undefined);
  }
}

/** Opens a source: peeks at the magic bytes and gunzips when needed. */
export async function openBytes(raw: AsyncIterator<Buffer>): Promise<{ source: ByteSource; gzip: boolean }> {
  const outer = new ByteSource(raw);
  const first = await outer.peek(2);
  if (isGzip(first)) return { source: new ByteSource(gunzipChunks(outer)), gzip: true };
  return { source: outer, gzip: false };
}

/** Maps a thrown error to a reader error code and a sentence saying what happened. */
export function classifyError(e: unknown): { code: ErrorCode; message: string } {
  if (e instanceof GzipError) {
    return {
      code: "ERR_READ_GZIP",
      message: `the gzip stream is truncated or corrupt (${e.message}); re-download or re-compress it`,
    };
  }
  if (e instanceof MarsadError) return { code: e.code, message: bareMessage(e) };
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") {
    if (err.code === "ENOENT") return { code: "ERR_READ_NOT_FOUND", message: "the file does not exist" };
    if (err.code === "EISDIR") return { code: "ERR_READ_IO", message: "this is a folder, not a file" };
    if (err.code === "EACCES" || err.code === "EPERM") {
      return { code: "ERR_READ_IO", message: "permission denied; check the file's permissions" };
    }
    return { code: "ERR_READ_IO", message: `the file could not be read (${err.code}: ${err.message})` };
  }
  return {
    code: "ERR_READ_IO",
    message: `the file could not be read (${err instanceof Error ? err.message : String(e)})`,
  };
}

/** A MarsadError's message without its "where: " prefix and " (CODE)" suffix: a failed item carries those apart. */
export function bareMessage(e: MarsadError): string {
  let m = e.message;
  if (e.where && m.startsWith(`${e.where}: `)) m = m.slice(e.where.length + 2);
  const suffix = ` (${e.code})`;
  return m.endsWith(suffix) ? m.slice(0, -suffix.length) : m;
}
