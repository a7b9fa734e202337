/**
 * The store: the `Store` interface, the SQLite implementation (`openStore`) and
 * the store-independent search helpers.
 *
 * @example
 * import { openStore } from "./store/index.js";
 * const store = openStore(":memory:");
 */

export {
  ftsExpression,
  indexText,
  matchSpans,
  parseQuery,
  type QueryTerm,
  SNIPPET_CHARS,
  snippetAround,
} from "./search.js";
export { MIGRATIONS, type Migration, migrate, SCHEMA_VERSION } from "./sqlite/migrations.js";
export { openStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.js";
export * from "./store.js";
