/**
 * The committed sample corpus is exactly what scripts/make-corpus.ts generates: no hand edits, no stale files,
 * and the generator is deterministic (two runs, same bytes).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, CORPUS_DIR, GENERATED_DIRS } from "../../scripts/make-corpus.js";

function listFiles(dir: string, rel = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...listFiles(dir, r));
    else out.push(r);
  }
  return out;
}

describe("sample corpus is reproducible", () => {
  it("every generated file matches the committed bytes, and nothing else sits in the generated folders", async () => {
    const files = await buildCorpus();
    const differing = [...files].filter(([rel, data]) => {
      try {
        return !readFileSync(path.join(CORPUS_DIR, rel)).equals(data);
      } catch {
        return true;
      }
    });
    expect(
      differing.map(([rel]) => rel),
      "run `npx tsx scripts/make-corpus.ts` and commit",
    ).toEqual([]);
    const onDisk = GENERATED_DIRS.flatMap((d) => listFiles(CORPUS_DIR, d));
    expect(onDisk.filter((rel) => !files.has(rel))).toEqual([]);
  });

  it("two builds give the same bytes", async () => {
    const [a, b] = [await buildCorpus(), await buildCorpus()];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [rel, data] of a) expect(data.equals(b.get(rel)!), rel).toBe(true);
  });
});
