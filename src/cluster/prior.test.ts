import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MarsadError } from "../errors.js";
import { StoryClusterer } from "./clusterer.js";
import { art, iso } from "./fixtures.test-util.js";
import { type DocFrequencyPrior, decodePrior, defaultPrior, encodePrior } from "./prior.js";

const header = { format: "marsad-df" as const, version: 1 as const, docs: 1000, minDf: 3, sources: [] };

function fixedPrior(docs: number, df: Record<string, number>): DocFrequencyPrior {
  return { docs, minDf: 3, get: (t) => df[t] };
}

describe("prior document frequencies", () => {
  it("round-trips a table through its file format", () => {
    const df = new Map([
      ["رئيس", 900],
      ["زلزال", 12],
      ["قمه", 40],
    ]);
    const p = decodePrior(encodePrior(header, df), "t.gz");
    expect(p.docs).toBe(1000);
    expect(p.header.terms).toBe(3);
    for (const [t, n] of df) expect(p.get(t)).toBe(n);
    expect(p.get("غائب")).toBeUndefined();
  });

  it("rejects a file that is not a table with ERR_MODEL naming the file", () => {
    const bad = [
      Uint8Array.from([1, 2, 3]),
      gzipSync("not json\nx\t1\n"),
      gzipSync(`${JSON.stringify({ ...header, terms: 2 })}\nرئيس\t9\n`),
      gzipSync(`${JSON.stringify({ ...header, terms: 1 })}\nرئيس 9\n`),
    ];
    for (const b of bad) {
      const err = (() => {
        try {
          decodePrior(b, "models/df.tsv.gz");
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(MarsadError);
      expect((err as MarsadError).code).toBe("ERR_MODEL");
      expect((err as MarsadError).where).toBe("models/df.tsv.gz");
    }
  });

  it("ships a committed table that loads fast and knows common and rare news stems", () => {
    if (!existsSync(new URL("../../models/df.tsv.gz", import.meta.url))) return;
    const bytes = readFileSync(new URL("../../models/df.tsv.gz", import.meta.url));
    const t0 = performance.now();
    const p = decodePrior(bytes, "models/df.tsv.gz");
    expect(performance.now() - t0).toBeLessThan(500); // ~40 ms here; loose for loaded CI machines
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    // «رئيس» (president) is in a large share of news; «زلزال» (earthquake) in few.
    expect(p.get("رئيس")! / p.docs).toBeGreaterThan(0.05);
    expect(p.get("زلزال") ?? 0).toBeLessThan(p.get("رئيس")! / 10);
    expect(defaultPrior()?.docs).toBe(p.docs);
  });
});

describe("StoryClusterer with a prior", () => {
  // Two reports share «قمه» (summit) and «عاصمه» (capital). In a batch of two, both look equally
  // rare; a prior that has seen «عاصمه» in most news and «قمه» rarely makes the summit weigh more.
  const a = art("a", "قمة العاصمة تبحث الملف", "انعقدت القمة في العاصمة اليوم وبحث القادة الملف كاملا", iso(0, 8));
  const b = art("b", "قمة العاصمة تختتم", "اختتمت القمة في العاصمة أعمالها بعد يوم من النقاش", iso(0, 10));

  function vecOf(c: StoryClusterer): Map<string, number> {
    c.add(a);
    c.add(b);
    const s = (c as unknown as { active: Map<string, { sum: Map<string, number> }> }).active;
    return [...s.values()][0]!.sum;
  }

  it("weighs a stem by how news at large uses it, not by the batch alone", () => {
    const none = vecOf(new StoryClusterer({}, undefined, null));
    const prior = vecOf(new StoryClusterer({}, undefined, fixedPrior(10_000, { قم: 20, عاصم: 8000 })));
    const ratio = (m: Map<string, number>) => (m.get("قم") ?? 0) / (m.get("عاصم") ?? 1);
    expect(ratio(prior)).toBeGreaterThan(ratio(none) * 1.5);
  });

  it("continues from a saved state with the same weights", () => {
    const p = fixedPrior(10_000, { قم: 20, عاصم: 8000 });
    const c1 = new StoryClusterer({}, undefined, p);
    c1.add(a);
    const c2 = new StoryClusterer({}, JSON.parse(JSON.stringify(c1.toJSON())), p);
    c1.add(b);
    c2.add(b);
    expect(c2.toJSON()).toEqual(c1.toJSON());
  });

  it("priorWeight 0 ignores the prior", () => {
    const none = vecOf(new StoryClusterer({}, undefined, null));
    const off = vecOf(new StoryClusterer({ priorWeight: 0 }, undefined, fixedPrior(10_000, { قم: 20, عاصم: 8000 })));
    expect([...off]).toEqual([...none]);
  });
});
