import { describe, expect, it } from "vitest";
import { defaultClusterOptions } from "./options.js";
import type { ThreadParts } from "./story-records.js";
import { NO_CORE, threadScore } from "./story-score.js";

const o = defaultClusterOptions;

/** A story that shares the article's people (entity cosine 0.6) more than its words (0.2). */
const parts: ThreadParts = {
  centroidBody: 0.2,
  fullBody: 0.2,
  title: 0.2,
  entity: 0.6,
  numberBonus: 0,
  copy: false,
  pasted: false,
  countConflict: false,
  decay: 1,
};

describe("threadScore", () => {
  it("counts the story's entity cosine no higher than the article's with the thread's entity core", () => {
    // A governor and a police chief shared with one story of a thread whose other stories name others.
    const capped = threadScore(parts, { novel: 1, full: 1, entity: 0.3 }, o);
    expect(capped).toBeCloseTo(threadScore({ ...parts, entity: 0.3 }, NO_CORE, o), 9);
    expect(capped).toBeLessThan(threadScore(parts, NO_CORE, o));
  });

  it("keeps an entity cosine under the core's, and an article without entities is scored on its words", () => {
    expect(threadScore(parts, { novel: 1, full: 1, entity: 0.8 }, o)).toBeCloseTo(threadScore(parts, NO_CORE, o), 9);
    const words = { ...parts, entity: null };
    expect(threadScore(words, { novel: 1, full: 1, entity: 0 }, o)).toBeCloseTo(threadScore(words, NO_CORE, o), 9);
  });
});
