import { describe, expect, it } from "vitest";
import { findEntities } from "./find.js";

/** Sentences of SaudiNewsNet and ANT reports (the article's id before each), where a person was found wrong. */

/** The entity id of the first mention written `text` (after `from`, when given). */
const idOf = (r: ReturnType<typeof findEntities>, text: string, from = 0) => {
  const m = r.mentions.find((x) => x.text === text && x.start >= from);
  expect(m, text).toBeDefined();
  return m?.entity;
};

describe("findEntities: a royal title before a given name", () => {
  it("is the person's title, not their name: the name with it joins the full name", () => {
    // snn:2015-08-07:1059
    const text =
      "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ونائب خادم الحرمين الشريفين الأمير محمد بن نايف ببرقيتي تهنئة لرئيس جمهورية كوت ديفوار الحسن واتارا بمناسبة ذكرى اليوم الوطني لبلاده.\n\nوأعرب الملك سلمان والأمير محمد بن نايف عن أصدق التهاني وأطيب التمنيات.";
    const r = findEntities(text);
    expect(idOf(r, "الملك سلمان")).toBe(idOf(r, "سلمان بن عبدالعزيز"));
  });

  it("takes a given name that is also a head (الأمير سلطان)", () => {
    // snn:2015-08-06:0771: the caption names the prince by his given name.
    const text =
      "قطعة السدو التي أهداها الأمير سلطان للأمير تشارلز\n\nوجه صاحب السمو الملكي الأمير تشارلز ولي عهد بريطانيا أمير وليز رسالة شكر للحرفية السعودية قليلة الخضيري التي قامت بصناعة (قطعة السدو) التي قدمها صاحب السمو الملكي الأمير سلطان بن سلمان بن عبدالعزيز رئيس الهيئة العامة للسياحة والتراث الوطني هدية لسمو الأمير تشارلز.";
    const r = findEntities(text);
    expect(idOf(r, "سلطان")).toBe(idOf(r, "سلطان بن سلمان بن عبدالعزيز"));
  });
});
