/**
 * Test helpers for the readers (used by the *.test.ts files here; not part of the public API).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { WARCRecord, WARCSerializer } from "warcio";
import type { RawDocument } from "../model/types.js";
import type { ReadItem } from "./types.js";

/** The folder of static reader fixtures. */
export const FIXTURES = fileURLToPath(new URL("../../test/fixtures/read/", import.meta.url));

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "marsad-read-"));
}

/** Collects an async generator. */
export async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** The documents of a list of items (throws if an item is not a document, with the failure in the message). */
export function docs(items: ReadItem[]): RawDocument[] {
  return items.map((i) => {
    if (i.kind !== "document") throw new Error(`expected a document, got ${i.code} at ${i.source}: ${i.message}`);
    return i.doc;
  });
}

/** The failures of a list of items, as `{source, code}` for compact assertions. */
export function failures(items: ReadItem[]): { source: string; code: string }[] {
  return items.flatMap((i) => (i.kind === "failed" ? [{ source: i.source, code: i.code }] : []));
}

export interface WarcResponse {
  url: string;
  body: Uint8Array | string;
  contentType?: string;
  status?: string;
  date?: string;
}

/** Serialises a WARC file: a warcinfo record, then for each response a request and a response record. */
export async function makeWarc(responses: WarcResponse[], gzip = false): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo(
    { filename: "test.warc", warcVersion: "WARC/1.1" },
    { software: "marsad tests" },
  );
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const r of responses) {
    const date = r.date ?? "2021-04-10T08:30:00Z";
    const request = await WARCRecord.create(
      {
        url: r.url,
        date,
        type: "request",
        warcVersion: "WARC/1.1",
        statusline: `GET ${new URL(r.url).pathname} HTTP/1.1`,
        httpHeaders: { Host: new URL(r.url).host },
      },
      [],
    );
    parts.push(await WARCSerializer.serialize(request, { gzip }));
    const body = typeof r.body === "string" ? new TextEncoder().encode(r.body) : r.body;
    const response = await WARCRecord.create(
      {
        url: r.url,
        date,
        type: "response",
        warcVersion: "WARC/1.1",
        statusline: r.status ?? "HTTP/1.1 200 OK",
        httpHeaders: { "Content-Type": r.contentType ?? "text/html; charset=utf-8" },
      },
      [body],
    );
    parts.push(await WARCSerializer.serialize(response, { gzip }));
  }
  return Buffer.concat(parts);
}

/** An Arabic HTML page written for the tests (no real article text). */
export function arabicPage(title: string, paragraphs: string[], head = ""): string {
  return `<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("\n")}</article></body></html>\n`;
}

/** Two paragraphs of invented Arabic news used across the tests. */
export const ARABIC_PARAGRAPHS = [
  "أعلنت بلدية المدينة الساحلية اليوم عن خطة لتوسيع شبكة النقل العام وإضافة خمسين حافلة كهربائية خلال العام المقبل.",
  "وقال رئيس البلدية في مؤتمر صحفي إن الخطة تهدف إلى تخفيف الازدحام وتقليل التلوث، مؤكدا أن التمويل مضمون بالكامل.",
];
