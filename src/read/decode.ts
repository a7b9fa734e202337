/**
 * Bytes → text. Order of evidence, as browsers do it (WHATWG "encoding sniffing"):
 * BOM, then a charset declared out of band (HTTP header, record), then one declared in the
 * document (`<meta charset>`, `http-equiv`, XML declaration), then detection.
 *
 * Detection for Arabic news: valid UTF-8 wins (cp1256 Arabic text is practically never valid
 * UTF-8); UTF-16 without BOM is recognised by its high-byte pattern; otherwise windows-1256
 * and ISO-8859-6 are both tried and scored (Arabic letters, the article `ال`, and penalties
 * for Latin-1 letters glued to Arabic ones and for unmapped bytes), because `chardet` alone
 * confuses them on short pages. `chardet` decides only for pages that are not Arabic.
 */
import { isAscii, isUtf8 } from "node:buffer";
import chardet from "chardet";
import iconv from "iconv-lite";
import { MarsadError } from "../errors.js";

/** Result of {@link decodeBytes}. */
export interface Decoded {
  text: string;
  /** Canonical lowercase name: `utf-8`, `utf-16le`, `utf-16be`, `windows-1256`, `iso-8859-6`, … */
  encoding: string;
  /**
   * True when the encoding was detected rather than taken from a BOM, a declaration or the UTF-8 default
   * (valid UTF-8 is not a guess; legacy detection, BOM-less UTF-16, a corrected label or tolerated broken bytes are).
   */
  guessed: boolean;
}

/** How many leading bytes are scanned for `<meta charset>` / XML declarations (the HTML spec prescans 1024; pages with long `<head>` scripts put it later, 4 KB catches those we saw). */
const PRESCAN_BYTES = 4096;
/** How many bytes the UTF-16 pattern and chardet look at: enough for a stable estimate, cheap on large files. */
const DETECT_SAMPLE_BYTES = 16384;
/** A valid-UTF-8 verdict tolerates this share of broken sequences (a file cut mid-character, one stray byte). */
const UTF8_MAX_BROKEN_RATIO = 0.01;
/** Below this chardet confidence (0–100) a non-Arabic guess is not trusted: random high bytes score ≤ 10, real Latin-1 pages 30+. */
const MIN_CHARDET_CONFIDENCE = 30;
/** Share of non-ASCII characters that must be Arabic letters for a single-byte Arabic decoding to be believed. */
const MIN_ARABIC_SHARE = 0.5;

const ARABIC_SINGLE_BYTE = ["windows-1256", "iso-8859-6"] as const;

const ALIASES: Record<string, string> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  cp1256: "windows-1256",
  "windows-1256": "windows-1256",
  "x-cp1256": "windows-1256",
  "win-1256": "windows-1256",
  "iso-8859-6": "iso-8859-6",
  "iso_8859-6": "iso-8859-6",
  "iso8859-6": "iso-8859-6",
  "iso-8859-6-i": "iso-8859-6",
  "iso-8859-6-e": "iso-8859-6",
  "iso-ir-127": "iso-8859-6",
  "asmo-708": "iso-8859-6",
  arabic: "iso-8859-6",
  csisolatinarabic: "iso-8859-6",
  // WHATWG: these labels mean windows-1252 on the web.
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
};

/**
 * Normalises a charset label to a canonical name iconv-lite knows, or `undefined`.
 *
 * @example normalizeCharset("CP1256") // "windows-1256"
 */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (!l) return undefined;
  const mapped = ALIASES[l];
  if (mapped) return mapped;
  return iconv.encodingExists(l) ? l : undefined;
}

/**
 * Finds a charset the document declares about itself in its first bytes:
 * `<meta charset=…>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>`.
 *
 * @example sniffDeclaredCharset(Buffer.from('<meta charset="windows-1256">')) // "windows-1256"
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString(
    "latin1",
  );
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/**
 * Recognises UTF-16 without a BOM by where the zero bytes fall: ASCII in UTF-16LE is `c 00`,
 * Arabic is `xx 06`; so one byte parity is almost only 00/06/20/FB/FE/FF and holds some zeros,
 * while the other parity has (almost) none.
 */
export function utf16Pattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, DETECT_SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  let highEven = 0;
  let highOdd = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
    if (isHighByte(a)) highEven++;
    if (isHighByte(b)) highOdd++;
  }
  const pairs = n / 2;
  // Why 0.05 / 0.9 / 0.02: Arabic UTF-16 text has a space (a zero high byte) every ~6 characters;
  // binary data has zeros at both parities.
  if (zeroOdd / pairs >= 0.05 && highOdd / pairs >= 0.9 && zeroEven / pairs <= 0.02) return "utf-16le";
  if (zeroEven / pairs >= 0.05 && highEven / pairs >= 0.9 && zeroOdd / pairs <= 0.02) return "utf-16be";
  return undefined;
}

function isHighByte(b: number): boolean {
  // 00 ASCII/Latin-1, 06 Arabic, 20 punctuation/marks (RLM, quotes), FB/FE Arabic presentation forms.
  return b === 0x00 || b === 0x06 || b === 0x20 || b === 0xfb || b === 0xfe || b === 0xff || b === 0x25;
}

/**
 * Scores a decoding as Arabic text: Arabic letters count, the article `ال` at a word start counts extra,
 * Latin letters glued to Arabic letters (cp1256 read as 8859-6 or vice versa, or a French Latin-1 page whose
 * `é` became `ى`) and unmapped bytes cost a lot. On a tie (very short texts) windows-1256, the commoner one, wins.
 */
export function arabicScore(text: string): { score: number; arabicShare: number } {
  let letters = 0;
  let nonAscii = 0;
  let al = 0;
  let bad = 0;
  let glued = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) nonAscii++;
    const isAr = c >= 0x0621 && c <= 0x064a;
    if (isAr) {
      letters++;
      if (c === 0x0627 && text.charCodeAt(i + 1) === 0x0644 && !isLetterCode(prev)) al++;
      if (isLatin1Letter(prev) || isAsciiLetter(prev)) glued++;
    } else if ((isLatin1Letter(c) || isAsciiLetter(c)) && prev >= 0x0621 && prev <= 0x064a) {
      glued++;
    } else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) {
      bad++;
    }
    prev = c;
  }
  return { score: letters + 3 * al - 8 * glued - 8 * bad, arabicShare: nonAscii ? letters / nonAscii : 0 };
}

function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLetterCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function stripBom(bytes: Uint8Array): { bom?: string; body: Uint8Array } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { bom: "utf-8", body: bytes.subarray(3) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { bom: "utf-16le", body: bytes.subarray(2) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { bom: "utf-16be", body: bytes.subarray(2) };
  return { body: bytes };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return !isAscii(bytes);
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function bestArabicSingleByte(bytes: Uint8Array, preferred?: string): Decoded & { arabicShare: number; score: number } {
  let best: (Decoded & { arabicShare: number; score: number }) | undefined;
  const order = preferred ? [preferred, ...ARABIC_SINGLE_BYTE.filter((e) => e !== preferred)] : [...ARABIC_SINGLE_BYTE];
  for (const encoding of order) {
    const text = decodeAs(bytes, encoding);
    const { score, arabicShare } = arabicScore(text);
    // Strictly greater: on a tie the preferred (declared) one stays.
    if (!best || score > best.score) best = { text, encoding, guessed: true, score, arabicShare };
  }
  return best!;
}

function looksLikeUtf8(bytes: Uint8Array): string | undefined {
  if (isUtf8(bytes)) return decodeAs(bytes, "utf-8");
  const text = decodeAs(bytes, "utf-8");
  let broken = 0;
  let multi = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c >= 0x80) multi++;
  }
  return broken <= Math.max(1, multi * UTF8_MAX_BROKEN_RATIO) && multi >= 10 * broken ? text : undefined;
}

function checkUtf16(text: string, where: string | undefined): void {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else bad++;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad++;
  }
  if (bad > Math.max(1, text.length * UTF8_MAX_BROKEN_RATIO)) {
    throw new MarsadError("ERR_READ_DECODE", `${bad} broken UTF-16 sequences; re-save the file as UTF-8`, where);
  }
}

/**
 * Decodes bytes to text: BOM, then `declared` (an out-of-band charset such as an HTTP header),
 * then a charset the document declares in its first 4 KB, then detection.
 * Throws `MarsadError` `ERR_READ_DECODE` when no supported encoding yields credible text.
 *
 * A declared single-byte Arabic charset is checked against its twin (cp1256 vs ISO-8859-6, a common
 * mislabel) and a declared legacy charset loses to valid multi-byte UTF-8 (re-encoded pages keep stale
 * `<meta>` tags); in both cases `guessed` is true.
 *
 * @example
 * decodeBytes(iconv.encode("خبر عاجل", "windows-1256")) // { text: "خبر عاجل", encoding: "windows-1256", guessed: true }
 */
export function decodeBytes(bytes: Uint8Array, declared?: string, where?: string): Decoded {
  const { bom, body } = stripBom(bytes);
  if (bom) {
    const text = decodeAs(body, bom);
    if (bom !== "utf-8") checkUtf16(text, where);
    return { text, encoding: bom, guessed: false };
  }
  const outOfBand = normalizeCharset(declared);
  let inBand = outOfBand ? undefined : normalizeCharset(sniffDeclaredCharset(body));
  // WHATWG: a readable in-document "utf-16" label means the bytes are ASCII-compatible, i.e. UTF-8.
  if (inBand?.startsWith("utf-16")) inBand = "utf-8";
  const stated = outOfBand ?? inBand;
  const nonAscii = hasNonAscii(body);

  if (stated === "utf-16le" || stated === "utf-16be") {
    const text = decodeAs(body, stated);
    checkUtf16(text, where);
    return { text, encoding: stated, guessed: false };
  }
  const pattern = utf16Pattern(body);
  if (pattern) {
    const text = decodeAs(body, pattern);
    checkUtf16(text, where);
    return { text, encoding: pattern, guessed: true };
  }
  // UTF-8 is the default (JSON, HTML5), not a guess: undeclared valid UTF-8 is `guessed: false`.
  if (!nonAscii) return { text: decodeAs(body, "utf-8"), encoding: stated ?? "utf-8", guessed: false };

  if (isUtf8(body))
    return { text: decodeAs(body, "utf-8"), encoding: "utf-8", guessed: !!stated && stated !== "utf-8" };
  const utf8 = looksLikeUtf8(body);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", guessed: true };

  if (stated === "windows-1256" || stated === "iso-8859-6") {
    const best = bestArabicSingleByte(body, stated);
    return { text: best.text, encoding: best.encoding, guessed: best.encoding !== stated };
  }
  if (stated && stated !== "utf-8") {
    return { text: decodeAs(body, stated), encoding: stated, guessed: false };
  }

  // Undeclared (or declared UTF-8 but not UTF-8): Arabic single-byte candidates first.
  const best = bestArabicSingleByte(body);
  if (best.score > 0 && best.arabicShare >= MIN_ARABIC_SHARE) {
    return { text: best.text, encoding: best.encoding, guessed: true };
  }
  const sample = body.subarray(0, DETECT_SAMPLE_BYTES);
  for (const m of chardet.analyse(sample)) {
    if (m.confidence < MIN_CHARDET_CONFIDENCE) break;
    const enc = normalizeCharset(m.name);
    if (!enc || enc === "utf-8" || enc.startsWith("utf-16") || enc.startsWith("utf-32")) continue;
    const text = decodeAs(body, enc);
    if (!text.includes("\ufffd")) return { text, encoding: enc, guessed: true };
  }
  throw new MarsadError(
    "ERR_READ_DECODE",
    "the bytes are not UTF-8, UTF-16, windows-1256 or ISO-8859-6 and no other encoding fits; re-save as UTF-8 or pass the charset",
    where,
  );
}
