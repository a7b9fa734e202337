import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("the name Ali inside a speaker's name, and the roles and occupations before a name", () => {
  it("reads علي spelt with ي inside a tagged name as the name, not the preposition على", () => {
    expect(speakers("وأوضح المشارك علي بن عبد الله العمري أن إنتاج العسل يستغرق نحو 25 يوما.")).toEqual([
      "علي بن عبد الله العمري",
    ]);
    expect(speakers("وشدد الوزير على أن الخطة جاهزة.")).toEqual(["الوزير"]);
  });

  it("ends a woman's name at عضوة, the office after it", () => {
    expect(speakers("بدورها قالت فريدة فارسي عضوة لجنة المدارس الأهلية بأن الوضع جيد.")).toEqual(["فريدة فارسي"]);
  });

  it("reads the writers a cultural page quotes as occupations before the name", () => {
    expect(speakers("أكد القاص والناقد محمد الشدوي عضو الجمعية العمومية أن الكتابة لا تنبثق من العدم.")).toEqual([
      "محمد الشدوي",
    ]);
  });
});
