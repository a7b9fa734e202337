/**
 * The sample corpus as structured data: outlets, stories and articles.
 *
 * Everything here is fiction written for Marsad: the outlets, their hosts
 * (under the reserved `.example` TLD), the people and the events. Real city
 * names and real news agencies appear only as places and credited sources.
 */

/** How an outlet publishes, i.e. which renderer turns its articles into files. */
export type OutletFormat = "text" | "html" | "jsonl" | "warc";

/** Page templates for the HTML renderers. */
export type Template = "wp" | "react" | "table" | "portal";

/** Month-name system an outlet prints dates in. */
export type MonthSystem = "levantine" | "egyptian" | "maghreb";

export interface Outlet {
  /** Short key used in article specs. */
  key: string;
  /** The site name as the outlet prints it. */
  name: string;
  /** URL host; also the expected `outlet` of every article. */
  host: string;
  format: OutletFormat;
  /** Text chrome style (text outlets) or page template (HTML, WARC outlets). */
  style: "rafidain" | "dhifaf" | "manara" | Template | "jsonl";
  months: MonthSystem;
  /** UTC offset of the outlet's clock, e.g. `+03:00`. */
  tz: string;
  /** Summer time: from this date (`YYYY-MM-DD`) on, the clock reads `summerTz`. */
  summerFrom?: string;
  summerTz?: string;
  /** Headlines in the outlet's "most read" box: the same on every page (template chrome). */
  mostRead: string[];
}

export interface StorySpec {
  id: string;
  /** Storyline: stories of one thread are different events of one storyline. */
  thread: string;
  label: string;
}

export interface DatelineSpec {
  /** As printed at the start of the first paragraph, e.g. `بغداد - واع:`. */
  raw: string;
  place: string | null;
  agency: string | null;
}

export interface BylineSpec {
  /** As printed on the page, e.g. `كتب: محمود عبد الحليم`. */
  printed: string;
  /** What the extractor should return: the printed line without its cue word. */
  name: string;
}

export interface ArticleSpec {
  /** Stable id; also the name of the expected-output file. */
  id: string;
  outlet: string;
  story: string;
  /** Other stories a roundup article touches. */
  touches?: string[];
  /** Publication date `YYYY-MM-DD` and local time `HH:MM` (the outlet's clock). */
  date: string;
  time: string;
  /** ASCII slug for the URL and file name. */
  slug: string;
  title: string;
  byline?: BylineSpec;
  /** A place printed in brackets after the byline (`…، وكالات (بغداد)`): the expected dateline place. */
  bylinePlace?: string;
  dateline?: DatelineSpec;
  /** Body paragraphs; a paragraph starting with `## ` is a subheading. */
  paras: string[];
  /** How a JSONL export writes this record's date (default ISO 8601 with offset). */
  recordDate?: "iso" | "rfc2822" | "local";
  /** Special encodings or containers for this one article. */
  variant?: "cp1256" | "gzip";
  /** Which agency copy family it belongs to, and what was edited (documentation only). */
  copyOf?: string;
  edits?: string;
}
