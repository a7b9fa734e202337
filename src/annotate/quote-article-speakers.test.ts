import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
const named = "قال أستاذ الأمراض الجلدية بجامعة الزقازيق الدكتور أمين عامر إن الفطريات تنشط صيفا.";

describe("a given name that is an office as well (أمين، سلطان)", () => {
  it("is the person named before after a title, however the title is written (د. أمين، الدكتور أمين)", () => {
    expect(speakers(`${named} ويتابع د. أمين قائلا: «يجب تجفيف الجلد جيدا».`)).toEqual(["أمين عامر", "أمين عامر"]);
    expect(speakers(`${named} وقال الدكتور أمين إن العلاج متوفر.`)).toEqual(["أمين عامر", "أمين عامر"]);
    expect(speakers(`${named} وقال د. أمين إن العلاج متوفر.`)).toEqual(["أمين عامر", "أمين عامر"]);
  });

  it("is the office before عام, even after a title (الدكتور أمين عام الجامعة)", () => {
    expect(speakers(`${named} وقال الدكتور أمين عام الجامعة إن العلاج متوفر.`)[1]).toBe("الدكتور أمين عام الجامعة");
  });
});

describe("an institution named in a role (مدير جامعة الملك عبدالعزيز)", () => {
  it("is the role's whole, its king no office whose holder follows", () => {
    const text =
      "وقع مدير جامعة الملك عبدالعزيز المكلف الدكتور عبدالرحمن بن عبيد اليوبي اتفاقية تعاون. من جانبه أكد مدير الجامعة المكلف أهمية الاتفاقية، مشيرا إلى أن الجامعة ستستفيد منها.";
    expect(speakers(text)).toEqual(["عبدالرحمن بن عبيد اليوبي"]);
  });

  it("is not read from a definite head, where the tagger runs into the holder's name (رئيس الاتحاد محمد إسلام)", () => {
    expect(speakers("وقال رئيس مجلس إدارة الشركة عبدالله الزامل إن الاكتتاب ناجح.")).toEqual(["عبدالله الزامل"]);
  });
});

describe("a role held by a name that a rank letter and its dot lead (م. عبداللطيف البنيان)", () => {
  it("never makes the letter the holder's name", () => {
    const text =
      "أكد مدير عام الهيئة العامة للسياحة والتراث الوطني أمين مجلس التنمية السياحية بالمنطقة الشرقية م. عبداللطيف بن محمد البنيان أن القرار مهم. وأضاف مدير عام هيئة السياحة بالشرقية أن الشواطئ مفتوحة للعامة.";
    const said = speakers(text);
    expect(said[0]).toBe("عبداللطيف بن محمد البنيان");
    expect(said[1]).not.toBe("م");
  });
});
