import { describe, expect, it } from "vitest";
import { found } from "./found.test-util.js";
import { speaksOfPalestine } from "./movement-words.js";

/** Sentences written for these tests, after ones of SaudiNewsNet. */
describe("حماس and فتح: the movements only where the article speaks of Palestine", () => {
  it("reads them as enthusiasm and the opening elsewhere", () => {
    expect(found("وقدم الفريق عرضا قويا ألهب حماس الجماهير الحاضرة رغم قلتها.")).toEqual([]);
    expect(found("وأسلم عشرة من العمال وسط تشجيع وحماس من الحضور.")).toEqual([]);
    expect(found("وأكد المدير أن المستشفى فتح باب الزيارة أمام أسر النزلاء طوال أيام العيد.")).toEqual([]);
  });

  it("keeps the movements in a text about Palestine, and the club الفتح anywhere", () => {
    expect(found("وقالت حماس إن القصف الإسرائيلي على غزة لن يمر.")).toContain("ORG:حماس");
    expect(found("ورحبت حركة فتح بالقرار، وقالت فتح في بيان إنه خطوة أولى.")).toEqual(["ORG:حركة فتح", "ORG:فتح"]);
    expect(found("وفاز الفتح على الهلال 2 - 1 في الجولة الثانية من الدوري.")).toContain("ORG:الفتح");
  });

  it("keeps حماس in a list with another organisation", () => {
    expect(found("ومن شروطها وقف دعم الإرهاب وخاصة حماس وحزب الله والجهاد الإسلامي.")).toContain("ORG:حماس");
  });

  it("takes a title about Gaza as the article's topic", () => {
    expect(found("وقالت حماس في بيان إنها لن تقبل بالشروط.", "غارات على غزة")).toContain("ORG:حماس");
  });

  it("finds the topic in folded words, the movement named with حركة included", () => {
    expect(speaksOfPalestine(["وقالت", "حماس", "في", "غزه"])).toBe(true);
    expect(speaksOfPalestine(["حركه", "وفتح"])).toBe(true);
    expect(speaksOfPalestine(["الهب", "حماس", "الجماهير"])).toBe(false);
  });
});
