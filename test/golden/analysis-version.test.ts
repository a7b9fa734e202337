/**
 * A store records the analysis version that built it (ANALYSIS_VERSION, src/incremental.ts), so that it can say
 * when `marsad reanalyze` would change it. This test keeps that version honest: it fingerprints what the
 * analysis makes of the sample corpus, and fails when the fingerprint changes while the version does not.
 */

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION } from "../../src/incremental.js";
import { readArticles } from "../../src/pipeline.js";
import { runStages } from "../../src/stages.js";

const CORPUS = fileURLToPath(new URL("../../examples/corpus/input", import.meta.url));
const RECORD = fileURLToPath(new URL("./analysis-version.json", import.meta.url));

describe("golden: the analysis version", () => {
  it("changes whenever the analysis of the sample corpus does", async () => {
    const { articles } = await readArticles([CORPUS]);
    const parts = runStages(articles);
    const fingerprint = createHash("sha256")
      .update(
        JSON.stringify({
          annotations: [...(parts.annotations ?? [])].sort(([a], [b]) => a.localeCompare(b)),
          entities: parts.entities,
          reuse: parts.reuse,
          stories: parts.stories,
          threads: parts.threads,
        }),
      )
      .digest("hex");
    const recorded = JSON.parse(readFileSync(RECORD, "utf8")) as { version: string; sha256: string };
    const now = JSON.stringify({ version: ANALYSIS_VERSION, sha256: fingerprint });
    if (recorded.sha256 !== fingerprint) {
      expect(
        ANALYSIS_VERSION,
        `The analysis of examples/corpus/input changed. When that is meant, stores built before should say so: set ANALYSIS_VERSION in src/incremental.ts to today's date, then write {"version": that date, "sha256": "${fingerprint}"} to test/golden/analysis-version.json.`,
      ).not.toBe(recorded.version);
    }
    expect(recorded, `write ${now} to test/golden/analysis-version.json`).toEqual({
      version: ANALYSIS_VERSION,
      sha256: fingerprint,
    });
  });
});
