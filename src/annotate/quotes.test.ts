import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes.js";

/** Invented sentences, written for these tests. */
describe("findQuotes", () => {
  it("finds indirect speech with its speaker and continuation by وأضاف", () => {
    const text =
      "وقال وزير الموارد المائية خالد العمري في مؤتمر صحفي إن المحطة ستخدم مئة ألف نسمة. وأضاف أن العمل سينتهي قبل الصيف.";
    const q = findQuotes(text);
    expect(q).toHaveLength(2);
    expect(q[0]).toMatchObject({ kind: "indirect", resolution: "explicit", cue: "وقال" });
    expect(q[0]!.text).toBe("المحطة ستخدم مئة ألف نسمة");
    expect(q[0]!.speaker).toContain("خالد العمري");
    expect(q[1]).toMatchObject({
      kind: "indirect",
      resolution: "continuation",
      cue: "وأضاف",
      text: "العمل سينتهي قبل الصيف",
    });
    expect(q[1]!.speaker).toBe(q[0]!.speaker);
    for (const x of q) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("finds direct quotes in every mark shape, unbalanced ones to the paragraph end", () => {
    const marks = [
      ["«", "»"],
      ["“", "”"],
      ['"', '"'],
    ];
    for (const [o, c] of marks) {
      const text = `وقالت الناطقة باسم البلدية سلمى الحسن: ${o}سنفتح الجسر أمام السيارات غدا${c}.`;
      const [q] = findQuotes(text);
      expect(q, o).toMatchObject({ kind: "direct", text: "سنفتح الجسر أمام السيارات غدا" });
    }
    const open = "وأضاف المدير: «لن نتراجع عن الخطة مهما كانت الظروف\nفقرة أخرى.";
    expect(findQuotes(open)[0]?.text).toBe("لن نتراجع عن الخطة مهما كانت الظروف");
  });

  it("keeps nested straight quotes inside the outer quotation", () => {
    const text = 'وقال الرئيس: "لست أنا الذي وضع "الخط الأحمر" في ذلك العام".';
    expect(findQuotes(text)[0]?.text).toBe('لست أنا الذي وضع "الخط الأحمر" في ذلك العام');
  });

  it("ignores scare quotes, newspaper names and scripture", () => {
    expect(findQuotes('ووصف البيان الخطوة بـ"التاريخية" فقط.')).toHaveLength(0);
    expect(findQuotes('وقالت سفيرتها لصحيفة "واشنطن بوست" إن الاتفاق قريب.')[0]?.text).toBe("الاتفاق قريب");
    expect(findQuotes("قال تعالى: «وأوفوا بالعهد»")).toHaveLength(0);
  });

  it("resolves relayed speech and anonymous sources", () => {
    const relayed = findQuotes("ونقلت وكالة الأنباء الرسمية عن المتحدث سامر يوسف قوله إن الحدود ستفتح الأحد.");
    expect(relayed[0]).toMatchObject({ speaker: "سامر يوسف", via: "وكالة الأنباء الرسمية", cue: "قوله" });
    const anon = findQuotes("وقال مصدر مطلع في الوزارة إن القرار سيصدر قريبا.");
    expect(anon[0]).toMatchObject({ anonymous: true, speaker: "مصدر مطلع" });
  });

  it("cuts an indirect clause at a new cue and an attribution tail", () => {
    const text = "وأكد المحافظ سعيد الراوي أن المياه انحسرت، مشيرا إلى أن الطرق ستفتح، وفقا لوكالة محلية.";
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(["المياه انحسرت", "الطرق ستفتح"]);
    expect(q[1]!.resolution).toBe("explicit");
  });

  it("does not treat the journalist's voice or study findings as quotes", () => {
    expect(findQuotes("ويذكر أن المهرجان يقام كل عام.")).toHaveLength(0);
    expect(findQuotes("وكشفت الدراسة أن نصف السكان يستخدمون النقل العام.")).toHaveLength(0);
  });

  it("stays linear on pathological input", () => {
    const text = `${"قال ".repeat(20000)}${"«".repeat(5000)} نص بلا نهاية ${'"'.repeat(5000)}`;
    const t = performance.now();
    findQuotes(text);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
