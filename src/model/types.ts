/**
 * The data model every stage shares (see ../shared/DESIGN.md).
 *
 * One `Article` flows through the pipeline; each stage adds its own field and
 * never rewrites another stage's. Every annotation points into `Article.text`
 * with half-open UTF-16 offsets.
 */

/** Half-open UTF-16 offsets `[start, end)` into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Input formats a reader can recognise. */
export type Format = "text" | "html";

/** Bytes or text as read from a source, with what the source told us about it. */
export interface RawDocument {
  /** Where it came from, as the user gave it: a path, `path:line`, `path#record`, a URL or `-` for stdin. */
  source: string;
  /** The input path as given on the command line (several documents may share one). */
  path: string;
  /** The decoded text: a whole page, a scraped text file, or a record's body field. */
  content: string;
  /** The encoding the bytes were decoded from (`utf-8`, `windows-1256`…), when they were bytes. */
  encoding?: string;
  /** True when the encoding was detected rather than declared. */
  encodingGuessed?: boolean;
  /** How `content` is to be extracted: a scraped text page or an HTML page. */
  format: Format;
  /** The container it came in (for messages and statistics). */
  container?: "file" | "jsonl" | "json" | "warc" | "stdin" | "gzip";
  url?: string;
  outlet?: string;
  title?: string;
  /** A date the container declares (record field, WARC-Date, HTTP header); ISO or free text. */
  declaredDate?: string;
  fetchedAt?: string;
  /** A charset declared out of band (HTTP header, record). */
  charset?: string;
  byline?: string;
}

/** A message on a document: a recoverable problem, with where it happened. */
export interface Message {
  stage: "read" | "extract" | "normalize" | "annotate" | "link" | "cluster" | "store";
  code: string;
  message: string;
  span?: Span;
}

/** Why a line of the page did not make it into the body. */
export interface RemovedLine {
  line: string;
  reason: string;
}

export interface Dateline {
  place?: string;
  agency?: string;
  /** Where it stood in the original extracted text, before it was cut off the body. */
  raw: string;
}

/** An ISO date with the evidence it was read from. */
export interface PublishedDate {
  /** `YYYY-MM-DD` or a full ISO timestamp. */
  value: string;
  /** e.g. `meta:article:published_time`, `json-ld`, `time`, `dateline`, `date-line`, `record`. */
  evidence: string;
}

/** A clean article: what `extract` makes of a `RawDocument`. */
export interface Article {
  /** Stable hash of the folded body (see `articleId`). */
  id: string;
  /** The input path as given. */
  path: string;
  /** The precise source (path, path:line, path#record). */
  source: string;
  outlet: string;
  url?: string;
  publishedAt?: PublishedDate;
  title: string;
  byline?: string;
  dateline?: Dateline;
  /** The clean body as the outlet wrote it; paragraphs separated by "\n\n". */
  text: string;
  removed: RemovedLine[];
  messages: Message[];
  /** Annotations, filled by `annotate`. */
  annotations?: Annotations;
}

export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Id of the resolved `Entity`. */
  entity: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Roles as the articles state them (رئيس الوزراء، وزير الخارجية…). */
  roles?: string[];
}

export type QuoteKind = "direct" | "indirect";

export interface Quote extends Span {
  text: string;
  /** The speaker as written (or resolved name for continuations). */
  speaker: string | null;
  speakerEntity: string | null;
  cue: string | null;
  kind: QuoteKind;
  /** How the speaker was found. */
  resolution: "explicit" | "continuation" | "after";
  /** The outlet or agency that relayed the speech (نقلت الوكالة عن …). */
  via?: string;
  anonymous?: boolean;
  confidence: number;
  speakerSpan?: Span;
}

export interface NumberClaim extends Span {
  text: string;
  value: number;
  /** Upper bound for ranges (بين 5 و10). */
  valueMax?: number;
  /** `percent`, or what is counted (عنصر، شخص…), or null. */
  unit: string | null;
}

export type DateGranularity = "day" | "month" | "year" | "week" | "range";

export interface DateMention extends Span {
  text: string;
  /**
   * ISO: a day `2021-04-10`, a month `2021-04`, a year `2021`, a week `2021-W16`, or an
   * interval `2021-04-27/2021-04-28` (granularity "range"); null when it cannot be resolved.
   */
  value: string | null;
  granularity: DateGranularity;
  relative: boolean;
}

export interface Annotations {
  entities: Mention[];
  quotes: Quote[];
  numbers: NumberClaim[];
  dates: DateMention[];
}

export type ReuseKind = "duplicate" | "near-duplicate" | "shared-passages";

export interface PassagePair {
  a: Span;
  b: Span;
  words: number;
}

export interface ReuseDirection {
  /** Id of the article judged the source, or null when undecided. */
  source: string | null;
  evidence: string[];
  /**
   * When both credit one agency (واس، رويترز), or one does and the other credits none: its name. Both took its
   * wire; `source` is null.
   */
  agency?: string;
}

export interface Reuse {
  a: string;
  b: string;
  kind: ReuseKind;
  passages: PassagePair[];
  direction: ReuseDirection;
  /** Estimated (or exact) Jaccard of word shingles. */
  similarity: number;
}

export interface Story {
  id: string;
  /** Member article ids in time order. */
  articles: string[];
  /** Articles that touch this story but belong to another (roundups). */
  touching: string[];
  headline: string;
  summary: string[];
  thread: string;
  outlets: { outlet: string; firstSeen: string | null }[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Who copied whom among the members: source → copier, with the words shared. */
  copyGraph?: { from: string; to: string; words: number }[];
}

export interface Thread {
  id: string;
  stories: string[];
}
