import { describe, expect, it } from "vitest";
import { PAIR_WEIGHTS } from "./pair-weights.js";
import {
  contentStems,
  countDocumentFrequencies,
  type DocumentFrequencies,
  LEAD_WORDS,
  leadCoverage,
  leadingStems,
  pairLead,
  pairScore,
  SEMANTIC_SHARE,
} from "./similarity.js";

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

  it("weighs body (sharing it with the semantic cosine) and lead, and reports head and passages", () => {
    const s = pairScore(A, A2, df);
    expect(s.semantic).not.toBeNull();
    const content = (1 - SEMANTIC_SHARE) * s.body + SEMANTIC_SHARE * (s.semantic ?? 0);
    expect(s.score).toBeCloseTo(PAIR_WEIGHTS.body * content + PAIR_WEIGHTS.lead * s.lead, 12);
    expect(s.lead).toBeCloseTo(pairLead(A, A2, df), 12);
    expect(s.head).toBeGreaterThan(0);
    expect(s.passages).toBeGreaterThan(0);
  });

  it("has weights that keep the score in [0, 1] with 1 for the same text", () => {
    expect(PAIR_WEIGHTS.body).toBeGreaterThan(0);
    expect(PAIR_WEIGHTS.lead).toBeGreaterThan(0);
    expect(PAIR_WEIGHTS.body + PAIR_WEIGHTS.lead).toBeCloseTo(1, 12);
    expect(SEMANTIC_SHARE).toBeGreaterThan(0);
    expect(SEMANTIC_SHARE).toBeLessThan(1);
  });
});

describe("leadCoverage", () => {
  // "common" is in 9 of 10 documents, the others in 1: IDF² makes a rare stem count far more.
  const f: DocumentFrequencies = { docs: 10, df: (s) => (s === "common" ? 9 : 1) };

  it("is 1 when the other text holds every lead stem, 0 when none or the lead is empty", () => {
    expect(leadCoverage(["rare", "common"], ["x", "common", "rare"], f)).toBe(1);
    expect(leadCoverage(["rare", "common"], ["x", "y"], f)).toBe(0);
    expect(leadCoverage([], ["x"], f)).toBe(0);
  });

  it("weighs a rare stem above a common one, by squared IDF", () => {
    const rare = leadCoverage(["rare", "common"], ["rare"], f);
    const common = leadCoverage(["rare", "common"], ["common"], f);
    expect(rare + common).toBeCloseTo(1, 12);
    const idfRare = Math.log(11 / 2) + 1;
    const idfCommon = Math.log(11 / 10) + 1;
    expect(rare).toBeCloseTo(idfRare ** 2 / (idfRare ** 2 + idfCommon ** 2), 12);
    expect(rare).toBeGreaterThan(0.8);
  });

  it("counts a repeated lead stem once", () => {
    expect(leadCoverage(["rare", "rare", "common"], ["common"], f)).toBeCloseTo(
      leadCoverage(["rare", "common"], ["common"], f),
      12,
    );
  });
});

describe("pairLead", () => {
  const headline = "زلزال قوي يضرب جنوب تركيا";
  const report = `${headline} وأعلنت السلطات التركية حالة الطوارئ في المدن المتضررة بعد انهيار عشرات المباني`;
  const other = "أعلنت السلطات التركية اليوم خطة لدعم السياحة في المدن الساحلية خلال الصيف المقبل";
  const df = countDocumentFrequencies([report, other, "أسعار النفط ترتفع", "وزارة الصحة تعلن", "مباراة اليوم"]);

  it("takes the lead's first LEAD_WORDS words", () => {
    expect(LEAD_WORDS).toBe(10);
    expect(leadingStems(report, LEAD_WORDS)).toEqual(contentStems(report.split(" ").slice(0, 10).join(" ")));
  });

  it("is the larger of the two directions", () => {
    // The headline alone is wholly inside the report; the report's lead is not wholly inside the headline.
    expect(pairLead(headline, report, df)).toBe(1);
    expect(pairLead(report, headline, df)).toBe(1);
    expect(leadCoverage(leadingStems(report, LEAD_WORDS), contentStems(headline), df)).toBeLessThan(1);
  });

  it("ranks another report of the event above a report of another event in the same place", () => {
    const same = "انهيار عشرات المباني في جنوب تركيا بعد زلزال قوي فجر اليوم وفرق الإنقاذ تبحث عن ناجين";
    expect(pairLead(report, same, df)).toBeGreaterThan(0.6);
    expect(pairLead(report, other, df)).toBeLessThan(0.4);
  });
});
