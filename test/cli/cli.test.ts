import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import AjvModule from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import type { Story } from "../../src/model/types.js";
import { REBUILD_STATE } from "../../src/reanalysis.js";
import { openStore } from "../../src/store/index.js";
import { REPO, runCli, startCli } from "./run-cli.js";

const schema = JSON.parse(readFileSync(join(REPO, "schema/analyze.schema.json"), "utf8"));

/** Invented articles (written for these tests). */
const ARTICLE_A = [
  "وزير الري يفتتح محطة جديدة لمعالجة المياه في الحلة",
  "مشاركة :",
  "افتتح وزير الموارد المائية صباح اليوم محطة جديدة لمعالجة المياه في مدينة الحلة بطاقة تبلغ عشرين ألف متر مكعب يوميا.",
  "وقال الوزير في كلمة خلال الافتتاح إن المحطة ستخدم أكثر من مئة ألف نسمة في المدينة والقرى المحيطة بها.",
  "وأضاف أن الوزارة تعمل على إنشاء ثلاث محطات أخرى قبل نهاية العام الجاري ضمن الخطة الاستراتيجية للمياه.",
  "جميع التعليقات المنشورة تعبر عن رأي كتابها",
].join("\n");
const ARTICLE_B = [
  "انطلاق مهرجان الكتاب السنوي في البصرة بمشاركة مئتي دار نشر",
  "انطلقت مساء أمس فعاليات مهرجان الكتاب السنوي في البصرة بمشاركة مئتي دار نشر عربية وأجنبية وحضور جمهور واسع.",
  "وأكد رئيس اللجنة المنظمة أن الدورة الحالية تشهد أكبر عدد من العناوين الجديدة منذ تأسيس المهرجان قبل عشر سنوات.",
  "ويستمر المهرجان عشرة أيام تتخللها ندوات فكرية وأمسيات شعرية وورش للأطفال في قاعات متعددة.",
].join("\n");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  writeFileSync(join(dir, "a.txt"), ARTICLE_A);
  writeFileSync(join(dir, "b.txt"), ARTICLE_B);
});

describe("marsad ingest", () => {
  it("stores articles once and reports new, then unchanged", () => {
    const db = join(dir, "once.db");
    const first = runCli(["ingest", "--db", db, "--json", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ read: 2, new: 2, unchanged: 0, failed: [] });
    const again = runCli(["ingest", "--db", db, "--json", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(again.code).toBe(0);
    const s = JSON.parse(again.stdout);
    expect(s.new).toBe(0);
    expect(s.read + s.skippedFiles * 1).toBeGreaterThan(0);
  });

  it("names every bad input, stores the good ones and exits 1", () => {
    const bad = mkdtempSync(join(tmpdir(), "marsad-bad-"));
    writeFileSync(join(bad, "good.txt"), ARTICLE_A);
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(join(bad, "binary.bin"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 0, 7, 8, 0, 0]));
    writeFileSync(
      join(bad, "cut.jsonl.gz"),
      gzipSync(Buffer.from(`{"title":"x","text":"${"نص ".repeat(300)}"}\n`)).subarray(0, 40),
    );
    writeFileSync(
      join(bad, "records.jsonl"),
      `${JSON.stringify({ title: "عنوان الخبر الأول", text: ARTICLE_B.split("\n").slice(1).join("\n"), source: "outlet-b" })}\n{"title": "broken\n`,
    );
    const db = join(bad, "bad.db");
    const r = runCli(["ingest", "--db", db, "--json", bad]);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.new).toBe(2);
    const sources = s.failed.map((f: { source: string }) => f.source).join("\n");
    expect(sources).toContain("empty.txt");
    expect(sources).toContain("binary.bin");
    expect(sources).toContain("cut.jsonl.gz");
    expect(sources).toContain("records.jsonl:2");
    const codes = s.failed.map((f: { code: string }) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(["ERR_READ_EMPTY", "ERR_READ_BINARY", "ERR_READ_GZIP", "ERR_READ_JSON"]),
    );
    // Nothing already stored is lost or duplicated by a second run over the same bad folder.
    const again = JSON.parse(runCli(["ingest", "--db", db, "--json", bad]).stdout);
    expect(again.new).toBe(0);
  });

  it("says clearly when a path does not exist, and reads the others", () => {
    const r = runCli(["ingest", "--db", join(dir, "x.db"), join(dir, "nope.txt"), join(dir, "a.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("nope.txt");
    expect(r.stdout).toContain("ERR_READ_NOT_FOUND");
    expect(r.stdout).toMatch(/new 1/);
  });
});

describe("marsad search, show, export", () => {
  const db = () => join(dir, "search.db");
  beforeAll(() => {
    runCli(["ingest", "--db", db(), join(dir, "a.txt"), join(dir, "b.txt")]);
  });

  it("finds Arabic spelling variants and attached clitics", () => {
    for (const q of ["الإستراتيجية", "والاستراتيجيه", "المحطه", "بمحطة"]) {
      const r = runCli(["search", "--db", db(), "--json", q]);
      expect(r.code, r.stderr).toBe(0);
      const hits = JSON.parse(r.stdout);
      expect(hits.length, q).toBeGreaterThan(0);
      expect(hits[0].title).toContain("وزير الري");
    }
  });

  it("shows an article by id prefix and exports JSONL and CSV", () => {
    const hits = JSON.parse(runCli(["search", "--db", db(), "--json", "مهرجان"]).stdout);
    const id: string = hits[0].id;
    const shown = runCli(["show", "--db", db(), "--json", id.slice(0, 8)]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).title).toContain("مهرجان الكتاب");
    const jsonl = runCli(["export", "--db", db(), "--format", "jsonl"]);
    expect(jsonl.stdout.trim().split("\n")).toHaveLength(2);
    const csv = runCli(["export", "--db", db(), "--format", "csv"]);
    expect(csv.stdout.startsWith("\ufeffid,outlet,url,publishedAt,title")).toBe(true);
    expect(csv.stdout).toContain("مهرجان الكتاب");
  });

  it("stops quietly when the reader closes the pipe early (marsad export | head)", async () => {
    for (const args of [
      ["export", "--db", db()],
      ["search", "--db", db(), "مهرجان"],
      ["stories", "--db", db()],
    ]) {
      const child = startCli(args);
      // The reader is gone before the command writes its first line (the CLI takes a while to start).
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      const code = await new Promise((resolve) => child.once("close", resolve));
      expect(stderr, args[0]).not.toContain("EPIPE");
      expect(code, `${args[0]}: ${stderr}`).toBe(0);
    }
  });

  it("rejects a --since that is not YYYY-MM-DD, and says when filters match no story", () => {
    for (const args of [
      ["stories", "--since", "14/03/2018"],
      ["export", "--since", "2024-02-30"],
    ]) {
      const r = runCli([...args, "--db", db()]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("YYYY-MM-DD");
      expect(r.stdout).toBe("");
    }
    const none = runCli(["stories", "--db", db(), "--outlet", "no-such-outlet"]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("no stories match --outlet no-such-outlet; outlets in the store:");
    expect(none.stdout).not.toContain("ingest some articles first");
  });

  it("analyses articles stored with --no-analysis when asked to: marsad reanalyze", () => {
    const store = join(dir, "later.db");
    const stored = runCli(["ingest", "--db", store, "--no-analysis", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(stored.code).toBe(0);
    expect(stored.stdout).toContain("2 stored articles are not analysed (stored with --no-analysis)");
    const before = runCli(["stories", "--db", store]);
    expect(before.stdout).toContain("marsad reanalyze analyses every stored article");
    expect(before.stdout).not.toContain("ingest some articles first");

    const done = runCli(["reanalyze", "--db", store, "--json"]);
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({
      analysed: 2,
      resumedAfter: 0,
      storiesOpened: 2,
      interrupted: false,
    });
    const stories = runCli(["stories", "--db", store]);
    expect(stories.stdout).toContain("وزير الري يفتتح محطة جديدة لمعالجة المياه في الحلة");
    expect(stories.stdout).toContain("انطلاق مهرجان الكتاب السنوي في البصرة");
    const again = runCli(["ingest", "--db", store, join(dir, "a.txt")]);
    expect(again.stdout).not.toContain("not analysed");
    expect(again.stdout).not.toContain("earlier Marsad");
  });

  it("says when the stories listed are those of an unfinished rebuild", async () => {
    const path = join(dir, "rebuilding.db");
    expect(runCli(["ingest", "--db", path, join(dir, "a.txt"), join(dir, "b.txt")]).code).toBe(0);
    const store = openStore(path);
    await store.setState(REBUILD_STATE, { phase: "analysing", startedAt: "2026-12-07T10:00:00.000Z", done: 1 });
    await store.close();
    const listed = runCli(["stories", "--db", path]);
    expect(listed.stdout.split("\n")[0]).toContain("being rebuilt and has not finished: run marsad reanalyze");
    expect(listed.stdout).toContain("وزير الري يفتتح محطة جديدة");
  });

  it("reports an unknown id", () => {
    const r = runCli(["show", "--db", db(), "ffffffffffff"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ERR_NOT_FOUND");
  });
});

describe("marsad analyze --json", () => {
  it("prints one object that the JSON Schema accepts", () => {
    const r = runCli(["analyze", "--json", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const validate = new AjvModule.default({ allErrors: true }).compile(schema);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.articles).toHaveLength(2);
    expect(out.articles[0].path).toBe(join(dir, "a.txt"));
    expect(out.articles[0].text).not.toContain("مشاركة :");
    expect(out.articles[0].removed.map((r: { line: string }) => r.line)).toContain("مشاركة :");
  });

  it("validates against the schema on the sample corpus", () => {
    const r = runCli(["analyze", "--json", "examples/corpus/input"]);
    const out = JSON.parse(r.stdout);
    const validate = new AjvModule.default({ allErrors: true }).compile(schema);
    expect(validate(out), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(out.articles.length).toBeGreaterThanOrEqual(40);
  });
});

describe("marsad annotate --jsonl", () => {
  it("writes each line back with its annotations and names bad lines", () => {
    const input = [
      JSON.stringify({ id: "x1", text: "قال الوزير إن المحطة ستخدم مئة ألف نسمة.", publishedAt: "2025-04-10" }),
      "{not json",
      JSON.stringify({ text: "بلا معرف" }),
    ].join("\n");
    const r = runCli(["annotate", "--jsonl"], { input });
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: "x1" });
    for (const key of ["entities", "quotes", "numbers", "dates"]) expect(Array.isArray(lines[0][key])).toBe(true);
    expect(r.stderr).toContain("stdin:2");
    expect(r.stderr).toContain("stdin:3");
    expect(r.stderr).toContain("field id");
  });
});

describe("marsad demo", () => {
  // One demo store for every check below (each CLI run starts a process: several per test, on a shared machine).
  let work: string;
  let demo: ReturnType<typeof runCli>;
  let stories: { id: string; headline: string }[];
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "marsad-demo-"));
    demo = runCli(["demo"], { cwd: work });
    stories = JSON.parse(runCli(["stories", "--json"], { cwd: work }).stdout);
  });

  it("ingests the sample corpus into a fresh store", () => {
    const r = demo;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/new \d+/);
    const m = /The store holds (\d+) articles from (\d+) outlets/.exec(r.stdout);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(40);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(6);
    // Quotes print once between marks (a span that carries its own « » is not wrapped again).
    expect(r.stdout).toMatch(/\d+ quotes; the first three/);
    expect(r.stdout).not.toContain("««");
    expect(r.stdout).toMatch(/cue: \S+ · (direct|indirect)/);
  });

  it("shows a speaker's quotes", () => {
    // «وأكد الوزير» after «طارق الجمال، وزير الصحة» is the minister's.
    const quotes = runCli(["quotes", "--speaker", "طارق الجمال"], { cwd: work });
    expect(quotes.code, quotes.stderr).toBe(0);
    expect(quotes.stdout).toContain("اللقاح آمن تماما");
    expect(quotes.stdout).not.toMatch(/««|»»/);
  });

  it("shows a story page: numbers reported differently, the timeline, who said what, whom it names", () => {
    // A story page shows the quantities its outlets report differently (containers stuck in the port).
    const strike = stories.find((s) => s.headline.includes("يومه الثاني"));
    expect(strike).toBeDefined();
    const page = runCli(["story", strike!.id], { cwd: work });
    expect(page.code, page.stderr).toBe(0);
    expect(page.stdout).toContain("Numbers reported differently");
    expect(page.stdout).toMatch(/1200 .*«1200 حاوية»/);
    expect(page.stdout).toMatch(/1500 .*«1500 حاوية»/);
    // And what happened when: the flood story's timeline starts with last Thursday's weather warning.
    const flood = stories.find((s) => s.headline.includes("سيول"));
    const floodPage = runCli(["story", flood!.id], { cwd: work }).stdout;
    const timeline = floodPage.slice(floodPage.indexOf("Timeline"));
    expect(timeline).toMatch(/^Timeline\n {2}2025-04-24 .*الخميس الماضي/);
    // Who said what in a story, most widely reported first, and whom it names: the water summit's prime minister
    // by his full name, quoted by six outlets, one of which rewords him.
    const summit = stories.find((s) => s.headline.includes("قمة المياه"));
    const summitPage = runCli(["story", summit!.id], { cwd: work }).stdout;
    const said = summitPage.slice(summitPage.indexOf("Who said what"), summitPage.indexOf("Named"));
    expect(said.split("\n")[1]).toMatch(
      /^ {2}سالم عبد الرضا الكناني {2}2025-04-23 · (?:\S+\.example، ){5}\S+\.example$/,
    );
    expect(said).toContain("«العراق لن يقبل بعد اليوم أن يدفع وحده ثمن شح المياه»");
    expect(said).toMatch(/dhifaf-news\.example \(reworded\): -\[العراق\] \+\[بلاده\]/);
    expect(summitPage).toMatch(/\n {2}People +سالم عبد الرضا الكناني \(8\)/);
    expect(summitPage).toMatch(/\n {2}Places +العراق \(8\)/);
  });

  it("shows a thread: its stories in time order, from a story id or the thread id", () => {
    // A storyline: the measles campaign's three stories over twelve days, in time order, from any of its stories.
    const measles = stories.filter((s) => s.headline.includes("الحصبة"));
    expect(measles).toHaveLength(3);
    const thread = runCli(["thread", measles[0]!.id], { cwd: work });
    expect(thread.code, thread.stderr).toBe(0);
    expect(thread.stdout).toMatch(/^Thread t-\S+\n3 stories · 2025-04-12 → 2025-04-24\n/);
    const order = [...thread.stdout.matchAll(/^ {2}(\d{4}-\d{2}-\d{2}) .*(s-[0-9a-f]+) · (\d+) articles?$/gm)];
    expect(order.map((m) => m[1])).toEqual(["2025-04-12", "2025-04-17", "2025-04-24"]);
    expect(new Set(order.map((m) => m[2]))).toEqual(new Set(measles.map((s) => s.id)));
    expect(thread.stdout).toMatch(/\n {2}People +.*طارق الجمال \(2\)/);
    const byThreadId = JSON.parse(runCli(["thread", order[0]![2]!, "--json"], { cwd: work }).stdout) as {
      thread: { id: string };
      stories: { id: string }[];
    };
    expect(runCli(["thread", byThreadId.thread.id], { cwd: work }).stdout).toBe(thread.stdout);
    // A story page says how many stories its thread holds, and how to list them.
    const page = runCli(["story", measles[0]!.id], { cwd: work }).stdout;
    expect(page.split("\n")[1]).toContain(`(3 stories: marsad thread ${measles[0]!.id})`);
    const missing = runCli(["thread", "s-nothing"], { cwd: work });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("no thread or story with id s-nothing");
  });

  it("exports quotes with their utterances, and stories", () => {
    // Exports for researchers: each outlet's report of a quote with its utterance, and the stories.
    const quoteCsv = runCli(["export", "--what", "quotes", "--format", "csv"], { cwd: work });
    expect(quoteCsv.code, quoteCsv.stderr).toBe(0);
    const rows = quoteCsv.stdout.split("\r\n").filter(Boolean);
    expect(rows[0]).toMatch(/^\ufeffutterance,article,outlet,publishedAt,speaker,utteranceSpeaker,/);
    const reworded = rows.find((r) => r.includes("dhifaf-news.example") && r.includes("تدفع وحدها ثمن شح المياه"));
    const original = rows.find((r) => r.includes("rafidain-today.example") && r.includes("العراق لن يقبل بعد اليوم"));
    expect(reworded?.split(",")[0]).toBe(original?.split(",")[0]);
    expect(reworded).toMatch(/,false,true,\d+,\d+,/);
    const storyLines = runCli(["export", "--what", "stories", "--outlet", "almarfa.example"], { cwd: work }).stdout;
    const exported = storyLines
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Story);
    expect(exported.length).toBeGreaterThan(0);
    for (const st of exported) expect(st.outlets.map((o) => o.outlet)).toContain("almarfa.example");
  });

  it("finds an entity by any of its names, with its stories", () => {
    // A surname seen before the full name is the same person, named by the full name.
    const kinani = runCli(["entity", "الكناني"], { cwd: work });
    expect(kinani.code, kinani.stderr).toBe(0);
    expect(kinani.stdout.split("\n")[0]).toContain("سالم عبد الرضا الكناني");
    expect(kinani.stdout).toContain("also: الكناني");
    // The stories whose articles name him, as his page lists them and as `stories --entity` filters them.
    expect(kinani.stdout).toMatch(/in \d+ stories, most recently seen first:\n(?: {4}.*\n)*? {4}قمة المياه في بغداد/);
    const nato = runCli(["stories", "--entity", "الناتو", "--json"], { cwd: work });
    expect(nato.code, nato.stderr).toBe(0);
    const natoStories = JSON.parse(nato.stdout) as { headline: string }[];
    expect(natoStories.map((s) => s.headline)).toContain(
      "رئيس الوزراء يبحث مع بعثة الناتو برامج تدريب القوات العراقية",
    );
    expect(natoStories.length).toBeLessThan(stories.length);
    // Part of a name: the one entity holding it is shown; several are listed to choose from.
    const stadium = runCli(["entity", "استاد", "الملك", "فهد"], { cwd: work });
    expect(stadium.code, stadium.stderr).toBe(0);
    expect(stadium.stdout.split("\n")[0]).toContain("استاد الملك فهد الدولي");
    const ministry = runCli(["entity", "وزارة"], { cwd: work });
    expect(ministry.code).not.toBe(0);
    expect(ministry.stderr).toMatch(/no entity named وزارة; names holding it: .*وزارة النقل \(ORG\)/);
  });
});
