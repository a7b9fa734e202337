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
    if (m.kind === "annotate") {
      reply = { seq: m.seq, part: annotateClaimed(m.articles, m.claim) };
      parentPort?.postMessage(reply);
      return;
    }
    const { articles, failed } = extractBatch(m.docs, templates, m.options);
    const extracted: ExtractReply = { seq: m.seq, articles, failed };
    if (m.snapshot) extracted.templates = templates.toJSON();
    parentPort?.postMessage(extracted);
    if (m.claim === undefined) return;
    reply = { seq: m.seq, part: annotateClaimed(articles, m.claim) };
  } catch (err) {
    reply = {
      seq: m.kind === "batch" ? m.seq : 0,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    };
  }
  parentPort?.postMessage(reply);
});

/** The main thread annotates the same articles: each thread claims the next article not yet taken. */
function annotateClaimed(articles: Article[], claim: SharedArrayBuffer): [number, AnnotatedText][] {
  const part: [number, AnnotatedText][] = [];
  forEachClaimed(new Int32Array(claim), articles.length, (i) =>
    part.push([i, annotateArticle(articles[i] as Article)]),
  );
  return part;
}
