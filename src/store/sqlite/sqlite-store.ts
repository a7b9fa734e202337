/**
 * The SQLite store (the default): one file in WAL mode, foreign keys on,
 * numbered migrations, FTS5 over folded stems.
 *
 * better-sqlite3 is synchronous; the async methods do their work inside and
 * resolve at once, except `putArticles` on a large batch: its stems are computed
 * on a worker thread (`StemPool`) while this thread writes, inside one
 * transaction that other calls wait for. Every SQLite failure is rethrown as
 * `MarsadError("ERR_STORE")` saying what was being done.
 */

import Database from "better-sqlite3";
import { foldText } from "../../arabic/fold.js";
import { MarsadError } from "../../errors.js";
import type { Annotations, Article, Entity, Quote, Reuse, Story, Thread } from "../../model/types.js";
import { ftsExpression, indexText, matchSpans, parseQuery, snippetAround } from "../search.js";
import {
  type AnalysisWrite,
  type ArticleFilter,
  DEFAULT_SEARCH_LIMIT,
  MIN_ID_PREFIX,
  type PutResult,
  type SearchHit,
  type SearchOptions,
  type StateItemsChange,
  type Store,
  type StoredArticle,
  type StoredQuote,
  type StoryFilter,
} from "../store.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { type ArticleRow, prepareStatements, type Statements } from "./statements.js";
import { StemPool } from "./stem-pool.js";

export interface SqliteStoreOptions {
  /** Open without writing (no migrations; fails if the store is not initialised). */
  readonly?: boolean;
  /** The clock for `ingestedAt` and bookkeeping (tests pin it). */
  now?: () => Date;
  /** Stem large batches on a worker thread while writing (default true; false: one thread). */
  worker?: boolean;
}

/**
 * Rows fetched per query while streaming `articles()`: large enough that the
 * per-query overhead vanishes, small enough that memory stays flat on any corpus.
 */
const EXPORT_PAGE = 500;
/**
 * Batches at least this large are stemmed on the worker thread: below it the message
 * round trip costs more than the overlap saves.
 */
const PARALLEL_MIN_BATCH = 64;
/** Articles per worker message: small enough that the writer starts soon, large enough to amortise messaging. */
const PARALLEL_CHUNK = 50;
/** Upper bound on `search` results, whatever the caller asks: each hit is stemmed again for its snippet. */
const MAX_SEARCH_LIMIT = 1000;
/** Weight of title matches over body matches in BM25: a title names what the article is about. */
const TITLE_WEIGHT = 3;
/** Page cache per connection, KiB (64 MiB): memory is cheap next to re-reading index pages on ingest. */
const CACHE_KIB = 65536;
/** WAL size (bytes) at which a commit checkpoints. */
const WAL_CHECKPOINT_BYTES = 40 * 2 ** 20;
/**
 * Page size of a new store: an article row (text and its JSON document, ~5 KB) spills onto
 * overflow pages at SQLite's default 4 KB; at 8 KB the 62k-article ant + saudinewsnet set
 * stores 20% faster (measured against 4 KB in one run). Existing stores keep theirs.
 */
const NEW_STORE_PAGE_BYTES = 8192;
/** The tables that hold what the analysis derives from the articles, dependants before what they refer to. */
const ANALYSIS_TABLES = [
  "story_articles",
  "story_outlets",
  "stories",
  "threads",
  "reuse",
  "quotes",
  "mentions",
  "entity_aliases",
  "entities",
  "annotations",
] as const;
/** Milliseconds to wait for another process's write lock before failing (an ingest and a search share the file). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating and migrating if needed) a SQLite store; `":memory:"` for a
 * store that lives as long as the process.
 *
 * @example
 * const store = openStore("marsad.db");
 * await store.putArticles(articles);
 * const hits = await store.search("الحكومة");
 * await store.close();
 */
export function openStore(path: string, options: SqliteStoreOptions = {}): Store {
  return new SqliteStore(path, options);
}

/** The parts of an Article kept in the JSON `doc` column. */
type ArticleDoc = Omit<Article, "id" | "outlet" | "url" | "title" | "text" | "annotations">;

function wrap<T>(what: string, where: string | undefined, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof MarsadError) throw err;
    throw new MarsadError("ERR_STORE", `${what} failed: ${(err as Error).message}`, where);
  }
}

function describeArticle(a: unknown, index: number): string {
  const o = (a ?? {}) as Record<string, unknown>;
  const id = typeof o.id === "string" ? ` id ${o.id}` : "";
  const source = typeof o.source === "string" ? ` from ${o.source}` : "";
  return `article #${index + 1} of the batch${id}${source}`;
}

/** Checks the fields the store relies on; returns the problem or null. */
function invalidField(a: unknown): string | null {
  if (a === null || typeof a !== "object") return "it is not an object";
  const o = a as Record<string, unknown>;
  for (const f of ["id", "outlet", "title", "text"] as const) {
    if (typeof o[f] !== "string") return `field "${f}" is ${o[f] === undefined ? "missing" : "not a string"}`;
  }
  if ((o.id as string).length === 0) return 'field "id" is empty';
  if (o.url !== undefined && typeof o.url !== "string") return 'field "url" is not a string';
  const p = o.publishedAt as { value?: unknown } | undefined;
  if (p !== undefined && (p === null || typeof p.value !== "string"))
    return 'field "publishedAt.value" is not a string';
  return null;
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly where: string;
  private readonly now: () => Date;
  private closed = false;
  /**
   * Set while `putParallel` holds a transaction open across awaits. Every method first
   * runs `while (this.busy !== null) await this.busy;`: the loop re-checks after each
   * await, so nothing runs inside another call's open transaction.
   */
  private busy: Promise<void> | null = null;
  private readonly pool: StemPool | null;
  private readonly stmts: Statements;

  constructor(path: string, options: SqliteStoreOptions) {
    this.where = path;
    this.now = options.now ?? (() => new Date());
    this.pool = options.readonly || options.worker === false ? null : new StemPool();
    this.db = wrap("opening the store", path, () => new Database(path, { readonly: options.readonly ?? false }));
    try {
      wrap("configuring the store", path, () => {
        if (!options.readonly) {
          // WAL: readers (search, export) never block the ingest writer; NORMAL sync is
          // durable across a killed process (only an OS crash can lose the last commits).
          // Only takes effect on a new, empty database (before WAL mode is set).
          this.db.pragma(`page_size = ${NEW_STORE_PAGE_BYTES}`);
          this.db.pragma("journal_mode = WAL");
          this.db.pragma("synchronous = NORMAL");
          // Checkpoint every 40 MB of WAL rather than 4 MB: FTS5 segments and the indexes are rewritten
          // by every batch, and fewer checkpoints copy each hot page fewer times (−17% store time on the
          // 62k-article ant+saudinewsnet set, measured against the default 1000 pages in one run).
          const pageBytes = this.db.pragma("page_size", { simple: true }) as number;
          this.db.pragma(`wal_autocheckpoint = ${Math.round(WAL_CHECKPOINT_BYTES / pageBytes)}`);
        }
        // FTS5 segment merges and five indexes touch many pages per batch; SQLite's 2 MB default
        // cache re-reads them from disk (bench/store.ts).
        this.db.pragma(`cache_size = -${CACHE_KIB}`);
        this.db.pragma("foreign_keys = ON");
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      });
      if (!options.readonly) migrate(this.db, MIGRATIONS, path);
      this.stmts = wrap("preparing the store's statements", path, () => prepareStatements(this.db));
    } catch (err) {
      this.db.close();
      throw err;
    }
  }

  private check(what: string): void {
    if (this.closed) throw new MarsadError("ERR_STORE", `${what}: the store is closed`, this.where);
  }

  // ---------------------------------------------------------------- articles

  async putArticles(
    articles: Article[],
    options: { markDone?: { source: string; fingerprint: string }[] } = {},
  ): Promise<PutResult[]> {
    this.check("storing articles");
    while (this.busy !== null) await this.busy;
    const ingestedAt = this.now().toISOString();
    if (articles.length >= PARALLEL_MIN_BATCH && this.pool?.available) {
      return this.putParallel(articles, options.markDone ?? [], ingestedAt);
    }
    const run = this.db.transaction((batch: Article[]): PutResult[] => {
      const results: PutResult[] = [];
      for (let i = 0; i < batch.length; i++) results.push(this.putChecked(batch, i, ingestedAt, undefined));
      this.markDone(options.markDone ?? [], ingestedAt);
      return results;
    });
    return wrap(`storing a batch of ${articles.length} articles`, this.where, () => run(articles));
  }

  /**
   * The batch in one transaction, stemmed on the worker thread chunk by chunk while
   * this thread writes the previous chunk. Other calls wait until it commits.
   */
  private async putParallel(
    batch: Article[],
    markDone: { source: string; fingerprint: string }[],
    ingestedAt: string,
  ): Promise<PutResult[]> {
    const pool = this.pool as StemPool;
    let release = () => {};
    this.busy = new Promise<void>((r) => {
      release = r;
    });
    try {
      // Only articles not stored yet need stems (a re-ingest sends nothing to the worker).
      const chunks: { from: number; to: number; stems: Promise<string[]> | null }[] = [];
      // Where article i's title stem text is in its chunk's reply (text follows), or -1.
      const slot = new Int32Array(batch.length).fill(-1);
      for (let from = 0; from < batch.length; from += PARALLEL_CHUNK) {
        const to = Math.min(batch.length, from + PARALLEL_CHUNK);
        const texts: string[] = [];
        for (let i = from; i < to; i++) {
          const a = batch[i] as Article;
          if (invalidField(a) !== null || this.stmts.exists.get(a.id) !== undefined) continue;
          slot[i] = texts.length;
          texts.push(a.title, a.text);
        }
        const stems = texts.length === 0 ? null : pool.index(texts);
        // A failed worker is not an error: that chunk is stemmed inline.
        stems?.catch(() => {});
        chunks.push({ from, to, stems });
      }
      wrap("starting a transaction", this.where, () => this.db.exec("BEGIN IMMEDIATE"));
      try {
        const results: PutResult[] = [];
        for (const chunk of chunks) {
          const stems = chunk.stems === null ? null : await chunk.stems.catch(() => null);
          for (let i = chunk.from; i < chunk.to; i++) {
            const at = slot[i] as number;
            const ix =
              stems !== null && at >= 0 ? { title: stems[at] as string, text: stems[at + 1] as string } : undefined;
            results.push(this.putChecked(batch, i, ingestedAt, ix));
          }
        }
        this.markDone(markDone, ingestedAt);
        wrap("committing a batch", this.where, () => this.db.exec("COMMIT"));
        return results;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        if (err instanceof MarsadError) throw err;
        throw new MarsadError(
          "ERR_STORE",
          `storing a batch of ${batch.length} articles failed: ${(err as Error).message}`,
          this.where,
        );
      }
    } finally {
      this.busy = null;
      release();
    }
  }

  /** Validates and stores article `i` of the batch; errors name it and say the batch was rolled back. */
  private putChecked(
    batch: Article[],
    i: number,
    ingestedAt: string,
    ix: { title: string; text: string } | undefined,
  ): PutResult {
    const a = batch[i] as Article;
    const problem = invalidField(a);
    if (problem !== null) {
      throw new MarsadError(
        "ERR_STORE",
        `cannot store ${describeArticle(a, i)}: ${problem}; the whole batch of ${batch.length} was rolled back ` +
          "(earlier batches stay stored); fix or drop that article and store the batch again",
        typeof a?.source === "string" ? a.source : this.where,
      );
    }
    try {
      return this.putOne(a, ingestedAt, ix);
    } catch (err) {
      if (err instanceof MarsadError) throw err;
      throw new MarsadError(
        "ERR_STORE",
        `cannot store ${describeArticle(a, i)}: ${(err as Error).message}; the whole batch of ${batch.length} ` +
          "was rolled back (earlier batches stay stored)",
        a.source ?? this.where,
      );
    }
  }

  private markDone(done: { source: string; fingerprint: string }[], at: string): void {
    for (const d of done) this.stmts.markSource.run(d.source, d.fingerprint, at);
  }

  private putOne(a: Article, ingestedAt: string, ix?: { title: string; text: string }): PutResult {
    const s = this.stmts;
    if (s.exists.get(a.id) !== undefined) return { kind: "unchanged", id: a.id };
    const url = a.url !== undefined && a.url !== "" ? a.url : null;
    const previous = url === null ? undefined : s.latestOfUrl.get(url);
    const version = previous === undefined ? 1 : previous.version + 1;
    const { id: _id, outlet: _o, url: _u, title: _t, text: _x, annotations, ...rest } = a;
    const doc: ArticleDoc = { ...rest, removed: a.removed ?? [], messages: a.messages ?? [] };
    const info = s.insertArticle.run({
      id: a.id,
      outlet: a.outlet,
      url,
      published_at: a.publishedAt?.value ?? null,
      title: a.title,
      text: a.text,
      doc: json(doc),
      version,
      ingested_at: ingestedAt,
    });
    if (url !== null) s.insertVersion.run(url, version, a.id);
    if (previous !== undefined) {
      s.supersede.run(a.id, previous.article_id);
      const old = s.rowidOf.get(previous.article_id);
      if (old !== undefined) s.deleteFts.run(old.rowid);
    }
    s.insertFts.run(info.lastInsertRowid, ix?.title ?? indexText(a.title), ix?.text ?? indexText(a.text));
    if (annotations !== undefined) this.writeAnnotations(a.id, annotations);
    return previous === undefined
      ? { kind: "new", id: a.id }
      : { kind: "version", id: a.id, previous: previous.article_id };
  }

  private rowToArticle(row: ArticleRow, withAnnotations: boolean): Article {
    const doc = JSON.parse(row.doc) as ArticleDoc;
    const article: Article = {
      id: row.id,
      path: doc.path,
      source: doc.source,
      outlet: row.outlet,
      title: row.title,
      text: row.text,
      removed: doc.removed,
      messages: doc.messages,
    };
    if (row.url !== null) article.url = row.url;
    if (doc.publishedAt !== undefined) article.publishedAt = doc.publishedAt;
    if (doc.byline !== undefined) article.byline = doc.byline;
    if (doc.dateline !== undefined) article.dateline = doc.dateline;
    // Keep fields a newer Article type may add.
    for (const [k, v] of Object.entries(doc))
      if (!(k in article)) (article as unknown as Record<string, unknown>)[k] = v;
    if (withAnnotations) {
      const ann = this.stmts.annotationsOf.get(row.id);
      if (ann !== undefined) article.annotations = JSON.parse(ann.doc) as Annotations;
    }
    return article;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    this.check("reading an article");
    while (this.busy !== null) await this.busy;
    return wrap(`reading article ${id}`, this.where, () => {
      const s = this.stmts;
      let row = s.articleById.get(id);
      if (row === undefined && id.length >= MIN_ID_PREFIX) {
        const rows = s.articleByPrefix.all(id, `${id}\uffff`);
        if (rows.length > 1) {
          throw new MarsadError(
            "ERR_OPTIONS",
            `the id prefix "${id}" matches several articles (${rows.map((r) => r.id).join(", ")}…); give more characters`,
            this.where,
          );
        }
        row = rows[0];
      }
      if (row === undefined) return undefined;
      const stored: StoredArticle = {
        ...this.rowToArticle(row, true),
        version: row.version,
        ingestedAt: row.ingested_at,
      };
      if (row.superseded_by !== null) stored.supersededBy = row.superseded_by;
      return stored;
    });
  }

  async *articles(filter: ArticleFilter = {}): AsyncIterable<Article> {
    this.check("exporting articles");
    while (this.busy !== null) await this.busy;
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.ids !== undefined) {
      if (filter.ids.length === 0) return;
      where.push("id IN (SELECT value FROM json_each(@ids))");
      params.ids = json(filter.ids);
    } else if (!filter.includeSuperseded) {
      where.push("superseded_by IS NULL");
    }
    if (filter.analysed !== undefined) {
      where.push(`${filter.analysed ? "" : "NOT "}EXISTS (SELECT 1 FROM annotations WHERE article_id = articles.id)`);
    }
    if (filter.outlet !== undefined) {
      where.push("outlet = @outlet");
      params.outlet = filter.outlet;
    }
    if (filter.since !== undefined) {
      where.push("published_at >= @since");
      params.since = filter.since;
    }
    if (filter.until !== undefined) {
      // Inclusive: "2021-04-10" takes in "2021-04-10T23:00:00Z".
      where.push("published_at < @until");
      params.until = `${filter.until}\uffff`;
    }
    // Keyset pagination: no statement stays open between yields, so the caller may
    // write to the store while it iterates.
    const stored = filter.order === "stored";
    const [key, order] = stored
      ? ["rowid > @r", "rowid"]
      : ["(ifnull(published_at, ''), id) > (@k, @i)", "ifnull(published_at, ''), id"];
    const sqlText = (after: boolean) =>
      `SELECT * FROM articles WHERE ${[...where, ...(after ? [key] : []), "1"].join(" AND ")}
       ORDER BY ${order} LIMIT ${EXPORT_PAGE}`;
    const first = wrap("preparing the export", this.where, () =>
      this.db.prepare<[Record<string, string | number>], ArticleRow>(sqlText(false)),
    );
    const next = wrap("preparing the export", this.where, () =>
      this.db.prepare<[Record<string, string | number>], ArticleRow>(sqlText(true)),
    );
    let rows = wrap("exporting articles", this.where, () => first.all(params));
    while (rows.length > 0) {
      this.check("exporting articles");
      while (this.busy !== null) await this.busy;
      const page = wrap("exporting articles", this.where, () => rows.map((r) => this.rowToArticle(r, true)));
      for (const a of page) yield a;
      if (rows.length < EXPORT_PAGE) break;
      const last = rows[rows.length - 1] as ArticleRow;
      const p = stored ? { ...params, r: last.rowid } : { ...params, k: last.published_at ?? "", i: last.id };
      rows = wrap("exporting articles", this.where, () => next.all(p));
    }
  }

  async count(): Promise<{ articles: number; outlets: number }> {
    this.check("counting articles");
    while (this.busy !== null) await this.busy;
    return wrap("counting articles", this.where, () => this.stmts.count.get() ?? { articles: 0, outlets: 0 });
  }

  async outlets(): Promise<{ outlet: string; articles: number }[]> {
    this.check("listing outlets");
    while (this.busy !== null) await this.busy;
    return wrap("listing outlets", this.where, () => this.stmts.outlets.all());
  }

  // ------------------------------------------------------------------ search

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    this.check("searching");
    while (this.busy !== null) await this.busy;
    const terms = parseQuery(query);
    const match = ftsExpression(terms);
    if (match === null) return [];
    const asked = options.limit !== undefined && Number.isFinite(options.limit) ? options.limit : DEFAULT_SEARCH_LIMIT;
    const limit = Math.max(1, Math.min(MAX_SEARCH_LIMIT, Math.trunc(asked)));
    const rows = wrap(`searching for ${JSON.stringify(query)}`, this.where, () => {
      const outletClause = options.outlet !== undefined ? "AND a.outlet = @outlet" : "";
      // Rank on the index and the small columns only; the texts are read for the hits alone
      // (reading every match's text into the sorter made common words 10x slower).
      const ranked = this.db
        .prepare<[Record<string, string | number>], { rowid: number; rank: number }>(
          `SELECT f.rowid AS rowid, f.rank AS rank
           FROM (SELECT rowid, bm25(fts, ${TITLE_WEIGHT}, 1) AS rank FROM fts WHERE fts MATCH @match) f
           JOIN articles a ON a.rowid = f.rowid
           WHERE a.superseded_by IS NULL ${outletClause}
           ORDER BY f.rank, a.id LIMIT @limit`,
        )
        .all({ match, limit, ...(options.outlet !== undefined ? { outlet: options.outlet } : {}) });
      return ranked.map((r) => ({ ...(this.stmts.articleByRowid.get(r.rowid) as ArticleRow), rank: r.rank }));
    });
    return rows.map((r) => {
      const { snippet, highlights } = snippetAround(r.text, matchSpans(r.text, terms));
      const hit: SearchHit = {
        id: r.id,
        title: r.title,
        outlet: r.outlet,
        score: -r.rank,
        snippet,
        highlights,
        titleHighlights: matchSpans(r.title, terms),
      };
      if (r.published_at !== null) hit.publishedAt = r.published_at;
      return hit;
    });
  }

  async documentFrequencies(stemList: string[]): Promise<Map<string, number>> {
    this.check("reading document frequencies");
    while (this.busy !== null) await this.busy;
    return wrap("reading document frequencies", this.where, () => {
      const out = new Map<string, number>();
      for (const st of stemList) {
        if (out.has(st)) continue;
        // FTS5 lower-cases and splits like unicode61; stems are folded already, so this is the term.
        out.set(st, this.stmts.docFreq.get(st)?.doc ?? 0);
      }
      return out;
    });
  }

  // ------------------------------------------------------------- annotations

  private writeAnnotations(id: string, a: Annotations): void {
    const s = this.stmts;
    s.upsertAnnotations.run(id, json(a));
    s.deleteMentions.run(id);
    for (const m of a.entities ?? []) s.insertMention.run(id, m.start, m.end, m.entity, m.type);
    s.deleteQuotes.run(id);
    (a.quotes ?? []).forEach((q, i) => {
      const folded = q.speaker === null || q.speaker === undefined ? null : normName(q.speaker);
      s.insertQuote.run(id, i, folded, q.speakerEntity ?? null, json(q));
    });
  }

  async putAnnotations(id: string, annotations: Annotations): Promise<void> {
    await this.putManyAnnotations([{ id, annotations }]);
  }

  async putManyAnnotations(batch: { id: string; annotations: Annotations }[]): Promise<void> {
    this.check("storing annotations");
    while (this.busy !== null) await this.busy;
    const what =
      batch.length === 1 ? `the annotations of article ${batch[0]?.id}` : `annotations of ${batch.length} articles`;
    wrap(`storing ${what}`, this.where, () => this.db.transaction(() => this.writeManyAnnotations(batch))());
  }

  private writeManyAnnotations(batch: { id: string; annotations: Annotations }[]): void {
    for (const { id, annotations } of batch) {
      if (this.stmts.exists.get(id) === undefined) {
        throw new MarsadError(
          "ERR_NOT_FOUND",
          `cannot store annotations of article ${id}: it is not in the store; store the article first` +
            (batch.length > 1 ? ` (none of the ${batch.length} in this call were stored)` : ""),
          this.where,
        );
      }
      this.writeAnnotations(id, annotations);
    }
  }

  async getAnnotations(id: string): Promise<Annotations | undefined> {
    this.check("reading annotations");
    while (this.busy !== null) await this.busy;
    return wrap(`reading the annotations of article ${id}`, this.where, () => {
      const row = this.stmts.annotationsOf.get(id);
      return row === undefined ? undefined : (JSON.parse(row.doc) as Annotations);
    });
  }
  async unanalysed(): Promise<number> {
    this.check("counting unanalysed articles");
    while (this.busy !== null) await this.busy;
    return wrap("counting unanalysed articles", this.where, () => (this.stmts.unanalysed.get() as { n: number }).n);
  }

  async clearAnalysis(stateKeys: readonly string[]): Promise<void> {
    this.check("clearing the analysis");
    while (this.busy !== null) await this.busy;
    const s = this.stmts;
    wrap("clearing the analysis", this.where, () => {
      this.db.transaction(() => {
        for (const table of ANALYSIS_TABLES) this.db.prepare(`DELETE FROM ${table}`).run();
        for (const key of stateKeys) {
          s.clearStateItems.run(key);
          s.deleteState.run(key);
        }
      })();
    });
  }

  async putEntities(entities: Entity[]): Promise<void> {
    this.check("storing entities");
    while (this.busy !== null) await this.busy;
    wrap(`storing ${entities.length} entities`, this.where, () =>
      this.db.transaction(() => this.writeEntities(entities))(),
    );
  }

  private writeEntities(entities: Entity[]): void {
    const s = this.stmts;
    for (const e of entities) {
      const old = s.entityById.get(e.id);
      const roles = old === undefined ? [] : (JSON.parse(old.roles) as string[]);
      for (const r of e.roles ?? []) if (!roles.includes(r)) roles.push(r);
      s.upsertEntity.run(e.id, e.name, normName(e.name), e.type, json(roles));
      // The previous canonical name stays findable as an alias.
      if (old !== undefined && old.name !== e.name) s.insertAlias.run(e.id, normName(old.name), old.name);
      for (const alias of e.aliases ?? []) s.insertAlias.run(e.id, normName(alias), alias);
    }
  }

  private entityFromRow(row: { id: string; name: string; type: string; roles: string }): Entity {
    const folded = normName(row.name);
    const aliases: string[] = [];
    for (const { alias } of this.stmts.aliasesOf.all(row.id)) {
      if (normName(alias) !== folded && !aliases.includes(alias)) aliases.push(alias);
    }
    const e: Entity = { id: row.id, name: row.name, type: row.type as Entity["type"], aliases };
    const roles = JSON.parse(row.roles) as string[];
    if (roles.length > 0) e.roles = roles;
    return e;
  }

  async getEntity(id: string): Promise<Entity | undefined> {
    this.check("reading an entity");
    while (this.busy !== null) await this.busy;
    return wrap(`reading entity ${id}`, this.where, () => {
      const row = this.stmts.entityById.get(id);
      return row === undefined ? undefined : this.entityFromRow(row);
    });
  }

  async entities(filter: { name?: string; containing?: string } = {}): Promise<Entity[]> {
    this.check("listing entities");
    while (this.busy !== null) await this.busy;
    return wrap("listing entities", this.where, () => {
      type Row = { id: string; name: string; type: string; roles: string };
      if (filter.containing !== undefined) {
        const words = normName(filter.containing);
        if (words === "") return [];
        // LIKE narrows to rows holding the letters; whole words are checked on the folded names.
        const like = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const rows = this.db
          .prepare<[{ like: string }], Row & { folded: string }>(
            `SELECT e.id, e.name, e.type, e.roles, e.folded_name AS folded FROM entities e WHERE e.folded_name LIKE @like ESCAPE '\\'
             UNION SELECT e.id, e.name, e.type, e.roles, a.folded FROM entities e JOIN entity_aliases a ON a.entity_id = e.id
             WHERE a.folded LIKE @like ESCAPE '\\'
             ORDER BY 2, 1`,
          )
          .all({ like });
        const seen = new Set<string>();
        const out: Entity[] = [];
        for (const r of rows) {
          if (seen.has(r.id) || !` ${r.folded} `.includes(` ${words} `)) continue;
          seen.add(r.id);
          out.push(this.entityFromRow(r));
        }
        return out;
      }
      const rows =
        filter.name === undefined
          ? this.db.prepare<[], Row>("SELECT id, name, type, roles FROM entities ORDER BY name, id").all()
          : this.db
              .prepare<[{ name: string }], Row>(
                `SELECT id, name, type, roles FROM entities
                 WHERE folded_name = @name OR id IN (SELECT entity_id FROM entity_aliases WHERE folded = @name)
                 ORDER BY name, id`,
              )
              .all({ name: normName(filter.name) });
      return rows.map((r) => this.entityFromRow(r));
    });
  }

  async quotes(filter: { speaker?: string; article?: string } = {}): Promise<StoredQuote[]> {
    this.check("listing quotes");
    while (this.busy !== null) await this.busy;
    return wrap("listing quotes", this.where, () => {
      const where: string[] = [];
      const params: Record<string, string> = {};
      if (filter.speaker !== undefined) {
        params.speaker = normName(filter.speaker);
        where.push(`(q.speaker_folded = @speaker OR q.speaker_entity IN (
          SELECT id FROM entities WHERE folded_name = @speaker
          UNION SELECT entity_id FROM entity_aliases WHERE folded = @speaker))`);
      }
      if (filter.article !== undefined) {
        params.article = filter.article;
        where.push("q.article_id = @article");
      }
      const rows = this.db
        .prepare<
          [Record<string, string>],
          {
            article_id: string;
            doc: string;
            outlet: string;
            published_at: string | null;
            speaker_name: string | null;
            speaker_roles: string | null;
          }
        >(
          `SELECT q.article_id, q.doc, a.outlet, a.published_at, e.name AS speaker_name, e.roles AS speaker_roles
           FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity
           WHERE ${[...where, "1"].join(" AND ")}
           ORDER BY ifnull(a.published_at, ''), q.article_id, q.idx`,
        )
        .all(params);
      return rows.map((r) => {
        const q: StoredQuote = { ...(JSON.parse(r.doc) as Quote), article: r.article_id, outlet: r.outlet };
        if (r.published_at !== null) q.publishedAt = r.published_at;
        if (r.speaker_name !== null) q.speakerName = r.speaker_name;
        const roles = r.speaker_roles === null ? [] : (JSON.parse(r.speaker_roles) as string[]);
        if (roles.length > 0) q.speakerRoles = roles;
        return q;
      });
    });
  }

  // ------------------------------------------------------------------- reuse

  async putReuse(reuse: Reuse[]): Promise<void> {
    this.check("storing reuse links");
    while (this.busy !== null) await this.busy;
    wrap(`storing ${reuse.length} reuse links`, this.where, () => this.db.transaction(() => this.writeReuse(reuse))());
  }

  private writeReuse(reuse: Reuse[]): void {
    for (const r of reuse) {
      const n = normaliseReuse(r);
      this.stmts.upsertReuse.run(n.a, n.b, n.kind, n.similarity, n.direction?.source ?? null, json(n));
    }
  }

  async reuseOf(id: string): Promise<Reuse[]> {
    this.check("reading reuse links");
    while (this.busy !== null) await this.busy;
    return wrap(`reading the reuse links of ${id}`, this.where, () =>
      this.stmts.reuseOf.all(id, id).map((r) => JSON.parse(r.doc) as Reuse),
    );
  }

  // ----------------------------------------------------------------- stories

  async putStories(stories: Story[], threads: Thread[]): Promise<void> {
    this.check("storing stories");
    while (this.busy !== null) await this.busy;
    wrap(`storing ${stories.length} stories and ${threads.length} threads`, this.where, () =>
      this.db.transaction(() => this.writeStories(stories, threads))(),
    );
  }

  private writeStories(stories: Story[], threads: Thread[]): void {
    const s = this.stmts;
    for (const t of threads) s.upsertThread.run(t.id, json(t));
    for (const st of stories) {
      s.upsertStory.run(st.id, st.thread, st.headline, st.firstSeen, st.lastSeen, json(st));
      s.deleteStoryArticles.run(st.id);
      s.deleteStoryOutlets.run(st.id);
      for (const a of st.articles) s.insertStoryArticle.run(st.id, a, "member");
      for (const a of st.touching ?? []) s.insertStoryArticle.run(st.id, a, "touching");
      for (const o of st.outlets ?? []) s.insertStoryOutlet.run(st.id, o.outlet);
    }
  }

  async stories(filter: StoryFilter = {}): Promise<Story[]> {
    this.check("listing stories");
    while (this.busy !== null) await this.busy;
    return wrap("listing stories", this.where, () => {
      const where: string[] = [];
      const params: Record<string, string> = {};
      if (filter.since !== undefined) {
        where.push("ifnull(s.last_seen, '') >= @since");
        params.since = filter.since;
      }
      if (filter.outlet !== undefined) {
        where.push("s.id IN (SELECT story_id FROM story_outlets WHERE outlet = @outlet)");
        params.outlet = filter.outlet;
      }
      if (filter.entities !== undefined) {
        const names = filter.entities.map((id, i) => {
          params[`entity${i}`] = id;
          return `@entity${i}`;
        });
        where.push(
          `s.id IN (SELECT sa.story_id FROM mentions m JOIN story_articles sa ON sa.article_id = m.article_id
           WHERE sa.role = 'member' AND m.entity_id IN (${["NULL", ...names].join(", ")}))`,
        );
      }
      return this.db
        .prepare<[Record<string, string>], { doc: string }>(
          `SELECT s.doc FROM stories s WHERE ${[...where, "1"].join(" AND ")}
           ORDER BY ifnull(s.last_seen, '') DESC, s.id`,
        )
        .all(params)
        .map((r) => JSON.parse(r.doc) as Story);
    });
  }

  async getStory(id: string): Promise<Story | undefined> {
    this.check("reading a story");
    while (this.busy !== null) await this.busy;
    return wrap(`reading story ${id}`, this.where, () => {
      const row = this.stmts.storyById.get(id);
      return row === undefined ? undefined : (JSON.parse(row.doc) as Story);
    });
  }

  async getThread(id: string): Promise<Thread | undefined> {
    this.check("reading a thread");
    while (this.busy !== null) await this.busy;
    return wrap(`reading thread ${id}`, this.where, () => {
      const row = this.stmts.threadById.get(id);
      return row === undefined ? undefined : (JSON.parse(row.doc) as Thread);
    });
  }

  async storyOf(articleId: string): Promise<Story | undefined> {
    this.check("finding an article's story");
    while (this.busy !== null) await this.busy;
    return wrap(`finding the story of ${articleId}`, this.where, () => {
      const row = this.stmts.storyOf.get(articleId);
      return row === undefined ? undefined : (JSON.parse(row.doc) as Story);
    });
  }

  // ------------------------------------------------------------ state/resume

  async getState<T>(key: string): Promise<T | undefined> {
    this.check("reading state");
    while (this.busy !== null) await this.busy;
    return wrap(`reading state "${key}"`, this.where, () => {
      const row = this.stmts.getState.get(key);
      return row === undefined ? undefined : (JSON.parse(row.value) as T);
    });
  }

  async setState(key: string, value: unknown): Promise<void> {
    this.check("writing state");
    while (this.busy !== null) await this.busy;
    wrap(`writing state "${key}"`, this.where, () => this.writeState(key, value));
  }

  private writeState(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    if (text === undefined) {
      throw new MarsadError("ERR_STORE", `cannot store state "${key}": the value is not JSON-serialisable`, this.where);
    }
    this.stmts.setState.run(key, text, this.now().toISOString());
  }

  async stateItems<T>(key: string): Promise<[string, T][]> {
    this.check("reading state items");
    while (this.busy !== null) await this.busy;
    return wrap(`reading the items of state "${key}"`, this.where, () =>
      this.stmts.stateItems.all(key).map((r): [string, T] => [r.item, JSON.parse(r.value) as T]),
    );
  }

  async putStateItems(key: string, change: StateItemsChange): Promise<void> {
    this.check("writing state items");
    while (this.busy !== null) await this.busy;
    wrap(`writing the items of state "${key}"`, this.where, () =>
      this.db.transaction(() => this.writeStateItems(key, change))(),
    );
  }

  private writeStateItems(key: string, change: StateItemsChange): void {
    const s = this.stmts;
    if (change.clear) s.clearStateItems.run(key);
    for (const item of change.deletes) s.deleteStateItem.run(key, item);
    for (const [item, value] of change.upserts) {
      const text = JSON.stringify(value);
      if (text === undefined) {
        throw new MarsadError(
          "ERR_STORE",
          `cannot store item "${item}" of state "${key}": the value is not JSON-serialisable (nothing was written)`,
          this.where,
        );
      }
      // Delete, then insert: a rewritten item moves to the end of the order.
      s.deleteStateItem.run(key, item);
      s.insertStateItem.run(key, item, text);
    }
    if (change.header !== undefined) this.writeState(key, change.header);
  }

  async putAnalysis(write: AnalysisWrite): Promise<void> {
    this.check("storing an analysis batch");
    while (this.busy !== null) await this.busy;
    const what =
      `the analysis of ${write.annotations.length} articles (${write.reuse.length} reuse links, ` +
      `${write.stories.length} stories)`;
    wrap(`storing ${what}`, this.where, () => {
      this.db.transaction(() => {
        this.writeManyAnnotations(write.annotations);
        this.writeReuse(write.reuse);
        this.writeEntities(write.entities);
        this.writeStories(write.stories, write.threads);
        for (const { key, change } of write.stateItems) this.writeStateItems(key, change);
        for (const { key, value } of write.state) this.writeState(key, value);
      })();
    });
  }

  async sourceDone(source: string, fingerprint: string): Promise<boolean> {
    this.check("checking a source");
    while (this.busy !== null) await this.busy;
    return wrap(
      `checking source ${source}`,
      this.where,
      () => this.stmts.sourceDone.get(source, fingerprint) !== undefined,
    );
  }

  async markSourceDone(source: string, fingerprint: string): Promise<void> {
    this.check("marking a source done");
    while (this.busy !== null) await this.busy;
    wrap(`marking source ${source} done`, this.where, () =>
      this.stmts.markSource.run(source, fingerprint, this.now().toISOString()),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    while (this.busy !== null) await this.busy;
    this.closed = true;
    await this.pool?.close();
    wrap("closing the store", this.where, () => {
      if (!this.db.readonly && this.db.open) this.db.pragma("optimize");
      this.db.close();
    });
  }
}

/** Folded name for matching speakers and entity names: folded, whitespace collapsed. */
function normName(name: string): string {
  return foldText(name).replace(/\s+/g, " ").trim();
}

/** One row per unordered pair: `a < b`, passages swapped with the ends. */
function normaliseReuse(r: Reuse): Reuse {
  if (r.a <= r.b) return r;
  return { ...r, a: r.b, b: r.a, passages: r.passages.map((p) => ({ a: p.b, b: p.a, words: p.words })) };
}
