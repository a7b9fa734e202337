import { describe, expect, it } from "vitest";
import { addToCore, coreCosine, type ThreadCore } from "./thread-core.js";

const empty = (): ThreadCore => ({ sum: new Map(), sq: 0 });

describe("thread core", () => {
  it("adds each story once, normalised, whatever its size", () => {
    const c = empty();
    addToCore(
      c,
      new Map([
        ["x", 3],
        ["y", 4],
      ]),
      5,
      1,
    );
    expect(c.sum.get("x")!.v).toBeCloseTo(0.6);
    expect(c.sum.get("y")!.v).toBeCloseTo(0.8);
    expect(c.sq).toBeCloseTo(1);
  });

  it("scores an article close to one of n stories that share nothing at 1/√n of its cosine with it", () => {
    const c = empty();
    for (const t of ["a", "b", "c", "d"]) addToCore(c, new Map([[t, 2]]), 2, 1);
    expect(coreCosine({ terms: ["a"], weights: [1] }, c)).toBeCloseTo(0.5);
    // Stories of one storyline share their words: the core keeps them whole.
    const one = empty();
    for (let k = 0; k < 4; k++) addToCore(one, new Map([["a", 1]]), 1, 1);
    expect(coreCosine({ terms: ["a"], weights: [1] }, one)).toBeCloseTo(1);
  });

  it("takes a story back out as it grows or leaves, terms and all", () => {
    const c = empty();
    addToCore(c, new Map([["a", 1]]), 1, 1);
    addToCore(
      c,
      new Map([
        ["b", 1],
        ["c", 1],
      ]),
      Math.SQRT2,
      1,
    );
    addToCore(
      c,
      new Map([
        ["b", 1],
        ["c", 1],
      ]),
      Math.SQRT2,
      -1,
    );
    expect([...c.sum.keys()]).toEqual(["a"]);
    expect(c.sq).toBeCloseTo(1);
    addToCore(c, new Map([["a", 1]]), 1, -1);
    expect(c.sum.size).toBe(0);
    expect(coreCosine({ terms: ["a"], weights: [1] }, c)).toBe(0);
  });
});
