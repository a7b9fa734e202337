/**
 * The pipeline runner: reads sources, runs the pure stages, writes to the store.
 *
 * The stages themselves never read files or the database (DESIGN.md); this module
 * does, and so do `read` and `store`. Ingest is batched: a batch of documents is
 * read, the outlet templates learn from it, its articles are extracted and stored
 * in one transaction, and a file is marked done only after all of its articles
 * are committed — so an interrupted ingest resumes without loss or duplication.
 */

import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { type ErrorCode, MarsadError } from "./errors.js";
import { extractBatch } from "./extract/batch.js";
import { type ExtractOptions, OutletTemplates } from "./extract/index.js";
import { IncrementalAnalysis } from "./incremental.js";
import type { Article, RawDocument } from "./model/types.js";
import { expandInputs, type ReadOptions, readFile } from "./read/index.js";
import { assertNotRebuilding } from "./reanalysis.js";
import type { AnnotatedText } from "./stages.js";
import type { Store } from "./store/store.js";
import { type ExtractedBatch, ExtractPool } from "./workers/extract-pool.js";

/**
 * How many documents go into one extraction batch and one store transaction. FTS5 writes a
 * segment per transaction and merges them later: 2,000 stores 15% faster than 500 (measured
 * on 62k articles in one run) and keeps a batch's documents a few megabytes.
 */
export const DEFAULT_BATCH_SIZE = 2000;
/** The batch when new articles are also analysed: annotation takes seconds per hundred articles, and progress shows per batch. */
export const ANALYSED_BATCH_SIZE = 500;

/** Batches read but not yet stored: one extracting on the worker while the one before is stored. */
const MAX_IN_FLIGHT = 2;

/** The state key under which outlet templates are persisted. */
export const TEMPLATES_STATE = "extract.templates";

export interface Failure {
  source: string;
  path: string;
  code: ErrorCode;
  message: string;
}

export interface IngestProgress {
  file: string;
  filesDone: number;
  filesTotal: number;
  documents: number;
}

export interface IngestOptions {
  read?: ReadOptions;
  extract?: Partial<ExtractOptions>;
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Checked between batches; when it returns true the run stops after committing what it has. */
  shouldStop?: () => boolean;
  /** Annotate, link and cluster new articles as they are stored (default true). */
  analyze?: boolean;
  /** Extract on a worker thread when batches are large (default true; false keeps one thread). */
  threads?: boolean;
  /** Files never to read, such as the store's own database files when it sits inside an input folder. */
  exclude?: string[];
}

export interface IngestSummary {
  files: number;
  /** Files skipped because an earlier run ingested them completely and they have not changed. */
  skippedFiles: number;
  read: number;
  new: number;
  versions: number;
  unchanged: number;
  failed: Failure[];
  interrupted: boolean;
  /** Reuse links found and stories opened among the new articles (when analysed). */
  links: number;
  storiesOpened: number;
}

/**
 * Ingests every document under `inputs` into `store`.
 *
 * @example
 * const summary = await ingest(["examples/corpus"], store);
 * summary.new; // articles stored for the first time
 */
export async function ingest(inputs: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? (options.analyze === false ? DEFAULT_BATCH_SIZE : ANALYSED_BATCH_SIZE);
  const excluded = new Set((options.exclude ?? []).map((f) => resolve(f)));
  const { files: found, failed: missing } = await expandEach(inputs, options.read);
  const files = found.filter((f) => f.file === "-" || !excluded.has(resolve(f.file)));
  const saved = await store.getState(TEMPLATES_STATE);
  const templates = saved === undefined ? new OutletTemplates() : OutletTemplates.fromJSON(saved);
  const summary: IngestSummary = {
    files: files.length,
    skippedFiles: 0,
    read: 0,
    new: 0,
    versions: 0,
    unchanged: 0,
    failed: missing,
    interrupted: false,
    links: 0,
    storiesOpened: 0,
  };
  if (options.analyze !== false) await assertNotRebuilding(store, "ingest");
  const analysis = options.analyze === false ? null : await IncrementalAnalysis.open(store);
  const extractor = new ExtractPool(templates, {
    ...(options.extract === undefined ? {} : { extract: options.extract }),
    ...(options.threads === false ? { worker: false } : {}),
    annotate: analysis !== null,
  });

  const storeBatch = async (batch: ExtractedBatch) => {
    for (const f of batch.failed) {
      summary.failed.push({ source: f.source, path: f.path, code: f.code, message: f.message });
    }
    const articles = batch.articles;
    if (articles.length === 0) return;
    const results = await store.putArticles(articles);
    const fresh: Article[] = [];
    const freshIds = new Set<string>();
    for (const [i, r] of results.entries()) {
      if (r.kind === "new") summary.new++;
      else if (r.kind === "version") summary.versions++;
      else summary.unchanged++;
      // An article stored by a run that was killed before its batch's analysis committed (articles commit
      // first) is analysed now. The check is for its story: an earlier Marsad committed annotations apart.
      const pending = r.kind === "unchanged" && analysis !== null && !(await store.storyOf(r.id));
      if ((r.kind !== "unchanged" || pending) && !freshIds.has(r.id)) {
        freshIds.add(r.id);
        fresh.push(articles[i]!);
      }
    }
    if (analysis && fresh.length > 0) {
      // Annotated by both threads (the same `annotateArticle`), or by the analysis itself.
      const annotated = await batch.annotate?.();
      const before = annotated && new Map(articles.map((a, i) => [a.id, annotated[i] as AnnotatedText]));
      const done = await analysis.process(fresh, before);
      summary.links += done.links;
      summary.storiesOpened += done.storiesOpened;
    }
  };

  let batch: RawDocument[] = [];
  /** The storing of each batch handed over and not yet awaited, oldest first; each waits for the one before. */
  const queue: Promise<void>[] = [];
  const drain = async () => {
    while (queue.length > 0) await queue.shift();
  };
  /**
   * Hands the batch to the extractor and queues its storing after the previous ones:
   * the next batch is read while this one is extracted (on the worker) and the one
   * before is stored. At most `MAX_IN_FLIGHT` batches are in flight.
   */
  const flush = async (finished?: { file: string; fingerprint: string | null }[]) => {
    if (batch.length === 0 && finished === undefined) return;
    const extracted = extractor.extract(batch, { snapshot: finished !== undefined });
    batch = [];
    const previous = queue.at(-1);
    const storing = (async () => {
      const b = await extracted;
      if (previous !== undefined) await previous;
      await storeBatch(b);
      // Finished files: the templates that learnt from them are saved, then the files are marked done.
      if (b.templates !== undefined) await store.setState(TEMPLATES_STATE, b.templates);
      for (const f of finished ?? []) if (f.fingerprint !== null) await store.markSourceDone(f.file, f.fingerprint);
    })();
    // A failure surfaces when this batch is awaited; until then it must not count as unhandled.
    storing.catch(() => {});
    queue.push(storing);
    while (queue.length > MAX_IN_FLIGHT) await queue.shift();
  };

  let filesDone = 0;
  /**
   * Files read to their end whose templates are not saved yet, and the documents read since the last
   * save. Small files (a page per file) share batches: the templates are saved and the files marked
   * done once a batch's worth of documents has been read, not once per file (that was three
   * transactions and a template serialisation per page). A file is never marked done before the
   * templates that learnt from it are saved, so an interrupted run reads at most a batch again.
   */
  let finished: { file: string; fingerprint: string | null }[] = [];
  let readSinceSave = 0;
  try {
    for (const { file, given } of files) {
      if (options.shouldStop?.()) {
        summary.interrupted = true;
        break;
      }
      const fingerprint = await fingerprintOf(file);
      if (fingerprint !== null && (await store.sourceDone(file, fingerprint))) {
        summary.skippedFiles++;
        filesDone++;
        continue;
      }
      for await (const item of readSource(file, given, options.read)) {
        if (item.kind === "failed") {
          summary.failed.push({ source: item.source, path: item.path, code: item.code, message: item.message });
          continue;
        }
        summary.read++;
        readSinceSave++;
        batch.push(item.doc);
        if (batch.length >= batchSize) {
          await flush();
          options.onProgress?.({ file, filesDone, filesTotal: files.length, documents: summary.read });
          if (options.shouldStop?.()) break;
        }
      }
      if (options.shouldStop?.()) {
        // What was read is stored; the file is not marked done and the templates are not
        // saved (a resumed run reads the file again and would count its lines twice).
        await flush();
        await drain();
        summary.interrupted = true;
        break;
      }
      finished.push({ file, fingerprint });
      if (readSinceSave >= batchSize) {
        // Not waited for: the next file is read while this one's last batch is extracted and stored.
        await flush(finished);
        finished = [];
        readSinceSave = 0;
      }
      filesDone++;
      options.onProgress?.({ file, filesDone, filesTotal: files.length, documents: summary.read });
    }
    // Stopped between files: what was read is stored, without saving templates or marking files done.
    if (summary.interrupted) await flush();
    else if (finished.length > 0) await flush(finished);
    await drain();
  } finally {
    await Promise.allSettled(queue);
    await extractor.close();
  }
  return summary;
}

/** Reads and extracts without a store (one-shot analysis). */
export async function readArticles(
  inputs: string[],
  options: { read?: ReadOptions; extract?: Partial<ExtractOptions> } = {},
): Promise<{ articles: Article[]; failed: Failure[] }> {
  const { files, failed } = await expandEach(inputs, options.read);
  const docs: RawDocument[] = [];
  for (const { file, given } of files) {
    for await (const item of readSource(file, given, options.read)) {
      if (item.kind === "failed") failed.push({ ...item });
      else docs.push(item.doc);
    }
  }
  const { articles, failed: notArticles } = extractBatch(docs, new OutletTemplates(), options.extract);
  for (const f of notArticles) failed.push({ source: f.source, path: f.path, code: f.code, message: f.message });
  return { articles, failed };
}

/**
 * Reads one expanded file: sources name the file itself (and its line or record),
 * while `path` stays the input path as the user gave it.
 */
async function* readSource(file: string, given: string, options: ReadOptions | undefined) {
  for await (const item of readFile(file, file, options)) {
    if (item.kind === "failed") yield { ...item, path: given };
    else yield { ...item, doc: { ...item.doc, path: given } };
  }
}

/**
 * Expands every input on its own, so that one missing path is reported as a
 * failure and the others are still read. Files keep the input they came from.
 */
async function expandEach(
  inputs: string[],
  read: ReadOptions | undefined,
): Promise<{ files: { file: string; given: string }[]; failed: Failure[] }> {
  const files: { file: string; given: string }[] = [];
  const failed: Failure[] = [];
  const seen = new Set<string>();
  for (const given of inputs) {
    try {
      for (const file of await expandInputs([given], read)) {
        const key = file === "-" ? file : resolve(file);
        if (seen.has(key)) continue;
        seen.add(key);
        files.push({ file, given });
      }
    } catch (e) {
      if (!(e instanceof MarsadError)) throw e;
      failed.push({ source: e.where ?? given, path: given, code: e.code, message: e.detail });
    }
  }
  return { files, failed };
}

/** Size and modification time: a changed file is read again. Null for stdin. */
async function fingerprintOf(file: string): Promise<string | null> {
  if (file === "-") return null;
  try {
    const s = await stat(file);
    return `${s.size}:${Math.trunc(s.mtimeMs)}`;
  } catch {
    return null;
  }
}
