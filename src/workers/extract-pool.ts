/**
 * Batch extraction on a worker thread, so that an ingest uses both cores: the worker
 * extracts batch k while the main thread reads batch k+1 and stores batch k−1. When the
 * ingest analyses what it stores, the worker also annotates each article (entities,
 * quotes, numbers, dates: the per-article part of the analysis, and most of its time).
 *
 * The run's outlet templates move to the worker with the first batch large enough to be
 * worth the thread (`minBatch` documents); smaller runs (a handful of files, the demo)
 * extract inline and never start it. Batches are extracted in the order given, on one
 * thread at a time, so results are those of a single-threaded run.
 *
 * Best effort: when the worker cannot start or fails, extraction goes on inline from the
 * templates of the last snapshot (what the worker learnt since then is lost, nothing else).
 */

import type { Worker } from "node:worker_threads";
import { type ExtractFailure, extractBatch } from "../extract/batch.js";
import type { ExtractOptions } from "../extract/options.js";
import { OutletTemplates } from "../extract/templates.js";
import type { Article, RawDocument } from "../model/types.js";
import { type AnnotatedText, annotateArticle } from "../stages.js";
import { spawnWorker } from "./spawn.js";

/**
 * Calls `fn(i)` for each index below `n` that this thread claims first: threads sharing `claim`
 * (its element 0 is the next index) take indices one at a time, so each index is handled once.
 */
export function forEachClaimed(claim: Int32Array, n: number, fn: (i: number) => void): void {
  for (let i = Atomics.add(claim, 0, 1); i < n; i = Atomics.add(claim, 0, 1)) fn(i);
}

/** Batches smaller than this are extracted inline until the worker has started. */
export const WORKER_MIN_BATCH = 200;

export type ExtractRequest =
  | { kind: "init"; templates?: unknown }
  | {
      kind: "batch";
      seq: number;
      docs: RawDocument[];
      options?: Partial<ExtractOptions>;
      snapshot: boolean;
      /**
       * When the articles are to be annotated: the next article index to annotate, shared with the
       * main thread (`Atomics.add`), so that both threads annotate the batch, each article once.
       */
      claim?: SharedArrayBuffer;
    }
  /** Stored articles to annotate, shared with the main thread as a batch's annotation is (`claim`). */
  | { kind: "annotate"; seq: number; articles: Article[]; claim: SharedArrayBuffer };

export type ExtractReply =
  /** The batch extracted; its annotation goes on. */
  | { seq: number; articles: Article[]; failed: ExtractFailure[]; templates?: unknown }
  /** The annotations the worker made, by article index. */
  | { seq: number; part: [number, AnnotatedText][] }
  | { seq: number; error: string };

export interface ExtractedBatch {
  articles: Article[];
  failed: ExtractFailure[];
  /** The templates after this batch (`OutletTemplates.toJSON()`), when asked for. */
  templates?: unknown;
  /**
   * When the pool annotates and the batch went to the worker: `annotateArticle` of each article (same
   * order), made by the worker and by the calling thread together (call it when the annotations are
   * needed; it annotates what the worker has not claimed, then waits for the worker's share). Absent
   * when the caller is to annotate.
   */
  annotate?: () => Promise<AnnotatedText[]>;
}

/** The worker's share of a batch's annotations, once it has sent them. */
interface Share {
  resolve: (part: [number, AnnotatedText][]) => void;
  reject: (err: Error) => void;
}

interface Pending {
  docs: RawDocument[];
  snapshot: boolean;
  claim?: Int32Array;
  resolve: (b: ExtractedBatch) => void;
  reject: (err: Error) => void;
}

export interface ExtractPoolOptions {
  extract?: Partial<ExtractOptions>;
  /** Use a worker thread at all (default true). */
  worker?: boolean;
  /** Also annotate the articles (`annotateArticle`), worker and caller together, for an ingest that analyses them. */
  annotate?: boolean;
  minBatch?: number;
}

/**
 * @example
 * const pool = new ExtractPool(templates);
 * const { articles, failed, templates: snapshot } = await pool.extract(docs, { snapshot: true });
 * await pool.close();
 */
export class ExtractPool {
  /** The templates while extracting inline; null while they live on the worker. */
  private templates: OutletTemplates | null;
  /** The last snapshot of the templates: where inline extraction resumes if the worker fails. */
  private snapshot: unknown;
  private worker: Worker | null = null;
  private broken: boolean;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly shares = new Map<number, Share>();
  private readonly options: Partial<ExtractOptions> | undefined;
  private readonly minBatch: number;
  private readonly annotate: boolean;

  constructor(templates: OutletTemplates, options: ExtractPoolOptions = {}) {
    this.templates = templates;
    this.snapshot = templates.toJSON();
    this.options = options.extract;
    this.broken = options.worker === false;
    this.minBatch = options.minBatch ?? WORKER_MIN_BATCH;
    this.annotate = options.annotate ?? false;
  }

  /** True once batches go to the worker thread. */
  get threaded(): boolean {
    return this.worker !== null;
  }

  /** Extracts `docs` after every batch given before; `snapshot` asks for the templates after it. */
  extract(docs: RawDocument[], { snapshot = false } = {}): Promise<ExtractedBatch> {
    if (this.worker === null && this.templates !== null && (this.broken || docs.length < this.minBatch)) {
      return Promise.resolve(this.inline(docs, snapshot));
    }
    const worker = this.start();
    if (worker === null) return Promise.resolve(this.inline(docs, snapshot));
    const seq = ++this.seq;
    return new Promise<ExtractedBatch>((resolve, reject) => {
      const request: ExtractRequest = { kind: "batch", seq, docs, snapshot };
      const p: Pending = { docs, snapshot, resolve, reject };
      if (this.annotate) {
        request.claim = new SharedArrayBuffer(4);
        p.claim = new Int32Array(request.claim);
      }
      this.pending.set(seq, p);
      if (this.pending.size + this.shares.size === 1) worker.ref();
      if (this.options !== undefined) request.options = this.options;
      worker.postMessage(request);
    });
  }

  /**
   * `annotateArticle` of each article (same order), made by the worker and this thread together, each
   * article once: for articles already extracted (a store's, analysed again). On this thread alone when the
   * pool has no worker.
   */
  annotateArticles(articles: Article[]): Promise<AnnotatedText[]> {
    const worker = articles.length < this.minBatch ? this.worker : this.start();
    if (worker === null) return Promise.resolve(articles.map(annotateArticle));
    const seq = ++this.seq;
    const claim = new SharedArrayBuffer(4);
    const annotate = this.shareAnnotation(seq, articles, new Int32Array(claim));
    if (this.pending.size + this.shares.size === 1) worker.ref();
    const request: ExtractRequest = { kind: "annotate", seq, articles, claim };
    worker.postMessage(request);
    return annotate();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.broken = true;
    const closed = new Error("the extraction pool was closed");
    for (const p of this.pending.values()) p.reject(closed);
    for (const sh of this.shares.values()) sh.reject(closed);
    this.pending.clear();
    this.shares.clear();
    if (w !== null) await w.terminate();
  }

  private inline(docs: RawDocument[], snapshot: boolean): ExtractedBatch {
    this.templates ??= OutletTemplates.fromJSON(this.snapshot);
    const out: ExtractedBatch = extractBatch(docs, this.templates, this.options);
    if (snapshot) {
      out.templates = this.templates.toJSON();
      this.snapshot = out.templates;
    }
    return out;
  }

  private start(): Worker | null {
    if (this.worker !== null) return this.worker;
    if (this.broken || this.templates === null) return null;
    try {
      const w = spawnWorker(import.meta.url, "extract-worker");
      w.on("message", (m: ExtractReply) => this.receive(w, m));
      w.on("error", (err) => this.fail(err));
      w.on("exit", () => this.fail(new Error("the extraction worker exited")));
      // An idle worker must not keep the process alive.
      w.unref();
      const init: ExtractRequest = { kind: "init", templates: this.templates.toCompleteJSON() };
      w.postMessage(init);
      this.worker = w;
      this.templates = null;
      return w;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private receive(w: Worker, m: ExtractReply): void {
    if ("part" in m) {
      this.shares.get(m.seq)?.resolve(m.part);
      this.shares.delete(m.seq);
    } else {
      const p = this.pending.get(m.seq);
      if (p === undefined) return;
      this.pending.delete(m.seq);
      if ("error" in m) p.reject(new Error(`extraction failed on the worker: ${m.error}`));
      else {
        if (m.templates !== undefined) this.snapshot = m.templates;
        const batch: ExtractedBatch = { articles: m.articles, failed: m.failed };
        if (m.templates !== undefined) batch.templates = m.templates;
        if (p.claim !== undefined) batch.annotate = this.shareAnnotation(m.seq, m.articles, p.claim);
        p.resolve(batch);
      }
    }
    if (this.pending.size + this.shares.size === 0) w.unref();
  }

  /** Annotation of a batch by both threads: see `ExtractedBatch.annotate`. */
  private shareAnnotation(seq: number, articles: Article[], claim: Int32Array): () => Promise<AnnotatedText[]> {
    const workerShare = new Promise<[number, AnnotatedText][]>((resolve, reject) => {
      this.shares.set(seq, { resolve, reject });
    });
    workerShare.catch(() => {});
    return async () => {
      const out: (AnnotatedText | undefined)[] = new Array(articles.length);
      forEachClaimed(claim, articles.length, (i) => {
        out[i] = annotateArticle(articles[i] as Article);
      });
      for (const [i, a] of await workerShare.catch(() => [])) out[i] = a;
      // Articles a failed worker had claimed are annotated here.
      return articles.map((a, i) => out[i] ?? annotateArticle(a));
    };
  }

  /** The worker is gone: its batches still pending are extracted inline, in order. */
  private fail(err: Error): void {
    if (this.broken) return;
    this.broken = true;
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    for (const sh of this.shares.values()) sh.reject(err);
    this.shares.clear();
    const waiting = [...this.pending.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    this.pending.clear();
    for (const p of waiting) {
      try {
        p.resolve(this.inline(p.docs, p.snapshot));
      } catch {
        p.reject(err);
      }
    }
  }
}
