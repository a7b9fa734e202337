/**
 * The `Store` interface: where articles, their annotations, reuse links, stories
 * and the state of the stateful stages live between runs.
 *
 * Two implementations pass one contract suite (`./contract.ts`): SQLite (the
 * default, `./sqlite/`) and, later, PostgreSQL. Methods are async so that a
 * server-backed store fits; the SQLite store does its work synchronously inside.
 *
 * Semantics every implementation keeps:
 * - `putArticles` runs in one transaction: all of the batch or none of it.
 * - An article is identified by its content hash (`Article.id`): storing the same
 *   id again changes nothing ("unchanged").
 * - An article with a URL that is already stored under another id is a new
 *   *version* of that article: the old id stays readable, says it was superseded,
 *   and drops out of search, counts and (by default) export.
 */

import type { Annotations, Article, Entity, Quote, Reuse, Span, Story, Thread } from "../model/types.js";

/** What `putArticles` did with one article, in input order. */
export type PutResult =
  | { kind: "new"; id: string }
  | { kind: "unchanged"; id: string }
  /** A changed text read from an already-stored URL; `previous` is the id it supersedes. */
  | { kind: "version"; id: string; previous: string };

/** An article as stored, with its place in the version history of its URL. */
export interface StoredArticle extends Article {
  /** 1 for the first text seen at a URL (or for an article without URL), then 2, 3… */
  version: number;
  /** Id of the newer version of this article, when a changed text was read from its URL. */
  supersededBy?: string;
  /** When the store first received this article (ISO timestamp). */
  ingestedAt: string;
}

export interface ArticleFilter {
  outlet?: string;
  /** Published on or after this ISO date or timestamp. */
  since?: string;
  /** Published on or before this ISO date (a date includes its whole day). */
  until?: string;
  /** Only these ids (full ids). Superseded versions are returned when asked for by id. */
  ids?: string[];
  /** Also yield superseded versions (default: only the latest version of each URL). */
  includeSuperseded?: boolean;
  /** Only articles that have annotations (true) or that have none (false: stored without analysis). */
  analysed?: boolean;
  /** "published" (default): publishedAt then id, undated first; "stored": the order the store received them. */
  order?: "published" | "stored";
}

export interface SearchOptions {
  /** Maximum number of hits (default `DEFAULT_SEARCH_LIMIT`). */
  limit?: number;
  outlet?: string;
}

/** One search result; `snippet` is cut from the outlet's original text. */
export interface SearchHit {
  id: string;
  title: string;
  outlet: string;
  publishedAt?: string;
  /** Higher is better (negated BM25 in SQLite). Comparable only within one result list. */
  score: number;
  /** A window of the original body around the matches ("…" where it was cut). */
  snippet: string;
  /** Spans of the matched words, relative to `snippet`. */
  highlights: Span[];
  /** Spans of the matched words in `title`. */
  titleHighlights: Span[];
}

/** A quote with the article it was reported in. */
export interface StoredQuote extends Quote {
  article: string;
  outlet: string;
  publishedAt?: string;
  /** The name the store knows the speaker's entity by (حيدر عبد الأمير الزبيدي for حيدر الزبيدي), when resolved. */
  speakerName?: string;
  /** The roles the store knows the speaker's entity by (وزير النقل المصري for هشام عرفات), when it knows any. */
  speakerRoles?: string[];
}

export interface StoryFilter {
  /** Stories seen (last article) on or after this ISO date. */
  since?: string;
  /** Stories that an outlet carried. */
  outlet?: string;
  /** Stories with a member article that names one of these entities (ids). */
  entities?: readonly string[];
}

/** The persistent store. Every failure throws `MarsadError` (`ERR_STORE…`). */
export interface Store {
  /**
   * Stores a batch in one transaction and reports, per article and in input
   * order, whether it was new, unchanged, or a new version of a stored URL.
   * `markDone` sources are marked done in the same transaction (see `sourceDone`).
   * A bad article (a missing field) rolls back the whole batch and the error
   * names it; earlier batches stay committed.
   */
  putArticles(
    articles: Article[],
    options?: { markDone?: { source: string; fingerprint: string }[] },
  ): Promise<PutResult[]>;
  /** An article by full id or by a unique id prefix of at least `MIN_ID_PREFIX` characters. */
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Streams articles in `publishedAt` then `id` order (undated first), for export, or as `filter.order` says. */
  articles(filter?: ArticleFilter): AsyncIterable<Article>;
  /** Current articles (latest versions) and distinct outlets. */
  count(): Promise<{ articles: number; outlets: number }>;
  /** Outlets with their number of current articles, most articles first. */
  outlets(): Promise<{ outlet: string; articles: number }[]>;
  /**
   * Full-text search over folded stems: spelling variants (أ/إ/آ/ا, ة/ه, ى/ي),
   * diacritics and attached clitics (و ب ل ال) match. Words are ANDed; a
   * "quoted phrase" must appear as such. Never throws on odd input.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * Documents (current articles) containing each stem, for TF-IDF; stems as
   * returned by `stems()` from src/arabic/stem.ts.
   */
  documentFrequencies(stems: string[]): Promise<Map<string, number>>;

  /** Replaces the annotations of an article (which must be stored). */
  putAnnotations(id: string, annotations: Annotations): Promise<void>;
  /**
   * `putAnnotations` for many articles in one transaction: all are stored, or none (an
   * article not in the store fails the whole call, naming it).
   */
  putManyAnnotations(batch: { id: string; annotations: Annotations }[]): Promise<void>;
  getAnnotations(id: string): Promise<Annotations | undefined>;
  /** Current articles (latest versions) without annotations: stored with analysis off, or not analysed yet. */
  unanalysed(): Promise<number>;
  /**
   * Drops every result of the analysis in one transaction, all or nothing: annotations, mentions, quotes,
   * entities, reuse links, stories, threads, and the state (value and items) of the stages named by
   * `stateKeys`. Articles, their versions, the sources done and every other state stay.
   */
  clearAnalysis(stateKeys: readonly string[]): Promise<void>;
  /** Upserts entities; aliases and roles merge with what is stored under the same id. */
  putEntities(entities: Entity[]): Promise<void>;
  getEntity(id: string): Promise<Entity | undefined>;
  /**
   * Entities whose folded name or any folded alias equals the folded `name`, or holds the folded words of
   * `containing` as whole words (فهد → استاد الملك فهد الدولي); all without a filter.
   */
  entities(filter?: { name?: string; containing?: string }): Promise<Entity[]>;
  /** Quotes with their article's outlet and date; `speaker` matches the speaker as written or its entity's name/aliases. */
  quotes(filter?: { speaker?: string; article?: string }): Promise<StoredQuote[]>;
  /** Upserts reuse links (one per unordered pair; stored with `a < b`, passages swapped to match). */
  putReuse(reuse: Reuse[]): Promise<void>;
  /** Every reuse link that involves the article. */
  reuseOf(id: string): Promise<Reuse[]>;
  /** Upserts stories and threads (a story's members are replaced). */
  putStories(stories: Story[], threads: Thread[]): Promise<void>;
  /** Stories, most recently seen first. */
  stories(filter?: StoryFilter): Promise<Story[]>;
  getStory(id: string): Promise<Story | undefined>;
  getThread(id: string): Promise<Thread | undefined>;
  /** The story an article belongs to (as a member), if any. */
  storyOf(articleId: string): Promise<Story | undefined>;

  /** JSON state of a stateful stage (outlet templates, LSH index, clusterer). */
  getState<T>(key: string): Promise<T | undefined>;
  setState(key: string, value: unknown): Promise<void>;
  /** Items of a stage's keyed state (`putStateItems`), in the order they were last written. */
  stateItems<T>(key: string): Promise<[item: string, value: T][]>;
  /**
   * Changes a stage's keyed state in one transaction: `clear` drops every item first, `deletes` are
   * removed, `upserts` are (re)written after every existing item, and `header` (when given) is stored as
   * `setState(key, header)`. All or nothing.
   */
  putStateItems(key: string, change: StateItemsChange): Promise<void>;
  /**
   * One batch of the analysis in one transaction, all or nothing: annotations (of stored articles), reuse
   * links, entities, stories and threads, then the stages' state items and state values, each written as
   * its own method would. A failure, or a process killed while it writes, leaves the store as before.
   */
  putAnalysis(write: AnalysisWrite): Promise<void>;

  /** True when `source` was completely ingested with this fingerprint. */
  sourceDone(source: string, fingerprint: string): Promise<boolean>;
  /** Call only after every article of the source is committed. */
  markSourceDone(source: string, fingerprint: string): Promise<void>;

  close(): Promise<void>;
}

/** What `putStateItems` writes. */
export interface StateItemsChange {
  header?: unknown;
  clear?: boolean;
  upserts: Iterable<[item: string, value: unknown]>;
  deletes: Iterable<string>;
}

/** What `putAnalysis` writes, in this order (later upserts of one id win). */
export interface AnalysisWrite {
  annotations: { id: string; annotations: Annotations }[];
  reuse: Reuse[];
  entities: Entity[];
  stories: Story[];
  threads: Thread[];
  stateItems: { key: string; change: StateItemsChange }[];
  state: { key: string; value: unknown }[];
}

/** Shortest id prefix `getArticle` accepts: 6 hex digits = 16.7M values, unique in any realistic store. */
export const MIN_ID_PREFIX = 6;

/** Hits returned by `search` without a limit: one terminal screen of snippets. */
export const DEFAULT_SEARCH_LIMIT = 20;
