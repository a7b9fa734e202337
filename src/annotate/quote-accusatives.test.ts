import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic/tokens.js";
import { speakers } from "./quote.test-util.js";
import { hasTanween } from "./quote-text.js";

/** Invented sentences, written for these tests. */
describe("an indefinite accusative is never the speaker", () => {
  it("reads tanween written after the final alif (اً) as well as before it (ًا)", () => {
    const text = "وقال متأسفاً ومتأسفًا ومتأسفا";
    expect(tokenize(text).map((t) => hasTanween(text, t))).toEqual([false, true, true, false]);
  });

  it("takes the circumstantial after the cue for how one spoke: the speaker goes on", () => {
    expect(speakers("قال الوزير إن البرامج هي الحل. وقال متأسفاً: إننا متأخرون كثيرا عن العالم.")).toEqual([
      "الوزير",
      "الوزير",
    ]);
  });
});
