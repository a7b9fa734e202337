/**
 * Extraction of a batch of documents of one run: the outlet templates first learn from
 * every document of the batch, so that even the first article of an outlet benefits from
 * them, then each document is extracted.
 */

import type { Article, RawDocument } from "../model/types.js";
import { declaredOutlet, type ExtractResult, extractArticle, prepareText, templateLines } from "./index.js";
import type { ExtractOptions } from "./options.js";
import type { OutletTemplates } from "./templates.js";

/** A document that gave no article, and why. */
export type ExtractFailure = Extract<ExtractResult, { kind: "failed" }>;

/**
 * Extracts `docs` in order, teaching `templates` first. Pure but for `templates`, which it updates.
 *
 * @example
 * const { articles, failed } = extractBatch(docs, new OutletTemplates());
 */
export function extractBatch(
  docs: RawDocument[],
  templates: OutletTemplates,
  options?: Partial<ExtractOptions>,
): { articles: Article[]; failed: ExtractFailure[] } {
  // Scraped text is split and keyed once for both passes.
  const prepared = docs.map(prepareText);
  for (const [i, doc] of docs.entries()) {
    // The outlet extractArticle files the article under (a page's own og:url aside).
    const outlet = declaredOutlet(doc) ?? "unknown";
    const p = prepared[i];
    if (p === undefined) templates.observe(outlet, templateLines(doc));
    else templates.observeKeyed(outlet, p.lines, p.keys);
  }
  const articles: Article[] = [];
  const failed: ExtractFailure[] = [];
  for (const [i, doc] of docs.entries()) {
    const result = extractArticle(doc, options, templates, prepared[i]);
    if (result.kind === "article") articles.push(result.article);
    else failed.push(result);
  }
  return { articles, failed };
}
