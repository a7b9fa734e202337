/**
 * The one options object of the link stage (STYLE rule 6): MinHash, LSH banding,
 * passage alignment and the linker's working set. Every value is a named constant
 * saying why it is what it is.
 */

import { MarsadError } from "../errors.js";

/** 128 permutations (issue 3): standard error of the Jaccard estimate ≤ 0.044 (√(J(1−J)/128) at J = 0.5). */
export const PERMUTATIONS = 128;
/** Word 5-gram shingles (issue 3): long enough that common 2–3 word phrases do not make texts look alike. */
export const SHINGLE_WORDS = 5;
/**
 * 64 bands × 2 rows: the LSH threshold (1/b)^(1/r) ≈ 0.125. Real reprints share only ~30% of their 3-word
 * sequences (issue 3), so their 5-gram Jaccard is often 0.15–0.3: at J = 0.2 a pair becomes a candidate with
 * probability 1 − (1 − 0.2²)^64 ≈ 0.93, at J = 0.3 ≈ 0.998. The low threshold is safe because every
 * candidate is confirmed by alignment.
 */
export const BANDS = 64;
export const ROWS = 2;
/** Fixed seed: signatures must be comparable across runs, processes and stored states. */
export const SEED = 0x6d617273; // "mars"
/**
 * A candidate from the LSH index is aligned only if its estimated Jaccard reaches this: 8 of 128 slots
 * (0.0625) is ~6 standard deviations above the 0–1 slot matches of unrelated texts, and below what a
 * reprint with a changed lead or ending keeps. Pinned on SaudiNewsNet (eval/link.ts: verbatim-group recall 1.0).
 */
export const MIN_CANDIDATE_JACCARD = 0.0625;
/** Alignment seeds are exact word 3-grams: shorter seeds match function-word pairs (في ال…) everywhere. */
export const SEED_WORDS = 3;
/**
 * Two exact runs in the same order are one passage when at most this many words separate them on each
 * side: a changed word, a dropped clause, an inserted attribution (قال المصدر).
 */
export const MAX_GAP_WORDS = 8;
/**
 * A shared passage counts only from 12 aligned words: about one news sentence. Shorter matches are
 * boilerplate (وكالة الأنباء السعودية، بسم الله الرحمن الرحيم), titles of officials or quoted formulas,
 * and must not link two articles (issue 3, no spurious links).
 */
export const MIN_PASSAGE_WORDS = 12;
/** A seed 3-gram occurring more often than this in one text is a refrain, not evidence; it is skipped. */
export const MAX_SEED_OCCURRENCES = 32;
/**
 * A word 5-gram held by at least this many articles of the working set is a formula or boilerplate (honorific
 * titles such as صاحب السمو الملكي الأمير … ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء, sign-offs), not
 * evidence of copying: a passage must have `minPassageWords` words outside such shingles. 30 is twice the
 * outlets of SaudiNewsNet (14), so a wire reprinted by every outlet still counts; pinned on SaudiNewsNet, where
 * 12-word minimum passages alone linked thousands of unrelated articles through one title formula.
 */
export const COMMON_SHINGLE_ARTICLES = 30;
/** Near-duplicate: the aligned passages cover at least 80% of the words of both texts. */
export const NEAR_DUPLICATE_COVERAGE = 0.8;
/**
 * A near-duplicate may replace one word per 10 words beyond the first 40 of the shorter text. Edited reprints
 * retouch a dateline, an intro or a closing line (on the first 8,000 SaudiNewsNet articles these values keep
 * 1,436 of the 1,581 unconstrained near-duplicates; 1 per 25 words from the first kept 1,136), but in a text of
 * a headline's length a replaced word is a changed fact
 * (ANS contradictions: "… في الولايات المتحدة" → "… في فرنسا", "3.4 مليون" → "20 مليون"), not a copy:
 * with no allowance up to 40 words, 0.1% of ANS contradictions remain near-duplicates in the short-text setting.
 */
export const SUBSTITUTION_FREE_WORDS = 40;
export const WORDS_PER_SUBSTITUTION = 10;
/** Texts with fewer words are not linked (WARN_SHORT_TEXT): one 12-word passage is the least evidence. */
export const MIN_LINK_WORDS = MIN_PASSAGE_WORDS;
/** At most this many candidates are aligned per new article (best estimated Jaccard first): bounds time. */
export const MAX_CANDIDATES = 200;
/** The linker keeps at most this many articles (texts and signatures) in its working set. */
export const WORKING_SET_SIZE = 20_000;
/** …and forgets articles published more than this many days before the newest one. */
export const WINDOW_DAYS = 30;

export interface LinkOptions {
  /** Number of MinHash permutations (signature length). */
  permutations: number;
  /** Words per shingle. */
  shingleWords: number;
  /** LSH bands; `bands × rows` must not exceed `permutations`. */
  bands: number;
  /** Signature slots per band. */
  rows: number;
  /** Seed of the permutations. */
  seed: number;
  /** Least estimated Jaccard for an LSH candidate to be aligned. */
  minCandidateJaccard: number;
  /** Words per alignment seed. */
  seedWords: number;
  /** Largest gap (in words, on each side) bridged inside one passage. */
  maxGapWords: number;
  /** Least aligned words for a passage to count. */
  minPassageWords: number;
  /** Seeds more frequent than this in one text are skipped. */
  maxSeedOccurrences: number;
  /** Articles of the working set from which a shingle is common (boilerplate, formulas). */
  commonShingleArticles: number;
  /** Coverage of both texts from which a link is a near-duplicate. */
  nearDuplicateCoverage: number;
  /** Near-duplicates allow one substituted word per this many words of the shorter text beyond… */
  wordsPerSubstitution: number;
  /** …this many words (shorter texts allow none). */
  substitutionFreeWords: number;
  /** Least words for an article to be linked. */
  minLinkWords: number;
  /** Candidates aligned per article. */
  maxCandidates: number;
  /** Articles kept by the incremental linker. */
  workingSetSize: number;
  /** Days kept by the incremental linker, counted back from the newest dated article. */
  windowDays: number;
}

/** The defaults; see each constant for why. */
export const defaultLinkOptions: LinkOptions = Object.freeze({
  permutations: PERMUTATIONS,
  shingleWords: SHINGLE_WORDS,
  bands: BANDS,
  rows: ROWS,
  seed: SEED,
  minCandidateJaccard: MIN_CANDIDATE_JACCARD,
  seedWords: SEED_WORDS,
  maxGapWords: MAX_GAP_WORDS,
  minPassageWords: MIN_PASSAGE_WORDS,
  maxSeedOccurrences: MAX_SEED_OCCURRENCES,
  commonShingleArticles: COMMON_SHINGLE_ARTICLES,
  nearDuplicateCoverage: NEAR_DUPLICATE_COVERAGE,
  wordsPerSubstitution: WORDS_PER_SUBSTITUTION,
  substitutionFreeWords: SUBSTITUTION_FREE_WORDS,
  minLinkWords: MIN_LINK_WORDS,
  maxCandidates: MAX_CANDIDATES,
  workingSetSize: WORKING_SET_SIZE,
  windowDays: WINDOW_DAYS,
}) as LinkOptions;

/**
 * Defaults overridden by `partial`, checked.
 * @example resolveLinkOptions({ minPassageWords: 20 }).bands; // 64
 */
export function resolveLinkOptions(partial?: Partial<LinkOptions>): LinkOptions {
  const o: LinkOptions = { ...defaultLinkOptions };
  if (partial) {
    for (const [k, v] of Object.entries(partial)) {
      if (!(k in defaultLinkOptions)) {
        throw new MarsadError(
          "ERR_OPTIONS",
          `unknown key "${k}"; known: ${Object.keys(defaultLinkOptions).join(", ")}`,
          "link options",
        );
      }
      if (v !== undefined) (o as unknown as Record<string, number>)[k] = v as number;
    }
  }
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new MarsadError("ERR_OPTIONS", `"${k}" must be a non-negative number, got ${String(v)}`, "link options");
    }
  }
  if (o.bands * o.rows > o.permutations || o.bands < 1 || o.rows < 1) {
    throw new MarsadError(
      "ERR_OPTIONS",
      `bands × rows (${o.bands} × ${o.rows}) must be ≥ 1 and ≤ permutations (${o.permutations})`,
      "link options",
    );
  }
  if (o.shingleWords < 1 || o.seedWords < 1 || o.permutations < 1) {
    throw new MarsadError("ERR_OPTIONS", "shingleWords, seedWords and permutations must be ≥ 1", "link options");
  }
  return o;
}
