import type { Writable } from "node:stream";
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

/** Streams articles as JSON lines or CSV (with a BOM so spreadsheet tools read the Arabic as UTF-8); returns the count. */
export async function writeExport(
  articles: AsyncIterable<Article>,
  format: "jsonl" | "csv",
  out: Writable,
): Promise<number> {
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.write(s)) resolve();
      else {
        out.once("drain", resolve);
        out.once("error", reject);
      }
    });
  if (format === "csv") await write(`\ufeff${CSV_COLUMNS.join(",")}\r\n`);
  let n = 0;
  for await (const a of articles) {
    await write(format === "csv" ? csvRow(a) : `${JSON.stringify(a)}\n`);
    n++;
  }
  return n;
}
