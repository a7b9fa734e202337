import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexText, referenceIndexText } from "./index-text.js";

/** Code units that exercise folding, tokenising and stemming. */
const UNITS = [
  ..."ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىٱ", // letters and hamza/alef/yeh/taa forms
  "\u064e",
  "\u064f",
  "\u0650",
  "\u0651",
  "\u0652",
  "\u0640", // harakat, shadda, sukun, tatweel
  "\u200b",
  "\u200f",
  "\ufeff", // zero-width and bidi
  ..."٠١٢٣٤٥٦٧٨٩0123456789۴", // digits in three scripts
  "\u066c",
  "\u066b", // Arabic thousands and decimal separators
  ..." .,:/،؛؟!«»\"'-_\n", // punctuation and number joiners
  ..."AbZé", // Latin
  "\ufefb",
  "\ufe8d", // presentation forms (expand / map)
  "\ud83d\ude00", // an astral character (surrogate pair)
];

const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }).map((a) => a.join(""));

describe("indexText", () => {
  it("equals the stems() reference on Arabic-like text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(indexText(t)).toBe(referenceIndexText(t));
      }),
      { numRuns: 3000 },
    );
  });
  it("equals the reference on numbers with separators and clitics", () => {
    const digits = fc.array(fc.constantFrom(..."0123١٢٣", ",", "\u066c", ".", "\u066b"), {
      minLength: 1,
      maxLength: 12,
    });
    const number = fc.tuple(fc.constantFrom("", "و", "ب", "ال"), digits).map(([c, d]) => c + d.join(""));
    fc.assert(
      fc.property(fc.array(number, { maxLength: 6 }), (ns) => {
        const t = ns.join(" ");
        expect(indexText(t)).toBe(referenceIndexText(t));
      }),
      { numRuns: 3000 },
    );
    expect(indexText("و١٬٥٠٠ و1,200")).toBe("1500 1200");
  });
  it("stems words with clitics, numbers with separators, and drops punctuation", () => {
    expect(indexText("قالَ الرئيسُ: إنّ 2,500 عنصر")).toBe(referenceIndexText("قالَ الرئيسُ: إنّ 2,500 عنصر"));
    expect(indexText("والرئيس، بالاتفاق")).toBe("رئيس اتفاق");
    expect(indexText("3.5km")).toBe("3.5 km");
    expect(indexText("")).toBe("");
    expect(indexText(" ... ")).toBe("");
  });
});
