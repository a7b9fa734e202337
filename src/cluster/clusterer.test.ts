import { describe, expect, it } from "vitest";
import type { Annotations, Article, Reuse } from "../model/types.js";
import {
  addThreadEvidence,
  bestThread,
  clusterArticles,
  defaultClusterOptions,
  type Placement,
  StoryClusterer,
  type ThreadEvidence,
} from "./clusterer.js";
import {
  art,
  BACKGROUND,
  backgroundReuse,
  bridge,
  fakeWord,
  fillers,
  final,
  iso,
  rng,
  roundup,
  talks1,
  talks2,
} from "./fixtures.test-util.js";

/** Filler articles spread over the test days so document frequencies mean something. */
const background = fillers(40, 7, (i) => iso(-1 + (i % 3), i % 24));

function feed(c: StoryClusterer, articles: Article[], reuse: Reuse[] = []): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const a of articles) out.set(a.id, c.add(a, reuse));
  return out;
}

/** 900 articles on topics that come and go, one every 20 minutes (five days). */
function topicStream(): Article[] {
  const r = rng(7);
  const vocabulary = Array.from({ length: 900 }, () => fakeWord(r));
  const pick = () => vocabulary[Math.floor(r() * vocabulary.length)]!;
  const topics = Array.from({ length: 60 }, () => Array.from({ length: 8 }, pick));
  const t0 = Date.UTC(2024, 0, 1);
  return Array.from({ length: 900 }, (_, i) => {
    const topic = topics[(Math.floor(i / 40) * 3 + Math.floor(r() * 3)) % topics.length]!;
    const words = Array.from({ length: 30 }, () => (r() < 0.6 ? topic[Math.floor(r() * 8)]! : pick()));
    return art(
      `o${i % 5}`,
      words.slice(0, 5).join(" "),
      words.join(" "),
      new Date(t0 + i * 1_200_000).toISOString(),
      `k-${i}`,
    );
  });
}

/** Small windows and vocabulary, so stories leave the working set and the vocabulary is pruned mid-stream. */
const streamOptions = { threadWindow: 86_400_000, sweepEvery: 16, maxVocabulary: 700 };

type Changes = ReturnType<StoryClusterer["takeChanges"]>;

/** The store's semantics for keyed state: an upsert moves its item to the end, a clear drops every item. */
class ItemStore {
  private header: unknown;
  constructor(readonly items = new Map<string, unknown>()) {}

  /** Takes the clusterer's changes through JSON, as the store does, and applies them. */
  save(c: StoryClusterer): Changes {
    const ch = JSON.parse(JSON.stringify(c.takeChanges())) as Changes;
    this.apply(ch);
    return ch;
  }

  apply(ch: Changes): void {
    if (ch.clear) this.items.clear();
    for (const k of ch.deletes) this.items.delete(k);
    for (const [k, v] of ch.upserts) {
      this.items.delete(k);
      this.items.set(k, v);
    }
    this.header = ch.header;
  }

  /** What `IncrementalAnalysis.open` passes the clusterer: the header and the items in store order. */
  state(): unknown {
    return { ...(this.header as object), items: [...this.items] };
  }

  keys(prefix: string): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix));
  }
}

describe("StoryClusterer", () => {
  it("puts one event reported by three outlets in one story, and another event in another", () => {
    const c = new StoryClusterer();
    feed(c, background.slice(0, 20));
    const p = feed(c, [bridge[0]!, final[0]!, bridge[1]!, final[1]!, bridge[2]!]);
    const b = [p.get("bridge-1")!, p.get("bridge-2")!, p.get("bridge-3")!];
    expect(b[0]!.kind).toBe("opened");
    expect(b[1]!.kind).toBe("joined");
    expect(b[2]!.kind).toBe("joined");
    expect(new Set(b.map((x) => x.story)).size).toBe(1);
    expect(p.get("final-2")!.story).toBe(p.get("final-1")!.story);
    expect(p.get("final-1")!.story).not.toBe(b[0]!.story);
    const story = c.stories().find((s) => s.id === b[0]!.story)!;
    expect(story.id).toBe("s-bridge-1");
    expect(story.articles).toEqual(["bridge-1", "bridge-2", "bridge-3"]);
    expect(story.outlets.map((o) => o.outlet)).toEqual(["outlet-a", "outlet-b", "outlet-c"]);
    expect(story.outlets[0]!.firstSeen).toBe(bridge[0]!.publishedAt!.value);
    expect(story.headline).toContain("جسر");
    expect(story.summary.length).toBeGreaterThanOrEqual(2);
    expect(story.summary.length).toBeLessThanOrEqual(3);
  });

  it("keeps two events of one storyline that share a pasted background paragraph as two stories of one thread", () => {
    const c = new StoryClusterer();
    feed(c, background);
    const p1 = c.add(talks1);
    const p2 = c.add(talks2, [backgroundReuse(talks1, talks2)]);
    expect(p2.kind).toBe("opened");
    expect(p2.story).not.toBe(p1.story);
    expect(p2.thread).toBe(p1.thread);
    expect(c.threads().find((t) => t.id === p1.thread)!.stories).toEqual([p1.story, p2.story]);
  });

  it("does not chain a thread through stories that each resemble only the one before (its core spreads thin)", () => {
    // Each story shares half its words with the one before and none with the others: a region's news,
    // one item leading to the next. Four days apart, so none joins another's story.
    const r = rng(11);
    const groups = Array.from({ length: 7 }, () => Array.from({ length: 10 }, () => fakeWord(r)));
    const chain = groups.slice(0, 6).map((g, i) => {
      const text = [...g, ...groups[i + 1]!, ...g, ...groups[i + 1]!].join(" ");
      const title = Array.from({ length: 4 }, () => fakeWord(r)).join(" ");
      return art("outlet-a", title, text, iso(4 * i), `chain-${i}`);
    });
    const c = new StoryClusterer();
    feed(c, background);
    const p = chain.map((a) => c.add(a));
    expect(p.every((x) => x.kind === "opened")).toBe(true);
    // The next step of a storyline still continues it: the thread is its first story alone.
    expect(p[1]!.thread).toBe(p[0]!.thread);
    // Six steps on, the last story is close to the one before but far from what the thread holds.
    expect(p[5]!.thread).not.toBe(p[0]!.thread);
    expect(c.threads().every((t) => t.stories.length < chain.length)).toBe(true);
  });

  it("does not let background reuse merge two events even when they are one day apart", () => {
    const close = { ...talks2, id: "talks-2b", publishedAt: { value: iso(2), evidence: "test" } };
    // Control: without the reuse link the pasted paragraph makes the two look like one event.
    const blind = new StoryClusterer();
    feed(blind, background);
    const first = blind.add(talks1);
    expect(blind.add(close).story).toBe(first.story);

    const withReuse = new StoryClusterer();
    feed(withReuse, background);
    const a = withReuse.add(talks1);
    const b = withReuse.add(close, [backgroundReuse(talks1, close)]);
    expect(b.story).not.toBe(a.story);
    expect(b.thread).toBe(a.thread);
  });

  it("places a roundup in its main story and lists it as touching the other", () => {
    const c = new StoryClusterer();
    feed(c, background.slice(0, 20));
    feed(c, [...bridge, ...final]);
    const p = c.add(roundup);
    expect(p.kind).toBe("joined");
    expect(p.story).toBe("s-bridge-1");
    expect(p.touching).toEqual(["s-final-1"]);
    const stories = c.stories();
    expect(stories.find((s) => s.id === "s-final-1")!.touching).toEqual(["roundup-1"]);
    expect(stories.find((s) => s.id === "s-bridge-1")!.articles).toContain("roundup-1");
  });

  it("does not take an item pasted whole into a digest's later paragraph for a copy of the digest", () => {
    // A digest whose lead is the bridge carries, past its first 300 characters, a short report of the final;
    // that report, published on its own afterwards, lies wholly inside the digest, but it copies the digest's
    // side item, not its event: it belongs with the final, not in the bridge's story.
    const side = final[0]!.text;
    const digest = art(
      "outlet-d",
      "حصاد اليوم: افتتاح جسر الوادي في وادي النور",
      `${roundup.text.slice(0, roundup.text.indexOf("من جهة أخرى"))}وأضاف المحافظ أن أعمال الصيانة الدورية للجسر ستتولاها البلدية، وأن الإنارة الجديدة تعمل بالطاقة الشمسية على امتداد الضفتين.\n\n${side}`,
      iso(0, 8),
      "digest-1",
    );
    const at = digest.text.indexOf(side);
    expect(at).toBeGreaterThan(300);
    const item = art("outlet-e", "الصقور أبطال البطولة", side, iso(0, 9), "item-1");
    const pasted: Reuse = {
      a: digest.id,
      b: item.id,
      kind: "shared-passages",
      passages: [{ a: { start: at, end: at + side.length }, b: { start: 0, end: side.length }, words: 30 }],
      direction: { source: digest.id, evidence: ["earlier publication"] },
      similarity: 0.4,
    };
    const c = new StoryClusterer();
    feed(c, background.slice(0, 20));
    feed(c, [...bridge, final[1]!, digest]);
    expect(c.stories().find((s) => s.id === "s-bridge-1")!.articles).toContain("digest-1");
    expect(c.add(item, [pasted]).story).toBe("s-final-2");
    // What copies the digest's lead is a copy of its event: it joins the bridge.
    const lead = art("outlet-f", "جسر جديد", digest.text.slice(0, 200), iso(0, 9), "lead-1");
    const copied: Reuse = {
      ...pasted,
      b: lead.id,
      passages: [{ a: { start: 0, end: 200 }, b: { start: 0, end: 200 }, words: 30 }],
    };
    expect(c.add(lead, [copied]).story).toBe("s-bridge-1");
  });

  it("does not list a single-event article as touching anything", () => {
    const c = new StoryClusterer();
    feed(c, background.slice(0, 20));
    const p = feed(c, [...bridge, ...final]);
    for (const x of p.values()) expect(x.touching).toEqual([]);
  });

  it("clusters an undated article by content alone and says so when it opens a story", () => {
    const c = new StoryClusterer();
    feed(c, background.slice(0, 20));
    feed(c, bridge.slice(0, 2));
    const undatedSame = art("outlet-e", bridge[2]!.title, bridge[2]!.text, null, "undated-1");
    const p = c.add(undatedSame);
    expect(p).toMatchObject({ kind: "joined", story: "s-bridge-1" });
    const other = c.add(
      art(
        "outlet-e",
        "معرض للكتاب في مدينة الغيم",
        "افتتح معرض الكتاب السنوي في مدينة الغيم بمشاركة مئتي دار نشر من عشرين بلدا ويستمر عشرة أيام.",
        null,
        "undated-2",
      ),
    );
    expect(other.kind).toBe("opened");
    if (other.kind === "opened") expect(other.reason).toMatch(/undated/);
    const story = c.stories().find((s) => s.id === "s-bridge-1")!;
    expect(story.articles.at(-1)).toBe("undated-1"); // undated members come last
    expect(story.lastSeen).toBe(bridge[1]!.publishedAt!.value);
  });

  it("opens an unjoinable story with a reason for empty, one-word and all-stopword articles", () => {
    const c = new StoryClusterer();
    const empty = c.add(art("x", "", "", iso(0), "empty"));
    const one = c.add(art("x", "", "الجسر", iso(0), "one-word"));
    const stop = c.add(art("x", "", "في من على إلى عن هذا الذي التي", iso(0), "stopwords"));
    for (const p of [empty, one, stop]) {
      expect(p.kind).toBe("opened");
      if (p.kind === "opened") expect(p.reason).toMatch(/content word/);
    }
    // Another one-word article does not join the first: nothing joins a story too short to compare.
    const again = c.add(art("y", "", "الجسر", iso(0), "one-word-2"));
    expect(again.story).not.toBe(one.story);
  });

  it("returns the same placement for the same article ingested twice, without a new story", () => {
    const c = new StoryClusterer();
    feed(c, background.slice(0, 10));
    const first = c.add(bridge[0]!);
    const n = c.stories().length;
    const second = c.add(bridge[0]!);
    expect(second).toMatchObject({ kind: "joined", story: first.story, thread: first.thread });
    expect(c.stories().length).toBe(n);
  });

  it("continues identically from serialised state", () => {
    const all = [...background, ...bridge, ...final, roundup, talks1, talks2].sort((x, y) =>
      (x.publishedAt?.value ?? "") < (y.publishedAt?.value ?? "") ? -1 : 1,
    );
    const reuse = [backgroundReuse(talks1, talks2)];
    const half = Math.floor(all.length / 2);
    const straight = new StoryClusterer();
    const resumedFrom = new StoryClusterer();
    feed(straight, all.slice(0, half), reuse);
    feed(resumedFrom, all.slice(0, half), reuse);
    const state = JSON.parse(JSON.stringify(resumedFrom.toJSON()));
    const resumed = new StoryClusterer({}, state);
    const a = feed(straight, all.slice(half), reuse);
    const b = feed(resumed, all.slice(half), reuse);
    expect([...b]).toEqual([...a]);
    expect(resumed.stories()).toEqual(straight.stories());
    expect(resumed.threads()).toEqual(straight.threads());
  });

  it("continues identically from keyed items saved after every batch, across restarts", () => {
    const stream = topicStream();
    const store = new ItemStore();
    const straight = new StoryClusterer(streamOptions);
    let resumed = new StoryClusterer(streamOptions);
    const a = new Map<string, Placement>();
    const b = new Map<string, Placement>();
    const sizes: number[] = [];
    let compactions = 0;
    let left = 0;
    let threadsEnded = 0;
    let threadsWritten = 0;
    let threadsHeld = 0;
    for (let i = 0; i < stream.length; i += 30) {
      const batch = stream.slice(i, i + 30);
      for (const x of batch) a.set(x.id, straight.add(x));
      for (const x of batch) b.set(x.id, resumed.add(x));
      straight.drain();
      const drained = resumed.drain();
      const ch = store.save(resumed);
      const threadUpserts = ch.upserts.filter(([k]) => k.startsWith("t:")).map(([k]) => k.slice(2));
      sizes.push(ch.upserts.length - threadUpserts.length);
      if (ch.upserts.some(([k]) => k === "df")) compactions++;
      left += ch.deletes.filter((k) => k.startsWith("s:")).length;
      threadsEnded += ch.deletes.filter((k) => k.startsWith("t:")).length;
      if (i > 0) {
        // Only threads the batch changed are written: one that gained a story, or lost one to `drain`.
        const changed = new Set([...batch.map((x) => b.get(x.id)!.thread), ...drained.threads.map((t) => t.id)]);
        expect(threadUpserts.filter((t) => !changed.has(t))).toEqual([]);
        threadsWritten += threadUpserts.length;
        threadsHeld += resumed.threads().length;
      }
      expect(ch.header).not.toHaveProperty("threads");
      // Restart every fourth batch from what the store holds.
      if ((i / 30) % 4 === 3) {
        resumed = new StoryClusterer(streamOptions, store.state());
        expect(resumed.threads()).toEqual(straight.threads());
      }
    }
    expect([...b]).toEqual([...a]);
    expect(resumed.stories()).toEqual(straight.stories());
    expect(resumed.threads()).toEqual(straight.threads());
    const again = new StoryClusterer(streamOptions, store.state());
    expect(again.stories()).toEqual(straight.stories());
    expect(again.threads()).toEqual(straight.threads());
    expect(again.toJSON()).toEqual(straight.toJSON());
    // A batch writes the stories it touched, not the working set; the frequencies were rewritten whole
    // more than once (first save, prunes, increments outgrowing the table) but not every batch.
    expect(Math.max(...sizes.slice(1))).toBeLessThanOrEqual(30 + 2);
    expect(compactions).toBeGreaterThan(1);
    expect(compactions).toBeLessThan(sizes.length);
    expect(left).toBeGreaterThan(10);
    expect(store.keys("s:")).toHaveLength(straight.workingSetSize);
    // Threads are items too: one per current thread, ended ones deleted, a fraction rewritten per batch.
    expect(store.keys("t:").sort()).toEqual(
      straight
        .threads()
        .map((t) => `t:${t.id}`)
        .sort(),
    );
    expect(threadsEnded).toBeGreaterThan(10);
    expect(threadsWritten).toBeGreaterThan(0);
    expect(threadsWritten).toBeLessThan(threadsHeld / 2);
  });

  it("loads a version 2 header that holds the threads, and saves them as items (version 3)", () => {
    const stream = topicStream();
    const store = new ItemStore();
    const straight = new StoryClusterer(streamOptions);
    const first = new StoryClusterer(streamOptions);
    const half = 450;
    for (let i = 0; i < half; i += 30) {
      for (const x of stream.slice(i, i + 30)) {
        straight.add(x);
        first.add(x);
      }
      straight.drain();
      first.drain();
      store.save(first);
    }
    // What an earlier Marsad left: the same header with the threads inside (in the order they opened), no thread items.
    const saved = store.state() as { version: number; items: [string, unknown][] };
    expect(saved.version).toBe(3);
    const v2 = {
      ...saved,
      version: 2,
      threads: first.threads().map((t) => [t.id, t.stories]),
      items: saved.items.filter(([k]) => !k.startsWith("t:")),
    };
    expect(v2.threads.length).toBeGreaterThan(5);
    const resumed = new StoryClusterer(streamOptions, JSON.parse(JSON.stringify(v2)));
    expect(resumed.threads()).toEqual(straight.threads());
    expect(resumed.stories()).toEqual(straight.stories());
    // The first save writes every thread as an item (and no story: the store holds them), the header without them.
    const ch = resumed.takeChanges();
    expect(ch.header).toMatchObject({ version: 3 });
    expect(ch.header).not.toHaveProperty("threads");
    expect(ch.clear).toBe(false);
    expect(ch.upserts.map(([k]) => k)).toEqual(straight.threads().map((t) => `t:${t.id}`));
    const v3 = new ItemStore(new Map(v2.items));
    v3.apply(JSON.parse(JSON.stringify(ch)));
    expect(new StoryClusterer(streamOptions, v3.state()).threads()).toEqual(straight.threads());
    // It goes on as the uninterrupted run, saved as items and restarted from them.
    let cont = resumed;
    const a = new Map<string, Placement>();
    const b = new Map<string, Placement>();
    for (let i = half; i < stream.length; i += 30) {
      const batch = stream.slice(i, i + 30);
      for (const x of batch) a.set(x.id, straight.add(x));
      for (const x of batch) b.set(x.id, cont.add(x));
      straight.drain();
      cont.drain();
      v3.save(cont);
      cont = new StoryClusterer(streamOptions, v3.state());
      expect(cont.threads()).toEqual(straight.threads());
    }
    expect([...b]).toEqual([...a]);
    expect(cont.stories()).toEqual(straight.stories());
    expect(cont.threads()).toEqual(straight.threads());
  });

  it("rewrites a whole saved state as items on its first save", () => {
    const first = new StoryClusterer();
    feed(first, [...bridge, ...final]);
    const resumed = new StoryClusterer({}, JSON.parse(JSON.stringify(first.toJSON())));
    const ch = resumed.takeChanges();
    expect(ch.clear).toBe(true);
    expect(ch.upserts.filter(([k]) => k.startsWith("s:"))).toHaveLength(first.workingSetSize);
    const fromItems = new StoryClusterer({}, JSON.parse(JSON.stringify({ ...ch.header, items: ch.upserts })));
    expect(fromItems.stories()).toEqual(first.stories());
    expect(resumed.takeChanges()).toMatchObject({ clear: false, upserts: [], deletes: [] });
  });

  it("rejects unknown or invalid options", () => {
    expect(() => new StoryClusterer({ joinTreshold: 0.3 } as never)).toThrow(/unknown option "joinTreshold"/);
    expect(() => new StoryClusterer({ joinThreshold: Number.NaN })).toThrow(/ERR_OPTIONS/);
    expect(new StoryClusterer({ joinThreshold: 0.5 }).options.joinThreshold).toBe(0.5);
  });

  it("rejects state that is not its own with a message saying what to do", () => {
    expect(() => new StoryClusterer({}, { version: 99 })).toThrow(/start without state/);
    expect(() => new StoryClusterer({}, { version: 3, dfDeltas: 0 })).toThrow(/needs its items/);
    expect(() => new StoryClusterer({}, { version: 3, dfDeltas: 1, items: [] })).toThrow(/"df\+0" is missing/);
    expect(() => new StoryClusterer({}, { version: 2, dfDeltas: 0, items: [] })).toThrow(/needs its threads/);
  });

  it("keeps the stories of the period it is in when the input goes back in time", () => {
    // A report from years later first, then the bridge's three reports, sweeping after every article.
    const c = new StoryClusterer({ sweepEvery: 1 });
    feed(c, background.slice(0, 20));
    c.add(art("outlet-z", "خبر من عام لاحق", `${background[0]!.text} ${background[1]!.text}`, iso(900), "later-1"));
    const p = feed(c, bridge);
    expect(new Set(bridge.map((a) => p.get(a.id)!.story)).size).toBe(1);
  });

  it("keeps the working set bounded while 10,000 articles stream through", () => {
    const r = rng(42);
    const c = new StoryClusterer({ threadWindow: 5 * 86_400_000 });
    // A closed vocabulary, as in real text (most tokens are words seen before).
    const vocabulary = Array.from({ length: 5000 }, () => fakeWord(r));
    const pick = () => vocabulary[Math.floor(r() * vocabulary.length)]!;
    const topics = Array.from({ length: 400 }, () => Array.from({ length: 8 }, pick));
    let peak = 0;
    let drained = 0;
    const t0 = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 10_000; i++) {
      // Topics come and go: each lives for about a day of a 70-day stream.
      const topic = topics[(Math.floor(i / 150) * 7 + Math.floor(r() * 5)) % topics.length]!;
      const words = Array.from({ length: 25 }, () => (r() < 0.6 ? topic[Math.floor(r() * 8)]! : pick()));
      const when = new Date(t0 + i * 600_000).toISOString(); // one article every ten minutes
      c.add(art(`o${i % 7}`, words.slice(0, 5).join(" "), words.join(" "), when, `syn-${i}`));
      if (i % 1000 === 999) drained += c.drain().stories.length;
      peak = Math.max(peak, c.workingSetSize);
    }
    // Five days of articles (720) bound the stories that can be in the working set.
    expect(peak).toBeLessThanOrEqual(720 + c.options.sweepEvery);
    expect(drained).toBeGreaterThan(100);
    expect(c.vocabularySize).toBeLessThan(c.options.maxVocabulary);
    // A run that never saves keeps no record of the stories and threads that left (nothing to delete).
    expect(c.pendingChanges).toBe(0);
  });
});

/** Annotations whose lead resolves these days (as «اليوم الأحد» or «مساء أمس» do). */
const leadDays = (values: string[]): Annotations => ({
  entities: [],
  quotes: [],
  numbers: [],
  dates: values.map((value, i) => ({
    start: 10 * i,
    end: 10 * i + 5,
    text: "اليوم",
    value,
    granularity: "day" as const,
    relative: true,
  })),
});

describe("StoryClusterer entities", () => {
  it("counts shared entities when annotations are given", () => {
    const ann = (ids: string[]): Annotations => ({
      entities: ids.map((entity) => ({ start: 0, end: 1, text: "x", type: "LOC" as const, entity })),
      quotes: [],
      numbers: [],
      dates: [],
    });
    const score = (a2: Annotations | undefined) => {
      const c = new StoryClusterer();
      feed(c, background.slice(0, 20));
      c.add(bridge[0]!, [], ann(["wadi-nour", "governor"]));
      const p = c.add(bridge[1]!, [], a2);
      return p.kind === "joined" ? p.score : 0;
    };
    const without = score(undefined);
    expect(without).toBeGreaterThan(0);
    expect(score(ann(["wadi-nour", "governor"]))).toBeGreaterThan(without);
    expect(score(ann(["elsewhere"]))).toBeLessThan(without);
  });

  it("leaves out entities and numbers named only inside a passage shared as background", () => {
    // bridge-2's closing sentence is pasted from an unrelated report, past its lead: background (a
    // recap), whose persons, places and figures are that report's, not bridge-2's.
    const b2 = bridge[1]!;
    const tail = "وكلف المشروع مئة وعشرين مليون دينار.";
    const at = b2.text.indexOf(tail);
    expect(at).toBeGreaterThan(0);
    const recap: Reuse = {
      a: "recap-source",
      b: b2.id,
      kind: "shared-passages",
      passages: [{ a: { start: 900, end: 900 + tail.length }, b: { start: at, end: at + tail.length }, words: 5 }],
      direction: { source: "recap-source", evidence: ["earlier publication"] },
      similarity: 0.1,
    };
    const ann = (start: number, ids: string[], value: number | null): Annotations => ({
      entities: ids.map((entity) => ({ start, end: start + 5, text: "x", type: "LOC" as const, entity })),
      quotes: [],
      numbers: value === null ? [] : [{ start, end: start + 5, text: "120", value, unit: null }],
      dates: [],
    });
    const score = (a2: Annotations) => {
      const c = new StoryClusterer();
      feed(c, background.slice(0, 20));
      c.add(bridge[0]!, [], ann(0, ["wadi-nour", "governor"], 120));
      const p = c.add(b2, [recap], a2);
      return p.kind === "joined" ? p.score : 0;
    };
    const none = score(ann(0, [], null));
    expect(none).toBeGreaterThan(0);
    // Named in bridge-2's own text, the shared place, governor and figure count for the story…
    expect(score(ann(0, ["wadi-nour", "governor"], 120))).toBeGreaterThan(none);
    // …named only inside the background passage, they do not.
    expect(score(ann(at, ["wadi-nour", "governor"], 120))).toBeCloseTo(none, 9);
  });

  it("counts a lead that reports the story's day for joining, and one that reports another day only against", () => {
    const score = (a2: Annotations | undefined) => {
      const c = new StoryClusterer();
      feed(c, background.slice(0, 20));
      c.add(bridge[0]!, [], leadDays(["2025-04-20"]));
      const p = c.add(bridge[1]!, [], a2);
      return p.kind === "joined" ? p.score : 0;
    };
    const without = score(undefined);
    expect(without).toBeGreaterThan(0);
    expect(score(leadDays(["2025-04-19", "2025-04-20"]))).toBeGreaterThan(without);
    expect(score(leadDays(["2025-04-18"]))).toBeLessThan(without);
    // The shared day scales the content match (it confirms one, it cannot make one).
    const same = score(leadDays(["2025-04-20"]));
    expect(without * (1 + defaultClusterOptions.eventDayBonus)).toBeLessThan(1);
    expect(same / without).toBeCloseTo(1 + defaultClusterOptions.eventDayBonus, 6);
  });

  it("gives no day bonus to a report of that day that shares only the topic with the story", () => {
    // Two floods of one evening: what the bodies share is rain, torrents and the day.
    const streets = art(
      "outlet-a",
      "أمطار غزيرة تغرق شوارع مدينة وادي النور",
      "هطلت أمطار غزيرة مساء أمس على مدينة وادي النور وقراها، فغمرت السيول الشوارع وقطعت الكهرباء عن عدد من الأحياء.\n\nوقال الدفاع المدني إن فرقه سحبت عشرات السيارات العالقة في الأنفاق ولم تسجل إصابات.",
      iso(0, 1),
      "rain-streets",
    );
    const islands = art(
      "outlet-b",
      "مصرع ثمانية أشخاص في أمطار غزيرة بجزر المرجان",
      "لقي ثمانية أشخاص مصرعهم أمس في جزر المرجان إثر أمطار غزيرة وسيول جرفت منازل في القرى الساحلية.\n\nوأعلنت السلطات هناك حالة الطوارئ في ثلاث مقاطعات وأجلت مئات العائلات إلى مدارس ومساجد.",
      iso(0, 4),
      "rain-islands",
    );
    const place = (options: Partial<typeof defaultClusterOptions>) => {
      const c = new StoryClusterer(options);
      feed(c, background.slice(0, 20));
      const day = leadDays([iso(0).slice(0, 10)]);
      c.add(streets, [], day);
      return c.add(islands, [], day);
    };
    expect(place({ eventDayBodyFloor: 0 }).kind).toBe("joined");
    const p = place({});
    expect(p.kind === "opened" && p.reason).toMatch(/below the join threshold/);
  });
});

/** The score with which `next` joins the story of `members` (0 when it opens one), under `options`. */
function joinScore(
  options: ConstructorParameters<typeof StoryClusterer>[0],
  members: Article[],
  next: Article,
): number {
  const c = new StoryClusterer(options);
  feed(c, background.slice(0, 20));
  feed(c, members);
  const p = c.add(next);
  return p.kind === "joined" ? p.score : 0;
}

describe("StoryClusterer spread", () => {
  const score = (members: Article[], next: Article, spreadPenalty: number) =>
    joinScore({ spreadPenalty }, members, next);

  it("scores a story of copies as its centroid does", () => {
    const copy = { ...bridge[0]!, id: "bridge-1-copy" };
    const centroid = score([bridge[0]!, copy], bridge[1]!, 0);
    expect(centroid).toBeGreaterThan(0);
    expect(score([bridge[0]!, copy], bridge[1]!, 1)).toBeCloseTo(centroid, 6);
  });

  it("asks closer evidence of a story whose members say different things", () => {
    const centroid = score([bridge[0]!, bridge[1]!], bridge[2]!, 0);
    expect(centroid).toBeGreaterThan(0);
    expect(score([bridge[0]!, bridge[1]!], bridge[2]!, 1)).toBeLessThan(centroid);
  });
});

describe("StoryClusterer heads", () => {
  const score = (members: Article[], next: Article, headMembers: number) => joinScore({ headMembers }, members, next);

  it("asks an article to be close to one of the story's first reports, not only to their centroid", () => {
    // Two reports share the storyline's words and each adds its own; a third takes half of each.
    const r = rng(11);
    const words = (n: number) => Array.from({ length: n }, () => fakeWord(r));
    const common = words(12);
    const own1 = words(10);
    const own2 = words(10);
    const text = (...parts: string[][]) => parts.flat().join(" ");
    const first = art("o1", text(common.slice(0, 4)), text(common, own1), iso(0, 1), "head-1");
    const second = art("o2", text(common.slice(0, 4)), text(common, own2), iso(0, 2), "head-2");
    const next = art(
      "o3",
      text(common.slice(0, 4)),
      text(common, own1.slice(0, 5), own2.slice(0, 5)),
      iso(0, 3),
      "head-3",
    );
    const centroid = score([first, second], next, 0);
    expect(centroid).toBeGreaterThan(0);
    expect(score([first, second], next, 2)).toBeLessThan(centroid);
  });

  it("continues from a state saved before stories kept heads (compared on their centroids)", () => {
    const all = [...background.slice(0, 20), ...bridge, ...final];
    const c = new StoryClusterer();
    feed(c, all.slice(0, 24));
    const state = JSON.parse(JSON.stringify(c.toJSON())) as { stories: { heads?: unknown }[] };
    expect(state.stories.some((s) => Array.isArray(s.heads) && s.heads.length === 2)).toBe(true);
    for (const s of state.stories) delete s.heads;
    const resumed = new StoryClusterer({}, state);
    const placed = feed(resumed, all.slice(24));
    expect(placed.size).toBe(all.length - 24);
    expect(
      resumed
        .stories()
        .flatMap((s) => s.articles)
        .sort(),
    ).toEqual(all.map((a) => a.id).sort());
  });
});

describe("StoryClusterer vocabulary", () => {
  it("prunes the rarest document frequencies when the vocabulary outgrows its cap", () => {
    const c = new StoryClusterer({ maxVocabulary: 500 });
    const many = fillers(300, 11, (i) => iso(0, i / 60));
    for (const a of many) c.add(a);
    expect(c.vocabularySize).toBeLessThanOrEqual(500);
    expect(c.vocabularySize).toBeGreaterThan(0);
  });
});

describe("clusterArticles", () => {
  it("sorts by date inside and returns stories, threads and a placement per article", () => {
    const shuffled = [bridge[2]!, final[1]!, ...background.slice(0, 15), bridge[0]!, final[0]!, bridge[1]!];
    const { stories, threads, placements } = clusterArticles(shuffled, []);
    expect(placements.size).toBe(shuffled.length);
    expect(placements.get("bridge-1")!.kind).toBe("opened");
    const s = stories.find((x) => x.id === "s-bridge-1")!;
    expect(s.articles).toEqual(["bridge-1", "bridge-2", "bridge-3"]);
    expect(threads.some((t) => t.stories.includes("s-bridge-1"))).toBe(true);
  });

  it("uses the background paragraph only for the thread", () => {
    const { placements } = clusterArticles([talks2, talks1, ...background], [backgroundReuse(talks1, talks2)]);
    expect(placements.get("talks-1")!.story).not.toBe(placements.get("talks-2")!.story);
    expect(placements.get("talks-1")!.thread).toBe(placements.get("talks-2")!.thread);
    expect(BACKGROUND.length).toBeGreaterThan(100);
  });
});

describe("StoryClusterer event evidence", () => {
  /**
   * The join score of `second` against the story `first` opened (a low threshold, so that it joins);
   * placements round scores to 3 decimals, so ratios are compared to 2.
   */
  const score = (
    first: Article,
    second: Article,
    a1?: Annotations,
    a2?: Annotations,
    options: Partial<typeof defaultClusterOptions> = {},
  ) => {
    const c = new StoryClusterer({ joinThreshold: 0.001, ...options });
    feed(c, background.slice(0, 20));
    c.add(first, [], a1);
    const p = c.add(second, [], a2);
    if (p.kind !== "joined") throw new Error(`expected a join, got ${p.reason}`);
    return p.score;
  };
  const retitled = (a: Article, title: string, id: string, when = a.publishedAt?.value ?? null): Article =>
    art(a.outlet, title, a.text, when, id);

  it("takes more off a lead dated another day when the report came out on a later day", () => {
    const o = defaultClusterOptions;
    expect(o.laterDayPenalty).toBeGreaterThan(o.eventDayPenalty);
    const sameDay = bridge[1]!;
    const nextDay = retitled(sameDay, sameDay.title, "bridge-2-next-day", iso(1, 3));
    for (const [article, penalty] of [
      [sameDay, o.eventDayPenalty],
      [nextDay, o.laterDayPenalty],
    ] as const) {
      const plain = score(bridge[0]!, article, leadDays(["2025-04-20"]), undefined);
      const other = score(bridge[0]!, article, leadDays(["2025-04-20"]), leadDays(["2025-04-21"]));
      expect(other / plain).toBeCloseTo(1 - penalty, 2);
    }
    // A lead that reports the story's day is not penalised, however late.
    const plain = score(bridge[0]!, nextDay, leadDays(["2025-04-20"]), undefined);
    expect(score(bridge[0]!, nextDay, leadDays(["2025-04-20"]), leadDays(["2025-04-20"]))).toBeGreaterThan(plain);
  });

  it("leaves a day the lead names long before the article came out out of its event days", () => {
    // bridge-1 came out on 2024-03-01; its lead also names the 25th of February (background).
    const o = defaultClusterOptions;
    const plain = score(bridge[0]!, bridge[1]!, leadDays(["2024-02-25"]), leadDays(["2024-03-01"]));
    expect(plain).toBeCloseTo(score(bridge[0]!, bridge[1]!), 2);
    const off = { leadDayMaxAge: Number.MAX_SAFE_INTEGER };
    const counted = score(bridge[0]!, bridge[1]!, leadDays(["2024-02-25"]), leadDays(["2024-03-01"]), off);
    expect(counted / plain).toBeCloseTo(1 - o.eventDayPenalty, 2);
    // The day before yesterday («أول من أمس») is still the event's day.
    const recent = score(bridge[0]!, bridge[1]!, leadDays(["2024-02-28"]), leadDays(["2024-02-28"]));
    expect(recent / plain).toBeCloseTo(1 + o.eventDayBonus, 2);
  });

  it("takes a share off when the headlines count one thing with far-apart numbers", () => {
    const first = retitled(bridge[0]!, "تركيب 600 لوحة إعلانية في مدينة وادي النور", "boards-600");
    const far = retitled(bridge[1]!, "تركيب 292 لوحة إعلانية في مدينة وادي النور", "boards-292");
    const close = retitled(bridge[1]!, "تركيب 610 لوحة إعلانية في مدينة وادي النور", "boards-610");
    const none = retitled(bridge[1]!, "تركيب لوحات إعلانية في مدينة وادي النور", "boards-none");
    const base = score(first, none);
    // Numbers are not terms: the three titles weigh alike, only the counts differ.
    expect(score(first, close)).toBeCloseTo(base, 2);
    expect(score(first, far) / base).toBeCloseTo(1 - defaultClusterOptions.headlineCountPenalty, 2);
  });

  it("takes a share off when the headlines name two regions and neither report names the other's", () => {
    const off = { headlinePlacePenalty: 0 };
    const tabuk = retitled(bridge[0]!, "افتتاح جسر الوادي الجديد في تبوك", "bridge-tabuk");
    const jouf = retitled(bridge[1]!, "محافظ الجوف يفتتح الجسر الجديد على النهر", "bridge-jouf");
    expect(score(tabuk, jouf) / score(tabuk, jouf, undefined, undefined, off)).toBeCloseTo(
      1 - defaultClusterOptions.headlinePlacePenalty,
      2,
    );
    // A lead that names the other's place (a city in the province the other names): one event.
    const told = art(jouf.outlet, jouf.title, `تبوك: ${jouf.text}`, jouf.publishedAt!.value, "bridge-jouf-told");
    expect(score(tabuk, told)).toBeCloseTo(score(tabuk, told, undefined, undefined, off), 3);
    // A headline that names no listed place (وادي النور is not one) is no conflict.
    expect(score(bridge[0]!, jouf)).toBeCloseTo(score(bridge[0]!, jouf, undefined, undefined, off), 3);
  });

  it("takes a share off when the headline's market moved the other way than the story's headlines say", () => {
    const off = { headlineTrendPenalty: 0 };
    const fell = retitled(bridge[0]!, "أسعار الإسمنت تنخفض في مدينة وادي النور", "cement-down");
    const rose = retitled(bridge[1]!, "أسعار الإسمنت ترتفع في مدينة وادي النور", "cement-up");
    const fellToo = retitled(bridge[1]!, "أسعار الإسمنت تتراجع في مدينة وادي النور", "cement-down-too");
    expect(score(fell, rose) / score(fell, rose, undefined, undefined, off)).toBeCloseTo(
      1 - defaultClusterOptions.headlineTrendPenalty,
      2,
    );
    // The same move, or a headline that states none, is no conflict.
    expect(score(fell, fellToo)).toBeCloseTo(score(fell, fellToo, undefined, undefined, off), 3);
    expect(score(bridge[0]!, rose)).toBeCloseTo(score(bridge[0]!, rose, undefined, undefined, off), 3);
  });

  it("takes a share off when two meeting headlines name two guests and neither report names the other's", () => {
    const off = { headlineGuestPenalty: 0 };
    const fatwa = retitled(bridge[0]!, "محافظ وادي النور يستقبل رئيس فرع الإفتاء", "meets-fatwa");
    const club = retitled(bridge[1]!, "محافظ وادي النور يستقبل إدارة النادي الفوتوغرافي", "meets-club");
    const fatwaToo = retitled(bridge[1]!, "محافظ وادي النور يلتقي رئيس فرع الإفتاء", "meets-fatwa-too");
    expect(score(fatwa, club) / score(fatwa, club, undefined, undefined, off)).toBeCloseTo(
      1 - defaultClusterOptions.headlineGuestPenalty,
      2,
    );
    // The same guest, a lead that names the other's guest, or a headline that reports no meeting: no conflict.
    expect(score(fatwa, fatwaToo)).toBeCloseTo(score(fatwa, fatwaToo, undefined, undefined, off), 3);
    const told = art(
      club.outlet,
      club.title,
      `وحضر رئيس فرع الإفتاء. ${club.text}`,
      club.publishedAt!.value,
      "club-told",
    );
    expect(score(fatwa, told)).toBeCloseTo(score(fatwa, told, undefined, undefined, off), 3);
    expect(score(bridge[0]!, club)).toBeCloseTo(score(bridge[0]!, club, undefined, undefined, off), 3);
  });

  it("keeps the story's meeting guests in its saved state", () => {
    const fatwa = retitled(bridge[0]!, "محافظ وادي النور يستقبل رئيس فرع الإفتاء", "meets-fatwa");
    const club = retitled(bridge[1]!, "محافظ وادي النور يستقبل إدارة النادي الفوتوغرافي", "meets-club");
    const c = new StoryClusterer({ joinThreshold: 0.001 });
    feed(c, background.slice(0, 20));
    c.add(fatwa);
    const resumed = new StoryClusterer({ joinThreshold: 0.001 }, JSON.parse(JSON.stringify(c.toJSON())));
    const joined = (p: Placement) => (p.kind === "joined" ? p.score : 0);
    const straight = joined(c.add(club));
    expect(joined(resumed.add(club))).toBe(straight);
    expect(straight).toBeLessThan(score(fatwa, club, undefined, undefined, { headlineGuestPenalty: 0 }));
  });

  it("keeps the story's headline moves in its saved state", () => {
    const fell = retitled(bridge[0]!, "أسعار الإسمنت تنخفض في مدينة وادي النور", "cement-down");
    const rose = retitled(bridge[1]!, "أسعار الإسمنت ترتفع في مدينة وادي النور", "cement-up");
    const c = new StoryClusterer({ joinThreshold: 0.001 });
    feed(c, background.slice(0, 20));
    c.add(fell);
    const resumed = new StoryClusterer({ joinThreshold: 0.001 }, JSON.parse(JSON.stringify(c.toJSON())));
    const joined = (p: Placement) => (p.kind === "joined" ? p.score : 0);
    const straight = joined(c.add(rose));
    expect(joined(resumed.add(rose))).toBe(straight);
    expect(straight).toBeLessThan(score(fell, rose, undefined, undefined, { headlineTrendPenalty: 0 }));
  });

  it("counts a lead that quotes a person the story's leads quote, unless a shared day counted already", () => {
    // Both articles name both people, so their entity vectors are alike; only whom the lead quotes differs.
    const quoting = (speaker: string, type: "PER" | "ORG" = "PER", days: string[] = []): Annotations => ({
      ...leadDays(days),
      entities: [
        { start: 0, end: 5, text: "سامي", type, entity: "sami" },
        { start: 6, end: 11, text: "نادر", type, entity: "nader" },
      ],
      quotes: [
        {
          start: 20,
          end: 60,
          text: "الجسر سيخفف الزحام",
          speaker: speaker === "sami" ? "سامي" : "نادر",
          speakerEntity: speaker,
          cue: "وقال",
          kind: "indirect" as const,
          resolution: "explicit" as const,
          confidence: 0.9,
        },
      ],
    });
    const bonus = 1 + defaultClusterOptions.leadSpeakerBonus;
    const same = score(bridge[0]!, bridge[1]!, quoting("sami"), quoting("sami"));
    const other = score(bridge[0]!, bridge[1]!, quoting("sami"), quoting("nader"));
    expect(same / other).toBeCloseTo(bonus, 2);
    // An organisation speaks for many events: no bonus.
    const org = score(bridge[0]!, bridge[1]!, quoting("sami", "ORG"), quoting("sami", "ORG"));
    expect(org).toBeCloseTo(score(bridge[0]!, bridge[1]!, quoting("sami", "ORG"), quoting("nader", "ORG")), 2);
    // With a shared lead day the day's bonus alone counts.
    const day = ["2025-04-20"];
    const sameDay = score(bridge[0]!, bridge[1]!, quoting("sami", "PER", day), quoting("sami", "PER", day));
    expect(sameDay).toBeCloseTo(
      score(bridge[0]!, bridge[1]!, quoting("sami", "PER", day), quoting("nader", "PER", day)),
      2,
    );
  });

  it("takes a share off when the headlines share no word, unless the leads report one day", () => {
    const disjoint = retitled(bridge[1]!, "احتفال بتدشين معبر على النهر", "bridge-2-disjoint");
    const plain = score(bridge[0]!, disjoint);
    const annotated = score(bridge[0]!, disjoint, leadDays([]), leadDays([]));
    expect(annotated / plain).toBeCloseTo(1 - defaultClusterOptions.disjointHeadlinePenalty, 2);
    // A shared lead day confirms the event: the bonus, no penalty.
    const sameDay = score(bridge[0]!, disjoint, leadDays(["2025-04-20"]), leadDays(["2025-04-20"]));
    expect(sameDay / plain).toBeCloseTo(1 + defaultClusterOptions.eventDayBonus, 2);
    // Headlines that share a word are not touched.
    const shared = bridge[1]!;
    expect(score(bridge[0]!, shared, leadDays([]), leadDays([]))).toBeCloseTo(score(bridge[0]!, shared), 2);
  });
});

describe("StoryClusterer thread evidence", () => {
  /**
   * Thread placements of `articles` when nothing joins (each opens a story): the thread each continues
   * and the score its placement gives (0 when it opened its own).
   */
  const threadScores = (articles: Article[], options: Partial<typeof defaultClusterOptions> = {}) => {
    const c = new StoryClusterer({ joinThreshold: 2, threadThreshold: 0.001, ...options });
    feed(c, background.slice(0, 20));
    return articles.map((a) => {
      const p = c.add(a);
      if (p.kind !== "opened") throw new Error("expected a new story");
      const m = /continues thread (\S+) \(score ([\d.]+)\)/.exec(p.reason);
      return { thread: p.thread, continued: m?.[1] ?? null, score: m ? Number(m[2]) : 0 };
    });
  };
  const retitled = (a: Article, title: string, id: string, when = a.publishedAt?.value ?? null): Article =>
    art(a.outlet, title, a.text, when, id);

  it("adds up the thread scores of a thread's stories opened within a day of the article", () => {
    // A second outlet's copy of the first report (a story of its own here, nothing joins) is surely
    // of its thread; the third report has two stories of that thread to go by.
    const copy = retitled(bridge[0]!, bridge[1]!.title, "bridge-1-copy", iso(0, 3));
    const storyline = [bridge[0]!, copy, bridge[2]!];
    const [, second, third] = threadScores(storyline);
    const [, , alone] = threadScores(storyline, { threadDayWindow: 0 });
    expect(second!.continued).toBe("t-bridge-1");
    expect(third!.continued).toBe("t-bridge-1");
    expect(third!.score).toBeGreaterThan(alone!.score);
    expect(third!.score).toBeLessThanOrEqual(1 - (1 - alone!.score) ** 2 + 0.001);
    // So a threshold between the two links the third to the storyline only when they add up.
    const threadThreshold = (third!.score + alone!.score) / 2;
    expect(second!.score).toBeGreaterThan(threadThreshold);
    expect(threadScores(storyline, { threadThreshold })[2]!.thread).toBe("t-bridge-1");
    expect(threadScores(storyline, { threadThreshold, threadDayWindow: 0 })[2]!.thread).toBe("t-bridge-3");
  });

  it("counts stories one by one when they opened over a day before, or their thread has grown broad", () => {
    const copy = retitled(bridge[0]!, bridge[1]!.title, "bridge-1-copy", iso(0, 3));
    const late = retitled(bridge[2]!, bridge[2]!.title, "bridge-3-late", iso(2, 6));
    const [, , agg] = threadScores([bridge[0]!, copy, late]);
    const [, , alone] = threadScores([bridge[0]!, copy, late], { threadDayWindow: 0 });
    expect(alone!.continued).toBe("t-bridge-1");
    expect(agg!.score).toBeCloseTo(alone!.score, 3);
    const storyline = [bridge[0]!, copy, bridge[2]!];
    const [, , broad] = threadScores(storyline, { threadDayStories: 1 });
    const [, , single] = threadScores(storyline, { threadDayWindow: 0 });
    const [, , added] = threadScores(storyline);
    expect(added!.score).toBeGreaterThan(single!.score);
    expect(broad!.score).toBeCloseTo(single!.score, 3);
  });

  it("counts stories one by one when their thread opened more than threadBusyStories within the day", () => {
    // The first report and its copy opened within a day of the third: two, so a limit of one makes the thread busy.
    const copy = retitled(bridge[0]!, bridge[1]!.title, "bridge-1-copy", iso(0, 3));
    const storyline = [bridge[0]!, copy, bridge[2]!];
    const [, , busy] = threadScores(storyline, { threadBusyStories: 1 });
    const [, , single] = threadScores(storyline, { threadDayWindow: 0 });
    const [, , added] = threadScores(storyline, { threadBusyStories: 2 });
    expect(added!.score).toBeGreaterThan(single!.score);
    expect(busy!.continued).toBe("t-bridge-1");
    expect(busy!.score).toBeCloseTo(single!.score, 3);
  });

  it("takes a share off the thread score when the headlines count one thing with far-apart numbers", () => {
    const first = retitled(bridge[0]!, "تركيب 600 لوحة إعلانية في مدينة وادي النور", "boards-600");
    const far = retitled(bridge[1]!, "تركيب 292 لوحة إعلانية في مدينة وادي النور", "boards-292");
    const close = retitled(bridge[1]!, "تركيب 610 لوحة إعلانية في مدينة وادي النور", "boards-610");
    const none = retitled(bridge[1]!, "تركيب لوحات إعلانية في مدينة وادي النور", "boards-none");
    const base = threadScores([first, none])[1]!.score;
    expect(base).toBeGreaterThan(0);
    expect(threadScores([first, close])[1]!.score).toBeCloseTo(base, 2);
    expect(threadScores([first, far])[1]!.score / base).toBeCloseTo(1 - defaultClusterOptions.threadCountPenalty, 2);
  });

  describe("re-threading a story alone in its thread", () => {
    // The final's first report opens a story and thread of its own; its second report tells the bridge as well,
    // joins the final's story and continues the bridge's thread (0.3 or more). The final's story as a whole (two
    // reports, one of them all football) has a cosine of about 0.27 with the bridge's story.
    const second = art("outlet-c", final[1]!.title, `${final[1]!.text}\n\n${bridge[1]!.text}`, iso(0, 4), "mixed");
    const run = (articles: Article[], options: Partial<typeof defaultClusterOptions>) => {
      const c = new StoryClusterer(options);
      feed(c, background.slice(0, 20));
      const placed = articles.map((a) => c.add(a));
      return { placed, threads: c.threads().filter((t) => !t.id.startsWith("t-f7")) };
    };

    it("moves the story into the thread a report that joins it continues, when the story is close to it", () => {
      const { placed, threads } = run([bridge[0]!, final[0]!, second], { threadMoveCore: 0.2 });
      expect(placed[2]).toMatchObject({ kind: "joined", story: "s-final-1", thread: "t-bridge-1" });
      expect(threads).toEqual([{ id: "t-bridge-1", stories: ["s-bridge-1", "s-final-1"] }]);
      // The first report's placement named the thread the story left; a one-shot batch gives the thread it is in.
      expect(placed[1]).toMatchObject({ kind: "opened", story: "s-final-1", thread: "t-final-1" });
      const batch = clusterArticles([...background.slice(0, 20), bridge[0]!, final[0]!, second], [], undefined, {
        threadMoveCore: 0.2,
      });
      expect(batch.placements.get(final[0]!.id)).toMatchObject({ story: "s-final-1", thread: "t-bridge-1" });
      // Not when the story as a whole is farther from it than threadMoveCore, nor with re-threading off.
      for (const options of [{}, { threadMoveCore: 0.2, threadMoveThreshold: 2 }]) {
        const kept = run([bridge[0]!, final[0]!, second], options);
        expect(kept.placed[2]).toMatchObject({ kind: "joined", story: "s-final-1", thread: "t-final-1" });
        expect(kept.threads.map((t) => t.id)).toEqual(["t-bridge-1", "t-final-1"]);
      }
    });

    it("asks threadMoveOlderCore of a thread it reaches through older stories only", () => {
      // The bridge's thread holds two stories, both opened over a day before the final's reports.
      const later = art("outlet-c", bridge[2]!.title, bridge[2]!.text, iso(2, 6), "later");
      const f1 = art("outlet-a", final[0]!.title, final[0]!.text, iso(4, 2), "f1");
      const f2 = art("outlet-c", second.title, second.text, iso(4, 4), "f2");
      const storyline = [bridge[0]!, later, f1, f2];
      const moved = run(storyline, { threadMoveCore: 0.2, threadMoveOlderCore: 0.2 });
      expect(moved.placed[1]!.thread).toBe("t-bridge-1");
      expect(moved.placed[3]).toMatchObject({ kind: "joined", story: "s-f1", thread: "t-bridge-1" });
      const kept = run(storyline, { threadMoveCore: 0.2 });
      expect(kept.placed[3]).toMatchObject({ kind: "joined", story: "s-f1", thread: "t-f1" });
    });
  });

  it("scores a thread as its best story or the noisy-or of its recent ones, whichever is higher", () => {
    const ev = new Map<string, ThreadEvidence>();
    addThreadEvidence(ev, "t-broad", 0.2, false);
    addThreadEvidence(ev, "t-broad", 0.15, false);
    addThreadEvidence(ev, "t-event", 0.12, true);
    addThreadEvidence(ev, "t-event", 0.1, true);
    addThreadEvidence(ev, "t-none", 0, true);
    expect(ev.has("t-none")).toBe(false);
    const { thread, score } = bestThread(ev);
    expect(thread).toBe("t-event");
    expect(score).toBeCloseTo(1 - 0.88 * 0.9, 9);
    // Old stories count one by one: the broad thread scores as its best story.
    ev.delete("t-event");
    expect(bestThread(ev)).toEqual({ thread: "t-broad", score: 0.2 });
    expect(bestThread(new Map())).toEqual({ thread: null, score: 0 });
  });
});
