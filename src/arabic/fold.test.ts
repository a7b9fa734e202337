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
  it("maps folded spans back to the original", () => {
    const original = "قالَ الرئيسُ";
    const f = fold(original);
    const start = f.text.indexOf("الرئيس");
    const span = toOriginal(f, { start, end: start + "الرئيس".length });
    expect(original.slice(span.start, span.end)).toBe("الرئيسُ".slice(0, -1));
  });
});
