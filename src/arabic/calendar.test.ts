import { describe, expect, it } from "vitest";
import {
  addDays,
  gregorianToHijri,
  hijriMonthLength,
  hijriToGregorian,
  isValidGregorian,
  weekdayOf,
} from "./calendar.js";

describe("Umm al-Qura calendar", () => {
  it("converts known dates both ways", () => {
    // 1 Ramadan 1442 = 13 April 2021; 15 Ramadan 1442 = 27 April 2021 (Saudi official).
    expect(gregorianToHijri(2021, 4, 13)).toEqual({ year: 1442, month: 9, day: 1 });
    expect(hijriToGregorian(1442, 9, 15)).toEqual({ year: 2021, month: 4, day: 27 });
    // 1 Muharram 1437 = 14 October 2015.
    expect(hijriToGregorian(1437, 1, 1)).toEqual({ year: 2015, month: 10, day: 14 });
    expect(hijriToGregorian(1300, 1, 1)).not.toBeNull();
  });
  it("round-trips every day over several years", () => {
    for (let y = 1430; y <= 1446; y += 4) {
      for (let m = 1; m <= 12; m++) {
        const len = hijriMonthLength(y, m);
        expect(len === 29 || len === 30).toBe(true);
        for (let d = 1; d <= (len as number); d++) {
          const g = hijriToGregorian(y, m, d);
          expect(g, `${y}-${m}-${d}`).not.toBeNull();
          expect(gregorianToHijri(g!.year, g!.month, g!.day)).toEqual({ year: y, month: m, day: d });
        }
        if (len === 29) expect(hijriToGregorian(y, m, 30)).toBeNull();
      }
    }
  });
  it("rejects impossible dates", () => {
    expect(hijriToGregorian(1442, 13, 1)).toBeNull();
    expect(hijriToGregorian(1442, 0, 1)).toBeNull();
    expect(isValidGregorian(2021, 2, 29)).toBe(false);
    expect(isValidGregorian(2020, 2, 29)).toBe(true);
  });
  it("computes weekdays and adds days", () => {
    expect(weekdayOf(2021, 4, 27)).toBe(2);
    expect(weekdayOf(1970, 1, 1)).toBe(4);
    expect(addDays("2021-03-01", -1)).toBe("2021-02-28");
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
  });
});
