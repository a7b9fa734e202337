/**
 * What the clusterer reads from one article: stem counts for the title, the body (lead
 * weighted up) and each paragraph, with the passages other articles share with it
 * (from `link`'s reuse) set apart, so that a pasted background paragraph cannot by
 * itself make two events look alike.
 */

import { foldText } from "../arabic/fold.js";
import { stem } from "../arabic/stem.js";
import { isStopwordLoose } from "../arabic/stopwords.js";
import { wordHashes } from "../link/scan.js";
import type { Article, Reuse, Span } from "../model/types.js";

/** Stem counts (already multiplied by position boosts); weighting by idf happens in the clusterer. */
export type Counts = Map<string, number>;

export interface FeatureOptions {
  titleBoost: number;
  leadBoost: number;
  leadWords: number;
  copyCoverage: number;
  leadSharedEvent: number;
  recapShare: number;
  minParagraphTerms: number;
}

/** A reuse link seen from this article: the other article and how much of this one it covers. */
export interface ReuseLink {
  other: string;
  /** Words of this article inside passages shared with `other`. */
  words: number;
  /** Share of this article's content words inside those passages. */
  coverage: number;
  /**
   * True when the shared text holds the other article's lead (a passage starts within its first
   * `OTHER_LEAD_CHARS`): what the other reports first, its event. A short item pasted whole into a
   * digest's later paragraphs is covered by the digest without holding its lead.
   */
  otherLead: boolean;
  /**
   * True when the shared text reports the event itself: a copy (coverage ≥ `copyCoverage`) or the
   * lead of either article (news puts the event first and background last), unless this article is
   * a later report that carries its source's lead past `recapShare` of its text (a recap). Else background.
   */
  event: boolean;
}

export interface ArticleFeatures {
  id: string;
  /** Milliseconds since the epoch, or null when the article has no usable date. */
  time: number | null;
  /** Title and body counts outside passages shared as background (what the article itself says). */
  novel: Counts;
  /** Title and body counts including shared passages (for thread linking and document frequencies). */
  full: Counts;
  /**
   * Ids of `full`'s terms in its order, valid for one `termGeneration`: the same term has the same
   * id in every article of a generation, so per-term data can be kept in an array by id.
   */
  fullIds: number[];
  /** The generation of term ids `fullIds` belong to (the id table starts over when full). */
  termGeneration: number;
  /** Title counts. */
  title: Counts;
  /** Counts per paragraph, outside background passages; only paragraphs with enough terms (computed on first call). */
  paragraphs: () => Counts[];
  /** Content words (not stopwords, not bare numbers) in title and body. */
  contentWords: number;
  /** Reuse links: copies (coverage ≥ `copyCoverage`) and shared passages. */
  links: ReuseLink[];
  /** Terms of the passages set apart as background (left out of story centroids when comparing). */
  backgroundTerms: Set<string>;
  /**
   * Spans of the body inside passages shared as background (with articles it neither copies nor
   * shares a lead with): what the article recaps, not what it reports.
   */
  backgroundSpans: Span[];
}

const DIGITS = /^[0-9.,:/]+$/;

/** The stem used for matching, or null for stopwords, bare numbers and one-letter words. */
export function termOf(folded: string): string | null {
  if (folded.length < 2 || DIGITS.test(folded) || isStopwordLoose(folded)) return null;
  const s = stem(folded);
  return s.length < 2 ? null : s;
}

/**
 * Dense ids of the terms `termAt` returns, and the terms by id: features carry the ids of their
 * terms, so that the clusterer can keep per-term data (document-frequency boxes) in an array
 * instead of looking each term up in a map of 400,000. A term has one string for all its ids'
 * uses (the words that stem to it share it). The table starts over, with a new generation, when
 * it holds `TERM_IDS_MAX` terms, which bounds it in a long run.
 */
const termIds = new Map<string, number>();
let termList: string[] = [];
let termGeneration = 0;
/**
 * About three times the bench corpus's vocabulary (169,742 terms), some 17 MB beyond the strings
 * the document frequencies hold anyway; starting over costs a refill of the memo below.
 */
const TERM_IDS_MAX = 1 << 19;

/** The id of `term`, or -1 for none. */
function idOf(term: string | null): number {
  if (term === null) return -1;
  let id = termIds.get(term);
  if (id === undefined) {
    id = termList.length;
    termList.push(term);
    termIds.set(term, id);
  }
  return id;
}

/**
 * Memo of term ids by the hash of the folded word (`wordHashes`), so the hot path makes no string
 * per token: word frequencies are Zipfian and a few thousand forms make most tokens. A
 * direct-mapped table in flat typed memory: slot `hash & MEMO_MASK` holds the word as written
 * (its length, its term id + 1 in two units, 0 for none, then its units). A hit is confirmed unit
 * by unit, so a hash collision (or the same word with other diacritics) recomputes instead of
 * returning another word's stem: the term of a word never depends on what was memoised before.
 * A new word simply takes its slot, which bounds the memory (16 MB, about what the Map of 200,000
 * entries before it held), and the units are copied, so no entry keeps an article's text alive.
 * Why not that Map: each lookup chased a hash bucket, an entry object and its word string
 * through memory; here a lookup reads one run of 32 bytes.
 *
 * 2¹⁹ slots: over the bench corpus (18.4M tokens) as few misses as the Map had (1.37M vs 1.36M;
 * 2¹⁸ slots: 1.64M).
 */
const MEMO_BITS = 19;
const MEMO_MASK = (1 << MEMO_BITS) - 1;
const MEMO_STRIDE = 16;
/** Units of a word a slot holds (longer words, 1 token in 4,000, are not memoised). */
const MEMO_WORD_MAX = MEMO_STRIDE - 3;
const memoWords = new Uint16Array((MEMO_MASK + 1) * MEMO_STRIDE);

/** The id of the term of the word at [start, end) of `text` (hash: its `wordHashes` hash), or -1 for none. */
function termAt(text: string, hash: number, start: number, end: number): number {
  const len = end - start;
  if (len > MEMO_WORD_MAX) return idOf(termOf(foldText(text.slice(start, end))));
  const base = (hash & MEMO_MASK) * MEMO_STRIDE;
  // A length of 0 marks an empty slot (words have at least one unit).
  if (memoWords[base] === len) {
    let i = 0;
    while (i < len && memoWords[base + 3 + i] === text.charCodeAt(start + i)) i++;
    if (i === len) return memoWords[base + 1]! + memoWords[base + 2]! * 0x10000 - 1;
  }
  const id = idOf(termOf(foldText(text.slice(start, end))));
  memoWords[base] = len;
  memoWords[base + 1] = (id + 1) & 0xffff;
  memoWords[base + 2] = (id + 1) >>> 16;
  for (let i = 0; i < len; i++) memoWords[base + 3 + i] = text.charCodeAt(start + i);
  return id;
}

/** Starts the term ids over once the table is full. */
function boundTermIds(): void {
  if (termList.length >= TERM_IDS_MAX) startTermIdsOver();
}

/**
 * Starts the term ids over (a new generation), as happens by itself when the table is full; the
 * memo holds ids, so it goes too. Exported for tests: nothing may depend on which ids terms got.
 *
 * @example
 * startTermIdsOver(); // the next articleFeatures call numbers its terms afresh
 */
export function startTermIdsOver(): void {
  termIds.clear();
  termList = [];
  memoWords.fill(0);
  termGeneration++;
}

/** True when `text` has a line break in [from, to). */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function add(m: Counts, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

/** A publication date with no time of day (`2025-04-25`). */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Where in its day a date-only publication is placed for time gaps: noon, the middle of the day
 * it may have been published in. Date.parse puts it at 00:00 UTC, which made an outlet's evening
 * report look 20 hours after a date-only report of the same morning (examples/corpus: the final
 * and the flood split); between two date-only articles the gap is unchanged.
 */
const DATE_ONLY_OFFSET = 12 * 3_600_000;

/**
 * Parses `publishedAt.value` for time gaps (date-only values at noon UTC); null when absent or
 * unreadable.
 *
 * @example
 * timeOf({ ...article, publishedAt: { value: "2025-04-25", evidence: "meta" } }); // Date.parse("2025-04-25T12:00Z")
 */
export function timeOf(article: Article): number | null {
  const v = article.publishedAt?.value;
  if (!v) return null;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  return DATE_ONLY.test(v.trim()) ? t + DATE_ONLY_OFFSET : t;
}

/**
 * Characters that make the other article's lead when only its passage offsets are known: about
 * the first 50 words (`leadWords`) of Arabic news prose at 5–6 characters a word.
 */
const OTHER_LEAD_CHARS = 300;

/**
 * Spans of `article` inside passages shared with other articles, per other article; and the
 * others whose lead is among the shared text (it reports their event, not background), unless
 * `article` came later (the other is the link's judged source) and carries that lead past
 * `recapShare` of its text: there it recaps the earlier report («وكان أردوغان قد طالب…»).
 */
function sharedSpans(
  article: Article,
  reuse: readonly Reuse[],
  leadOfOther: Set<string>,
  recapShare: number,
  holdsOtherLead: Set<string>,
): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  const recapFrom = recapShare * (article.text?.length ?? 0);
  for (const r of reuse) {
    const side = r.a === article.id ? "a" : r.b === article.id ? "b" : null;
    if (side === null) continue;
    const other = side === "a" ? r.b : r.a;
    if (other === article.id) continue;
    let list = out.get(other);
    if (!list) {
      list = [];
      out.set(other, list);
    }
    const recap = r.direction.source === other;
    for (const p of r.passages) {
      const mine = side === "a" ? p.a : p.b;
      list.push(mine);
      if ((side === "a" ? p.b : p.a).start < OTHER_LEAD_CHARS) {
        holdsOtherLead.add(other);
        if (!(recap && mine.start > recapFrom)) leadOfOther.add(other);
      }
    }
  }
  return out;
}

function inside(spans: Span[], start: number, end: number): boolean {
  for (const s of spans) if (start >= s.start && end <= s.end) return true;
  return false;
}

/**
 * Features of one article.
 *
 * @example
 * const f = articleFeatures(article, reuse, defaultClusterOptions);
 * f.novel.get("رئيس"); // weighted count of the stem outside shared passages
 */
export function articleFeatures(article: Article, reuse: readonly Reuse[], o: FeatureOptions): ArticleFeatures {
  boundTermIds();
  const novel: Counts = new Map();
  const full: Counts = new Map();
  const fullIds: number[] = [];
  // `add(full, …)` that also records the ids of new terms.
  const addFull = (s: string, id: number, v: number) => {
    const c = full.get(s);
    if (c === undefined) {
      full.set(s, v);
      fullIds.push(id);
    } else full.set(s, c + v);
  };
  const title: Counts = new Map();
  let contentWords = 0;
  const titleText = article.title ?? "";
  const tw = wordHashes(titleText);
  for (let k = 0; k < tw.count; k++) {
    const id = termAt(titleText, tw.hashes[k]!, tw.starts[k]!, tw.ends[k]!);
    if (id < 0) continue;
    const s = termList[id]!;
    contentWords++;
    add(title, s, 1);
    add(novel, s, o.titleBoost);
    addFull(s, id, o.titleBoost);
  }
  const leadOfOther = new Set<string>();
  const holdsOtherLead = new Set<string>();
  const shared = sharedSpans(article, reuse, leadOfOther, o.recapShare, holdsOtherLead);
  const text = article.text ?? "";
  const words = wordHashes(text);
  // First pass: terms, their weights, paragraphs and which partners share them, in parallel
  // arrays (an object per token was most of what the collector had to sweep after each article).
  const termS: string[] = [];
  const termW: number[] = [];
  const termPara: number[] = [];
  /** Partners whose shared passages hold the term, or null; filled only when the article has reuse. */
  const termWith: (string[] | null)[] = [];
  const perOther = new Map<string, number>();
  const perOtherLead = new Map<string, number>();
  let bodyWords = 0;
  let paraIndex = 0;
  let lastEnd = 0;
  for (let k = 0; k < words.count; k++) {
    const start = words.starts[k]!;
    const end = words.ends[k]!;
    if (hasBreak(text, lastEnd, start)) paraIndex++;
    lastEnd = end;
    const id = termAt(text, words.hashes[k]!, start, end);
    if (id < 0) continue;
    const s = termList[id]!;
    const w = bodyWords < o.leadWords ? o.leadBoost : 1;
    bodyWords++;
    contentWords++;
    addFull(s, id, w);
    let withOthers: string[] | null = null;
    for (const [other, spans] of shared) {
      if (inside(spans, start, end)) {
        withOthers ??= [];
        withOthers.push(other);
        perOther.set(other, (perOther.get(other) ?? 0) + 1);
        if (bodyWords <= o.leadWords) perOtherLead.set(other, (perOtherLead.get(other) ?? 0) + 1);
      }
    }
    termS.push(s);
    termW.push(w);
    termPara.push(paraIndex);
    if (shared.size > 0) termWith.push(withOthers);
  }
  const links: ReuseLink[] = [];
  const copies = new Set<string>();
  for (const other of shared.keys()) {
    const words = perOther.get(other) ?? 0;
    const coverage = bodyWords === 0 ? 0 : words / bodyWords;
    const lead = (perOtherLead.get(other) ?? 0) / Math.max(1, Math.min(bodyWords, o.leadWords));
    const event = coverage >= o.copyCoverage || lead >= o.leadSharedEvent || leadOfOther.has(other);
    links.push({ other, words, coverage, otherLead: holdsOtherLead.has(other), event });
    if (event) copies.add(other);
  }
  // Second pass, only when there is background: what the article says besides passages it shares
  // as background. Text shared with an article it copies, or whose lead it shares, stays: there
  // the shared text is the event.
  const isBackground = (i: number) => {
    const others = termWith[i];
    return others !== undefined && others !== null && !others.some((x) => copies.has(x));
  };
  const backgroundTerms = new Set<string>();
  const backgroundSpans: Span[] = [];
  for (const [other, spans] of shared) if (!copies.has(other)) backgroundSpans.push(...spans);
  let novelOut = full;
  let anyBackground = false;
  for (let i = 0; i < termWith.length && !anyBackground; i++) anyBackground = isBackground(i);
  if (anyBackground) {
    for (let i = 0; i < termS.length; i++) {
      if (isBackground(i)) backgroundTerms.add(termS[i]!);
      else add(novel, termS[i]!, termW[i]!);
    }
    // With nothing left besides shared passages, compare on the whole text.
    if (novel.size > 0) novelOut = novel;
  }
  // Paragraph counts are needed only to test roundups for touching: built on demand.
  let paragraphs: Counts[] | null = null;
  const paragraphsOf = (): Counts[] => {
    if (paragraphs !== null) return paragraphs;
    const out: Counts[] = [];
    let para: Counts = new Map();
    let paraTerms = 0;
    let current = 0;
    const flush = () => {
      if (paraTerms >= o.minParagraphTerms) out.push(para);
      para = new Map();
      paraTerms = 0;
    };
    for (let i = 0; i < termS.length; i++) {
      if (termPara[i] !== current) {
        flush();
        current = termPara[i]!;
      }
      if (isBackground(i)) continue;
      add(para, termS[i]!, 1);
      paraTerms++;
    }
    flush();
    paragraphs = out;
    return out;
  };
  return {
    id: article.id,
    time: timeOf(article),
    novel: novelOut,
    full,
    fullIds,
    termGeneration,
    title,
    paragraphs: paragraphsOf,
    contentWords,
    links,
    backgroundTerms,
    backgroundSpans,
  };
}
