import { describe, expect, it } from "vitest";
import type { Reuse } from "../model/types.js";
import { articleFeatures, termOf } from "./features.js";
import { art, BACKGROUND, backgroundReuse, bridge, iso, talks1, talks2 } from "./fixtures.test-util.js";
import { defaultClusterOptions } from "./options.js";

const o = defaultClusterOptions;

describe("articleFeatures", () => {
  it("counts stems of title and body, title weighted up, stopwords and numbers left out", () => {
    const f = articleFeatures(art("x", "افتتاح الجسر", "افتتح المحافظ الجسر في 2024 من أجل السكان", iso(0)), [], o);
    expect(f.title.get(termOf("الجسر")!)).toBe(1);
    expect(f.full.get(termOf("الجسر")!)).toBe(o.titleBoost + o.leadBoost);
    expect(f.full.has("في")).toBe(false);
    expect([...f.full.keys()].some((k) => /\d/.test(k))).toBe(false);
    expect(f.novel).toBe(f.full); // no reuse: nothing set apart
    expect(f.time).toBe(Date.parse(iso(0)));
  });

  it("sets a background passage apart, but keeps text shared in either article's lead", () => {
    const bg = articleFeatures(talks2, [backgroundReuse(talks1, talks2)], o);
    expect(bg.links).toEqual([expect.objectContaining({ other: "talks-1", event: false })]);
    const bgTerm = termOf("الوساطه")!; // only in the background paragraph of talks-2
    expect(BACKGROUND).toContain("الوساطة");
    expect(bg.full.has(bgTerm)).toBe(true);
    expect(bg.novel.has(bgTerm)).toBe(false);
    expect(bg.backgroundTerms.has(bgTerm)).toBe(true);

    // The same passage at the start of the other article is that article's event: kept.
    const lead: Reuse = {
      ...backgroundReuse(talks1, talks2),
      passages: [
        { a: { start: 0, end: 40 }, b: { start: talks2.text.indexOf(BACKGROUND), end: talks2.text.length }, words: 40 },
      ],
    };
    const ev = articleFeatures(talks2, [lead], o);
    expect(ev.links[0]!.event).toBe(true);
    expect(ev.novel).toBe(ev.full);
  });

  it("treats a wholesale copy as the event and measures its coverage", () => {
    const copy = { ...bridge[0]!, id: "copy" };
    const r: Reuse = {
      a: bridge[0]!.id,
      b: "copy",
      kind: "duplicate",
      passages: [{ a: { start: 0, end: copy.text.length }, b: { start: 0, end: copy.text.length }, words: 60 }],
      direction: { source: bridge[0]!.id, evidence: [] },
      similarity: 1,
    };
    const f = articleFeatures(copy, [r], o);
    expect(f.links[0]!.coverage).toBe(1);
    expect(f.links[0]!.event).toBe(true);
  });

  it("splits paragraphs on line breaks, keeping only those with enough terms", () => {
    const long = "افتتح المحافظ جسر الوادي الجديد فوق النهر الكبير بحضور السكان والمسؤولين";
    const f = articleFeatures(art("x", "", `${long}\n\nجملة قصيرة\n${long}`, iso(0)), [], o);
    expect(f.paragraphs().length).toBe(2);
    const short = articleFeatures(art("x", "", "كلمة\n\nكلمتان هنا", iso(0)), [], o);
    expect(short.paragraphs()).toEqual([]);
    expect(short.contentWords).toBe(2); // هنا is a stopword
  });
});
