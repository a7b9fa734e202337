/**
 * The clusterer's records: an article's query (its term vector and the signals read off it), a story and a thread
 * as the clusterer keeps them in memory, the state it saves in the store, and what it reports back.
 */

import type { Story, Thread } from "../model/types.js";
import type { ArticleFeatures } from "./features.js";
import type { HeadlineCount } from "./headline.js";
import type { CopyEdge } from "./synthesize.js";
import type { Trend, TrendCounts } from "./trend.js";

/** Where `add` put an article. */
export type Placement =
  | { kind: "joined"; story: string; thread: string; score: number; touching: string[] }
  | { kind: "opened"; story: string; thread: string; touching: string[]; reason: string };

/** A story as `stories()` returns it: the model's `Story` plus its copy graph. */
export type SynthesizedStory = Story & { copyGraph: CopyEdge[] };

/** A sparse vector: parallel term and weight arrays (weights L2-normalised). */
export interface Vec {
  terms: string[];
  weights: number[];
}

/** What an incoming article is compared with: its vectors, weighted once. */
export interface Query {
  f: ArticleFeatures;
  vec: Vec;
  fullVec: Vec;
  titleVec: Vec;
  ents: Vec;
  nums: Set<string>;
  /** Days its lead reports (resolved day dates), empty when none or without annotations. */
  days: Set<string>;
  /** What its headline counts (`headlineCounts`). */
  counts: HeadlineCount[];
  /** Annotations were given (its lead days could be known). */
  annotated: boolean;
  /** Persons quoted in its lead (entity ids), empty without annotations. */
  speakers: Set<string>;
  /** Listed places its headline names (`namedPlaces`). */
  places: string[];
  /** Listed places its headline and lead name. */
  around: Set<string>;
  /** The move its headline states (`headlineTrend`). */
  trend: Trend | undefined;
  /** Whom its headline's host receives or meets (`headlineGuests`), undefined when it reports no meeting. */
  guests: string[] | undefined;
  /** Terms its headline and lead name, when it reports a meeting (`termsOf`); else empty. */
  guestAround: Set<string>;
  /** `vec` as a map, made on first use (comparing with stories' heads). */
  weightOf?: Map<string, number>;
}

/** A candidate story with the article's join score and undecayed content score against it. */
export interface Scored {
  s: StoryRec;
  score: number;
  content: number;
}

/** An article against a story: the join score (with story decay), the thread score, and the parts. */
export interface StoryScore {
  score: number;
  /** The thread score as though the story's thread had no core (`threadScore` with `NO_CORE`). */
  thread: number;
  threadParts: ThreadParts;
  content: number;
  body: number;
  title: number;
  entity: number;
  numberHits: number;
  day: "same" | "other" | "unknown";
  dt: number;
}

/** What a story's thread score is made of (`threadScore`), before its thread's cores cap the body and entity cosines. */
export interface ThreadParts {
  /** The article's body cosine with the story's centroid, of its novel text and of its whole text. */
  centroidBody: number;
  fullBody: number;
  title: number;
  /** Entity cosine, null without entities on either side. */
  entity: number | null;
  numberBonus: number;
  /** The article copies a member (`copyCoverage`); shares `threadSharedWords` pasted words with one. */
  copy: boolean;
  pasted: boolean;
  countConflict: boolean;
  /** The thread decay (0 for a story nothing joins). */
  decay: number;
}

export interface Member {
  id: string;
  outlet: string;
  time: number | null;
  published: string | null;
  /** Title and the start of the body, for synthesis; empty beyond `synthesisMembers`. */
  title: string;
  lead: string;
}

export interface StoryRec {
  id: string;
  thread: string;
  /** `adds` when it opened: the working set's order, kept across saves (negative for stories of an older state). */
  opened: number;
  members: Member[];
  touching: string[];
  /** Sum of members' normalised novel-text vectors, truncated to `centroidTerms`. */
  sum: Map<string, number>;
  sumNorm: number;
  titleSum: Map<string, number>;
  titleNorm: number;
  /** Sum of members' normalised entity vectors (idf-weighted), truncated to `centroidTerms`. */
  entities: Map<string, number>;
  entityNorm: number;
  /**
   * Novel-text vectors (top `HEAD_TERMS` terms, normalised) of its first `headMembers` members, kept
   * once a second member joins; empty for one-member stories and for stories of states saved without
   * them (compared on the centroid alone).
   */
  heads: Vec[];
  /** Distinctive numbers its members report (value → members), at most `MAX_STORY_NUMBERS`. */
  numbers: Map<string, number>;
  /** Days its members' leads speak of (day → members), at most `MAX_STORY_DAYS`. */
  days: Map<string, number>;
  /** What its members' headlines count, at most `MAX_STORY_COUNTS` (empty in states saved before them). */
  counts: HeadlineCount[];
  /** Persons its members' leads quote (entity id → members), at most `MAX_STORY_SPEAKERS`. */
  speakers: Map<string, number>;
  /** Listed places its members' headlines name (place → members), at most `MAX_STORY_PLACES`. */
  places: Map<string, number>;
  /** Listed places its members' headlines and leads name (place → members), at most `MAX_STORY_PLACES`. */
  around: Map<string, number>;
  /** Its members' headlines that state a move up and down (`headlineTrend`); [0, 0] in states saved before them. */
  trend: TrendCounts;
  /**
   * Terms of whom its members' headlines' hosts receive or meet (term → members), at most
   * `MAX_STORY_GUESTS`; empty in states saved before them.
   */
  guests: Map<string, number>;
  first: number | null;
  last: number | null;
  lastAdd: number;
  /** Terms under which the story is in the inverted index. */
  indexed: string[];
  /** False for stories of articles too short to compare: nothing joins them. */
  joinable: boolean;
  edges: CopyEdge[];
}

export interface SerialStory
  extends Omit<
    StoryRec,
    | "sum"
    | "titleSum"
    | "entities"
    | "numbers"
    | "days"
    | "opened"
    | "heads"
    | "counts"
    | "speakers"
    | "places"
    | "around"
    | "trend"
    | "guests"
  > {
  opened?: number;
  counts?: HeadlineCount[];
  speakers?: [string, number][];
  places?: [string, number][];
  around?: [string, number][];
  trend?: TrendCounts;
  guests?: [string, number][];
  heads?: Vec[];
  numbers?: [string, number][];
  days?: [string, number][];
  sum: [string, number][];
  titleSum: [string, number][];
  entities: [string, number][];
}

export interface State {
  version: 1;
  docs: number;
  df: [string, number][];
  clock: number | null;
  adds: number;
  stories: SerialStory[];
  drained: { stories: SynthesizedStory[]; threads: Thread[] };
  /** Threads in the order they opened: id, stories, and `opened` (absent in states saved before it). */
  threads: [id: string, stories: string[], opened?: number][];
}

/**
 * The small part of the state that `takeChanges` writes whole each time; the stories, the threads and
 * the document frequencies are keyed items (`s:<story id>`, `t:<thread id>`, `df` and `df+<k>`), written
 * only when they change.
 */
export interface ClustererHeader {
  version: 3;
  docs: number;
  clock: number | null;
  adds: number;
  drained: { stories: SynthesizedStory[]; threads: Thread[] };
  /** Items `df+0` … `df+<dfDeltas - 1>` hold increments to the `df` item, applied in that order. */
  dfDeltas: number;
  /** Entries in those items in all. */
  dfDeltaEntries: number;
}

/**
 * What changed since the last `takeChanges`, in the shape `Store.putStateItems` takes: stories that
 * opened, grew or were touched are upserted, those that left the working set deleted; so are threads
 * that opened, gained a story or lost one to `drain`, and those that ended; the document frequencies
 * are written as this batch's increments (or whole, once the increments outgrow them).
 * `new StoryClusterer(options, {...header, items})` with the stored items resumes exactly; so does a
 * version 2 header (threads inside it, none as items), whose threads the next save writes as items.
 */
export interface ClustererChanges {
  header: ClustererHeader;
  clear: boolean;
  upserts: [item: string, value: unknown][];
  deletes: string[];
}

/**
 * A thread as an item (`t:<id>`): its stories, and `adds` when it opened, which orders the threads on load.
 * In the version 2 header the threads were 110 KB after the whole corpus (1,049 threads), written every
 * batch; as items a 100-article batch writes about 66 of them (11 KB), and a save (takeChanges and a
 * SQLite file store) took a median 13.6 ms instead of 16.7 (50 batches, the two versions in lockstep).
 */
export interface ThreadRec {
  opened: number;
  stories: string[];
}
