import { describe, expect, it } from "vitest";
import { namedPlaces, placesConflict } from "./places.js";

describe("namedPlaces", () => {
  it("reads listed places with their clitics, two-word names first", () => {
    expect(namedPlaces("«عمل خيبر» يضبط 42 مخالفة لقرار منع العمل تحت أشعة الشمس")).toEqual(["خيبر"]);
    expect(namedPlaces("اعتماد لجنة الطعون بانتخابات الأحساء والمدينة المنورة")).toEqual(["احساء", "مدينه منوره"]);
    expect(namedPlaces("اللجنة المحلية للانتخابات بنجران ولتبوك")).toEqual(["نجران", "تبوك"]);
  });

  it("leaves out listed names a headline uses as common words, and a preposition cut to two letters", () => {
    expect(namedPlaces("وفاة عامل سقط ببئر مصعد عمارة")).toEqual([]);
    expect(namedPlaces("إقرار رسوم الأراضي البيضاء")).toEqual([]);
    expect(namedPlaces("مقتل نجل أبو بكر البغدادي")).toEqual([]);
  });
});

describe("placesConflict", () => {
  it("is a conflict when each names a place and neither names the other's", () => {
    expect(placesConflict(["خيبر"], new Set(["خيبر"]), ["جوف"], new Set(["جوف", "سكاكا"]))).toBe(true);
    expect(placesConflict(["خيبر"], new Set(["خيبر"]), ["خيبر", "جوف"], new Set(["خيبر", "جوف"]))).toBe(false);
  });

  it("is none when a lead names the other's place, or a headline names none", () => {
    expect(placesConflict(["احساء"], new Set(["احساء", "شرقيه"]), ["شرقيه"], new Set(["شرقيه"]))).toBe(false);
    expect(
      placesConflict(
        ["شرقيه"],
        new Set(["شرقيه"]),
        ["احساء"],
        new Map([
          ["احساء", 1],
          ["شرقيه", 2],
        ]),
      ),
    ).toBe(false);
    expect(placesConflict([], new Set(["تبوك"]), ["جوف"], new Set(["جوف"]))).toBe(false);
    expect(placesConflict(["تبوك"], new Set(["تبوك"]), [], new Set(["جوف"]))).toBe(false);
  });
});
