/**
 * The stages after extraction, run over a batch of articles: annotate, link, cluster.
 * Pure: no files, no store, no clock.
 */

import type { AnalysisParts } from "./analyze.js";
import { findDates } from "./annotate/dates.js";
import { EntityResolver, findEntities } from "./annotate/entities/index.js";
import { findNumbers } from "./annotate/numbers.js";
import { findQuotes } from "./annotate/quotes.js";
import { clusterArticles } from "./cluster/index.js";
import { linkArticles } from "./link/index.js";
import type { Annotations, Article, Entity, Message } from "./model/types.js";

export interface AnnotateContext {
  title?: string;
  /** ISO publication date: relative dates (اليوم، أمس…) resolve against it. */
  publishedAt?: string;
}

/** Annotations of one text plus the entities its mentions point to (ids local to the text). */
export interface AnnotatedText extends Annotations {
  entityList: Entity[];
  /** Annotators that failed on this text (their part is empty). */
  messages: Message[];
}

/**
 * Every annotation of one text: entities, quotes, numbers, dates (spans into `text`).
 *
 * @example
 * annotateText("وقال الوزير خالد العمري إن المحطة ستخدم 100 ألف نسمة.", { publishedAt: "2025-04-10" }).quotes[0].speaker
 * // "خالد العمري"
 */
export function annotateText(text: string, context: AnnotateContext = {}): AnnotatedText {
  const messages: Message[] = [];
  // One annotator failing on an odd text costs that annotator's output, never the article or the run.
  const guard = <T>(what: string, empty: T, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      messages.push({
        stage: "annotate",
        code: "WARN_ANNOTATE_FAILED",
        message: `${what} failed on this article: ${e instanceof Error ? e.message : String(e)}; it has no ${what}`,
      });
      return empty;
    }
  };
  const { mentions, entities } = guard("entities", { mentions: [], entities: [] }, () =>
    findEntities(text, context.title),
  );
  const dates = guard("dates", [], () => findDates(text, context.publishedAt));
  return {
    entities: mentions,
    quotes: guard("quotes", [], () => findQuotes(text, mentions, entities)),
    // Numbers that are parts of dates (27 نيسان 2025) are not quantities.
    numbers: guard("numbers", [], () => findNumbers(text, dates)),
    dates,
    entityList: entities,
    messages,
  };
}

/** Annotates an article (title and publication date as context). */
export function annotateArticle(a: Article): AnnotatedText {
  return annotateText(a.text, { title: a.title, ...(a.publishedAt ? { publishedAt: a.publishedAt.value } : {}) });
}

/**
 * Puts the annotations of many articles into one entity id space: mentions and quote
 * speakers then point to entities shared across articles.
 */
export function resolveAcross(
  annotated: Map<string, AnnotatedText>,
  resolver: EntityResolver = new EntityResolver(),
): Map<string, Annotations> {
  const out = new Map<string, Annotations>();
  for (const [id, a] of annotated) {
    const ids = resolver.add(a.entityList);
    const global = (local: string | null) => (local === null ? null : (ids.get(local) ?? local));
    out.set(id, {
      entities: a.entities.map((m) => ({ ...m, entity: global(m.entity) ?? m.entity })),
      // A speaker the article names only by a role (شدد رئيس الحكومة العراقية) is the person other articles
      // gave that role, when they gave it to one person alone.
      quotes: a.quotes.map((q) => ({
        ...q,
        speakerEntity:
          global(q.speakerEntity) ?? (q.anonymous || !q.speaker ? null : resolver.personWithRole(q.speaker)),
      })),
      numbers: a.numbers,
      dates: a.dates,
    });
  }
  return out;
}

/** Runs every later stage over `articles` (one-shot analysis). */
export function runStages(articles: Article[]): AnalysisParts {
  const annotated = new Map<string, AnnotatedText>();
  for (const a of articles) annotated.set(a.id, annotateArticle(a));
  const resolver = new EntityResolver();
  const annotations = resolveAcross(annotated, resolver);
  const reuse = linkArticles(articles);
  const { stories, threads } = clusterArticles(articles, reuse, annotations);
  return { annotations, entities: resolver.entities(), reuse, stories, threads };
}
