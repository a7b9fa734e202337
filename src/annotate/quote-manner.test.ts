import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("ب + a verbal noun of manner after the speaker", () => {
  it("ends the speaker (قال عز بعصبية → عز; المتحدث بعصبية → المتحدث)", () => {
    expect(speakers("قال عز بعصبية: البلد كلها تتحدث عن الأمر.")).toEqual(["عز"]);
    expect(speakers("وقال المتحدث بعصبية إن القرار نهائي.")).toEqual(["المتحدث"]);
    expect(speakers("قال عز بنفس اللهجة: لن أتراجع.")).toEqual(["عز"]);
  });

  it("leaves a nationality, an institution and a participle's complement in the phrase", () => {
    expect(speakers("وأفادت تقارير بريطانية بأن القرار نهائي.")).toEqual(["تقارير بريطانية"]);
    expect(speakers("وقال مسؤول بمديرية الصحة إن القرار نهائي.")).toEqual(["مسؤول بمديرية الصحة"]);
    expect(speakers("وقال الجهاز المكلف بحماية الرئيس إن الزيارة ألغيت.")).toEqual(["الجهاز المكلف بحماية الرئيس"]);
  });
});
