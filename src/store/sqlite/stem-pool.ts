/**
 * Index texts (space-joined stems) computed on a worker thread, so that an
 * ingest uses both cores: the worker stems chunk k+1 while the main thread
 * writes chunk k to SQLite. Stemming was a third of ingest CPU (bench/store.ts).
 *
 * Best effort: when the worker cannot start or fails, `index` rejects and the
 * caller stems inline; results never differ (the worker runs `indexText`).
 */

import type { Worker } from "node:worker_threads";
import { spawnWorker } from "../../workers/spawn.js";

interface Pending {
  resolve: (index: string[]) => void;
  reject: (err: Error) => void;
}

export class StemPool {
  private worker: Worker | null = null;
  private broken = false;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  /** False once the worker failed; callers then stem inline. */
  get available(): boolean {
    return !this.broken;
  }

  /** The index texts of `texts`, in order, computed on the worker. */
  index(texts: string[]): Promise<string[]> {
    const worker = this.start();
    if (worker === null) return Promise.reject(new Error("the stemming worker is not available"));
    const seq = ++this.seq;
    return new Promise<string[]>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ seq, texts });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.broken = true;
    this.fail(new Error("the store was closed"));
    if (w !== null) await w.terminate();
  }

  private start(): Worker | null {
    if (this.broken) return null;
    if (this.worker !== null) return this.worker;
    try {
      const w = spawnWorker(import.meta.url, "stem-worker");
      w.on("message", (m: { seq: number; index: string[] }) => {
        const p = this.pending.get(m.seq);
        if (p === undefined) return;
        this.pending.delete(m.seq);
        if (this.pending.size === 0) w.unref();
        p.resolve(m.index);
      });
      w.on("error", (err) => {
        this.broken = true;
        this.fail(err);
      });
      w.on("exit", () => {
        this.broken = true;
        this.fail(new Error("the stemming worker exited"));
      });
      // An idle worker must not keep the process alive.
      w.unref();
      this.worker = w;
      return w;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private fail(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
