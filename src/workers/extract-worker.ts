/**
 * Worker thread that extracts batches of documents while the main thread reads the next
 * batch and writes the previous one to the store (see `extract-pool.ts`). It holds the
 * run's outlet templates: batches arrive and are extracted in order, as on one thread.
 */

import { parentPort } from "node:worker_threads";
import { extractBatch } from "../extract/batch.js";
import { OutletTemplates } from "../extract/templates.js";
import { annotateArticle } from "../stages.js";
import type { ExtractReply, ExtractRequest } from "./extract-pool.js";

let templates = new OutletTemplates();

parentPort?.on("message", (m: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    if (m.kind === "init") {
      templates = m.templates === undefined ? new OutletTemplates() : OutletTemplates.fromJSON(m.templates);
      return;
    }
    const { articles, failed } = extractBatch(m.docs, templates, m.options);
    reply = { seq: m.seq, articles, failed };
    if (m.annotate) reply.annotated = articles.map(annotateArticle);
    if (m.snapshot) reply.templates = templates.toJSON();
  } catch (err) {
    reply = {
      seq: m.kind === "batch" ? m.seq : 0,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    };
  }
  parentPort?.postMessage(reply);
});
