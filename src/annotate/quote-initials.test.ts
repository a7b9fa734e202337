import { describe, expect, it } from "vitest";
import { speakers, withEntities } from "./quote.test-util.js";
import { isInitialDot, sentenceEndAfter } from "./quote-text.js";

/** Invented sentences, written for these tests. */
describe("an initial's dot ends no sentence", () => {
  it("reads a one-letter rank or a spelled Latin initial as part of the name after it", () => {
    const text = "وأوضح م. خالد العتيبي مدير المشروعات أن العمل انتهى. وقال ستيفين جي. مكهيل إن الشركة تنتظر.";
    expect(isInitialDot(text, text.indexOf("م.") + 1)).toBe(true);
    expect(isInitialDot(text, text.indexOf("جي.") + 2)).toBe(true);
    expect(sentenceEndAfter(text, 0)).toBe(text.indexOf("انتهى.") + 5);
  });

  it("still ends a sentence after a year's era, an acronym or an initial a conjunction follows", () => {
    for (const text of [
      "وافتتح المشروع عام 2015 م. وقال المدير",
      "وقال لإذاعة بي بي سي. وأضاف",
      "باسم سفيان إيه. وقال",
    ]) {
      expect(isInitialDot(text, text.indexOf(". ")), text).toBe(false);
    }
  });

  it("finds the quote after a rank written as its letter, the speaker without it", () => {
    expect(speakers("وأوضح م. خالد العتيبي مدير المشروعات أنه تم تركيب المظلات لحماية المصلين.")).toEqual([
      "خالد العتيبي",
    ]);
    const q = withEntities("وقالت د. منى الحربي عضو المجلس إن الباب مفتوح. وتوقعت د. الحربي أن تنجح التجربة.");
    expect(q.map((x) => x.speaker)).toEqual(["منى الحربي", "منى الحربي"]);
  });

  it("reads the family name after a spelled Latin initial into the name the tagger cut at the dot", () => {
    expect(speakers("وقال ستيفين جي. مكهيل، شريك في شركة محاماة: «لدينا كثير من العملاء».")).toEqual([
      "ستيفين جي. مكهيل",
    ]);
    expect(speakers("وقال جون إف. كينيدي إن الشركة تنتظر.")).toEqual(["جون إف. كينيدي"]);
  });
});
