import { describe, expect, it } from "vitest";
import { withEntities } from "./quote.test-util.js";
import { relativeIsSubject } from "./quote-relative-subjects.js";

/** Speaker and resolution of the second quote, after a first speaker the fallback could reach. */
const second = (text: string) => {
  const q = withEntities(`وقال الوزير إن الوضع صعب. ${text}`)[1];
  return q ? [q.speaker, q.resolution] : null;
};

describe("a relative pronoun as the subject of a verb of saying", () => {
  it("reads the verb's agreement", () => {
    expect(relativeIsSubject("الذي", "قال")).toBe(true);
    expect(relativeIsSubject("التي", "قالت")).toBe(true);
    expect(relativeIsSubject("التي", "قال")).toBe(false);
    expect(relativeIsSubject("الذي", "وصفوه")).toBe(false);
  });

  it("gives the organisation before it, not the last speaker", () => {
    expect(second('ومنها شركة "سايبم" الإيطالية التي قالت انها ستخفض 8800 وظيفة خلال العامين المقبلين.')).toEqual([
      "سايبم",
      "explicit",
    ]);
  });

  it("gives the body named by its definite head before it, resolved to the one the article named", () => {
    const text =
      "وأعلنت شركة سوفتبنك اليابانية طرح الروبوت بيبر. ويتواصل الروبوت كما تقول الشركة المصنعة، والتي تؤكد أن الأشخاص يمكنهم التحدث معه.";
    expect(withEntities(text).map((q) => [q.speaker, q.resolution])).toEqual([["سوفتبنك", "explicit"]]);
  });

  it("gives no quote when the sentence names no one it can tell", () => {
    expect(second("حيث التقينا رئيس القسم، رائد البريكان، الذي أشار إلى أن قسمه مسؤول عن توليد الطاقة.")).toBeNull();
  });
});
