import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";
import { isWrittenOn } from "./quote-adjuncts.js";

/** Invented sentences, written for these tests. */
describe("isWrittenOn: how words were delivered, after the speaker", () => {
  it("reads a channel noun with the speaker's pronoun", () => {
    expect(["بخطابه", "بكلمتها", "بتصريحاته", "برسالته"].every(isWrittenOn)).toBe(true);
    expect(["بانه", "بدوره", "بلاده"].some(isWrittenOn)).toBe(false);
  });

  it("ends the speaker phrase before it", () => {
    const said = speakers(
      "ألقى زعيم الحوثيين خطابا. ووصف الحوثي بخطابه تحرير عدن بعدة أوصاف، منها: «حدث جزئي وعارض وتهويل إعلامي».",
    );
    expect(said[0]).toMatch(/الحوثي$/);
  });
});
