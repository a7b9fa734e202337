import type { ErrorCode } from "../errors.js";
import type { RawDocument } from "../model/types.js";

/**
 * Which record field holds what, for JSON/JSONL inputs whose names differ from the defaults
 * (see `DEFAULT_FIELDS` in records.ts). A dotted name (`meta.title`) reaches into nested objects.
 * `id` names the record's own identifier; it is quoted in failure messages.
 */
export interface FieldMapping {
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  outlet?: string;
  date?: string;
  byline?: string;
  id?: string;
}

/** Options of the readers (`readInputs`, `readFile`, `expandInputs`). */
export interface ReadOptions {
  fields?: FieldMapping;
  /** default outlet when none is found */
  outlet?: string;
  /** recurse into folders (default true) */
  recursive?: boolean;
  stdin?: NodeJS.ReadableStream;
}

/** One thing a reader yields: a document, or a failure naming where and why (the rest goes on). */
export type ReadItem =
  | { kind: "document"; doc: RawDocument }
  | { kind: "failed"; source: string; path: string; code: ErrorCode; message: string };
