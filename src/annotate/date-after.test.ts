import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

const values = (t: string, pub: string) => findDates(t, pub).map((d) => [d.text, d.value]);

describe("«بعد N» counts from the publication date only when nothing else is its start", () => {
  it("gives no value when a past verb tells it or واحد / ونصف stand before من", () => {
    expect(values("وترك فينغر نادي أرسنال بعد 22 عاما في تدريب فريقه", "2018-05-17")).toEqual([["بعد 22 عاما", null]]);
    expect(values("إلا أن السلطات أطلقت سراحه بعد ثلاثة أيام", "2018-03-19")).toEqual([["بعد ثلاثة أيام", null]]);
    expect(values("بعد أسبوعين، عاد تيم لعمله", "2018-10-09")).toEqual([["بعد أسبوعين", null]]);
    expect(values("وجاء هذا التطور بعد يوم واحد من إعلان رئيس الوزراء", "2015-07-22")).toEqual([["بعد يوم", null]]);
    expect(values("وذلك بعد شهرين ونصف على الانتخابات", "2018-05-21")).toEqual([["بعد شهرين", null]]);
    // Years spent somewhere, and a count «بالضبط / تماما» from an event.
    expect(values("وانتقل رونالدو إلى إيطاليا بعد تسعة أعوام أمضاها مع النادي", "2018-07-12")).toEqual([
      ["بعد تسعة أعوام", null],
    ]);
    expect(values("الداعية إياه إلى الانسحاب بعد 19 عاما قضاها في السلطة", "2018-06-04")).toEqual([
      ["بعد 19 عاما", null],
    ]);
    expect(values("وجاء الهجوم بعد عام تماما على ضربات صاروخية", "2018-04-08")).toEqual([["بعد عام", null]]);
    expect(values("نواز شريف يعود إلى باكستان بعد 7 سنوات في المنفى", "2018-09-10")).toEqual([["بعد 7 سنوات", null]]);
    // A hedge between the years and where they were spent.
    expect(values("والعودة إلى فريقه السابق أتلتيكو مدريد بعد عام واحد في ستامفورد بريدج", "2015-07-21")).toEqual([
      ["بعد عام", null],
    ]);
    expect(values("ونوريتش سيتي (بعد عام فقط في الدرجة الأولى)", "2015-08-08")).toEqual([["بعد عام", null]]);
    // لم on a present verb tells the past: «لم يتمكن… إلا بعد عشر سنوات».
    expect(values("لم يتمكن النظام من القضاء عليهم إلا بعد عشر سنوات.", "2018-03-15")).toEqual([
      ["بعد عشر سنوات", null],
    ]);
  });
  it("keeps it counted from the publication date with a present or future verb", () => {
    expect(values("سندات يقع تاريخ استحقاقها بعد 25 سنة", "2015-07-31")).toEqual([["بعد 25 سنة", "2040"]]);
    expect(values("وقال إنه سيعود بعد 3 أيام", "2015-07-22")).toEqual([["بعد 3 أيام", "2015-07-25"]]);
    expect(values("عقده الذي ينتهي بعد شهرين", "2015-07-24")).toEqual([["بعد شهرين", "2015-09"]]);
    expect(values("تنطلق البطولة بعد يومين من الآن", "2015-07-24")).toEqual([["بعد يومين", "2015-07-26"]]);
    expect(values("لن يتمكن من ذلك إلا بعد عامين", "2015-07-24")).toEqual([["بعد عامين", "2017"]]);
    expect(values("العقوبات سيتم رفعها بعد ثماني سنوات في المرحلة الثانية", "2015-08-11")).toEqual([
      ["بعد ثماني سنوات", "2023"],
    ]);
  });
});
