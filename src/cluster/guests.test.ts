import { describe, expect, it } from "vitest";
import { guestsConflict, headlineGuests, termsOf } from "./guests.js";

describe("headlineGuests", () => {
  it("reads whom the host receives or meets, without ranks, up to a break, another verb or the setting", () => {
    expect(headlineGuests("أمير عسير يستقبل رئيس فرع الإفتاء بالمنطقة")).toEqual(["افتاء"]);
    expect(headlineGuests("عبد الله بن زايد يلتقي ولد الشيخ ويؤكد دعم بلاده لليمن")).toEqual(["ولد"]);
    expect(headlineGuests("خادم الحرمين يستقبل وزير الدفاع الأميركي في جدة")).toEqual(["دفاع", "اميرك"]);
    expect(headlineGuests("عام / سمو أمير عسير يستقبل إدارة نادي عسير الفوتوغرافي")).toEqual([
      "ادار",
      "ناد",
      "عسير",
      "فوتوغراف",
    ]);
    expect(headlineGuests("مدير تعليم ينبع يلتقي بمدير هيئة السياحة")).toEqual(["هيئ", "سياح"]);
  });

  it("reads whom a cable congratulates or consoles, up to the occasion", () => {
    expect(headlineGuests("القيادة تهنئ رئيس سنغافورة بمناسبة ذكرى اليوم الوطني لبلاده")).toEqual(["سنغافور"]);
    expect(headlineGuests("خادم الحرمين ونائبه يهنئان رئيس الإكوادور بذكرى الاستقلال")).toEqual(["اكوادور"]);
    expect(headlineGuests("تهنئة سنغافورة بيومها الوطني")).toEqual(["سنغافور"]);
    expect(headlineGuests("ولي العهد يعزّي في وفاة الشاعر منصور الفعر")).toEqual(["شاعر", "منصور", "فعر"]);
    expect(headlineGuests("أمير الشرقية يستقبل المهنئين بعيد الفطر المبارك")).toEqual(["مهنئ"]);
  });

  it("is empty for a guest named only by rank, and undefined without a meeting verb", () => {
    expect(headlineGuests("وزير الخارجية يلتقي نظيره")).toEqual([]);
    expect(headlineGuests("أمير عسير يدشن فعاليات يوم النحال")).toBeUndefined();
  });
});

describe("guestsConflict", () => {
  it("is a conflict when neither side names most of the other's guest", () => {
    expect(
      guestsConflict(["افتاء"], termsOf("يستقبل رئيس فرع الإفتاء"), ["ندو", "شباب"], ["ندو", "شباب", "عالم"]),
    ).toBe(true);
  });

  it("is none when a side names the other's guest, in another form, or a side names no guest", () => {
    expect(guestsConflict(["حجر"], termsOf("استقبل رئيس فرع الإفتاء الشيخ الحجري"), ["افتاء"], ["افتاء"])).toBe(false);
    expect(guestsConflict(["باكستان"], termsOf("السفير الباكستاني"), ["باكست"], ["باكست", "سفير"])).toBe(false);
    expect(guestsConflict([], termsOf("يلتقي نظيره"), ["افتاء"], ["افتاء"])).toBe(false);
  });

  it("needs more than half a guest's words: an office's word the host shares is not the guest", () => {
    const host = termsOf("مركز الملك سلمان للإغاثة والأعمال الإنسانية");
    expect(guestsConflict(["منسق", "اقليم", "عمل", "انسان"], host, ["منظم", "صح", "عالم"], host)).toBe(true);
  });
});
