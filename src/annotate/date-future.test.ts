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
    for (const w of ["سوف", "المقرر", "وستلتئم", "فستواصل", "يعتزم"]) expect(futureCue(w), w).toBe(true);
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
