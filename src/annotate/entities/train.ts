/**
 * The training recipe shared by scripts/train-ner.ts (the shipped model) and
 * eval/entities.ts (measurement-only models): jackknifed entity memory, then the
 * structured averaged perceptron.
 */

import type { Sentence } from "./corpus.js";
import { buildMemory, TAG_INDEX } from "./features.js";
import { type PerceptronModel, type TrainOptions, trainPerceptron } from "./perceptron.js";

/** Folds of the jackknifed training-data memory: each sentence sees the names of the other 4/5. */
export const MEMORY_FOLDS = 5;

/** Options of `trainTagger`: those of one perceptron, and how many to average. */
export interface TaggerOptions extends Omit<TrainOptions, "memoryFor" | "memory"> {
  /**
   * Perceptrons trained on the same sentences in different orders (seeds `seed`,
   * `seed + MEMBER_SEED_STEP`, …) whose weights are averaged into the one model (default 1).
   * `onEpoch` reports the first one's epochs.
   */
  members?: number;
}

/** Distance between the seeds of successive ensemble members (a prime, far from the trial seeds). */
export const MEMBER_SEED_STEP = 1000003;

/**
 * Trains a tagger on BIO-tagged folded sentences; the model carries the memory of all of them.
 * With `members` > 1 the weights are the mean of that many perceptrons' (one table, so the
 * tagger is as large and as fast as with one).
 *
 * @example
 * const model = trainTagger(sentences, { bits: 20, epochs: 10, seed: 1, members: 4 });
 * model.predictIndices(["قال", "فؤاد", "حسين"]);
 */
export function trainTagger(sentences: readonly Sentence[], opts: TaggerOptions): PerceptronModel {
  const { members = 1, ...one } = opts;
  const fold = (i: number) => i % MEMORY_FOLDS;
  const memories = Array.from({ length: MEMORY_FOLDS }, (_, k) =>
    buildMemory(sentences.filter((_, i) => fold(i) !== k)),
  );
  const data = sentences.map((s) => ({ tokens: s.tokens, tags: s.tags.map((t) => TAG_INDEX.get(t) ?? 0) }));
  const recipe = {
    memoryFor: (i: number) => memories[fold(i)] as (typeof memories)[number],
    memory: buildMemory(sentences),
  };
  const model = trainPerceptron(data, { ...one, ...recipe });
  if (members <= 1) return model;
  const { onEpoch: _, ...quiet } = one;
  const w = model.weights;
  for (let e = 1; e < members; e++) {
    const other = trainPerceptron(data, { ...quiet, ...recipe, seed: opts.seed + e * MEMBER_SEED_STEP });
    const v = other.weights;
    for (let j = 0; j < w.length; j++) w[j] = (w[j] as number) + (v[j] as number);
  }
  for (let j = 0; j < w.length; j++) w[j] = (w[j] as number) / members;
  return model;
}
