/**
 * Which thread a new story continues: each candidate story's thread score added to its thread's evidence, the
 * thread then scored as its best story or the noisy-or of its recent stories.
 */

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
 * Older stories count one by one: over weeks a broad topic (a war, an election) gathers many stories.
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
