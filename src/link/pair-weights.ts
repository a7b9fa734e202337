/**
 * Weights of `pairScore` (similarity.ts): body TF-IDF cosine and lead coverage, by least squares on SemEval-2022
 * Task 8 pairs with no Arabic one: 1461 same-language pairs in 8 languages (de, en, es, fr, it, pl, ru, tr).
 * Written by `npm run build:pairscore` (scripts/build-pairscore.ts): do not edit by hand.
 */
export const PAIR_WEIGHTS = { body: 0.429, lead: 0.571 } as const;
