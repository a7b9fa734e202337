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

/**
 * Trains a tagger on BIO-tagged folded sentences; the model carries the memory of all of them.
 *
 * @example
 * const model = trainTagger(sentences, { bits: 20, epochs: 10, seed: 1 });
 * model.predictIndices(["قال", "فؤاد", "حسين"]);
 */
export function trainTagger(
  sentences: readonly Sentence[],
  opts: Omit<TrainOptions, "memoryFor" | "memory">,
): PerceptronModel {
  const fold = (i: number) => i % MEMORY_FOLDS;
  const memories = Array.from({ length: MEMORY_FOLDS }, (_, k) =>
    buildMemory(sentences.filter((_, i) => fold(i) !== k)),
  );
  return trainPerceptron(
    sentences.map((s) => ({ tokens: s.tokens, tags: s.tags.map((t) => TAG_INDEX.get(t) ?? 0) })),
    {
      ...opts,
      memoryFor: (i) => memories[fold(i)] as (typeof memories)[number],
      memory: buildMemory(sentences),
    },
  );
}
