import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Article } from "../model/types.js";
import { csvField, writeExport } from "./export.js";

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
    await writeExport(articles(2), "csv", slowWriter(got));
    const text = got.join("");
    expect(text.startsWith("\ufeffid,outlet,url,publishedAt,title")).toBe(true);
    expect(text).toContain(csvField('نص الخبر رقم 1، وفيه "علامات" وفواصل.'));
    expect(text.split("\r\n")).toHaveLength(4);
  });

  it("rejects when the output fails", async () => {
    await expect(writeExport(articles(20), "jsonl", slowWriter([], 5))).rejects.toThrow("no space left");
  });
});
