import { describe, expect, it } from "vitest";
import { findAbsoluteDates, parseNumericDate } from "./dates.js";
import { foldText } from "./fold.js";
import { lookupMonth, lookupWeekday, MONTH_NAMES } from "./months.js";

const one = (text: string) => {
  const found = findAbsoluteDates(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe("months", () => {
  it("knows every system and its variants", () => {
    const month = (w: string) => lookupMonth(foldText(w))?.month;
    expect(["يناير", "كانون الثاني", "جانفي", "كانون ثاني"].map(month)).toEqual([1, 1, 1, 1]);
    expect(["أبريل", "إبريل", "ابريل", "نيسان", "أفريل"].map(month)).toEqual([4, 4, 4, 4, 4]);
    expect(["أغسطس", "آب", "أوت", "غشت"].map(month)).toEqual([8, 8, 8, 8]);
    expect(["يوليوز", "شتنبر", "نونبر", "دجنبر"].map(month)).toEqual([7, 9, 11, 12]);
    expect(lookupMonth(foldText("ذي الحجة"))).toMatchObject({ month: 12, calendar: "hijri" });
    expect(lookupMonth(foldText("جمادى الآخرة"))).toMatchObject({ month: 6, calendar: "hijri" });
    expect(lookupMonth(foldText("كانون"))).toBeUndefined();
    expect(MONTH_NAMES.filter((m) => m.calendar === "gregorian").length).toBeGreaterThan(40);
  });
  it("knows weekdays", () => {
    expect(lookupWeekday(foldText("الثلاثاء"))).toBe(2);
    expect(lookupWeekday(foldText("الإثنين"))).toBe(1);
    expect(lookupWeekday(foldText("السبت"))).toBe(6);
  });
});

describe("findAbsoluteDates", () => {
  it("reads month-name dates in every system", () => {
    expect(one("بغداد 27 نيسان 2021 (شينخوا)")).toMatchObject({ text: "27 نيسان 2021", iso: "2021-04-27" });
    expect(one("تونس في 3 جانفي 2016")).toMatchObject({ text: "3 جانفي 2016", iso: "2016-01-03" });
    expect(one("الرباط 9 غشت 2019")).toMatchObject({ iso: "2019-08-09" });
    expect(one("يوم 5 كانون الثاني 2020 صباحا")).toMatchObject({ text: "5 كانون الثاني 2020", iso: "2020-01-05" });
    expect(one("٢٧ أبريل ٢٠٢١")).toMatchObject({ text: "٢٧ أبريل ٢٠٢١", iso: "2021-04-27" });
  });
  it("takes the weekday and an alternative month name into the span", () => {
    const d = one("الثلاثاء 27 أبريل/نيسان 2021");
    expect(d).toMatchObject({ start: 0, iso: "2021-04-27", weekday: 2, granularity: "day" });
    expect(d.text).toBe("الثلاثاء 27 أبريل/نيسان 2021");
    expect(one("الخميس، 12 نوفمبر 2020")).toMatchObject({ weekday: 4, iso: "2020-11-12" });
    expect(one("ديسمبر (كانون الأول) 1931")).toMatchObject({ iso: "1931-12", granularity: "month" });
  });
  it("converts Hijri dates with Umm al-Qura", () => {
    const d = one("الموافق 15 رمضان 1442 هـ");
    expect(d).toMatchObject({ iso: "2021-04-27", calendar: "hijri", year: 1442, month: 9, day: 15 });
    expect(d.text).toBe("15 رمضان 1442 هـ");
    expect(one("عام 1442هـ")).toMatchObject({ calendar: "hijri", granularity: "year", iso: "2020" });
  });
  it("reads numeric dates with their ambiguity", () => {
    expect(one("نشر في 4/10/2021 الساعة")).toMatchObject({
      text: "4/10/2021",
      iso: "2021-10-04",
      isoAlt: "2021-04-10",
      ambiguous: true,
    });
    expect(one("2021-04-10")).toMatchObject({ iso: "2021-04-10", form: "numeric" });
    expect(one("26/4/1947")).toMatchObject({ iso: "1947-04-26" });
    expect(one("19 / 9 / 1992")).toMatchObject({ iso: "1992-09-19" });
    // 4 October 2021 was a Monday: the weekday settles the reading.
    const settled = one("الاثنين 4/10/2021");
    expect(settled.iso).toBe("2021-10-04");
    expect(settled.ambiguous).toBeUndefined();
    const alt = one("السبت 4/10/2021");
    expect(alt.iso).toBe("2021-04-10");
  });
  it("reads both month names side by side, ordinal days and Hijri months in Gregorian years", () => {
    expect(one("لكن في 29 مارس آذار 2018 قال")).toMatchObject({ text: "29 مارس آذار 2018", iso: "2018-03-29" });
    expect(one("منذ يونيو (حزيران) 2017")).toMatchObject({ iso: "2017-06", granularity: "month" });
    expect(one("في 31 يناير (كانون الثاني) 2013")).toMatchObject({ iso: "2013-01-31" });
    expect(one("التاسع من شباط/فبراير 2020")).toMatchObject({ iso: "2020-02-09" });
    expect(one("الحادي والعشرين من نيسان 2020")).toMatchObject({ iso: "2020-04-21" });
    expect(one("الحادي عشر من سبتمبر")).toMatchObject({ day: 11, month: 9, iso: null });
    // Ramadan 2019 began on 6 May 2019.
    expect(one("في موسم رمضان 2019.")).toMatchObject({ calendar: "hijri", iso: "2019-05", granularity: "month" });
    expect(findAbsoluteDates("فاز 3 - صفر و1-صفر")).toEqual([]);
  });
  it("keeps day and month without a year for the caller to resolve", () => {
    expect(one("في 27 من شهر نيسان")).toMatchObject({ iso: null, month: 4, day: 27, granularity: "day" });
  });
  it("accepts years only with evidence", () => {
    expect(one("منذ عام 2003")).toMatchObject({ text: "عام 2003", iso: "2003", granularity: "year" });
    expect(one("مارس 2020 شهد")).toMatchObject({ iso: "2020-03", granularity: "month" });
    expect(findAbsoluteDates("مارس الرجل الرياضة")).toEqual([]);
    expect(findAbsoluteDates("قتل 2000 شخص")).toEqual([]);
    expect(findAbsoluteDates("في 31 فبراير 2021")).toEqual([]);
    expect(findAbsoluteDates("الإصدار 1.2.3 والرقم 12/13/14")).toEqual([]);
  });
  it("spans always slice the original", () => {
    const text = "قال يوم الأربعاءَ 14 أبريلَ 2021 إن الاجتماع (2021-04-10) تأجل إلى 15 رمضان 1442 هـ.";
    const found = findAbsoluteDates(text);
    expect(found.map((d) => d.iso)).toEqual(["2021-04-14", "2021-04-10", "2021-04-27"]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("parseNumericDate", () => {
  it("prefers day first unless told otherwise", () => {
    expect(parseNumericDate("4/10/2021")).toMatchObject({ iso: "2021-10-04", isoAlt: "2021-04-10", ambiguous: true });
    expect(parseNumericDate("4/10/2021", false)).toMatchObject({ iso: "2021-04-10", isoAlt: "2021-10-04" });
    expect(parseNumericDate("13/10/2021")).toMatchObject({ iso: "2021-10-13", ambiguous: false });
    expect(parseNumericDate("10/13/2021")).toMatchObject({ iso: "2021-10-13", ambiguous: false });
    expect(parseNumericDate("٤/١٠/٢٠٢١")?.iso).toBe("2021-10-04");
    expect(parseNumericDate("5/5/21")).toMatchObject({ iso: "2021-05-05", ambiguous: false });
    expect(parseNumericDate("31/4/2021")).toBeNull();
    expect(parseNumericDate("hello")).toBeNull();
  });
});
