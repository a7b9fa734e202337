import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../eval/csv.js";
import {
  EXCLUDED_LANGUAGES,
  fitWeights,
  renderWeights,
  sameLanguagePairs,
  samples,
  WEIGHTS_FILE,
} from "../../scripts/build-pairscore.js";
import { PAIR_WEIGHTS } from "../../src/link/pair-weights.js";

const HEADER = ["", "pair_id", "lang1", "lang2", "text1", "text2", "Geography", "Overall"];
const row = (id: string, l1: string, l2: string, overall: string) => [
  "0",
  id,
  l1,
  l2,
  `${id} a`,
  `${id} b`,
  "1",
  overall,
];

describe("sameLanguagePairs", () => {
  it("keeps same-language pairs outside Arabic, Chinese and the excluded ids, merging repeated ids", () => {
    const train = [HEADER, row("1_2", "en", "en", "1"), row("3_4", "de", "en", "2"), row("5_6", "ar", "ar", "1")];
    const test = [HEADER, row("1_2", "en", "en", "2"), row("7_8", "zh", "zh", "1"), row("9_10", "tr", "tr", "4")];
    test.push(row("11_12", "es", "es", "3"));
    const pairs = sameLanguagePairs([train, test], new Set(["11_12"]));
    expect(pairs.map((p) => [p.id, p.lang, p.gold])).toEqual([
      ["1_2", "en", 3.5],
      ["9_10", "tr", 1],
    ]);
    expect(pairs[0]?.text1).toBe("1_2 a");
    expect(EXCLUDED_LANGUAGES.has("ar")).toBe(true);
  });

  it("throws when a column is missing", () => {
    expect(() => sameLanguagePairs([[["pair_id", "lang1"]]], new Set())).toThrow(/lang2/);
  });
});

describe("fitWeights", () => {
  it("recovers the slopes of an exact linear relation, scaled to sum to 1", () => {
    const xs = [
      [0.1, 0.0],
      [0.5, 0.2],
      [0.3, 0.9],
      [0.8, 0.4],
      [0.0, 0.6],
    ].map(([body = 0, lead = 0]) => ({ body, lead, gold: 1 + 2 * body + 3 * lead }));
    expect(fitWeights(xs)).toEqual({ body: 0.4, lead: 0.6 });
  });

  it("refuses a negative slope", () => {
    const xs = [
      [0.1, 0.0],
      [0.5, 0.2],
      [0.3, 0.9],
    ].map(([body = 0, lead = 0]) => ({ body, lead, gold: 2 * body - lead }));
    expect(() => fitWeights(xs)).toThrow(/not both positive/);
  });
});

describe("renderWeights", () => {
  it("writes the weights as the module pairScore imports", () => {
    const src = renderWeights({ body: 0.25, lead: 0.75 }, "3 pairs");
    expect(src).toContain("export const PAIR_WEIGHTS = { body: 0.25, lead: 0.75 } as const;");
    expect(src).toContain("3 pairs");
  });
});

const SHARED = process.env.MARSAD_SHARED ?? path.resolve(import.meta.dirname, "../../../shared/data");
const DIR = path.join(SHARED, "pairs/semeval2022-ar");
const FILES = ["training_set.csv", "testing_set.csv"].map((f) => path.join(DIR, f));

describe.skipIf(!FILES.every(existsSync))("the committed weights", () => {
  it("are what `npm run build:pairscore` fits on the SemEval data", () => {
    const arabic = readFileSync(path.join(DIR, "ar_ar_pairs.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { pair_id: string }).pair_id);
    const all = samples(sameLanguagePairs(FILES.map(readCsv), new Set(arabic)));
    expect(all.some((s) => s.lang === "ar")).toBe(false);
    const w = fitWeights(all);
    expect(w).toEqual({ body: PAIR_WEIGHTS.body, lead: PAIR_WEIGHTS.lead });
    expect(readFileSync(WEIGHTS_FILE, "utf8")).toContain(`{ body: ${w.body}, lead: ${w.lead} }`);
  });
});
