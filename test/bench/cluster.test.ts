import { describe, expect, it } from "vitest";
import { corpusArticle, snnArticle } from "../../bench/cluster.js";

describe("corpus loaders (bench/cluster.ts)", () => {
  it("decode a record's character references and tidy its text as extract does", () => {
    const a = corpusArticle(
      "saudinewsnet",
      "snn:2015-07-22:0001",
      "okaz",
      " الأمير يفتتح &quot;مهرجان الصيف&quot; في &#8220;أبها&#8221; ",
      " افتتح الأمير مساء أمس\u00a0 المهرجان &amp; جولاته.\nوحضر الافتتاح عدد من المسؤولين. ",
      "2015-07-22T10:00:00Z",
    );
    expect(a.title).toBe('الأمير يفتتح "مهرجان الصيف" في “أبها”');
    expect(a.text).toBe("افتتح الأمير مساء أمس المهرجان & جولاته.\n\nوحضر الافتتاح عدد من المسؤولين.");
    expect(a).toMatchObject({
      id: "snn:2015-07-22:0001",
      outlet: "okaz",
      publishedAt: { value: "2015-07-22T10:00:00Z" },
    });
  });

  it("read a SaudiNewsNet author field as the byline only when asked, cleaned as extract cleans it", () => {
    const r = {
      source: "sabq",
      title: "عنوان",
      content: "نص الخبر.",
      author: "عوض الفهمي &ndash; سبق",
      date_extracted: "2015-08-03 20:54:51",
    };
    const a = snnArticle(r, "snn:2015-08-03:0000", { bylines: true });
    expect(a).toMatchObject({ outlet: "sabq", byline: "عوض الفهمي", publishedAt: { value: "2015-08-03T20:54:51Z" } });
    expect(snnArticle({ ...r, author: " واس " }, "x", { bylines: true }).byline).toBe("واس");
    expect(snnArticle(r, "x")).not.toHaveProperty("byline");
    expect(snnArticle({ ...r, author: " " }, "x", { bylines: true })).not.toHaveProperty("byline");
  });

  it("keep a record with an empty body, as an article with empty text (its id may be in a gold set)", () => {
    const a = corpusArticle("ant", "ant:X-1", "bbc", "عنوان", "", undefined, "sport");
    expect(a).toMatchObject({ title: "عنوان", text: "", category: "sport" });
  });
});
