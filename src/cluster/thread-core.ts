/**
 * A thread's core: the sum of its working-set stories' centroids, each normalised (one story, one vote,
 * whatever its size). Stories of one storyline share its words, and their sum keeps them; stories that a
 * chain of pairwise resemblances gathered (a region's news, a club's) share little, and their sum spreads
 * thin, so an article close to one of them is far from the core (see `storyScore`'s `reach`).
 *
 * The cosine with the sum of n normalised stories is the article's mean cosine with them over the root of
 * their mean pairwise cosine (self-pairs included): a thread's reach follows its coherence, with no constant
 * to set. In-corpus (SaudiNewsNet + ANT whole, no annotations, eval/stories.ts) the largest threads went from
 * 1,087 stories (the Chechen president's visit through «الحرارة تلامس 50») and 932 (Eid and Saudi local
 * news) to 416 and 373 (the battle for Aden, the Yemen war of 2018), stories in threads of more than 150
 * from 6,130 to 3,570, threads of two stories or more from 3,929 to 4,386; the Asir mosque bombing's
 * stories, 37 in one thread and 27 in the catch-all of local news, are 60 in one thread (5 apart).
 * Same-story decisions unchanged (thread scores only; identical stories), dev pairs unchanged (related
 * 92.3%, different 23.7%: their threads hold a few stories; without annotations one "related" pair lost,
 * 79.5% → 78.2%), in-corpus pairs 78.2% / 22.6% with two
 * "related" pairs in (two of the bombing's reactions; the Houthis' talks and the ministries' return to
 * Aden) and two out (Pompeo in Riyadh and Trump's call; the G7 and the Trump-Kim summit), four "different"
 * in and four out. Kept for threads of two stories or more (a thread of one is scored on its story's
 * centroid already), not saved: rebuilt from the stories on load. Costs about 4% of the clustering's CPU
 * time (ANT, 31k articles; upkeep as stories grow, and the cosine for threads that could pass) and about
 * 12–24 MB of heap in bench/cluster.ts.
 */

import type { Vec } from "./story-records.js";

export interface ThreadCore {
  /**
   * Sum of the stories' normalised centroids, boxed so that a story's growth updates it in place (no map
   * write, no number allocated: it was a few per cent of the clustering's time).
   */
  sum: Map<string, { v: number }>;
  /** Σ sum² (kept as stories come, grow and leave). */
  sq: number;
}

/**
 * Adds `sign` (1 or −1) times the normalised centroid `m` (of norm `norm`) to the core; a term left at
 * zero goes, unless `prune` is false.
 *
 * @example
 * const c = { sum: new Map(), sq: 0 }; addToCore(c, new Map([["x", 3], ["y", 4]]), 5, 1); // c.sum: x { v: 0.6 }, y { v: 0.8 }; c.sq 1
 */
export function addToCore(core: ThreadCore, m: Map<string, number>, norm: number, sign: 1 | -1, prune = true): void {
  if (norm === 0) return;
  for (const [t, w] of m) {
    const box = core.sum.get(t);
    const old = box === undefined ? 0 : box.v;
    const v = old + (sign * w) / norm;
    core.sq += v * v - old * old;
    // A story that left takes its terms with it (up to rounding): the core stays the size of its stories'.
    // Not while a story is taken out to be added back grown (`prune` false), which would churn the map.
    if (prune && Math.abs(v) < 1e-9) core.sum.delete(t);
    else if (box === undefined) core.sum.set(t, { v });
    else box.v = v;
  }
  if (core.sum.size === 0 || core.sq < 0) core.sq = 0;
}

/**
 * Cosine of the article's (normalised) vector with the core; 0 for an empty core.
 *
 * @example
 * const c = { sum: new Map(), sq: 0 }; addToCore(c, new Map([["x", 1]]), 1, 1); addToCore(c, new Map([["y", 1]]), 1, 1);
 * coreCosine({ terms: ["x"], weights: [1] }, c); // 0.707: close to one of two stories that share nothing
 */
export function coreCosine(v: Vec, core: ThreadCore): number {
  if (core.sq <= 0) return 0;
  let d = 0;
  for (let i = 0; i < v.terms.length; i++) {
    const w = core.sum.get(v.terms[i]!);
    if (w !== undefined) d += v.weights[i]! * w.v;
  }
  return d / Math.sqrt(core.sq);
}
