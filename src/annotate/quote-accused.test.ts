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

  it("takes a single phrase before the charge's بأن for the one accused, the accuser named before", () => {
    expect(
      speakers(
        "وقال الرئيس التركي رجب طيب أردوغان إن العملية مستمرة. كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن مصلحتهما واحدة.",
      ),
    ).toEqual(["رجب طيب أردوغان", "رجب طيب أردوغان"]);
  });

  it("keeps the subject when a second name follows it inside the phrase", () => {
    expect(
      speakers("واتهمت وسائل الإعلام الاتحاد الصربي لكرة القدم برئاسة توميسلاف كاراديزيتش بأنه لن يواجه هذه الحالات."),
    ).not.toContain("توميسلاف كاراديزيتش");
  });

  it("reads اتهم with its بـ right after it as the passive, no one's words", () => {
    expect(speakers("واعتقل الشابان الأسبوع الماضي واتهما بالإعداد للقيام بـ«أعمال إرهابية كبيرة» في لندن.")).toEqual(
      [],
    );
  });

  it("keeps a name that opens with ب after the verb (واتهم بيركو الوزير بأنه)", () => {
    expect(speakers("غضب رئيس المجلس جون بيركو. واتهم بيركو الوزير بأنه يقدم إجابات مطولة للغاية.")).toEqual([
      "جون بيركو",
    ]);
  });
});
