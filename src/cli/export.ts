import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { LedgerEntry, LedgerVariant } from "../annotate/ledger.js";
import type { Article, Story } from "../model/types.js";

/** A value a CSV cell holds: absent values are empty cells. */
type Cell = string | number | boolean | null | undefined;

/** What an export writes of one record: its CSV columns, in order, and their values. */
export interface ExportTable<T> {
  columns: readonly string[];
  row(x: T): Cell[];
}

/** Articles: metadata and the clean text. */
export const ARTICLE_TABLE: ExportTable<Article> = {
  columns: ["id", "outlet", "url", "publishedAt", "title", "byline", "datelinePlace", "datelineAgency", "text"],
  row: (a) => [
    a.id,
    a.outlet,
    a.url,
    a.publishedAt?.value,
    a.title,
    a.byline,
    a.dateline?.place,
    a.dateline?.agency,
    a.text,
  ],
};

/**
 * One outlet's report of an utterance: a quote with the ledger entry it belongs to (`utterance`, the entry's id)
 * and the name the entry gives its speaker across outlets.
 */
export interface QuoteReport extends LedgerVariant {
  utterance: string;
  utteranceSpeaker: string | null;
}

/** The reports of a quote ledger, entry by entry (first seen first), each entry's reports in time order. */
export function quoteReports(ledger: readonly LedgerEntry[]): QuoteReport[] {
  return ledger.flatMap((e) => e.variants.map((v) => ({ ...v, utterance: e.id, utteranceSpeaker: e.speaker })));
}

/**
 * Quotes: one row per outlet's report, grouped into utterances, with the speaker as the outlet names them and as
 * the ledger does, and whether the wording was cut or changed against the utterance's fullest one.
 */
export const QUOTE_TABLE: ExportTable<QuoteReport> = {
  columns: [
    "utterance",
    "article",
    "outlet",
    "publishedAt",
    "speaker",
    "utteranceSpeaker",
    "speakerEntity",
    "kind",
    "resolution",
    "cue",
    "via",
    "anonymous",
    "truncated",
    "reworded",
    "start",
    "end",
    "text",
  ],
  row: (r) => [
    r.utterance,
    r.article,
    r.outlet,
    r.publishedAt,
    r.quote.speaker,
    r.utteranceSpeaker,
    r.quote.speakerEntity,
    r.quote.kind,
    r.quote.resolution,
    r.quote.cue,
    r.quote.via,
    r.quote.anonymous === true,
    r.truncated,
    r.reworded,
    r.quote.start,
    r.quote.end,
    r.quote.text,
  ],
};

/** Stories: headline, thread, time span, members, and outlets with the time each first carried it. */
export const STORY_TABLE: ExportTable<Story> = {
  columns: ["id", "thread", "headline", "firstSeen", "lastSeen", "articles", "outlets", "summary"],
  row: (s) => [
    s.id,
    s.thread,
    s.headline,
    s.firstSeen,
    s.lastSeen,
    s.articles.join(" "),
    s.outlets.map((o) => (o.firstSeen ? `${o.outlet} ${o.firstSeen}` : o.outlet)).join("; "),
    s.summary.join(" "),
  ],
};

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvRow(cells: Cell[]): string {
  return `${cells.map((c) => csvField(c === null || c === undefined ? "" : String(c))).join(",")}\r\n`;
}

/**
 * Streams records as JSON lines (each record whole) or CSV (the table's columns, with a BOM so spreadsheet tools
 * read the Arabic as UTF-8); returns the count. `out` is not ended (it may be standard output). A failing `out`
 * (disk full, closed pipe) rejects.
 *
 * @example
 * const n = await writeExport(store.articles(), "csv", createWriteStream("all.csv"), ARTICLE_TABLE);
 */
export async function writeExport<T>(
  records: AsyncIterable<T> | Iterable<T>,
  format: "jsonl" | "csv",
  out: Writable,
  table: ExportTable<T>,
): Promise<number> {
  let n = 0;
  async function* lines(): AsyncGenerator<string> {
    if (format === "csv") yield `\ufeff${table.columns.join(",")}\r\n`;
    for await (const x of records) {
      yield format === "csv" ? csvRow(table.row(x)) : `${JSON.stringify(x)}\n`;
      n++;
    }
  }
  // pipeline waits for drain and cleans up its listeners; the hand-written loop before it added an
  // 'error' listener at every full buffer and never removed it (MaxListenersExceededWarning on a
  // large export to a pipe).
  await pipeline(Readable.from(lines()), out, { end: false });
  return n;
}
