import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stems } from "../arabic/stem.js";
import { testArticle } from "./contract.js";
import { indexText, numberKey } from "./index-text.js";
import { cliticForms, ftsExpression, matchSpans, numberForms, parseQuery, snippetAround } from "./search.js";
import { openStore } from "./sqlite/sqlite-store.js";

const WORDS = ["الرئيس", "والحكومة", "بالاتفاق", "مُستشفى", "إسطنبول", "وزير", "الخارجية", "2,500", "AND", "NEAR"];
const NOISE = ['"', "«", "»", "“", "”", "'", "(", ")", "*", ":", "^", "-", "_", " ", "،", "\n"];
const query = fc.array(fc.constantFrom(...WORDS, ...NOISE), { maxLength: 12 }).map((a) => a.join(" "));
const text = fc
  .array(fc.constantFrom(...WORDS, "في", "قال", "،", ".", "\n\n"), { maxLength: 200 })
  .map((a) => a.join(" "));

describe("parseQuery / ftsExpression", () => {
  it("splits words and quoted phrases of every quote shape", () => {
    const words = (q: string) => parseQuery(q).map((t) => (t.phrase ? `"${t.stems.join(" ")}"` : t.stems[0]));
    expect(words('الرئيس «وزير الخارجية» "المجلس"')).toEqual(["رئيس", '"وزير خارج"', "مجلس"]);
    expect(words("“وزير الخارجية")).toEqual(['"وزير خارج"']);
    expect(words("الرئيس والرئيس")).toEqual(["رئيس"]);
    expect(parseQuery("O'Brien")).toEqual([
      { stems: ["o"], phrase: false, variants: ["o"] },
      { stems: ["brien"], phrase: false, variants: ["brien"] },
    ]);
  });
  it("matches a word with a bare ب/ل/ك/ف attached, both ways", () => {
    expect(cliticForms("مصر")).toEqual(["مصر", "بمصر", "لمصر", "كمصر", "فمصر"]);
    expect(cliticForms("بمصر")).toContain("مصر");
    expect(cliticForms("حر")).toEqual(["حر"]);
    expect(ftsExpression(parseQuery("مصر"))).toBe('("مصر" OR "بمصر" OR "لمصر" OR "كمصر" OR "فمصر")');
    expect(matchSpans("وصل بمصر ولمصر", parseQuery("مصر")).length).toBe(2);
  });
  it("writes only quoted strings (or OR groups of them) joined by AND, whatever the input", () => {
    fc.assert(
      fc.property(query, (q) => {
        const e = ftsExpression(parseQuery(q));
        if (e === null) return;
        for (const part of e.split(" AND ")) expect(part).toMatch(/^("[^"]+"|\("[^"]+"( OR "[^"]+")+\))$/);
      }),
    );
  });
});

describe("snippetAround", () => {
  it("flattens paragraph breaks to one space and keeps highlights on the words", () => {
    const t = "افتتاح.\n\n  وقال الرئيسُ إن الحكومة";
    const { snippet, highlights } = snippetAround(t, matchSpans(t, parseQuery("رئيس حكومه")));
    expect(snippet).toBe("افتتاح. وقال الرئيسُ إن الحكومة");
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(["الرئيسُ", "الحكومة"]);
  });
  it("keeps highlights on the matched words of the original, inside the snippet", () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const terms = parseQuery(q);
        const matches = matchSpans(t, terms);
        const { snippet, highlights } = snippetAround(t, matches, 120);
        expect(snippet.length).toBeLessThanOrEqual(122);
        const wanted = new Set(terms.flatMap((x) => x.stems));
        for (const h of highlights) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(snippet.length);
          const word = snippet.slice(h.start, h.end);
          expect(wanted.has(numberKey(stems(word)[0]?.stem ?? ""))).toBe(true);
        }
        if (matches.length > 0) expect(highlights.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("numbers with thousands separators", () => {
  const NUMBERS = [
    testArticle("comma000001", "بلغ عدد الحجاج 1,200 حاج من المنطقة."),
    testArticle("arabic00001", "بلغ عدد الزوار ١٬٢٠٠ زائر هذا العام."),
    testArticle("plain000001", "وصل 1200 متطوع إلى الموقع."),
    testArticle("indic000001", "شارك ١٢٠٠ طالب في المسابقة."),
    testArticle("other000001", "شارك 200 لاعب و1 مدرب في البطولة."),
    testArticle("decimal0001", "ارتفع المؤشر 1.5 نقطة."),
  ];
  const ALL_1200 = ["arabic00001", "comma000001", "indic000001", "plain000001"];

  it("indexes 1,200 and ١٬٢٠٠ as the digits 1200, and leaves other separators alone", () => {
    expect(indexText("بلغ 1,200 حاج")).toBe("بلغ 1200 حاج");
    expect(indexText("١٬٢٠٠ و١٬٥٠٠٬٠٠٠٫٥")).toBe("1200 1500000.5");
    expect(indexText("الساعة 12:30 و2,5 و12,30 و3.750")).toBe("ساع 12:30 2,5 12,30 3.750");
  });

  it("finds each other's numbers in every script and with either separator", async () => {
    const s = openStore(":memory:");
    try {
      await s.putArticles(NUMBERS);
      for (const q of ["1,200", "1200", "١٢٠٠", "١٬٢٠٠", "1.200"]) {
        const hits = await s.search(q);
        expect(hits.map((h) => h.id).sort(), q).toEqual(ALL_1200);
        for (const h of hits) expect(h.highlights.length, `${q} in ${h.id}`).toBe(1);
      }
      // 200 alone is its own number, not the tail of 1,200.
      expect((await s.search("200")).map((h) => h.id)).toEqual(["other000001"]);
      expect((await s.search('"1,200 حاج"')).map((h) => h.id)).toEqual(["comma000001"]);
    } finally {
      await s.close();
    }
  });

  it("also tries the typed form (a store indexed before, a point between thousands)", () => {
    expect(numberForms("1,200")).toEqual(["1200", "1,200"]);
    expect(numberForms("1.200")).toEqual(["1.200", "1200"]);
    expect(numberForms("1200")).toEqual(["1200"]);
    expect(numberForms("1.5")).toEqual(["1.5"]);
  });
});
