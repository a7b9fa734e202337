import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";
import { cueGender } from "./quote-speaker-reading.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a role head with one tagged word after it", () => {
  it("reads the word as the role's domain, the role as written", () => {
    expect(speakers("وأكد أمير عسير خلال اتصالاته أمس بأسر الشهداء أنهم نالوا الشهادة.")).toEqual(["أمير عسير"]);
  });
});

/** Invented sentences, written for these tests. */
describe("cueGender: a past verb with an object pronoun", () => {
  it("reads the subject's gender off the verb, not the pronoun (وصفه is his, وصفته hers)", () => {
    expect(["وصفه", "اعتبرها", "وصفته", "اعتبرتها", "اعتبروه", "مؤكده"].map(cueGender)).toEqual([
      "m",
      "m",
      "f",
      "f",
      null,
      "f",
    ]);
  });
  it("lets «وأبدى السفير … وصفه» go on with the ambassador, not a man named before", () => {
    const text =
      "وقال الوزير عمرو حلمي إن التعاون بين البلدين مستمر. وقال السفير الألماني هانس هابر إن بلاده تدعم المشروع بقوة. وأبدى السفير إعجابه بالمشروع الذي وصفه بـ«الإنجاز العظيم الذي يعقد عليه الآمال الكبيرة لمستقبل مصر». وأضاف أن ألمانيا شريكة لمصر.";
    expect(speakers(text)).toEqual(["عمرو حلمي", "هانس هابر", "هانس هابر", "هانس هابر"]);
  });
});
