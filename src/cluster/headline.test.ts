import { describe, expect, it } from "vitest";
import { countsConflict, headlineCounts } from "./headline.js";

describe("headlineCounts", () => {
  it("reads a number and the noun right after it, as its stem", () => {
    const a = headlineCounts("محلية انتخابات الجوف تبدأ تركيب 600 لوحة إعلانية");
    const b = headlineCounts("تركيب 292 لوحة للمراكز الانتخابية بالعاصمة");
    expect(a).toHaveLength(1);
    expect(a[0]![1]).toBe(600);
    expect(b[0]![1]).toBe(292);
    // One noun however the two headlines inflect it.
    expect(a[0]![0]).toBe(b[0]![0]);
  });

  it("scales a number by the multiplier between it and its noun, and reads Arabic-Indic digits", () => {
    expect(headlineCounts("احباط تهريب 320 ألف حبة مخدرة")[0]?.[1]).toBe(320_000);
    expect(headlineCounts("مصر: 11.2 مليون طفل تلقوا لقاح الحصبة")[0]?.[1]).toBeCloseTo(11_200_000, 0);
    expect(headlineCounts("تركيب ٢٩٢ لوحة")[0]?.[1]).toBe(292);
  });

  it("reads numbers as the number finder does: words, separators, quote marks, any ending of the noun", () => {
    // The reader of its own took 2.500 for 2.5 and left number words out; findNumbers reads both.
    expect(headlineCounts("نشر 2.500 عنصر")).toEqual(headlineCounts("نشر ٢٬٥٠٠ عنصر"));
    expect(headlineCounts("نشر 2.500 عنصر")[0]?.[1]).toBe(2500);
    expect(headlineCounts("مقتل خمسة أشخاص")).toEqual(headlineCounts("مقتل 5 أشخاص"));
    expect(headlineCounts("«50» ألف جريمة إلكترونية")[0]?.[1]).toBe(50_000);
    // One noun with or without the accusative ending (قتيلا / قتيل), singular or plural (جنود / جندي).
    expect(headlineCounts("مقتل 13 قتيلا")[0]?.[0]).toBe(headlineCounts("20 قتيل في الهجوم")[0]?.[0]);
    expect(headlineCounts("مقتل 3 جنود")).toEqual(headlineCounts("مقتل ثلاثة من جنود الجيش"));
  });

  it("leaves out dates, clock times and percentages: they count nothing", () => {
    expect(headlineCounts("انتخابات الفيفا حتى 26 فبراير المقبل")).toEqual([]);
    expect(headlineCounts("تبدأ الساعة 10 صباحا")).toEqual([]);
    expect(headlineCounts("تراجع الأرباح 8 % لانخفاض الأسعار")).toEqual([]);
  });

  it("leaves out years and numbers that count nothing (a function word or nothing after them)", () => {
    expect(headlineCounts("أهم الضربات التي نفذتها إسرائيل منذ 2013")).toEqual([]);
    expect(headlineCounts("الجوازات: تصحيح أوضاع 363 ألف تم تسجيلهم")).toEqual([]);
    expect(headlineCounts("مؤشر سوق الأسهم يغلق على انخفاض طفيف")).toEqual([]);
  });
});

describe("countsConflict", () => {
  const boards = headlineCounts("تركيب 600 لوحة في الجوف");
  it("is true when both count one thing with far-apart numbers", () => {
    expect(countsConflict(boards, headlineCounts("تركيب 292 لوحة في العاصمة"))).toBe(true);
  });
  it("is false for the same or a close number (outlets' figures for one event), either way round", () => {
    expect(countsConflict(boards, headlineCounts("600 لوحة تعريفية للانتخابات"))).toBe(false);
    const a = headlineCounts("تطعيم 11.6 مليون طفل ضد الحصبة");
    const b = headlineCounts("11.2 مليون طفل تلقوا اللقاح");
    expect(countsConflict(a, b)).toBe(false);
    expect(countsConflict(b, a)).toBe(false);
  });
  it("is false when only one side counts, or they count different things", () => {
    expect(countsConflict(boards, [])).toBe(false);
    expect(countsConflict([], boards)).toBe(false);
    expect(countsConflict(boards, headlineCounts("افتتاح 292 مركزا انتخابيا"))).toBe(false);
  });
  it("is false when one of the numbers the story gives is close", () => {
    expect(
      countsConflict(headlineCounts("مقتل 20 شخصا"), [
        ...headlineCounts("مقتل 27 شخصا"),
        ...headlineCounts("مقتل 60 شخصا"),
      ]),
    ).toBe(false);
  });
});
