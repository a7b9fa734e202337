/**
 * Store-independent parts of search: parsing a user query into stemmed terms,
 * writing a safe FTS5 expression, and cutting snippets with highlights from the
 * original text. Every store implementation indexes `indexText` and searches with
 * the same terms, so spelling variants, diacritics and clitics match alike.
 */

import { stem, stems, stripClitics } from "../arabic/stem.js";
import { tokenize } from "../arabic/tokens.js";
import type { Span } from "../model/types.js";

import { numberKey } from "./index-text.js";

export { indexText, numberKey } from "./index-text.js";

/**
 * One ANDed part of a query: a word (one stem, matched with any of `variants`) or a
 * quoted phrase (stems in order).
 */
export interface QueryTerm {
  stems: string[];
  phrase: boolean;
  /** For a word: the stem and its clitic forms (see `cliticForms`); any of them matches. */
  variants?: string[];
}

/** Single-letter proclitics the light10 stemmer keeps when no article follows (بمصر، لمصر، كمصر، فمصر). */
const BARE_PROCLITICS = ["ب", "ل", "ك", "ف"] as const;
/**
 * Shortest word that gets clitic forms: with two letters, ب/ل/ك/ف + word is too often another
 * word (حر → بحر); three-letter words rarely collide (عمل → بعمل، لعمل).
 */
const MIN_CLITIC_WORD = 3;

/**
 * The stems under which the index holds a word with a bare ب/ل/ك/ف attached, since the
 * stemmer leaves those (its و، ال، بال، لل are stripped already): the word's stem, the stem
 * of each proclitic + word, and for a word that itself starts with one of them, the stem
 * of the word without it. Takes a folded word, as `tokenize` returns it.
 *
 * @example
 * cliticForms("مصر"); // ["مصر", "بمصر", "لمصر", "كمصر", "فمصر"]
 * cliticForms("عمان"); // ["عم", "بعم", "لعم", "كعم", "فعم"] (light10 strips ان)
 * cliticForms("بمصر"); // ["بمصر", "ببمصر", …, "مصر"]
 */
export function cliticForms(folded: string): string[] {
  const out = [stem(folded)];
  const add = (x: string) => {
    if (!out.includes(x)) out.push(x);
  };
  const base = stripClitics(folded);
  add(stem(base));
  if (base.length < MIN_CLITIC_WORD || !/^\p{Script=Arabic}+$/u.test(base)) return out;
  for (const p of BARE_PROCLITICS) add(stem(p + base));
  if ((BARE_PROCLITICS as readonly string[]).includes(base[0] as string) && base.length - 1 >= MIN_CLITIC_WORD) {
    add(stem(base.slice(1)));
  }
  return out;
}

/** Digits grouped by points in threes (1.200، 12.500.000): thousands in some outlets' style, a decimal in others'. */
const POINT_THOUSANDS = /^[0-9]{1,3}(?:\.[0-9]{3})+$/;

/**
 * The stems under which the index may hold a number the user typed (a folded word starting with a
 * digit): its `numberKey` (1,200 and ١٬٢٠٠ as 1200, which `indexText` writes); the stem as typed
 * when that differs, which a store indexed before `numberKey` holds (1,200 as the tokens 1 and 200);
 * and for points between groups of three (1.200), also the digits, since the user who types the
 * point may mean the thousands another outlet writes with a comma.
 *
 * @example
 * numberForms("1,200"); // ["1200", "1,200"]
 * numberForms("1.200"); // ["1.200", "1200"]
 * numberForms("1200"); // ["1200"]
 */
export function numberForms(folded: string): string[] {
  const s = stem(folded);
  const out = [numberKey(s)];
  if (out[0] !== s) out.push(s);
  if (POINT_THOUSANDS.test(s)) out.push(s.replaceAll(".", ""));
  return out;
}

/** True when a folded word starts with a digit (a number, for `numberForms`). */
function isNumberWord(folded: string): boolean {
  const c = folded.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Opening and closing quotation marks a user may type around a phrase. */
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "«": "»", "“": "”", "„": "“", "'": "'" };

/**
 * True when the full-text index has a token for the stem: stores split stems on ASCII
 * punctuation (FTS5 ascii tokenizer, PostgreSQL parsers alike), so a stem made only of
 * `_` or joiners would be an empty phrase that matches nothing.
 */
function indexable(stem: string): boolean {
  return /[^\x00-\x7f]|[a-z0-9]/i.test(stem);
}

/**
 * Parses a query: "quoted phrases" (any of " « “) and single words, all ANDed.
 * Words without letters or digits vanish; an unbalanced quote opens a phrase that
 * runs to the end. Duplicate terms are dropped.
 *
 * @example
 * parseQuery('الرئيس «وزير الخارجية»');
 * // [{stems:["رئيس"], phrase:false}, {stems:["وزير","خارج"], phrase:true}]
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (all: string[], phrase: boolean, word?: string) => {
    const stemList = all.filter(indexable);
    if (stemList.length === 0) return;
    const isPhrase = phrase && stemList.length > 1;
    const key = `${isPhrase ? "p" : "w"}:${stemList.join(" ")}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (!isPhrase && word !== undefined) {
      const forms = isNumberWord(word) ? numberForms(word) : cliticForms(word);
      terms.push({ stems: stemList, phrase: false, variants: forms.filter(indexable) });
      return;
    }
    terms.push(isPhrase ? { stems: stemList, phrase: true } : { stems: stemList, phrase: false });
  };
  const addWords = (text: string) => {
    for (const t of tokenize(text)) add([numberKey(stem(t.text))], false, t.text);
  };
  let i = 0;
  let loose = "";
  while (i < query.length) {
    const ch = query[i] as string;
    const close = QUOTE_PAIRS[ch];
    // An apostrophe inside a word (Latin names) is not a quote.
    if (close !== undefined && !(ch === "'" && i > 0 && /[\p{L}\p{N}]/u.test(query[i - 1] as string))) {
      addWords(loose);
      loose = "";
      let j = query.indexOf(close, i + 1);
      if (j < 0) j = query.length;
      add(
        stems(query.slice(i + 1, j)).map((s) => numberKey(s.stem)),
        true,
      );
      i = j + 1;
      continue;
    }
    loose += ch;
    i++;
  }
  addWords(loose);
  return terms;
}

/**
 * An FTS5 MATCH expression for the terms: each a double-quoted string (so FTS5
 * operators and syntax characters in user input are plain text), ANDed.
 * Returns null when there is nothing to search for.
 *
 * @example
 * ftsExpression([{stems:["رئيس"], phrase:false}]); // '"رئيس"'
 */
export function ftsExpression(terms: QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  const quote = (x: string) => `"${x.replaceAll('"', '""')}"`;
  return terms
    .map((t) => {
      if (t.phrase || t.variants === undefined || t.variants.length <= 1) return quote(t.stems.join(" "));
      return `(${t.variants.map(quote).join(" OR ")})`;
    })
    .join(" AND ");
}

/** Marks and tatweel that belong to the word before them. */
const TRAILING = /[\p{M}\u0640]/u;

/**
 * Spans of `original` that match the terms: every word whose stem is a query
 * word, and every word of each occurrence of a query phrase. Sorted, no overlaps.
 *
 * @example
 * matchSpans("قال الرئيسُ", parseQuery("رئيس")); // [{start: 4, end: 11}]
 */
export function matchSpans(original: string, terms: QueryTerm[]): Span[] {
  const words = stems(original);
  const keys = words.map((w) => numberKey(w.stem));
  const single = new Set<string>();
  for (const t of terms) if (!t.phrase) for (const v of t.variants ?? t.stems) single.add(v);
  const hit = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) if (single.has(keys[i]!)) hit[i] = 1;
  for (const t of terms) {
    if (!t.phrase) continue;
    const k = t.stems.length;
    for (let i = 0; i + k <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < k && ok; j++) ok = keys[i + j] === t.stems[j];
      if (ok) for (let j = 0; j < k; j++) hit[i + j] = 1;
    }
  }
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!hit[i]) continue;
    // Folding drops marks after the last letter (الرئيسُ → الرئيس): give them back to the word.
    let end = words[i]!.end;
    while (end < original.length && TRAILING.test(original[end] as string)) end++;
    spans.push({ start: words[i]!.start, end });
  }
  return spans;
}

/**
 * Characters of original text around the matches: about two lines of a terminal,
 * enough context to judge a hit (the ~200-char window web search engines use).
 */
export const SNIPPET_CHARS = 220;
/** Context kept before the first match of the window, so the snippet does not start on the match. */
const LEAD_CHARS = 60;
const ELLIPSIS = "…";

/**
 * A window of `original` around the densest group of `matches` (or its start
 * when there are none), cut at word boundaries, with each run of whitespace
 * flattened to one space and "…" where it was cut; `highlights` are the matches relative to the snippet.
 *
 * @example
 * const { snippet, highlights } = snippetAround(text, matchSpans(text, parseQuery("الرئيس")));
 * snippet.slice(highlights[0].start, highlights[0].end); // "الرئيسُ" as printed
 */
export function snippetAround(
  original: string,
  matches: Span[],
  width: number = SNIPPET_CHARS,
): { snippet: string; highlights: Span[] } {
  let from = 0;
  if (matches.length > 0) {
    // The window that contains the most matches, starting LEAD_CHARS before one of them.
    let best = 0;
    let bestCount = -1;
    let k = 0;
    for (let i = 0; i < matches.length; i++) {
      const start = matches[i]!.start;
      if (k < i) k = i;
      while (k + 1 < matches.length && matches[k + 1]!.end <= start - LEAD_CHARS + width) k++;
      const count = k - i + 1;
      if (count > bestCount) {
        bestCount = count;
        best = i;
      }
    }
    from = Math.max(0, matches[best]!.start - LEAD_CHARS);
  }
  let to = Math.min(original.length, from + width);
  if (from > 0) {
    // Start on a word boundary: after the first whitespace in the lead, unless that skips a match.
    const ws = original.slice(from).search(/\s/);
    const firstMatch = matches.find((m) => m.end > from);
    if (ws >= 0 && (firstMatch === undefined || from + ws < firstMatch.start)) from += ws + 1;
  }
  if (to < original.length) {
    const cut = original.slice(from, to).search(/\s\S*$/);
    const lastMatch = [...matches].reverse().find((m) => m.start < to);
    if (cut > 0 && (lastMatch === undefined || from + cut >= lastMatch.end)) to = from + cut;
  }
  const prefix = from > 0 ? ELLIPSIS : "";
  const suffix = to < original.length ? ELLIPSIS : "";
  // Whitespace runs (paragraph breaks) become one space; `at[i]` is where original unit
  // from+i landed in the snippet, so highlights follow.
  const at = new Int32Array(to - from + 1);
  let body = "";
  for (let i = from; i < to; i++) {
    at[i - from] = prefix.length + body.length;
    const ch = original[i] as string;
    if (/\s/.test(ch)) {
      if (!body.endsWith(" ")) body += " ";
    } else body += ch;
  }
  at[to - from] = prefix.length + body.length;
  const snippet = prefix + body + suffix;
  const highlights: Span[] = [];
  for (const m of matches) {
    if (m.start >= from && m.end <= to)
      highlights.push({ start: at[m.start - from] as number, end: at[m.end - from] as number });
  }
  return { snippet, highlights };
}
