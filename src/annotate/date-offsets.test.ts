import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

const val = (t: string, pub = "2018-06-05") => findDates(t, pub).map((d) => [d.text, d.value, d.granularity]);

describe("offsets from the date named before them", () => {
  it("counts بعدها / قبلها / بعد ذلك + a duration from the mention before", () => {
    expect(val("في 3 مارس 2015 وقع الحادث، وبعدها بثلاثة أشهر أعلن")).toEqual([
      ["3 مارس 2015", "2015-03-03", "day"],
      ["بعدها بثلاثة أشهر", "2015-06", "month"],
    ]);
    expect(val("وصل في 24 يوليو 2015 قبل أن يغادر بعد ذلك بيومين")).toEqual([
      ["24 يوليو 2015", "2015-07-24", "day"],
      ["بعد ذلك بيومين", "2015-07-26", "day"],
    ]);
    expect(val("فاز بالدوري عام 2014 والكأس قبلها بعام")).toEqual([
      ["عام 2014", "2014", "year"],
      ["قبلها بعام", "2013", "year"],
    ]);
    expect(val("افتتح عام 2009، وأغلق بعدها بـ3 أعوام")).toContainEqual(["بعدها بـ3 أعوام", "2012", "year"]);
  });
  it("counts from an offset resolved before it", () => {
    expect(val("تخرج عام 2010، وبعدها بعامين تزوج، وبعد ذلك بعام سافر").map((d) => d[1])).toEqual([
      "2010",
      "2012",
      "2013",
    ]);
  });
  it("gives no value when the date before is too coarse, a range, or far, and no mention for a vague duration", () => {
    // Days from a month: which day is not said.
    expect(val("انتخب في مايو الماضي واستقال بعد ذلك بيومين")).toEqual([
      ["مايو الماضي", "2018-05", "month"],
      ["بعد ذلك بيومين", null, "day"],
    ]);
    // No date before it at all.
    expect(val("توفيت بعد ذلك بيومين")).toEqual([["بعد ذلك بيومين", null, "day"]]);
    // Another paragraph's date.
    expect(val("وقع الحادث في 3 مارس 2015.\nوتوفي بعدها بيوم")).toContainEqual(["بعدها بيوم", null, "day"]);
    // A year between that no mention took is the one it counts from, not the date before it.
    expect(
      val("لعب الجمعة. وكان قائدا للمنتخب المتوج بمونديال 1998 وعندما توج بكأس أوروبا بعدها بعامين"),
    ).toContainEqual(["بعدها بعامين", null, "year"]);
    // Vague (بأيام), working days, and ب before no duration are not offsets.
    expect(val("أعلن بعدها بأيام استقالته")).toEqual([]);
    expect(val("في 1 يوليو 2018 على أن يتم الصرف بعدها بعشرة أيام عمل")).toEqual([
      ["1 يوليو 2018", "2018-07-01", "day"],
    ]);
    expect(val("وتفرغ بعدها بالكامل للتطوير")).toEqual([]);
  });
});
