import { describe, expect, it } from "vitest";
import type { Article, Reuse } from "../model/types.js";
import { StoryClusterer } from "./clusterer.js";
import { startTermIdsOver } from "./features.js";
import { backgroundReuse, bridge, fillers, final, iso, roundup, talks1, talks2 } from "./fixtures.test-util.js";

const articles: Article[] = [
  ...fillers(40, 11, (i) => iso(-1 + (i % 3), i % 24)),
  ...bridge,
  ...final,
  roundup,
  talks1,
  talks2,
];
const reuse: Reuse[] = [backgroundReuse(talks1, talks2)];

/** Placements and saved state, with the term ids started over before every article or not. */
function run(options: { maxVocabulary?: number }, restart: boolean): string {
  const c = new StoryClusterer(options);
  const placements = articles.map((a) => {
    if (restart) startTermIdsOver();
    return c.add(a, reuse);
  });
  return JSON.stringify({ placements, state: c.toJSON(), stories: c.stories() });
}

describe("term ids (the clusterer keeps document-frequency boxes by id)", () => {
  it("decide nothing: a new id generation before every article gives the same placements and state", () => {
    expect(run({}, true)).toBe(run({}, false));
  });

  it("decide nothing when the vocabulary is pruned (boxes of dropped terms are forgotten)", () => {
    const pruned = run({ maxVocabulary: 60 }, false);
    expect(pruned).toBe(run({ maxVocabulary: 60 }, true));
    expect(pruned).not.toBe(run({}, false));
  });
});
