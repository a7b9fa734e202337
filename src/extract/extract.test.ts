import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldText } from "../arabic/fold.js";
import { articleId } from "../model/id.js";
import type { RawDocument } from "../model/types.js";
import { cleanScrapedText, cleanTitle, extractArticle, OutletTemplates, templateLines } from "./index.js";

const FIXTURES = new URL("../../test/fixtures/extract/", import.meta.url);

interface Expected {
  failed?: string;
  title?: string;
  byline?: string;
  dateline?: { place?: string; agency?: string; raw: string };
  publishedAt?: { value: string; evidence: string };
  text?: string;
  textStartsWith?: string;
  removed?: { line: string; reason: string }[];
  messages?: unknown[];
  messageCodes?: string[];
  must?: string[];
  mustNot?: string[];
  mustOnce?: string[];
}

function load(name: string): { doc: RawDocument; expected: Expected } {
  const dir = new URL(`${name}/`, FIXTURES);
  const files = readdirSync(dir);
  const input = files.find((f) => f.startsWith("input."))!;
  const content = readFileSync(new URL(input, dir), "utf8");
  const doc: RawDocument = {
    source: `${name}/${input}`,
    path: `${name}/${input}`,
    content,
    format: input.endsWith(".html") ? "html" : "text",
    outlet: "fixture",
  };
  return { doc, expected: JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Expected };
}

const squash = (s: string) => foldText(s).replace(/\s+/g, " ");

describe("extractArticle golden pages (test/fixtures/extract)", () => {
  const cases = readdirSync(FIXTURES).filter((n) => !n.startsWith("."));
  it("has fixtures", () => expect(cases.length).toBeGreaterThanOrEqual(6));
  for (const name of cases) {
    it(name, () => {
      const { doc, expected } = load(name);
      const r = extractArticle(doc);
      if (expected.failed) {
        expect(r.kind).toBe("failed");
        if (r.kind === "failed") {
          expect(r.code).toBe(expected.failed);
          expect(r.message).toContain(doc.source);
        }
        return;
      }
      expect(r.kind).toBe("article");
      if (r.kind !== "article") return;
      const a = r.article;
      expect(a.id).toBe(articleId(a.text, a.outlet));
      expect(a.outlet).toBe("fixture");
      if (expected.title !== undefined) expect(a.title).toBe(expected.title);
      if (expected.byline !== undefined) expect(a.byline).toBe(expected.byline);
      if (expected.dateline !== undefined) expect(a.dateline).toEqual(expected.dateline);
      if (expected.publishedAt !== undefined) expect(a.publishedAt).toEqual(expected.publishedAt);
      if (expected.text !== undefined) expect(a.text).toBe(expected.text);
      if (expected.textStartsWith !== undefined) expect(a.text.startsWith(expected.textStartsWith)).toBe(true);
      if (expected.removed !== undefined) expect(a.removed).toEqual(expected.removed);
      if (expected.messages !== undefined) expect(a.messages).toEqual(expected.messages);
      if (expected.messageCodes !== undefined) expect(a.messages.map((m) => m.code)).toEqual(expected.messageCodes);
      const text = squash(a.text);
      for (const s of expected.must ?? []) expect(text, `must contain «${s}»`).toContain(squash(s));
      for (const s of expected.mustNot ?? []) expect(text, `must not contain «${s}»`).not.toContain(squash(s));
      for (const s of expected.mustOnce ?? []) expect(text.split(squash(s)).length - 1, `once: «${s}»`).toBe(1);
      // Every dropped line is accounted for with a reason.
      for (const x of a.removed) expect(x.reason.length).toBeGreaterThan(0);
    });
  }
});

describe("extractArticle on text records", () => {
  const base: RawDocument = { source: "r.jsonl:1", path: "r.jsonl", content: "", format: "text" };

  it("uses the record's title and does not repeat it in the body", () => {
    const r = extractArticle({
      ...base,
      title: "عنوان الخبر التجريبي",
      content: "عنوان الخبر التجريبي\nفقرة أولى من نص تجريبي كتب لاختبار الاستخراج وحده.",
    });
    expect(r.kind).toBe("article");
    if (r.kind !== "article") return;
    expect(r.article.title).toBe("عنوان الخبر التجريبي");
    expect(r.article.text).toBe("فقرة أولى من نص تجريبي كتب لاختبار الاستخراج وحده.");
    expect(r.article.removed).toEqual([{ line: "عنوان الخبر التجريبي", reason: "title" }]);
  });

  it("decodes character references a scraper kept and drops an obfuscated address's empty script comment", () => {
    const r = extractArticle({
      ...base,
      title: "افتتاح &quot;3058&quot; مقعداً في الملعب الجديد",
      content:
        "قال المدير إن &#8220;الملعب جاهز&#8221; لاستقبال الجماهير&nbsp;غدا.\n" +
        "وترسل الطلبات إلى البريد الإلكتروني ( [email protected] /* */ ) خلال شهر.",
    });
    expect(r.kind).toBe("article");
    if (r.kind !== "article") return;
    expect(r.article.title).toBe('افتتاح "3058" مقعداً في الملعب الجديد');
    expect(r.article.text).toBe(
      "قال المدير إن “الملعب جاهز” لاستقبال الجماهير غدا.\n\nوترسل الطلبات إلى البريد الإلكتروني ( [email protected] ) خلال شهر.",
    );
  });

  it("cleans a declared title and a body the way extractArticle does (cleanTitle, cleanScrapedText)", () => {
    const title = " وزير الطاقة: &quot;أرامكو&quot;\u00a0تعلن &#8220;نتائجها&#8221; ";
    const content =
      " قال المتحدث إن &quot;الأسعار&quot; ستبقى مستقرة حتى نهاية العام الجاري.\n\n\nوأضاف أن\u00a0 الطلب يرتفع &amp; المعروض يتراجع. \n";
    expect(cleanTitle(title)).toBe('وزير الطاقة: "أرامكو" تعلن “نتائجها”');
    expect(cleanScrapedText(content)).toBe(
      'قال المتحدث إن "الأسعار" ستبقى مستقرة حتى نهاية العام الجاري.\n\nوأضاف أن الطلب يرتفع & المعروض يتراجع.',
    );
    const r = extractArticle({ ...base, title, content });
    expect(r.kind === "article" && { title: r.article.title, text: r.article.text }).toEqual({
      title: cleanTitle(title),
      text: cleanScrapedText(content),
    });
  });

  it("cuts a site's 'link to this story' trailer run on at the end of the last paragraph", () => {
    const body =
      "كرمت شركة الطيران طاقم الرحلة أمس بعد أن عاد بالطائرة من مدرج الإقلاع إلى الصالة لإحضار دواء نسيته راكبة مريضة.";
    const r = extractArticle({
      ...base,
      title: "شركة الطيران تكرم طاقم الرحلة",
      content: `${body} رابط الخبر بصحيفة الوئام: شركة الطيران تكرم طاقم الرحلة`,
    });
    expect(r.kind).toBe("article");
    if (r.kind !== "article") return;
    expect(r.article.text).toBe(body);
    expect(r.article.removed).toEqual([
      { line: "رابط الخبر بصحيفة الوئام: شركة الطيران تكرم طاقم الرحلة", reason: "source-line" },
    ]);
    // Mentioned inside a sentence, it is the story's own words.
    const inside = "ونشر الوزير رابط الخبر على حسابه في تويتر صباح اليوم مع تعليق مقتضب على القرار.";
    const kept = extractArticle({ ...base, title: "الوزير يعلق", content: inside });
    expect(kept.kind === "article" && kept.article.text).toBe(inside);
  });

  it("cuts a tag list («سمات» and the tags) run on at the end of the last paragraph or standing as the last line", () => {
    const first = "أعلنت الجامعة أسماء المقبولين في كلية الطب بعد مراجعة طلبات الاعتراض التي قدمها أولياء الأمور.";
    const last = "وقال المتحدث إن الجامعة ستنشر النتائج النهائية على موقعها مطلع الأسبوع المقبل.";
    const r = extractArticle({
      ...base,
      title: "الجامعة تعلن المقبولين",
      content: `${first}\n${last} سمات تبوك جامعة تبوك كلية الطب`,
    });
    expect(r.kind).toBe("article");
    if (r.kind !== "article") return;
    expect(r.article.text).toBe(`${first}\n\n${last}`);
    expect(r.article.removed).toEqual([{ line: "سمات تبوك جامعة تبوك كلية الطب", reason: "tags" }]);
    // The list on a line of its own.
    const alone = extractArticle({ ...base, title: "الجامعة", content: `${first}\nسمات الجامعة "القبول"` });
    expect(alone.kind === "article" && alone.article.text).toBe(first);
    // The word in prose: a sentence with its stop, or with its commas, is the story's own.
    for (const prose of [
      `${first} وتعد الدقة من أبرز سمات العمل الطبي.`,
      `${first} وتعد الدقة والصبر، من سمات الطبيب الناجح`,
      `${first} وهذه هي أبرز سمات المرحلة المقبلة`,
    ]) {
      const kept = extractArticle({ ...base, title: "الجامعة", content: prose });
      expect(kept.kind === "article" && kept.article.text).toBe(prose);
    }
  });

  it("drops a slideshow's Next Previous buttons scraped into the text, and reads the byline after them (3alyoum)", () => {
    const body =
      "تشرف بأداء القسم أمام خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر الصفا بمكة المكرمة مساء اليوم.";
    const last = "وأكد أن النصر سيواصل المحافظة على لقب الدوري للعام الثالث على التوالي.";
    const r = extractArticle({
      ...base,
      outlet: "3alyoum",
      title: "أمير الحدود الشمالية يؤدي القسم",
      content: ` Next Previous عين اليوم – واس\n${body}\nNext Previous\n${last} Next Previous`,
    });
    expect(r.kind).toBe("article");
    if (r.kind !== "article") return;
    expect(r.article.text).toBe(`${body}\n\n${last}`);
    expect(r.article.dateline).toEqual({ raw: "عين اليوم – واس", place: "عين اليوم", agency: "واس" });
    expect(r.article.removed.filter((x) => x.reason === "pagination").map((x) => x.line)).toEqual([
      "Next Previous",
      "Next Previous",
      "Next Previous",
    ]);
    // Between captions and a byline, the buttons end one line and start the next.
    const gallery = extractArticle({
      ...base,
      title: "معرض الأجهزة",
      content: `${body}\nساعة Meta M1 ساعة إل جي Next Previous صقر خالد – جدة`,
    });
    expect(gallery.kind === "article" && gallery.article.text).toBe(
      `${body}\n\nساعة Meta M1 ساعة إل جي\n\nصقر خالد – جدة`,
    );
    // In English prose the words are the story's own.
    const english = "The next previous owner of the house sold it in 1990 to a family from the city of Leeds.";
    const kept = extractArticle({ ...base, title: "A house", content: english });
    expect(kept.kind === "article" && kept.article.text).toBe(english);
  });

  it("takes the record date and the outlet from the URL host", () => {
    const r = extractArticle({
      ...base,
      url: "https://www.example-news.test/a/1",
      declaredDate: "2020-02-03",
      container: "jsonl",
      content: "عنوان\nفقرة من نص تجريبي كتب لاختبار الاستخراج وحده دون غيره.",
    });
    expect(r.kind === "article" && r.article.publishedAt).toEqual({ value: "2020-02-03", evidence: "record" });
    expect(r.kind === "article" && r.article.outlet).toBe("example-news.test");
  });

  it("warns when no date is found", () => {
    const r = extractArticle({ ...base, content: "عنوان\nفقرة من نص تجريبي كتب لاختبار الاستخراج وحده دون غيره." });
    expect(r.kind === "article" && r.article.messages.map((m) => m.code)).toEqual(["WARN_NO_DATE"]);
  });

  it("keeps tatweel and diacritics of the body as written", () => {
    const body = "قالَ المتحدثُ إنّ الاجتمـــاع سيُعقد غداً في مقر الهيئة الجديد.";
    const r = extractArticle({ ...base, content: `عنوان\n${body}` });
    expect(r.kind === "article" && r.article.text).toBe(body);
  });

  it("fails with ERR_EXTRACT_NO_ARTICLE when every line is chrome", () => {
    const r = extractArticle({ ...base, content: "عنوان\nشارك\n12\nشروط النشر" });
    expect(r.kind).toBe("failed");
    if (r.kind === "failed") expect(r.message).toMatch(/boilerplate/);
  });

  it("drops a quoted pull quote that repeats a paragraph, keeps an unquoted repeat", () => {
    const para = "وقال رئيس اللجنة إن العمل في المشروع سيستمر حتى نهاية العام المقبل دون توقف.";
    const quote = "«إن العمل في المشروع سيستمر حتى نهاية العام المقبل دون توقف»";
    const refrain = "الخطوة الأولى: تسجيل الأسماء لدى اللجنة المحلية في كل حي";
    const r = extractArticle({ ...base, content: `عنوان\n${para}\n${quote}\n${refrain}\n${refrain}` });
    expect(r.kind === "article" && r.article.removed).toEqual([{ line: quote, reason: "pull-quote" }]);
    expect(r.kind === "article" && r.article.text.split(refrain).length - 1).toBe(2);
  });

  it("rejects unknown options", () => {
    expect(() => extractArticle({ ...base, content: "x\ny" }, { nope: true } as never)).toThrow(/ERR_OPTIONS/);
  });

  it("month-first order when asked", () => {
    const r = extractArticle(
      {
        ...base,
        content: "عنوان\n• 4/10/2021 • 00:00 • 1 • 0\nفقرة من نص تجريبي كتب لاختبار الاستخراج وحده دون غيره.",
      },
      { numericDateOrder: "mdy" },
    );
    expect(r.kind === "article" && r.article.publishedAt?.value).toBe("2021-04-10");
  });
});

describe("extractArticle on HTML without reader hints", () => {
  it("takes the outlet from the canonical URL and the URL onto the article", () => {
    const { doc } = load("html-dateline");
    const html = doc.content.replace("<head>", '<head><link rel="canonical" href="https://www.almadar.example/a/7">');
    const r = extractArticle({ source: "p.html", path: "p.html", content: html, format: "html" });
    expect(r.kind === "article" && r.article.outlet).toBe("almadar.example");
    expect(r.kind === "article" && r.article.url).toBe("https://www.almadar.example/a/7");
  });
});

describe("templates in extraction", () => {
  it("drops a line that recurs across an outlet's articles, and only for that outlet", () => {
    const t = new OutletTemplates();
    const docs: RawDocument[] = [];
    for (let i = 0; i < 8; i++) {
      docs.push({
        source: `d${i}`,
        path: "p",
        format: "text",
        outlet: "sahil",
        content: `عنوان رقم ${i}\nفقرة فريدة رقم ${i} من نص تجريبي طويل بما يكفي للاختبار.\nتابعوا قناتنا الإخبارية في كل وقت`,
      });
    }
    for (const d of docs) t.observe("sahil", templateLines(d));
    const r = extractArticle(docs[0]!, undefined, t);
    expect(r.kind === "article" && r.article.removed).toContainEqual({
      line: "تابعوا قناتنا الإخبارية في كل وقت",
      reason: "template",
    });
    const other = extractArticle({ ...docs[0]!, outlet: "other" }, undefined, t);
    expect(other.kind === "article" && other.article.text).toContain("تابعوا قناتنا");
  });
});
