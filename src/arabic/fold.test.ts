import { describe, expect, it } from "vitest";
import { fold, foldText, toOriginal } from "./fold.js";

describe("fold", () => {
  it("applies the STYLE rules", () => {
    expect(foldText("أإآٱ ى ة ـ ٠١٢٣ ۴ ٪ ، ؛ ؟")).toBe("اااا ي ه  0123 4 % , ; ?");
    expect(foldText("قالَ الرئيسُ «إنّ»")).toBe('قال الرئيس "ان"');
    expect(foldText("Reuters\u200f")).toBe("reuters");
  });
  it("expands presentation forms through NFKC", () => {
    expect(foldText("\ufefb")).toBe("لا");
  });
  it("grows its arrays for texts made longer by ligatures", () => {
    // Each ﻻ folds to two units: the folded text is twice as long as the original.
    const f = fold(`${"\ufefb".repeat(20_000)}x`);
    expect(f.text).toBe(`${"لا".repeat(20_000)}x`);
    expect(f.starts.length).toBe(40_001);
    expect([f.starts[39_999], f.ends[39_999], f.starts[40_000], f.ends[40_000]]).toEqual([
      19_999, 20_000, 20_000, 20_001,
    ]);
  });
  it("returns the same result for the same text, and a new one for another", () => {
    const long = "قالَ الرئيسُ ".repeat(30);
    expect(fold(long)).toBe(fold(long));
    expect(fold("قالَ").text).toBe("قال");
    expect(fold(long).text).toBe("قال الرئيس ".repeat(30));
    expect(fold(`${long}x`).text).toBe(`${"قال الرئيس ".repeat(30)}x`);
  });
  it("maps folded spans back to the original", () => {
    const original = "قالَ الرئيسُ";
    const f = fold(original);
    const start = f.text.indexOf("الرئيس");
    const span = toOriginal(f, { start, end: start + "الرئيس".length });
    expect(original.slice(span.start, span.end)).toBe("الرئيسُ".slice(0, -1));
  });
});
