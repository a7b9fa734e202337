/**
 * Incremental story and thread clustering.
 *
 * Each article is compared with the few stories an inverted index over their top centroid
 * stems proposes (never with every story), scored on TF-IDF cosine of what it says outside
 * passages it shares as background, title cosine, entity overlap and time decay, and joins
 * the best story above `joinThreshold` or opens a new one. A new story joins the thread of
 * an older story that it resembles under a longer decay, or that it shares pasted passages
 * with, or of several stories of one thread opened within a day that together resemble it
 * (`bestThread`); its body and its entities count no more than it resembles the thread's core
 * (`ThreadCore`) and entity core, so that a chain of pairwise resemblances does not gather a
 * region's or a club's news into one thread. A story alone in its thread moves to another when a later report of it continues that one
 * (`rethread`). Stories whose last article falls out of `threadWindow` leave the working set.
 */

import type { Annotations, Article, Reuse, Story, Thread } from "../model/types.js";
import { EVENT_DAY_CHARS, entityCounts, leadDays, leadOf, leadSpeakers, numberKeys } from "./article-signals.js";
import { type ArticleFeatures, articleFeatures, type Counts } from "./features.js";
import { headlineGuests, termsOf } from "./guests.js";
import { headlineCounts } from "./headline.js";
import { type ClusterOptions, resolveClusterOptions } from "./options.js";
import { namedPlaces } from "./places.js";
import { type DocFrequencyPrior, defaultPrior } from "./prior.js";
import type {
  ClustererChanges,
  ClustererHeader,
  Member,
  Placement,
  Query,
  Scored,
  State,
  StoryRec,
  StoryScore,
  SynthesizedStory,
  ThreadParts,
  ThreadRec,
  Vec,
} from "./story-records.js";
import { storyScore } from "./story-score.js";
import {
  DF_DELTA_ITEM,
  DF_ITEM,
  flat,
  fromItems,
  ITEMS_VERSION,
  STATE_VERSION,
  STORY_ITEM,
  serialStory,
  THREAD_ITEM,
  THREADS_IN_HEADER_VERSION,
  threadItem,
} from "./story-state.js";
import { synthesize } from "./synthesize.js";
import { decay, dot, headOf, normOf, truncate } from "./term-vectors.js";
import { addToCore, coreCosine, type ThreadCore } from "./thread-core.js";
import { addThreadEvidence, bestCoreThread, busyThread, moveCoreBar, type ThreadEvidence } from "./thread-evidence.js";
import { heaviest, topByScore } from "./top.js";
import { headlineTrend } from "./trend.js";

export type { ClusterOptions } from "./options.js";
export { defaultClusterOptions, resolveClusterOptions } from "./options.js";
export type { ClustererChanges, ClustererHeader, Placement, SynthesizedStory } from "./story-records.js";
export { addThreadEvidence, bestThread, type ThreadEvidence } from "./thread-evidence.js";

/** Distinct lead days a story remembers (bounded memory; a story spans a few days). */
const MAX_STORY_DAYS = 16;

/** Distinct numbers a story remembers (bounded memory). */
const MAX_STORY_NUMBERS = 64;

/** Headline counts a story remembers (bounded memory; most headlines count nothing). */
const MAX_STORY_COUNTS = 16;

/** Distinct lead speakers a story remembers (bounded memory). */
const MAX_STORY_SPEAKERS = 16;

/** Distinct places a story remembers of its headlines, and of its headlines and leads (bounded memory). */
const MAX_STORY_PLACES = 32;

/** Distinct guest terms a story remembers of its headlines (bounded memory). */
const MAX_STORY_GUESTS = 32;

/**
 * Postings longer than this are skipped in candidate retrieval: a term at the top of that many
 * stories' centroids (a season's league name, a country) names a topic, not an event, and
 * walking its list would make an add cost grow with the working set.
 */
const MAX_POSTING = 1500;

/** Most titles hold under 15 stems; 40 keeps every title of a large story's core. */
const TITLE_TERMS = 40;

/** Touching lists are for display; a story touched by more roundups than this keeps the first ones. */
const MAX_TOUCHING = 200;

/** Candidates whose paragraphs are tested for touching (best by story score). */
const TOUCH_CANDIDATES = 4;

/**
 * Whole-article score a story needs before its paragraphs are tested for touching: a roundup
 * item of one paragraph among five still lifts the whole-article cosine above this.
 */
const TOUCH_PREFILTER = 0.08;

function storyOrder(a: Member, b: Member): number {
  if (a.time !== null && b.time !== null && a.time !== b.time) return a.time - b.time;
  if (a.time === null && b.time !== null) return 1;
  if (b.time === null && a.time !== null) return -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Incremental clusterer. Articles arrive in time order (publishedAt; undated ones cluster
 * by content alone). Each add is proportional to its candidates, not to the corpus. State is
 * serialisable and bounded: stories older than the working window leave the working set
 * (their final Story stays available from `stories()` until flushed via `drain()`).
 *
 * @example
 * const c = new StoryClusterer();
 * for (const a of articles) c.add(a, reuseOf(a));
 * c.stories(); // [{ id: "s-…", headline, summary, articles, outlets, thread, … }]
 * const saved = JSON.stringify(c.toJSON());
 * const again = new StoryClusterer({}, JSON.parse(saved)); // continues where it stopped
 */
export class StoryClusterer {
  readonly options: ClusterOptions;
  private docs = 0;
  /**
   * Document frequencies, boxed so that one lookup both reads and increments: `n` counted here,
   * `p` the prior's share (see `priorOf`), fixed when the term is first seen; -1 until the prior
   * is loaded (terms restored from a saved state); `d` counted since the last `takeChanges`.
   */
  private df = new Map<string, { n: number; p: number; d: number }>();
  /** Terms whose `d` is above 0, in the order they were first counted since the last `takeChanges`. */
  private dfTouched: string[] = [];
  /** Increment items stored after the `df` item (see `ClustererHeader.dfDeltas`), and their entries in all. */
  private dfDeltas = 0;
  private dfDeltaEntries = 0;
  /** The vocabulary was pruned (or never written): the next `takeChanges` writes the `df` item whole. */
  private dfRewrite = true;
  /** Nothing written as items yet (a fresh state, or one loaded whole): the next `takeChanges` writes everything. */
  private rewrite = true;
  /** Stories opened, joined or touched since the last `takeChanges`, and those that left the working set. */
  private readonly dirty = new Set<string>();
  private readonly gone = new Set<string>();
  /**
   * Threads opened, grown or shrunk (by `drain`) since the last `takeChanges`, and those that ended;
   * `threadsRewrite` when the store holds none as items yet (a header that carried them whole).
   */
  private readonly dirtyThreads = new Set<string>();
  private readonly goneThreads = new Set<string>();
  private threadsRewrite = false;
  /** Reference-corpus frequencies blended into idf; undefined: the default, read on the first add. */
  private prior: DocFrequencyPrior | null | undefined;
  private priorReady = false;
  /** Articles the prior counts as: `priorWeight` × its corpus size (0 without a prior). */
  private priorDocs = 0;
  /** Document frequencies of the current article's terms (a small map the weighting reads). */
  private dfNow = new Map<string, number>();
  /**
   * `df`'s boxes by term id (`ArticleFeatures.fullIds`), so that an article's terms find their
   * boxes without a lookup each in the large map (it was a tenth of the bench's time). Valid for
   * one id generation and one `df` map; emptied when the vocabulary is pruned.
   */
  private boxes: ({ n: number; p: number; d: number } | undefined)[] = [];
  private boxesOf: { generation: number; df: Map<string, { n: number; p: number; d: number }> } | null = null;
  private clock: number | null = null;
  private adds = 0;
  private readonly active = new Map<string, StoryRec>();
  private readonly index = new Map<string, Set<string>>();
  private readonly articleStory = new Map<string, string>();
  /** Threads in the order they opened (`opened` keeps that order across saves as items). */
  private readonly threadStories = new Map<string, ThreadRec>();
  /** Cores (`ThreadCore`) of threads of two stories or more (one story is its own core); rebuilt on load, not saved. */
  private readonly cores = new Map<string, ThreadCore>();
  /**
   * Entity cores of the threads in `cores`: the sum of their stories' normalised entity vectors, kept, made and
   * dropped with them (`ThreadReach`'s `entity`).
   */
  private readonly entityCores = new Map<string, ThreadCore>();
  private drainedStories: SynthesizedStory[] = [];
  private readonly cache = new Map<string, SynthesizedStory>();

  /**
   * `prior`: document frequencies of a reference corpus to blend into idf; by default the
   * committed models/df.tsv.gz, read on the first `add` (null: idf from what is added alone).
   */
  constructor(options: Partial<ClusterOptions> = {}, state?: unknown, prior?: DocFrequencyPrior | null) {
    this.options = resolveClusterOptions(options);
    if (prior !== undefined) this.prior = prior;
    if (state !== undefined && state !== null) this.load(state);
  }

  /** Number of stories in the working set. */
  get workingSetSize(): number {
    return this.active.size;
  }

  /** Story and thread ids recorded for the next `takeChanges` (none before the first save). */
  get pendingChanges(): number {
    return this.dirty.size + this.gone.size + this.dirtyThreads.size + this.goneThreads.size;
  }

  /**
   * The thread a story of the working set is in now: a story alone in its thread may move to another as it is
   * joined (`rethread`), so the thread a `Placement` named for its earlier reports can be out of date.
   * Undefined for a story that left the working set (or never was).
   *
   * @example
   * c.threadOf(placement.story); // "t-…"
   */
  threadOf(story: string): string | undefined {
    return this.active.get(story)?.thread;
  }

  /** Number of terms with a document frequency. */
  get vocabularySize(): number {
    return this.df.size;
  }

  /**
   * Places one article: joins the best story above the threshold or opens a new one.
   * `reuse` are the links `link` found for it (any that do not involve it are ignored).
   *
   * @example
   * c.add(article, reuse); // { kind: "joined", story: "s-…", thread: "t-…", score: 0.62, touching: [] }
   */
  add(article: Article, reuse: Reuse[] = [], annotations?: Annotations): Placement {
    const o = this.options;
    this.adds++;
    const known = this.articleStory.get(article.id);
    if (known !== undefined) {
      const s = this.active.get(known)!;
      return { kind: "joined", story: s.id, thread: s.thread, score: 1, touching: [] };
    }
    if (!this.priorReady) this.usePrior(this.prior === undefined ? defaultPrior() : this.prior);
    const f = articleFeatures(article, reuse, o);
    this.docs++;
    // One lookup per term in the large map; weighting then reads the small one.
    this.dfNow = new Map();
    const entCounts = entityCounts(annotations);
    const boxes = this.boxesFor(f.termGeneration);
    let k = 0;
    for (const t of f.full.keys()) {
      const id = f.fullIds[k++]!;
      // Grown by push, not by writing past the end, so that the array stays dense.
      while (boxes.length <= id) boxes.push(undefined);
      let box = boxes[id];
      if (box === undefined) {
        box = this.df.get(t);
        if (box === undefined) {
          box = { n: 0, p: this.priorOf(t), d: 0 };
          this.df.set(t, box);
        }
        boxes[id] = box;
      }
      this.dfNow.set(t, ++box.n + box.p);
      if (box.d++ === 0) this.dfTouched.push(t);
    }
    for (const t of entCounts.keys()) {
      const box = this.df.get(t);
      if (box) {
        this.dfNow.set(t, ++box.n + box.p);
        if (box.d++ === 0) this.dfTouched.push(t);
      } else {
        const p = this.priorOf(t);
        this.df.set(t, { n: 1, p, d: 1 });
        this.dfNow.set(t, 1 + p);
        this.dfTouched.push(t);
      }
    }
    if (this.df.size > o.maxVocabulary) this.pruneVocabulary();
    // The clock is where the stream is: the last dated article, not the newest date ever seen, so that a
    // run that goes back in time (a 2015 archive after 2018 news) keeps the stories of its own period.
    if (f.time !== null) this.clock = f.time;
    if (this.adds % o.sweepEvery === 0) this.sweep();

    if (f.contentWords < o.minContentWords) {
      const why =
        f.contentWords === 0
          ? "no content words (empty, all boilerplate or all stopwords): not clustered"
          : `only ${f.contentWords} content word(s), fewer than ${o.minContentWords}: too short to compare`;
      const s = this.open(article, f, null, false);
      return { kind: "opened", story: s.id, thread: s.thread, touching: [], reason: why };
    }

    const vec = this.weigh(f.novel, o.centroidTerms);
    const fullVec = f.full === f.novel ? vec : this.weigh(f.full, o.centroidTerms);
    const titleVec = this.weigh(f.title, TITLE_TERMS);
    // What the article reports, as its text vector does: entities and numbers named only inside passages it
    // shares as background (a recap pasted from another report) are that report's, not this one's.
    const bg = f.backgroundSpans;
    const ents = this.weigh(
      bg.length > 0 ? entityCounts(annotations, bg) : entCounts,
      this.options.centroidTerms,
      true,
      false,
    );
    const nums = numberKeys(annotations, bg);
    const days = leadDays(annotations, f.time, o.leadDayMaxAge);
    const counts = headlineCounts(article.title ?? "");
    const speakers = leadSpeakers(annotations);
    const annotated = annotations !== undefined;
    const title = article.title ?? "";
    const places = namedPlaces(title);
    const around = new Set([...places, ...namedPlaces((article.text ?? "").slice(0, EVENT_DAY_CHARS))]);
    const trend = headlineTrend(title);
    const guests = headlineGuests(title);
    // What the headline and lead name, against which a story's guests are looked up (a meeting headline only).
    const guestAround =
      guests === undefined ? new Set<string>() : termsOf(`${title}\n${(article.text ?? "").slice(0, EVENT_DAY_CHARS)}`);
    const q: Query = {
      f,
      vec,
      fullVec,
      titleVec,
      ents,
      nums,
      days,
      counts,
      annotated,
      speakers,
      places,
      around,
      trend,
      guests,
      guestAround,
    };
    const candidates = this.candidates(vec, f, titleVec);

    let best: StoryRec | null = null;
    let bestScore = 0;
    const evidence = new Map<string, ThreadEvidence>();
    const scored: Scored[] = [];
    const parts: [StoryRec, ThreadParts, boolean][] = [];
    for (const s of candidates) {
      const { score, thread: ts, threadParts, content } = this.scoreStory(q, s);
      scored.push({ s, score, content });
      if (score > bestScore || (score === bestScore && best !== null && score > 0 && s.id < best.id)) {
        bestScore = score;
        best = s;
      }
      const recent = this.recentInThread(f.time, s);
      addThreadEvidence(evidence, s.thread, ts, recent);
      if (ts > 0 && this.cores.has(s.thread)) parts.push([s, threadParts, recent]);
    }

    const main = best !== null && bestScore >= o.joinThreshold ? best : null;
    const touching = this.touching(f, scored, main);
    if (main !== null) {
      this.join(main, article, q, reuse);
      this.rethread(main, evidence, parts, q);
      return { kind: "joined", story: main.id, thread: main.thread, score: round(bestScore), touching };
    }
    const { thread: threadBest, score: threadScore } = bestCoreThread(
      evidence,
      parts,
      this.cores,
      this.entityCores,
      q,
      o,
    );
    const thread = threadBest !== null && threadScore >= o.threadThreshold ? threadBest : null;
    const s = this.open(article, f, thread, true, q, reuse);
    const reason =
      (candidates.length === 0
        ? "no story in the working set shares its key terms"
        : `best story score ${round(bestScore)} is below the join threshold ${o.joinThreshold}`) +
      (f.time === null ? "; undated, compared by content alone" : "") +
      (thread !== null ? `; continues thread ${thread} (score ${round(threadScore)})` : "");
    return { kind: "opened", story: s.id, thread: s.thread, touching, reason };
  }

  /** Current stories (working set, then those that left it and were not drained yet), synthesised. */
  stories(): SynthesizedStory[] {
    const out: SynthesizedStory[] = [];
    for (const s of this.active.values()) out.push(this.synth(s));
    out.push(...this.drainedStories);
    return out;
  }

  /**
   * The working set's stories and threads that changed since the last `takeChanges` (all of them when the next
   * save rewrites the state whole), synthesised: what a batch's store write must upsert besides the drained
   * stories. Call it before `takeChanges`. The working set held 5,700 stories after six days of SaudiNewsNet,
   * and writing them all took a third of an ingest's time.
   */
  changed(): { stories: SynthesizedStory[]; threads: Thread[] } {
    if (this.rewrite) return { stories: [...this.active.values()].map((s) => this.synth(s)), threads: this.threads() };
    const stories: SynthesizedStory[] = [];
    for (const id of this.dirty) {
      const s = this.active.get(id);
      if (s) stories.push(this.synth(s));
    }
    const ids = this.threadsRewrite ? [...this.threadStories.keys()] : [...this.dirtyThreads];
    const threads: Thread[] = [];
    for (const id of ids) {
      const t = this.threadStories.get(id);
      if (t) threads.push({ id, stories: [...t.stories] });
    }
    return { stories, threads };
  }

  /** Threads of the current stories. */
  threads(): Thread[] {
    return [...this.threadStories].map(([id, t]) => ({ id, stories: [...t.stories] }));
  }

  /**
   * Stories that left the working set since the last call, for the store to persist, with the
   * threads they belong to (as known now: a thread's other stories may still be active).
   */
  drain(): { stories: Story[]; threads: Thread[] } {
    const stories = this.drainedStories;
    this.drainedStories = [];
    const ids = new Set<string>();
    for (const s of stories) ids.add(s.thread);
    const drainedHere = new Set(stories.map((s) => s.id));
    const threads: Thread[] = [];
    for (const id of ids) {
      const t = this.threadStories.get(id);
      const list = t?.stories ?? [];
      threads.push({ id, stories: [...list] });
      if (t === undefined) continue;
      const remaining = list.filter((x) => !drainedHere.has(x) && this.active.has(x));
      if (remaining.length === 0) {
        this.threadStories.delete(id);
        this.dirtyThreads.delete(id);
        this.track(this.goneThreads, id);
      } else if (remaining.length < list.length) {
        t.stories = remaining;
        this.track(this.dirtyThreads, id);
      }
    }
    return { stories, threads };
  }

  /**
   * Serialisable state (plain JSON data, fresh arrays; the drained stories are shared, not copied);
   * `new StoryClusterer(options, state)` continues from it.
   */
  toJSON(): unknown {
    const state: State = {
      version: STATE_VERSION,
      docs: this.docs,
      df: [...this.df].map(([t, b]) => [t, b.n]),
      clock: this.clock,
      adds: this.adds,
      stories: [...this.active.values()].map(serialStory),
      drained: { stories: this.drainedStories, threads: [] },
      threads: [...this.threadStories].map(([k, t]) => [k, [...t.stories], t.opened]),
    };
    // Already plain data (every Map and Set above is copied into arrays), so no deep copy: the store
    // serialises it once (a JSON round trip here doubled the cost of saving the state every batch).
    return state;
  }

  /**
   * Records a changed story or thread for the next `takeChanges`. Not while nothing has been written as
   * items: that save writes the whole working set anyway, and a run that never saves (a benchmark, a
   * one-shot `clusterArticles`) would otherwise keep the id of every story that ever left.
   */
  private track(set: Set<string>, id: string): void {
    if (!this.rewrite) set.add(id);
  }

  /**
   * What changed since the last call, as store items (see `ClustererChanges`): a batch's save is then
   * proportional to the stories it touched, not to the working set (51 MB of state after the whole
   * corpus, written every batch before).
   */
  takeChanges(): ClustererChanges {
    const upserts: [string, unknown][] = [];
    const deletes: string[] = [];
    const clear = this.rewrite;
    if (clear) {
      for (const s of this.active.values()) upserts.push([STORY_ITEM + s.id, serialStory(s)]);
    } else {
      for (const id of this.gone) if (!this.active.has(id)) deletes.push(STORY_ITEM + id);
      for (const id of this.dirty) {
        const s = this.active.get(id);
        if (s) upserts.push([STORY_ITEM + id, serialStory(s)]);
      }
    }
    if (clear || this.threadsRewrite) {
      for (const [id, t] of this.threadStories) upserts.push([THREAD_ITEM + id, threadItem(t)]);
    } else {
      for (const id of this.goneThreads) if (!this.threadStories.has(id)) deletes.push(THREAD_ITEM + id);
      for (const id of this.dirtyThreads) {
        const t = this.threadStories.get(id);
        if (t) upserts.push([THREAD_ITEM + id, threadItem(t)]);
      }
    }
    const delta: [string, number][] = [];
    for (const t of this.dfTouched) {
      const box = this.df.get(t);
      if (box !== undefined && box.d > 0) delta.push([t, box.d]);
      if (box !== undefined) box.d = 0;
    }
    this.dfTouched = [];
    // Increments pile up until they hold as many entries as the table itself; then it is rewritten whole,
    // so a load reads at most twice the table and a save writes on average about twice its increments.
    if (clear || this.dfRewrite || this.dfDeltaEntries + delta.length > this.df.size) {
      upserts.push([DF_ITEM, [...this.df].map(([t, b]) => [t, b.n])]);
      if (!clear) for (let k = 0; k < this.dfDeltas; k++) deletes.push(DF_DELTA_ITEM + k);
      this.dfDeltas = 0;
      this.dfDeltaEntries = 0;
    } else if (delta.length > 0) {
      upserts.push([DF_DELTA_ITEM + this.dfDeltas++, delta]);
      this.dfDeltaEntries += delta.length;
    }
    this.rewrite = false;
    this.dfRewrite = false;
    this.threadsRewrite = false;
    this.dirty.clear();
    this.gone.clear();
    this.dirtyThreads.clear();
    this.goneThreads.clear();
    const header: ClustererHeader = {
      version: ITEMS_VERSION,
      docs: this.docs,
      clock: this.clock,
      adds: this.adds,
      drained: { stories: this.drainedStories, threads: [] },
      dfDeltas: this.dfDeltas,
      dfDeltaEntries: this.dfDeltaEntries,
    };
    return { header, clear, upserts, deletes };
  }

  private load(raw: unknown): void {
    const version = (raw as { version?: unknown } | null)?.version;
    const items = version === ITEMS_VERSION || version === THREADS_IN_HEADER_VERSION;
    const st = (items ? fromItems(raw) : raw) as Partial<State>;
    if (typeof st !== "object" || st.version !== STATE_VERSION || !Array.isArray(st.stories)) {
      throw new TypeError(
        `cluster state: expected an object with version ${STATE_VERSION} (from StoryClusterer.toJSON()) or a header with version ${THREADS_IN_HEADER_VERSION} or ${ITEMS_VERSION} and its items (from takeChanges()), got ${JSON.stringify(raw)?.slice(0, 80)}; start without state to rebuild`,
      );
    }
    this.docs = st.docs ?? 0;
    this.df = new Map((st.df ?? []).map(([t, n]) => [t, { n, p: -1, d: 0 }]));
    this.clock = st.clock ?? null;
    this.adds = st.adds ?? 0;
    // Loaded from items, the store holds this state already; loaded whole, the next save rewrites it as items.
    this.rewrite = !items;
    this.dfRewrite = !items;
    this.dfDeltas = items ? ((raw as ClustererHeader).dfDeltas ?? 0) : 0;
    this.dfDeltaEntries = items ? ((raw as ClustererHeader).dfDeltaEntries ?? 0) : 0;
    const n = st.stories.length;
    for (const [i, s] of st.stories.entries()) {
      const rec: StoryRec = {
        ...s,
        opened: s.opened ?? i - n,
        sum: new Map(s.sum),
        titleSum: new Map(s.titleSum),
        entities: new Map(s.entities),
        entityNorm: 0,
        heads: s.heads ?? [],
        numbers: new Map(s.numbers ?? []),
        days: new Map(s.days ?? []),
        counts: s.counts ?? [],
        speakers: new Map(s.speakers ?? []),
        places: new Map(s.places ?? []),
        around: new Map(s.around ?? []),
        trend: s.trend ?? [0, 0],
        guests: new Map(s.guests ?? []),
      };
      rec.entityNorm = normOf(rec.entities);
      this.active.set(rec.id, rec);
      for (const m of rec.members) this.articleStory.set(m.id, rec.id);
      for (const t of rec.indexed) this.postings(t).add(rec.id);
    }
    // Threads of a state saved before they kept `opened` come before any opened later, in their order.
    const threads = st.threads ?? [];
    for (const [i, [k, v, opened]] of threads.entries()) {
      this.threadStories.set(k, { opened: opened ?? i - threads.length, stories: v });
      if (v.filter((id) => this.active.has(id)).length > 1) this.coreOf(k);
    }
    // A version 2 header held the threads: the store has no thread items yet, the next save writes them all.
    this.threadsRewrite = version === THREADS_IN_HEADER_VERSION;
    this.drainedStories = st.drained?.stories ?? [];
  }

  /**
   * Re-chooses the thread of a story alone in its thread, as an article joins it: a story opens its thread on its
   * first report, and a later one often says more plainly which storyline it continues. The article's thread
   * evidence, without the story's own thread, must pass `threadMoveThreshold`, and the story's centroid (the
   * article with its earlier reports) must be close to the other thread (`moveCoreBar`): one report's words alone
   * would move a story on a passing resemblance. Only a story alone in its thread moves: one that others followed
   * into its thread is a storyline of its own, and moving it would take them along or split them from it. The
   * placements returned for its earlier reports named the thread it left; the story and thread changes
   * (`changed`, `takeChanges`) carry the move.
   */
  private rethread(
    s: StoryRec,
    evidence: Map<string, ThreadEvidence>,
    parts: [StoryRec, ThreadParts, boolean][],
    q: Query,
  ): void {
    const o = this.options;
    if (this.threadStories.get(s.thread)?.stories.length !== 1 || s.sumNorm === 0) return;
    evidence.delete(s.thread);
    const others = parts.filter(([x]) => x.thread !== s.thread);
    const { thread, score } = bestCoreThread(evidence, others, this.cores, this.entityCores, q, o);
    const to = thread === null ? undefined : this.threadStories.get(thread);
    if (thread === null || to === undefined || score < Math.max(o.threadMoveThreshold, o.threadThreshold)) return;
    const recent = 1 - (evidence.get(thread)?.miss ?? 1);
    if (this.storyThreadCosine(s, thread, to) < moveCoreBar(to.stories.length, recent, o)) return;
    const from = s.thread;
    this.cores.delete(from);
    this.entityCores.delete(from);
    addToCore(this.coreOf(thread), s.sum, s.sumNorm, 1);
    addToCore(this.entityCores.get(thread)!, s.entities, s.entityNorm, 1);
    s.thread = thread;
    to.stories.push(s.id);
    this.threadStories.delete(from);
    this.dirtyThreads.delete(from);
    this.track(this.goneThreads, from);
    this.track(this.dirtyThreads, thread);
    this.track(this.dirty, s.id);
    this.cache.delete(s.id);
  }

  /** Cosine of a story's centroid with a thread's core, or with its one story's centroid (a thread of one has no core). */
  private storyThreadCosine(s: StoryRec, thread: string, to: ThreadRec): number {
    const own: Vec = { terms: [...s.sum.keys()], weights: [...s.sum.values()].map((w) => w / s.sumNorm) };
    const core = this.cores.get(thread);
    if (core !== undefined) return coreCosine(own, core);
    const other = to.stories.map((id) => this.active.get(id)).find((x) => x !== undefined);
    return other === undefined || other.sumNorm === 0 ? 0 : dot(own, other.sum) / other.sumNorm;
  }

  /** The core of a thread (see `cores`), made on first use from its stories in the working set, with its entity core. */
  private coreOf(thread: string): ThreadCore {
    let c = this.cores.get(thread);
    if (c === undefined) {
      c = { sum: new Map(), sq: 0 };
      const e: ThreadCore = { sum: new Map(), sq: 0 };
      for (const id of this.threadStories.get(thread)?.stories ?? []) {
        const s = this.active.get(id);
        if (s === undefined) continue;
        addToCore(c, s.sum, s.sumNorm, 1);
        addToCore(e, s.entities, s.entityNorm, 1);
      }
      this.cores.set(thread, c);
      this.entityCores.set(thread, e);
    }
    return c;
  }

  private postings(t: string): Set<string> {
    let p = this.index.get(t);
    if (!p) {
      p = new Set();
      this.index.set(t, p);
    }
    return p;
  }

  /**
   * Sets the prior and gives every term already counted its share of it. Terms are blended as
   * though the prior's articles (scaled by `priorWeight`) had been added before the first one:
   * idf = log((docs + priorDocs + 1) / (n + p + 1)) + 1, so a small batch weighs its words by how
   * news at large uses them, and a long run's own counts take over as they outgrow the prior.
   */
  private usePrior(prior: DocFrequencyPrior | null): void {
    this.prior = prior;
    this.priorReady = true;
    this.priorDocs = prior === null ? 0 : this.options.priorWeight * prior.docs;
    for (const [t, box] of this.df) if (box.p < 0) box.p = this.priorOf(t);
  }

  /**
   * The prior's share of a term's document frequency: its scaled count, or for a term the table
   * left out (held by fewer than `minDf` of its articles) half that minimum. Entity ids (keyed
   * from U+0001) get none: they are weighted on this run's counts alone (`weigh(…, false)`).
   */
  private priorOf(t: string): number {
    const prior = this.prior;
    if (!prior || this.priorDocs === 0 || t.charCodeAt(0) === 1) return 0;
    return (this.priorDocs / prior.docs) * (prior.get(t) ?? prior.minDf / 2);
  }

  /** TF-IDF vector of counts, top `k` terms, L2-normalised; `withPrior` false for entity ids. */
  private weigh(counts: Counts, k: number, sorted = true, withPrior = true): Vec {
    const n = withPrior ? this.docs + this.priorDocs : this.docs;
    const m = counts.size;
    const terms: string[] = new Array(m);
    const weights: number[] = new Array(m);
    let i = 0;
    for (const [t, c] of counts) {
      let df = this.dfNow.get(t);
      if (df === undefined) {
        const box = this.df.get(t);
        df = box === undefined ? 0 : box.n + Math.max(0, box.p);
      }
      terms[i] = t;
      weights[i] = (1 + Math.log(c)) * (Math.log((n + 1) / (df + 1)) + 1);
      i++;
    }
    let outTerms = terms;
    let outWeights = weights;
    if (sorted) {
      // Heaviest first; ties keep the text's order (deterministic, and cheaper than comparing strings).
      const order = heaviest(weights, k);
      outTerms = order.map((j) => terms[j]!);
      outWeights = order.map((j) => weights[j]!);
    }
    let norm = 0;
    for (const w of outWeights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < outWeights.length; j++) outWeights[j] = outWeights[j]! / norm;
    return { terms: outTerms, weights: outWeights };
  }

  /** Scores of one article against one story: joining (story decay) and thread linking (thread decay), with their parts. */
  private scoreStory(q: Query, s: StoryRec): StoryScore {
    return storyScore(q, s, this.gap(q.f.time, s), this.articleStory, this.options);
  }

  /** Stories proposed by the index for the article's top terms and title terms, plus those holding its reuse partners. */
  private candidates(vec: Vec, f: ArticleFeatures, titleVec: Vec): StoryRec[] {
    const o = this.options;
    const acc = new Map<string, number>();
    const lookup = (v: Vec, q: number) => {
      for (let i = 0; i < Math.min(q, v.terms.length); i++) {
        const p = this.index.get(v.terms[i]!);
        if (!p || p.size > MAX_POSTING) continue;
        const w = v.weights[i]!;
        for (const id of p) acc.set(id, (acc.get(id) ?? 0) + w);
      }
    };
    lookup(vec, o.queryTerms);
    // Titles name the event: a roundup or an analysis whose body's rarest terms are about
    // something else is still proposed the story its title names (examples/corpus: the evening
    // roundup missed the summit story it leads with and took another story's thread).
    lookup(titleVec, o.queryTerms);
    const ids = new Set(topByScore(acc, o.maxCandidates));
    for (const l of f.links) {
      const s = this.articleStory.get(l.other);
      if (s !== undefined) ids.add(s);
    }
    return [...ids].sort().map((id) => this.active.get(id)!);
  }

  /**
   * Time between the article and the story's first article (0 when either is undated). Measured
   * from the first, not the last, article: an event is reported within a day or two, and a story
   * that kept absorbing the next day's follow-ups would chain a storyline into one story.
   */
  private gap(t: number | null, s: StoryRec): number {
    if (t === null || s.first === null) return 0;
    return Math.abs(t - s.first);
  }

  /**
   * Whether the story adds its thread score to its thread's (`bestThread`): both dated, the story opened within
   * `threadDayWindow` of the article, its thread not grown past `threadDayStories` nor busy (`busyThread`).
   */
  private recentInThread(t: number | null, s: StoryRec): boolean {
    const o = this.options;
    if (t === null || s.first === null || this.gap(t, s) > o.threadDayWindow) return false;
    const stories = this.threadStories.get(s.thread)?.stories ?? [];
    return stories.length <= o.threadDayStories && !busyThread(stories, (id) => this.active.get(id)?.first, t, o);
  }

  /** Time between the article and the story's nearest article in time (0 when either is undated). */
  private since(t: number | null, s: StoryRec): number {
    if (t === null || s.first === null) return 0;
    const last = s.last ?? s.first;
    return t < s.first ? s.first - t : t > last ? t - last : 0;
  }

  private touching(f: ArticleFeatures, scored: Scored[], main: StoryRec | null): string[] {
    const o = this.options;
    // Content with the decay from the story's latest report (see below), not the join score: a
    // side item is not the lead's event, so the event-day and first-report tests do not apply.
    const live = (x: Scored) =>
      x.s.joinable ? x.content * decay(this.since(f.time, x.s), o.storyGrace, o.storyHalfLife) : 0;
    const top = scored
      .map((x) => ({ s: x.s, score: live(x) }))
      .filter((x) => x.s !== main && x.score >= TOUCH_PREFILTER)
      .sort((x, y) => y.score - x.score || (x.s.id < y.s.id ? -1 : 1))
      .slice(0, TOUCH_CANDIDATES);
    if (top.length === 0) return [];
    // The lead belongs to the main story; later paragraphs («من جهة أخرى…») may carry other stories.
    const all = f.paragraphs();
    if (all.length < 2) return [];
    const paras = all.slice(1).map((p) => this.weigh(p, Number.POSITIVE_INFINITY, false));
    const out: string[] = [];
    for (const { s } of top) {
      if (s.sumNorm === 0) continue;
      // From the story's latest report, not its first: a roundup's side item is the day's news of
      // a story that may have begun days before (examples/corpus: the third day of a strike).
      const d = decay(this.since(f.time, s), o.storyGrace, o.storyHalfLife);
      let bestPara = 0;
      for (const p of paras) bestPara = Math.max(bestPara, (dot(p, s.sum) / s.sumNorm) * d);
      if (bestPara >= o.touchThreshold) {
        out.push(s.id);
        if (s.touching.length < MAX_TOUCHING && !s.touching.includes(f.id)) {
          s.touching.push(f.id);
          this.cache.delete(s.id);
          this.track(this.dirty, s.id);
        }
      }
    }
    return out.sort();
  }

  private member(article: Article, s: StoryRec | null): Member {
    const keep = s === null || s.members.length < this.options.synthesisMembers;
    const t = article.publishedAt?.value;
    const time = t ? Date.parse(t) : Number.NaN;
    return {
      id: article.id,
      outlet: article.outlet,
      time: Number.isFinite(time) ? time : null,
      published: Number.isFinite(time) ? (t ?? null) : null,
      title: keep ? flat(article.title ?? "") : "",
      lead: keep ? flat(leadOf(article.text ?? "", this.options.synthesisChars)) : "",
    };
  }

  private open(
    article: Article,
    f: ArticleFeatures,
    thread: string | null,
    joinable: boolean,
    q?: Query,
    reuse: Reuse[] = [],
  ): StoryRec {
    const id = `s-${article.id}`;
    const s: StoryRec = {
      id,
      thread: thread ?? `t-${article.id}`,
      opened: this.adds,
      members: [],
      touching: [],
      sum: new Map(),
      sumNorm: 0,
      titleSum: new Map(),
      titleNorm: 0,
      entities: new Map(),
      entityNorm: 0,
      heads: [],
      numbers: new Map(),
      days: new Map(),
      counts: [],
      speakers: new Map(),
      places: new Map(),
      around: new Map(),
      trend: [0, 0],
      guests: new Map(),
      first: null,
      last: null,
      lastAdd: this.adds,
      indexed: [],
      joinable,
      edges: [],
    };
    this.track(this.dirty, id);
    const t = this.threadStories.get(s.thread);
    // Its second story gives a thread a core (the first, in the working set, counted in it).
    if (t) this.coreOf(s.thread);
    this.active.set(id, s);
    if (t) t.stories.push(id);
    else this.threadStories.set(s.thread, { opened: this.adds, stories: [id] });
    this.track(this.dirtyThreads, s.thread);
    if (q) this.join(s, article, q, reuse);
    else {
      s.members.push(this.member(article, null));
      s.first = s.last = f.time;
      this.articleStory.set(article.id, id);
    }
    return s;
  }

  private join(s: StoryRec, article: Article, q: Query, reuse: Reuse[]): void {
    const o = this.options;
    const { f, vec, titleVec, ents, nums } = q;
    const m = this.member(article, s);
    // Insert in time order (articles mostly arrive in order: scan from the end).
    let i = s.members.length;
    while (i > 0 && storyOrder(s.members[i - 1]!, m) > 0) i--;
    s.members.splice(i, 0, m);
    this.articleStory.set(article.id, s.id);
    if (s.members.length <= o.headMembers) {
      // The first member's vector is the centroid of a one-member story; a story of a state saved
      // without heads (more members, none kept) stays without them.
      if (s.members.length === 2 && s.heads.length === 0) s.heads.push(headOf(s.sum));
      if (s.members.length >= 2 && s.heads.length === s.members.length - 1) s.heads.push(headOf(vec));
    }
    const core = this.cores.get(s.thread);
    if (core !== undefined) addToCore(core, s.sum, s.sumNorm, -1, false);
    for (let k = 0; k < vec.terms.length; k++) {
      const t = vec.terms[k]!;
      s.sum.set(t, (s.sum.get(t) ?? 0) + vec.weights[k]!);
    }
    s.sum = truncate(s.sum, o.centroidTerms);
    s.sumNorm = normOf(s.sum);
    if (core !== undefined) addToCore(core, s.sum, s.sumNorm, 1);
    for (let k = 0; k < titleVec.terms.length; k++) {
      const t = titleVec.terms[k]!;
      s.titleSum.set(t, (s.titleSum.get(t) ?? 0) + titleVec.weights[k]!);
    }
    s.titleSum = truncate(s.titleSum, TITLE_TERMS);
    s.titleNorm = normOf(s.titleSum);
    const entityCore = this.entityCores.get(s.thread);
    if (entityCore !== undefined) addToCore(entityCore, s.entities, s.entityNorm, -1, false);
    for (let k = 0; k < ents.terms.length; k++) {
      const t = ents.terms[k]!;
      s.entities.set(t, (s.entities.get(t) ?? 0) + ents.weights[k]!);
    }
    s.entities = truncate(s.entities, o.centroidTerms);
    s.entityNorm = normOf(s.entities);
    if (entityCore !== undefined) addToCore(entityCore, s.entities, s.entityNorm, 1);
    for (const n of nums) {
      if (s.numbers.size >= MAX_STORY_NUMBERS && !s.numbers.has(n)) break;
      s.numbers.set(n, (s.numbers.get(n) ?? 0) + 1);
    }
    for (const d of q.days) {
      if (s.days.size >= MAX_STORY_DAYS && !s.days.has(d)) break;
      s.days.set(d, (s.days.get(d) ?? 0) + 1);
    }
    for (const x of q.speakers) {
      if (s.speakers.size >= MAX_STORY_SPEAKERS && !s.speakers.has(x)) break;
      s.speakers.set(x, (s.speakers.get(x) ?? 0) + 1);
    }
    for (const p of q.places) {
      if (s.places.size >= MAX_STORY_PLACES && !s.places.has(p)) break;
      s.places.set(p, (s.places.get(p) ?? 0) + 1);
    }
    for (const p of q.around) {
      if (s.around.size >= MAX_STORY_PLACES && !s.around.has(p)) break;
      s.around.set(p, (s.around.get(p) ?? 0) + 1);
    }
    for (const g of q.guests ?? []) {
      if (s.guests.size >= MAX_STORY_GUESTS && !s.guests.has(g)) break;
      s.guests.set(g, (s.guests.get(g) ?? 0) + 1);
    }
    if (q.trend === "up") s.trend = [s.trend[0] + 1, s.trend[1]];
    else if (q.trend === "down") s.trend = [s.trend[0], s.trend[1] + 1];
    for (const c of q.counts) {
      if (s.counts.length >= MAX_STORY_COUNTS) break;
      if (!s.counts.some(([n, v]) => n === c[0] && v === c[1])) s.counts.push(c);
    }
    if (f.time !== null) {
      if (s.first === null || f.time < s.first) s.first = f.time;
      if (s.last === null || f.time > s.last) s.last = f.time;
    }
    s.lastAdd = this.adds;
    for (const r of reuse) {
      const other = r.a === article.id ? r.b : r.b === article.id ? r.a : null;
      if (other === null || this.articleStory.get(other) !== s.id || other === article.id) continue;
      const words = r.passages.reduce((n, p) => n + p.words, 0);
      const from = r.direction.source;
      if (from !== r.a && from !== r.b) continue; // undecided (a common agency, the same time): no edge
      s.edges.push({ from, to: from === r.a ? r.b : r.a, words });
    }
    // Re-index under the story's current top terms.
    const top = [...s.sum].slice(0, o.indexTerms).map((x) => x[0]);
    const next = new Set(top);
    for (const t of s.indexed) {
      if (next.has(t)) continue;
      const p = this.index.get(t);
      p?.delete(s.id);
      if (p && p.size === 0) this.index.delete(t);
    }
    for (const t of top) this.postings(t).add(s.id);
    s.indexed = top;
    this.cache.delete(s.id);
    this.track(this.dirty, s.id);
  }

  private synth(s: StoryRec): SynthesizedStory {
    const hit = this.cache.get(s.id);
    if (hit) return hit;
    const members: Article[] = s.members.map((m) => ({
      id: m.id,
      path: "",
      source: "",
      outlet: m.outlet,
      ...(m.published !== null ? { publishedAt: { value: m.published, evidence: "cluster" } } : {}),
      title: m.title,
      text: m.lead,
      removed: [],
      messages: [],
    }));
    const syn = synthesize(members, []);
    const story: SynthesizedStory = {
      id: s.id,
      articles: s.members.map((m) => m.id),
      touching: [...s.touching],
      headline: syn.headline,
      summary: syn.summary,
      thread: s.thread,
      outlets: syn.outlets,
      firstSeen: syn.firstSeen,
      lastSeen: syn.lastSeen,
      copyGraph: [...s.edges].sort((x, y) => y.words - x.words),
    };
    this.cache.set(s.id, story);
    return story;
  }

  /** `boxes` for terms of this id generation and the current `df` (emptied when either changed). */
  private boxesFor(generation: number): ({ n: number; p: number; d: number } | undefined)[] {
    if (this.boxesOf === null || this.boxesOf.generation !== generation || this.boxesOf.df !== this.df) {
      this.boxes = [];
      this.boxesOf = { generation, df: this.df };
    }
    return this.boxes;
  }

  /** Moves stories that fell out of the windows (or over the cap) out of the working set. */
  private sweep(): void {
    const o = this.options;
    const out: StoryRec[] = [];
    for (const s of this.active.values()) {
      const old = s.last !== null && this.clock !== null && this.clock - s.last > o.threadWindow;
      if (old || this.adds - s.lastAdd > o.maxIdleAdds) out.push(s);
    }
    for (const s of out) this.evict(s);
    if (this.active.size > o.maxStories) {
      const byAge = [...this.active.values()].sort((x, y) => x.lastAdd - y.lastAdd || (x.id < y.id ? -1 : 1));
      for (const s of byAge.slice(0, this.active.size - o.maxStories)) this.evict(s);
    }
  }

  private evict(s: StoryRec): void {
    this.drainedStories.push(this.synth(s));
    this.cache.delete(s.id);
    this.active.delete(s.id);
    this.dirty.delete(s.id);
    this.track(this.gone, s.id);
    const core = this.cores.get(s.thread);
    if (core !== undefined) {
      addToCore(core, s.sum, s.sumNorm, -1);
      const entityCore = this.entityCores.get(s.thread);
      if (entityCore !== undefined) addToCore(entityCore, s.entities, s.entityNorm, -1);
      if (core.sum.size === 0) {
        this.cores.delete(s.thread);
        this.entityCores.delete(s.thread);
      }
    }
    for (const t of s.indexed) {
      const p = this.index.get(t);
      p?.delete(s.id);
      if (p && p.size === 0) this.index.delete(t);
    }
    for (const m of s.members) if (this.articleStory.get(m.id) === s.id) this.articleStory.delete(m.id);
  }

  /**
   * Drops the rarest terms when the vocabulary outgrows its cap, down to three quarters of it so
   * that pruning stays rare (amortised O(1) per add). A dropped term counts as unseen: the
   * highest idf, which is about what its true count of one or two gave it.
   */
  private pruneVocabulary(): void {
    this.dfRewrite = true;
    const target = Math.floor(this.options.maxVocabulary * 0.75);
    this.boxes = []; // the boxes of dropped terms must not be counted on
    for (let k = 1; this.df.size > target; k++) {
      for (const [t, b] of this.df) if (b.n <= k) this.df.delete(t);
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * One-shot: clusters a batch (sorted by date inside; undated articles after dated ones, in
 * their given order). Each placement names its story's thread at the end of the batch.
 *
 * @example
 * const { stories, threads, placements } = clusterArticles(articles, reuse);
 * placements.get(articles[0].id); // { kind: "opened", story: "s-…", reason: "…" }
 */
export function clusterArticles(
  articles: Article[],
  reuse: Reuse[],
  annotations?: Map<string, Annotations>,
  options?: Partial<ClusterOptions>,
): { stories: Story[]; threads: Thread[]; placements: Map<string, Placement> } {
  const t = (a: Article) => {
    const v = a.publishedAt?.value;
    const x = v ? Date.parse(v) : Number.NaN;
    return Number.isFinite(x) ? x : Number.POSITIVE_INFINITY;
  };
  const order = articles.map((a, i) => ({ a, i, t: t(a) }));
  order.sort((x, y) => x.t - y.t || x.i - y.i);
  const byArticle = new Map<string, Reuse[]>();
  for (const r of reuse) {
    for (const id of [r.a, r.b]) {
      const l = byArticle.get(id);
      if (l) l.push(r);
      else byArticle.set(id, [r]);
    }
  }
  const c = new StoryClusterer(options);
  const placements = new Map<string, Placement>();
  for (const { a } of order) placements.set(a.id, c.add(a, byArticle.get(a.id) ?? [], annotations?.get(a.id)));
  for (const [id, p] of placements) placements.set(id, { ...p, thread: c.threadOf(p.story) ?? p.thread });
  return { stories: c.stories(), threads: c.threads(), placements };
}
