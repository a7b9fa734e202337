/**
 * The sample corpus carries what later stages are measured on (README "What later stages are measured on"):
 * if an edit to scripts/corpus/ loses one of these traps, this fails before a clustering or quote test
 * silently stops testing anything.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/corpus");

interface Gold {
  threads: { id: string; stories: string[] }[];
  stories: { id: string; thread: string; articles: string[]; touchedBy: string[] }[];
  copies: { family: string; articles: { id: string; edits: string }[] }[];
  articles: Record<string, { story: string; outlet: string; publishedAt: string }>;
}

const gold = JSON.parse(readFileSync(path.join(CORPUS, "stories.json"), "utf8")) as Gold;
const text = (id: string): string =>
  (JSON.parse(readFileSync(path.join(CORPUS, "expected", `${id}.json`), "utf8")) as { text: string }).text;
/** Paragraphs with Arabic-Indic digits read as ASCII (one reprint converts them; folding must see through it). */
const paras = (id: string): Set<string> =>
  new Set(
    text(id)
      .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/٫/g, ".")
      .split("\n\n"),
  );
const shared = (a: string, b: string): string[] => [...paras(a)].filter((p) => paras(b).has(p));

describe("sample corpus content", () => {
  it("has ≥ 40 articles in ≥ 5 stories, each story with articles from ≥ 3 outlets", () => {
    expect(Object.keys(gold.articles).length).toBeGreaterThanOrEqual(40);
    expect(gold.stories.length).toBeGreaterThanOrEqual(5);
    for (const s of gold.stories)
      expect(new Set(s.articles.map((id) => gold.articles[id]!.outlet)).size, s.id).toBeGreaterThanOrEqual(3);
  });

  it("has an agency report reprinted by ≥ 3 outlets, and every reprint shares a paragraph with another copy", () => {
    expect(gold.copies.some((c) => c.articles.length >= 3)).toBe(true);
    for (const c of gold.copies)
      for (const a of c.articles)
        expect(
          c.articles.some((b) => b.id !== a.id && shared(a.id, b.id).length > 0),
          `${c.family}: ${a.id}`,
        ).toBe(true);
  });

  it("reprints differ from each other (small edits), not only by outlet", () => {
    const summit = gold.copies.find((c) => c.family === "ina-water-summit")!;
    const texts = new Set(summit.articles.map((a) => text(a.id)));
    expect(texts.size).toBe(summit.articles.length);
    expect(text("dijla-water-summit")).toContain("الاستراتيجي");
    expect(text("rafidain-water-summit")).toContain("الإستراتيجي");
  });

  it("two events of one thread share a pasted background paragraph but are different stories", () => {
    const common = shared("rafidain-water-talks", "rafidain-water-summit");
    expect(common).toHaveLength(1);
    expect(gold.articles["rafidain-water-talks"]!.story).not.toBe(gold.articles["rafidain-water-summit"]!.story);
    const water = gold.threads.find((t) => t.id === "water")!;
    expect(water.stories).toEqual(["water-talks-ankara", "water-summit-baghdad"]);
  });

  it("has a roundup that belongs to one story and touches another", () => {
    const touched = gold.stories.filter((s) => s.touchedBy.includes("nile-evening-roundup"));
    expect(touched.map((s) => s.id)).toEqual(["port-strike-rades"]);
    expect(gold.articles["nile-evening-roundup"]!.story).toBe("water-summit-baghdad");
  });

  it("has one sentence of a speech worded differently by two outlets", () => {
    expect(text("rafidain-nato")).toContain('«العراق يقدر عاليا التعاون مع "الناتو"، ويتطلع');
    expect(text("afaq-nato")).toContain("«العراق يقدر عاليا التعاون مع منظمة حلف شمال الأطلسي، ويتطلع");
  });

  it("has relative dates, several month systems, a Hijri date and both digit scripts", () => {
    const all = Object.keys(gold.articles).map(text).join("\n");
    for (const s of ["اليوم", "أمس", "الأربعاء الماضي", "نيسان", "أبريل", "أفريل", "شوال 1446هـ", "٩٦٫٧٪", "58 ألف"])
      expect(all, s).toContain(s);
  });
});
