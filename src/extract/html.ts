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
/** Date elements this many elements before the headline still count as its header (a date printed above it). */
const HEADLINE_SLACK = 3;
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

/** Tags that are never body (removed before Readability scores the page). */
const DROP_TAGS = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME SVG BUTTON INPUT SELECT TEXTAREA FIGCAPTION".split(" "),
);
/**
 * Page furniture by tag: navigation, sidebars, footers. Removing them before Readability (unless they hold
 * several paragraphs, see PROTECTED_PARAGRAPHS) shrinks the DOM it scores and serialises for its retries.
 */
const CHROME_TAGS = new Set(["NAV", "ASIDE", "FOOTER"]);
/** ARIA roles of furniture (Readability drops most of them too, but later and after scoring). */
const CHROME_ROLES = new Set(["navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog"]);
/** Class tokens of hidden, screen-reader-only, caption and ad blocks. */
const DROP_CLASS_TOKENS = new Set([
  "screen-reader-text",
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "element-invisible",
  "wp-caption-text",
  "img_caption",
  "img-caption",
  "caption",
  "advertisement",
  "ad-unit",
  "ad-slot",
]);
/** Class substrings of pull quotes (a repeated body sentence) and ad containers. */
const DROP_CLASS_PARTS = /pullquote|pull-quote|adsbygoogle|ads-container/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Class/id of containers whose dates and headlines belong to other articles. */
const CHROME_CONTAINER =
  /related|sidebar|most-?read|popular|latest|comment|widget|ticker|trending|footer|more-section|next-prev/i;
const DATE_CLASS = /date|time|publish|meta/i;
const AUTHOR_CLASS = /author|byline|writer|article-source|credit/i;
/** A paragraph this long (characters) starts the body: author boxes are looked for before it only. */
const BODY_PARAGRAPH_CHARS = 80;
const HEAD_CLASS = /title|headline/i;
/**
 * Readability's own "unlikely candidate" test (Readability.js REGEXPS, v0.6): applied during our scan, the same
 * blocks leave the DOM before Readability serialises and scores it, which is where its time goes.
 */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
/** Every class/id keyword any rule above looks for: one test lets most elements skip all the others. */
const ANY_CLASS_RULE = new RegExp(
  [CHROME_CONTAINER, DATE_CLASS, AUTHOR_CLASS, HEAD_CLASS, UNLIKELY, DROP_CLASS_PARTS]
    .map((r) => r.source)
    .concat(
      [...DROP_CLASS_TOKENS].map((t) => t.replace(/[-_]/g, "[-_]")),
      "div-gpt-ad",
      "twitter-tweet",
    )
    .join("|"),
  "i",
);

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
  return isTidy(s) ? s : nfkcArabic(s).replace(/\s+/g, " ").trim();
}

/**
 * True when `cleanText` would return `s` unchanged: no presentation forms, no whitespace but single
 * spaces between other characters. Most lines of a page are, and the scan is far cheaper than the
 * regular expressions (this runs on every line of every document ingested).
 */
export function isTidy(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  let prevSpace = true; // a leading space is untidy
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x20 ? c >= 0x09 && c <= 0x0d : c >= 0x85 && isUntidyUnit(c)) return false;
  }
  return !prevSpace;
}

/** JavaScript's `\s` above ASCII, and the presentation forms that `nfkcArabic` rewrites. */
function isUntidyUnit(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefe)
  );
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

function readJsonLd(scripts: string[]): JsonLdInfo {
  const info: JsonLdInfo = {};
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(s);
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

/** An author box holds a name (and maybe a place): never a date, a counter or a "source:" line. */
function plausibleByline(t: string): boolean {
  return t.length > 0 && t.length <= 80 && !/[\d\u0660-\u0669]/.test(t) && !/^\s*(المصدر|source)\s*:/i.test(t);
}

/** What one pass over the DOM collects before Readability runs. */
interface Scan {
  meta: Map<string, string>;
  jsonLd: string[];
  /** Headline candidates outside chrome, in document order, with their order index. */
  h1s: { el: El; at: number }[];
  /** Other title-like elements outside chrome (h2, `class*=title|headline`), for pages without an `<h1>`. */
  heads: { el: El; at: number }[];
  /** Date-looking elements outside chrome: order index, element (its text is read only if needed), `datetime`. */
  dated: { at: number; el: El; datetime: string }[];
  author?: string;
  canonical?: string | undefined;
  /** A long paragraph has been seen: author boxes after it are source lines or other articles' credits. */
  bodyStarted: boolean;
  drop: El[];
  title: string;
}

/**
 * One recursive pass over the page (instead of a dozen selector queries, which linkedom answers by walking the
 * whole tree each time): metadata, JSON-LD, headlines, header dates, author, and the blocks to drop.
 * Returns the number of `<p>` under `el` so that a block holding several paragraphs is never dropped.
 */
function scan(doc: Document): Scan {
  const out: Scan = {
    meta: new Map(),
    jsonLd: [],
    h1s: [],
    heads: [],
    dated: [],
    drop: [],
    title: "",
    bodyStarted: false,
  };
  let order = 0;
  const visit = (el: El, inChrome: boolean, inTable: boolean): number => {
    const tag = el.tagName;
    const at = order++;
    if (tag === "META") {
      const key = (attr(el, "property") || attr(el, "name") || attr(el, "itemprop")).toLowerCase();
      const equiv = attr(el, "http-equiv").toLowerCase();
      const value = attr(el, "content");
      const k = equiv ? `http-equiv:${equiv}` : key;
      if (k && value && !out.meta.has(k)) out.meta.set(k, value);
      return 0;
    }
    if (tag === "SCRIPT") {
      if (attr(el, "type") === "application/ld+json") out.jsonLd.push(el.textContent ?? "");
      out.drop.push(el);
      return 0;
    }
    if (tag === "LINK") {
      if (!out.canonical && attr(el, "rel").toLowerCase() === "canonical")
        out.canonical = attr(el, "href") || undefined;
      return 0;
    }
    if (tag === "TITLE" && !out.title) {
      out.title = el.textContent ?? "";
      return 0;
    }
    if (tag === "STYLE" || tag === "SVG" || tag === "NOSCRIPT" || tag === "TEMPLATE") {
      out.drop.push(el);
      return 0;
    }
    // Most elements carry no attribute: skip the lookups for them (the scan visits every element).
    const attrs = el.hasAttributes();
    let cls = attrs ? (el.getAttribute("class") ?? "") : "";
    let id = attrs ? (el.getAttribute("id") ?? "") : "";
    // Class names no rule cares about (grid and layout classes, most of a page) are treated as absent.
    if ((cls || id) && !ANY_CLASS_RULE.test(`${cls} ${id}`)) {
      cls = "";
      id = "";
    }
    const role = attrs ? (el.getAttribute("role") ?? "") : "";
    const chromeHere = inChrome || CHROME_TAGS.has(tag) || CHROME_CONTAINER.test(cls) || CHROME_CONTAINER.test(id);
    let drop = DROP_TAGS.has(tag) || CHROME_TAGS.has(tag) || CHROME_ROLES.has(role);
    if (attrs && !drop && (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true")) drop = true;
    if (attrs && !drop) {
      const style = el.getAttribute("style");
      if (style && HIDDEN_STYLE.test(style)) drop = true;
    }
    if (!drop && cls) {
      if (DROP_CLASS_PARTS.test(cls)) drop = true;
      else for (const t of cls.split(/\s+/)) if (DROP_CLASS_TOKENS.has(t)) drop = true;
    }
    if (!drop && id.startsWith("div-gpt-ad")) drop = true;
    if (!drop && !inTable && (cls || id) && tag !== "BODY" && tag !== "A" && tag !== "HTML") {
      const match = `${cls} ${id}`;
      if (UNLIKELY.test(match) && !OK_MAYBE.test(match)) drop = true;
    }
    // An outlet embedding its own tweet promotes another story (the gold marks these chrome); a third party's
    // tweet is quoted material and stays (the ScrapingHub gold keeps those).
    if (!drop && tag === "BLOCKQUOTE" && /twitter-tweet/.test(cls)) {
      const handle = out.meta.get("twitter:site");
      if (handle && (el.textContent ?? "").includes(handle.startsWith("@") ? handle : `@${handle}`)) drop = true;
    }
    if (!chromeHere) {
      if (tag === "H1") out.h1s.push({ el, at });
      else if (tag === "H2" || HEAD_CLASS.test(cls)) out.heads.push({ el, at });
      if (tag === "TIME" || DATE_CLASS.test(cls) || (attrs && el.hasAttribute("datetime"))) {
        out.dated.push({ at, el, datetime: attr(el, "datetime") });
      }
      if (
        !out.author &&
        !out.bodyStarted &&
        attrs &&
        (el.getAttribute("rel") === "author" || el.getAttribute("itemprop") === "author" || AUTHOR_CLASS.test(cls))
      ) {
        const t = text(el);
        if (plausibleByline(t)) out.author = t;
      }
      if (tag === "P" && !out.bodyStarted && (el.textContent ?? "").length >= BODY_PARAGRAPH_CHARS)
        out.bodyStarted = true;
    }
    let ps = tag === "P" ? 1 : 0;
    const tableHere = inTable || tag === "TABLE" || tag === "CODE";
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) ps += visit(c, chromeHere, tableHere);
    if (drop && ps < PROTECTED_PARAGRAPHS) out.drop.push(el);
    return ps;
  };
  if (doc.documentElement) visit(doc.documentElement as El, false, false);
  return out;
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
  const sc = scan(doc);
  const meta = sc.meta;
  const ld = readJsonLd(sc.jsonLd);
  let h1 = sc.h1s[0];
  if (sc.h1s.length > 1) {
    h1 = sc.h1s.find((h) => h.el.closest("article, main, [class*='article'], [class*='story'], [class*='post']")) ?? h1;
  }
  const h1Text = h1 ? cleanText(h1.el.textContent ?? "") : "";

  // Metadata dates, best first; then `<time datetime>` of the article header.
  const dates: MetaDate[] = [];
  for (const [key, evidence] of META_DATE_KEYS) {
    const v = meta.get(key);
    if (v) dates.push({ value: v, evidence });
  }
  if (ld.datePublished) dates.splice(1, 0, { value: ld.datePublished, evidence: "json-ld:datePublished" });
  const referenceDate = meta.get("http-equiv:date") ?? meta.get("og:updated_time") ?? meta.get("article:modified_time");

  // Title: the visible headline when the metadata agrees with it, else og:title / JSON-LD / <title> without suffix.
  const siteNames = [meta.get("og:site_name"), meta.get("application-name"), ld.publisher, meta.get("twitter:site")]
    .filter((s): s is string => Boolean(s))
    .map((s) => s.replace(/^@/, ""));
  const docTitle = cleanText(sc.title);
  const ogTitle = meta.get("og:title") ?? meta.get("twitter:title") ?? ld.headline ?? "";
  let title = "";
  if (h1Text && [ogTitle, docTitle].some((t) => t && squash(t).includes(squash(h1Text)))) title = h1Text;
  else if (ogTitle) title = stripSiteSuffix(ogTitle, siteNames);
  else if (h1Text) title = h1Text;
  else title = stripSiteSuffix(docTitle, siteNames);

  // Header dates: after the headline (a few elements of slack for a date printed just above it).
  // Without an <h1>, the headline is the title-like element whose text is the title (a date printed in the
  // site header, today's date, comes before it and is not the article's).
  const tk = squash(title);
  const head = h1 ?? sc.heads.find((h) => tk && squash(h.el.textContent ?? "") === tk);
  const from = head ? head.at - HEADLINE_SLACK : 0;
  const dateTexts: string[] = [];
  for (const d of sc.dated) {
    if (d.at < from) continue;
    if (d.datetime && dates.length < MAX_DATE_TEXTS * 2) dates.push({ value: d.datetime, evidence: "time" });
    const t = text(d.el);
    if (t && t.length <= MAX_DATE_TEXT && /[\d٠-٩]/.test(t) && !dateTexts.includes(t)) {
      dateTexts.push(t);
      if (dateTexts.length >= MAX_DATE_TEXTS) break;
    }
  }
  // Byline: metadata, JSON-LD person, the DOM author element.
  let byline = META_AUTHOR_KEYS.map((k) => meta.get(k)).find((v) => v && !/^https?:/.test(v));
  if (!byline && ld.author && ld.authorIsPerson) byline = ld.author;
  if (!byline) byline = sc.author;

  const root = doc.documentElement as El | null;
  const lang = (root && attr(root, "lang")) || undefined;
  const declaredDir = ((root && attr(root, "dir")) || (doc.body ? attr(doc.body as El, "dir") : "")).toLowerCase();
  const url = meta.get("og:url") ?? sc.canonical;

  // Drop what is never body before Readability scores the page (children before parents: scan is post-order).
  for (const el of sc.drop) el.remove();

  const reader = new Readability<Node>(doc, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (n: Node) => n,
    // JSON-LD was read above; classes are not part of the text we take.
    disableJSONLD: true,
    keepClasses: true,
  }) as Readability<Node> & { _fixRelativeUris?: (el: Node) => void };
  // Links and image URLs are not part of the article text: skip Readability's URL rewriting (a `new URL` per link).
  reader._fixRelativeUris = () => {};
  const r = reader.parse();
  const { lines, table: tableRows } = r?.content ? blockLines(r.content) : { lines: [], table: [] };
  if (!byline && r?.byline && plausibleByline(r.byline)) byline = cleanText(r.byline);
  if (!title && r?.title) title = cleanText(r.title);

  const page: HtmlPage = {
    title,
    lines,
    tableRows,
    dates,
    dateTexts,
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
