import { describe, expect, it } from "vitest";
import { claimInContext } from "./views.js";

describe("claimInContext", () => {
  it("shows the claim with the word after it, without a bracket or mark after that word", () => {
    const text = "بلغت الخسائر (نحو مليار يورو) في الربع الأول، وتراكمت 1800 حاوية.";
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(claimInContext(text, ...at("مليار"))).toBe("مليار يورو");
    expect(claimInContext(text, ...at("1800"))).toBe("1800 حاوية");
  });
});
