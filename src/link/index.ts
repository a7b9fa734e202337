/**
 * The link stage: near-duplicates, shared passages and copy direction (issue 3, parts 1–3).
 *
 * @example
 * import { Linker } from "./link/index.js";
 * const linker = new Linker();
 * const { reuse, messages } = linker.link(article);
 */
export { type Alignment, alignPassages, alignWords, toPassagePairs, type WordPassage } from "./align.js";
export { copyDirection, creditedAgencies, type DirectionInput, outletAgency } from "./direction.js";
export {
  LINK_CODES,
  Linker,
  type LinkerChanges,
  type LinkerEntryJson,
  type LinkResult,
  linkArticles,
  originality,
} from "./linker.js";
export { LshIndex } from "./lsh.js";
export { defaultLinkOptions, type LinkOptions, resolveLinkOptions } from "./options.js";
export { type WordHashes, wordHashes } from "./scan.js";
export {
  contentHash,
  EMPTY_SLOT,
  estimateJaccard,
  isEmptySignature,
  shingleHashes,
  shinglesOfWords,
  signature,
} from "./signature.js";
export {
  contentStems,
  countDocumentFrequencies,
  type DocumentFrequencies,
  type PairScore,
  pairScore,
  tfidfCosine,
} from "./similarity.js";
export { ShingleCounts } from "./sketch.js";
export { loadWordVectors, semanticCosine, type WordVectors } from "./vectors.js";
