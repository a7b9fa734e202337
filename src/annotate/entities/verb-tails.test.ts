import { describe, expect, it } from "vitest";
import { mentionsOf } from "./found.test-util.js";

const persons = (text: string) => mentionsOf("PER", text);

describe("verbs and pronouns after a person's name", () => {
  it("ends a name before a verb the tagger ran it into", () => {
    expect(persons("وقال إن محمد بن سلمان يلتقي الرئيس الشيشاني في جدة.")).toContain("محمد بن سلمان");
    expect(persons("وقال إن محمد بن سلمان يلتقي الرئيس الشيشاني في جدة.")).not.toContain("محمد بن سلمان يلتقي");
    expect(persons("وأكد الأمير فيصل بن خالد دشن المعرض أمس.")).toEqual(["فيصل بن خالد"]);
  });

  it("ends a name before the pronoun of a nominal sentence after a given name", () => {
    const found = persons(
      "وأكدت الممثلة أن الحلقات القادمة ستظهر مفاجآت كثيرة، وبأن مريم هي من تقف وراء المشكلات في القصة.",
    );
    expect(found).toContain("مريم");
    expect(found).not.toContain("مريم هي");
    expect(persons("والدكتورة هالة السعيد هي ابنة وزير الكهرباء في السبعينيات.")).toContain("هالة السعيد");
  });

  it("ends a name before a preposition glued to a title or to a noun with its pronoun", () => {
    expect(persons("ونوه الأمير سلطان بن سلمان بسمو ولي العهد على دعمه.")).toEqual(["سلطان بن سلمان"]);
    expect(persons("ودعا الشيخ عبدالله بن محمد برحمته الواسعة للفقيد.")).toEqual(["عبدالله بن محمد"]);
    // A name that opens with ب or ل stays whole.
    expect(persons("وفاز بدر بن ناصر بالبطولة.")).toEqual(["بدر بن ناصر"]);
  });

  it("keeps a name word that looks like a verb after a particle, and a name after a tribe's word", () => {
    expect(persons("قال علي بن أبي طالب في خطبته.")).toContain("علي بن أبي طالب");
    expect(persons("وأكدوا أن ما حصل في خان بني سعد هو نتيجة لكل التداعيات.")).not.toContain("سعد");
  });
});
