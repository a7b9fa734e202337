/**
 * Generates the bundled sample corpus under examples/corpus/ from the structured articles in scripts/corpus/.
 *
 *   npx tsx scripts/make-corpus.ts          # (re)write examples/corpus/
 *   npx tsx scripts/make-corpus.ts --check  # exit 1 if any generated file differs from what is committed
 *
 * Deterministic: no clock, no randomness (fixed WARC dates and record ids, gzip without mtime), so a rerun
 * reproduces every file byte for byte.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { WARCRecord, WARCSerializer } from "warcio";
import { ARTICLES } from "./corpus/articles.js";
import type { ArticleSpec, Outlet } from "./corpus/model.js";
import { OUTLETS, STORIES } from "./corpus/outlets.js";
import { expectedText, hashNum, type PageContext, renderHtml, renderRecord, renderText } from "./corpus/render.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where the corpus lives; every file under its generated folders is written by `buildCorpus`. */
export const CORPUS_DIR = path.join(ROOT, "examples", "corpus");
/** Sub-folders that hold only generated files (the generator clears them before writing). */
export const GENERATED_DIRS = ["input", "expected"];
const OUT = CORPUS_DIR;

/** One expected output per article: what `readInputs` + `extractArticle` must produce for it. */
export interface Expected {
  id: string;
  /** Input file, relative to examples/corpus/. */
  input: string;
  /** 1-based line (JSONL) or response-record index (WARC) inside `input`. */
  record?: number;
  format: "text" | "html" | "jsonl" | "warc";
  container: "file" | "gzip" | "jsonl" | "warc";
  encoding: "utf-8" | "windows-1256";
  url: string | null;
  title: string;
  publishedAt: string;
  outlet: string;
  byline: string | null;
  dateline: { place: string | null; agency: string | null } | null;
  text: string;
  story: string;
  touches: string[];
  /** Sentences the extracted body must contain (first and last body sentence). */
  with: string[];
  /** Chrome strings of this page that must not reach the body. */
  without: string[];
}

const outletOf = (a: ArticleSpec): Outlet => {
  const o = OUTLETS.find((x) => x.key === a.outlet);
  if (!o) throw new Error(`${a.id}: unknown outlet ${a.outlet}`);
  return o;
};

function urlOf(a: ArticleSpec, o: Outlet): string | null {
  const n = hashNum(a.id, 90000) + 10000;
  switch (o.key) {
    case "dijla":
      return `https://${o.host}/${a.date.replace(/-/g, "/")}/${a.slug}/`;
    case "marfa":
      return `https://${o.host}/article/${200000 + hashNum(a.id, 99999)}/${a.slug}`;
    case "wadi":
      return `http://${o.host}/news.php?id=${n}`;
    case "afaq":
      return `https://${o.host}/ar/node/${n}`;
    case "nile":
      return `https://${o.host}/news/${a.date.replace(/-/g, "")}/${a.slug}`;
    default:
      return null; // scraped text: the scraper kept no URL, only the site folder
  }
}

function sentences(p: string): string[] {
  return p.split(/(?<=[.؟!])\s+/u).filter((s) => s.trim() !== "");
}

function withSnippets(text: string): string[] {
  const paras = text.split("\n\n");
  const first = sentences(paras[0] ?? "")[0];
  const lastPara = paras[paras.length - 1] ?? "";
  const last = sentences(lastPara).at(-1);
  return [...new Set([first, last].filter((s): s is string => !!s))];
}

/**
 * A chrome string must never be a line of the body. Strings of this length or more must not occur in it at all,
 * unless the true body itself contains them (a site name quoted in the text): short ones such as "شارك" or "0"
 * occur inside ordinary words and numbers.
 */
export const SUBSTRING_MIN = 10;

function chromeOk(text: string, chrome: string): boolean {
  return !text.split("\n").some((l) => l.trim() === chrome.trim());
}

function related(a: ArticleSpec): string[] {
  const same = ARTICLES.filter((x) => x.outlet === a.outlet && x.id !== a.id);
  const key = (x: ArticleSpec): string => `${x.date}T${x.time}`;
  const before = same.filter((x) => key(x) < key(a)).sort((p, q) => key(q).localeCompare(key(p)));
  const after = same.filter((x) => key(x) >= key(a)).sort((p, q) => key(p).localeCompare(key(q)));
  return [...before, ...after].map((x) => x.title);
}

function uuidFrom(s: string): string {
  const h = createHash("sha1").update(s).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function* once(b: Uint8Array): AsyncGenerator<Uint8Array> {
  yield b;
}

/**
 * Renders the whole corpus in memory: relative path under examples/corpus/ → bytes. Pure and deterministic.
 *
 * @example
 * const files = await buildCorpus();
 * files.get("stories.json")?.toString("utf8"); // gold story membership
 */
export async function buildCorpus(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const put = (rel: string, data: string | Buffer): void => {
    if (files.has(rel)) throw new Error(`two outputs for ${rel}`);
    files.set(rel, typeof data === "string" ? Buffer.from(data, "utf8") : data);
  };
  const expected: Expected[] = [];
  const jsonl = new Map<string, { line: string; a: ArticleSpec }[]>();
  const warc: { a: ArticleSpec; html: string; url: string }[] = [];
  const sorted = [...ARTICLES].sort((p, q) => `${p.date}T${p.time}`.localeCompare(`${q.date}T${q.time}`));
  const ids = new Set<string>();

  for (const a of sorted) {
    if (ids.has(a.id)) throw new Error(`duplicate article id ${a.id}`);
    ids.add(a.id);
    if (!STORIES.some((s) => s.id === a.story)) throw new Error(`${a.id}: unknown story ${a.story}`);
    const o = outletOf(a);
    const url = urlOf(a, o);
    const ctx: PageContext = { outlet: o, url: url ?? "", related: related(a) };
    const text = expectedText(a);
    let input: string;
    let record: number | undefined;
    let chrome: string[] = [];
    let container: Expected["container"] = "file";
    let encoding: Expected["encoding"] = "utf-8";
    if (o.format === "text") {
      const r = renderText(a, ctx);
      chrome = r.chrome;
      if (a.variant === "gzip") {
        input = `input/text/${o.host}/${a.slug}.txt.gz`;
        put(input, gzipSync(Buffer.from(r.content, "utf8"), { level: 9 }));
        container = "gzip";
      } else {
        input = `input/text/${o.host}/${a.slug}.txt`;
        put(input, r.content);
      }
    } else if (o.format === "html") {
      const r = renderHtml(a, ctx);
      chrome = r.chrome;
      if (a.variant === "cp1256") {
        input = `input/cp1256/${o.host}/${a.slug}.html`;
        const bytes = iconv.encode(r.content, "windows-1256");
        if (iconv.decode(bytes, "windows-1256") !== r.content)
          throw new Error(`${a.id}: text is not representable in windows-1256`);
        put(input, bytes);
        encoding = "windows-1256";
      } else {
        input = `input/html/${o.host}/${a.slug}.html`;
        put(input, r.content);
      }
    } else if (o.format === "jsonl") {
      input = `input/jsonl/${o.host}-2025-04.jsonl`;
      const lines = jsonl.get(input) ?? [];
      lines.push({ line: JSON.stringify(renderRecord(a, ctx)), a });
      jsonl.set(input, lines);
      record = lines.length;
      container = "jsonl";
      // A record's chrome is nothing but the dateline glued to its first line.
    } else {
      const r = renderHtml(a, ctx);
      chrome = r.chrome;
      input = `input/warc/${o.host}-2025-04.warc`;
      warc.push({ a, html: r.content, url: url! });
      record = warc.length;
      container = "warc";
    }
    if (a.dateline) chrome = [...chrome, a.dateline.raw];
    if (a.byline && a.byline.printed !== a.byline.name) chrome = [...chrome, a.byline.printed];
    const without = [...new Set(chrome)].filter((c) => c.trim() !== "");
    for (const c of without)
      if (!chromeOk(text, c)) throw new Error(`${a.id}: chrome string ${JSON.stringify(c)} occurs in the body`);
    expected.push({
      id: a.id,
      input,
      ...(record !== undefined ? { record } : {}),
      format: o.format,
      container,
      encoding,
      url,
      title: a.title,
      publishedAt: a.date,
      outlet: o.host,
      byline: a.byline?.name ?? null,
      dateline: a.dateline
        ? { place: a.dateline.place, agency: a.dateline.agency }
        : a.bylinePlace
          ? { place: a.bylinePlace, agency: null }
          : null,
      text,
      story: a.story,
      touches: a.touches ?? [],
      with: withSnippets(text),
      without,
    });
  }

  for (const [rel, lines] of jsonl) put(rel, `${lines.map((l) => l.line).join("\n")}\n`);

  if (warc.length > 0) {
    const host = outletOf(warc[0]!.a).host;
    const rel = `input/warc/${host}-2025-04.warc`;
    const chunks: Uint8Array[] = [];
    const info = WARCRecord.createWARCInfo(
      {
        filename: path.basename(rel),
        warcVersion: "WARC/1.1",
        date: "2025-04-28T06:00:00Z",
        warcHeaders: { "WARC-Record-ID": `<urn:uuid:${uuidFrom(`${rel}#info`)}>` },
      },
      { software: "marsad make-corpus (warcio.js)", format: "WARC File Format 1.1", isPartOf: "marsad-sample-corpus" },
    );
    chunks.push(await WARCSerializer.serialize(info));
    for (const { a, html, url } of warc) {
      const body = Buffer.from(html, "utf8");
      const rec = WARCRecord.create(
        {
          url,
          date: `${nextDay(a.date)}T06:${String(10 + hashNum(a.id, 40)).padStart(2, "0")}:00Z`,
          type: "response",
          warcVersion: "WARC/1.1",
          warcHeaders: { "WARC-Record-ID": `<urn:uuid:${uuidFrom(`${rel}#${url}`)}>` },
          httpHeaders: {
            "Content-Type": "text/html; charset=utf-8",
            "Content-Length": String(body.length),
            Server: "nginx",
          },
        },
        once(body),
      );
      chunks.push(await WARCSerializer.serialize(rec));
    }
    put(rel, Buffer.concat(chunks.map((c) => Buffer.from(c))));
  }

  for (const e of expected) put(`expected/${e.id}.json`, `${JSON.stringify(e, null, 2)}\n`);
  put("stories.json", `${JSON.stringify(storiesJson(expected), null, 2)}\n`);
  put("README.md", readme(expected));

  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const files = await buildCorpus();
  const articles = [...files.keys()].filter((k) => k.startsWith("expected/")).length;
  if (check) {
    let bad = 0;
    for (const [rel, data] of files) {
      const p = path.join(OUT, rel);
      if (!existsSync(p) || !readFileSync(p).equals(data)) {
        console.error(`differs: examples/corpus/${rel}`);
        bad++;
      }
    }
    if (bad > 0) process.exit(1);
    console.log(`examples/corpus: ${files.size} files reproduced byte for byte`);
    return;
  }
  for (const sub of GENERATED_DIRS) rmSync(path.join(OUT, sub), { recursive: true, force: true });
  for (const [rel, data] of files) {
    const p = path.join(OUT, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, data);
  }
  console.log(`examples/corpus: wrote ${files.size} files for ${articles} articles`);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function storiesJson(expected: Expected[]): unknown {
  return {
    description:
      "Gold story membership of the Marsad sample corpus. Each article belongs to one story; a roundup also lists the stories it touches. Stories of one thread are different events of one storyline and must stay separate stories.",
    threads: [...new Set(STORIES.map((s) => s.thread))].map((t) => ({
      id: t,
      stories: STORIES.filter((s) => s.thread === t).map((s) => s.id),
    })),
    stories: STORIES.map((s) => ({
      id: s.id,
      thread: s.thread,
      label: s.label,
      articles: expected.filter((e) => e.story === s.id).map((e) => e.id),
      touchedBy: expected.filter((e) => e.touches.includes(s.id)).map((e) => e.id),
    })),
    copies: [...new Set(ARTICLES.map((a) => a.copyOf).filter((c): c is string => !!c))].map((family) => ({
      family,
      articles: ARTICLES.filter((a) => a.copyOf === family).map((a) => ({ id: a.id, edits: a.edits ?? "" })),
    })),
    articles: Object.fromEntries(
      expected.map((e) => [
        e.id,
        {
          input: e.input,
          ...(e.record !== undefined ? { record: e.record } : {}),
          url: e.url,
          outlet: e.outlet,
          publishedAt: e.publishedAt,
          story: e.story,
          touches: e.touches,
        },
      ]),
    ),
  };
}

function readme(expected: Expected[]): string {
  const by = <K extends string>(f: (e: Expected) => K): Map<K, number> => {
    const m = new Map<K, number>();
    for (const e of expected) m.set(f(e), (m.get(f(e)) ?? 0) + 1);
    return m;
  };
  const rows = (m: Map<string, number>): string =>
    [...m]
      .sort()
      .map(([k, v]) => `| ${k} | ${v} |`)
      .join("\n");
  const outletRows = OUTLETS.map((o) => {
    const n = expected.filter((e) => e.outlet === o.host).length;
    return `| ${o.name} | \`${o.host}\` | ${o.format === "html" || o.format === "warc" ? `${o.format} (${o.style})` : o.format} | ${o.months} | ${n} |`;
  }).join("\n");
  return `# Marsad sample corpus

${expected.length} short Arabic news articles written for Marsad, in every input format Marsad reads, with the
clean output the extractor must produce for each. **Everything here is fiction**: the outlets, their sites (hosts
under the reserved \`.example\` TLD), the people and the events were invented for this corpus. Real city names and
real news agencies (واع، شينخوا، واس، وات، أ ش أ) appear only as places and credited sources; no text was copied or
paraphrased from any real article. License: the same as the project (MIT).

Do not edit these files by hand: they are generated by \`npx tsx scripts/make-corpus.ts\` from the structured
articles in \`scripts/corpus/\` (the source of truth), and \`npx tsx scripts/make-corpus.ts --check\` verifies that
the committed files are reproduced byte for byte.

## Layout

| path | what |
| --- | --- |
| \`input/text/<host>/*.txt\` | pages as a naive text scraper saves them: title line, chrome lines (counters, \`news-picture\`, \`مشاركة :\`, \`شارك\`, \`شروط النشر\`, comment rules, newsletter prompts, \`الأكثر قراءة\`, \`مواضيع ذات صلة\`, \`اقرأ أيضا\` with related headlines, \`آخر تحديث\`, bare numbers, copyright), body with subheadings. The folder is the site's host, as scrapers save \`site/page.txt\`: it is the outlet. |
| \`input/text/almanara.example/*.txt.gz\` | one scraped page gzipped |
| \`input/html/<host>/*.html\` | three site templates: WordPress-like (\`dijla-gate.example\`: meta dates, share bar, inline related box, ad slot, sidebar, comments), React/Next-like (\`almarfa.example\`: JSON-LD NewsArticle, hashed class names, Hijri + Gregorian visible date), legacy table layout (\`alwadi.example\`: no \`dir\`, no meta dates, \`<br><br>\` paragraphs, Levantine visible date only) |
| \`input/cp1256/alwadi.example/*.html\` | one table-layout page in windows-1256 **without any charset declaration** |
| \`input/jsonl/nile-post.example-2025-04.jsonl\` | an export with one record per line: \`title, text, url, source, date\` (+ \`author\`); dates in ISO 8601, RFC 2822 (\`Thu, 24 Apr 2025 15:30:00 +0200\`) or local time without offset |
| \`input/warc/afaq-arabia.example-2025-04.warc\` | a WARC 1.1 crawl (warcinfo + HTML response records) of a fourth template, Drupal-like (\`<time>\`, \`dcterms.date\`, body split around an inline box); WARC-Date is the crawl (the next morning), not the publication |
| \`expected/<id>.json\` | the expected extraction of each article (below) |
| \`stories.json\` | gold story and thread membership, agency copy families with their edits |

## Expected output (\`expected/<id>.json\`)

\`input\` (relative to this folder) and \`record\` (1-based JSONL line or WARC response index), \`url\`, and what
\`extractArticle\` must return: \`title\` (headline without site name), \`publishedAt\` (\`YYYY-MM-DD\`, the outlet's
local date), \`outlet\` (the URL host, or the record's \`source\`, or the scraped site's folder), \`byline\` (as printed
without its cue word: \`كتب: X\` → \`X\`, \`بقلم: X\` → \`X\`; \`نور الهدى كاظم، وكالات (بغداد)\` → byline
\`نور الهدى كاظم، وكالات\` with dateline place \`بغداد\`; null when none), \`dateline\` (\`{place, agency}\` of
the dateline cut off the first paragraph, or null; \`آفاق من لندن:\` is the outlet's own desk, so its agency is null),
\`text\` (the clean body: paragraphs and subheadings joined by a blank line, dateline and byline removed),
\`story\`/\`touches\`, \`with\` (first and last body sentence) and \`without\` (this page's chrome strings: none may be
a line of the body, and those of ${SUBSTRING_MIN}+ characters must not occur in it at all unless the true body contains
them, as a site name quoted in the text).

\`test/golden/corpus.test.ts\` runs every input through \`readInputs\` and \`extractArticle\` (outlet templates learnt
from the whole batch first, as \`marsad ingest\` does) and compares; \`corpus-content.test.ts\` checks that the
traps below are still in the corpus; \`corpus-reproducible.test.ts\` that the committed files are the generator's.

## Counts

Outlets:

| outlet | host | format | month names | articles |
| --- | --- | --- | --- | --- |
${outletRows}

Per input format:

| format | articles |
| --- | --- |
${rows(by((e) => (e.container === "gzip" ? "text (gzip)" : e.encoding === "windows-1256" ? "html (windows-1256)" : e.format)))}

Per story (thread in brackets):

| story | articles |
| --- | --- |
${rows(by((e) => `${e.story} [${STORIES.find((s) => s.id === e.story)?.thread}]`))}

## What later stages are measured on

- **Agency copies with small edits** (\`stories.json\` → \`copies\`): the واع summit report in four outlets (verbatim;
  الإستراتيجي → الاستراتيجي with curly quotes; two paragraphs dropped; one sentence reworded with straight quotes), the
  واع Ankara report in two, the شينخوا flood report in three (month name changed in the dateline, a sentence reworded,
  a paragraph dropped), the واس final in three, the وات strike report in two, the أ ش أ campaign report in two
  (Arabic-Indic digits turned ASCII).
- **Two events of one storyline sharing a pasted paragraph**: the واع reports on the Ankara talks (20 April) and the
  Baghdad summit (23 April) repeat the same background paragraph; they are different stories of the \`water\` thread.
- **A roundup carrying two stories**: \`nile-evening-roundup\` (main story: the summit; touches: the Radès strike).
- **One sentence worded differently**: «العراق يقدر عاليا التعاون مع "الناتو"…» (\`rafidain-nato\`) vs «العراق يقدر عاليا
  التعاون مع منظمة حلف شمال الأطلسي…» (\`afaq-nato\`), and a partial «يقدر عاليا التعاون مع الناتو» (\`dijla-nato\`);
  a truncated quote of the summit speech (\`dhifaf-water-summit\`).
- **Quotes**: « » “ ” " marks, colon quotes, quotes after reporting verbs, continuation (وأضاف، مضيفا، وتابع),
  relayed speech (نقلت وكالة الأنباء العراقية عن … قوله، ونقل البيان عن … قوله), organisations (قالت وزارة النقل في بيان),
  anonymous sources (مصدر مطلع، مصدر حكومي مطلع).
- **Entities with aliases**: سالم عبد الرضا الكناني → الكناني → رئيس الحكومة العراقية; حلف شمال الأطلسي = الناتو = حلف الناتو
  = الأطلسي; ماركو بيليني → بيليني; حاتم بن سالم → بن سالم; a hashtag name (#سيول_الزاب).
- **Numbers reported differently**: strikers (3000 vs 2800), containers (1200 / 1500 / 1800), trainees (2500 vs 2000),
  flood deaths (6 vs 7), attendance (58 ألف vs 61 ألف), vaccinated children (11.6 vs 11.2 مليون), water reserves (40% vs
  35 في المئة); digits in both scripts (٨٫٤ مليون، ٩٦٫٧٪), percentages (%، ٪، بالمئة، بالمائة، في المئة).
- **Dates**: relative (اليوم، أمس، الأربعاء الماضي، الإثنين الماضي، السبت الماضي، الخميس الماضي، العام الماضي، الشهر المقبل،
  الأربعاء المقبل), absolute in
  three month systems (نيسان، أبريل، أفريل، جويلية، أوت، ماي) and one Hijri (27 شوال 1446هـ), and an ambiguous
  numeric date line: \`almanara.example\` prints M/D/Y counters, and \`• 4/12/2025 •\` is 12 April (the text says
  \`اليوم (السبت)\`; 4 December 2025 is a Thursday).
- **Bylines and datelines**: \`كتب: …\`, \`بقلم: …\`, \`نور الهدى كاظم، وكالات (بغداد)\`, \`وكالات\`; \`بغداد 27 أبريل 2025 (شينخوا)\`,
  \`الرياض - واس:\`, \`الرياض (واس) -\`, \`بغداد/ واع:\`, \`تونس (وات) -\`, \`القاهرة - أ ش أ:\`, \`آفاق من لندن:\`.
`;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
