/**
 * Named entities: the tagger, per-article mentions with resolution, and the
 * cross-article resolver. See find.ts, tagger.ts and resolver.ts.
 */
export { findEntities } from "./find.js";
export { canonicalKey, entityId, knownAlias } from "./names.js";
export { EntityResolver } from "./resolver.js";
export { loadTagger, type Tagger } from "./tagger.js";
