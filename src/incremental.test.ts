import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { bridge, final, roundup, talks1, talks2 } from "./cluster/fixtures.test-util.js";
import { StoryClusterer } from "./cluster/index.js";
import { byPublication, CLUSTER_STATE, ENTITY_STATE, IncrementalAnalysis, LINK_STATE } from "./incremental.js";
import { Linker } from "./link/index.js";
import type { Article } from "./model/types.js";
import { openStore } from "./store/index.js";
import type { AnalysisWrite, Store } from "./store/store.js";

/** In publication order, as ingest would meet them. */
const articles: Article[] = [...bridge, ...final, roundup, talks1, talks2].sort((a, b) =>
  (a.publishedAt?.value as string) < (b.publishedAt?.value as string) ? -1 : 1,
);

/** What the analysis left in the store: every article's links and story. */
async function outcome(store: Store) {
  const out: Record<string, { links: string[]; story: string[] }> = {};
  for (const a of articles) {
    const links = (await store.reuseOf(a.id)).map((r) => `${r.a}>${r.b}:${r.kind}`).sort();
    const story = (await store.storyOf(a.id))?.articles ?? [];
    out[a.id] = { links, story: [...story].sort() };
  }
  return out;
}

async function analysed(batches: Article[][], before?: (store: Store) => Promise<void>): Promise<Store> {
  const store = openStore(":memory:");
  await store.putArticles(articles);
  await before?.(store);
  for (const batch of batches) {
    // A new session per batch: the state goes through the store each time.
    const analysis = await IncrementalAnalysis.open(store);
    await analysis.process(batch);
  }
  return store;
}

describe("IncrementalAnalysis", () => {
  it("resumes from its stored state exactly as one session does", async () => {
    const one = await analysed([articles]);
    const many = await analysed([articles.slice(0, 2), articles.slice(2, 5), articles.slice(5)]);
    const expected = await outcome(one);
    expect(Object.values(expected).some((x) => x.links.length > 0)).toBe(true);
    expect(await outcome(many)).toEqual(expected);
    // The linker's working set is stored one item per article, its header without them.
    expect((await many.stateItems(LINK_STATE)).map(([id]) => id)).toEqual(
      (await one.stateItems(LINK_STATE)).map(([id]) => id),
    );
    expect(await many.getState<Record<string, unknown>>(LINK_STATE)).not.toHaveProperty("entries");
    // So are the clusterer's stories (and document frequencies), its header without them.
    const stories = async (st: Store) =>
      (await st.stateItems(CLUSTER_STATE))
        .map(([k]) => k)
        .filter((k) => k.startsWith("s:"))
        .sort();
    expect(await stories(many)).toEqual(await stories(one));
    expect((await stories(one)).length).toBeGreaterThan(1);
    // And its threads, one item per thread.
    const threads = async (st: Store) =>
      (await st.stateItems<{ stories: string[] }>(CLUSTER_STATE))
        .filter(([k]) => k.startsWith("t:"))
        .map(([k, t]) => `${k}=${t.stories.join(",")}`)
        .sort();
    expect(await threads(many)).toEqual(await threads(one));
    expect((await threads(one)).length).toBeGreaterThan(1);
    expect(await many.getState(CLUSTER_STATE)).toMatchObject({ version: 3 });
    expect(await many.getState(CLUSTER_STATE)).not.toHaveProperty("stories");
    expect(await many.getState(CLUSTER_STATE)).not.toHaveProperty("threads");
    // And the resolver's entities, one item per id.
    expect(await many.getState(ENTITY_STATE)).toEqual({ version: 2 });
    const entityIds = async (st: Store) => (await st.stateItems(ENTITY_STATE)).map(([k]) => k).sort();
    expect(await entityIds(many)).toEqual(await entityIds(one));
    expect((await entityIds(one)).length).toBeGreaterThan(0);
  });

  it("reads a clusterer state stored whole by an earlier version and rewrites it as items", async () => {
    const first = articles.slice(0, 3);
    const rest = articles.slice(3);
    const store = await analysed([rest], async (s) => {
      // What an earlier Marsad left: the first three articles clustered, the whole state in one value.
      const c = new StoryClusterer();
      for (const a of first) c.add(a);
      await s.setState(CLUSTER_STATE, JSON.parse(JSON.stringify(c.toJSON())));
    });
    expect(await store.getState(CLUSTER_STATE)).toMatchObject({ version: 3 });
    const keys = (await store.stateItems(CLUSTER_STATE)).map(([k]) => k);
    expect(keys).toContain("df");
    // The bridge's third report joined the story that the old state opened for its first two.
    expect((await store.storyOf("bridge-3"))?.articles).toEqual(expect.arrayContaining(["bridge-1", "bridge-3"]));
    // A later session reads the items back: a fourth report joins that story.
    const fourth: Article = { ...bridge[2]!, id: "bridge-4", outlet: "outlet-q", source: "bridge-4" };
    await store.putArticles([fourth]);
    await (await IncrementalAnalysis.open(store)).process([fourth]);
    expect((await store.storyOf("bridge-4"))?.articles).toEqual(expect.arrayContaining(["bridge-1", "bridge-4"]));
  });

  it("reads a clusterer header that holds the threads (version 2) and rewrites them as items", async () => {
    const first = articles.slice(0, 3);
    const rest = articles.slice(3);
    let threadsBefore: string[] = [];
    const store = await analysed([rest], async (s) => {
      // What Marsad left before threads were items: stories and frequencies as items, threads in the header.
      const c = new StoryClusterer();
      for (const a of first) c.add(a);
      const ch = c.takeChanges();
      threadsBefore = c.threads().map((t) => t.id);
      await s.putStateItems(CLUSTER_STATE, {
        header: { ...ch.header, version: 2, threads: c.threads().map((t) => [t.id, t.stories]) },
        clear: true,
        upserts: ch.upserts.filter(([k]) => !k.startsWith("t:")),
        deletes: [],
      });
    });
    expect(await store.getState(CLUSTER_STATE)).toMatchObject({ version: 3 });
    expect(await store.getState(CLUSTER_STATE)).not.toHaveProperty("threads");
    const keys = (await store.stateItems(CLUSTER_STATE)).map(([k]) => k);
    expect(threadsBefore.length).toBeGreaterThan(0);
    expect(keys).toEqual(expect.arrayContaining(threadsBefore.map((t) => `t:${t}`)));
    // The bridge's third report joined the story that the old state opened for its first two.
    expect((await store.storyOf("bridge-3"))?.articles).toEqual(expect.arrayContaining(["bridge-1", "bridge-3"]));
  });

  it("reads a linker state stored whole by an earlier version and rewrites it as items", async () => {
    const first = articles.slice(0, 3); // bridge-1, final-1, bridge-2
    const store = await analysed([articles.slice(3)], async (s) => {
      // What an earlier Marsad left: the first three articles linked, the whole state in one value.
      const linker = new Linker();
      for (const a of first) linker.link(a);
      await s.setState(LINK_STATE, linker.toJSON());
    });
    expect(await store.getState<Record<string, unknown>>(LINK_STATE)).not.toHaveProperty("entries");
    const ids = (await store.stateItems(LINK_STATE)).map(([id]) => id);
    expect(ids.slice(0, 3)).toEqual(first.map((a) => a.id));
    expect(ids).toHaveLength(articles.length);
    // A later article was linked against one the old state held: the roundup pastes the final's report.
    expect((await store.reuseOf("final-1")).map((r) => `${r.a}>${r.b}`)).toEqual(["final-1>roundup-1"]);
  });

  it("writes a batch all or nothing: one that fails halfway leaves the store as it was, and a rerun catches up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-incremental-"));
    const path = join(dir, "store.db");
    const store = openStore(path);
    const db = new Database(path);
    try {
      await store.putArticles(articles);
      await (await IncrementalAnalysis.open(store)).process(articles.slice(0, 3));
      const before = await outcome(store);
      const stateBefore = await store.stateItems(CLUSTER_STATE);
      // The disk fills when the clusterer's state is written: after the annotations, links and stories.
      db.exec(`CREATE TRIGGER disk_full BEFORE INSERT ON state_items WHEN NEW.key = '${CLUSTER_STATE}'
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
      const failing = await IncrementalAnalysis.open(store);
      await expect(failing.process(articles.slice(3))).rejects.toThrow(/disk full/);
      expect(await outcome(store)).toEqual(before);
      for (const a of articles.slice(3)) expect(await store.getAnnotations(a.id)).toBeUndefined();
      expect(await store.stateItems(CLUSTER_STATE)).toEqual(stateBefore);
      // Space again: the batch is analysed as if the failure had never happened.
      db.exec("DROP TRIGGER disk_full");
      await (await IncrementalAnalysis.open(store)).process(articles.slice(3));
      expect(await outcome(store)).toEqual(await outcome(await analysed([articles.slice(0, 3), articles.slice(3)])));
    } finally {
      db.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes, per batch, the stories the batch changed, not the whole working set", async () => {
    const store = openStore(":memory:");
    await store.putArticles(articles);
    const written: string[][] = [];
    const watched = new Proxy(store, {
      get(target, key) {
        if (key === "putAnalysis") {
          return (w: AnalysisWrite) => {
            written.push(w.stories.map((st) => st.id));
            return target.putAnalysis(w);
          };
        }
        const v = Reflect.get(target, key);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
    const analysis = await IncrementalAnalysis.open(watched);
    await analysis.process(articles.slice(0, -1));
    await analysis.process(articles.slice(-1));
    const last = articles.at(-1)!.id;
    const all = await store.stories();
    expect(all.length).toBeGreaterThan(2);
    // The last report changed its own story only (joined or opened).
    expect(written[1]).toEqual([(await store.storyOf(last))?.id]);
    expect(await outcome(store)).toEqual(await outcome(await analysed([articles])));
  });

  it("orders a batch by publication instant, not by the text of its timestamps; ties keep the order read", () => {
    const at = (id: string, value?: string): Article => ({
      id,
      path: "t",
      source: id,
      outlet: "o",
      title: "",
      text: "",
      removed: [],
      messages: [],
      ...(value ? { publishedAt: { value, evidence: "test" } } : {}),
    });
    const batch = [at("u"), at("d", "2025-04-26"), at("t", "2025-04-26T02:00:00+03:00"), at("a", "2025-04-26")];
    // 02:00 at +03:00 is 23:00 UTC the day before; ties as read (not by id: see below); undated last.
    expect([...batch].sort(byPublication).map((a) => a.id)).toEqual(["t", "d", "a", "u"]);
    expect([at("z", "2025-04-27"), at("b", "2025-04-27")].sort(byPublication).map((a) => a.id)).toEqual(["z", "b"]);
  });
});
