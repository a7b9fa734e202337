import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: the person told after قال ل is never the speaker", () => {
  it("takes the speaker from before the verb, not the one told", () => {
    const said = speakers(
      "وكان الرئيس الروسي فلاديمير بوتين قد زار طوكيو. وذكرت الوزارة أن رئيس الوزراء الياباني، شينزو آبي، قال لبوتين عبر الهاتف إن الجزر يابانية.",
    );
    expect(said).not.toContain("فلاديمير بوتين");
    expect(said).toContain("شينزو آبي");
  });

  it("keeps a name that starts with ل", () => {
    expect(speakers("وقال لويس فان غال إن الفريق جاهز.")).toEqual(["لويس فان غال"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: the outlet told, لـ + a marked name, is no part of the speaker", () => {
  it("ends the speaker at an outlet opened with the closing guillemet, as Saudi papers write it", () => {
    expect(speakers("وكشف الحارثي لـ»المدينة» أن اللجنة سترفع نسبة التوطين.")).toEqual(["الحارثي"]);
  });

  it("ends it after an organisation in construct, whose office is named already", () => {
    expect(speakers("وقال عدد من سكان المديرية لـ«الشرق الأوسط» إن المستشفى أغلق أبوابه.")).toEqual([
      "عدد من سكان المديرية",
    ]);
  });

  it("keeps the company a role names with لـ", () => {
    expect(speakers('وقالت المديرة العامة لـ"أوكس" إن الشركة ستتوسع.')).toEqual(['المديرة العامة لـ"أوكس"']);
  });
});
