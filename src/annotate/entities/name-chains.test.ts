import { describe, expect, it } from "vitest";
import { mentionsOf } from "./found.test-util.js";
import { ownGivenName } from "./name-chains.js";

const persons = (text: string) => mentionsOf("PER", text);

describe("a person's own given name before the chain the tagger found", () => {
  it("reads words of the given names' cluster as given names, not common words, a rank or a relation", () => {
    expect(ownGivenName("سيف")).toBe(true);
    expect(ownGivenName("عصام")).toBe(true);
    // A listed name that news writes far more often as a common word (a statement), a rank, a successor and a verb.
    expect(ownGivenName("بيان")).toBe(false);
    expect(ownGivenName("ركن")).toBe(false);
    expect(ownGivenName("خليفه")).toBe(false);
    expect(ownGivenName("قال")).toBe(false);
  });

  it("starts the name at the person's own given name", () => {
    expect(persons("تعتقل المخابرات موكلي الاستاذ الجامعي اسعد ابراهيم الحاج علي وهو اردني.")).toContain(
      "اسعد ابراهيم الحاج علي",
    );
    const text =
      "وحضر تدشين تلك المرحلة الوكيل الأول لمحافظة المهرة، مختار محمد سعيد عبد الكريم، ومدير عام مكتب التربية.";
    expect(persons(text)).toContain("مختار محمد سعيد عبد الكريم");
  });

  it("leaves a conjunction before the given name out", () => {
    const text =
      "وعلي بن محمد الرميحي وزير شؤون الإعلام بمملكة البحرين، ومكرم محمد أحمد، رئيس المجلس الأعلى لتنظيم الإعلام.";
    expect(persons(text)).toContain("مكرم محمد أحمد");
  });

  it("gives a chain found from بن on the word before it, whatever the word, but not a family's بن and one word", () => {
    expect(persons("وأوضح بيان الوزارة أن مقرب بن سعد بن علي الثنيان أقدم على قتل مواطن.")).toContain(
      "مقرب بن سعد بن علي الثنيان",
    );
    expect(persons("ونقلت الصحيفة تصريحات بن لادن في الشريط.")).not.toContain("تصريحات بن لادن");
  });

  it("does not take a verb after a particle that only a verb follows", () => {
    const found = persons("وقد أشرف محمد بن سلمان على تنفيذ الخطة في الرياض.");
    expect(found).toContain("محمد بن سلمان");
    expect(found).not.toContain("أشرف محمد بن سلمان");
  });

  it("does not take a verb before the name", () => {
    expect(persons("وأكد محمد أحمد الغامدي أن المشروع يكتمل العام المقبل.")).not.toContain("وأكد محمد أحمد الغامدي");
  });
});

describe("a given name and the family named for it (أسعد الأسعد)", () => {
  it("reads the two words as one person's name", () => {
    expect(persons("وأرسل المجلس الخطاب إلى أسعد الأسعد في نابلس.")).toContain("أسعد الأسعد");
    expect(persons("قال منظم المهرجان الدكتور مقبل المقبل إن عسير نجحت في تسجيل الأرقام.")).toContain("مقبل المقبل");
  });

  it("leaves a common noun repeated so", () => {
    expect(persons("وشارك أهالي طيبة الطيبة في الفعاليات.")).toEqual([]);
  });
});

describe("a kunya the tagger left untagged", () => {
  it("reads أبو or أم and a given name as a person's name, with a nisba after it", () => {
    expect(persons("وأكدت «أم تركي» أن المهرجان فرصة للأسر.")).toEqual(["أم تركي"]);
    const text = "أعلنت قوات البيشمركة الكردية أنها تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين من تنظيم داعش.";
    expect(persons(text)).toContain("أبو قتادة المغربي");
  });

  it("leaves أم that is 'or', and a place named for a kunya", () => {
    expect(persons("هل يقصد جمال الطبيعة، أم جمال الأخلاق")).toEqual([]);
    expect(persons("ومركز وادي أبو علي ومركز الروغاني")).toEqual([]);
  });
});
