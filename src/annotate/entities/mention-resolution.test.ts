import { describe, expect, it } from "vitest";
import { findEntities } from "./find.js";
import { isBareHead } from "./mention-resolution.js";
import { EntityResolver } from "./resolver.js";

/** The entity ids of an article's mentions written `text`. */
const idsOf = (article: string, text: string): string[] =>
  findEntities(article)
    .mentions.filter((m) => m.text === text)
    .map((m) => m.entity);

/** Invented sentences, written for these tests. */
describe("bare organisation heads across articles", () => {
  it("gives a bare head the article never expands an entity of that article's, shared by its mentions", () => {
    const telecom = "وأكدت الهيئة في بيان أن الأسعار ستنخفض. وأضافت الهيئة أن القرار نهائي.";
    const tourism = "وقالت الهيئة إن التراخيص جاهزة للمستثمرين.";
    const [first, second] = idsOf(telecom, "الهيئة");
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(idsOf(tourism, "الهيئة")[0]).not.toBe(first);
    // The same article read again is the same entity.
    expect(idsOf(telecom, "الهيئة")[0]).toBe(first);
    // Nor do the two meet in the store.
    const r = new EntityResolver();
    const a = r.add(findEntities(telecom).entities);
    const b = r.add(findEntities(tourism).entities);
    expect(b.get(idsOf(tourism, "الهيئة")[0] as string)).not.toBe(a.get(first as string));
    expect(r.entities().filter((e) => e.name === "الهيئة")).toHaveLength(2);
  });

  it("still gives a bare head the body the article names with it", () => {
    const { mentions } = findEntities("أعلنت هيئة الهلال الأحمر السعودي خطة جديدة. وأكدت الهيئة أن الفرق جاهزة.");
    const full = mentions.find((m) => m.text.startsWith("هيئة الهلال"));
    expect(full).toBeDefined();
    expect(mentions.find((m) => m.text === "الهيئة")?.entity).toBe(full?.entity);
  });

  it("reads a head after a club's noun as the club's name, the same club in every article", () => {
    const club = idsOf("أعلنت إدارة نادي الاتحاد التعاقد مع المدرب. وقال رئيس الاتحاد إن الفريق جاهز.", "الاتحاد");
    expect(new Set(club).size).toBe(1);
    expect(idsOf("وشارك لاعبو الاتحاد في التدريب أمس.", "الاتحاد")).toEqual([club[0]]);
    expect(idsOf("وقال الاتحاد في بيان إن الانتخابات تأجلت.", "الاتحاد")[0]).not.toBe(club[0]);
  });

  it("knows a head written alone, with its clitics, from a name", () => {
    expect(isBareHead("وللهيئة")).toBe(true);
    expect(isBareHead("الصندوق")).toBe(true);
    expect(isBareHead("هيئة الهلال الأحمر")).toBe(false);
    expect(isBareHead("الأهلي")).toBe(false);
  });
});
