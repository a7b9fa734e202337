/**
 * The stages after extraction, run over a batch of articles: annotate, link, cluster.
 * Pure: no files, no store, no clock.
 */

import type { AnalysisParts } from "./analyze.js";
import { findQuotes } from "./annotate/quotes.js";
import type { Annotations, Article } from "./model/types.js";

export interface AnnotateContext {
  title?: string;
  /** ISO publication date: relative dates (اليوم، أمس…) resolve against it. */
  publishedAt?: string;
}

/** Every annotation of one text: entities, quotes, numbers, dates (spans into `text`). */
export function annotateText(text: string, context: AnnotateContext = {}): Annotations {
  void context;
  return { entities: [], quotes: findQuotes(text), numbers: [], dates: [] };
}

/** Runs every later stage over `articles` (one-shot analysis). */
export function runStages(articles: Article[]): AnalysisParts {
  const annotations = new Map<string, Annotations>();
  for (const a of articles) {
    annotations.set(
      a.id,
      annotateText(a.text, { title: a.title, ...(a.publishedAt ? { publishedAt: a.publishedAt.value } : {}) }),
    );
  }
  return { annotations };
}
