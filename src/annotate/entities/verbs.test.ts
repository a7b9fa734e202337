import { describe, expect, it } from "vitest";
import { foldText } from "../../arabic/fold.js";
import { gluedVerbAt, isVerbLike } from "./verbs.js";

const verb = (w: string) => isVerbLike(foldText(w));

describe("isVerbLike", () => {
  it("reads listed verbs and the words of verb clusters as verbs, with a conjunction too", () => {
    for (const w of ["اجتمع", "التقى", "يقدم", "وتابعت", "ناقش", "يصافح", "يتقبل", "أبدى"]) expect(verb(w)).toBe(true);
  });

  it("never reads an office, a title, a noun with the article or an adjective as one", () => {
    for (const w of ["رئيس", "الأمير", "وزير", "الدفاع", "الخرج", "عهد", "سمو", "الحالي", "بريطاني", "جاهزية", "ينبع"])
      expect(verb(w)).toBe(false);
  });
});

describe("isVerbLike on words the clusters gather among verbs", () => {
  it("reads no pronoun, preposition or adverb as one, with a conjunction too", () => {
    for (const w of ["هي", "وهي", "بحسب", "حسب", "عوضا", "ذات", "علما", "تماما", "بيد"]) expect(verb(w)).toBe(false);
  });

  it("keeps the verbs among the stopwords, and بيّن and هنّأ, whose folded forms are a preposition and an adverb", () => {
    for (const w of ["كانت", "يكون", "يمكن", "صار", "بين", "هنا"]) expect(verb(w)).toBe(true);
  });

  it("reads no title with a pronoun, masdar of the second form or circumstantial participle as one", () => {
    for (const w of ["سموه", "تأسيس", "مؤكدا", "موضحا", "مضيفا"]) expect(verb(w)).toBe(false);
  });
});

describe("isVerbLike on a present of «she»", () => {
  it("reads one as a verb when its «he» is one (يمتد، يروي، ينتخب), with the future's س too", () => {
    for (const w of ["تمتد", "تروي", "تنتخب", "ستمتد"]) expect(verb(w)).toBe(true);
  });

  it("does not read a present of «he» from its «she»: given names begin with ي", () => {
    expect(verb("يسري")).toBe(false);
  });
});

describe("gluedVerbAt", () => {
  it("finds a listed verb glued to a word with the article where a space was lost", () => {
    expect(gluedVerbAt(foldText("الشيشانيالتقى"))).toBe("الشيشاني".length);
    expect(gluedVerbAt(foldText("العهدوجه"))).toBe("العهد".length);
  });

  it("leaves a word the cluster table knows whole", () => {
    expect(gluedVerbAt(foldText("الاستقبال"))).toBe(-1);
    expect(gluedVerbAt(foldText("الشيشاني"))).toBe(-1);
  });
});
