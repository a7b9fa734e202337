import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, ANALYSIS_VERSION_STATE, CLUSTER_STATE } from "./incremental.js";
import { ingest } from "./pipeline.js";
import { analysisStatus, REBUILD_STATE, reanalyze } from "./reanalysis.js";
import { openStore } from "./store/index.js";
import type { Store } from "./store/store.js";

/** The sample corpus: 33 files (pages, texts, a WARC, a JSONL), 43 documents. */
const CORPUS = fileURLToPath(new URL("../examples/corpus/input", import.meta.url));

/** Everything the analysis put in a store, keyed by article, in a comparable form. */
async function analysisOf(store: Store) {
  const perArticle: Record<string, unknown> = {};
  for await (const a of store.articles({ includeSuperseded: true })) {
    perArticle[a.id] = {
      annotations: await store.getAnnotations(a.id),
      reuse: (await store.reuseOf(a.id)).map((r) => `${r.a} ${r.b} ${r.kind} ${r.direction.source}`).sort(),
      story: (await store.storyOf(a.id))?.articles.slice().sort(),
    };
  }
  const stories = (await store.stories()).map((s) => ({ ...s, articles: [...s.articles].sort() }));
  const entities = (await store.entities()).map((e) => e.id).sort();
  return {
    perArticle,
    stories: stories.sort((x, y) => x.id.localeCompare(y.id)),
    entities,
    quotes: await store.quotes(),
  };
}

async function collectIds(articles: AsyncIterable<{ id: string }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const a of articles) ids.push(a.id);
  return ids;
}

async function analysedByIngest(): Promise<Store> {
  const store = openStore(":memory:");
  await ingest([CORPUS], store, { threads: false });
  return store;
}

describe("reanalyze", () => {
  it("analyses articles stored without analysis as an ingest that analysed them would", async () => {
    const reference = await analysisOf(await analysedByIngest());
    expect(reference.stories.length).toBeGreaterThan(5);
    expect(reference.quotes.length).toBeGreaterThan(10);
    expect(reference.entities.length).toBeGreaterThan(20);
    const store = openStore(":memory:");
    await ingest([CORPUS], store, { analyze: false, threads: false });
    expect(await analysisStatus(store)).toEqual({ unanalysed: 43, rebuilding: false });
    expect(await store.stories()).toEqual([]);

    const summary = await reanalyze(store, { batchSize: 7 });
    expect(summary).toMatchObject({ analysed: 43, resumedAfter: 0, interrupted: false });
    expect(summary.storiesOpened).toBe(reference.stories.length);
    expect(await analysisOf(store)).toEqual(reference);
    expect(await analysisStatus(store)).toEqual({ unanalysed: 0, rebuilding: false, version: ANALYSIS_VERSION });
  });

  it("replaces an earlier analysis whole: nothing of it is left", async () => {
    const reference = await analysisOf(await analysedByIngest());
    const store = await analysedByIngest();
    // What an earlier Marsad might have left: another entity, a stale story, other annotations, no version.
    const [first] = (await store.stories()).map((s) => s.articles[0] as string);
    await store.putEntities([{ id: "ent-old", type: "ORG", name: "كيان قديم", aliases: [] }]);
    await store.putAnnotations(first as string, { entities: [], quotes: [], numbers: [], dates: [] });
    await store.putStories(
      [
        {
          id: "s-old",
          articles: [first as string],
          touching: [],
          headline: "قصة قديمة",
          summary: [],
          thread: "t-old",
          outlets: [],
          firstSeen: null,
          lastSeen: null,
        },
      ],
      [{ id: "t-old", stories: ["s-old"] }],
    );
    await store.setState(ANALYSIS_VERSION_STATE, null);
    expect((await analysisStatus(store)).version).toBe("earlier");

    await reanalyze(store);
    expect(await analysisOf(store)).toEqual(reference);
    expect(await store.getEntity("ent-old")).toBeUndefined();
    expect(await store.getThread("t-old")).toBeUndefined();
    expect((await analysisStatus(store)).version).toBe(ANALYSIS_VERSION);
  });

  it("stops between batches, blocks an analysing ingest meanwhile, and goes on to the same result", async () => {
    const reference = await analysisOf(await analysedByIngest());
    const store = await analysedByIngest();
    let batches = 0;
    const stopped = await reanalyze(store, { batchSize: 10, shouldStop: () => batches++ >= 2 });
    expect(stopped).toMatchObject({ analysed: 20, interrupted: true });
    expect(await analysisStatus(store)).toMatchObject({ rebuilding: true, unanalysed: 23 });
    await expect(ingest([CORPUS], store, { threads: false })).rejects.toThrow(/run marsad reanalyze to finish it/);
    // Storing without analysis stays possible.
    await ingest([CORPUS], store, { analyze: false, threads: false });

    const progress: number[] = [];
    const resumed = await reanalyze(store, { batchSize: 10, onProgress: (p) => progress.push(p.done) });
    expect(resumed).toMatchObject({ analysed: 23, resumedAfter: 20, interrupted: false });
    expect(progress).toEqual([20, 30, 40, 43]);
    expect(await analysisOf(store)).toEqual(reference);
    expect(await store.getState(REBUILD_STATE)).toBeNull();
    expect(await analysisStatus(store)).toEqual({ unanalysed: 0, rebuilding: false, version: ANALYSIS_VERSION });
  });

  it("starts again when a run was killed inside a batch, after its annotations and before its state", async () => {
    const reference = await analysisOf(await analysedByIngest());
    const store = await analysedByIngest();
    let batches = 0;
    await reanalyze(store, { batchSize: 10, shouldStop: () => batches++ >= 2 });
    // The next batch's first annotations committed, then the process died.
    const [next] = (await collectIds(store.articles({ analysed: false, order: "stored" }))).slice(0, 1);
    await store.putAnnotations(next as string, { entities: [], quotes: [], numbers: [], dates: [] });
    const again = await reanalyze(store, { batchSize: 10 });
    expect(again).toMatchObject({ analysed: 43, resumedAfter: 0, interrupted: false });
    expect(await analysisOf(store)).toEqual(reference);
  });

  it("clears again when a run was killed between marking and clearing", async () => {
    const reference = await analysisOf(await analysedByIngest());
    const store = await analysedByIngest();
    await store.setState(REBUILD_STATE, { phase: "clearing", startedAt: "2026-12-07T10:00:00.000Z" });
    const summary = await reanalyze(store);
    expect(summary).toMatchObject({ analysed: 43, resumedAfter: 0 });
    expect(await analysisOf(store)).toEqual(reference);
  });

  it("says which analysis built a store", async () => {
    const empty = openStore(":memory:");
    expect(await analysisStatus(empty)).toEqual({ unanalysed: 0, rebuilding: false });
    const store = await analysedByIngest();
    expect(await analysisStatus(store)).toEqual({ unanalysed: 0, rebuilding: false, version: ANALYSIS_VERSION });
    // A store analysed before versions were recorded has the stages' state and no version.
    await store.clearAnalysis([ANALYSIS_VERSION_STATE]);
    expect(await store.getState(CLUSTER_STATE)).toBeDefined();
    expect(await analysisStatus(store)).toMatchObject({ version: "earlier", unanalysed: 43 });
  });
});
