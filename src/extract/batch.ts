/**
 * Extraction of a batch of documents of one run: the outlet templates first learn from
 * every document of the batch, so that even the first article of an outlet benefits from
 * them, then each document is extracted.
 */

import type { Article, RawDocument } from "../model/types.js";
import { type ExtractResult, extractArticle, outletFromUrl, templateLines } from "./index.js";
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
  // The outlet extractArticle files the article under (a page's own og:url aside).
  for (const doc of docs) templates.observe(doc.outlet ?? outletFromUrl(doc.url) ?? "unknown", templateLines(doc));
  const articles: Article[] = [];
  const failed: ExtractFailure[] = [];
  for (const doc of docs) {
    const result = extractArticle(doc, options, templates);
    if (result.kind === "article") articles.push(result.article);
    else failed.push(result);
  }
  return { articles, failed };
}
