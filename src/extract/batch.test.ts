import { describe, expect, it } from "vitest";
import type { RawDocument } from "../model/types.js";
import { extractBatch } from "./batch.js";
import { extractArticle, outletFromUrl, templateLines } from "./index.js";
import { OutletTemplates } from "./templates.js";

const doc = (i: number, body: string): RawDocument => ({
  source: `a.txt:${i}`,
  path: "a.txt",
  format: "text",
  outlet: "sabq.example",
  content: `خبر رقم ${i} عن المياه\nمشاركة :\n${body}\nصحيفة سبق الإلكترونية صوت المواطن منذ عشرين عاما\n\u00a0\n`,
});

describe("extractBatch", () => {
  it("extracts what observing every document and extracting each one by one does", () => {
    const docs = Array.from({ length: 12 }, (_, i) =>
      doc(i, `الرياض - واس: أعلنت الوزارة اليوم نتائج المسح رقم ${i} للمياه في المنطقة الشرقية  والوسطى.`),
    );
    docs.push({
      source: "b.html",
      path: "b.html",
      format: "html",
      url: "https://www.okaz.example/x",
      content: "<html><body><article><h1>عنوان</h1><p>نص قصير.</p></article></body></html>",
    });
    const manual = new OutletTemplates();
    for (const d of docs) manual.observe(d.outlet ?? outletFromUrl(d.url) ?? "unknown", templateLines(d));
    const expected = docs.map((d) => extractArticle(d, undefined, manual));

    const { articles, failed } = extractBatch(docs, new OutletTemplates());
    expect(articles).toEqual(expected.flatMap((r) => (r.kind === "article" ? [r.article] : [])));
    expect(failed).toEqual(expected.filter((r) => r.kind === "failed"));
    // The recurring footer line was learnt as the outlet's template and dropped from every article.
    expect(articles[0]!.removed).toContainEqual({
      line: "صحيفة سبق الإلكترونية صوت المواطن منذ عشرين عاما",
      reason: "template",
    });
    expect(articles.every((a) => !a.text.includes("صوت المواطن"))).toBe(true);
  });
});
