import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleId, matchKey, referenceMatchKey } from "./id.js";

/** Code units that exercise folding and word splitting, including ones that expand or are astral. */
const UNITS = [
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىٱ",
  "\u064e",
  "\u0651",
  "\u0640",
  "\u200b",
  "\ufeff",
  ..."٠١٢٣0123۴",
  ..." .,:/،؛؟!«»\"'-_\n\t",
  ..."AbZé",
  "\ufefb",
  "\ufe8d",
  "\ud83d\ude00",
  "\ud835\udc00", // a mathematical letter (astral \p{L})
];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }).map((a) => a.join(""));

describe("articleId", () => {
  it("is the same for the same content from one outlet, whatever the spelling of marks and spaces", () => {
    expect(articleId("قالَ الرئيسُ: «نعم»", "a.example")).toBe(articleId("قال  الرئيس نعم", "a.example"));
    expect(articleId("\ufefbعب", "a.example")).toBe(articleId("لاعب", "a.example"));
  });
  it("differs across outlets and across texts", () => {
    expect(articleId("قال الرئيس", "a.example")).not.toBe(articleId("قال الرئيس", "b.example"));
    expect(articleId("قال الرئيس", "a.example")).not.toBe(articleId("قال الوزير", "a.example"));
  });
  it("keys text exactly as the string reference does (ids stay stable)", () => {
    expect(matchKey(" قالَ  الرئيسُ: «نعم» ")).toBe("قال الرئيس نعم");
    fc.assert(
      fc.property(text, (t) => matchKey(t) === referenceMatchKey(t)),
      { numRuns: 3000 },
    );
  });
});
