/**
 * The extract stage: a decoded `RawDocument` (scraped text or HTML) → a clean `Article` with title, date,
 * byline, dateline, the body as the outlet wrote it, and every dropped line with its reason.
 */

import { decodeHTML } from "entities";
import { foldText } from "../arabic/fold.js";
import { articleId } from "../model/id.js";
import type { Article, Dateline, Message, PublishedDate, RawDocument, RemovedLine } from "../model/types.js";
import { cleanByline, cutDateline, parseBylineLine } from "./byline.js";
import { chromeReason, isHeadlineLike, lineKey } from "./chrome.js";
import { dateOfLine, isDateLine, normalizeMetaDate, publicationWeekdayHint, relativeDate, weekdayIn } from "./dates.js";
import { cleanText, extractHtml, type HtmlPage, htmlTemplateLines, isTidy } from "./html.js";
import { type ExtractOptions, resolveExtractOptions } from "./options.js";
import type { OutletTemplates } from "./templates.js";

export { type ChromeReason, chromeReason } from "./chrome.js";
export { defaultExtractOptions, type ExtractOptions, ExtractOptionsSchema, resolveExtractOptions } from "./options.js";
export { OutletTemplates, TEMPLATE_MIN_ARTICLES, TEMPLATE_MIN_SHARE } from "./templates.js";

export type ExtractResult =
  | { kind: "article"; article: Article }
  | { kind: "failed"; source: string; path: string; code: "ERR_EXTRACT_NO_ARTICLE"; message: string };

/** A line with a letter: a labelled date line (نشر في …), not a bare number. */
const HAS_LETTER = /\p{L}/u;
/** Byline lines are looked for among the first few kept lines of the body only. */
const BYLINE_SCAN_LINES = 3;
const QUOTE_START = /^\s*[«"“]/;
/** Shortest repeated line (folded characters) dropped as a pull quote: shorter repeats are refrains or labels. */
const PULL_QUOTE_MIN_CHARS = 40;
/** A line this long (characters) is body text, never a title candidate's neighbour chrome or header. */
const PARAGRAPH_CHARS = 120;

/**
 * The outlet a document names before its page is read: its own field, else its URL's host. Template
 * learning files lines under it, so that extraction finds them under the outlet it files the article under.
 */
export function declaredOutlet(doc: RawDocument): string | undefined {
  return doc.outlet ?? outletFromUrl(doc.url);
}

/** Outlet from a URL host (`https://www.example.com/x` → `example.com`). */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/** A character reference (&quot; &#8220; &nbsp;) left in scraped text. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
/** What a stripped inline script leaves beside an obfuscated address ([email protected] /* *\/). */
const EMPTY_SCRIPT_COMMENT = /\s*\/\*\s*\*\//g;

/**
 * A line of scraped text as its page showed it: character references decoded (a scraper that stored
 * the HTML source's «&quot;3058&quot; مقعداً»), and the empty script comments of an obfuscated e-mail
 * address dropped. A line with neither is returned as it is.
 */
export function unescapeLine(line: string): string {
  let out = line;
  if (out.includes("&") && CHARACTER_REFERENCE.test(out)) out = decodeHTML(out);
  if (out.includes("/*")) out = out.replace(EMPTY_SCRIPT_COMMENT, "");
  return out;
}

/**
 * The non-empty lines of scraped text, each unescaped (`unescapeLine`) and cleaned (`cleanText`). Lines split at CR LF, CR, LF,
 * U+2028 and U+2029; a line already tidy is kept as the same string.
 */
function splitLines(content: string): string[] {
  const out: string[] = [];
  const n = content.length;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? content.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    if (i > start) {
      const raw = unescapeLine(content.slice(start, i));
      if (isTidy(raw)) out.push(raw);
      else {
        const line = raw.replace(/[\t ]+/g, " ").trim();
        if (line.length > 0) out.push(cleanText(line));
      }
    }
    if (c === 0x0d && i + 1 < n && content.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  return out;
}

/** What joins the kept lines of a body into the article's `text`: each line is a paragraph. */
const PARAGRAPH_BREAK = "\n\n";

/**
 * A declared title (a record's or a feed's field) as an article carries it: character references decoded
 * (`unescapeLine`), whitespace and presentation forms tidied (`cleanText`).
 *
 * @example cleanTitle(" &quot;أرامكو&quot;\u00a0تعلن ") // "\"أرامكو\" تعلن"
 */
export function cleanTitle(title: string): string {
  return cleanText(unescapeLine(title));
}

/**
 * Scraped text as the extract stage reads it, before it drops any line: each line unescaped and cleaned
 * (as `splitLines`), empty lines gone, the lines joined as an article's paragraphs. For code that builds
 * articles from a corpus's fields without the extract stage (benchmarks, evaluations), so that it sees the
 * characters a user's article would have; the lines extract would drop (chrome, bylines, a dateline) stay.
 *
 * @example cleanScrapedText(" قال: &quot;نعم&quot;\nثم\u00a0 مضى\n") // "قال: \"نعم\"\n\nثم مضى"
 */
export function cleanScrapedText(content: string): string {
  return splitLines(content).join(PARAGRAPH_BREAK);
}

/**
 * Candidate lines of a document for per-outlet template learning (a learning pass over a batch runs this,
 * then `OutletTemplates.observe`, before extracting).
 *
 * @example
 * templateLines({ source: "a.txt", path: "a.txt", content: "عنوان\nسطر\n", format: "text" }); // ["عنوان", "سطر"]
 */
export function templateLines(doc: RawDocument): string[] {
  return doc.format === "html" ? htmlTemplateLines(doc.content) : splitLines(doc.content);
}

/** A scraped text document split into clean lines and their keys once, for template learning and extraction. */
export interface PreparedText {
  lines: string[];
  keys: string[];
}

/**
 * The lines and keys of a scraped text document (undefined for HTML, whose template lines are not its body
 * lines): a batch computes them once for `OutletTemplates.observeKeyed` and `extractArticle`.
 */
export function prepareText(doc: RawDocument): PreparedText | undefined {
  if (doc.format === "html") return undefined;
  const lines = splitLines(doc.content);
  return { lines, keys: lines.map(lineKey) };
}

interface Filtered {
  kept: string[];
  removed: RemovedLine[];
  /**
   * Dropped lines that may state the publication date: those before the body, and labelled or counter lines
   * anywhere (`نشر في: …`, `• 4/10/2021 • 00:00 •`). A bare date inside the body (a signed letter, a timeline)
   * is not the publication date.
   */
  dateLines: string[];
}

/** "Link to this story at <outlet>: <title>", after a sentence's end or opening the line, to the line's end. */
const TRAILER =
  /(?<=[.!؟?»"”)]\s*|^)\s*(?:رابط|ورابط)\s+(?:الخبر|المقال|الماده|المادة|التقرير)(?:\s+(?:ب|في|على)\s*\S*(?:\s+\S+){0,3})?\s*:.*$/u;

/**
 * A site's tag list run on at the end of the last paragraph, or standing as the last line: «… بكلية الطب.
 * سمات تبوك جامعة تبوك». 3alyoum prints «سمات» ("tags") and the tags, with no punctuation between them, after
 * 1,737 of its 2,080 SaudiNewsNet bodies; elsewhere the word is prose («من سمات الشخصية»), followed by a
 * sentence with its commas and its final stop, so a tail that has either stays.
 */
const TAG_TRAILER = /(?<=^|\s)سمات\s+(\S.*)$/u;
/** Most tags after «سمات»: 3alyoum's lists run 1 to 18 words (SaudiNewsNet). */
const MAX_TAG_WORDS = 20;
/** What a list of tags never holds: a clause's commas and colons, or a sentence's final stop. */
const NOT_TAGS = /[،,:؛;]|[.!؟?…]\s*$/u;
/**
 * A word the noun «سمات» follows in prose, heading its phrase (من سمات، أبرز سمات، إحدى سمات، هذه سمات), folded,
 * with an optional و or ف: after it the word is the story's own even with no stop at the line's end.
 */
const BEFORE_PROSE_SIMAT =
  /^[وف]?(?:من|عن|في|علي|الي|مع|بين|ابرز|اهم|اكثر|اجمل|بعض|كل|كافه|جميع|احد|احدي|هذه|تلك|هي|ذات|لها|له|لهم)$/;

/**
 * The last kept line without its tag list (`TAG_TRAILER`), the list dropped with reason tags; a line that is
 * the list alone is dropped whole.
 */
function cutTagTrailer(kept: string[], removed: RemovedLine[]): void {
  const i = kept.length - 1;
  const last = kept[i];
  if (last === undefined || !last.includes("سمات")) return;
  const m = TAG_TRAILER.exec(last);
  if (!m || NOT_TAGS.test(m[1]!) || m[1]!.trim().split(/\s+/).length > MAX_TAG_WORDS) return;
  const before = /(\S+)\s+$/u.exec(last.slice(0, m.index))?.[1];
  if (before !== undefined && BEFORE_PROSE_SIMAT.test(foldText(before))) return;
  removed.push({ line: last.slice(m.index).trim(), reason: "tags" });
  const rest = last.slice(0, m.index).trimEnd();
  if (rest.length > 0) kept[i] = rest;
  else kept.pop();
}

/**
 * A slideshow's "Next Previous" buttons scraped into the text (3alyoum: 277 of its 2,080 SaudiNewsNet articles,
 * before the credit line «Next Previous عين اليوم – واس», alone, or between captions and a credit line), not
 * inside English words: `(?<![a-z]\s*)` and `(?!\s*[a-z])` keep "the next previous owner" as prose.
 */
const NAVIGATION = /(?<![a-z]\s*)\b(?:next\s+previous|previous\s+next)\b(?!\s*[a-z])/giu;

/**
 * The lines with the slideshow buttons (`NAVIGATION`) cut out as pagination: a line they open or end is kept
 * without them (the credit line after them is then read as one), and a line they stand inside is split in
 * two there. Arrays are returned as they came when no line has the buttons.
 */
function cutNavigation(
  lines: string[],
  keys: string[] | undefined,
  tableRows: boolean[],
  removed: RemovedLine[],
): { lines: string[]; keys: string[] | undefined; tableRows: boolean[] } {
  if (!lines.some((l) => /next|previous/i.test(l) && l.split(NAVIGATION).length > 1)) return { lines, keys, tableRows };
  const out: string[] = [];
  const outKeys: string[] = [];
  const outRows: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const parts = /next|previous/i.test(line) ? line.split(NAVIGATION) : [line];
    if (parts.length === 1) {
      out.push(line);
      outKeys.push(keys?.[i] ?? lineKey(line));
      outRows.push(tableRows[i] ?? false);
      continue;
    }
    for (const m of line.matchAll(NAVIGATION)) removed.push({ line: m[0], reason: "pagination" });
    for (const part of parts) {
      const p = part.trim();
      if (p.length === 0) continue;
      out.push(p);
      outKeys.push(lineKey(p));
      outRows.push(tableRows[i] ?? false);
    }
  }
  return { lines: out, keys: outKeys, tableRows: outRows };
}

function filterLines(
  lines: string[],
  title: string,
  outlet: string,
  opts: ExtractOptions,
  templates: OutletTemplates | undefined,
  tableRows: boolean[] = [],
  keys?: string[],
): Filtered {
  const kept: string[] = [];
  const removed: RemovedLine[] = [];
  const dateLines: string[] = [];
  ({ lines, keys, tableRows } = cutNavigation(lines, keys, tableRows, removed));
  const titleKey = lineKey(title);
  // Until a paragraph-length line is kept we are in the header (title, byline, date, counters).
  let bodyStarted = false;
  let listLeft = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let key = keys?.[i] ?? lineKey(line);
    // A site's trailer run on at the end of the last paragraph (… للحصول على العلاج. رابط الخبر بصحيفة
    // الوئام: <title>): cut off as a source line, the paragraph kept.
    const trailer = TRAILER.exec(line);
    if (trailer) {
      removed.push({ line: line.slice(trailer.index).trim(), reason: "source-line" });
      line = line.slice(0, trailer.index).trimEnd();
      key = lineKey(line);
    }
    if (key.length === 0) continue;
    if (titleKey && key === titleKey && kept.length < BYLINE_SCAN_LINES) {
      removed.push({ line, reason: "title" });
      continue;
    }
    let reason = chromeReason(line, key);
    // Numbers in a table row are data (scores, results), not counters.
    if (tableRows[i] && (reason === "bare-number" || reason === "counter" || reason === "empty-markup")) reason = null;
    if (reason) {
      removed.push({ line, reason });
      if (
        (reason === "date-line" || reason === "counter") &&
        (!bodyStarted || /[•·|]/.test(line) || HAS_LETTER.test(line))
      ) {
        dateLines.push(line);
      }
      // A bare "read also" / "most read" heading announces a list of headlines.
      // Other chrome inside such a list (a video teaser item, a counter) neither starts nor ends it.
      if ((reason === "related" || reason === "most-read") && key.split(" ").length <= 5) {
        listLeft = opts.maxRelatedLines;
      }
      continue;
    }
    if (listLeft > 0 && isHeadlineLike(line, key)) {
      removed.push({ line, reason: "related-list" });
      listLeft--;
      continue;
    }
    listLeft = 0;
    if (templates?.isTemplateKey(outlet, key)) {
      removed.push({ line, reason: "template" });
      continue;
    }
    // A line that is only a date is header furniture before the body; inside the body it may be a timeline entry.
    if (!bodyStarted && isDateLine(line)) {
      removed.push({ line, reason: "date-line" });
      dateLines.push(line);
      continue;
    }
    if (!opts.keepSubheadings && kept.length > 0 && isHeadlineLike(line, key) && key.split(" ").length <= 10) {
      removed.push({ line, reason: "subheading" });
      continue;
    }
    kept.push(line);
    if (line.length >= PARAGRAPH_CHARS) bodyStarted = true;
  }
  cutTagTrailer(kept, removed);
  dropRepeats(kept, removed);
  return { kept, removed, dateLines };
}

/**
 * Pull quotes repeat a body sentence in quote marks («…»): a quoted line whose text already stands inside another
 * kept paragraph is dropped. Only lines of PULL_QUOTE_MIN_CHARS or more, so that a short refrain is kept.
 */
function dropRepeats(kept: string[], removed: RemovedLine[]): void {
  if (kept.length < 2 || !kept.some((l) => QUOTE_START.test(l))) return;
  const keys = kept.map((l) =>
    lineKey(l)
      .replace(/[«»"“”'‘’\-–—\s]+/g, " ")
      .trim(),
  );
  const drop = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const k = keys[i]!;
    // Only quoted lines: repeated unquoted lines are real content (recipes, Q&A, lists repeat themselves).
    if (k.length < PULL_QUOTE_MIN_CHARS || !QUOTE_START.test(kept[i]!)) continue;
    for (let j = 0; j < kept.length; j++) {
      if (j === i || drop.has(j)) continue;
      const other = keys[j]!;
      // The longer paragraph is the original; of two equal ones the first is kept.
      if ((other.length > k.length && other.includes(k)) || (other === k && j < i)) {
        drop.add(i);
        break;
      }
    }
  }
  if (drop.size === 0) return;
  for (const i of [...drop].sort((a, b) => b - a)) {
    removed.push({ line: kept[i]!, reason: "pull-quote" });
    kept.splice(i, 1);
  }
}

function message(code: string, text: string): Message {
  return { stage: "extract", code, message: text };
}

/**
 * Extracts a clean article from a decoded document. Pure: no I/O, no clock.
 *
 * @example
 * const r = extractArticle({ source: "a.txt", path: "a.txt", format: "text",
 *   content: "عنوان الخبر\nمشاركة :\nالرياض - واس: أعلنت الوزارة اليوم نتائج المسح السنوي للمياه." });
 * r.kind === "article" && r.article.dateline; // { place: "الرياض", agency: "واس", raw: "الرياض - واس:" }
 * r.kind === "article" && r.article.removed; // [{ line: "مشاركة :", reason: "share" }]
 */
export function extractArticle(
  doc: RawDocument,
  options?: Partial<ExtractOptions>,
  templates?: OutletTemplates,
  prepared?: PreparedText,
): ExtractResult {
  const opts = resolveExtractOptions(options);
  let outlet = declaredOutlet(doc);
  const messages: Message[] = [];
  const preRemoved: RemovedLine[] = [];
  let page: HtmlPage | undefined;
  let title = doc.title ? cleanTitle(doc.title) : "";
  let lines: string[];
  let keys: string[] | undefined;
  let tableRows: boolean[] = [];

  if (doc.format === "html") {
    page = extractHtml(doc.content);
    if (!title) title = page.title;
    lines = page.lines;
    tableRows = page.tableRows;
  } else {
    lines = prepared ? prepared.lines.slice() : splitLines(doc.content);
    keys = prepared?.keys.slice();
    if (!title) {
      // The first non-empty, non-chrome line is the title; chrome before it is dropped with its reason.
      while (lines.length > 0) {
        const first = lines.shift()!;
        const firstKey = keys?.shift();
        const reason = chromeReason(first, firstKey ?? lineKey(first));
        if (reason) preRemoved.push({ line: first, reason });
        else {
          title = first;
          break;
        }
      }
    }
  }

  // The page's own URL (og:url, canonical) names the outlet when the reader had none.
  outlet ??= outletFromUrl(page?.url) ?? "unknown";
  const { kept, removed, dateLines } = filterLines(lines, title, outlet, opts, templates, tableRows, keys);
  removed.unshift(...preRemoved);

  // Byline: a standalone line among the first kept lines.
  let byline: string | undefined;
  let dateline: Dateline | undefined;
  for (let i = 0; i < Math.min(BYLINE_SCAN_LINES, kept.length); i++) {
    const line = kept[i]!;
    if (line.length > PARAGRAPH_CHARS) break;
    const b = parseBylineLine(line);
    if (!b) continue;
    byline = b.byline;
    if (b.place || b.agency) {
      dateline = { raw: line };
      if (b.place) dateline.place = b.place;
      if (b.agency) dateline.agency = b.agency;
    }
    removed.push({ line, reason: "byline" });
    kept.splice(i, 1);
    break;
  }
  if (page?.byline) byline = cleanByline(page.byline).byline || byline;
  // A record's author field is scraped text too (عوض الفهمي &ndash; سبق): its character references are decoded.
  else if (!byline && doc.byline) byline = cleanByline(unescapeLine(doc.byline)).byline;

  // Dateline at the start of the body.
  let datelineDate: string | undefined;
  if (opts.cutDateline && kept.length > 0) {
    const cut = cutDateline(kept[0]!);
    if (cut) {
      kept[0] = cut.rest;
      dateline = cut.dateline;
      datelineDate = cut.dateText;
      // The reporter a credit dateline names (عوض الفهمي- سبق- أضم:) when no byline line or field named one.
      if (cut.byline && !byline) byline = cut.byline;
    }
  }

  const text = kept.join(PARAGRAPH_BREAK);
  if (text.length < opts.minBodyChars) {
    const all = kept.length === 0 && removed.length > 0;
    return {
      kind: "failed",
      source: doc.source,
      path: doc.path,
      code: "ERR_EXTRACT_NO_ARTICLE",
      message: all
        ? `${doc.source}: every line of the page was boilerplate (${removed.length} lines dropped); check the page or the outlet templates`
        : `${doc.source}: no article body found (${text.length} characters, need ${opts.minBodyChars}); is this an article page?`,
    };
  }

  const publishedAt = findPublished(doc, page, removed, dateLines, text, datelineDate, opts, messages);
  if (!publishedAt)
    messages.push(message("WARN_NO_DATE", `${doc.source}: no publication date in metadata, date lines or text`));

  const article: Article = {
    id: articleId(text, outlet),
    path: doc.path,
    source: doc.source,
    outlet,
    title,
    text,
    removed,
    messages,
  };
  const url = doc.url ?? page?.url;
  if (url) article.url = url;
  if (publishedAt) article.publishedAt = publishedAt;
  if (byline) article.byline = byline;
  if (dateline) article.dateline = dateline;
  return { kind: "article", article };
}

function findPublished(
  doc: RawDocument,
  page: HtmlPage | undefined,
  removed: RemovedLine[],
  droppedDateLines: string[],
  text: string,
  datelineDate: string | undefined,
  opts: ExtractOptions,
  messages: Message[],
): PublishedDate | undefined {
  // 1. Page metadata.
  for (const d of page?.dates ?? []) {
    const v = normalizeMetaDate(d.value);
    if (v) return { value: v, evidence: d.evidence };
  }
  // 2. A record's own date field (a WARC-Date is a fetch time, not a publication date: it comes last).
  if (doc.declaredDate && doc.container !== "warc") {
    const v = normalizeMetaDate(doc.declaredDate) ?? dateOfLine(doc.declaredDate, opts.numericDateOrder)?.iso;
    if (v) return { value: v, evidence: "record" };
  }
  // 3. Date lines: header texts of the page, then dropped date/counter lines, in order.
  // The body's own weekday ("اليوم (السبت)") only matters for an ambiguous numeric date: computed on demand.
  let hintDone = false;
  let hintValue: number | undefined;
  const hint = (): number | undefined => {
    if (!hintDone) {
      hintValue = publicationWeekdayHint(text);
      hintDone = true;
    }
    return hintValue;
  };
  const dateLines = [...(page?.dateTexts ?? []).filter((t) => chromeReason(t) !== "updated-date"), ...droppedDateLines];
  for (const line of dateLines) {
    const d = dateOfLine(line, opts.numericDateOrder, weekdayIn(line) ?? hint);
    if (d) {
      if (d.ambiguous) {
        messages.push(
          message(
            "WARN_DATE_AMBIGUOUS",
            `${doc.source}: "${line}" reads as day/month or month/day; took ${opts.numericDateOrder} (set numericDateOrder to change)`,
          ),
        );
      }
      return { value: d.iso, evidence: "date-line" };
    }
  }
  // 4. A relative header date against the page's reference date.
  const reference = page?.referenceDate ?? doc.fetchedAt;
  if (reference) {
    for (const line of dateLines) {
      const v = relativeDate(line, reference);
      if (v) return { value: v, evidence: "relative-date" };
    }
  }
  // 5. The dateline's date, then the first full date in the text.
  if (datelineDate) {
    const d = dateOfLine(datelineDate, opts.numericDateOrder, hint);
    if (d) return { value: d.iso, evidence: "dateline" };
  }
  // An "updated" line when nothing else dates the page: the same day or later than publication.
  for (const r of removed) {
    if (r.reason !== "updated-date") continue;
    const d = dateOfLine(r.line, opts.numericDateOrder, weekdayIn(r.line) ?? hint);
    if (d) return { value: d.iso, evidence: "updated-date" };
  }
  // No guess from dates inside the body: on ant-multisource (31.5k records) the first date of the body, even a
  // weekday-named one in the opening, agreed with the RSS date for under half of the articles (they are events).
  if (doc.declaredDate) {
    const v = normalizeMetaDate(doc.declaredDate);
    if (v) return { value: v, evidence: "declared" };
  }
  return undefined;
}
