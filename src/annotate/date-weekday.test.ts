import { describe, expect, it } from "vitest";
import { onItsWeekday } from "./date-weekday.js";
import { findDates } from "./dates.js";

const values = (t: string, pub: string) => findDates(t, pub).map((d) => d.value);

describe("a weekday written beside a date says which day it is", () => {
  it("moves a Hijri date one day off its weekday to the weekday's day (a month begun by sighting)", () => {
    // Umm al-Qura puts 25 Ramadan 1436 on Sunday 12 July; the text itself says Saturday 11 July.
    expect(values("ودعت الجزيرة العربية يوم السبت 25 رمضان 1436هـ الموافق 11 يوليو 2015م", "2015-08-06")).toEqual([
      "2015-07-11",
      "2015-07-11",
    ]);
    expect(values("أعلن عن وفاته يوم الخميس 23 رمضان", "2015-08-10")).toEqual(["2015-07-09"]);
    expect(values("حتى نهاية دوام يوم الثلاثاء الموافق 18-10-1436 هـ", "2015-08-06")).toEqual(["2015-08-04"]);
    // A numeric Hijri date, whose weekday the date finder leaves to this module: the royal decrees of dawn Wednesday.
    expect(
      values("حزمة القرارات الملكية الصادرة فجر الأربعاء 11 / 7 / 1436ه، الموافق 30 / 4 / 2015م", "2015-07-21"),
    ).toEqual(["2015-04-29", "2015-04-30"]);
    expect(values("في مدة أقصاها يوم الأربعاء 5/ 11/ 1436هـ", "2015-08-06")).toEqual(["2015-08-19"]);
    // A date that agrees with its weekday, or one two days off it (a slip of the writer's), stays.
    expect(values("الخميس 12 ذو القعدة 1436هـ", "2015-08-30")).toEqual(["2015-08-27"]);
    expect(values("يوم الخميس 26 /11 /1436هـ", "2015-08-10")).toEqual(["2015-09-10"]);
  });
  it("reads day 30 of a Hijri month Umm al-Qura gives 29 days as the day after the 29th", () => {
    // Dhu al-Qadah 1439 has 29 days in the tables; the month was sighted to run 30, and 1 Dhu al-Hijjah was Monday 13 August.
    expect(values("يكون الأحد 30 ذي القعدة", "2018-07-23")).toEqual(["2018-08-12"]);
  });
  it("puts a Gregorian date without its year in the near year its weekday falls in", () => {
    expect(values("من المقرر إغلاق الفروع بعد ظهر يوم الثلاثاء 29 مايو", "2018-04-18")).toEqual(["2018-05-29"]);
    expect(values("وأخبر المسؤولين أنه سيعود يوم الثلاثاء (2 أكتوبر) لأخذ الوثيقة", "2018-10-11")).toEqual([
      "2018-10-02",
    ]);
    expect(values("الخميس 23 يوليو", "2015-07-30")).toEqual(["2015-07-23"]);
    // The year that fits the weekday is too far from the publication date: the nearest year stays.
    expect(values("خلال زيارته إلى تونس الاثنين 20 يونيو", "2015-07-24")).toEqual(["2015-06-20"]);
  });
  it("mends a slip of the year of a dated day at the publication date", () => {
    expect(values("صرح صباح الإثنين 16 جانفي 2016 أن التشخيص", "2017-01-16")).toEqual(["2017-01-16"]);
    expect(values("دخلت الحرب في سوريا الخميس 15 آذار/مارس 2017 عامها الثامن", "2018-03-15")).toEqual(["2018-03-15"]);
    // A year ago, on the weekday it fell on then: the date stands.
    expect(values("وقع الهجوم يوم السبت 12 مارس 2016", "2017-03-12")).toEqual(["2016-03-12"]);
  });
});

describe("onItsWeekday", () => {
  it("leaves a date its weekday agrees with, and one without a publication date", () => {
    expect(onItsWeekday("2015-08-27", 4, { calendar: "hijri", withYear: true }, null)).toBe("2015-08-27");
    expect(onItsWeekday("2017-05-29", 2, { calendar: "gregorian", withYear: false }, null)).toBe("2017-05-29");
  });
});
