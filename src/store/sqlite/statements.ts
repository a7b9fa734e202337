/**
 * The SQLite store's prepared statements, compiled once per connection: the SQL of every
 * single-row read and write the store repeats (queries built per call stay in the store).
 */

import type Database from "better-sqlite3";

/** A row of the `articles` table. */
export interface ArticleRow {
  rowid: number;
  id: string;
  outlet: string;
  url: string | null;
  published_at: string | null;
  title: string;
  text: string;
  doc: string;
  version: number;
  superseded_by: string | null;
  ingested_at: string;
}

/** Prepares the statements on an open, migrated database. */
export function prepareStatements(db: Database.Database) {
  return {
    articleById: db.prepare<[string], ArticleRow>("SELECT * FROM articles WHERE id = ?"),
    articleByRowid: db.prepare<[number], ArticleRow>("SELECT * FROM articles WHERE rowid = ?"),
    exists: db.prepare<[string], { one: number }>("SELECT 1 AS one FROM articles WHERE id = ?"),
    articleByPrefix: db.prepare<[string, string], ArticleRow>(
      "SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
    ),
    latestOfUrl: db.prepare<[string], { article_id: string; version: number }>(
      "SELECT article_id, version FROM versions WHERE url = ? ORDER BY version DESC LIMIT 1",
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, outlet, url, published_at, title, text, doc, version, ingested_at)
       VALUES (@id, @outlet, @url, @published_at, @title, @text, @doc, @version, @ingested_at)`,
    ),
    insertVersion: db.prepare("INSERT INTO versions (url, version, article_id) VALUES (?, ?, ?)"),
    supersede: db.prepare("UPDATE articles SET superseded_by = ? WHERE id = ?"),
    rowidOf: db.prepare<[string], { rowid: number }>("SELECT rowid FROM articles WHERE id = ?"),
    insertFts: db.prepare("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)"),
    deleteFts: db.prepare("DELETE FROM fts WHERE rowid = ?"),
    annotationsOf: db.prepare<[string], { doc: string }>("SELECT doc FROM annotations WHERE article_id = ?"),
    upsertAnnotations: db.prepare(
      "INSERT INTO annotations (article_id, doc) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc",
    ),
    deleteMentions: db.prepare("DELETE FROM mentions WHERE article_id = ?"),
    insertMention: db.prepare(
      `INSERT OR REPLACE INTO mentions (article_id, start, "end", entity_id, type) VALUES (?, ?, ?, ?, ?)`,
    ),
    deleteQuotes: db.prepare("DELETE FROM quotes WHERE article_id = ?"),
    insertQuote: db.prepare(
      "INSERT INTO quotes (article_id, idx, speaker_folded, speaker_entity, doc) VALUES (?, ?, ?, ?, ?)",
    ),
    entityById: db.prepare<[string], { id: string; name: string; type: string; roles: string }>(
      "SELECT id, name, type, roles FROM entities WHERE id = ?",
    ),
    aliasesOf: db.prepare<[string], { alias: string }>(
      "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid",
    ),
    upsertEntity: db.prepare(
      `INSERT INTO entities (id, name, folded_name, type, roles) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, folded_name = excluded.folded_name,
         type = excluded.type, roles = excluded.roles`,
    ),
    insertAlias: db.prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, folded, alias) VALUES (?, ?, ?)"),
    upsertReuse: db.prepare(
      `INSERT INTO reuse (a, b, kind, similarity, source, doc) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, similarity = excluded.similarity,
         source = excluded.source, doc = excluded.doc`,
    ),
    reuseOf: db.prepare<[string, string], { doc: string }>(
      "SELECT doc FROM reuse WHERE a = ? UNION ALL SELECT doc FROM reuse WHERE b = ?",
    ),
    upsertThread: db.prepare(
      "INSERT INTO threads (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
    ),
    threadById: db.prepare<[string], { doc: string }>("SELECT doc FROM threads WHERE id = ?"),
    upsertStory: db.prepare(
      `INSERT INTO stories (id, thread, headline, first_seen, last_seen, doc) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET thread = excluded.thread, headline = excluded.headline,
         first_seen = excluded.first_seen, last_seen = excluded.last_seen, doc = excluded.doc`,
    ),
    deleteStoryArticles: db.prepare("DELETE FROM story_articles WHERE story_id = ?"),
    deleteStoryOutlets: db.prepare("DELETE FROM story_outlets WHERE story_id = ?"),
    insertStoryArticle: db.prepare(
      "INSERT OR IGNORE INTO story_articles (story_id, article_id, role) VALUES (?, ?, ?)",
    ),
    insertStoryOutlet: db.prepare("INSERT OR IGNORE INTO story_outlets (story_id, outlet) VALUES (?, ?)"),
    storyById: db.prepare<[string], { doc: string }>("SELECT doc FROM stories WHERE id = ?"),
    storyOf: db.prepare<[string], { doc: string }>(
      `SELECT s.doc FROM story_articles sa JOIN stories s ON s.id = sa.story_id
       WHERE sa.article_id = ? AND sa.role = 'member' ORDER BY ifnull(s.last_seen, '') DESC LIMIT 1`,
    ),
    getState: db.prepare<[string], { value: string }>("SELECT value FROM state WHERE key = ?"),
    setState: db.prepare(
      `INSERT INTO state (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ),
    stateItems: db.prepare<[string], { item: string; value: string }>(
      "SELECT item, value FROM state_items WHERE key = ? ORDER BY seq",
    ),
    deleteState: db.prepare<[string]>("DELETE FROM state WHERE key = ?"),
    clearStateItems: db.prepare<[string]>("DELETE FROM state_items WHERE key = ?"),
    deleteStateItem: db.prepare<[string, string]>("DELETE FROM state_items WHERE key = ? AND item = ?"),
    insertStateItem: db.prepare<[string, string, string]>(
      "INSERT INTO state_items (key, item, value) VALUES (?, ?, ?)",
    ),
    sourceDone: db.prepare<[string, string], { one: number }>(
      "SELECT 1 AS one FROM sources WHERE source = ? AND fingerprint = ?",
    ),
    markSource: db.prepare(
      `INSERT INTO sources (source, fingerprint, done_at) VALUES (?, ?, ?)
       ON CONFLICT (source) DO UPDATE SET fingerprint = excluded.fingerprint, done_at = excluded.done_at`,
    ),
    count: db.prepare<[], { articles: number; outlets: number }>(
      "SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets FROM articles WHERE superseded_by IS NULL",
    ),
    outlets: db.prepare<[], { outlet: string; articles: number }>(
      `SELECT outlet, count(*) AS articles FROM articles WHERE superseded_by IS NULL
       GROUP BY outlet ORDER BY articles DESC, outlet`,
    ),
    unanalysed: db.prepare<[], { n: number }>(
      `SELECT count(*) AS n FROM articles WHERE superseded_by IS NULL
       AND NOT EXISTS (SELECT 1 FROM annotations WHERE article_id = articles.id)`,
    ),
    docFreq: db.prepare<[string], { doc: number }>("SELECT doc FROM fts_vocab WHERE term = ?"),
  };
}

/** The prepared statements of one connection. */
export type Statements = ReturnType<typeof prepareStatements>;
