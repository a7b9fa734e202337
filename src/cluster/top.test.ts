import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heaviest, topByScore } from "./top.js";

/** The oracle: a stable sort of every index, heaviest first, cut to `k`. */
function sortedIndices(weights: number[], k: number): number[] {
  return Array.from({ length: weights.length }, (_, j) => j)
    .sort((x, y) => weights[y]! - weights[x]!)
    .slice(0, k);
}

/** The oracle: every entry sorted by score, ties by id, cut to `k`. */
function sortedIds(scores: Map<string, number>, k: number): string[] {
  return [...scores]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map((x) => x[0]);
}

// Few distinct values, so that ties (which the order must break like the sort) are frequent.
const weight = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((x) => x / 4),
  fc.double({ min: 0, max: 10, noNaN: true }),
);

describe("top-k selection", () => {
  it("heaviest equals a stable sort cut to k", () => {
    fc.assert(
      fc.property(fc.array(weight, { maxLength: 300 }), fc.integer({ min: 0, max: 60 }), (weights, k) => {
        expect(heaviest(weights, k)).toEqual(sortedIndices(weights, k));
      }),
      { numRuns: 500 },
    );
  });

  it("heaviest keeps every index when k is unbounded", () => {
    expect(heaviest([1, 3, 3, 2], Number.POSITIVE_INFINITY)).toEqual([1, 2, 3, 0]);
    expect(heaviest([1, 3, 3, 2], 2)).toEqual([1, 2]);
  });

  it("topByScore equals sorting by score, ties by id, cut to k", () => {
    const entries = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), weight), { maxLength: 200 });
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 24 }), (list, k) => {
        const scores = new Map(list);
        expect(topByScore(scores, k)).toEqual(sortedIds(scores, k));
      }),
      { numRuns: 500 },
    );
  });
});
