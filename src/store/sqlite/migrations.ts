/**
 * Numbered schema migrations of the SQLite store.
 *
 * The applied ones are recorded in `schema_version`. Each runs in its own
 * transaction, so a failure leaves the store at the previous version; never edit
 * a released migration, add the next number instead.
 */

import type Database from "better-sqlite3";
import { MarsadError } from "../../errors.js";
import { indexText } from "../index-text.js";

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

const sql =
  (text: string) =>
  (db: Database.Database): void => {
    db.exec(text);
  };

/** The migrations in order; `version` is 1, 2, 3… without gaps. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, versions and the stem index",
    up: sql(`
      -- Small columns first: SQLite reads a row's columns in order, and a column after the
      -- text would make every filter walk the text's overflow pages.
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        outlet TEXT NOT NULL,
        url TEXT,
        published_at TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        superseded_by TEXT REFERENCES articles(id),
        ingested_at TEXT NOT NULL,
        title TEXT NOT NULL,
        -- the rest of the Article (path, source, byline, dateline, removed, messages, date evidence)
        doc TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX articles_order ON articles (ifnull(published_at, ''), id);
      CREATE INDEX articles_outlet ON articles (outlet, ifnull(published_at, ''), id);
      CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
      -- current versions by outlet: count() and outlets() read only this index
      CREATE INDEX articles_current ON articles (outlet) WHERE superseded_by IS NULL;

      -- url → ordered article ids
      CREATE TABLE versions (
        url TEXT NOT NULL,
        version INTEGER NOT NULL,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),
        PRIMARY KEY (url, version)
      ) WITHOUT ROWID;

      -- Space-joined folded stems of the current version of each article; rowid = articles.rowid.
      -- Contentless: the text lives in articles, snippets are cut from it.
      -- The ascii tokenizer splits on ASCII spaces/punctuation and keeps every other character:
      -- stems are already folded words, so it tokenises them exactly as unicode61 would and
      -- measured 1.8x faster here (bench/store.ts).
      CREATE VIRTUAL TABLE fts USING fts5(
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'ascii'
      );
      CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');

      CREATE TABLE sources (
        source TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        done_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `),
  },
  {
    version: 2,
    name: "annotations, entities, mentions and quotes",
    up: sql(`
      CREATE TABLE annotations (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        doc TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        folded_name TEXT NOT NULL,
        type TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]'
      ) WITHOUT ROWID;
      CREATE INDEX entities_name ON entities (folded_name);

      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        folded TEXT NOT NULL,
        alias TEXT NOT NULL,
        UNIQUE (entity_id, folded)
      ); -- rowid keeps the order aliases were first seen
      CREATE INDEX entity_aliases_folded ON entity_aliases (folded);

      CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        entity_id TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end")
      ) WITHOUT ROWID;
      CREATE INDEX mentions_entity ON mentions (entity_id);

      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        speaker_folded TEXT,
        speaker_entity TEXT,
        doc TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE INDEX quotes_speaker ON quotes (speaker_folded);
      CREATE INDEX quotes_entity ON quotes (speaker_entity);
    `),
  },
  {
    version: 3,
    name: "reuse links, stories and threads",
    up: sql(`
      CREATE TABLE reuse (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        kind TEXT NOT NULL,
        similarity REAL NOT NULL,
        source TEXT,
        doc TEXT NOT NULL,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX reuse_b ON reuse (b);

      CREATE TABLE threads (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        thread TEXT NOT NULL,
        headline TEXT NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        doc TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX stories_last_seen ON stories (ifnull(last_seen, ''));
      CREATE INDEX stories_thread ON stories (thread);

      CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('member', 'touching')),
        PRIMARY KEY (story_id, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_articles_article ON story_articles (article_id, role);

      CREATE TABLE story_outlets (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        outlet TEXT NOT NULL,
        PRIMARY KEY (story_id, outlet)
      ) WITHOUT ROWID;
      CREATE INDEX story_outlets_outlet ON story_outlets (outlet);
    `),
  },
  {
    version: 4,
    name: "a 16 MB write buffer for the stem index",
    // FTS5 flushes its in-memory terms to a new segment whenever they pass 'hashsize' (1 MB by
    // default), several times per ingest batch; 16 MB flushes once per batch and stores the
    // 62k-article ant + saudinewsnet set 20% faster (measured against the default in one run).
    up: sql(`INSERT INTO fts (fts, rank) VALUES ('hashsize', 16777216);`),
  },
  {
    version: 5,
    name: "keyed state items",
    // A stage whose state is a large set of items that rarely change (the linker's working set)
    // writes only the items that changed in a batch, instead of the whole state as one JSON value.
    // `seq` keeps the order the items were written in (the linker evicts oldest first).
    up: sql(`CREATE TABLE state_items (
      seq INTEGER PRIMARY KEY,
      key TEXT NOT NULL,
      item TEXT NOT NULL,
      value TEXT NOT NULL,
      UNIQUE (key, item)
    );`),
  },
  {
    version: 6,
    name: "numbers with thousands separators as one term in the stem index",
    // The stem index now writes 1,200 and ١٬٢٠٠ as the term 1200; articles indexed before held 1 and 200,
    // so a search for 1200 missed them. Re-index the current articles that hold such a number.
    up: reindexGroupedNumbers,
  },
];

/** A digit, a thousands separator (comma, Arabic ٬) and three digits, in either script. */
const GROUPED_NUMBER = /[0-9٠-٩۰-۹][,٬][0-9٠-٩۰-۹]{3}/;

function reindexGroupedNumbers(db: Database.Database): void {
  const rows = db.prepare("SELECT rowid, title, text FROM articles WHERE superseded_by IS NULL");
  const remove = db.prepare("DELETE FROM fts WHERE rowid = ?");
  const insert = db.prepare("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)");
  const stale: { rowid: number; title: string; text: string }[] = [];
  for (const r of rows.iterate() as IterableIterator<{ rowid: number; title: string; text: string }>) {
    if (GROUPED_NUMBER.test(r.title) || GROUPED_NUMBER.test(r.text)) stale.push(r);
  }
  for (const r of stale) {
    remove.run(r.rowid);
    insert.run(r.rowid, indexText(r.title), indexText(r.text));
  }
}

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings `db` up to the newest migration; returns the versions it applied.
 * Throws `ERR_STORE_MIGRATION` naming the migration that failed (the store stays
 * at the version before it) or when the store is newer than this code.
 *
 * @example
 * migrate(db, MIGRATIONS, "marsad.db"); // [1, 2, 3] on a new store, [] afterwards
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  where?: string,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null };
  const current = row.v ?? 0;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new MarsadError(
      "ERR_STORE_MIGRATION",
      `the store is at schema version ${current} but this Marsad knows only up to ${latest}; upgrade Marsad to open it`,
      where,
    );
  }
  const record = db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)");
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    try {
      db.transaction(() => {
        m.up(db);
        record.run(m.version, m.name, new Date().toISOString());
      })();
    } catch (err) {
      throw new MarsadError(
        "ERR_STORE_MIGRATION",
        `migration ${m.version} "${m.name}" failed: ${(err as Error).message}; ` +
          `the store stays at schema version ${applied.at(-1) ?? current}; report this with the store file`,
        where,
      );
    }
    applied.push(m.version);
  }
  return applied;
}
