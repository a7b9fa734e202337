import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Article } from "../model/types.js";

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  "id",
  "outlet",
  "url",
  "publishedAt",
  "title",
  "byline",
  "datelinePlace",
  "datelineAgency",
  "text",
] as const;

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvRow(a: Article): string {
  const values = [
    a.id,
    a.outlet,
    a.url ?? "",
    a.publishedAt?.value ?? "",
    a.title,
    a.byline ?? "",
    a.dateline?.place ?? "",
    a.dateline?.agency ?? "",
    a.text,
  ];
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * Streams articles as JSON lines or CSV (with a BOM so spreadsheet tools read the Arabic as UTF-8); returns the count.
 * `out` is not ended (it may be standard output). A failing `out` (disk full, closed pipe) rejects.
 *
 * @example
 * const n = await writeExport(store.articles(), "csv", createWriteStream("all.csv"));
 */
export async function writeExport(
  articles: AsyncIterable<Article>,
  format: "jsonl" | "csv",
  out: Writable,
): Promise<number> {
  let n = 0;
  async function* lines(): AsyncGenerator<string> {
    if (format === "csv") yield `\ufeff${CSV_COLUMNS.join(",")}\r\n`;
    for await (const a of articles) {
      yield format === "csv" ? csvRow(a) : `${JSON.stringify(a)}\n`;
      n++;
    }
  }
  // pipeline waits for drain and cleans up its listeners; the hand-written loop before it added an
  // 'error' listener at every full buffer and never removed it (MaxListenersExceededWarning on a
  // large export to a pipe).
  await pipeline(Readable.from(lines()), out, { end: false });
  return n;
}
