import { describe, expect, it } from "vitest";
import { toAnalysis } from "./analyze.js";
import { findNumbers } from "./annotate/numbers.js";
import type { Annotations, Article, Story } from "./model/types.js";

/** An article whose only annotations are the numbers in its text. */
function article(id: string, outlet: string, title: string, text: string): Article {
  const annotations: Annotations = { entities: [], quotes: [], numbers: findNumbers(text), dates: [] };
  return {
    id,
    path: "test",
    source: id,
    outlet,
    title,
    text,
    publishedAt: { value: "2015-08-03", evidence: "record" },
    removed: [],
    messages: [],
    annotations,
  };
}

const story = (articles: string[]): Story => ({
  id: "s-1",
  articles,
  touching: [],
  headline: "",
  summary: [],
  thread: "t-1",
  outlets: [],
  firstSeen: null,
  lastSeen: null,
});

describe("toAnalysis: a story's numbers reported differently", () => {
  it("reads the place each title names for figures whose sentences name none (two accidents, two towns)", () => {
    const arar = article("a", "A", "حادث مروع يقضي على شابين في عرعر", "وتوجهت ثلاثة فرق إسعافية للموقع");
    const madinah = article("b", "B", "مصرع شخص في حادث انقلاب في المدينة المنورة", "وتم توجيه 4 فرق إسعافية أرضية");
    expect(toAnalysis([arar, madinah], { stories: [story(["a", "b"])] }).stories[0]!.numbers).toEqual([]);
    // Titles that name one town: one quantity, reported as 3 and as 4.
    const also = article("c", "C", "حادث مروع في عرعر", "وتم توجيه 4 فرق إسعافية أرضية");
    const [conflict] = toAnalysis([arar, also], { stories: [story(["a", "c"])] }).stories[0]!.numbers;
    expect(conflict?.reports.map((r) => r.value).sort()).toEqual([3, 4]);
  });
});
