/**
 * Worker thread that extracts batches of documents while the main thread reads the next
 * batch and writes the previous one to the store (see `extract-pool.ts`). It holds the
 * run's outlet templates: batches arrive and are extracted in order, as on one thread.
 */

import { parentPort } from "node:worker_threads";
import { extractBatch } from "../extract/batch.js";
import { OutletTemplates } from "../extract/templates.js";
import type { Article } from "../model/types.js";
import { type AnnotatedText, annotateArticle } from "../stages.js";
import { type ExtractReply, type ExtractRequest, forEachClaimed } from "./extract-pool.js";

let templates = new OutletTemplates();

parentPort?.on("message", (m: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    if (m.kind === "init") {
      templates = m.templates === undefined ? new OutletTemplates() : OutletTemplates.fromJSON(m.templates);
      return;
    }
    const { articles, failed } = extractBatch(m.docs, templates, m.options);
    const extracted: ExtractReply = { seq: m.seq, articles, failed };
    if (m.snapshot) extracted.templates = templates.toJSON();
    parentPort?.postMessage(extracted);
    if (m.claim === undefined) return;
    // The main thread annotates this batch too: each thread claims the next article not yet taken.
    const claim = new Int32Array(m.claim);
    const part: [number, AnnotatedText][] = [];
    forEachClaimed(claim, articles.length, (i) => part.push([i, annotateArticle(articles[i] as Article)]));
    reply = { seq: m.seq, part };
  } catch (err) {
    reply = {
      seq: m.kind === "batch" ? m.seq : 0,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    };
  }
  parentPort?.postMessage(reply);
});
