import { describe, expect, it } from "vitest";
import { mentionsOf } from "./found.test-util.js";
import { minedGivenName } from "./mined-names.js";

const persons = (text: string) => mentionsOf("PER", text);

describe("given names mined from the corpora", () => {
  it("holds names titles put before persons, not the common words titles precede", () => {
    expect(minedGivenName("عايض")).toBe(true);
    expect(minedGivenName("رامز")).toBe(true);
    // خليفة is as often a successor (خليفته، خليفتها); يقدم and ركن are a verb and a noun.
    expect(minedGivenName("خليفه")).toBe(false);
    expect(minedGivenName("يقدم")).toBe(false);
    expect(minedGivenName("ركن")).toBe(false);
  });

  it("holds names written before بن or بنت and a father's name, not their glued conjunction's forms", () => {
    // سطام بن عبدالعزيز، فيصل بن سلمان، موزا بنت محمد.
    expect(minedGivenName("سطام")).toBe(true);
    expect(minedGivenName("فيصل")).toBe(true);
    expect(minedGivenName("موزا")).toBe(true);
    expect(minedGivenName("وتميم")).toBe(false);
  });

  it("starts a person's name at a given name mined before بن", () => {
    expect(persons("وأشار د. فيصل حسن إبراهيم، مساعد رئيس الجمهورية، إلى أن التعديل الوزاري شمل 8 وزارات.")).toContain(
      "فيصل حسن إبراهيم",
    );
  });

  it("starts a person's name at a mined given name the tagger left out", () => {
    expect(persons("وأكد وكيل الوزارة لشؤون التخطيط، عايض هادي العتيبي، أن المشروع يكتمل العام المقبل.")).toContain(
      "عايض هادي العتيبي",
    );
    expect(persons("وانتقد الممثل تصرف رامز جلال خلال الحلقة.")).toContain("رامز جلال");
  });

  it("reads a mined given name after a role's head as the start of the person's name", () => {
    expect(persons("لعرض مقدم من وزير الإسكان رامز الغامدي، ليصدر القرار.")).toContain("رامز الغامدي");
  });

  it("ends a name found after a role's head before a relative pronoun glued to و", () => {
    // مكرم is mined (نبيلة مكرم); والتي opens a clause, and its key تي is no name.
    expect(persons("وتأتي في المرتبة الثانية الوزيرة نبيلة مكرم والتي تهتم بمظهرها العام.")).toEqual(["نبيلة مكرم"]);
  });

  it("does not join a mined given name to a person named after a conjunction", () => {
    const found = persons("وحضر الحفل شيرين وحبيب العلي.");
    expect(found).not.toContain("شيرين وحبيب العلي");
  });
});
