import { describe, expect, it } from "vitest";
import { distinguished, qualifiersOf, sentenceAround } from "./number-qualifiers.js";

/** The qualifiers of the first occurrence of `figure` in `text`. */
const at = (text: string, figure: string, prices = false) => {
  const s = text.indexOf(figure);
  return qualifiersOf(text, s, s + figure.length, prices);
};

describe("sentenceAround", () => {
  it("does not end a sentence at a dot between digits", () => {
    const t = "ونزل خام برنت. وفقد الخام الأمريكي 1.12 دولار ليسجل 46 دولارا للبرميل. وانخفض البنزين";
    const s = t.indexOf("46");
    const { start, end } = sentenceAround(t, s, s + 2);
    expect(t.slice(start, end)).toBe(" وفقد الخام الأمريكي 1.12 دولار ليسجل 46 دولارا للبرميل");
  });
});

describe("qualifiersOf / distinguished", () => {
  it("tells apart two incidents by the cities their sentences name, not a city from a country", () => {
    const aden = at("قتل 9 أشخاص في انفجار ألغام في عدن", "9");
    const taiz = at("وقتل 5 من أفرادها في منطقة الكنب قرب مدينة تعز", "5");
    expect([...aden.cities]).toEqual(["عدن"]);
    expect(distinguished(aden, taiz, false)).toBe(true);
    expect(distinguished(aden, at("وقتل 12 شخصا بعدن", "12"), false)).toBe(false);
    // عسير is in السعودية: a city and a country tell nothing apart.
    expect(distinguished(at("استشهد 3 رجال أمن بمنطقة عسير", "3"), at("استشهد 4 في السعودية", "4"), false)).toBe(false);
  });
  it("reads the places of a figure's own clause in a long sentence, else those of its clauses without a figure", () => {
    const aden = at(
      "الى ذلك قتل 9 أشخاص بينهم 5 مدنيين، وأصيب 81 آخرون، السبت إثر انفجارات ألغام زرعها المتمردون في عدن",
      "9",
    );
    const taiz = at(
      "ونجح الجيش في نصب كمين ما أدى إلى تدمير 3 أطقم وقتل خمسة من أفرادها في منطقة الكنب التي تربط مدينة تعز بميناء المخاء، هذا وتتقدم القوات نحو عدن",
      "خمسة",
    );
    expect([...aden.nearCities]).toEqual(["عدن"]);
    expect(distinguished(aden, taiz, false)).toBe(true);
    // مكة is the place of another figure's clause (450 معتمرا), not of the 150 workers of a camp in الدمام.
    const camp = at("وأقيم المخيم بالدمام بمشاركة 161 من العاملين، ونظم رحلة لـ450 معتمرا لزيارة مكة المكرمة", "161");
    const workers = at("وبذل 150 من العاملين بالمخيم جهدا، ونظم المخيم رحلة لـ450 معتمرا لزيارة مكة المكرمة", "150");
    expect([...workers.nearCities]).toEqual([]);
    expect(distinguished(camp, workers, false)).toBe(false);
  });
  it("tells apart named crudes and indices, and a market by its country's adjective for prices only", () => {
    const brent = at("وفقد خام برنت 1.7 دولار ليسجل 50.21 دولار", "50.21", true);
    const wti = at("وفقد الخام الأمريكي 1.1 دولار ليسجل 45.17 دولار", "45.17", true);
    expect([...brent.names]).toEqual(["brent"]);
    expect([...wti.names]).toEqual(["wti"]);
    expect(distinguished(brent, wti, true)).toBe(true);
    expect([...at("وارتفع المؤشر الكويتي 9 نقاط إلى 6236 نقطة", "6236", true).countries]).toEqual(["الكويت"]);
    expect([...at("وقال الجيش التركي إن 31 أصيبوا", "31").countries]).toEqual([]);
  });
  it("tells apart last year from this one, and a settlement price from an unmarked one", () => {
    const prior = at("بلغت الأرباح 300 مليون ريال في العام الماضي", "300");
    const current = at("بلغت الأرباح 350 مليون ريال في العام الجاري", "350");
    expect(distinguished(prior, current, false)).toBe(true);
    const settle = at("ونزل سعر برنت عند التسوية إلى 49.52 دولار", "49.52", true);
    expect(settle.moment).toBe("close");
    expect(distinguished(settle, at("ونزل سعر برنت إلى 50.21 دولار", "50.21", true), true)).toBe(true);
    // خلال الفترة is no moment of a price.
    expect(at("استخدمت الشركة خلال الفترة 24 مليون ريال", "24", true).moment).toBeNull();
  });
});

describe("sentenceAround on a text without punctuation", () => {
  it("reaches a bounded distance, so that every figure of a long text does not read all of it", () => {
    const t = `${"كلمة ".repeat(20000)}قتل 5 أشخاص ${"كلمة ".repeat(20000)}`;
    const s = t.indexOf("5");
    const { start, end } = sentenceAround(t, s, s + 1);
    expect(end - start).toBeLessThan(1300);
  });
});

describe("qualifiersOf: a market's country", () => {
  it("reads a local currency's adjective for a market's shares, not for a figure of money", () => {
    const t = "وبلغت قيمة الأسهم المتداولة 9.68 مليون دينار كويتي وكمية الأسهم 103.2 مليون سهم";
    const s = t.indexOf("103.2");
    expect([...qualifiersOf(t, s, s + 5, false, true).countries]).toEqual(["الكويت"]);
    expect([...qualifiersOf(t, s, s + 5, false).countries]).toEqual([]);
    expect([...at("قدمت المملكة منحة بقيمة 500 مليون ريال سعودي", "500", true).countries]).toEqual([]);
    expect([...at("وارتفع مؤشر تاسي إلى 8834 نقطة", "8834", true).countries]).toHaveLength(1);
  });
});

describe("qualifiersOf: a country by its adjective after a place's noun", () => {
  it("reads «العاصمة التشادية» as Chad, not «الجيش التركي» nor «قرب الحدود السورية»", () => {
    const chad = at("انتحاري يفجر نفسه في قلب العاصمة التشادية ويقتل 14 شخصا", "14");
    expect(chad.countries.size).toBe(1);
    expect(distinguished(chad, at("وقتل 13 شخصا في نيجيريا", "13"), false)).toBe(true);
    expect(at("وقتل الجيش التركي 14 مسلحا", "14").countries.size).toBe(0);
    expect(at("وقتل 30 شخصا في بلدة سروج قرب الحدود السورية", "30").countries.size).toBe(0);
  });
});
