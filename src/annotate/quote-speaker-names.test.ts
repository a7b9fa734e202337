import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("a tagged name set off by commas after the speaker phrase", () => {
  it("is the speaker after a description of a person (الإعلامي السعودي، بدر آل زيدان، أن)", () => {
    expect(speakers("كشف الإعلامي السعودي، بدر آل زيدان، أن البرنامج سيعود.")).toEqual(["بدر آل زيدان"]);
    expect(speakers("وقال الاقتصادي، جورج كرم، إن الأسعار سترتفع.")).toEqual(["جورج كرم"]);
  });

  it("is the speaker after في + the institution (المسؤول في وزارة الخارجية الروسية، زامير كابولوف، أن)", () => {
    expect(speakers("أعلن المسؤول في وزارة الخارجية الروسية، زامير كابولوف، أن المحادثات ستستأنف.")).toEqual([
      "زامير كابولوف",
    ]);
  });

  it("is the speaker after باسم + the body spoken for (الناطق باسم شرطة شرق جاوا، فرانس مانغيرا، إن)", () => {
    expect(speakers("وقال الناطق باسم شرطة شرق جاوا، فرانس بارونغ مانغيرا، إن الهجوم وقع صباحا.")).toEqual([
      "فرانس بارونغ مانغيرا",
    ]);
  });

  it("is no speaker after a country or an organisation (وقالت الصين، أكبر مستوردي النفط، إنها)", () => {
    expect(speakers("وقالت الصين، أكبر مستوردي النفط الإيراني، إنها سترد.")).toEqual(["الصين"]);
  });
});

describe("a name after الشيخ closing a long speaker phrase", () => {
  it("is the speaker, not the body before the title (مدير دار الخير الشيخ حسين العلي)", () => {
    expect(speakers("وأكد مدير دار الخير الشيخ حسين العلي أن البرنامج من البرامج المهمة.")).toEqual(["حسين العلي"]);
  });
});
