/**
 * Which thread a new story continues: each candidate story's thread score added to its thread's evidence, the
 * thread then scored as its best story or the noisy-or of its recent stories, its stories' scores capped by its
 * core (`bestCoreThread`).
 */

import type { ClusterOptions } from "./options.js";
import type { Query, StoryRec, ThreadParts } from "./story-records.js";
import { type ThreadReach, threadScore } from "./story-score.js";
import { coreCosine, type ThreadCore } from "./thread-core.js";

/**
 * Whether a thread opened more than `threadBusyStories` stories within `threadDayWindow` of `t`: a broad topic of
 * the day (a region's local news, a sector's announcements), whose many stories each resemble a new one a little
 * through a place or an office they share, and add up by chance. `stories` are its story ids in the order they
 * opened (`ThreadRec.stories`); `firstOf` gives a working-set story's first report time. Read from the newest back,
 * and no further back than three windows before `t` (the stream comes about in time order): the cost is the
 * thread's stories of the last days at most, and `threadBusyStories` + 1 for a busy one.
 *
 * @example
 * // three stories of one thread opened within a day of t, with threadBusyStories 2:
 * busyThread(["s-1", "s-2", "s-3"], (id) => firstTimes.get(id), t, o); // true
 */
export function busyThread(
  stories: readonly string[],
  firstOf: (id: string) => number | null | undefined,
  t: number,
  o: ClusterOptions,
): boolean {
  let n = 0;
  for (let i = stories.length - 1; i >= 0; i--) {
    const first = firstOf(stories[i]!);
    if (first === null || first === undefined) continue;
    if (first < t - 3 * o.threadDayWindow) break;
    if (Math.abs(t - first) <= o.threadDayWindow && ++n > o.threadBusyStories) return true;
  }
  return false;
}

/** What the candidate stories of one thread say for it: its best story's score, and the recent stories' (see `bestThread`). */
export interface ThreadEvidence {
  /** The highest thread score of its candidate stories. */
  best: number;
  /** Product of (1 − score) over its candidate stories opened within `threadDayWindow` of the article. */
  miss: number;
}

/**
 * Adds one candidate story's thread score to its thread's evidence (candidates come in story id order,
 * so the first thread to reach a score keeps a tie).
 *
 * @example
 * const ev = new Map(); addThreadEvidence(ev, "t-1", 0.12, true); // ev.get("t-1"): { best: 0.12, miss: 0.88 }
 */
export function addThreadEvidence(
  ev: Map<string, ThreadEvidence>,
  thread: string,
  score: number,
  recent: boolean,
): void {
  if (score <= 0) return;
  const e = ev.get(thread);
  const miss = recent ? 1 - score : 1;
  if (e === undefined) ev.set(thread, { best: score, miss });
  else {
    e.best = Math.max(e.best, score);
    e.miss *= miss;
  }
}

/**
 * The thread the evidence points to, scored as its best story or, when higher, as the noisy-or of its
 * stories opened within a day of the article (1 − Π(1 − score)): the reactions, condolences and tallies
 * of one bombing each resemble a new reaction under the threshold, and together name its storyline.
 * Older stories count one by one: over weeks a broad topic (a war, an election) gathers many stories; so do
 * those of a thread that opened many stories within the day (`busyThread`: a region's local news).
 *
 * @example
 * const ev = new Map(); addThreadEvidence(ev, "t-1", 0.12, true); addThreadEvidence(ev, "t-1", 0.1, true);
 * bestThread(ev); // { thread: "t-1", score: 0.208 }
 */
export function bestThread(ev: Map<string, ThreadEvidence>): { thread: string | null; score: number } {
  let thread: string | null = null;
  let score = 0;
  for (const [t, e] of ev) {
    const v = Math.max(e.best, 1 - e.miss);
    if (v > score) {
      score = v;
      thread = t;
    }
  }
  return { thread, score };
}

/**
 * `bestThread` with the scores of the stories of threads that have a core capped by it and by their entity core
 * (`entityCores`, kept with `cores`; `threadScore`). Only threads whose uncapped evidence reaches `threadThreshold`
 * can pass capped, so only theirs are capped: the cores' cosines are computed for a few threads, of the articles that open a story. `evidence` is uncapped (and
 * capped in place); `parts` holds the candidates of threads with a core, with their thread parts and whether
 * they count as recent.
 *
 * @example
 * // in StoryClusterer.add, once the article joins no story:
 * const { thread, score } = bestCoreThread(evidence, parts, cores, entityCores, q, options);
 */
export function bestCoreThread(
  evidence: Map<string, ThreadEvidence>,
  parts: [StoryRec, ThreadParts, boolean][],
  cores: ReadonlyMap<string, ThreadCore>,
  entityCores: ReadonlyMap<string, ThreadCore>,
  q: Query,
  o: ClusterOptions,
): { thread: string | null; score: number } {
  const reach = new Map<string, ThreadReach>();
  for (const [t, e] of evidence) {
    const core = cores.get(t);
    if (core === undefined || Math.max(e.best, 1 - e.miss) < o.threadThreshold) continue;
    const novel = coreCosine(q.vec, core);
    const full = q.fullVec === q.vec ? novel : coreCosine(q.fullVec, core);
    const entityCore = entityCores.get(t);
    reach.set(t, { novel, full, entity: entityCore === undefined ? 1 : coreCosine(q.ents, entityCore) });
  }
  // Rebuilt in place, so that the threads keep their order (the first to reach a score keeps a tie).
  for (const t of reach.keys()) evidence.set(t, { best: 0, miss: 1 });
  for (const [s, p, recent] of parts) {
    const r = reach.get(s.thread);
    if (r === undefined) continue;
    const ts = threadScore(p, r, o);
    if (ts <= 0) continue;
    const e = evidence.get(s.thread)!;
    e.best = Math.max(e.best, ts);
    if (recent) e.miss *= 1 - ts;
  }
  return bestThread(evidence);
}

/**
 * The cosine a story alone in its thread needs between its centroid and another thread (its core, or its one
 * story's centroid) to move there, as an article that joins the story continues that thread
 * (`StoryClusterer`'s re-threading). `threadStories` is how many stories that thread holds, `recent` the
 * noisy-or of its stories opened within `threadDayWindow` of the article (1 − `miss`). A thread of two stories
 * or more that the article reaches only through its older stories, one by one, asks `threadMoveOlderCore`:
 * over weeks a war's thread gathers many stories, one of them resembles any report of the war, and a story
 * moved on that word takes the storyline that follows it along (on ANT, the Red Sea coast front's two months
 * into the Yemen thread of March: 350 stories).
 *
 * @example
 * moveCoreBar(41, 0, o); // o.threadMoveOlderCore: the thread's older stories only
 * moveCoreBar(54, 0.69, o); // o.threadMoveCore: its stories of the day pass together
 * moveCoreBar(1, 0, o); // o.threadMoveCore: a thread of one is its story
 */
export function moveCoreBar(threadStories: number, recent: number, o: ClusterOptions): number {
  const older = threadStories >= 2 && recent < Math.max(o.threadMoveThreshold, o.threadThreshold);
  return older ? o.threadMoveOlderCore : o.threadMoveCore;
}
