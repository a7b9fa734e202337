import { describe, expect, it } from "vitest";
import { dateOfLine, isDateLine, normalizeMetaDate, publicationWeekdayHint, relativeDate } from "./dates.js";

describe("normalizeMetaDate", () => {
  it("keeps ISO as written", () =>
    expect(normalizeMetaDate("2015-08-10T19:38:44+03:00")).toBe("2015-08-10T19:38:44+03:00"));
  it("RFC 2822 → ISO UTC", () =>
    expect(normalizeMetaDate("Wed, 07 Mar 2018 18:45:15 GMT")).toBe("2018-03-07T18:45:15.000Z"));
  it("Y/M/D", () => expect(normalizeMetaDate("2015/8/10")).toBe("2015-08-10"));
  it("Arabic-Indic digits", () => expect(normalizeMetaDate("٢٠١٥-٠٨-١٠")).toBe("2015-08-10"));
  it("rejects nonsense and implausible years", () => {
    expect(normalizeMetaDate("yesterday-ish")).toBeNull();
    expect(normalizeMetaDate("0215-08-10")).toBeNull();
  });
});

describe("dateOfLine: day/month order", () => {
  it("a value > 12 decides", () =>
    expect(dateOfLine("21/07/2015", "mdy")).toEqual({ iso: "2015-07-21", ambiguous: false }));
  it("a weekday in the line decides (Saturday 10 April 2021)", () =>
    expect(dateOfLine("السبت 4/10/2021", "dmy")).toEqual({ iso: "2021-04-10", ambiguous: false }));
  it("a weekday from context decides", () =>
    expect(dateOfLine("4/10/2021", "dmy", 1)).toEqual({ iso: "2021-10-04", ambiguous: false }));
  it("otherwise the preferred order, flagged", () => {
    expect(dateOfLine("4/10/2021", "dmy")).toEqual({ iso: "2021-10-04", ambiguous: true });
    expect(dateOfLine("4/10/2021", "mdy")).toEqual({ iso: "2021-04-10", ambiguous: true });
  });
  it("month names in every system, Eastern digits", () => {
    expect(dateOfLine("الجمعة 31 جويلية 2015 - 03:47", "dmy")?.iso).toBe("2015-07-31");
    expect(dateOfLine("٨ آب، ٢٠١٥", "dmy")?.iso).toBe("2015-08-08");
    expect(dateOfLine("الثلاثاء 4 تشرين الثاني 2014", "dmy")?.iso).toBe("2014-11-04");
  });
  it("Gregorian preferred when Hijri and Gregorian are both written", () =>
    expect(dateOfLine("الخميس - 7 شوال 1436 هـ - 23 يوليو 2015 مـ", "dmy")?.iso).toBe("2015-07-23"));
});

describe("isDateLine", () => {
  it("header date lines", () => {
    expect(isDateLine("الجمعة 31 جويلية 2015 - 03:47")).toBe(true);
    expect(isDateLine("الخميس - 7 شوال 1436 هـ - 23 يوليو 2015 مـ")).toBe(true);
  });
  it("a sentence with a date is not", () =>
    expect(isDateLine("وصل الوفد في 31 يوليو 2015 إلى العاصمة لبحث الملف مع المسؤولين")).toBe(false));
});

describe("publicationWeekdayHint", () => {
  it("اليوم (السبت)", () => expect(publicationWeekdayHint("انطلقت اليوم (السبت) المنافسات")).toBe(6));
  it("أمس (الجمعة) → Saturday", () => expect(publicationWeekdayHint("وصل أمس (الجمعة) الوفد")).toBe(6));
  it("none", () => expect(publicationWeekdayHint("وصل الوفد إلى العاصمة")).toBeUndefined());
});

describe("relativeDate", () => {
  it("hours before the reference", () =>
    expect(relativeDate("منذ ساعتين", "Wed, 07 Mar 2018 18:45:15 GMT")).toBe("2018-03-07"));
  it("crosses midnight", () => expect(relativeDate("منذ 10 ساعات", "2018-06-19T05:00:00Z")).toBe("2018-06-18"));
});
