import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: the one accused or asked, after the subject of اتهم or طالب, is not the speaker", () => {
  it("ends the speaker after the body that opens it", () => {
    expect(speakers('واتهمت منظمة هيومن رايتس ووتش اسرائيل امس باستخدام "القوة غير المبررة" لاعتقال أطفال.')).toEqual([
      "منظمة هيومن رايتس ووتش",
    ]);
  });

  it("keeps a second subject joined by و", () => {
    expect(speakers("وطالبت وزارة الدفاع وهيئة الأركان بأن تتحرك الأمم المتحدة.")).toEqual([
      "وزارة الدفاع وهيئة الأركان",
    ]);
  });
});
