import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MarsadError } from "../../errors.js";
import {
  type ClusterHeader,
  clusterToken,
  decodeClusters,
  defaultClusters,
  EMPTY_CLUSTERS,
  encodeClusters,
} from "./clusters.js";
import { FEATURE_VERSION } from "./features.js";
import { encodeModel } from "./model-file.js";
import { trainPerceptron } from "./perceptron.js";
import { readTagger } from "./tagger.js";

const header: ClusterHeader = {
  format: "marsad-clusters",
  version: 1,
  words: 0,
  levels: [512, 128, 32],
  method: "test",
  sources: ["written for this test"],
};

describe("word-cluster table", () => {
  it("keys words as the gazetteers do and numbers as one word", () => {
    expect(clusterToken("والعراق")).toBe("عراق");
    expect(clusterToken("بغداد")).toBe("بغداد");
    expect(clusterToken("2024")).toBe("<num>");
    expect(clusterToken("،")).toBe("،");
  });
  it("round-trips ids of every level, packed 10 bits a level", () => {
    const t = decodeClusters(
      encodeClusters(
        header,
        new Map([
          ["بغداد", [511, 127, 31]],
          ["دمشق", [3, 2, 1]],
        ]),
      ),
      "t.gz",
    );
    expect(t.levels).toBe(3);
    expect(t.get("بغداد")).toBe(511 | (127 << 10) | (31 << 20));
    expect(t.get("دمشق")).toBe(3 | (2 << 10) | (1 << 20));
    expect(t.get("القاهره")).toBeUndefined();
    expect(t.id).toMatch(/^[0-9a-f]{12}$/);
  });
  it("rejects what is not a table, naming the file", () => {
    expect(() => decodeClusters(new Uint8Array([1, 2, 3]), "bad.gz")).toThrow(/bad\.gz.*ERR_MODEL/);
    const short = encodeClusters({ ...header, levels: [4, 2] }, new Map([["a", [1, 1]]]));
    expect(() => decodeClusters(short, "t.gz")).not.toThrow();
    expect(() => encodeClusters(header, new Map([["a", [1024, 0, 0]]]))).toThrow(RangeError);
  });
  it("the committed table puts capitals with capitals and first names with first names", () => {
    const t = defaultClusters();
    expect(t.header.words).toBeGreaterThan(20000);
    const fine = (w: string) => (t.get(w) as number) & 1023;
    const coarse = (w: string) => ((t.get(w) as number) >>> 20) & 1023;
    expect(t.get("بغداد")).toBeDefined();
    expect(fine("بغداد")).toBe(fine("بيروت"));
    expect(coarse("بغداد")).toBe(coarse("قاهره"));
    expect(fine("محمد")).toBe(fine("احمد"));
    expect(coarse("بغداد")).not.toBe(coarse("محمد"));
  });
  it("a model trained with one table refuses another", () => {
    const data = [{ tokens: ["قال", "احمد", "علي"], tags: [0, 1, 2] }];
    const table = decodeClusters(encodeClusters(header, new Map([["احمد", [1, 1, 1]]])), "t.gz");
    const m = trainPerceptron(data, { bits: 12, epochs: 2, seed: 1, clusters: table });
    const dir = mkdtempSync(path.join(tmpdir(), "marsad-ner-"));
    const file = path.join(dir, "m.bin");
    writeFileSync(file, encodeModel(m, FEATURE_VERSION, { clusters: { id: table.id } }));
    expect(readTagger(file, () => table).tag(["قال", "احمد", "علي"])).toEqual(["O", "B-PER", "I-PER"]);
    expect(() => readTagger(file, () => EMPTY_CLUSTERS)).toThrow(MarsadError);
    expect(() => readTagger(file, () => EMPTY_CLUSTERS)).toThrow(/trained with word-cluster table/);
  });
});
