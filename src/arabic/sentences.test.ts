import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_LENGTH, splitSentences } from "./sentences.js";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on Arabic and Latin punctuation and newlines", () => {
    expect(split("وصل الوفد. هل ينجح؟ نعم! ثم ماذا؛ لا شيء\nسطر آخر")).toEqual([
      "وصل الوفد.",
      "هل ينجح؟",
      "نعم!",
      "ثم ماذا؛",
      "لا شيء",
      "سطر آخر",
    ]);
  });
  it("does not split abbreviations or decimals", () => {
    expect(split("قال د. أحمد إن النمو بلغ 3.5 في المئة. ص.ب. 123 في م. الرياض.")).toEqual([
      "قال د. أحمد إن النمو بلغ 3.5 في المئة.",
      "ص.ب. 123 في م. الرياض.",
    ]);
    expect(split("Mr. Smith visited www.example.com today. Then left.")).toEqual([
      "Mr. Smith visited www.example.com today.",
      "Then left.",
    ]);
  });
  it("keeps list numbers and parenthesised abbreviations inside their sentence", () => {
    expect(split("2. تبخر الحلم. 3. انتهى")).toEqual(["2. تبخر الحلم.", "3. انتهى"]);
    expect(split("قال مكتب (إف. بي. آي.) إن الكمان عاد. ثم")).toEqual(["قال مكتب (إف. بي. آي.) إن الكمان عاد.", "ثم"]);
  });
  it("ends a sentence after an era mark", () => {
    expect(split("وقع ذلك عام 2021 م. وقال الوزير")).toEqual(["وقع ذلك عام 2021 م.", "وقال الوزير"]);
    expect(split("في 15 رمضان 1442 ه. ثم عاد")).toEqual(["في 15 رمضان 1442 ه.", "ثم عاد"]);
  });
  it("keeps balanced quotes whole and ignores unbalanced ones", () => {
    expect(split("وأضاف: «لن نتراجع. أبدا». ثم غادر.")).toEqual(["وأضاف: «لن نتراجع. أبدا».", "ثم غادر."]);
    expect(split('قال "هذا جيد. جدا" ومضى. انتهى.')).toEqual(['قال "هذا جيد. جدا" ومضى.', "انتهى."]);
    expect(split("قال «هذا جيد. ثم رحل. انتهى.")).toEqual(["قال «هذا جيد.", "ثم رحل.", "انتهى."]);
    expect(split("قال “نعم. لا” ثم. «آخر")).toEqual(["قال “نعم. لا” ثم.", "«آخر"]);
  });
  it("absorbs runs of marks and closing quotes", () => {
    expect(split("حقا؟! نعم... ربما")).toEqual(["حقا؟!", "نعم... ربما"]);
    expect(split("ولكن.. هل ينجح؟ ربما...\nسطر")).toEqual(["ولكن.. هل ينجح؟", "ربما...", "سطر"]);
  });
  it("splits Arabic text with no space after the dot", () => {
    expect(split("انتهى الاجتماع.وقال الوزير")).toEqual(["انتهى الاجتماع.", "وقال الوزير"]);
  });
  it("spans are trimmed and ordered; empty input gives nothing", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   \n\n  ")).toEqual([]);
    const t = "  أ. ب.  ";
    expect(splitSentences(t)).toEqual([{ start: 2, end: 7 }]);
  });
  it("bounds sentences of text without punctuation, in linear time", () => {
    const words = Array.from({ length: 40_000 }, (_, i) => (i % 7 === 0 ? "كلمة،" : "كلمة")).join(" ");
    const t0 = performance.now();
    const spans = splitSentences(words);
    const ms = performance.now() - t0;
    expect(spans.length).toBeGreaterThan(words.length / MAX_SENTENCE_LENGTH);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(ms).toBeLessThan(500);
    // Pathological: 200 KB of quote marks and dots.
    for (const bad of ["«.".repeat(100_000), ".".repeat(200_000), "(".repeat(100_000) + ")".repeat(100_000)]) {
      const t1 = performance.now();
      splitSentences(bad);
      expect(performance.now() - t1).toBeLessThan(1500);
    }
  });
});
