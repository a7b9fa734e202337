import { describe, expect, it } from "vitest";
import { foldText } from "./fold.js";
import { cliticVariants, stem, stems, stripClitics } from "./stem.js";
import { isStopword, isStopwordLoose, STOPWORD_COUNT } from "./stopwords.js";

const f = foldText;

describe("stripClitics", () => {
  it("removes the article with attached conjunctions and prepositions", () => {
    for (const w of ["الرئيس", "والرئيس", "بالرئيس", "للرئيس", "فالرئيس", "كالرئيس", "وبالرئيس"]) {
      expect(stripClitics(f(w)), w).toBe("رئيس");
    }
  });
  it("is conservative on short words and known whole words", () => {
    expect(stripClitics(f("وزير"))).toBe("وزير");
    expect(stripClitics(f("والوزير"))).toBe("وزير");
    expect(stripClitics(f("ولد"))).toBe("ولد"); // would leave two letters
    expect(stripClitics(f("بغداد"))).toBe("بغداد"); // bare ب is not stripped
    expect(stripClitics(f("الدم"))).toBe("دم");
    expect(stripClitics(f("ال"))).toBe("ال");
  });
  it("offers aggressive candidates separately", () => {
    expect(cliticVariants(f("وبمصر"))).toEqual(["وبمصر", "بمصر", "مصر"]);
  });
});

describe("stem (light10)", () => {
  it("gives every clitic form of a word one stem", () => {
    const forms = ["الرئيس", "والرئيس", "بالرئيس", "للرئيس", "رئيس", "الرئيسة", "رئيسة"];
    expect(new Set(forms.map((w) => stem(f(w))))).toEqual(new Set(["رئيس"]));
  });
  it("strips light10 suffixes", () => {
    expect(stem(f("المسؤولين"))).toBe("مسؤول");
    expect(stem(f("المعلمات"))).toBe("معلم");
    expect(stem(f("الحكومية"))).toBe("حكوم");
    expect(stem(f("وزير"))).toBe(stem(f("الوزير")));
  });
  it("keeps at least two letters and leaves Latin and digits alone", () => {
    expect(stem(f("به"))).toBe("به");
    expect(stem("2,500")).toBe("2,500");
    expect(stem("reuters")).toBe("reuters");
  });
  it("matches spelling variants after folding", () => {
    expect(stem(f("إسرائيل"))).toBe(stem(f("اسرائيل")));
    expect(stem(f("مستشفى"))).toBe(stem(f("مستشفي")));
  });
});

describe("stems", () => {
  it("keeps offsets into the original", () => {
    const text = "قالَ الرئيسُ، وبالرئيسة";
    const out = stems(text);
    expect(out.map((t) => t.stem)).toEqual(["قال", "رئيس", "رئيس"]);
    // Token spans end at the last letter (tokenize drops trailing diacritics).
    expect(text.slice(out[1]!.start, out[1]!.end)).toBe("الرئيس");
    expect(text.slice(out[2]!.start, out[2]!.end)).toBe("وبالرئيسة");
  });
});

describe("stopwords", () => {
  it("ships the folded MIT lists", () => {
    expect(STOPWORD_COUNT).toBeGreaterThan(300);
    expect(isStopword("في")).toBe(true);
    expect(isStopword(f("إلى"))).toBe(true);
    expect(isStopword(f("الرئيس"))).toBe(false);
    expect(isStopword("software")).toBe(false);
  });
  it("loosely sees through an attached conjunction", () => {
    expect(isStopword("ولكن")).toBe(false);
    expect(isStopwordLoose("ولكن")).toBe(true);
    expect(isStopwordLoose(f("والرئيس"))).toBe(false);
  });
  it("does not read a name or noun with the article as the function word it holds", () => {
    // العند is the al-Anad base and العين the city of al-Ain: a preposition never takes ال.
    for (const w of ["العند", "بالعين", "والإمام", "للذات", "فالشرع"]) expect(isStopwordLoose(f(w))).toBe(false);
    for (const w of ["عند", "وعند", "بعد", "وبعد"]) expect(isStopwordLoose(f(w))).toBe(true);
    // The list's nouns stay stopwords with the article.
    expect(isStopwordLoose(f("العام"))).toBe(true);
    expect(isStopwordLoose(f("الزيارة"))).toBe(true);
  });
});
