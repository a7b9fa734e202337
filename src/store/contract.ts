/**
 * The contract every `Store` implementation passes (STYLE rule 8). It knows
 * nothing of SQLite: an implementation's test file calls
 * `storeContract("sqlite :memory:", () => openStore(":memory:"))`.
 * `makeStore` must return a new, empty store on every call.
 */

import { afterEach, describe, expect, it } from "vitest";
import { MarsadError } from "../errors.js";
import type { Annotations, Article, Entity, Quote, Reuse, Story, Thread } from "../model/types.js";
import type { AnalysisWrite, SearchHit, Store } from "./store.js";

/** A small article written for the tests (the texts are the project's own). */
export function testArticle(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    path: "test/articles.jsonl",
    source: `test/articles.jsonl:${id}`,
    outlet: "مرصد اليوم",
    title: "خبر تجريبي",
    text,
    removed: [{ line: "شارك", reason: "share prompt" }],
    messages: [],
    ...extra,
  };
}

/** The words of the original text that a hit highlights. */
export function highlighted(hit: SearchHit): string[] {
  return hit.highlights.map((h) => hit.snippet.slice(h.start, h.end));
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Articles that each carry one spelling of a word, for the search tests. */
const SPELLINGS: Article[] = [
  testArticle("hamza000001", "أعلنت اللجنة نتائج المسابقة في المدينة القديمة."),
  testArticle("hamza000002", "وصل الوفد إلى إسطنبول صباح الخميس بعد رحلة طويلة."),
  testArticle("hamza000003", "تحدث الكاتب عن آخر رواياته أمام جمهور كبير."),
  testArticle("taa00000001", "قدمت الحكومةُ خطتها الجديدة لتحسين النقل العام."),
  testArticle("yaa00000001", "افتتح المستشفى قسما جديدا لعلاج الأطفال."),
  testArticle("clitic00001", "استقبل وزير الزراعة والرئيسُ وفدا من المزارعين."),
  testArticle("clitic00002", "رحب المجلس بالاتفاق الموقع بين الطرفين أمس."),
  testArticle("clitic00003", "قدمت النقابة مطالبها للحكومة في اجتماع مطول."),
  testArticle("clitic00004", "وصل الوفد بمصر ثم توجه لعمان في المساء."),
  testArticle("clitic00005", "تستضيف مصر المؤتمر المقبل."),
  testArticle("phrase00001", "قال وزير الخارجية إن المفاوضات تتقدم ببطء."),
  testArticle("phrase00002", "زار الوزير مدينة الخارجية ثم عاد إلى العاصمة."),
];

export function storeContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`Store contract: ${name}`, () => {
    const open: Store[] = [];
    const make = async () => {
      const s = await makeStore();
      open.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });

    describe("articles", () => {
      it("stores a batch and reports new, then unchanged for the same ids", async () => {
        const s = await make();
        const a = testArticle("aaaaaa000001", "نص المقال الأول.");
        const b = testArticle("bbbbbb000001", "نص المقال الثاني.", { outlet: "صحيفة الغد" });
        expect(await s.putArticles([a, b])).toEqual([
          { kind: "new", id: a.id },
          { kind: "new", id: b.id },
        ]);
        expect(await s.putArticles([b, a, a])).toEqual([
          { kind: "unchanged", id: b.id },
          { kind: "unchanged", id: a.id },
          { kind: "unchanged", id: a.id },
        ]);
        expect(await s.count()).toEqual({ articles: 2, outlets: 2 });
        expect(await collect(s.articles())).toHaveLength(2);
        expect(await s.search("المقال")).toHaveLength(2);
      });

      it("round-trips every field of an article", async () => {
        const s = await make();
        const a = testArticle("cccccc000001", "بغداد 27 أبريل 2021 (شينخوا) نص.\n\nفقرة ثانية.", {
          url: "https://example.test/news/1",
          publishedAt: { value: "2021-04-27", evidence: "dateline" },
          byline: "هدى جاسم",
          dateline: { place: "بغداد", agency: "شينخوا", raw: "بغداد 27 أبريل 2021 (شينخوا)" },
          messages: [{ stage: "extract", code: "WARN_DATE_AMBIGUOUS", message: "4/10", span: { start: 0, end: 3 } }],
        });
        await s.putArticles([a]);
        const got = await s.getArticle(a.id);
        expect(got).toMatchObject({ ...a, version: 1 });
        expect(got?.supersededBy).toBeUndefined();
        expect(Number.isNaN(Date.parse(got?.ingestedAt ?? ""))).toBe(false);
        expect(await collect(s.articles())).toEqual([a]);
      });

      it("finds an article by a unique id prefix of six or more characters", async () => {
        const s = await make();
        await s.putArticles([
          testArticle("abcdef123456", "أول."),
          testArticle("abcdef999999", "ثان."),
          testArticle("123456abcdef", "ثالث."),
        ]);
        expect((await s.getArticle("123456"))?.id).toBe("123456abcdef");
        expect((await s.getArticle("abcdef1"))?.id).toBe("abcdef123456");
        expect(await s.getArticle("12345")).toBeUndefined();
        expect(await s.getArticle("ffffff")).toBeUndefined();
        await expect(s.getArticle("abcdef")).rejects.toThrow(/several articles/);
      });

      it("keeps a changed text from the same URL as a new version", async () => {
        const s = await make();
        const url = "https://example.test/news/42";
        const v1 = testArticle("ver000000001", "ارتفعت أسعار القمح في الأسواق المحلية.", { url });
        const v2 = testArticle("ver000000002", "ارتفعت أسعار الشعير في الأسواق المحلية.", { url });
        const v3 = testArticle("ver000000003", "ارتفعت أسعار الذرة في الأسواق المحلية.", { url });
        expect(await s.putArticles([v1])).toEqual([{ kind: "new", id: v1.id }]);
        expect(await s.putArticles([v2, v2])).toEqual([
          { kind: "version", id: v2.id, previous: v1.id },
          { kind: "unchanged", id: v2.id },
        ]);
        expect(await s.putArticles([v3, v1])).toEqual([
          { kind: "version", id: v3.id, previous: v2.id },
          { kind: "unchanged", id: v1.id },
        ]);
        const old = await s.getArticle(v1.id);
        expect(old).toMatchObject({ id: v1.id, version: 1, supersededBy: v2.id });
        expect(await s.getArticle(v2.id)).toMatchObject({ version: 2, supersededBy: v3.id });
        const latest = await s.getArticle(v3.id);
        expect(latest?.version).toBe(3);
        expect(latest?.supersededBy).toBeUndefined();
        // Only the latest version is searched, counted and exported by default.
        expect((await s.search("أسعار")).map((h) => h.id)).toEqual([v3.id]);
        expect(await s.search("القمح")).toEqual([]);
        expect(await s.count()).toEqual({ articles: 1, outlets: 1 });
        expect((await collect(s.articles())).map((a) => a.id)).toEqual([v3.id]);
        expect((await collect(s.articles({ includeSuperseded: true }))).map((a) => a.id).sort()).toEqual(
          [v1.id, v2.id, v3.id].sort(),
        );
        expect((await collect(s.articles({ ids: [v1.id] }))).map((a) => a.id)).toEqual([v1.id]);
      });

      it("rolls back only a batch that fails midway, and names the bad article", async () => {
        const s = await make();
        const good = [testArticle("good00000001", "مقال سليم."), testArticle("good00000002", "مقال سليم آخر.")];
        await s.putArticles(good);
        const broken = { ...testArticle("bad000000002", "نص"), text: undefined } as unknown as Article;
        const batch = [
          testArticle("next00000001", "مقال في الدفعة الثانية."),
          broken,
          testArticle("next00000003", "ثالث."),
        ];
        const err = await s.putArticles(batch).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(MarsadError);
        expect((err as MarsadError).code).toBe("ERR_STORE");
        expect((err as MarsadError).message).toMatch(/#2/);
        expect((err as MarsadError).message).toMatch(/bad000000002/);
        expect((err as MarsadError).message).toMatch(/"text"/);
        expect(await s.getArticle("next00000001")).toBeUndefined();
        expect(await s.count()).toEqual({ articles: 2, outlets: 1 });
        expect(await s.search("الدفعة")).toEqual([]);
        expect((await s.search("سليم")).map((h) => h.id).sort()).toEqual(["good00000001", "good00000002"]);
        // The store is still usable, and the fixed batch goes in.
        expect((await s.putArticles([batch[0] as Article, batch[2] as Article])).map((r) => r.kind)).toEqual([
          "new",
          "new",
        ]);
      });

      it("indexes every article of a large batch under its own words, with duplicates and known ids", async () => {
        const s = await make();
        const mk = (i: number) =>
          testArticle(`big${String(i).padStart(9, "0")}`, `تقرير عن المحصول رمز${i} في المنطقة.`, {
            title: `عنوان خاص${i}`,
          });
        await s.putArticles([mk(5), mk(170)]);
        const batch: Article[] = [];
        for (let i = 0; i < 300; i++) batch.push(mk(i));
        batch.splice(120, 0, mk(3), mk(119)); // repeats inside the batch, across chunks
        const results = await s.putArticles(batch);
        expect(results).toHaveLength(302);
        expect(results.filter((r) => r.kind === "new")).toHaveLength(298);
        expect(results[5]).toEqual({ kind: "unchanged", id: mk(5).id });
        expect(results[120]).toEqual({ kind: "unchanged", id: mk(3).id });
        expect(await s.count()).toEqual({ articles: 300, outlets: 1 });
        for (const i of [0, 3, 5, 49, 50, 118, 119, 120, 170, 171, 299]) {
          const hits = await s.search(`رمز${i}`);
          expect(hits.map((h) => h.id)).toEqual([mk(i).id]);
          expect(highlighted(hits[0] as SearchHit)).toEqual([`رمز${i}`]);
          expect((await s.search(`خاص${i}`)).map((h) => h.id)).toEqual([mk(i).id]);
        }
      });

      it("rolls back a large batch that fails near its end, and serialises concurrent calls", async () => {
        const s = await make();
        const mk = (p: string, i: number) => testArticle(`${p}${String(i).padStart(9, "0")}`, `نص ${p} رقم ${i}`);
        const batch: Article[] = [];
        for (let i = 0; i < 300; i++) batch.push(mk("bad", i));
        batch[249] = { ...mk("bad", 249), title: 42 } as unknown as Article;
        await expect(s.putArticles(batch)).rejects.toThrow(/#250 .*bad000000249.*"title"/);
        expect(await s.count()).toEqual({ articles: 0, outlets: 0 });
        const a: Article[] = [];
        const b: Article[] = [];
        for (let i = 0; i < 200; i++) {
          a.push(mk("aaa", i));
          b.push(mk("bbb", i));
        }
        const [ra, rb, hits, counted] = await Promise.all([
          s.putArticles(a),
          s.putArticles(b),
          s.search("رقم"),
          s.count(),
        ]);
        expect(ra.every((r) => r.kind === "new") && rb.every((r) => r.kind === "new")).toBe(true);
        expect(Array.isArray(hits)).toBe(true);
        expect([0, 200, 400]).toContain(counted.articles);
        expect(await s.count()).toEqual({ articles: 400, outlets: 1 });
      });

      it("exports in publishedAt then id order, undated first, with filters", async () => {
        const s = await make();
        const dated = (id: string, value: string | undefined, outlet = "أ") =>
          testArticle(id, `نص ${id}`, {
            outlet,
            ...(value === undefined ? {} : { publishedAt: { value, evidence: "test" } }),
          });
        await s.putArticles([
          dated("e00000000005", "2021-04-10T09:00:00Z"),
          dated("e00000000002", "2021-04-09"),
          dated("e00000000004", "2021-04-10", "ب"),
          dated("e00000000001", undefined),
          dated("e00000000003", "2021-04-10"),
          dated("e00000000006", "2021-04-11", "ب"),
        ]);
        const ids = async (f?: Parameters<Store["articles"]>[0]) => (await collect(s.articles(f))).map((a) => a.id);
        expect(await ids()).toEqual([
          "e00000000001",
          "e00000000002",
          "e00000000003",
          "e00000000004",
          "e00000000005",
          "e00000000006",
        ]);
        expect(await ids({ outlet: "ب" })).toEqual(["e00000000004", "e00000000006"]);
        expect(await ids({ since: "2021-04-10" })).toEqual([
          "e00000000003",
          "e00000000004",
          "e00000000005",
          "e00000000006",
        ]);
        expect(await ids({ until: "2021-04-10" })).toEqual([
          "e00000000002",
          "e00000000003",
          "e00000000004",
          "e00000000005",
        ]);
        expect(await ids({ since: "2021-04-10", until: "2021-04-10", outlet: "أ" })).toEqual([
          "e00000000003",
          "e00000000005",
        ]);
        expect(await ids({ ids: ["e00000000006", "e00000000001", "nope"] })).toEqual(["e00000000001", "e00000000006"]);
        expect(await ids({ ids: [] })).toEqual([]);
      });

      it("streams a large export in order across pages, even while the store is written to", async () => {
        const s = await make();
        const n = 1234;
        const batch: Article[] = [];
        for (let i = 0; i < n; i++) {
          const day = String(1 + (i % 7)).padStart(2, "0");
          batch.push(
            testArticle(`big${String(i).padStart(9, "0")}`, `مقال رقم ${i}`, {
              publishedAt: { value: `2022-01-${day}`, evidence: "test" },
            }),
          );
        }
        await s.putArticles(batch);
        const seen: string[] = [];
        let wrote = false;
        for await (const a of s.articles()) {
          seen.push(`${a.publishedAt?.value}|${a.id}`);
          if (!wrote) {
            wrote = true;
            await s.setState("export.cursor", seen.length);
          }
        }
        expect(seen).toHaveLength(n);
        expect(new Set(seen).size).toBe(n);
        expect(seen).toEqual([...seen].sort());
        // As received, across pages too.
        const received: string[] = [];
        for await (const a of s.articles({ order: "stored" })) received.push(a.id);
        expect(received).toEqual(batch.map((a) => a.id));
      });

      it("counts current articles per outlet", async () => {
        const s = await make();
        expect(await s.count()).toEqual({ articles: 0, outlets: 0 });
        expect(await s.outlets()).toEqual([]);
        await s.putArticles([
          testArticle("o00000000001", "نص", { outlet: "صحيفة الغد" }),
          testArticle("o00000000002", "نص آخر", { outlet: "وكالة الأنباء" }),
          testArticle("o00000000003", "نص ثالث", { outlet: "وكالة الأنباء" }),
        ]);
        expect(await s.count()).toEqual({ articles: 3, outlets: 2 });
        expect(await s.outlets()).toEqual([
          { outlet: "وكالة الأنباء", articles: 2 },
          { outlet: "صحيفة الغد", articles: 1 },
        ]);
      });
    });

    describe("search", () => {
      const cases: [string, string, string, string][] = [
        // [why, query, expected article, expected highlighted word as printed]
        ["hamza أ written as ا", "اعلنت", "hamza000001", "أعلنت"],
        ["hamza إ written as ا", "اسطنبول", "hamza000002", "إسطنبول"],
        ["madda آ written as ا", "اخر", "hamza000003", "آخر"],
        ["plain ا found by أ", "أللجنة", "hamza000001", "اللجنة"],
        ["taa marbuta ة written as ه", "الحكومه", "taa00000001", "الحكومةُ"],
        ["alef maqsura ى written as ي", "المستشفي", "yaa00000001", "المستشفى"],
        ["diacritics in the query", "الرَّئِيسُ", "clitic00001", "والرئيسُ"],
        ["diacritics in the text", "الرئيس", "clitic00001", "والرئيسُ"],
        ["attached و", "رئيس", "clitic00001", "والرئيسُ"],
        ["attached بال", "اتفاق", "clitic00002", "بالاتفاق"],
        ["attached لل", "الحكومة", "clitic00003", "للحكومة"],
        ["article ال", "مجلس", "clitic00002", "المجلس"],
        ["bare ب", "مصر", "clitic00004", "بمصر"],
        ["bare ل", "عمان", "clitic00004", "لعمان"],
        ["a query with bare ب", "بمصر", "clitic00005", "مصر"],
      ];
      for (const [why, query, id, word] of cases) {
        it(`matches ${why}: ${query} → ${word}`, async () => {
          const s = await make();
          await s.putArticles(SPELLINGS);
          const hits = await s.search(query);
          const ids = hits.map((h) => h.id);
          expect(ids).toContain(id);
          const hit = hits.find((h) => h.id === id) as SearchHit;
          expect(highlighted(hit)).toContain(word);
          // The snippet is the original text (diacritics, hamza and all), not the folded copy.
          const text = SPELLINGS.find((a) => a.id === id)?.text ?? "";
          expect(text.replace(/\s+/g, " ")).toContain(hit.snippet.replace(/^…|…$/g, ""));
        });
      }

      it("ANDs several words and matches a quoted phrase only as a phrase", async () => {
        const s = await make();
        await s.putArticles(SPELLINGS);
        expect((await s.search("وزير الخارجية")).map((h) => h.id).sort()).toEqual(["phrase00001", "phrase00002"]);
        const phrase = await s.search('"وزير الخارجية"');
        expect(phrase.map((h) => h.id)).toEqual(["phrase00001"]);
        expect(highlighted(phrase[0] as SearchHit)).toEqual(["وزير", "الخارجية"]);
        expect((await s.search("«وزير الخارجيه» المفاوضات")).map((h) => h.id)).toEqual(["phrase00001"]);
        expect(await s.search('"وزير الخارجية" الزراعة')).toEqual([]);
        expect((await s.search("وزير الزراعة")).map((h) => h.id)).toEqual(["clitic00001"]);
      });

      it("never throws on query syntax and finds nothing in noise", async () => {
        const s = await make();
        await s.putArticles(SPELLINGS);
        for (const q of [
          '"',
          "AND",
          "OR NOT",
          "(",
          ")",
          "*",
          "NEAR(a b)",
          "-",
          "'",
          "",
          "   ",
          "^",
          ":",
          '""',
          "«",
          "a:b",
        ]) {
          const hits = await s.search(q);
          expect(Array.isArray(hits)).toBe(true);
          expect(hits).toEqual([]);
        }
        // Operators in a real query are plain words.
        expect((await s.search("الحكومة AND")).map((h) => h.id)).toEqual([]);
        expect((await s.search('الحكومة "')).map((h) => h.id).sort()).toEqual(["clitic00003", "taa00000001"]);
        expect((await s.search("الحكومة _ ...")).map((h) => h.id).sort()).toEqual(["clitic00003", "taa00000001"]);
        expect(await s.search("الحكومة", { limit: Number.NaN })).toHaveLength(2);
      });

      it("filters by outlet, respects the limit, and ranks title matches first", async () => {
        const s = await make();
        await s.putArticles([
          testArticle("r00000000001", "تحدث التقرير عن الزراعة والمياه.", { outlet: "أ" }),
          testArticle("r00000000002", "عن المياه.", { outlet: "ب", title: "أزمة المياه في المدينة" }),
          testArticle("r00000000003", "تقرير عن المياه والكهرباء.", { outlet: "ب" }),
        ]);
        const all = await s.search("المياه");
        expect(all).toHaveLength(3);
        expect(all[0]?.id).toBe("r00000000002");
        expect(all[0]?.titleHighlights.map((h) => all[0]?.title.slice(h.start, h.end))).toEqual(["المياه"]);
        for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
        expect((await s.search("المياه", { outlet: "ب" })).map((h) => h.id).sort()).toEqual([
          "r00000000002",
          "r00000000003",
        ]);
        expect(await s.search("المياه", { limit: 1 })).toHaveLength(1);
      });

      it("cuts a snippet around the matches of a long text, at word boundaries", async () => {
        const s = await make();
        const filler = "كلمة عادية في نص طويل ".repeat(60);
        const text = `${filler}وأعلنت الوزارةُ خطة الطوارئ الجديدة. ${filler}`;
        const publishedAt = { value: "2021-05-01", evidence: "test" };
        await s.putArticles([testArticle("long00000001", text, { publishedAt })]);
        const [hit] = await s.search("الوزاره طوارئ");
        expect(hit).toBeDefined();
        expect(hit?.publishedAt).toBe("2021-05-01");
        expect(hit?.snippet.length).toBeLessThan(300);
        expect(hit?.snippet.startsWith("…")).toBe(true);
        expect(hit?.snippet.endsWith("…")).toBe(true);
        expect(highlighted(hit as SearchHit)).toEqual(["الوزارةُ", "الطوارئ"]);
        const inner = (hit?.snippet ?? "").slice(1, -1);
        expect(text.includes(inner)).toBe(true);
        expect(text[text.indexOf(inner) - 1]).toBe(" ");
      });

      it("reports document frequencies of stems over current articles", async () => {
        const s = await make();
        await s.putArticles(SPELLINGS);
        const df = await s.documentFrequencies(["وزير", "خارج", "لا-يوجد"]);
        expect(df.get("وزير")).toBe(3); // وزير ×2, الوزير
        expect(df.get("خارج")).toBe(2);
        expect(df.get("لا-يوجد")).toBe(0);
      });
    });

    describe("state and resume", () => {
      it("round-trips JSON state and overwrites it", async () => {
        const s = await make();
        expect(await s.getState("lsh")).toBeUndefined();
        const value = { bands: [[1, 2], [3]], outlets: { "صحيفة الغد": ["شارك"] }, n: 1.5, ok: true, none: null };
        await s.setState("lsh", value);
        expect(await s.getState<typeof value>("lsh")).toEqual(value);
        await s.setState("lsh", [1]);
        expect(await s.getState("lsh")).toEqual([1]);
        await expect(s.setState("bad", undefined)).rejects.toThrow(MarsadError);
      });

      it("keeps keyed state items in write order, with deletes, clears and a header, all or nothing", async () => {
        const s = await make();
        expect(await s.stateItems("linker")).toEqual([]);
        await s.putStateItems("linker", {
          header: { version: 2, newest: 5 },
          upserts: [
            ["b", { at: 1 }],
            ["a", { at: 2 }],
            ["c", { at: 3 }],
          ],
          deletes: [],
        });
        expect(await s.getState("linker")).toEqual({ version: 2, newest: 5 });
        expect(await s.stateItems("linker")).toEqual([
          ["b", { at: 1 }],
          ["a", { at: 2 }],
          ["c", { at: 3 }],
        ]);
        // A rewritten item moves to the end; a deleted one is gone; the header is optional.
        await s.putStateItems("linker", { upserts: [["b", { at: 4 }]], deletes: ["a", "missing"] });
        expect(await s.stateItems("linker")).toEqual([
          ["c", { at: 3 }],
          ["b", { at: 4 }],
        ]);
        expect(await s.getState("linker")).toEqual({ version: 2, newest: 5 });
        // Another key's items are separate.
        await s.putStateItems("other", { upserts: [["b", 1]], deletes: [] });
        // A value that is not JSON fails the whole call: the delete before it is not applied either.
        await expect(
          s.putStateItems("linker", { header: { version: 3 }, upserts: [["d", undefined]], deletes: ["c"] }),
        ).rejects.toThrow(/item "d" of state "linker"/);
        expect((await s.stateItems("linker")).map(([k]) => k)).toEqual(["c", "b"]);
        expect(await s.getState("linker")).toEqual({ version: 2, newest: 5 });
        await s.putStateItems("linker", { clear: true, upserts: [["e", "x"]], deletes: [] });
        expect(await s.stateItems("linker")).toEqual([["e", "x"]]);
        expect(await s.stateItems("other")).toEqual([["b", 1]]);
      });

      it("marks sources done per fingerprint, also inside an article batch", async () => {
        const s = await make();
        expect(await s.sourceDone("a.jsonl", "10:1")).toBe(false);
        await s.markSourceDone("a.jsonl", "10:1");
        expect(await s.sourceDone("a.jsonl", "10:1")).toBe(true);
        expect(await s.sourceDone("a.jsonl", "11:2")).toBe(false);
        await s.markSourceDone("a.jsonl", "11:2");
        expect(await s.sourceDone("a.jsonl", "10:1")).toBe(false);
        await s.putArticles([testArticle("src000000001", "نص")], {
          markDone: [{ source: "b.html", fingerprint: "5:5" }],
        });
        expect(await s.sourceDone("b.html", "5:5")).toBe(true);
        const bad = { ...testArticle("src000000002", "نص"), outlet: undefined } as unknown as Article;
        await expect(s.putArticles([bad], { markDone: [{ source: "c.html", fingerprint: "1:1" }] })).rejects.toThrow(
          /"outlet"/,
        );
        expect(await s.sourceDone("c.html", "1:1")).toBe(false);
      });
    });

    describe("annotations, entities, quotes, reuse, stories", () => {
      const text = "«سنواصل الإصلاحات»، قال مصطفى الكاظمي. وأضاف أن الحكومة ستعمل.";
      const quote = (over: Partial<Quote>): Quote => ({
        start: 0,
        end: 19,
        text: "«سنواصل الإصلاحات»",
        speaker: "مصطفى الكاظمي",
        speakerEntity: "ent-kadhimi",
        cue: "قال",
        kind: "direct",
        resolution: "after",
        confidence: 0.9,
        ...over,
      });
      const annotations: Annotations = {
        entities: [{ start: 24, end: 37, text: "مصطفى الكاظمي", type: "PER", entity: "ent-kadhimi" }],
        quotes: [
          quote({}),
          quote({
            start: 45,
            end: 62,
            text: "أن الحكومة ستعمل",
            speaker: "مصطفى الكاظمي",
            kind: "indirect",
            resolution: "continuation",
            cue: "وأضاف",
          }),
        ],
        numbers: [{ start: 0, end: 1, text: "5", value: 5, unit: null }],
        dates: [{ start: 0, end: 4, text: "أمس", value: "2021-04-09", granularity: "day", relative: true }],
      };

      it("round-trips annotations and returns them with the article", async () => {
        const s = await make();
        const a = testArticle("ann000000001", text, { publishedAt: { value: "2021-04-10", evidence: "test" } });
        await s.putArticles([a]);
        expect(await s.getAnnotations(a.id)).toBeUndefined();
        await s.putAnnotations(a.id, annotations);
        expect(await s.getAnnotations(a.id)).toEqual(annotations);
        expect((await s.getArticle(a.id))?.annotations).toEqual(annotations);
        const replaced: Annotations = { entities: [], quotes: [], numbers: [], dates: [] };
        await s.putAnnotations(a.id, replaced);
        expect(await s.getAnnotations(a.id)).toEqual(replaced);
        expect(await s.quotes()).toEqual([]);
        await expect(s.putAnnotations("missing00001", annotations)).rejects.toThrow(/not in the store/);
        // Many at once: all or none.
        const c = testArticle("ann000000003", `${text}  `);
        await s.putArticles([c]);
        await expect(
          s.putManyAnnotations([
            { id: c.id, annotations },
            { id: "missing00002", annotations },
          ]),
        ).rejects.toThrow(/missing00002.*not in the store.*none of the 2/);
        expect(await s.getAnnotations(c.id)).toBeUndefined();
        await s.putManyAnnotations([
          { id: c.id, annotations },
          { id: a.id, annotations },
        ]);
        expect(await s.getAnnotations(c.id)).toEqual(annotations);
        expect(await s.getAnnotations(a.id)).toEqual(annotations);
        // Annotations carried on the article are stored with it.
        const b = testArticle("ann000000002", `${text} `, { annotations });
        await s.putArticles([b]);
        expect(await s.getAnnotations(b.id)).toEqual(annotations);
      });

      it("merges entity aliases by id and finds entities by folded name or alias", async () => {
        const s = await make();
        const nato: Entity = { id: "ent-nato", name: "حلف شمال الأطلسي", type: "ORG", aliases: ["الناتو"] };
        await s.putEntities([nato, { id: "ent-isis", name: "تنظيم الدولة الإسلامية", type: "ORG", aliases: ["داعش"] }]);
        await s.putEntities([
          { id: "ent-nato", name: "حلف شمال الأطلسي", type: "ORG", aliases: ["حلف الناتو", "الناتو"], roles: ["حلف"] },
        ]);
        const got = await s.getEntity("ent-nato");
        expect(got?.aliases.sort()).toEqual(["الناتو", "حلف الناتو"].sort());
        expect(got?.roles).toEqual(["حلف"]);
        expect((await s.entities({ name: "الناتو" })).map((e) => e.id)).toEqual(["ent-nato"]);
        expect((await s.entities({ name: "حلف  الناتو" })).map((e) => e.id)).toEqual(["ent-nato"]);
        expect((await s.entities({ name: "حلف شمال الاطلسي" })).map((e) => e.id)).toEqual(["ent-nato"]);
        expect((await s.entities({ name: "داعش" })).map((e) => e.id)).toEqual(["ent-isis"]);
        expect(await s.entities({ name: "لا أحد" })).toEqual([]);
        expect((await s.entities()).map((e) => e.id).sort()).toEqual(["ent-isis", "ent-nato"]);
        // Whole words of a name or alias, in any spelling: شمال finds the alliance, شما nothing.
        expect((await s.entities({ containing: "شمال الاطلسي" })).map((e) => e.id)).toEqual(["ent-nato"]);
        expect((await s.entities({ containing: "الدولة" })).map((e) => e.id)).toEqual(["ent-isis"]);
        expect(await s.entities({ containing: "شما" })).toEqual([]);
        expect(await s.entities({ containing: "%" })).toEqual([]);
        // A new canonical name keeps the old one as an alias.
        await s.putEntities([{ id: "ent-isis", name: "داعش", type: "ORG", aliases: [] }]);
        expect(await s.getEntity("ent-isis")).toMatchObject({ name: "داعش", aliases: ["تنظيم الدولة الإسلامية"] });
      });

      it("lists quotes with their article's outlet and date, by speaker spelling or entity alias", async () => {
        const s = await make();
        await s.putArticles([
          testArticle("q00000000001", text, {
            outlet: "صحيفة الغد",
            publishedAt: { value: "2021-04-10", evidence: "t" },
          }),
          testArticle("q00000000002", `${text} `, { outlet: "وكالة الأنباء" }),
        ]);
        await s.putEntities([
          { id: "ent-kadhimi", name: "مصطفى الكاظمي", type: "PER", aliases: ["الكاظمي"], roles: ["رئيس الوزراء"] },
        ]);
        await s.putAnnotations("q00000000001", annotations);
        await s.putAnnotations("q00000000002", {
          ...annotations,
          quotes: [
            quote({ speaker: "رئيس الوزراء", speakerEntity: "ent-kadhimi" }),
            quote({ speaker: "مصدر مطلع", speakerEntity: null, anonymous: true }),
          ],
        });
        const all = await s.quotes();
        expect(all).toHaveLength(4);
        expect(all[0]).toMatchObject({ article: "q00000000002", outlet: "وكالة الأنباء", text: "«سنواصل الإصلاحات»" });
        expect(all[2]).toMatchObject({ article: "q00000000001", outlet: "صحيفة الغد", publishedAt: "2021-04-10" });
        expect(await s.quotes({ speaker: "مُصطفى الكاظمى" })).toHaveLength(3);
        expect(await s.quotes({ speaker: "الكاظمي" })).toHaveLength(3);
        const anonymous = (await s.quotes({ speaker: "مصدر مطلع" }))[0];
        expect(anonymous).toMatchObject({ anonymous: true, speakerEntity: null });
        expect(anonymous?.speakerName).toBeUndefined();
        expect(anonymous?.speakerRoles).toBeUndefined();
        // A resolved speaker carries the name and roles the store knows the entity by, whatever the article wrote.
        expect(all[0]).toMatchObject({
          speaker: "رئيس الوزراء",
          speakerName: "مصطفى الكاظمي",
          speakerRoles: ["رئيس الوزراء"],
        });
        expect(await s.quotes({ article: "q00000000001" })).toHaveLength(2);
        expect(await s.quotes({ speaker: "أحد آخر" })).toEqual([]);
      });

      it("stores one reuse link per pair and returns it for either article", async () => {
        const s = await make();
        const r: Reuse = {
          a: "zz0000000001",
          b: "aa0000000001",
          kind: "near-duplicate",
          passages: [{ a: { start: 0, end: 10 }, b: { start: 5, end: 15 }, words: 2 }],
          direction: { source: "aa0000000001", evidence: ["earlier publication", "credited agency"] },
          similarity: 0.42,
        };
        await s.putReuse([r]);
        const fromA = await s.reuseOf("aa0000000001");
        expect(fromA).toEqual([
          {
            ...r,
            a: "aa0000000001",
            b: "zz0000000001",
            passages: [{ a: { start: 5, end: 15 }, b: { start: 0, end: 10 }, words: 2 }],
          },
        ]);
        expect(await s.reuseOf("zz0000000001")).toEqual(fromA);
        await s.putReuse([{ ...r, kind: "duplicate", similarity: 1 }]);
        expect(await s.reuseOf("zz0000000001")).toMatchObject([{ kind: "duplicate", similarity: 1 }]);
        expect(await s.reuseOf("none00000000")).toEqual([]);
      });

      it("upserts stories and threads and filters them", async () => {
        const s = await make();
        const story = (id: string, over: Partial<Story> = {}): Story => ({
          id,
          articles: [`${id}-a1`, `${id}-a2`],
          touching: [],
          headline: `عنوان ${id}`,
          summary: ["جملة أولى.", "جملة ثانية."],
          thread: "t1",
          outlets: [{ outlet: "صحيفة الغد", firstSeen: "2021-04-01" }],
          firstSeen: "2021-04-01",
          lastSeen: "2021-04-02",
          ...over,
        });
        const s1 = story("s1");
        const s2 = story("s2", {
          lastSeen: "2021-04-20",
          touching: ["s1-a1"],
          outlets: [{ outlet: "وكالة الأنباء", firstSeen: null }],
        });
        const t1: Thread = { id: "t1", stories: ["s1", "s2"] };
        await s.putStories([s1, s2], [t1]);
        expect(await s.getStory("s1")).toEqual(s1);
        expect(await s.getThread("t1")).toEqual(t1);
        expect((await s.stories()).map((x) => x.id)).toEqual(["s2", "s1"]);
        expect((await s.stories({ since: "2021-04-10" })).map((x) => x.id)).toEqual(["s2"]);
        expect((await s.stories({ outlet: "صحيفة الغد" })).map((x) => x.id)).toEqual(["s1"]);
        expect((await s.storyOf("s1-a1"))?.id).toBe("s1");
        // Upsert: the story's members and outlets are replaced.
        const s1b = story("s1", {
          articles: ["s1-a2", "s1-a3"],
          outlets: [{ outlet: "وكالة الأنباء", firstSeen: null }],
        });
        await s.putStories([s1b], []);
        expect(await s.getStory("s1")).toEqual(s1b);
        expect(await s.storyOf("s1-a1")).toBeUndefined();
        expect((await s.storyOf("s1-a3"))?.id).toBe("s1");
        expect(await s.stories({ outlet: "صحيفة الغد" })).toEqual([]);
        expect(await s.getStory("missing")).toBeUndefined();
      });

      it("streams articles as received or those without annotations, and clears the analysis at once", async () => {
        const s = await make();
        const a = testArticle("clear0000001", text, { publishedAt: { value: "2021-04-10", evidence: "record" } });
        const b = testArticle("clear0000002", "نص لم يحلل بعد.");
        await s.putArticles([a, b]);
        await s.putAnnotations(a.id, annotations);
        expect(await s.unanalysed()).toBe(1);
        const ids = async (analysed: boolean) => (await collect(s.articles({ analysed }))).map((x) => x.id);
        expect(await ids(false)).toEqual([b.id]);
        expect(await ids(true)).toEqual([a.id]);
        // Undated first by publication; as received when asked.
        expect((await collect(s.articles())).map((x) => x.id)).toEqual([b.id, a.id]);
        expect((await collect(s.articles({ order: "stored" }))).map((x) => x.id)).toEqual([a.id, b.id]);

        await s.putEntities([{ id: "ent-kadhimi", type: "PER", name: "مصطفى الكاظمي", aliases: ["الكاظمي"] }]);
        await s.putReuse([
          {
            a: a.id,
            b: b.id,
            kind: "near-duplicate",
            similarity: 0.5,
            passages: [],
            direction: { source: a.id, evidence: ["earlier publication"] },
          },
        ]);
        const story: Story = {
          id: "st1",
          articles: [a.id, b.id],
          touching: [],
          headline: "عنوان",
          summary: [],
          thread: "t1",
          outlets: [{ outlet: a.outlet, firstSeen: "2021-04-10" }],
          firstSeen: "2021-04-10",
          lastSeen: "2021-04-10",
        };
        await s.putStories([story], [{ id: "t1", stories: ["st1"] }]);
        await s.setState("stage.one", { n: 1 });
        await s.putStateItems("stage.one", { upserts: [["x", 1]], deletes: [] });
        await s.setState("extract.templates", { kept: true });
        await s.markSourceDone("feed.xml", "f1");

        await s.clearAnalysis(["stage.one"]);
        expect(await s.unanalysed()).toBe(2);
        expect(await s.getAnnotations(a.id)).toBeUndefined();
        expect(await s.quotes()).toEqual([]);
        expect(await s.getEntity("ent-kadhimi")).toBeUndefined();
        expect(await s.entities({ name: "الكاظمي" })).toEqual([]);
        expect(await s.reuseOf(a.id)).toEqual([]);
        expect(await s.stories()).toEqual([]);
        expect(await s.getThread("t1")).toBeUndefined();
        expect(await s.storyOf(a.id)).toBeUndefined();
        expect(await s.stories({ entities: ["ent-kadhimi"] })).toEqual([]);
        expect(await s.getState("stage.one")).toBeUndefined();
        expect(await s.stateItems("stage.one")).toEqual([]);
        // What the analysis did not make stays.
        expect(await s.count()).toEqual({ articles: 2, outlets: 1 });
        expect((await s.getArticle(a.id))?.text).toBe(text);
        expect(await s.getState("extract.templates")).toEqual({ kept: true });
        expect(await s.sourceDone("feed.xml", "f1")).toBe(true);
        expect((await s.search("الكاظمي")).map((h) => h.id)).toEqual([a.id]);
      });

      it("writes an analysis batch in one transaction, all or nothing", async () => {
        const s = await make();
        const storyOf = (articles: string[]): Story => ({
          id: "st1",
          articles,
          touching: [],
          headline: "عنوان",
          summary: [],
          thread: "t1",
          outlets: [],
          firstSeen: null,
          lastSeen: null,
        });
        const a = testArticle("batch0000001", text, { publishedAt: { value: "2021-04-10", evidence: "record" } });
        const b = testArticle("batch0000002", `${text} `);
        await s.putArticles([a, b]);
        const write: AnalysisWrite = {
          annotations: [
            { id: a.id, annotations },
            { id: b.id, annotations },
          ],
          reuse: [
            {
              a: a.id,
              b: b.id,
              kind: "duplicate",
              similarity: 1,
              passages: [],
              direction: { source: a.id, evidence: [] },
            },
          ],
          entities: [{ id: "ent-kadhimi", type: "PER", name: "مصطفى الكاظمي", aliases: ["الكاظمي"] }],
          // A later upsert of the same story wins.
          stories: [storyOf([a.id]), storyOf([a.id, b.id])],
          threads: [{ id: "t1", stories: ["st1"] }],
          stateItems: [{ key: "stage.one", change: { header: { version: 1 }, upserts: [["x", 1]], deletes: [] } }],
          state: [{ key: "rebuild", value: { done: 2 } }],
        };
        // A value that is not JSON, written last, fails the whole batch: nothing before it is stored either.
        await expect(
          s.putAnalysis({ ...write, state: [...write.state, { key: "bad", value: undefined }] }),
        ).rejects.toThrow(/state "bad"/);
        // So does an article that is not stored, named in the error.
        await expect(
          s.putAnalysis({ ...write, annotations: [...write.annotations, { id: "missing00001", annotations }] }),
        ).rejects.toThrow(/missing00001/);
        expect(await s.unanalysed()).toBe(2);
        expect(await s.quotes()).toEqual([]);
        expect(await s.reuseOf(a.id)).toEqual([]);
        expect(await s.getEntity("ent-kadhimi")).toBeUndefined();
        expect(await s.storyOf(a.id)).toBeUndefined();
        expect(await s.getThread("t1")).toBeUndefined();
        expect(await s.getState("stage.one")).toBeUndefined();
        expect(await s.stateItems("stage.one")).toEqual([]);
        expect(await s.getState("rebuild")).toBeUndefined();

        await s.putAnalysis(write);
        expect(await s.unanalysed()).toBe(0);
        expect(await s.getAnnotations(b.id)).toEqual(annotations);
        expect((await s.quotes({ speaker: "الكاظمي" })).length).toBeGreaterThan(0);
        expect(await s.reuseOf(b.id)).toMatchObject([{ kind: "duplicate" }]);
        expect((await s.getEntity("ent-kadhimi"))?.aliases).toEqual(["الكاظمي"]);
        expect((await s.storyOf(b.id))?.articles).toEqual([a.id, b.id]);
        expect(await s.getThread("t1")).toEqual({ id: "t1", stories: ["st1"] });
        expect(await s.getState("stage.one")).toEqual({ version: 1 });
        expect(await s.stateItems("stage.one")).toEqual([["x", 1]]);
        expect(await s.getState("rebuild")).toEqual({ done: 2 });
      });

      it("lists the stories whose members name an entity, not those that only touch it", async () => {
        const s = await make();
        const a = testArticle("ent000000001", text);
        const b = testArticle("ent000000002", `${text} `);
        const c = testArticle("ent000000003", "نص بلا أسماء.");
        await s.putArticles([a, b, c]);
        await s.putAnnotations(a.id, annotations);
        await s.putAnnotations(b.id, {
          ...annotations,
          entities: [{ start: 24, end: 37, text: "بغداد", type: "LOC", entity: "ent-baghdad" }],
        });
        const story = (id: string, articles: string[], touching: string[] = []): Story => ({
          id,
          articles,
          touching,
          headline: `عنوان ${id}`,
          summary: [],
          thread: "t1",
          outlets: [],
          firstSeen: null,
          lastSeen: null,
        });
        await s.putStories([story("sa", [a.id]), story("sb", [b.id, c.id], [a.id]), story("sc", [c.id])], []);
        const ids = async (entities: string[]) => (await s.stories({ entities })).map((x) => x.id).sort();
        expect(await ids(["ent-kadhimi"])).toEqual(["sa"]);
        expect(await ids(["ent-baghdad"])).toEqual(["sb"]);
        expect(await ids(["ent-kadhimi", "ent-baghdad"])).toEqual(["sa", "sb"]);
        expect(await ids([])).toEqual([]);
        expect(await ids(["ent-missing"])).toEqual([]);
      });
    });
  });
}
