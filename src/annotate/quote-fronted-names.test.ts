import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a country or body named before the verb", () => {
  const before = "وقالت الوزيرة فيديريكا موغيريني إن الاتفاق جيد.";

  it("makes it the speaker, not the one who spoke before", () => {
    expect(speakers(`${before} لكن روسيا وصفت الاتفاق بأنه خطوة إلى الوراء.`)[1]).toBe("روسيا");
    expect(speakers(`${before} لكن إيران نفت أن تكون قد أرسلت أسلحة.`)[1]).toBe("إيران");
    expect(speakers(`${before} بينما الولايات المتحدة قالت إن الأمور تحت السيطرة.`)[1]).toBe("الولايات المتحدة");
  });

  it("reads it after a mark or a conjunction glued to it, and past قد", () => {
    expect(speakers(`${before} وإيران قد نفت أن تكون قد أرسلت أسلحة.`)[1]).toBe("إيران");
    expect(speakers(`${before} كما أن روسيا أكدت أن الحوار مستمر.`)[1]).toBe("روسيا");
  });

  it("leaves a place after a preposition, a verb's object, or one set off by a comma", () => {
    expect(speakers("في روسيا، أكد الوزير أن الوضع صعب.")[0]).toBe("الوزير");
    expect(speakers(`${before} زارت الوزيرة روسيا أكدت فيها أن العلاقات جيدة.`)[1]).not.toBe("روسيا");
  });
});
