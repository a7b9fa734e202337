/**
 * The link stage: near-duplicates, shared passages and copy direction (issue 3, parts 1–3).
 *
 * @example
 * import { signature, estimateJaccard, LshIndex } from "./link/index.js";
 */

export { LshIndex } from "./lsh.js";
export { defaultLinkOptions, type LinkOptions, resolveLinkOptions } from "./options.js";
export { type WordHashes, wordHashes } from "./scan.js";
export { contentHash, EMPTY_SLOT, estimateJaccard, isEmptySignature, shingleHashes, signature } from "./signature.js";
