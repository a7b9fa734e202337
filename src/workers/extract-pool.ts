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
import type { AnnotatedText } from "../stages.js";
import { spawnWorker } from "./spawn.js";

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
      annotate: boolean;
    };

export type ExtractReply =
  | { seq: number; articles: Article[]; failed: ExtractFailure[]; templates?: unknown; annotated?: AnnotatedText[] }
  | { seq: number; error: string };

export interface ExtractedBatch {
  articles: Article[];
  failed: ExtractFailure[];
  /** The templates after this batch (`OutletTemplates.toJSON()`), when asked for. */
  templates?: unknown;
  /**
   * `annotateArticle` of each article (same order), when the pool annotates and the batch went to the
   * worker; absent when the caller is to annotate.
   */
  annotated?: AnnotatedText[];
}

interface Pending {
  docs: RawDocument[];
  snapshot: boolean;
  resolve: (b: ExtractedBatch) => void;
  reject: (err: Error) => void;
}

export interface ExtractPoolOptions {
  extract?: Partial<ExtractOptions>;
  /** Use a worker thread at all (default true). */
  worker?: boolean;
  /** Also annotate the articles on the worker (`annotateArticle`), for an ingest that analyses them. */
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
      this.pending.set(seq, { docs, snapshot, resolve, reject });
      if (this.pending.size === 1) worker.ref();
      const request: ExtractRequest = { kind: "batch", seq, docs, snapshot, annotate: this.annotate };
      if (this.options !== undefined) request.options = this.options;
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.broken = true;
    for (const p of this.pending.values()) p.reject(new Error("the extraction pool was closed"));
    this.pending.clear();
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
    const p = this.pending.get(m.seq);
    if (p === undefined) return;
    this.pending.delete(m.seq);
    if (this.pending.size === 0) w.unref();
    if ("error" in m) {
      p.reject(new Error(`extraction failed on the worker: ${m.error}`));
      return;
    }
    if (m.templates !== undefined) this.snapshot = m.templates;
    p.resolve(m);
  }

  /** The worker is gone: its batches still pending are extracted inline, in order. */
  private fail(err: Error): void {
    if (this.broken) return;
    this.broken = true;
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
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
