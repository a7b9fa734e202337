/**
 * JSON/JSONL records → RawDocument: which field is the body, the title, the URL, the outlet…
 */
import path from "node:path";
import type { ErrorCode } from "../errors.js";
import type { RawDocument } from "../model/types.js";
import type { FieldMapping, ReadItem, ReadOptions } from "./types.js";

/**
 * Default field names, tried in order. Dates: ISO fields before free-text ones (ANT has both
 * `time` "Sun, 18 Feb 2018 …" and `time_iso`); `date_extracted` (SaudiNewsNet's scrape time) last.
 */
export const DEFAULT_FIELDS = {
  title: ["title", "headline"],
  text: ["text", "content", "body"],
  html: ["html"],
  url: ["url", "link"],
  outlet: ["source", "outlet", "src"],
  date: ["date", "published", "time_iso", "time", "date_extracted"],
  byline: ["author", "byline"],
  id: ["id", "docno", "_id"],
} as const satisfies Record<keyof FieldMapping, readonly string[]>;

/** Where a document came from, for outlet fallbacks and the `RawDocument` provenance fields. */
export interface Origin {
  source: string;
  path: string;
  /** The file actually read (`-` for stdin). */
  file: string;
  container: NonNullable<RawDocument["container"]>;
  encoding?: string;
  encodingGuessed?: boolean;
}

function get(rec: Record<string, unknown>, name: string): unknown {
  if (name in rec || !name.includes(".")) return rec[name];
  let cur: unknown = rec;
  for (const part of name.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function names(role: keyof FieldMapping, fields: FieldMapping | undefined): readonly string[] {
  const mapped = fields?.[role];
  return mapped ? [mapped] : DEFAULT_FIELDS[role];
}

function firstString(
  rec: Record<string, unknown>,
  role: keyof FieldMapping,
  fields?: FieldMapping,
): string | undefined {
  for (const n of names(role, fields)) {
    const v = get(rec, n);
    if (typeof v === "string") {
      const t = v.trim();
      if (t) return t;
    } else if (typeof v === "number" && Number.isFinite(v)) {
      return String(v);
    }
  }
  return undefined;
}

/**
 * The outlet of a document: the record's field, else the URL's host without `www.`, else
 * `options.outlet`, else the name of the folder holding the file (scrapers save one folder per
 * site), else `"unknown"`. Never empty.
 *
 * @example outletOf(undefined, "https://www.alwatan.example/a/1", {}, "x.html") // "alwatan.example"
 */
export function outletOf(
  field: string | undefined,
  url: string | undefined,
  options: ReadOptions,
  file: string,
): string {
  if (field) return field;
  const host = hostOf(url);
  if (host) return host;
  if (options.outlet?.trim()) return options.outlet.trim();
  if (file !== "-") {
    const dir = path.basename(path.dirname(path.resolve(file)));
    if (dir && dir !== path.sep && dir !== ".") return dir;
  }
  return "unknown";
}

/** The host of an absolute http(s) URL, lowercased, without `www.`; undefined for anything else. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  if (!m?.[1]) return undefined;
  const host = m[1].toLowerCase().replace(/^www\d*\./, "");
  return host.includes(".") || host === "localhost" ? host : undefined;
}

/**
 * Turns one parsed record into a document, or a failure when it has no body field.
 *
 * @example recordItem({ title: "عنوان", text: "نص" }, origin, {}) // { kind: "document", doc: { format: "text", … } }
 */
export function recordItem(rec: unknown, origin: Origin, options: ReadOptions): ReadItem {
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) {
    const what = rec === null ? "null" : Array.isArray(rec) ? "an array" : `a ${typeof rec}`;
    return failed(origin, "ERR_READ_JSON", `the record is ${what}, not a JSON object; each line/item must be {…}`);
  }
  const r = rec as Record<string, unknown>;
  const fields = options.fields;
  let content = firstString(r, "text", fields);
  let format: RawDocument["format"] = "text";
  if (content === undefined) {
    content = firstString(r, "html", fields);
    format = "html";
  }
  if (content === undefined) {
    const tried = [...names("text", fields), ...names("html", fields)].join(", ");
    const id = firstString(r, "id", fields);
    const label = `record${id ? ` "${id}"` : ""}`;
    const empty = [...names("text", fields), ...names("html", fields)].filter((n) => get(r, n) !== undefined);
    if (empty.length > 0) {
      return failed(
        origin,
        "ERR_READ_FIELD",
        `${label} has an empty body (field ${empty.join(", ")} is empty or not a string)`,
      );
    }
    const keys = Object.keys(r).slice(0, 12).join(", ");
    return failed(
      origin,
      "ERR_READ_FIELD",
      `${label} has no text field (tried ${tried}; it has ${keys || "no fields"}); map the body with the text/html field option`,
    );
  }
  const url = firstString(r, "url", fields);
  const outletField = firstString(r, "outlet", fields);
  const doc: RawDocument = {
    source: origin.source,
    path: origin.path,
    content,
    format,
    container: origin.container,
    outlet: outletOf(outletField, url, options, origin.file),
  };
  if (origin.encoding) doc.encoding = origin.encoding;
  if (origin.encodingGuessed !== undefined) doc.encodingGuessed = origin.encodingGuessed;
  if (url) doc.url = url;
  const title = firstString(r, "title", fields);
  if (title) doc.title = title;
  const date = firstString(r, "date", fields);
  if (date) doc.declaredDate = date;
  const byline = firstString(r, "byline", fields);
  if (byline) doc.byline = byline;
  const charset = r.charset;
  if (typeof charset === "string" && charset) doc.charset = charset;
  return { kind: "document", doc };
}

/** A failed item at an origin. */
export function failed(origin: { source: string; path: string }, code: ErrorCode, message: string): ReadItem {
  return { kind: "failed", source: origin.source, path: origin.path, code, message };
}
