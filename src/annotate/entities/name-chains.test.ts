import { describe, expect, it } from "vitest";
import { mentionsOf } from "./found.test-util.js";
import { ownGivenName } from "./name-chains.js";

const persons = (text: string) => mentionsOf("PER", text);

describe("a person's own given name before the chain the tagger found", () => {
  it("reads words of the given names' cluster as given names, not common words or a staff rank", () => {
    expect(ownGivenName("سيف")).toBe(true);
    expect(ownGivenName("عصام")).toBe(true);
    // A listed name that news writes far more often as a common word (a statement), a rank and a verb.
    expect(ownGivenName("بيان")).toBe(false);
    expect(ownGivenName("ركن")).toBe(false);
    expect(ownGivenName("قال")).toBe(false);
  });

  it("starts the name at the person's own given name", () => {
    expect(persons("وقالت محاميتها عزه محمد أحمد لفرانس برس إن موكلتها أكملت ستة أشهر في السجن.")).toContain(
      "عزه محمد أحمد",
    );
    expect(persons("تعتقل المخابرات موكلي الاستاذ الجامعي اسعد ابراهيم الحاج علي وهو اردني.")).toContain(
      "اسعد ابراهيم الحاج علي",
    );
  });

  it("leaves a conjunction before the given name out", () => {
    const found = persons("وشارك في العمل الفنان أحمد حلمي وإيمي سمير غانم وعدد من النجوم.");
    expect(found).toContain("إيمي سمير غانم");
    expect(found).not.toContain("وإيمي سمير غانم");
  });

  it("does not take a verb before the name", () => {
    expect(persons("وأكد محمد أحمد الغامدي أن المشروع يكتمل العام المقبل.")).not.toContain("وأكد محمد أحمد الغامدي");
  });
});

describe("a given name and the family named for it (أسعد الأسعد)", () => {
  it("reads the two words as one person's name", () => {
    expect(persons("وأرسل المجلس الخطاب إلى أسعد الأسعد في نابلس.")).toContain("أسعد الأسعد");
    expect(persons("قال منظم المهرجان الدكتور مقبل المقبل إن عسير نجحت في تسجيل الأرقام.")).toContain("مقبل المقبل");
  });

  it("leaves a common noun repeated so", () => {
    expect(persons("وشارك أهالي طيبة الطيبة في الفعاليات.")).toEqual([]);
  });
});
