/**
 * The quote ledger: one entry per utterance, however many outlets reported it,
 * with each outlet's wording and a word-level diff of every variant against the
 * fullest one. Truncated and reworded variants are flagged.
 */

import { diffArrays } from "diff";
import { foldText } from "../arabic/fold.js";
import { stripClitics } from "../arabic/stem.js";
import { isStopword } from "../arabic/stopwords.js";
import { tokenize } from "../arabic/tokens.js";
import type { Quote } from "../model/types.js";
import { ORG_CUES, ROLE_HEADS } from "./entities/lexicon.js";
import { numberValue } from "./numbers.js";

/** Share of the shorter wording's content words found in the other for two quotes to be one utterance. */
const SAME_UTTERANCE_CONTAINMENT = 0.6;
/** Quotes shorter than this many words are too generic to merge across articles on wording alone. */
const MIN_WORDS_TO_MERGE = 3;
/**
 * Ordinal words as the ledger's keys spell them (الثانية → ثانيه), both genders: «الدفعة الثانية» and
 * «الدفعة الثالثة» give different figures as digits would. Not الأول/الأولى, which also mean "first" as in
 * "foremost".
 */
const ORDINALS: ReadonlyMap<string, number> = new Map(
  ["ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"].flatMap((w, i) => [
    [w, i + 2],
    [`${w}ه`, i + 2],
  ]),
);
/** Words two wordings must share to be one utterance, whatever their share (see `sameUtterance`). */
const MIN_SHARED_WORDS = 4;
/**
 * Of which content words, not stopwords (see `sameUtterance`). Three, not four: the stopword list holds
 * words such as اليوم، بعد، وحده, and the sample corpus's «العراق لن يقبل بعد اليوم أن يدفع وحده ثمن شح
 * المياه» / «بلاده لن تقبل …» share three content words (ثمن شح المياه).
 */
const MIN_SHARED_CONTENT_WORDS = 3;
/**
 * Reports this far apart whose wordings give different numbers are two utterances of one template
 * (the passport office's daily count: «بلغ عدد المصحح وضعهم … 354863» on Monday, «… 363378» on
 * Thursday), not one utterance drifting between outlets, which they report within hours.
 */
const TEMPLATE_REPEAT_MS = 20 * 3600 * 1000;
/**
 * Share of the shorter wording's words the other must hold for two quotes whose outlets name the speaker
 * differently to be one utterance (see `compatibleSpeakers`): near-identical, not merely close, since the
 * speaker no longer vouches for it.
 */
const CROSS_SPEAKER_CONTAINMENT = 0.9;
/**
 * Content words the shorter of two such wordings must have: a slogan many chant is shorter (الشعب يريد
 * إسقاط النظام has four). Five, not four, cost 2 of 68 such merges over 9 days of ANT (Yanghee Lee's «كل
 * شيء في ميانمار يتم من خلال فيسبوك» named يانغي by one outlet stays apart).
 */
const CROSS_SPEAKER_MIN_CONTENT_WORDS = 5;
/** Days apart two such reports may be: outlets relay one statement within a day or two. */
const CROSS_SPEAKER_DAYS = 2;
const DAY_MS = 24 * 3600 * 1000;

/** One quote of one article, as the ledger takes it. */
export interface LedgerInput {
  article: string;
  outlet: string;
  publishedAt: string | null;
  quote: Quote;
  /** The speaker's entity's name across the store, when known: the entry is named by it. */
  speakerName?: string;
  /**
   * The roles the store knows the speaker's entity by (وزير النقل المصري for هشام عرفات): a report naming
   * only the role is one of this speaker's.
   */
  speakerRoles?: readonly string[];
}

export type DiffOp = { op: "equal" | "insert" | "delete"; text: string };

export interface LedgerVariant extends Omit<LedgerInput, "speakerRoles"> {
  /** Word-level diff from the entry's fullest wording to this one. */
  diff: DiffOp[];
  /**
   * Only a part of the fullest wording: cut short, or another excerpt of the statement overlapping it (the
   * diff deletes the fullest's words at one end and inserts the words beyond it at the other).
   */
  truncated: boolean;
  /** Words replaced or added compared with the fullest wording. */
  reworded: boolean;
}

export interface LedgerEntry {
  /** Stable: the article and offset of the earliest report. */
  id: string;
  speaker: string | null;
  speakerEntity: string | null;
  /** The fullest wording reported. */
  text: string;
  outlets: string[];
  firstSeen: string | null;
  variants: LedgerVariant[];
}

interface Prepared {
  input: LedgerInput;
  words: string[];
  keys: string[];
  keySet: Set<string>;
  /** The content words of `keys`: stopwords (في، من، أن) say nothing of which utterance a quote is. */
  contentSet: Set<string>;
  speakerKey: string;
  /** Who said it, as the ledger compares speakers across outlets (see `compatibleSpeakers`). */
  who: Speaker;
  /** The numbers the wording gives, digits only (1,200 → 1200). */
  numbers: Set<string>;
  publishedMs: number;
}

/** A speaker as one report names them. */
interface Speaker {
  key: string;
  entity: string | null;
  anonymous: boolean;
  /** Each name the report and the store give the speaker, as keys: the written one, the store's. */
  names: string[][];
  /** The roles the store knows the speaker's entity by, as keys. */
  roles: string[][];
  /** The speaker phrase describes someone or was misread rather than naming a person (see `describes`). */
  description: boolean;
}

/**
 * Groups quotes from many articles into utterances.
 *
 * @example
 * buildLedger([
 *   { article: "a", outlet: "x", publishedAt: "2025-04-10", quote: q1 }, // «العراق يقدر عاليا التعاون مع "الناتو"»
 *   { article: "b", outlet: "y", publishedAt: "2025-04-10", quote: q2 }, // «… مع منظمة حلف شمال الأطلسي»
 * ]); // one entry with two variants, the second flagged reworded
 */
export function buildLedger(inputs: LedgerInput[]): LedgerEntry[] {
  // One speaker's names and roles recur in every report of them: read each once.
  const keysOfName = new Map<string, string[]>();
  const nameKeysOnce = (name: string) => {
    const known = keysOfName.get(name);
    if (known) return known;
    const keys = nameKeys(name);
    keysOfName.set(name, keys);
    return keys;
  };
  const prepared = inputs.map((input) => prepare(input, nameKeysOnce));
  // Longest wording first: each quote joins the entry whose fullest wording holds it best. Every variant
  // is then compared with the wording its diff is drawn against, and no chain of partial overlaps joins
  // two statements (May's «من المرجح للغاية أن تكون موسكو مسؤولة …» had gathered «بريطانيا ستطرد 23
  // دبلوماسيا روسيا» through reports quoting a bit of each).
  const order = prepared
    .map((p, i) => ({ p, i }))
    .sort(
      (x, y) =>
        y.p.keys.length - x.p.keys.length ||
        byText(x.p.input.publishedAt ?? "9999", y.p.input.publishedAt ?? "9999") ||
        byText(x.p.input.article, y.p.input.article) ||
        x.i - y.i,
    )
    .map((x) => x.p);
  const entries: Building[] = [];
  // How many quotes hold each content word: the rarest say best which entries a quote can join.
  const frequency = new Map<string, number>();
  for (const p of prepared) for (const k of p.contentSet) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  // Entries by speaker and by content word of their fullest wording: a quote is compared only with
  // entries of its speaker sharing a content word.
  const bySpeaker = new Map<string, Map<string, number[]>>();
  // Entries by day and content word of their fullest wording, whoever said it: a quote whose outlet names
  // the speaker otherwise is looked for among the days around it.
  const byDay = new Map<number, Map<string, number[]>>();
  // Content words each candidate entry shares with the quote, counted through the index.
  const shared: number[] = [];
  const index = (map: Map<string, number[]>, key: string, e: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list.at(-1) !== e) list.push(e);
  };
  const speakerIndex = (key: string) => {
    const byKey = bySpeaker.get(key) ?? new Map<string, number[]>();
    bySpeaker.set(key, byKey);
    return byKey;
  };
  const dayIndex = (day: number) => {
    const byKey = byDay.get(day) ?? new Map<string, number[]>();
    byDay.set(day, byKey);
    return byKey;
  };
  // Candidate entries through the lists of `keys` in `maps`, with the content words each shares.
  const candidates = (maps: Map<string, number[]>[], keys: Iterable<string>) => {
    const touched: number[] = [];
    for (const map of maps) {
      for (const k of keys) {
        for (const e of map.get(k) ?? []) {
          if (!shared[e]) touched.push(e);
          shared[e] = (shared[e] ?? 0) + 1;
        }
      }
    }
    return touched.map((e) => {
      const count = shared[e]!;
      shared[e] = 0;
      return { e, count };
    });
  };
  order.forEach((p) => {
    let best = -1;
    let bestShare = 0;
    const byKey = speakerIndex(p.speakerKey);
    if (p.keys.length >= MIN_WORDS_TO_MERGE) {
      for (const { e, count } of candidates([byKey], p.contentSet)) {
        const fullest = entries[e]!.fullest;
        if (repeatedTemplate(fullest, p)) continue;
        const share = sameUtterance(count, fullest, p);
        // Within one article, two statements of one speaker share words; only a repeat (the lead
        // quoting again what the body quotes in full) is one utterance.
        if (fullest.input.article === p.input.article && share < 1) continue;
        if (share >= SAME_UTTERANCE_CONTAINMENT && share > bestShare) [best, bestShare] = [e, share];
      }
    }
    const day = Math.floor(p.publishedMs / DAY_MS);
    const dated = Number.isFinite(day) && p.contentSet.size >= CROSS_SPEAKER_MIN_CONTENT_WORDS;
    if (best < 0 && dated) {
      // Whoever the outlet named: near-identical wording within a few days, by a speaker who can be this one.
      // The entry's fullest wording is the longer (longest first), so it holds all but a tenth of this
      // quote's words: one of any that many and one more of its content words is among them. The rarest
      // are looked up.
      const missing = p.keySet.size - Math.ceil(CROSS_SPEAKER_CONTAINMENT * p.keySet.size);
      const probes = [...p.contentSet].sort((x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0));
      const days: Map<string, number[]>[] = [];
      for (let d = day - CROSS_SPEAKER_DAYS; d <= day + CROSS_SPEAKER_DAYS; d++) days.push(byDay.get(d) ?? new Map());
      for (const { e } of candidates(days, probes.slice(0, missing + 1))) {
        const entry = entries[e]!;
        const fullest = entry.fullest;
        if (fullest.speakerKey === p.speakerKey || repeatedTemplate(fullest, p)) continue;
        if (!(Math.abs(fullest.publishedMs - p.publishedMs) <= CROSS_SPEAKER_DAYS * DAY_MS)) continue;
        let count = 0;
        for (const k of p.contentSet) if (fullest.contentSet.has(k)) count++;
        const share = sameUtterance(count, fullest, p);
        if (fullest.input.article === p.input.article && share < 1) continue;
        if (share < CROSS_SPEAKER_CONTAINMENT || share <= bestShare) continue;
        if (entry.speakers.every((s) => compatibleSpeakers(s, p.who))) [best, bestShare] = [e, share];
      }
    }
    if (best >= 0) {
      const entry = entries[best]!;
      entry.members.push(p);
      if (!entry.speakers.some((s) => s.key === p.speakerKey)) {
        // Later reports naming the speaker as this one does find the entry as their speaker's.
        entry.speakers.push(p.who);
        for (const k of entry.fullest.contentSet) index(byKey, k, best);
      }
      return;
    }
    const e = entries.length;
    entries.push({ fullest: p, members: [p], speakers: [p.who] });
    if (p.keys.length < MIN_WORDS_TO_MERGE) return;
    for (const k of p.contentSet) index(byKey, k, e);
    if (dated) for (const k of p.contentSet) index(dayIndex(day), k, e);
  });
  return entries.map((e) => entryOf(e.members, e.fullest)).sort((x, y) => byText(x.firstSeen ?? "", y.firstSeen ?? ""));
}

/** An entry as it is built: its fullest wording, its reports, and each way they name the speaker. */
interface Building {
  fullest: Prepared;
  members: Prepared[];
  speakers: Speaker[];
}

/**
 * The words of a quote as written and as the ledger compares them. A hashtag's words are words
 * (#تسميم_الجاسوس = تسميم الجاسوس), and a preposition written onto a figure is not part of it (لـ23 = 23).
 */
function wordsOf(text: string): { words: string[]; keys: string[] } {
  const words: string[] = [];
  const keys: string[] = [];
  for (const t of tokenize(text)) {
    const written = text.slice(t.start, t.end).split("_");
    t.text.split("_").forEach((folded, i) => {
      if (!folded) return;
      words.push(written[i] ?? folded);
      keys.push(stripClitics(folded).replace(/^[وفبلك]+(?=\d)/, ""));
    });
  }
  return { words, keys };
}

/** Code-unit order: ISO dates and ids sort as written, and far faster than `localeCompare`. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function prepare(input: LedgerInput, keysOf: (name: string) => string[]): Prepared {
  const { words, keys } = wordsOf(input.quote.text);
  const speakerKey = input.quote.speakerEntity ?? speakerWords(input.quote.speaker);
  const numbers = new Set(
    keys.flatMap((k) => {
      const ordinal = ORDINALS.get(k);
      if (ordinal !== undefined) return [`#${ordinal}`];
      return (k.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, ""));
    }),
  );
  return {
    input,
    words,
    keys,
    keySet: new Set(keys),
    contentSet: new Set(keys.filter((k) => !isStopword(k))),
    speakerKey,
    who: {
      key: speakerKey,
      entity: input.quote.speakerEntity,
      anonymous: input.quote.anonymous === true,
      names: [input.quote.speaker, input.speakerName].flatMap((n) => (n ? [keysOf(n)] : [])),
      roles: (input.speakerRoles ?? []).map(keysOf),
      description: describes(input.quote.speaker),
    },
    numbers,
    publishedMs: input.publishedAt ? Date.parse(input.publishedAt) : Number.NaN,
  };
}

/** Two reports far apart in time (see TEMPLATE_REPEAT_MS) that each give a number the other does not. */
function repeatedTemplate(a: Prepared, b: Prepared): boolean {
  if (!(Math.abs(a.publishedMs - b.publishedMs) >= TEMPLATE_REPEAT_MS)) return false;
  const only = (x: Set<string>, y: Set<string>) => [...x].some((n) => !y.has(n));
  return only(a.numbers, b.numbers) && only(b.numbers, a.numbers);
}

/** A name's or role's words as the ledger compares them (folded, without clitics). */
function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => stripClitics(t.text));
}

/** Every word of `a` is a word of `b`, spelling variants allowed (نافتالي / نفتالي). */
function within(a: string[], b: string[]): boolean {
  return a.length > 0 && a.every((w) => b.some((x) => sameWord(w, x)));
}

/**
 * Whether two reports' speakers can be one, given near-identical wordings: one name holds the other
 * (مسؤولون حكوميون / مسؤولون حكوميون أمريكيون، ماي / تيريزا ماي), or one report names someone the store
 * knows and the other no one it knows: the role the store knows them by (وزير النقل المصري for هشام
 * عرفات), an anonymous source, or a speaker phrase the quote finder misread (المتحدثة باسم، مراسله). Two
 * people the store knows apart, or two names neither holding the other, stay two speakers.
 */
function compatibleSpeakers(a: Speaker, b: Speaker): boolean {
  if (a.key === b.key) return true;
  if (a.names.some((x) => b.names.some((y) => within(x, y) || within(y, x)))) return true;
  if ((a.entity === null) === (b.entity === null)) return false;
  const [named, other] = a.entity === null ? [b, a] : [a, b];
  if (other.anonymous) return true;
  if (other.names.some((x) => named.roles.some((r) => within(x, r) || within(r, x)))) return true;
  return other.description;
}

/**
 * A speaker phrase that describes its speaker rather than names them: one word (الشرطة، برلمانيون, or a
 * misread مراسله، صدر), a definite noun (المدير الفني الألماني، المتحدث باسم المطار), a role or an
 * organisation's head (وزير النقل المصري، وزارة الخارجية), or a phrase opening on a function word (وهو
 * مؤيد …). Otherwise it reads as a name the tagger did not resolve (شريف إسماعيل): someone else's.
 */
function describes(speaker: string | null): boolean {
  const words = speaker ? tokenize(speaker).map((t) => t.text) : [];
  const first = words[0];
  if (first === undefined || words.length === 1 || first.startsWith("ال") || isStopword(first)) return true;
  const bare = stripClitics(first);
  return ROLE_HEADS.has(bare) || ORG_CUES.has(bare);
}

/** A speaker's key for grouping: the last word of the folded name (كارتر = آشتون كارتر). */
function speakerWords(speaker: string | null): string {
  if (!speaker) return "";
  const words = tokenize(speaker).map((t) => stripClitics(t.text));
  return words.at(-1) ?? "";
}

/**
 * Share of the shorter wording's words the other holds, given how many content words they share; 0 when
 * they share fewer than MIN_SHARED_WORDS words or MIN_SHARED_CONTENT_WORDS content words (or all of a
 * shorter one's). Stopwords count in the share, not in the content words shared: a speaker's long statement
 * holds the في، من، هي، التي of every short one («الولايات المتحدة هي التي ستخسر جراء ذلك» shares two content
 * words with one, and five words). «قرار مجلس الأمن غير مقبول» and «بعض بنود مشروع قرار مجلس الأمن تجاوزت …»
 * share three words of five, which says they are about one resolution, not that they are one utterance.
 */
function sameUtterance(sharedContent: number, a: Prepared, b: Prepared): number {
  if (sharedContent < Math.min(MIN_SHARED_CONTENT_WORDS, a.contentSet.size, b.contentSet.size)) return 0;
  const [shorter, longer] = a.keySet.size <= b.keySet.size ? [a.keySet, b.keySet] : [b.keySet, a.keySet];
  let shared = 0;
  for (const k of shorter) if (longer.has(k)) shared++;
  return shared < Math.min(MIN_SHARED_WORDS, shorter.size) ? 0 : shared / Math.max(1, shorter.size);
}

function entryOf(members: Prepared[], fullest: Prepared): LedgerEntry {
  const ordered = [...members].sort(
    (x, y) =>
      byText(x.input.publishedAt ?? "9999", y.input.publishedAt ?? "9999") || byText(x.input.article, y.input.article),
  );
  const first = ordered[0]!;
  const variants = ordered.map((m) => variantOf(m, fullest));
  const named = namingReports(members, fullest);
  return {
    id: `${first.input.article}:${first.input.quote.start}`,
    speaker: speakerOf(named, named[0]!.input.quote.speaker),
    speakerEntity: named[0]!.input.quote.speakerEntity,
    text: fullest.input.quote.text,
    outlets: [...new Set(ordered.map((m) => m.input.outlet))],
    firstSeen: first.input.publishedAt,
    variants,
  };
}

/**
 * The reports whose way of naming the speaker names the entry, fullest first: outlets naming one speaker
 * differently (see `compatibleSpeakers`), the entry is named by the person the store knows over a role or
 * a misread phrase, then as most reports name them, then by the longest name (مسؤولون حكوميون أمريكيون
 * over مسؤولون حكوميون).
 */
function namingReports(members: Prepared[], fullest: Prepared): Prepared[] {
  const bySpeaker = new Map<string, Prepared[]>();
  for (const m of [fullest, ...members.filter((x) => x !== fullest)]) {
    const list = bySpeaker.get(m.speakerKey);
    if (list) list.push(m);
    else bySpeaker.set(m.speakerKey, [m]);
  }
  if (bySpeaker.size === 1) return [...bySpeaker.values()][0]!;
  const rank = (reports: Prepared[]) => {
    const r = reports[0]!;
    const words = (name: string | null | undefined) => tokenize(name ?? "").length;
    return [r.who.entity === null ? 0 : 1, reports.length, words(r.input.speakerName), words(r.input.quote.speaker)];
  };
  const ranked = [...bySpeaker.values()].map((reports) => ({ reports, rank: rank(reports) }));
  ranked.sort((x, y) => {
    for (let i = 0; i < x.rank.length; i++) if (x.rank[i] !== y.rank[i]) return y.rank[i]! - x.rank[i]!;
    return 0;
  });
  return ranked[0]!.reports;
}

/**
 * One person named differently by two outlets (حيدر الزبيدي / حيدر عبد الأمير الزبيدي) is named as the store
 * knows them, unless the words as written already hold that name and say more (الجامعة التونسية للمصدرين).
 */
function speakerOf(members: Prepared[], written: string | null): string | null {
  const known = members.find((m) => m.input.speakerName)?.input.speakerName;
  if (!known) return written;
  return written && foldText(written).includes(foldText(known)) ? written : known;
}

/** Words whose presence or absence does not change what a quote says (folded). */
const PARTICLES = new Set(["ان", "و", "ف", "قد", "لقد", "ثم"]);

function onlyParticles(words: string): boolean {
  return tokenize(words).every((t) => PARTICLES.has(t.text));
}

/**
 * A deletion and an insertion next to each other that say the same words are one equal op in the variant's
 * own writing: they differ only in spacing (و هي / وهي، ما يلزم / مايلزم، إلى 25 / الى25), or give one
 * figure in digits and in words (4 / أربعة، 30 / ثلاثين، 25 / خمسة وعشرون).
 */
function joinSameWords(diff: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  const bare = (t: string) => foldText(t).replace(/\s+/g, "");
  const sameFigure = (a: string, b: string) => {
    const x = numberValue(foldText(a));
    return x !== null && x === numberValue(foldText(b));
  };
  for (let i = 0; i < diff.length; i++) {
    const [a, b] = [diff[i]!, diff[i + 1]];
    if (
      b &&
      a.op !== "equal" &&
      b.op !== "equal" &&
      a.op !== b.op &&
      (bare(a.text) === bare(b.text) || sameFigure(a.text, b.text))
    ) {
      const text = a.op === "insert" ? a.text : b.text;
      const prev = out.at(-1);
      if (prev?.op === "equal") prev.text = `${prev.text} ${text}`;
      else out.push({ op: "equal", text });
      i++;
      continue;
    }
    const prev = out.at(-1);
    if (a.op === "equal" && prev?.op === "equal") prev.text = `${prev.text} ${a.text}`;
    else out.push({ ...a });
  }
  return out;
}

/** Shortest word whose spelling variants the ledger reads as one word: shorter ones are too often two words (قال / قيل). */
const MIN_SPELLING_VARIANT_LETTERS = 4;
/** Letters outlets write or leave out in one name (ترامب / ترمب، أمريكا / أميركا، كيميائية / كيمياوية). */
const VOWEL_LETTERS = /[اويءئؤ]/g;
/**
 * Letters outlets write a foreign name's hard g with (غافين / جافين وليامسون، سيرغي / سيرجي، گ and ڨ in
 * Persian and Maghrebi spellings): read as ج. Not ق or ك, which spell Arabic words apart (قريب / غريب).
 */
const G_LETTERS = /[غگڨ]/g;

/**
 * A word without the long vowels and hamza seats after its first letter, a final ا spelled as ة (أستانا /
 * أستانة), and its hard g in one letter.
 */
function skeleton(key: string): string {
  const k = key.replace(/ا$/, "ه").replace(G_LETTERS, "ج");
  return k.slice(0, 1) + k.slice(1).replace(VOWEL_LETTERS, "");
}

/**
 * Two spellings of one word (keys, folded): the same letters but for long vowels and hamza seats
 * (ترامب / ترمب، كامبريدج / كمبردج), or one letter slipped in between the same first and last letters
 * (نتفق / نتفلق). Words under MIN_SPELLING_VARIANT_LETTERS are compared as they stand.
 *
 * @example sameWord("ترامب", "ترمب"); // true
 */
export function sameWord(a: string, b: string): boolean {
  return a === b || sameSpelled(spelled(a), spelled(b));
}

/** A key with its skeleton, when long enough to have spelling variants (null otherwise). */
type Spelled = { k: string; s: string | null };

function spelled(k: string): Spelled {
  if (k.length < MIN_SPELLING_VARIANT_LETTERS) return { k, s: null };
  const s = skeleton(k);
  return { k, s: s.length >= 3 ? s : "" };
}

function sameSpelled(x: Spelled, y: Spelled): boolean {
  if (x.k === y.k) return true;
  if (x.s === null || y.s === null) return false;
  if (x.s !== "" && x.s === y.s) return true;
  const [short, long] = x.k.length < y.k.length ? [x.k, y.k] : [y.k, x.k];
  if (long.length !== short.length + 1 || long[0] !== short[0] || long.at(-1) !== short.at(-1)) return false;
  for (let i = 1; i < long.length - 1; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Another excerpt of the statement, overlapping the fullest wording: the same words in the middle, the
 * fullest's words dropped at one end and words beyond it added at the other (the fullest «… لكننا نطردهم
 * خارج البلاد لن تصدقوا مدى سوء هؤلاء إنهم ليسوا بشرا»، the variant «لن تصدقوا مدى سوء هؤلاء إنهم ليسوا
 * بشرا هم حيوانات»). A change at one end that both drops and adds words is a rewording.
 */
function overlappingExcerpt(diff: DiffOp[]): boolean {
  let first = -1;
  let last = -1;
  diff.forEach((d, i) => {
    if (d.op !== "equal") return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0) return false;
  const ops = (part: DiffOp[]) =>
    new Set(part.filter((d) => d.op !== "equal" && !onlyParticles(d.text)).map((d) => d.op));
  const [lead, inner, trail] = [ops(diff.slice(0, first)), ops(diff.slice(first + 1, last)), ops(diff.slice(last + 1))];
  if (inner.size > 0 || lead.size !== 1 || trail.size !== 1 || lead.has("insert") === trail.has("insert")) return false;
  // Mostly the fullest's words: «اللعب لريال مدريد كان شيئا جميلا» against «… كان من الجميل اللعب لريال
  // مدريد» is the words reordered.
  const words = (op: DiffOp["op"]) => diff.filter((d) => d.op === op).reduce((n, d) => n + tokenize(d.text).length, 0);
  return words("equal") > words("insert");
}

function variantOf(m: Prepared, fullest: Prepared): LedgerVariant {
  // Spelling variants and typos are the same word: an equal op in the variant's own writing.
  const changes = diffArrays(
    fullest.keys.map((k, i) => ({ ...spelled(k), w: fullest.words[i]! })),
    m.keys.map((k, i) => ({ ...spelled(k), w: m.words[i]! })),
    { comparator: sameSpelled },
  );
  const diff = joinSameWords(
    changes.map((c) => ({
      op: c.added ? "insert" : c.removed ? "delete" : "equal",
      text: c.value.map((v) => v.w).join(" "),
    })),
  );
  // A particle one outlet kept and another dropped (إن الموضوع … / الموضوع …) changes nothing said.
  const edits = diff.filter((d) => d.op !== "equal" && !onlyParticles(d.text));
  const inserted = edits.some((d) => d.op === "insert");
  const deleted = edits.some((d) => d.op === "delete");
  const innerDelete = diff.slice(1, -1).some((d) => d.op === "delete" && !onlyParticles(d.text));
  const overlap = overlappingExcerpt(diff);
  const { speakerRoles: _, ...input } = m.input;
  return {
    ...input,
    diff,
    truncated: (deleted && !inserted && !innerDelete) || overlap,
    reworded: (inserted || innerDelete) && !overlap,
  };
}
