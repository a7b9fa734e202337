import { describe, expect, it } from "vitest";
import { futureCue, futureVerb } from "./date-future.js";
import { findDates } from "./dates.js";

describe("futureVerb", () => {
  it("takes س on a present verb, listed or only clustered with listed ones", () => {
    for (const w of ["ستنظر", "سيناقش", "ستلتئم", "ستواصل", "ستستمر", "سيختتم"]) expect(futureVerb(w), w).toBe(true);
  });
  it("leaves nouns and names that start with س and a present prefix", () => {
    for (const w of ["سياسه", "سياره", "سيارات", "سنوات", "سنويا", "ستينات", "سناتور", "سياستنا", "سيطره", "سته"]) {
      expect(futureVerb(w), w).toBe(false);
    }
  });
});

describe("futureCue", () => {
  it("reads listed cues and future verbs, with و or ف on them", () => {
    for (const w of ["سوف", "وسوف", "فسوف", "المقرر", "وستلتئم", "فستواصل", "يعتزم"])
      expect(futureCue(w), w).toBe(true);
    for (const w of ["وسياره", "ستار", "سجن", "قال"]) expect(futureCue(w), w).toBe(false);
  });
});

describe("scheduled (مقرر، المقررة)", () => {
  it("puts a weekday or month after it ahead", () => {
    for (const w of ["المقرره", "مقرره", "مقرر"]) expect(futureCue(w), w).toBe(true);
    // Published Monday 2018-06-11: the match scheduled for Thursday is the coming one.
    expect(findDates("المباراة الافتتاحية المقررة الخميس", "2018-06-11").map((d) => d.value)).toEqual(["2018-06-14"]);
    expect(findDates("الانتخابات العامة المقررة في أكتوبر", "2018-03-21").map((d) => d.value)).toEqual(["2018-10"]);
  });
});

describe("a present verb of a scheduled event puts the weekday it governs ahead", () => {
  const values = (t: string, pub: string) => findDates(t, pub).map((d) => d.value);
  it("reads تنطلق، يلتقي، تقام… as the coming such day", () => {
    // Thursday 6 August 2015: Saturday is the coming one, not last week's.
    expect(values("ويبدأ يونايتد مشواره على أرضه أمام توتنهام يوم السبت", "2015-08-06")).toEqual(["2015-08-08"]);
    expect(values("ويلتقي برشلونة الأحد مع ميلان", "2018-08-01")).toEqual(["2018-08-05"]);
    expect(values("وتنطلق البطولة يوم السبت، وبعدها بثلاثة أيام الافتتاح", "2015-08-06")).toEqual([
      "2015-08-08",
      "2015-08-11",
    ]);
  });
  it("reads تستمر، ينتهي، تتواصل… as lasting until the coming such day", () => {
    // Monday 27 July 2015: the truce begun that night lasts until Friday 31, not last week's.
    expect(values("الهدنة التي تبدأ منتصف الليل وتستمر حتى الجمعة", "2015-07-27")).toEqual(["2015-07-31"]);
    expect(values("وقف النار الذي أعلنته الحكومة وينتهي الثلاثاء", "2018-06-17")).toEqual(["2018-06-19"]);
    expect(values("أمطار رعدية تستمر حتى الأربعاء", "2015-08-10")).toEqual(["2015-08-12"]);
  });
  it("leaves a plan put in the past, an event under way and a verb in the past", () => {
    expect(values("كان من المقرر أن يبدأ تنفيذها الأحد", "2018-04-03")).toEqual(["2018-04-01"]);
    expect(values("المجلس الذي يزور دمشق منذ الخميس", "2018-07-28")).toEqual(["2018-07-26"]);
    expect(values("ولم يبدأ الفريق تدريباته الأحد", "2018-08-01")).toEqual(["2018-07-29"]);
    expect(values("وانطلقت البطولة يوم السبت", "2015-08-06")).toEqual(["2015-08-01"]);
  });
});
