import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a definite subject with ف glued opens its clause before the verb", () => {
  it("takes the ف-word, not كان's subject before the comma", () => {
    const said = speakers("وإذا كانت أميركا طرفا محايدا، فالحوثي يقول: الموت لأميركا، ويزعم أن الحرب تحالف.");
    expect(said[0]).toMatch(/الحوثي$/);
    expect(said).not.toContain("أميركا");
  });
});
