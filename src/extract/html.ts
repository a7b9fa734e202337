/**
 * HTML page → title, metadata, and the body as lines: `@mozilla/readability` over one `linkedom` parse, plus
 * what Readability misses on Arabic sites (metadata dates and bylines, site-suffix stripping, presentation forms,
 * hidden and duplicated blocks, bodies split around ad slots).
 *
 * The page is parsed once: metadata is read from the document before Readability mutates it, and Readability's
 * result is taken as a DOM node (no re-serialisation and re-parse).
 */

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { foldText } from "../arabic/fold.js";

/** A date the page states in its markup, with where it was read. */
export interface MetaDate {
  value: string;
  evidence: string;
}

/** What the HTML layer hands to the line-level extractor. */
export interface HtmlPage {
  title: string;
  /** Body lines (paragraphs, subheadings, list items, table rows) in reading order. */
  lines: string[];
  /** `tableRows[i]`: line i is a table row (numbers there are data, not counters). */
  tableRows: boolean[];
  /** Publication dates from metadata, best first. */
  dates: MetaDate[];
  /** Short visible texts near the headline that look like dates (`الجمعة 31 جويلية 2015 - 03:47`). */
  dateTexts: string[];
  /** A reference "now" the page declares (http-equiv date, og:updated_time…), for relative dates (منذ ساعتين). */
  referenceDate?: string;
  byline?: string;
  siteName?: string;
  /** `rtl` / `ltr`: declared, else detected from the letters of the body. */
  dir: "rtl" | "ltr";
  lang?: string;
  url?: string;
}

type El = Element;

/**
 * Readability's default character threshold (500) rejects short wire briefs; 250 keeps two-sentence briefs while
 * the dev gold shows no page whose sidebar wins because of it (F1 unchanged on the longer pages).
 */
const CHAR_THRESHOLD = 250;
/** Elements with this many `<p>` inside are kept even when a drop selector matches them (see extractHtml). */
const PROTECTED_PARAGRAPHS = 3;
/** Visible date texts longer than this (characters) are not header date lines. */
const MAX_DATE_TEXT = 80;
/** How many date-looking elements after the headline are kept as candidates. */
const MAX_DATE_TEXTS = 6;

const META_DATE_KEYS: [string, string][] = [
  ["article:published_time", "meta:article:published_time"],
  ["og:article:published_time", "meta:og:article:published_time"],
  ["datepublished", "meta:itemprop:datePublished"],
  ["publishdate", "meta:publishdate"],
  ["pubdate", "meta:pubdate"],
  ["publish-date", "meta:publish-date"],
  ["publication_date", "meta:publication_date"],
  ["dc.date.issued", "meta:DC.date.issued"],
  ["dcterms.created", "meta:dcterms.created"],
  ["dc.date", "meta:DC.date"],
  ["date", "meta:date"],
  ["sailthru.date", "meta:sailthru.date"],
  ["parsely-pub-date", "meta:parsely-pub-date"],
  ["article.published", "meta:article.published"],
  ["og:published_time", "meta:og:published_time"],
];

const META_AUTHOR_KEYS = ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"];

/** Blocks that are never body: hidden, screen-reader-only, captions, embeds, pull quotes, ads. */
const DROP_SELECTOR = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "button",
  "input",
  "select",
  "textarea",
  "[hidden]",
  '[aria-hidden="true"]',
  '[style*="display:none"]',
  '[style*="display: none"]',
  '[style*="visibility:hidden"]',
  '[style*="visibility: hidden"]',
  ".screen-reader-text",
  ".sr-only",
  ".visually-hidden",
  ".visuallyhidden",
  ".element-invisible",
  "figcaption",
  ".wp-caption-text",
  ".img_caption",
  ".caption",
  '[class*="pullquote"]',
  '[class*="pull-quote"]',
  '[class*="adsbygoogle"]',
  '[class~="advertisement"]',
  '[class~="ad-unit"]',
  '[class~="ad-slot"]',
  '[class*="ads-container"]',
  '[id^="div-gpt-ad"]',
].join(",");

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR UL".split(
    " ",
  ),
);

const SEPARATORS = /\s+[|\-–—:•·»«]\s+|\s*[|•·]\s*|\s+::\s+/;

function attr(el: El, name: string): string {
  return (el.getAttribute(name) ?? "").trim();
}

function text(el: El | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufefe]+/g;

/**
 * Arabic presentation forms (old sites, PDFs) → letters with NFKC, applied to those code points only: NFKC on the
 * whole text would also rewrite what the outlet wrote on purpose (½ → 1⁄2, superscripts, full-width digits).
 */
export function nfkcArabic(s: string): string {
  return s.replace(PRESENTATION_FORMS, (m) => m.normalize("NFKC"));
}

/** Presentation forms normalised and whitespace collapsed; tatweel and diacritics kept. */
export function cleanText(s: string): string {
  return nfkcArabic(s).replace(/\s+/g, " ").trim();
}

function squash(s: string): string {
  return foldText(s)
    .replace(/[\s\p{P}\p{S}]+/gu, " ")
    .trim();
}

interface JsonLdInfo {
  headline?: string;
  datePublished?: string;
  author?: string;
  authorIsPerson?: boolean;
  publisher?: string;
}

function readJsonLd(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = {};
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const o = stack.pop();
      if (Array.isArray(o)) {
        stack.push(...o);
        continue;
      }
      if (!o || typeof o !== "object") continue;
      const r = o as Record<string, unknown>;
      if (Array.isArray(r["@graph"])) stack.push(...(r["@graph"] as unknown[]));
      const type = String(r["@type"] ?? "");
      if (!/Article|Posting|Report|WebPage/i.test(type)) continue;
      if (typeof r.headline === "string" && !info.headline) info.headline = r.headline;
      if (typeof r.datePublished === "string" && !info.datePublished) info.datePublished = r.datePublished;
      if (!info.author && r.author) {
        const a = Array.isArray(r.author) ? r.author[0] : r.author;
        if (typeof a === "string") info.author = a;
        else if (a && typeof a === "object") {
          const name = (a as Record<string, unknown>).name;
          if (typeof name === "string") {
            info.author = name;
            info.authorIsPerson = /Person/i.test(String((a as Record<string, unknown>)["@type"] ?? ""));
          }
        }
      }
      const pub = r.publisher as Record<string, unknown> | undefined;
      if (pub && typeof pub.name === "string" && !info.publisher) info.publisher = pub.name;
    }
  }
  return info;
}

function metaMap(doc: Document): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta")) {
    const key = (
      attr(el, "property") ||
      attr(el, "name") ||
      attr(el, "itemprop") ||
      attr(el, "http-equiv")
    ).toLowerCase();
    const value = attr(el, "content");
    if (!key || !value) continue;
    const k = attr(el, "http-equiv") ? `http-equiv:${key}` : key;
    if (!m.has(k)) m.set(k, value);
  }
  return m;
}

/** Strips a site name (and section) from a `<title>`-like string, given the names the page declares. */
export function stripSiteSuffix(title: string, siteNames: string[], headline?: string): string {
  const t = cleanText(title);
  if (headline) {
    const h = squash(headline);
    if (h && squash(t).includes(h)) return cleanText(headline);
  }
  const parts = t.split(SEPARATORS).filter(Boolean);
  if (parts.length < 2) return t;
  const sites = new Set(siteNames.map(squash).filter(Boolean));
  const isSite = (p: string) => {
    const q = squash(p);
    for (const s of sites) if (q === s || q.includes(s) || s.includes(q)) return true;
    return false;
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length === 0) return t;
  if (kept.length === parts.length) {
    // No declared site name: a title like "Headline | Section | Site" keeps its longest part.
    return kept.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return kept.reduce((a, b) => (b.length > a.length ? b : a));
}

function isInChrome(el: El): boolean {
  for (let p: El | null = el; p; p = p.parentElement) {
    const tag = p.tagName;
    if (tag === "ASIDE" || tag === "NAV" || tag === "FOOTER") return true;
    const cls = `${p.getAttribute("class") ?? ""} ${p.getAttribute("id") ?? ""}`;
    if (
      /related|sidebar|most-?read|popular|latest|comment|widget|ticker|trending|footer|more-section|next-prev/i.test(
        cls,
      )
    )
      return true;
  }
  return false;
}

/** Date-looking texts in the article header: `<time>` and elements whose class names a date, outside chrome. */
function headerDateTexts(doc: Document, h1: El | null): { texts: string[]; times: MetaDate[] } {
  const texts: string[] = [];
  const times: MetaDate[] = [];
  const candidates = doc.querySelectorAll(
    'time, [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [itemprop="datePublished"], [class*="meta"]',
  );
  for (const el of candidates) {
    if (isInChrome(el)) continue;
    if (h1 && !(h1.compareDocumentPosition(el) & 4) && !h1.parentElement?.contains(el)) continue; // after the headline
    if (el.tagName === "TIME") {
      const dt = attr(el, "datetime");
      if (dt) times.push({ value: dt, evidence: "time" });
    }
    const t = text(el);
    if (t && t.length <= MAX_DATE_TEXT && /[\d٠-٩]/.test(t) && !texts.includes(t)) texts.push(t);
    if (texts.length >= MAX_DATE_TEXTS) break;
  }
  return { texts, times };
}

function detectDir(declared: string, sample: string): "rtl" | "ltr" {
  if (declared === "rtl" || declared === "ltr") return declared;
  const rtl = sample.match(/[\u0590-\u08ff\ufb1d-\ufefc]/g)?.length ?? 0;
  const ltr = sample.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  return rtl >= ltr ? "rtl" : "ltr";
}

/** Lines of a DOM subtree and, in parallel, whether each came from a table row. */
export interface BlockLines {
  lines: string[];
  table: boolean[];
}

/** Lines of a DOM subtree: blocks and `<br>` break lines, table cells join their row; NFKC applied. */
export function blockLines(root: Node): BlockLines {
  const lines: string[] = [];
  const table: boolean[] = [];
  let cur = "";
  let inTable = 0;
  const flush = () => {
    const t = cleanText(cur);
    if (t) {
      lines.push(t);
      table.push(inTable > 0);
    }
    cur = "";
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? "";
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as El).tagName;
    if (tag === "TD" || tag === "TH") {
      cur += " ";
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      cur += " ";
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === "TABLE") inTable++;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (tag === "TABLE") inTable--;
    if (block) flush();
  };
  walk(root);
  flush();
  return { lines, table };
}

function findHeadline(doc: Document): El | null {
  const h1s = [...doc.querySelectorAll("h1")].filter((h) => !isInChrome(h) && text(h).length > 0);
  if (h1s.length === 0) return null;
  const inArticle = h1s.find((h) => h.closest("article, main, [class*='article'], [class*='story'], [class*='post']"));
  return inArticle ?? h1s[0] ?? null;
}

/** Author from the DOM: rel=author, itemprop=author, or a link/element whose class names the author. */
function domByline(doc: Document): string | undefined {
  const el = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], a[class*="author"], [class*="author-name"] a, [class*="author"] a, [class*="byline"], [class*="author"], [class*="writer"]',
  );
  const t = text(el);
  return t && t.length <= 80 ? t : undefined;
}

/**
 * Parses an HTML page once and extracts title, metadata and body lines.
 *
 * @example
 * const page = extractHtml('<html><head><title>خبر | موقع</title><meta property="og:site_name" content="موقع"></head>…');
 * page.title; // "خبر"
 */
export function extractHtml(html: string): HtmlPage {
  const { document: doc } = parseHTML(html) as unknown as { document: Document };
  const meta = metaMap(doc);
  const ld = readJsonLd(doc);
  const h1 = findHeadline(doc);
  const h1Text = h1 ? cleanText(h1.textContent ?? "") : "";

  // Metadata dates, best first.
  const dates: MetaDate[] = [];
  for (const [key, evidence] of META_DATE_KEYS) {
    const v = meta.get(key);
    if (v) dates.push({ value: v, evidence });
  }
  if (ld.datePublished) dates.splice(1, 0, { value: ld.datePublished, evidence: "json-ld:datePublished" });
  const pubTime = doc.querySelector(
    "time[pubdate], time[itemprop='datePublished'], [itemprop='datePublished'][datetime]",
  );
  if (pubTime && attr(pubTime, "datetime")) dates.push({ value: attr(pubTime, "datetime"), evidence: "time[pubdate]" });
  const header = headerDateTexts(doc, h1);
  dates.push(...header.times);
  const referenceDate = meta.get("http-equiv:date") ?? meta.get("og:updated_time") ?? meta.get("article:modified_time");

  // Title: the visible headline when the metadata agrees with it, else og:title / JSON-LD / <title> without suffix.
  const siteNames = [meta.get("og:site_name"), meta.get("application-name"), ld.publisher, meta.get("twitter:site")]
    .filter((s): s is string => Boolean(s))
    .map((s) => s.replace(/^@/, ""));
  const docTitle = cleanText(doc.querySelector("title")?.textContent ?? "");
  const ogTitle = meta.get("og:title") ?? meta.get("twitter:title") ?? ld.headline ?? "";
  let title = "";
  if (h1Text && [ogTitle, docTitle].some((t) => t && squash(t).includes(squash(h1Text)))) title = h1Text;
  else if (ogTitle) title = stripSiteSuffix(ogTitle, siteNames);
  else if (h1Text) title = h1Text;
  else title = stripSiteSuffix(docTitle, siteNames);

  // Byline: metadata, JSON-LD person, the DOM author element.
  let byline = META_AUTHOR_KEYS.map((k) => meta.get(k)).find((v) => v && !/^https?:/.test(v));
  if (!byline && ld.author && ld.authorIsPerson) byline = ld.author;
  if (!byline) byline = domByline(doc);

  const lang = attr(doc.documentElement as El, "lang") || undefined;
  const declaredDir = (attr(doc.documentElement as El, "dir") || attr(doc.body as El, "dir")).toLowerCase();
  const url = meta.get("og:url") ?? (doc.querySelector('link[rel="canonical"]')?.getAttribute("href") || undefined);

  // Drop what is never body before Readability scores the page.
  // An element holding several paragraphs is never dropped: some sites mark the whole article with a class or
  // attribute that reads like chrome (an off-canvas "advertisement" wrapper, a body hidden until scripts run).
  for (const el of [...doc.querySelectorAll(DROP_SELECTOR)]) {
    if (el.isConnected && el.querySelectorAll("p").length < PROTECTED_PARAGRAPHS) el.remove();
  }

  const reader = new Readability<Node>(doc, { charThreshold: CHAR_THRESHOLD, serializer: (n: Node) => n });
  const r = reader.parse();
  const { lines, table: tableRows } = r?.content ? blockLines(r.content) : { lines: [], table: [] };
  if (!byline && r?.byline) byline = cleanText(r.byline);
  if (!title && r?.title) title = cleanText(r.title);

  const page: HtmlPage = {
    title,
    lines,
    tableRows,
    dates,
    dateTexts: header.texts,
    dir: detectDir(declaredDir, lines.slice(0, 5).join(" ") || title),
  };
  if (referenceDate) page.referenceDate = referenceDate;
  if (byline) page.byline = cleanText(byline);
  const siteName = siteNames[0] ?? r?.siteName ?? undefined;
  if (siteName) page.siteName = siteName;
  if (lang) page.lang = lang;
  if (url) page.url = url;
  return page;
}

/** Text lines of a page without Readability (cheap: one parse), for per-outlet template learning. */
export function htmlTemplateLines(html: string): string[] {
  const { document: doc } = parseHTML(html) as unknown as { document: Document };
  for (const el of [...doc.querySelectorAll("script, style, noscript, template, svg")]) el.remove();
  return doc.body ? blockLines(doc.body).lines : [];
}
