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

    // The same passage at the start of the other article is that article's event: kept (neither is
    // the judged source: an outlet that pasted the agency's lead).
    const lead: Reuse = {
      ...backgroundReuse(talks1, talks2),
      passages: [
        { a: { start: 0, end: 40 }, b: { start: talks2.text.indexOf(BACKGROUND), end: talks2.text.length }, words: 40 },
      ],
      direction: { source: null, evidence: [] },
    };
    const ev = articleFeatures(talks2, [lead], o);
    expect(ev.links[0]!.event).toBe(true);
    // Only there does the shared text hold the other's lead (what a copy must hold).
    expect(ev.links[0]!.otherLead).toBe(true);
    expect(bg.links[0]!.otherLead).toBe(false);
    expect(ev.novel).toBe(ev.full);
  });

  it("takes an earlier report's lead that a later one carries in its second half as the later one's background", () => {
    const at = talks2.text.indexOf(BACKGROUND);
    expect(at).toBeGreaterThan(o.recapShare * talks2.text.length);
    // talks-1 is the source; its lead closes talks-2 (a recap of the earlier report).
    const recap: Reuse = {
      ...backgroundReuse(talks1, talks2),
      passages: [{ a: { start: 0, end: 40 }, b: { start: at, end: talks2.text.length }, words: 40 }],
    };
    const bg = articleFeatures(talks2, [recap], o);
    expect(bg.links[0]!.event).toBe(false);
    expect(bg.backgroundTerms.has(termOf("الوساطه")!)).toBe(true);
    // Switched off, the source's lead is the event wherever it stands.
    expect(articleFeatures(talks2, [recap], { ...o, recapShare: 1 }).links[0]!.event).toBe(true);
    // In the later report's first half it is its event (an outlet's intro, then the source's lead).
    const early: Reuse = { ...recap, passages: [{ a: { start: 0, end: 40 }, b: { start: 0, end: 40 }, words: 8 }] };
    expect(articleFeatures(talks2, [early], o).links[0]!.event).toBe(true);
    // Where talks-2 is the source (or neither is), talks-1's lead in it is the event as before.
    const reversed = { ...recap, direction: { source: talks2.id, evidence: [] } };
    expect(articleFeatures(talks2, [reversed], o).links[0]!.event).toBe(true);
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
