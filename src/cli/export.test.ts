import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { buildLedger, type LedgerInput } from "../annotate/ledger.js";
import type { Article, Quote, Story } from "../model/types.js";
import { ARTICLE_TABLE, csvField, QUOTE_TABLE, quoteReports, STORY_TABLE, writeExport } from "./export.js";

function article(i: number): Article {
  return {
    id: `a${i}`,
    path: "test.jsonl",
    source: `test.jsonl:${i + 1}`,
    outlet: "example.com",
    title: `عنوان ${i}`,
    text: `نص الخبر رقم ${i}، وفيه "علامات" وفواصل.`,
    removed: [],
    messages: [],
  };
}

async function* articles(n: number, onEach?: () => void): AsyncGenerator<Article> {
  for (let i = 0; i < n; i++) {
    onEach?.();
    yield article(i);
  }
}

/** A writer that holds one byte and answers later: every write fills its buffer. */
function slowWriter(got: string[], failAt = Number.POSITIVE_INFINITY): Writable {
  let k = 0;
  return new Writable({
    highWaterMark: 1,
    write(chunk, _enc, cb) {
      got.push(String(chunk));
      setImmediate(() => cb(++k >= failAt ? new Error("no space left on device") : null));
    },
  });
}

describe("writeExport", () => {
  it("writes every article through a slow writer without piling up listeners", async () => {
    const got: string[] = [];
    const out = slowWriter(got);
    const listeners: number[] = [];
    const n = await writeExport(
      articles(40, () => listeners.push(out.listenerCount("error") + out.listenerCount("drain"))),
      "jsonl",
      out,
      ARTICLE_TABLE,
    );
    expect(n).toBe(40);
    expect(
      got
        .join("")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(Array.from({ length: 40 }, (_, i) => `a${i}`));
    // The same few listeners at the last article as at the first (the old loop added one per write).
    expect(Math.max(...listeners)).toBeLessThanOrEqual(listeners[0]! + 2);
    expect(out.writableEnded).toBe(false);
  });

  it("writes CSV with a BOM and quotes fields that need it", async () => {
    const got: string[] = [];
    await writeExport(articles(2), "csv", slowWriter(got), ARTICLE_TABLE);
    const text = got.join("");
    expect(text.startsWith("\ufeffid,outlet,url,publishedAt,title")).toBe(true);
    expect(text).toContain(csvField('نص الخبر رقم 1، وفيه "علامات" وفواصل.'));
    expect(text.split("\r\n")).toHaveLength(4);
  });

  it("rejects when the output fails", async () => {
    await expect(writeExport(articles(20), "jsonl", slowWriter([], 5), ARTICLE_TABLE)).rejects.toThrow("no space left");
  });
});

describe("quote and story tables", () => {
  const report = (article: string, outlet: string, publishedAt: string, text: string): LedgerInput => {
    const quote: Quote = {
      start: 10,
      end: 10 + text.length,
      text,
      speaker: "الكناني",
      speakerEntity: "per_kinani",
      cue: "وقال",
      kind: "indirect",
      resolution: "explicit",
      confidence: 0.9,
    };
    return { article, outlet, publishedAt, quote };
  };

  it("writes one row per outlet's report, with its utterance and whether it was cut or reworded", async () => {
    const ledger = buildLedger([
      report("a1", "rafidain", "2025-04-23", "العراق لن يقبل بعد اليوم أن يدفع وحده ثمن شح المياه"),
      report("a2", "dhifaf", "2025-04-23T18:00:00Z", "بلاده لن تقبل بعد اليوم أن تدفع وحدها ثمن شح المياه"),
      report("a3", "almarfa", "2025-04-24", "الحكومة ستطلق مشروعا وطنيا لتحديث أنظمة الري في المحافظات"),
    ]);
    const rows = quoteReports(ledger);
    expect(rows.map((r) => [r.article, r.utterance, r.reworded])).toEqual([
      ["a1", "a1:10", false],
      ["a2", "a1:10", true],
      ["a3", "a3:10", false],
    ]);
    const got: string[] = [];
    await writeExport(rows, "csv", slowWriter(got), QUOTE_TABLE);
    const lines = got.join("").split("\r\n");
    expect(lines[0]).toBe(`\ufeff${QUOTE_TABLE.columns.join(",")}`);
    expect(lines[2]).toBe(
      "a1:10,a2,dhifaf,2025-04-23T18:00:00Z,الكناني,الكناني,per_kinani,indirect,explicit,وقال,,false,false,true,10,61," +
        "بلاده لن تقبل بعد اليوم أن تدفع وحدها ثمن شح المياه",
    );
  });

  it("writes a story's members and its outlets with the time each first carried it", async () => {
    const story: Story = {
      id: "s-1",
      articles: ["a1", "a2"],
      touching: [],
      headline: "قمة المياه في بغداد: تفاهمات مؤقتة",
      summary: ["جملة أولى.", "جملة ثانية."],
      thread: "t-1",
      outlets: [
        { outlet: "rafidain", firstSeen: "2025-04-23" },
        { outlet: "dhifaf", firstSeen: null },
      ],
      firstSeen: "2025-04-23",
      lastSeen: "2025-04-24",
    };
    const got: string[] = [];
    await writeExport([story], "csv", slowWriter(got), STORY_TABLE);
    expect(got.join("").split("\r\n")[1]).toBe(
      "s-1,t-1,قمة المياه في بغداد: تفاهمات مؤقتة,2025-04-23,2025-04-24,a1 a2,rafidain 2025-04-23; dhifaf,جملة أولى. جملة ثانية.",
    );
  });
});
