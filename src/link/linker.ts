/**
 * The incremental linker: articles arrive in time order; each is signed, looked up
 * in the LSH index, confirmed by alignment against its candidates, and added to a
 * bounded working set. Time per article is proportional to its candidates.
 */

import { MarsadError } from "../errors.js";
import type { Article, Message, PassagePair, Reuse } from "../model/types.js";
import { type Alignment, alignWords, toPassagePairs } from "./align.js";
import { copyDirection, type DirectionInput } from "./direction.js";
import { LshIndex } from "./lsh.js";
import { type LinkOptions, resolveLinkOptions } from "./options.js";
import { type WordHashes, wordHashes } from "./scan.js";
import { contentHash, estimateJaccard, shinglesOfWords, signature } from "./signature.js";
import { ShingleCounts } from "./sketch.js";

/**
 * Message codes of the link stage. `WARN_ALREADY_LINKED` is not yet in `ERROR_CODES` (src/errors.ts, owned by
 * the lead): requested in the link report.
 */
export const LINK_CODES = {
  WARN_SHORT_TEXT: "WARN_SHORT_TEXT",
  WARN_ALREADY_LINKED: "WARN_ALREADY_LINKED",
} as const;

/** What `Linker.link` returns: the new article's links to earlier ones, and messages about the article. */
export interface LinkResult {
  reuse: Reuse[];
  messages: Message[];
}

/** What the linker needs of an article, and keeps of it (an `Article` will do). */
export type LinkInput = DirectionInput & { title?: string };
type Kept = LinkInput;

interface Entry {
  article: Kept;
  sig: Uint32Array;
  hash: string;
  /** Time (ms) used for the window: the publication time, or the newest time seen when it arrived undated. */
  at: number;
}

/** One working-set article as the store keeps it. */
export interface LinkerEntryJson {
  article: Kept;
  sig: string;
  hash: string;
  at: number;
}

interface LinkerJson {
  version: 1;
  options: LinkOptions;
  newest: number;
  entries: LinkerEntryJson[];
}

/**
 * What changed in the working set since the last `takeChanges`: the small header (`entries` left out), the
 * entries added (by article id, oldest first) and the ids removed. Saving these instead of `toJSON()` keeps a
 * batch's save proportional to the batch, not to the working set; `new Linker(options, {...header, entries})`
 * with the saved entries in order resumes exactly.
 */
export interface LinkerChanges {
  header: Omit<LinkerJson, "entries">;
  added: [id: string, entry: LinkerEntryJson][];
  removed: string[];
}

const DAY_MS = 86_400_000;

function toTime(a: Pick<Article, "publishedAt">): number | null {
  const v = a.publishedAt?.value;
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

const encodeSig = (sig: Uint32Array) => {
  const buf = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) buf.writeUInt32LE(sig[i] as number, i * 4);
  return buf.toString("base64");
};
const decodeSig = (b64: string, n: number) => {
  const buf = Buffer.from(b64, "base64");
  if (buf.byteLength !== n * 4) throw new RangeError(`signature of ${buf.byteLength / 4} slots, expected ${n}`);
  const sig = new Uint32Array(n);
  for (let i = 0; i < n; i++) sig[i] = buf.readUInt32LE(i * 4);
  return sig;
};

/**
 * Incremental linker. `link` returns `{ reuse, messages }`: the reuse links of the new article to earlier
 * ones (`a` = the earlier article, `b` = the new one; passages span `a.text` and `b.text`), and messages
 * (`WARN_SHORT_TEXT` for empty, one-word or too-short texts, `WARN_ALREADY_LINKED` for an id seen before).
 * It keeps a bounded working set (`workingSetSize` articles, `windowDays` days back from the article it adds).
 *
 * @example
 * const linker = new Linker();
 * for (const article of articlesInTimeOrder) {
 *   const { reuse, messages } = linker.link(article);
 * }
 * store.save("linker", linker.toJSON()); // later: new Linker({}, store.load("linker"))
 */
export class Linker {
  readonly options: LinkOptions;
  private readonly entries = new Map<string, Entry>();
  private readonly byHash = new Map<string, string[]>();
  private lsh: LshIndex;
  /** How many working-set articles hold each shingle (to discount boilerplate and formulas). */
  private readonly counts = new ShingleCounts();
  private newest = Number.NEGATIVE_INFINITY;
  /** Ids added to and removed from the working set since the last `takeChanges`. */
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();

  constructor(options?: Partial<LinkOptions>, state?: unknown) {
    if (state !== undefined && state !== null) {
      const j = state as Partial<LinkerJson>;
      if (j.version !== 1 || !j.options || !Array.isArray(j.entries) || typeof j.newest !== "number") {
        throw new MarsadError(
          "ERR_STORE",
          "linker state is malformed (expected {version: 1, options, newest, entries}); re-link the articles to rebuild it",
          "Linker state",
        );
      }
      this.options = resolveLinkOptions({ ...j.options, ...options });
      this.lsh = new LshIndex(this.options);
      this.newest = j.newest;
      for (const e of j.entries) {
        const entry = { article: e.article, sig: decodeSig(e.sig, this.options.permutations), hash: e.hash, at: e.at };
        this.insert(entry, wordHashes(e.article.text));
      }
      this.added.clear();
    } else {
      this.options = resolveLinkOptions(options);
      this.lsh = new LshIndex(this.options);
    }
  }

  /** Articles in the working set. */
  get size(): number {
    return this.entries.size;
  }

  /** True when `id` is in the working set. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /**
   * Links a new article to the earlier ones in the working set and adds it. Empty, one-word and
   * too-short texts get no links and a `WARN_SHORT_TEXT` message; an id already linked gets none and a
   * `WARN_ALREADY_LINKED` message (ingesting twice changes nothing).
   */
  link(article: Article | LinkInput): LinkResult {
    const o = this.options;
    const messages: Message[] = [];
    const seen = this.entries.get(article.id);
    if (seen) {
      // Ids are hashes of the folded body (src/model/id.ts): an identical body from another outlet has the same
      // id and cannot be told apart here; say so rather than link an article to itself.
      const where =
        seen.article.outlet === article.outlet
          ? "it was not linked again"
          : `an identical body from ${seen.article.outlet} has the same id, so this copy cannot be linked to it`;
      messages.push({
        stage: "link",
        code: LINK_CODES.WARN_ALREADY_LINKED,
        message: `article ${article.id} (${article.outlet}) is already in the copy graph: ${where}`,
      });
      return { reuse: [], messages };
    }
    const words = wordHashes(article.text);
    if (words.count < o.minLinkWords) {
      messages.push({
        stage: "link",
        code: LINK_CODES.WARN_SHORT_TEXT,
        message: `article ${article.id} (${article.outlet}) has ${words.count} word(s); at least ${o.minLinkWords} are needed to find copies, so it is not linked`,
      });
      return { reuse: [], messages };
    }
    const sig = signature(article.text, o);
    const hash = contentHash(article.text);
    const time = toTime(article);

    // Candidates: identical copies, then LSH candidates with enough estimated similarity.
    const scored: { id: string; sim: number; identical: boolean }[] = [];
    const identical = new Set(this.byHash.get(hash) ?? []);
    for (const id of identical) scored.push({ id, sim: 1, identical: true });
    for (const id of this.lsh.query(sig)) {
      if (identical.has(id)) continue;
      const e = this.entries.get(id);
      if (!e) continue;
      const sim = estimateJaccard(sig, e.sig);
      if (sim >= o.minCandidateJaccard) scored.push({ id, sim, identical: false });
    }
    scored.sort((x, y) => y.sim - x.sim || (x.id < y.id ? -1 : 1));

    const reuse: Reuse[] = [];
    let common: Uint8Array | null = null;
    for (const c of scored.slice(0, o.maxCandidates)) {
      const e = this.entries.get(c.id) as Entry;
      const other = e.article;
      const ow = wordHashes(other.text);
      let passages: PassagePair[];
      let kind: Reuse["kind"];
      if (c.identical) {
        passages = [wholePassage(ow, words)];
        kind = "duplicate";
      } else {
        const al: Alignment = alignWords(ow, words, o);
        if (al.passages.length === 0) continue;
        common ??= this.commonWords(words);
        const mask = common;
        const kept = al.passages.filter((p) => {
          let distinct = 0;
          for (let w = p.bStart; w < p.bEnd; w++) distinct += 1 - (mask[w] as number);
          return distinct >= o.minPassageWords;
        });
        if (kept.length === 0) continue;
        passages = toPassagePairs(ow, words, kept);
        let covered = 0;
        let substituted = 0;
        for (const p of kept) {
          covered += p.words;
          substituted += p.substitutions;
        }
        // Words replaced at the edges count too: "… تحرشت بصبي" → "… تحرشت بفتاة" changes the last word.
        let headA = al.wordsA;
        let headB = al.wordsB;
        let endA = 0;
        let endB = 0;
        for (const p of kept) {
          headA = Math.min(headA, p.aStart);
          headB = Math.min(headB, p.bStart);
          endA = Math.max(endA, p.aEnd);
          endB = Math.max(endB, p.bEnd);
        }
        substituted += Math.min(headA, headB) + Math.min(al.wordsA - endA, al.wordsB - endB);
        const budget = Math.floor(
          Math.max(0, Math.min(al.wordsA, al.wordsB) - o.substitutionFreeWords) / Math.max(1, o.wordsPerSubstitution),
        );
        kind =
          covered / al.wordsA >= o.nearDuplicateCoverage &&
          covered / al.wordsB >= o.nearDuplicateCoverage &&
          substituted <= budget
            ? "near-duplicate"
            : "shared-passages";
      }
      reuse.push({
        a: other.id,
        b: article.id,
        kind,
        passages,
        direction: copyDirection(other, article, passages),
        similarity: c.sim,
      });
    }

    if (time !== null && time > this.newest) this.newest = time;
    const at = time ?? (Number.isFinite(this.newest) ? this.newest : 0);
    this.insert({ article: keep(article), sig, hash, at }, words);
    this.evict(at);
    return { reuse, messages };
  }

  /** Removes an article from the working set (no-op when absent). */
  forget(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    if (!this.added.delete(id)) this.removed.add(id);
    this.lsh.remove(id);
    const w = wordHashes(e.article.text);
    this.counts.update(shinglesOfWords(w.hashes, w.count, this.options.shingleWords), -1);
    const ids = this.byHash.get(e.hash);
    if (ids) {
      const rest = ids.filter((x) => x !== id);
      if (rest.length) this.byHash.set(e.hash, rest);
      else this.byHash.delete(e.hash);
    }
  }

  /** Plain JSON for the store; `new Linker(options, json)` resumes exactly. */
  toJSON(): unknown {
    const json: LinkerJson = { ...this.header(), entries: [...this.entries.values()].map(entryJson) };
    return json;
  }

  /** The working-set changes since the last call (see `LinkerChanges`), and forgets them. */
  takeChanges(): LinkerChanges {
    const added: [string, LinkerEntryJson][] = [];
    for (const id of this.added) added.push([id, entryJson(this.entries.get(id) as Entry)]);
    const changes = { header: this.header(), added, removed: [...this.removed] };
    this.added.clear();
    this.removed.clear();
    return changes;
  }

  private header(): Omit<LinkerJson, "entries"> {
    return { version: 1, options: this.options, newest: Number.isFinite(this.newest) ? this.newest : -1 };
  }

  /** 1 for each word of the text covered by a shingle that is common in the working set. */
  private commonWords(words: WordHashes): Uint8Array {
    const k = this.options.shingleWords;
    const mask = new Uint8Array(words.count);
    const sh = shinglesOfWords(words.hashes, words.count, k);
    for (let p = 0; p < sh.length; p++) {
      if (this.counts.count(sh[p] as number) >= this.options.commonShingleArticles) {
        mask.fill(1, p, Math.min(words.count, p + k));
      }
    }
    return mask;
  }

  private insert(e: Entry, words: WordHashes): void {
    this.counts.update(shinglesOfWords(words.hashes, words.count, this.options.shingleWords), 1);
    this.entries.set(e.article.id, e);
    this.added.add(e.article.id);
    this.lsh.add(e.article.id, e.sig);
    const ids = this.byHash.get(e.hash);
    if (ids) ids.push(e.article.id);
    else this.byHash.set(e.hash, [e.article.id]);
  }

  /**
   * Oldest first: drop while over capacity or older than the window (arrival order ≈ time order). The
   * window counts back from `now`, the article just added, not from the newest date ever seen: a run that
   * goes back in time (a 2015 archive after 2018 news) keeps a working set of its own period instead of
   * evicting each article as it arrives.
   */
  private evict(now: number): void {
    const cutoff = now - this.options.windowDays * DAY_MS;
    for (const [id, e] of this.entries) {
      if (this.entries.size > this.options.workingSetSize || e.at < cutoff) this.forget(id);
      else break;
    }
  }
}

function entryJson(e: Entry): LinkerEntryJson {
  return { article: e.article, sig: encodeSig(e.sig), hash: e.hash, at: e.at };
}

/** What the linker keeps of an article: enough to align and to decide direction. */
function keep(a: Article | Kept): Kept {
  const k: Kept = { id: a.id, outlet: a.outlet, text: a.text };
  if (a.publishedAt) k.publishedAt = a.publishedAt;
  if (a.dateline) k.dateline = a.dateline;
  if (a.byline) k.byline = a.byline;
  if (a.title !== undefined) k.title = a.title;
  return k;
}

function wholePassage(a: WordHashes, b: WordHashes): PassagePair {
  return {
    a: { start: a.starts[0] as number, end: a.ends[a.count - 1] as number },
    b: { start: b.starts[0] as number, end: b.ends[b.count - 1] as number },
    words: Math.min(a.count, b.count),
  };
}

/** Sort key: dated articles in time order, undated ones after them in input order. */
function byTime(articles: Article[]): Article[] {
  return articles
    .map((a, i) => ({ a, i, t: toTime(a) }))
    .sort((x, y) => {
      if (x.t !== null && y.t !== null) return x.t - y.t || x.i - y.i;
      if (x.t !== null) return -1;
      if (y.t !== null) return 1;
      return x.i - y.i;
    })
    .map((x) => x.a);
}

/**
 * Batch convenience for one-shot analysis: links every article (in time order; undated ones last, by
 * content alone) and returns all reuse links. Messages are dropped; use `Linker` to get them.
 *
 * @example
 * linkArticles(articles).filter((r) => r.kind === "near-duplicate");
 */
export function linkArticles(articles: Article[], options?: Partial<LinkOptions>): Reuse[] {
  const linker = new Linker({ workingSetSize: Math.max(articles.length, 1), windowDays: 1e6, ...options });
  const out: Reuse[] = [];
  for (const a of byTime(articles)) out.push(...linker.link(a).reuse);
  return out;
}

/**
 * Per article: the share of its words that are original vs copied, and from whom. A link counts as copying
 * into `articleId` when the other article is its judged source; when the direction is undecided the text is
 * shared (not claimed as original, and not said to come from the other either: both may have it from one
 * agency). A word copied from several sources is credited to the source covering most of the text. Shares
 * are of folded words; an article without words is wholly original.
 *
 * @example
 * originality(b.id, b.text, reuse); // { original: 0.35, copied: [{ from: a.id, share: 0.65 }], shared: [], words: 120 }
 */
export function originality(articleId: string, text: string, reuse: Reuse[]): Originality {
  const w = wordHashes(text);
  if (w.count === 0) return { original: 1, copied: [], shared: [], words: 0 };
  const spansBySource = new Map<string, { start: number; end: number }[]>();
  const spansUndecided = new Map<string, { start: number; end: number }[]>();
  for (const r of reuse) {
    const side = r.a === articleId ? "a" : r.b === articleId ? "b" : null;
    if (!side || r.a === r.b) continue;
    const other = side === "a" ? r.b : r.a;
    if (r.direction.source === articleId) continue;
    const into = r.direction.source === other ? spansBySource : spansUndecided;
    const list = into.get(other) ?? [];
    for (const p of r.passages) list.push(side === "a" ? p.a : p.b);
    into.set(other, list);
  }
  const coverOf = (spans: { start: number; end: number }[]) => {
    const mark = new Uint8Array(w.count);
    for (const s of spans) {
      for (let k = 0; k < w.count; k++) {
        if ((w.starts[k] as number) >= s.start && (w.ends[k] as number) <= s.end) mark[k] = 1;
      }
    }
    return mark;
  };
  const taken = new Uint8Array(w.count);
  // Words are credited to the sources covering most first, directed copies before undecided sharing.
  const credit = (bySource: Map<string, { start: number; end: number }[]>) => {
    const sources = [...bySource.entries()].map(([from, spans]) => {
      const mark = coverOf(spans);
      let n = 0;
      for (let k = 0; k < w.count; k++) n += mark[k] as number;
      return { from, mark, n };
    });
    sources.sort((x, y) => y.n - x.n || (x.from < y.from ? -1 : 1));
    const out: { from: string; share: number }[] = [];
    for (const s of sources) {
      let n = 0;
      for (let k = 0; k < w.count; k++) {
        if (s.mark[k] === 1 && taken[k] === 0) {
          taken[k] = 1;
          n++;
        }
      }
      if (n > 0) out.push({ from: s.from, share: n / w.count });
    }
    return out;
  };
  const copied = credit(spansBySource);
  const shared = credit(spansUndecided).map((s) => ({ with: s.from, share: s.share }));
  let copiedWords = 0;
  for (let k = 0; k < w.count; k++) copiedWords += taken[k] as number;
  return { original: 1 - copiedWords / w.count, copied, shared, words: w.count };
}

/**
 * How much of an article is its own: `copied` from articles the linker judged its sources, `shared` with
 * articles where it could not tell who had it first (both credit one agency, or the same time). Shares are
 * of the article's words; `original` is what is in neither.
 */
export interface Originality {
  original: number;
  copied: { from: string; share: number }[];
  shared: { with: string; share: number }[];
  /** The article's words (folded), which the shares are of. */
  words: number;
}
