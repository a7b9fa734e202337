/**
 * The committed entity tagger (models/ner.bin), loaded once on first use.
 */

import path from "node:path";
import { foldText } from "../../arabic/fold.js";
import { MarsadError } from "../../errors.js";
import { findModelFile, readModelFile } from "../../models/table-file.js";
import { type ClusterTable, defaultClusters } from "./clusters.js";
import { FEATURE_VERSION, TAGS } from "./features.js";
import { decodeModel, ModelFormatError } from "./model-file.js";
import type { PerceptronModel } from "./perceptron.js";

/** BIO tagger over tokens (PER/ORG/LOC/MISC). */
export interface Tagger {
  /** BIO tags, one per token; tokens may be raw or folded (they are folded here). */
  tag(tokens: string[]): string[];
}

/** Where the model file is looked for: models/ner.bin at the package root. */
export const MODEL_FILE_NAME = "ner.bin";

/** models/ner.bin at the package root (a path that names it in the error when it is missing). */
function findModelPath(): string {
  return findModelFile(MODEL_FILE_NAME) ?? path.resolve("models", MODEL_FILE_NAME);
}

class PerceptronTagger implements Tagger {
  readonly model: PerceptronModel;
  readonly meta: unknown;
  constructor(model: PerceptronModel, meta: unknown) {
    this.model = model;
    this.meta = meta;
  }
  tag(tokens: string[]): string[] {
    const idx = this.model.predictIndices(tokens.map((t) => foldText(t)));
    return Array.from(idx, (i) => TAGS[i] as string);
  }
  /** Tags of tokens that are already folded, as indices into `TAGS`. */
  tagFolded(folded: readonly string[]): Uint8Array {
    return this.model.predictIndices(folded);
  }
  /**
   * The type the training data gave a word (its match key, `gazKey`) at least 80% of the times it was tagged
   * (لندن → "LOC"), or null: what the model's memory knows, for rules outside the model.
   */
  knownType(key: string): string | null {
    // The label lists the types in alphabetical order (محمود: "LOC0 PER2 hPER1"): the one at 80% need not be first.
    const label = this.model.memory.tokens.get(key)?.split(" h")[0];
    const m = label === undefined ? null : /(?:^|\s)(PER|ORG|LOC|MISC)2(?:\s|$)/.exec(label);
    return m ? (m[1] as string) : null;
  }
  /**
   * Every type the training data ever gave a word (its match key), however rarely (محمود → ["PER"]); empty for a
   * word it never tagged, which is then no name the training data saw.
   */
  taggedAs(key: string): string[] {
    const label = this.model.memory.tokens.get(key) ?? "";
    return [...label.split(" h")[0]!.matchAll(/(PER|ORG|LOC|MISC)\d/g)].map((m) => m[1] as string);
  }
  /**
   * True when the training data gave a word (its match key) this type at least 40% of the times it tagged it
   * (سلمان → PER), not merely once among others (رأي, once in a name: "PER0").
   */
  oftenTaggedAs(key: string, type: string): boolean {
    const label = this.model.memory.tokens.get(key)?.split(" h")[0] ?? "";
    return new RegExp(`(?:^|\\s)${type}[12](?:\\s|$)`).test(label);
  }
  /**
   * The types of names of several words the training data opened with a word (its match key) at least 40% of the
   * times it saw it (محمود → ["PER"], وزارة → ["ORG"]); empty for a word that seldom or never opens one.
   */
  opens(key: string): string[] {
    const heads = this.model.memory.tokens.get(key)?.split(" h")[1] ?? "";
    return [...heads.matchAll(/(PER|ORG|LOC|MISC)[12]/g)].map((m) => m[1] as string);
  }
}

/** The tagger as the annotators use it. */
export type LoadedTagger = Tagger & {
  tagFolded(folded: readonly string[]): Uint8Array;
  knownType(key: string): string | null;
  taggedAs(key: string): string[];
  oftenTaggedAs(key: string, type: string): boolean;
  opens(key: string): string[];
};

let loaded: PerceptronTagger | null = null;

/**
 * Reads and checks a model file; throws `MarsadError` ERR_MODEL naming the file.
 * `clusters` supplies the word-cluster table when the model was trained with one (default:
 * the committed models/clusters.tsv.gz). Prefer `loadTagger()`, which caches.
 */
export function readTagger(
  file: string,
  clusters: () => ClusterTable = defaultClusters,
): Tagger & { tagFolded(folded: readonly string[]): Uint8Array; meta: unknown } {
  const bytes = readModelFile(file, "the entity model", "npm run train");
  try {
    const d = decodeModel(bytes);
    if (d.featureVersion !== FEATURE_VERSION) {
      throw new ModelFormatError(
        `the model was trained with feature version ${d.featureVersion}, the code is at ${FEATURE_VERSION}`,
      );
    }
    // The word-cluster table the model was trained with (its id is in the metadata).
    const want = (d.meta as { clusters?: { id?: unknown } } | null)?.clusters?.id;
    if (typeof want === "string") {
      const table = clusters();
      if (table.id !== want) {
        throw new ModelFormatError(
          `the model was trained with word-cluster table ${want}, models/clusters.tsv.gz is ${table.id}`,
        );
      }
      d.model.clusters = table;
    }
    return new PerceptronTagger(d.model, d.meta);
  } catch (e) {
    if (e instanceof ModelFormatError || e instanceof SyntaxError) {
      throw new MarsadError("ERR_MODEL", `${e.message}; rebuild it with \`npm run train\``, file);
    }
    throw e;
  }
}

/**
 * The committed tagger, loaded on first call (lazy singleton).
 * Throws `MarsadError` ERR_MODEL naming the file when it is missing or corrupt.
 *
 * @example
 * loadTagger().tag(["قال", "مصطفى", "الكاظمي"]); // ["O", "B-PER", "I-PER"]
 */
export function loadTagger(): LoadedTagger {
  if (loaded === null) loaded = readTagger(findModelPath()) as PerceptronTagger;
  return loaded;
}
