import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a role head with one tagged word after it", () => {
  it("reads the word as the role's domain, the role as written", () => {
    expect(speakers("وأكد أمير عسير خلال اتصالاته أمس بأسر الشهداء أنهم نالوا الشهادة.")).toEqual(["أمير عسير"]);
  });
});
