import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stems } from "../arabic/stem.js";
import { cliticForms, ftsExpression, matchSpans, parseQuery, snippetAround } from "./search.js";

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
          expect(wanted.has(stems(word)[0]?.stem ?? "")).toBe(true);
        }
        if (matches.length > 0) expect(highlights.length).toBeGreaterThan(0);
      }),
    );
  });
});
