import { describe, expect, it } from "vitest";
import { loadTagger } from "./tagger.js";

describe("loadTagger().knownType", () => {
  it("gives the type the training data tagged a word with at least 80% of the time", () => {
    expect(loadTagger().knownType("لندن")).toBe("LOC");
    // Also when the word was now and then tagged with a type that sorts before it (محمود: LOC0 PER2).
    expect(loadTagger().taggedAs("محمود")).toEqual(["LOC", "PER"]);
    expect(loadTagger().knownType("محمود")).toBe("PER");
  });

  it("gives null for a word tagged with no type that often, or never tagged", () => {
    // حسن: LOC0 PER1, a person's name less than 80% of the time (also "good").
    expect(loadTagger().knownType("حسن")).toBeNull();
    expect(loadTagger().knownType("الذي")).toBeNull();
  });
});
