/**
 * Format detection by content: what the first bytes look like, not what the file is called.
 */
import { utf16Pattern } from "./decode.js";

/** What a (decompressed) input is. */
export type Sniffed = "empty" | "binary" | "utf16" | "warc" | "json" | "jsonl" | "html" | "text";

/** Bytes examined for sniffing: a page's `<head>` or a WARC header fits easily. */
export const SNIFF_BYTES = 16384;
/**
 * Share of NUL bytes above which a non-UTF-16 input is binary. Text never has NULs except a stray one
 * from a broken scraper; images, archives and PDFs have them every few bytes.
 */
const BINARY_NUL_RATIO = 0.005;
/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which the input is binary. */
const BINARY_CONTROL_RATIO = 0.1;
/**
 * HTML by tag density, for fragments without `<!doctype>`/`<html>`: at least this many distinct
 * structural tags in the sample. A scraped text page may quote one `<br>`; not three different tags.
 */
const MIN_DISTINCT_HTML_TAGS = 3;

/** Binary check on a byte sample (assumed not UTF-16). */
export function isBinary(sample: Uint8Array): boolean {
  let nul = 0;
  let ctl = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 27) ctl++;
  }
  return nul > sample.length * BINARY_NUL_RATIO || nul + ctl > sample.length * BINARY_CONTROL_RATIO;
}

const HTML_TAG =
  /<\/?(p|div|span|a|br|h[1-6]|body|head|meta|title|article|section|script|style|table|tr|td|ul|li|img|link|header|footer|nav|main|figure)\b/gi;

/** HTML by its opening or by tag density. */
export function looksLikeHtml(text: string): boolean {
  const t = text.trimStart().slice(0, 1024).toLowerCase();
  if (t.startsWith("<!doctype") || t.startsWith("<html") || (t.startsWith("<?xml") && t.includes("<html"))) return true;
  if (/^<!--[\s\S]*?-->\s*<(!doctype|html)/.test(t)) return true;
  const seen = new Set<string>();
  for (const m of text.matchAll(HTML_TAG)) {
    seen.add(m[1]!.toLowerCase());
    if (seen.size >= MIN_DISTINCT_HTML_TAGS) return true;
  }
  return false;
}

/** Sniffs decoded text (used after UTF-16 decoding, and for the first bytes of ASCII-compatible input). */
export function sniffText(text: string): Exclude<Sniffed, "binary" | "utf16"> {
  const t = text.replace(/^[\s\ufeff]+/, "");
  if (!t) return "empty";
  if (t.startsWith("WARC/1.") || t.startsWith("WARC/0.")) return "warc";
  // A scraped title may start with a bracket ("[صور] …"): JSON needs a JSON token right after it.
  if (t[0] === "[" && /^\[\s*([[{"\]\d-]|true|false|null)/.test(t)) return "json";
  if (t[0] === "{" && /^\{\s*["}]/.test(t)) return "jsonl";
  return looksLikeHtml(t.slice(0, SNIFF_BYTES)) ? "html" : "text";
}

/**
 * Sniffs the first bytes of a decompressed input.
 * `complete` says the sample is the whole input (so an all-whitespace sample means an empty input).
 *
 * @example sniffBytes(Buffer.from("WARC/1.1\r\n…"), false) // "warc"
 */
export function sniffBytes(sample: Uint8Array, complete: boolean): Sniffed {
  if (sample.length === 0) return "empty";
  const hasUtf16Bom =
    sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff));
  if (hasUtf16Bom || utf16Pattern(sample)) return "utf16";
  if (isBinary(sample)) return "binary";
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf ? 3 : 0;
  const head = Buffer.from(sample.buffer, sample.byteOffset + bom, sample.byteLength - bom).toString("latin1");
  const kind = sniffText(head);
  // A large run of leading whitespace may hide the content past the sample.
  if (kind === "empty" && !complete) return "text";
  return kind;
}
