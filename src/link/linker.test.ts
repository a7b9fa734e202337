import { describe, expect, it } from "vitest";
import type { Article } from "../model/types.js";
import { Linker, type LinkerChanges, type LinkerEntryJson, linkArticles, originality } from "./linker.js";

// Texts written for these tests (no outlet's text).
const P1 =
  "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة ثلاثمئة سرير لخدمة سكان المحافظات المجاورة وتخفيف الضغط على المستشفيات القائمة";
const P2 =
  "وقال الوزير في مؤتمر صحفي إن المشروع الإستراتيجي يأتي ضمن خطة شاملة لتطوير القطاع الصحي خلال السنوات الخمس المقبلة بالتعاون مع القطاع الخاص";
const P3 =
  "وأشار إلى أن العمل جار على إنشاء أربعة مراكز صحية أخرى في القرى النائية على أن تبدأ باستقبال المرضى مطلع العام المقبل";
const OWN =
  "من جهتهم عبر عدد من أهالي المنطقة عن ارتياحهم لهذه الخطوة التي طال انتظارها مطالبين بتوفير كوادر طبية مؤهلة وتحسين مواعيد العيادات الخارجية";
const OTHER =
  "شهدت أسواق الأسهم الخليجية تراجعا ملحوظا في تعاملات الأسبوع الماضي بسبب انخفاض أسعار النفط وقلق المستثمرين من تباطؤ النمو العالمي وارتفاع معدلات الفائدة في الاقتصادات الكبرى";

function art(id: string, outlet: string, text: string, date?: string): Article {
  const a: Article = { id, path: "-", source: "-", outlet, title: "", text, removed: [], messages: [] };
  if (date) a.publishedAt = { value: date, evidence: "record" };
  return a;
}

describe("Linker", () => {
  const wire = art("w", "was", `الرياض - واس\n\n${P1}\n\n${P2}\n\n${P3}`, "2015-07-21T08:00:00Z");
  const reprint = art(
    "r",
    "okaz",
    `${P1}\n\n${P2.replace("الإستراتيجي", "الاستراتيجي")}\n\n${P3}`,
    "2015-07-21T09:00:00Z",
  );
  const partial = art("p", "sabq", `${OWN}\n\n${P2}`, "2015-07-21T11:00:00Z");
  const unrelated = art("u", "alriyadh", `${OTHER}\n\n${OWN.split(" ").slice(0, 9).join(" ")}`, "2015-07-21T12:00:00Z");

  it("links a reprint as near-duplicate with the agency as source", () => {
    const linker = new Linker();
    expect(linker.link(wire).reuse).toEqual([]);
    const { reuse, messages } = linker.link(reprint);
    expect(messages).toEqual([]);
    expect(reuse).toHaveLength(1);
    const r = reuse[0]!;
    expect(r).toMatchObject({ a: "w", b: "r", kind: "near-duplicate" });
    expect(r.direction.source).toBe("w");
    expect(r.similarity).toBeGreaterThan(0.5);
    expect(reprint.text.slice(r.passages[0]!.b.start, r.passages[0]!.b.end)).toContain("الاستراتيجي");
  });

  it("links a shared paragraph as shared-passages, and not an unrelated article", () => {
    const reuse = linkArticles([unrelated, partial, reprint, wire]);
    const pairs = reuse.map((r) => `${r.a}>${r.b}:${r.kind}`).sort();
    expect(pairs).toEqual(["r>p:shared-passages", "w>p:shared-passages", "w>r:near-duplicate"]);
    // An article that shares only part of a sentence (9 words of OWN) with another is not linked to it.
    expect(reuse.some((r) => r.a === "u" || r.b === "u")).toBe(false);
  });

  it("does not call a short text with a changed fact a near-duplicate", () => {
    const linker = new Linker({ minPassageWords: 4, minLinkWords: 4 });
    linker.link(art("h1", "x", "اتفاق بين المغرب ونيجيريا لمد خط أنابيب غاز في البر والبحر"));
    const { reuse } = linker.link(art("h2", "y", "اتفاق بين المغرب ونيجيريا لمد خط أنابيب مياه في البر والبحر"));
    expect(reuse.map((r) => r.kind)).toEqual(["shared-passages"]);
    linker.link(art("h3", "x", "واحدة من متهمات المنتج السينمائي الشهير تحرشت جنسيا بصبي"));
    const end = linker.link(art("h4", "y", "واحدة من متهمات المنتج السينمائي الشهير تحرشت جنسيا بفتاة"));
    expect(end.reuse.map((r) => r.kind)).toEqual(["shared-passages"]);
  });

  it("flags identical copies as duplicates", () => {
    const linker = new Linker();
    linker.link(wire);
    const copy = art("w2", "alweeam", `${wire.text}.`, "2015-07-21T10:00:00Z");
    const { reuse } = linker.link(copy);
    expect(reuse).toHaveLength(1);
    expect(reuse[0]).toMatchObject({ a: "w", b: "w2", kind: "duplicate", similarity: 1 });
  });

  it("warns on empty, one-word and same-article-twice input without links", () => {
    const linker = new Linker();
    for (const text of ["", "كلمة", "   ،،، \n\n"]) {
      const { reuse, messages } = linker.link(art(`s${text.length}`, "x", text));
      expect(reuse).toEqual([]);
      expect(messages.map((m) => m.code)).toEqual(["WARN_SHORT_TEXT"]);
    }
    linker.link(wire);
    const again = linker.link(wire);
    expect(again.reuse).toEqual([]);
    expect(again.messages.map((m) => m.code)).toEqual(["WARN_ALREADY_LINKED"]);
    expect(linker.size).toBe(1);
  });

  it("links undated articles by content alone, with an undecided direction", () => {
    const linker = new Linker();
    linker.link(art("a1", "okaz", reprint.text, "2015-07-21T09:00:00Z"));
    const { reuse } = linker.link(art("u1", "sabq", `${P1.replace("ثلاثمئة", "ثلاثمائة")}\n\n${P2}\n\n${P3}`));
    expect(reuse.map((r) => r.kind)).toEqual(["near-duplicate"]);
    expect(reuse[0]?.direction.source).toBeNull();
    expect(reuse[0]?.direction.evidence.join(" ")).toMatch(/undated/);
  });

  it("is deterministic and resumes from its JSON state", () => {
    const a = new Linker();
    a.link(wire);
    const b = new Linker(undefined, JSON.parse(JSON.stringify(a.toJSON())));
    expect(b.size).toBe(1);
    expect(b.link(reprint)).toEqual(a.link(reprint));
    expect(() => new Linker(undefined, { version: 9 })).toThrow(/ERR_STORE/);
  });

  it("reports its working-set changes, which replayed in order resume it exactly", () => {
    const a = new Linker({ workingSetSize: 2 });
    const saved = new Map<string, LinkerEntryJson>();
    const apply = (c: LinkerChanges) => {
      for (const id of c.removed) saved.delete(id);
      for (const [id, e] of c.added) {
        saved.delete(id);
        saved.set(id, e);
      }
      return c;
    };
    a.link(wire);
    const first = apply(a.takeChanges());
    expect(first.added.map(([id]) => id)).toEqual(["w"]);
    expect(first.removed).toEqual([]);
    expect(apply(a.takeChanges())).toMatchObject({ added: [], removed: [] });
    a.link(partial);
    const later = art("later", "okaz", `${OTHER} ${P3}`, "2015-07-22T00:00:00Z");
    a.link(later);
    const second = apply(a.takeChanges());
    // The cap of 2 pushed the oldest out: removed from the store, never written twice.
    expect(second.removed).toEqual(["w"]);
    expect(second.added.map(([id]) => id)).toEqual([partial.id, "later"]);
    const b = new Linker(undefined, { ...second.header, entries: [...saved.values()] });
    expect(b.toJSON()).toEqual(a.toJSON());
    expect(b.link(reprint)).toEqual(a.link(reprint));
  });

  it("forgets old articles (window) and on request", () => {
    const linker = new Linker({ windowDays: 1 });
    linker.link(wire);
    linker.link(art("later", "okaz", `${OTHER} ${P3}`, "2015-07-25T00:00:00Z"));
    expect(linker.has("w")).toBe(false);
    linker.forget("later");
    expect(linker.size).toBe(0);
    const capped = new Linker({ workingSetSize: 1 });
    capped.link(wire);
    capped.link(partial);
    expect(capped.has("w")).toBe(false);
  });

  it("keeps a working set of the period it is in when the input goes back in time", () => {
    // News from 2018 first, then a 2015 archive: the 2015 copies still find each other.
    const linker = new Linker({ workingSetSize: 2 });
    linker.link(art("late", "okaz", `${OTHER} ${P3}`, "2018-05-01T00:00:00Z"));
    linker.link(wire);
    linker.link(partial);
    const { reuse } = linker.link(reprint);
    expect(reuse.map((r) => r.a)).toContain(partial.id);
    expect(linker.has("late")).toBe(false);
    expect(linker.has(reprint.id)).toBe(true);
  });

  it("does not link articles through a formula that many articles share", () => {
    // A 20-word honorific-style formula (written for this test) opens 40 otherwise unrelated articles.
    const formula =
      "صاحب السمو الملكي الأمير فلان بن فلان بن عبدالعزيز نائب أمير المنطقة الشمالية رئيس مجلس التنمية السياحية في المنطقة ورئيس اللجنة العليا";
    const linker = new Linker();
    let links = 0;
    for (let i = 0; i < 40; i++) {
      const own = Array.from({ length: 30 }, (_, k) => `كلمة${i}x${k}`).join(" ");
      links += linker.link(
        art(`f${i}`, `o${i % 7}`, `${formula} ${own}`, `2015-07-21T${String(i % 24).padStart(2, "0")}:00:00Z`),
      ).reuse.length;
    }
    // The first articles still see the formula as rare (fewer than 30 holders) and link; then it becomes common.
    const late = linker.link(art("late", "x", `${formula} ${OTHER}`, "2015-07-22T00:00:00Z"));
    expect(late.reuse).toEqual([]);
    expect(links).toBeLessThan(40 * 30);
    // A real copy is still linked after the formula became common.
    linker.link(wire);
    expect(linker.link(reprint).reuse.map((r) => r.kind)).toEqual(["near-duplicate"]);
  });

  it("keeps an earlier article's byline: two reprints that both credit the agency in it copied neither", () => {
    const linker = new Linker();
    const body = `${P1}\n\n${P2}\n\n${P3}`;
    linker.link({ ...art("y", "alyaum", body, "2015-07-21T08:00:00Z"), byline: "واس" });
    const { reuse } = linker.link({ ...art("t", "alwatan", body, "2015-07-21T08:03:00Z"), byline: "واس" });
    expect(reuse[0]?.direction).toMatchObject({ source: null, agency: "واس" });
  });

  it("computes originality from the judged direction", () => {
    const reuse = linkArticles([wire, partial]);
    const o = originality("p", partial.text, reuse);
    expect(o.copied).toHaveLength(1);
    expect(o.copied[0]?.from).toBe("w");
    expect(o.original + (o.copied[0]?.share ?? 0)).toBeCloseTo(1);
    expect(o.original).toBeGreaterThan(0.4);
    expect(o.original).toBeLessThan(0.6);
    expect(o.shared).toEqual([]);
    expect(originality("w", wire.text, reuse)).toMatchObject({ original: 1, copied: [], shared: [] });
    expect(originality("e", "", [])).toEqual({ original: 1, copied: [], shared: [], words: 0 });
    expect(originality("x", "قال الوزير، إن «الاتفاق» قريب.", []).words).toBe(5);
  });

  it("counts text shared without a decided direction as shared, not as copied from the other", () => {
    // The same wire at the same time in two outlets: neither copied the other.
    const twin = { ...partial, id: "t", publishedAt: wire.publishedAt! };
    const reuse = linkArticles([{ ...wire, outlet: "outlet-x" }, twin]);
    expect(reuse[0]?.direction.source).toBeNull();
    const o = originality("t", twin.text, reuse);
    expect(o.copied).toEqual([]);
    expect(o.shared.map((s) => s.with)).toEqual(["w"]);
    expect(o.original + o.shared[0]!.share).toBeCloseTo(1);
    expect(originality("w", wire.text, reuse).shared.map((s) => s.with)).toEqual(["t"]);
  });
});

describe("options", () => {
  it("rejects unknown keys and impossible banding", () => {
    expect(() => new Linker({ bogus: 1 } as never)).toThrow(/ERR_OPTIONS/);
    expect(() => new Linker({ bands: 100, rows: 2 })).toThrow(/ERR_OPTIONS/);
    expect(() => new Linker({ minPassageWords: -1 })).toThrow(/ERR_OPTIONS/);
  });
});
