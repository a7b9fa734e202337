import { describe, expect, it } from "vitest";
import { alignPassages, alignWords } from "./align.js";
import { defaultLinkOptions } from "./options.js";
import { wordHashes } from "./scan.js";

// Texts written for these tests (no outlet's text).
const P1 =
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة ثلاثمئة سرير لخدمة سكان المحافظات المجاورة وتخفيف الضغط على المستشفيات القائمة";
const P2 =
  "وقال الوزير في مؤتمر صحفي إن المشروع الإستراتيجي يأتي ضمن خطة شاملة لتطوير القطاع الصحي خلال السنوات الخمس المقبلة بالتعاون مع القطاع الخاص";
const P3 =
  "وأشار إلى أن العمل جار على إنشاء أربعة مراكز صحية أخرى في القرى النائية على أن تبدأ باستقبال المرضى مطلع العام المقبل";
const OTHER =
  "شهدت أسواق الأسهم الخليجية تراجعا ملحوظا في تعاملات الأسبوع الماضي بسبب انخفاض أسعار النفط وقلق المستثمرين من تباطؤ النمو العالمي";

const words = (s: string) => wordHashes(s).count;

describe("alignPassages", () => {
  it("aligns an identical text as one passage spanning both", () => {
    const t = `${P1}\n\n${P2}`;
    const ps = alignPassages(t, t);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.a).toEqual({ start: 0, end: t.length });
    expect(ps[0]?.words).toBe(words(t));
  });

  it("extends across small edits and folding differences", () => {
    const a = `${P1} ${P2}`;
    // Folding (الاستراتيجي without hamza, diacritics, tatweel), one changed word and one inserted clause.
    const b = `${P1.replace("ثلاثمئة", "ثلاثمائة")} ${P2.replace("الإستراتيجي", "الاسْتراتيجـي").replace("في مؤتمر صحفي", "في مؤتمر صحفي عقده مساء اليوم")}`;
    const ps = alignPassages(a, b);
    expect(ps).toHaveLength(1);
    const p = ps[0]!;
    expect(p.a).toEqual({ start: 0, end: a.length });
    expect(p.b).toEqual({ start: 0, end: b.length });
    expect(p.words).toBe(words(a) - 1); // every word but the changed number
    expect(b.slice(p.b.start, p.b.end)).toContain("الاسْتراتيجـي");
  });

  it("counts one-for-one substitutions inside a passage", () => {
    const a = `${P1} ${P2}`;
    const b = `${P1.replace("الشرقية", "الغربية")} ${P2.replace("مؤتمر صحفي", "لقاء تلفزيوني")}`;
    const al = alignWords(wordHashes(a), wordHashes(b));
    expect(al.passages).toHaveLength(1);
    expect(al.passages[0]?.substitutions).toBe(3);
    expect(alignWords(wordHashes(a), wordHashes(a)).passages[0]?.substitutions).toBe(0);
  });

  it("finds reordered paragraphs as separate passages with spans into each original", () => {
    const a = `${P1}\n\n${P2}\n\n${P3}`;
    const b = `${P3}\n\n${OTHER}\n\n${P1}`;
    const ps = alignPassages(a, b);
    expect(ps).toHaveLength(2);
    const texts = ps.map((p) => [a.slice(p.a.start, p.a.end), b.slice(p.b.start, p.b.end)]);
    expect(texts).toContainEqual([P1, P1]);
    expect(texts).toContainEqual([P3, P3]);
    // In the order of `a`.
    expect(ps[0]!.a.start).toBeLessThan(ps[1]!.a.start);
  });

  it("does not link texts on one short common phrase or boilerplate", () => {
    const a = `${P1} وكالة الأنباء السعودية جميع الحقوق محفوظة`;
    const b = `${OTHER} وكالة الأنباء السعودية جميع الحقوق محفوظة`;
    expect(alignPassages(a, b)).toEqual([]);
    // …but counts the phrase as matched words (what a diff would also count).
    expect(alignWords(wordHashes(a), wordHashes(b)).matchedWords).toBe(6);
  });

  it("keeps a passage of exactly the minimum length and drops one word shorter", () => {
    const min = defaultLinkOptions.minPassageWords;
    const shared = P2.split(" ").slice(0, min).join(" ");
    expect(alignPassages(`${P1} ${shared}`, `${OTHER} ${shared}`)).toHaveLength(1);
    const shorter = P2.split(" ")
      .slice(0, min - 1)
      .join(" ");
    expect(alignPassages(`${P1} ${shorter}`, `${OTHER} ${shorter}`)).toEqual([]);
  });

  it("aligns a repeated sentence once (one-to-one)", () => {
    const a = `${P2} ${P2}`;
    const ps = alignPassages(a, P2);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.words).toBe(words(P2));
  });

  it("survives empty, one-word and unrelated inputs", () => {
    expect(alignPassages("", "")).toEqual([]);
    expect(alignPassages("كلمة", "كلمة")).toEqual([]);
    expect(alignPassages(P1, "")).toEqual([]);
    expect(alignPassages(P1, OTHER)).toEqual([]);
  });
});
