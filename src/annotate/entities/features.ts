/**
 * Features of the entity tagger: hashed indices of string features over folded forms,
 * clitic-stripped forms, affixes, shapes, context words ±2, gazetteers, cue words and
 * distributional word clusters (models/clusters.tsv.gz).
 * Feature hashing into a fixed table keeps the model a flat array: no feature dictionary
 * to ship or load. Changing anything here changes the model's input: bump
 * `FEATURE_VERSION` and retrain (`npm run train`).
 */

import { foldText } from "../../arabic/fold.js";

// Local copies of imports used per token: some loaders (tsx/esbuild) turn imported
// bindings into getter calls, which cost more than the lookups themselves.
const stem = stemImported;
const stripClitics = stripCliticsImported;
const isStopword = isStopwordImported;
const { ALIASES, LOC_CUES, ORG_CUES, PERSON_TITLES, ROLE_HEADS, SAY_VERBS } = lexicon;

import { stem as stemImported, stripClitics as stripCliticsImported } from "../../arabic/stem.js";
import { isStopword as isStopwordImported } from "../../arabic/stopwords.js";
import { type ClusterTable, EMPTY_CLUSTERS } from "./clusters.js";
import { FIRST_NAMES, LAST_NAMES, PLACES } from "./gazetteer.data.js";
import * as lexicon from "./lexicon.js";
import { CITIES, COMMON_WORD_CITIES } from "./places.data.js";

/**
 * Version of the feature set; the model file records it and the loader checks it.
 * 6: match reports (`isSportSentence`). Mean of four seeds (20260423, 7, 3, 11), tagger ALL F1 before → after:
 * held-out tenth 83.7 → 84.0, Wojood test 78.6 → 79.1 (PER 70.6 → 72.4), Wojood val 81.6 → 82.5; as
 * `findEntities` returns them, held-out 83.8 → 84.0 and Wojood test 77.9 → 78.5.
 */
export const FEATURE_VERSION = 6;

/** The tag set, in model column order. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const N_TAGS = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

// Gazetteer and cue bits of a token.
const G_PLACE = 1;
const G_PLACE_B = 2;
const G_PLACE_I = 4;
const G_FIRST = 8;
const G_LAST = 16;
const G_ROLE = 32;
const G_TITLE = 64;
const G_ORGCUE = 128;
const G_LOCCUE = 256;
const G_NISBA = 512;
const G_SAY = 1024;
const G_STOP = 2048;
const G_ALIAS_B = 4096;
const G_ALIAS_I = 8192;
const G_ALIAS_ORG = 16384;
const N_GAZ_BITS = 15;

/** Key of a folded token for gazetteer lookups: clitics and article removed. */
export function gazKey(folded: string): string {
  return stripClitics(folded);
}

const keysOf = (name: string): string[] =>
  foldText(name)
    .split(/[\s\p{P}]+/u)
    .filter((t) => t.length > 0)
    .map(gazKey);

const PLACE_KEYS = new Set<string>();
/** Multi-token names by their first key, longest first. */
const MULTI = new Map<string, MultiName[]>();

/** A gazetteer place or alias of several words, by its words' keys. */
export interface MultiName {
  keys: string[];
  bit: "place" | "alias";
  org: boolean;
}
function addMulti(keys: string[], bit: "place" | "alias", org: boolean): void {
  const first = keys[0];
  if (first === undefined) return;
  let list = MULTI.get(first);
  if (!list) {
    list = [];
    MULTI.set(first, list);
  }
  list.push({ keys, bit, org });
}
for (const p of PLACES) {
  const keys = keysOf(p);
  if (keys.length === 1) PLACE_KEYS.add(keys[0] as string);
  else if (keys.length > 1) addMulti(keys, "place", false);
}
for (const a of ALIASES) {
  for (const n of a.names) {
    const keys = keysOf(n);
    if (keys.length > 0) addMulti(keys, "alias", a.type === "ORG");
  }
}
for (const list of MULTI.values()) list.sort((a, b) => b.keys.length - a.keys.length);

const NAME_FIRST = new Set<string>();
const NAME_LAST = new Set<string>();
for (const n of FIRST_NAMES) {
  const f = foldText(n);
  NAME_FIRST.add(f);
  NAME_FIRST.add(gazKey(f));
}
for (const n of LAST_NAMES) {
  const f = foldText(n);
  NAME_LAST.add(f);
  NAME_LAST.add(gazKey(f));
}

/** True when the folded token is a known place (country, territory, region) name. */
export function isPlaceKey(key: string): boolean {
  return PLACE_KEYS.has(key);
}

/**
 * Cities, provinces and districts of places.data.ts by their words' keys (`gazKey`), one word or several. Not a
 * feature of the tagger (its model was trained without them): findEntities reads them after it.
 */
const CITY_KEYS = new Set<string>(CITIES.map((c) => keysOf(c).join(" ")));

const CITY_WORDS = new Set<string>(CITIES);

/** True when the folded word is written so in places.data.ts (وايومنغ, whose و is its own). */
export function isCityWord(folded: string): boolean {
  return CITY_WORDS.has(folded);
}

const COMMON_CITY_WORDS = new Set<string>(COMMON_WORD_CITIES);

/** True when the folded word is a city of places.data.ts that news mostly writes for something else (الخبر، تربة). */
export function isCommonCityWord(folded: string): boolean {
  return COMMON_CITY_WORDS.has(folded);
}

/** True when the key (`gazKey`, or the keys of several words joined by a space) is a city of places.data.ts. */
export function isCityKey(key: string): boolean {
  return CITY_KEYS.has(key);
}

/** True when the folded token is in the first-name list. */
export function isFirstName(folded: string): boolean {
  return NAME_FIRST.has(folded) || NAME_FIRST.has(gazKey(folded));
}

/** True when the folded token is in the family-name list. */
export function isLastName(folded: string): boolean {
  return NAME_LAST.has(folded) || NAME_LAST.has(gazKey(folded));
}

/**
 * Nationality adjectives `nisbaPlace` does not lead to their country (بريطاني is not بريطانيا + ي), folded and
 * without the feminine ه, with the country they name.
 */
export const NATIONALITY_PLACES: ReadonlyMap<string, string> = new Map([
  ["بريطاني", "بريطانيا"],
  ["امريكي", "امريكا"],
  ["اميركي", "امريكا"],
  ["الماني", "المانيا"],
  ["اماراتي", "امارات"],
  ["هولندي", "هولندا"],
  ["بلجيكي", "بلجيكا"],
]);

/** Country key a nisba adjective points to (عراقي → عراق, امريكيه → امريكا), or null. */
export function nisbaPlace(key: string): string | null {
  for (const suf of ["يين", "يون", "يان", "يه", "ي"]) {
    if (key.length > suf.length + 2 && key.endsWith(suf)) {
      const base = key.slice(0, key.length - suf.length);
      for (const c of [base, `${base}ا`, `${base}يا`, `${base}يه`]) if (PLACE_KEYS.has(c)) return c;
    }
  }
  return null;
}

/**
 * What the training data says about names: per token key, the types it was tagged
 * with (and how often, bucketed), how often it opened a name of several words (an
 * "h" part of the label: وزاره, فريق, جامعه head ORG names; مدينه and شمال head some LOC
 * names), and whole entity strings. Built from the training
 * sentences and stored in the model; during training each sentence sees a memory
 * built from the other folds only (jackknifing), so the model learns how far to
 * trust it on names it has not seen.
 */
export interface EntityMemory {
  /**
   * Token key → feature label such as "PER2 LOC0" (type and share bucket), followed by
   * " h" and the types of the multi-word names it was the first word of, with their share
   * buckets ("ORG2 hORG1").
   */
  tokens: Map<string, string>;
  /** First key → entity strings starting with it (keys and type), longest first. */
  spans: Map<string, { keys: string[]; type: string }[]>;
}

/** An empty memory (no training-data names). */
export const EMPTY_MEMORY: EntityMemory = { tokens: new Map(), spans: new Map() };

/**
 * Share buckets of a token's entity tags: ≥ 0.8 (almost always a name), ≥ 0.4, and any.
 * Coarse on purpose: finer buckets overfit the fold statistics.
 */
function shareBucket(x: number): number {
  return x >= 0.8 ? 2 : x >= 0.4 ? 1 : 0;
}

/** Builds a memory from tagged folded sentences. */
export function buildMemory(
  sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[],
): EntityMemory {
  const total = new Map<string, number>();
  const byType = new Map<string, Map<string, number>>();
  const spanCount = new Map<string, { keys: string[]; type: string; n: number }>();
  /** Token key → type → times it was the first word of a name of several words. */
  const heads = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const keys = s.tokens.map(gazKey);
    let i = 0;
    for (let j = 0; j < keys.length; j++) total.set(keys[j] as string, (total.get(keys[j] as string) ?? 0) + 1);
    while (i < s.tags.length) {
      const t = s.tags[i] as string;
      if (t === "O") {
        i++;
        continue;
      }
      const type = t.slice(2);
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === `I-${type}`) j++;
      const span = keys.slice(i, j);
      if (j - i > 1) count(heads, keys[i] as string, type);
      for (const k of span) {
        const m = byType.get(k) ?? new Map<string, number>();
        m.set(type, (m.get(type) ?? 0) + 1);
        byType.set(k, m);
      }
      const id = `${type}:${span.join(" ")}`;
      const e = spanCount.get(id) ?? { keys: span, type, n: 0 };
      e.n++;
      spanCount.set(id, e);
      i = j;
    }
  }
  const tokens = new Map<string, string>();
  for (const [k, m] of [...byType.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const n = total.get(k) ?? 1;
    const buckets = (byT: Map<string, number>) =>
      [...byT.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([type, c]) => `${type}${shareBucket(c / n)}`)
        .join(" ");
    // Whether a name word opens names. Mean of ten training seeds, without → with it:
    // held-out tenth ALL F1 82.8 → 83.1 (PER 84.0 → 84.4, ORG 75.4 → 75.4, LOC 87.3 → 87.7),
    // Wojood test 77.5 → 78.1 (PER 70.2 → 71.7, ORG 84.1 → 83.5, LOC 77.4 → 78.7). The same
    // for the last word of names, for single-word names, or for the word before a name
    // lowered both.
    const h = heads.get(k);
    tokens.set(k, h === undefined ? buckets(m) : `${buckets(m)} h${buckets(h)}`);
  }
  const spans = new Map<string, { keys: string[]; type: string }[]>();
  for (const e of [...spanCount.values()].sort((a, b) =>
    a.type + a.keys.join(" ") < b.type + b.keys.join(" ") ? -1 : 1,
  )) {
    const first = e.keys[0] as string;
    const l = spans.get(first) ?? [];
    l.push({ keys: e.keys, type: e.type });
    spans.set(first, l);
  }
  for (const l of spans.values()) l.sort((a, b) => b.keys.length - a.keys.length);
  return { tokens, spans };
}

function count(m: Map<string, Map<string, number>>, key: string, type: string): void {
  const byType = m.get(key) ?? new Map<string, number>();
  byType.set(type, (byType.get(type) ?? 0) + 1);
  m.set(key, byType);
}

/** Plain-JSON form of a memory (stored in the model file's metadata). */
export function memoryToJSON(m: EntityMemory): { tokens: [string, string][]; spans: [string, string][] } {
  const spans: [string, string][] = [];
  for (const l of m.spans.values()) for (const e of l) spans.push([e.keys.join(" "), e.type]);
  return { tokens: [...m.tokens.entries()], spans };
}

/** Inverse of `memoryToJSON`; throws TypeError on a malformed value. */
export function memoryFromJSON(j: unknown): EntityMemory {
  const o = j as { tokens?: unknown; spans?: unknown };
  if (!o || !Array.isArray(o.tokens) || !Array.isArray(o.spans)) throw new TypeError("entity memory is malformed");
  const tokens = new Map<string, string>(o.tokens as [string, string][]);
  const spans = new Map<string, { keys: string[]; type: string }[]>();
  for (const [keys, type] of o.spans as [string, string][]) {
    const k = keys.split(" ");
    const l = spans.get(k[0] as string) ?? [];
    l.push({ keys: k, type });
    spans.set(k[0] as string, l);
  }
  for (const l of spans.values()) l.sort((a, b) => b.keys.length - a.keys.length);
  return { tokens, spans };
}

/** Precomputed per-sentence arrays the feature functions read. */
export interface SentenceContext {
  /** Folded tokens. */
  w: string[];
  /** Clitic-stripped tokens. */
  s: string[];
  /** light10 stems. */
  st: string[];
  /** Gazetteer and cue bits. */
  gaz: Uint32Array;
  /** Shape codes. */
  shape: string[];
  /** Memory label of each token ("" when unknown). */
  mem: string[];
  /** Memory span position of each token ("B-PER", "I-ORG", or ""). */
  memSpan: string[];
  /** Packed word-cluster ids of each token (see ClusterTable), −1 when it has none. */
  cl: Int32Array;
  /** Cluster levels in the table the ids come from. */
  clLevels: number;
  /** Whether the sentence reports a match (see `isSportSentence`). */
  sport: boolean;
}

const DIGITS = /^\p{N}+(?:[.,:/]\p{N}+)*$/u;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

function shapeOf(w: string): string {
  let s: string;
  if (DIGITS.test(w)) s = "d";
  else if (!WORD.test(w)) s = "p";
  else if (LATIN.test(w)) s = ARABIC.test(w) ? "m" : "L";
  else s = "A";
  const n = w.length;
  return s + (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 6 : 9);
}

/** What the features read of one folded token on its own, whatever its neighbours. */
export interface TokenFacts {
  /** Clitic-stripped form (`gazKey`). */
  s: string;
  /** light10 stem. */
  st: string;
  /** Shape code. */
  shape: string;
  /** Gazetteer and cue bits of the token alone (multi-token names are marked in `prepare`). */
  gaz: number;
  /** Packed word-cluster ids, −1 when it has none. */
  cl: number;
  /** Memory label ("" when unknown). */
  mem: string;
  /** Multi-word gazetteer names starting with this word, longest first (read per word, not per token). */
  multi: readonly MultiName[] | undefined;
  /** Memory entity strings starting with this word, longest first. */
  spans: readonly { keys: string[]; type: string }[] | undefined;
}

/** The facts of folded token `t` (see `TokenFacts`). */
export function tokenFacts(t: string, memory: EntityMemory, clusters: ClusterTable): TokenFacts {
  const k = gazKey(t);
  let g = 0;
  if (PLACE_KEYS.has(k)) g |= G_PLACE;
  if (NAME_FIRST.has(t) || NAME_FIRST.has(k)) g |= G_FIRST;
  if (NAME_LAST.has(t) || NAME_LAST.has(k)) g |= G_LAST;
  if (ROLE_HEADS.has(k)) g |= G_ROLE;
  if (PERSON_TITLES.has(t) || PERSON_TITLES.has(k)) g |= G_TITLE;
  if (ORG_CUES.has(k)) g |= G_ORGCUE;
  if (LOC_CUES.has(k)) g |= G_LOCCUE;
  if (nisbaPlace(k) !== null) g |= G_NISBA;
  if (SAY_VERBS.has(t) || SAY_VERBS.has(k)) g |= G_SAY;
  if (isStopword(t)) g |= G_STOP;
  return {
    s: k,
    st: stem(t),
    shape: shapeOf(t),
    gaz: g,
    // gazKey is clusterToken for words; numbers and punctuation have no cluster.
    cl: clusters.get(k) ?? -1,
    mem: memory.tokens.get(k) ?? "",
    multi: MULTI.get(k),
    spans: memory.spans.get(k),
  };
}

/**
 * Builds the per-sentence arrays for folded `tokens`. `facts`, when given, returns the
 * facts of token `i` (`tokenFacts` with this memory and these clusters, perhaps cached):
 * the tagger keeps them per word, since the same words come back sentence after sentence.
 */
export function prepare(
  tokens: readonly string[],
  memory: EntityMemory = EMPTY_MEMORY,
  clusters: ClusterTable = EMPTY_CLUSTERS,
  facts: (t: string, i: number) => TokenFacts = (t) => tokenFacts(t, memory, clusters),
): SentenceContext {
  const n = tokens.length;
  const w = tokens.slice();
  const s = new Array<string>(n);
  const st = new Array<string>(n);
  const shape = new Array<string>(n);
  const gaz = new Uint32Array(n);
  const cl = new Int32Array(n);
  const mem = new Array<string>(n);
  const fs = new Array<TokenFacts>(n);
  for (let i = 0; i < n; i++) {
    const f = facts(w[i] as string, i);
    fs[i] = f;
    s[i] = f.s;
    st[i] = f.st;
    shape[i] = f.shape;
    gaz[i] = f.gaz;
    cl[i] = f.cl;
    mem[i] = f.mem;
  }
  // Multi-token places and aliases: longest match from each position.
  let i = 0;
  while (i < n) {
    const list = (fs[i] as TokenFacts).multi;
    let matched = 0;
    if (list) {
      for (const m of list) {
        const len = m.keys.length;
        if (i + len > n) continue;
        let ok = true;
        for (let j = 1; j < len && ok; j++) if (s[i + j] !== m.keys[j]) ok = false;
        if (!ok) continue;
        const b = m.bit === "place" ? G_PLACE_B : G_ALIAS_B;
        const ib = m.bit === "place" ? G_PLACE_I : G_ALIAS_I;
        for (let j = 0; j < len; j++) {
          (gaz as Uint32Array)[i + j] = ((gaz[i + j] as number) | (j === 0 ? b : ib) | (m.org ? G_ALIAS_ORG : 0)) >>> 0;
        }
        matched = len;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  const memSpan = new Array<string>(n).fill("");
  let q = 0;
  while (q < n) {
    const list = (fs[q] as TokenFacts).spans;
    let len = 0;
    if (list) {
      for (const m of list) {
        const L = m.keys.length;
        if (q + L > n) continue;
        let ok = true;
        for (let j = 1; j < L && ok; j++) if (s[q + j] !== m.keys[j]) ok = false;
        if (!ok) continue;
        for (let j = 0; j < L; j++) memSpan[q + j] = `${j === 0 ? "B" : "I"}-${m.type}${L > 1 ? "m" : ""}`;
        len = L;
        break;
      }
    }
    q += len > 0 ? len : 1;
  }
  return { w, s, st, gaz, shape, mem, memSpan, cl, clLevels: clusters.levels, sport: isSportSentence(w, s) };
}

/** Match words (folded, without the article): a sentence with one of them reports sport. */
const SPORT_WORDS: ReadonlySet<string> = new Set(
  [
    "مباراة",
    "مباراتين",
    "مباريات",
    "دوري",
    "بطولة",
    "كأس",
    "منتخب",
    "ملعب",
    "هدف",
    "هدفين",
    "أهداف",
    "فاز",
    "فوز",
    "تعادل",
    "خسر",
    "هزم",
    "لاعب",
    "لاعبي",
    "مدرب",
    "شوط",
    "تأهل",
    "جولة",
  ].map((x) => foldText(x)),
);

/**
 * True when the sentence reports a match: a score (2 - 1, 1 - صفر) or a match word. In such
 * sentences a country or a city often names its team (فازت كينيا على إريتريا 2 - 1), which
 * the gold tags ORG; the features pair it with the token's place bits, memory and cluster.
 */
export function isSportSentence(w: readonly string[], s: readonly string[]): boolean {
  for (let i = 0; i < w.length; i++) {
    if (SPORT_WORDS.has(s[i] as string)) return true;
    if (w[i] === "-" && i > 0 && i + 1 < w.length && isScore(w[i - 1] as string) && isScore(w[i + 1] as string))
      return true;
  }
  return false;
}

const SCORE = /^(?:\p{N}{1,2}|صفر)$/u;
function isScore(t: string): boolean {
  return SCORE.test(t);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashStr(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, FNV_PRIME);
  }
  return x;
}

function start(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}

function finish(h: number, mask: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x45d9f3b);
  x ^= x >>> 16;
  return (x >>> 0) & mask;
}

const BOS = "<s>";
const EOS = "</s>";

/**
 * Writes the hashed indices of the tag-independent features of token `i` into `out`
 * starting at `k`; returns the new length. `mask` = table size − 1.
 * The same as `ownFeatures` followed by `contextFeatures`.
 */
export function staticFeatures(c: SentenceContext, i: number, mask: number, out: Int32Array, k0: number): number {
  const k = ownFeatures(c.w[i] as string, c.s[i] as string, c.st[i] as string, c.shape[i] as string, mask, out, k0);
  return contextFeatures(c, i, mask, out, k);
}

/**
 * The first features `staticFeatures` writes: those of the token alone (its form, stripped
 * form `s0`, stem `st0`, shape `shape0`), which the tagger scores once per distinct word.
 */
export function ownFeatures(
  w0: string,
  s0: string,
  st0: string,
  shape0: string,
  mask: number,
  out: Int32Array,
  k0: number,
): number {
  let k = k0;
  const f1 = (t: number, a: string) => {
    out[k++] = finish(hashStr(start(t), a), mask);
  };
  out[k++] = finish(start(1), mask);
  f1(2, w0);
  f1(3, s0);
  f1(4, st0);
  f1(5, s0.slice(0, 2));
  f1(6, s0.slice(0, 3));
  f1(7, s0.slice(-1));
  f1(8, s0.slice(-2));
  f1(9, s0.slice(-3));
  f1(10, shape0);
  f1(11, w0.slice(0, w0.length - s0.length));
  return k;
}

/** The features `staticFeatures` writes after `ownFeatures`, in the same order. */
export function contextFeatures(c: SentenceContext, i: number, mask: number, out: Int32Array, k0: number): number {
  let k = k0;
  const n = c.w.length;
  const w0 = c.w[i] as string;
  const s0 = c.s[i] as string;
  const wm1 = i > 0 ? (c.w[i - 1] as string) : BOS;
  const wm2 = i > 1 ? (c.w[i - 2] as string) : BOS;
  const wp1 = i + 1 < n ? (c.w[i + 1] as string) : EOS;
  const wp2 = i + 2 < n ? (c.w[i + 2] as string) : EOS;
  const sm1 = i > 0 ? (c.s[i - 1] as string) : BOS;
  const sp1 = i + 1 < n ? (c.s[i + 1] as string) : EOS;
  const f1 = (t: number, a: string) => {
    out[k++] = finish(hashStr(start(t), a), mask);
  };
  const f2 = (t: number, a: string, b: string) => {
    out[k++] = finish(hashStr(hashStr(start(t), a) ^ 0x7c, b), mask);
  };
  f1(12, wm1);
  f1(13, wm2);
  f1(14, wp1);
  f1(15, wp2);
  f1(16, sm1);
  f1(17, sp1);
  f2(18, wm1, w0);
  f2(19, w0, wp1);
  f2(20, sm1, sp1);
  f1(21, `${i > 0 ? c.shape[i - 1] : "^"}|${c.shape[i]}|${i + 1 < n ? c.shape[i + 1] : "$"}`);
  f1(22, sp1.slice(-2));
  const gm1 = i > 0 ? (c.gaz[i - 1] as number) : 0;
  const gm2 = i > 1 ? (c.gaz[i - 2] as number) : 0;
  const g0 = c.gaz[i] as number;
  const gp1 = i + 1 < n ? (c.gaz[i + 1] as number) : 0;
  for (let b = 0; b < N_GAZ_BITS; b++) {
    const bit = 1 << b;
    if (g0 & bit) out[k++] = finish(Math.imul(start(40) ^ b, FNV_PRIME), mask);
    if (gm1 & bit) out[k++] = finish(Math.imul(start(41) ^ b, FNV_PRIME), mask);
    if (gp1 & bit) out[k++] = finish(Math.imul(start(42) ^ b, FNV_PRIME), mask);
    if (gm2 & bit) out[k++] = finish(Math.imul(start(43) ^ b, FNV_PRIME), mask);
  }
  // Cue-word conjunctions: what the role or organisation head is (وزير | خارجيه).
  if (gm1 & (G_ROLE | G_ORGCUE | G_LOCCUE | G_TITLE)) f2(44, sm1, s0);
  if (g0 & (G_FIRST | G_LAST)) f1(45, `${gm1 & (G_FIRST | G_LAST | G_TITLE | G_ROLE)}`);
  // More context: the words around, and the next words' endings (nisba adjectives).
  f2(23, wm1, wp1);
  f2(24, wp1, wp2);
  f2(25, wm2, wm1);
  f1(26, wm1.slice(-2));
  f1(27, sp1.slice(0, 2));
  // Character trigrams of the stripped form: transliterated foreign names share them.
  const padded = `^${s0}$`;
  for (let j = 0; j + 3 <= padded.length && j < MAX_TRIGRAMS; j++) f1(28, padded.slice(j, j + 3));
  // Training-data memory (jackknifed, see EntityMemory).
  const m0 = c.mem[i] as string;
  if (m0) f1(46, m0);
  const ms = c.memSpan[i] as string;
  if (ms) f1(47, ms);
  if (i > 0 && c.memSpan[i - 1]) f2(48, c.memSpan[i - 1] as string, ms);
  if (i + 1 < n && c.memSpan[i + 1]) f1(49, c.memSpan[i + 1] as string);
  if (i > 0 && c.mem[i - 1]) f1(50, c.mem[i - 1] as string);
  if (i + 1 < n && c.mem[i + 1]) f1(51, c.mem[i + 1] as string);
  // Word clusters (clusters.ts): the token's at every level, its neighbours' at the two finest.
  // A word without a cluster is id 1025, a sentence edge 1026 (ids run below 1024).
  if (c.clLevels > 0) {
    const c0 = c.cl[i] as number;
    if (c0 < 0) out[k++] = finish(start(70), mask);
    else
      for (let l = 0; l < c.clLevels; l++)
        out[k++] = finish(Math.imul(start(71 + l) ^ clusterAt(c0, l), FNV_PRIME), mask);
    k = neighbourClusterFeatures(c, i, n, mask, out, k);
  }
  return sportFeatures(c, i, mask, out, k);
}

/** In a match report: the token's place bits, memory label and coarsest cluster (see `isSportSentence`). */
function sportFeatures(c: SentenceContext, i: number, mask: number, out: Int32Array, k0: number): number {
  let k = k0;
  if (!c.sport) return k;
  const g = c.gaz[i] as number;
  out[k++] = finish(Math.imul(start(90) ^ (g & (G_PLACE | G_PLACE_B | G_PLACE_I | G_NISBA)), FNV_PRIME), mask);
  const m = c.mem[i] as string;
  if (m) out[k++] = finish(hashStr(start(91), m), mask);
  if (c.clLevels > 0)
    out[k++] = finish(Math.imul(start(92) ^ clusterAt(c.cl[i] as number, c.clLevels - 1), FNV_PRIME), mask);
  return k;
}

/**
 * The features of `contextFeatures` that depend on the token alone (stripped form `s0`, its
 * own gazetteer bits `ownGaz` as in `TokenFacts`, memory label, packed clusters): character
 * trigrams, own gazetteer bits, memory label, clusters at every level. `ownFeatures`, these
 * and `neighbourFeatures` write the same features as `staticFeatures`, in another order;
 * a change to one of the four must be made to the others (features.test.ts checks).
 */
export function wordFeatures(
  s0: string,
  ownGaz: number,
  mem: string,
  cl: number,
  clLevels: number,
  mask: number,
  out: Int32Array,
  k0: number,
): number {
  let k = k0;
  for (let b = 0; b < N_GAZ_BITS; b++) {
    if (ownGaz & (1 << b)) out[k++] = finish(Math.imul(start(40) ^ b, FNV_PRIME), mask);
  }
  const padded = `^${s0}$`;
  for (let j = 0; j + 3 <= padded.length && j < MAX_TRIGRAMS; j++)
    out[k++] = finish(hashStr(start(28), padded.slice(j, j + 3)), mask);
  if (mem) out[k++] = finish(hashStr(start(46), mem), mask);
  if (clLevels > 0) {
    if (cl < 0) out[k++] = finish(start(70), mask);
    else
      for (let l = 0; l < clLevels; l++)
        out[k++] = finish(Math.imul(start(71 + l) ^ clusterAt(cl, l), FNV_PRIME), mask);
  }
  return k;
}

/**
 * A word's hashes as the neighbour of another token (see `neighbourFeatures`), before
 * `finish`: `fT` is feature template T of the word, `pT` the state after it as the first of
 * the pair of template T (the second word's characters continue it).
 */
export interface NeighbourHashes {
  f12: number;
  f13: number;
  f14: number;
  f15: number;
  f16: number;
  f17: number;
  f22: number;
  f26: number;
  f27: number;
  p18: number;
  p19: number;
  p20: number;
  p23: number;
  p24: number;
  p25: number;
  p44: number;
}

/** The `NeighbourHashes` of folded token `w` with stripped form `s`. */
export function neighbourHashes(w: string, s: string): NeighbourHashes {
  const h = (t: number, a: string) => hashStr(start(t), a);
  const p = (t: number, a: string) => hashStr(start(t), a) ^ 0x7c;
  return {
    f12: h(12, w),
    f13: h(13, w),
    f14: h(14, w),
    f15: h(15, w),
    f16: h(16, s),
    f17: h(17, s),
    f22: h(22, s.slice(-2)),
    f26: h(26, w.slice(-2)),
    f27: h(27, s.slice(0, 2)),
    p18: p(18, w),
    p19: p(19, w),
    p20: p(20, s),
    p23: p(23, w),
    p24: p(24, w),
    p25: p(25, w),
    p44: p(44, s),
  };
}

/** The neighbours past the sentence's ends. */
const BOS_HASHES = neighbourHashes("<s>", "<s>");
const EOS_HASHES = neighbourHashes("</s>", "</s>");

/** Gazetteer-bit hashes before `finish`: `GAZ_HASHES[16 * (template − 40) + bit]`. */
const GAZ_HASHES: Int32Array = (() => {
  const a = new Int32Array(4 * 16);
  for (let t = 0; t < 4; t++)
    for (let b = 0; b < N_GAZ_BITS; b++) a[16 * t + b] = Math.imul(start(40 + t) ^ b, FNV_PRIME);
  return a;
})();

/**
 * The features of `contextFeatures` that `wordFeatures` leaves out: those that read the
 * neighbours, multi-token names (gazetteer bits beyond `ownGaz`) or memory spans. `nh[j]`
 * holds `neighbourHashes` of token j, so that the words' strings are hashed once per word.
 */
export function neighbourFeatures(
  c: SentenceContext,
  i: number,
  ownGaz: number,
  nh: readonly NeighbourHashes[],
  mask: number,
  out: Int32Array,
  k0: number,
): number {
  let k = k0;
  const n = c.w.length;
  const w0 = c.w[i] as string;
  const s0 = c.s[i] as string;
  const wm1 = i > 0 ? (c.w[i - 1] as string) : BOS;
  const wp1 = i + 1 < n ? (c.w[i + 1] as string) : EOS;
  const wp2 = i + 2 < n ? (c.w[i + 2] as string) : EOS;
  const sp1 = i + 1 < n ? (c.s[i + 1] as string) : EOS;
  const h0 = nh[i] as NeighbourHashes;
  const hm1 = i > 0 ? (nh[i - 1] as NeighbourHashes) : BOS_HASHES;
  const hm2 = i > 1 ? (nh[i - 2] as NeighbourHashes) : BOS_HASHES;
  const hp1 = i + 1 < n ? (nh[i + 1] as NeighbourHashes) : EOS_HASHES;
  const hp2 = i + 2 < n ? (nh[i + 2] as NeighbourHashes) : EOS_HASHES;
  const f1 = (t: number, a: string) => {
    out[k++] = finish(hashStr(start(t), a), mask);
  };
  out[k++] = finish(hm1.f12, mask);
  out[k++] = finish(hm2.f13, mask);
  out[k++] = finish(hp1.f14, mask);
  out[k++] = finish(hp2.f15, mask);
  out[k++] = finish(hm1.f16, mask);
  out[k++] = finish(hp1.f17, mask);
  out[k++] = finish(hashStr(hm1.p18, w0), mask);
  out[k++] = finish(hashStr(h0.p19, wp1), mask);
  out[k++] = finish(hashStr(hm1.p20, sp1), mask);
  // Template 21 hashes "shape₋₁|shape|shape₊₁" piece by piece (FNV runs over characters).
  let h21 = hashStr(start(21), i > 0 ? (c.shape[i - 1] as string) : "^");
  h21 = hashStr(hashStr(hashStr(h21, "|"), c.shape[i] as string), "|");
  out[k++] = finish(hashStr(h21, i + 1 < n ? (c.shape[i + 1] as string) : "$"), mask);
  out[k++] = finish(hp1.f22, mask);
  const gm1 = i > 0 ? (c.gaz[i - 1] as number) : 0;
  const gm2 = i > 1 ? (c.gaz[i - 2] as number) : 0;
  const g0 = c.gaz[i] as number;
  const gp1 = i + 1 < n ? (c.gaz[i + 1] as number) : 0;
  const multi = g0 & ~ownGaz;
  if ((multi | gm1 | gp1 | gm2) !== 0) {
    for (let b = 0; b < N_GAZ_BITS; b++) {
      const bit = 1 << b;
      if (multi & bit) out[k++] = finish(GAZ_HASHES[b] as number, mask);
      if (gm1 & bit) out[k++] = finish(GAZ_HASHES[16 + b] as number, mask);
      if (gp1 & bit) out[k++] = finish(GAZ_HASHES[32 + b] as number, mask);
      if (gm2 & bit) out[k++] = finish(GAZ_HASHES[48 + b] as number, mask);
    }
  }
  if (gm1 & (G_ROLE | G_ORGCUE | G_LOCCUE | G_TITLE)) out[k++] = finish(hashStr(hm1.p44, s0), mask);
  if (g0 & (G_FIRST | G_LAST)) f1(45, `${gm1 & (G_FIRST | G_LAST | G_TITLE | G_ROLE)}`);
  out[k++] = finish(hashStr(hm1.p23, wp1), mask);
  out[k++] = finish(hashStr(hp1.p24, wp2), mask);
  out[k++] = finish(hashStr(hm2.p25, wm1), mask);
  out[k++] = finish(hm1.f26, mask);
  out[k++] = finish(hp1.f27, mask);
  const ms = c.memSpan[i] as string;
  if (ms) f1(47, ms);
  if (i > 0 && c.memSpan[i - 1])
    out[k++] = finish(hashStr(hashStr(start(48), c.memSpan[i - 1] as string) ^ 0x7c, ms), mask);
  if (i + 1 < n && c.memSpan[i + 1]) f1(49, c.memSpan[i + 1] as string);
  if (i > 0 && c.mem[i - 1]) f1(50, c.mem[i - 1] as string);
  if (i + 1 < n && c.mem[i + 1]) f1(51, c.mem[i + 1] as string);
  if (c.clLevels > 0) {
    k = neighbourClusterFeatures(c, i, n, mask, out, k);
  }
  return sportFeatures(c, i, mask, out, k);
}

/** Cluster id at `level` of packed ids (1025 for a word without clusters, 1026 past the sentence). */
function clusterAt(packed: number, level: number): number {
  return packed < 0 ? 1024 - packed : (packed >>> (10 * level)) & 1023;
}

/** Character trigrams per token at most (long tokens are URLs or glued words). */
const MAX_TRIGRAMS = 12;

/** Upper bound of the number of features of one token (static + dynamic). */
export const MAX_FEATURES = 48 + MAX_TRIGRAMS + 4 * N_GAZ_BITS + 8 + 3 + 4 + 3;

/** Number of features `tagFeatures` writes. */
export const N_TAG_FEATURES = 1;

/**
 * Writes the features that depend on the previous tag (an index into `TAGS`, or
 * `N_TAGS` at the sentence start) into `out` from `k`; returns the new length.
 * Only the tag bigram: lexicalised transitions (previous tag × word) cost ten random
 * reads of the weight table per token and tripled tagging time for no gain on the
 * held-out tenth.
 */
export function tagFeatures(
  _c: SentenceContext,
  _i: number,
  prev: number,
  mask: number,
  out: Int32Array,
  k0: number,
): number {
  out[k0] = finish(Math.imul(start(60) ^ prev, FNV_PRIME), mask);
  return k0 + 1;
}

/** The clusters of the words before and after token `i`, at the two finest levels (edges: id 1026). */
function neighbourClusterFeatures(
  c: SentenceContext,
  i: number,
  n: number,
  mask: number,
  out: Int32Array,
  k: number,
): number {
  const cm1 = i > 0 ? (c.cl[i - 1] as number) : -2;
  const cp1 = i + 1 < n ? (c.cl[i + 1] as number) : -2;
  for (let l = 0; l < 2 && l < c.clLevels; l++) {
    out[k++] = finish(Math.imul(start(75 + l) ^ clusterAt(cm1, l), FNV_PRIME), mask);
    out[k++] = finish(Math.imul(start(77 + l) ^ clusterAt(cp1, l), FNV_PRIME), mask);
  }
  return k;
}
