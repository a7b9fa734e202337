/**
 * Every error and warning code Marsad emits, listed once (STYLE rule 5).
 * A fatal problem throws `MarsadError`; a recoverable one becomes a `Message`
 * on the document with one of these codes.
 */

export const ERROR_CODES = {
  ERR_READ_NOT_FOUND: "the path does not exist",
  ERR_READ_IO: "the file could not be read",
  ERR_READ_EMPTY: "the input is empty",
  ERR_READ_BINARY: "the input is binary, not text",
  ERR_READ_GZIP: "the gzip stream is truncated or corrupt",
  ERR_READ_DECODE: "the bytes could not be decoded in any supported encoding",
  ERR_READ_JSON: "a JSON or JSONL record is malformed",
  ERR_READ_FIELD: "a record lacks a required field",
  ERR_READ_WARC: "a WARC record is broken",
  ERR_READ_URL: "a URL is malformed",
  ERR_READ_FORMAT: "the format could not be recognised",
  ERR_EXTRACT_NO_ARTICLE: "no article body was found",
  ERR_OPTIONS: "an option is invalid",
  ERR_STORE: "the store failed",
  ERR_STORE_MIGRATION: "a store migration failed",
  ERR_NOT_FOUND: "the requested item does not exist",
  ERR_MODEL: "a model file is missing or corrupt",
  WARN_NO_DATE: "no publication date was found",
  WARN_DATE_AMBIGUOUS: "a numeric date could be day/month or month/day",
  WARN_ENCODING_GUESSED: "the encoding was not declared and was detected",
  WARN_SHORT_TEXT: "the article is too short to link or cluster",
  WARN_ALREADY_LINKED: "the article is already in the copy graph",
  WARN_ALL_BOILERPLATE: "every line of the page was boilerplate",
  WARN_ANNOTATE_FAILED: "an annotator failed on an article; its part of the annotations is empty",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A fatal problem, with a code from `ERROR_CODES` and where it happened. */
export class MarsadError extends Error {
  readonly code: ErrorCode;
  /** File, `file:line` or `file#record`. */
  readonly where: string | undefined;
  /** What went wrong and what to do, without the place and the code. */
  readonly detail: string;

  constructor(code: ErrorCode, message: string, where?: string) {
    super(where ? `${where}: ${message} (${code})` : `${message} (${code})`);
    this.name = "MarsadError";
    this.code = code;
    this.where = where;
    this.detail = message;
  }
}
