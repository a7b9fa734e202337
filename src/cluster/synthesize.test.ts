import { describe, expect, it } from "vitest";
import type { Reuse } from "../model/types.js";
import { art, bridge, iso } from "./fixtures.test-util.js";
import { copyGraph, synthesize } from "./synthesize.js";

function reuse(a: string, b: string, source: string | null, words: number): Reuse {
  return {
    a,
    b,
    kind: "near-duplicate",
    passages: [{ a: { start: 0, end: 10 }, b: { start: 0, end: 10 }, words }],
    direction: { source, evidence: source ? ["credited agency"] : [] },
    similarity: 0.5,
  };
}

describe("synthesize", () => {
  it("picks the most central title, a 2–3 sentence summary without repeats, outlets and the time span", () => {
    // A copy of the first report with the same sentences: the summary must not repeat them.
    const copy = art("outlet-z", "افتتاح جسر الوادي الجديد في وادي النور", bridge[0]!.text, iso(0, 9), "copy-1");
    const s = synthesize([bridge[2]!, copy, bridge[0]!, bridge[1]!], []);
    expect(s.headline).toContain("جسر الوادي");
    expect(s.summary.length).toBeGreaterThanOrEqual(2);
    expect(s.summary.length).toBeLessThanOrEqual(3);
    expect(new Set(s.summary).size).toBe(s.summary.length);
    expect(s.outlets.map((o) => o.outlet)).toEqual(["outlet-a", "outlet-b", "outlet-c", "outlet-z"]);
    expect(s.firstSeen).toBe(bridge[0]!.publishedAt!.value);
    expect(s.lastSeen).toBe(copy.publishedAt!.value);
  });

  it("leaves out a sentence whose words another chosen one holds, however much longer that one is (SaudiNewsNet)", () => {
    // The civil defence's long statement and an outlet's short lead on one shelling: the lead says nothing new.
    const statement =
      "صرح المتحدث الرسمي بمديرية الدفاع المدني بمنطقة جازان أنه في تمام الساعة الخامسة من مساء أمس الاثنين باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوفات عسكرية من داخل الأراضي اليمنية وذلك بقرية العابطية في محافظة الحرث مما نتج عنه إصابة مواطن تم نقله للمستشفى لتلقي العلاج اللازم. " +
      "من جهتها ردت القوات السعودية بقوة على مصدر المقذوفات العسكرية من قبل المليشيات الحوثية في الجانب اليمني المقابل للحدود.";
    const lead =
      "أصيب مواطن مساء اليوم إثر سقوط مقذوفات عسكرية من داخل الأراضي اليمنية على قرية العابطية بمحافظة الحرث. " +
      "وأوضح المتحدث أن الفرق باشرت الحادث فور تلقي البلاغ ونقلت المصاب إلى مستشفى صامطة العام لتلقي العلاج.";
    const s = synthesize(
      [
        art("spa", "إصابة مواطن بسقوط مقذوف عسكري في الحرث", statement, iso(0, 8), "m1"),
        art("sabq", "إصابة مواطن بالحرث جراء سقوط مقذوف عسكري", lead, iso(0, 9), "m2"),
      ],
      [],
    );
    expect(s.summary.some((x) => x.startsWith("صرح المتحدث"))).toBe(true);
    expect(s.summary.some((x) => x.startsWith("أصيب مواطن"))).toBe(false);
  });

  it("takes no sentence that opens with حيث or مما (the rest of one cut at a semicolon) into a summary", () => {
    const text =
      "أصيبت امرأة ستينية ورجل ثلاثيني باختناق بعد اندلاع حريق في فندق بحي المباركية بالدمام صباح اليوم الثلاثاء؛ " +
      "حيث جرى نقلهما إلى مجمع الدمام الطبي لتلقي العلاج اللازم. " +
      "وأوضح المتحدث باسم الدفاع المدني أن الحريق انحصر في غرفة بالدور الخامس من الفندق وتمت السيطرة عليه.";
    for (const members of [
      [art("alyaum", "حريق في فندق بالدمام", text, iso(0, 8), "h1")],
      [art("alyaum", "حريق في فندق بالدمام", text, iso(0, 8), "h1"), art("sabq", "حريق فندق", text, iso(0, 9), "h2")],
    ]) {
      const s = synthesize(members, []);
      expect(s.summary.length).toBeGreaterThan(0);
      expect(s.summary.some((x) => x.startsWith("حيث"))).toBe(false);
    }
  });

  it("gives a one-article story its title and first sentences", () => {
    const s = synthesize([bridge[0]!], []);
    expect(s.headline).toBe(bridge[0]!.title);
    expect(s.summary.length).toBe(3);
    expect(s.summary[0]).toMatch(/^افتتح محافظ/);
    expect(s).toMatchObject({ firstSeen: bridge[0]!.publishedAt!.value, lastSeen: bridge[0]!.publishedAt!.value });
    expect(synthesize([art("x", "", "", null, "e0")], [])).toMatchObject({ headline: "", summary: [] });
  });

  it("copes with members without titles, text or dates", () => {
    const s = synthesize([art("x", "", "", null, "e1"), art("y", "", "جملة قصيرة", null, "e2")], []);
    expect(s).toMatchObject({ headline: "", summary: [], firstSeen: null, lastSeen: null });
    expect(s.outlets).toEqual([
      { outlet: "x", firstSeen: null },
      { outlet: "y", firstSeen: null },
    ]);
  });

  it("draws copy edges from the decided direction only, heaviest first", () => {
    const [a, b, c] = bridge as [(typeof bridge)[0], (typeof bridge)[0], (typeof bridge)[0]];
    const edges = copyGraph(
      [a, b, c],
      [reuse(b.id, a.id, a.id, 40), reuse(b.id, c.id, null, 90), reuse(a.id, "elsewhere", a.id, 10)],
    );
    // b–c is undecided (the linker weighed their times and credits): no edge either way.
    expect(edges).toEqual([{ from: a.id, to: b.id, words: 40 }]);
  });
});
