import { describe, expect, it } from "vitest";
import { canonicalKey, entityId } from "../annotate/entities/names.js";
import { institutionCountry } from "./state-country.js";

const place = (name: string) => entityId("LOC", canonicalKey(name));

describe("institutionCountry", () => {
  it("gives a state institution its country's place id", () => {
    expect(institutionCountry("الحكومة الروسية")).toBe(place("روسيا"));
    expect(institutionCountry("للجيش السوري")).toBe(place("سوريا"));
    expect(institutionCountry("لوزارة الخارجية الأمريكية")).toBe(place("الولايات المتحدة"));
    expect(institutionCountry("الخارجية الأميركية")).toBe(place("أمريكا"));
    expect(institutionCountry("الحكومة البريطانية")).toBe(place("المملكة المتحدة"));
    expect(institutionCountry("القوات الحكومية السورية")).toBe(place("سوريا"));
    expect(institutionCountry("السلطات السعودية")).toBe(place("المملكة العربية السعودية"));
  });

  it("leaves agencies, unions, clubs and names without a nationality", () => {
    expect(institutionCountry("وكالة الأنباء الفرنسية")).toBeNull();
    expect(institutionCountry("الاتحاد الأوروبي")).toBeNull();
    expect(institutionCountry("الأهلي المصري")).toBeNull();
    expect(institutionCountry("المنتخب المغربي")).toBeNull();
    expect(institutionCountry("وزارة الداخلية")).toBeNull();
    expect(institutionCountry("الحكومة")).toBeNull();
  });
});
