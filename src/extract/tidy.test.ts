import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, nfkcArabic } from "./html.js";
import { templateLines } from "./index.js";

/** Whitespace of every kind, line breaks, presentation forms and ordinary letters. */
const UNITS = [..."ابة", ..."Ab1", " ", "  ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u000b", "\u000c"].concat([
  "\u00a0",
  "\u2003",
  "\u202f",
  "\u3000",
  "\ufeff",
  "\u0085",
  "\u200b",
  "\ufefb",
  "\ufdfa",
  "\ufe8d",
]);
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((a) => a.join(""));

const referenceClean = (s: string) => nfkcArabic(s).replace(/\s+/g, " ").trim();
const referenceLines = (content: string) =>
  content
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[\t ]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .map(referenceClean);

describe("cleanText and line splitting", () => {
  it("clean a line as the regular expressions do", () => {
    expect(cleanText("  قال\u00a0 الوزير \ufefb ")).toBe("قال الوزير لا");
    fc.assert(
      fc.property(text, (s) => cleanText(s) === referenceClean(s)),
      { numRuns: 3000 },
    );
  });
  it("split scraped text into the same clean lines", () => {
    const doc = (content: string) => ({ source: "a.txt", path: "a.txt", format: "text" as const, content });
    expect(templateLines(doc("عنوان\r\n\r\n  سطر\u00a0ثان \rثالث"))).toEqual(["عنوان", "سطر ثان", "ثالث"]);
    fc.assert(
      fc.property(text, (s) => JSON.stringify(templateLines(doc(s))) === JSON.stringify(referenceLines(s))),
      { numRuns: 3000 },
    );
  });
});
