import { describe, expect, it } from "vitest";
import { contentStems, countDocumentFrequencies, pairScore } from "./similarity.js";

const A =
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة ثلاثمئة سرير لخدمة سكان المحافظات المجاورة";
const A2 = "افتتحت وزارة الصحة مستشفى جديدا في المنطقة الشرقية يضم ثلاثمئة سرير ويخدم سكان المحافظات المجاورة";
const B = "شهدت أسواق الأسهم الخليجية تراجعا ملحوظا في تعاملات الأسبوع الماضي بسبب انخفاض أسعار النفط";

describe("pairScore", () => {
  const df = countDocumentFrequencies([A, A2, B, "وزارة الصحة تعلن", "أسعار النفط ترتفع"]);

  it("orders identical > paraphrase > unrelated", () => {
    const same = pairScore(A, A, df).score;
    const para = pairScore(A, A2, df).score;
    const other = pairScore(A, B, df).score;
    expect(same).toBeCloseTo(1, 5);
    expect(para).toBeGreaterThan(other);
    expect(same).toBeGreaterThan(para);
    expect(other).toBeLessThan(0.1);
  });

  it("drops stopwords and stems", () => {
    expect(contentStems("قالَ الرئيسُ إن المحادثات")).not.toContain("ان");
    expect(pairScore("", "", df).score).toBe(0);
  });
});
