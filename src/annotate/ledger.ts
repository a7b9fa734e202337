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

/** One quote of one article, as the ledger takes it. */
export interface LedgerInput {
  article: string;
  outlet: string;
  publishedAt: string | null;
  quote: Quote;
  /** The speaker's entity's name across the store, when known: the entry is named by it. */
  speakerName?: string;
}

export type DiffOp = { op: "equal" | "insert" | "delete"; text: string };

export interface LedgerVariant extends LedgerInput {
  /** Word-level diff from the entry's fullest wording to this one. */
  diff: DiffOp[];
  /** Only a part of the fullest wording. */
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
  /** The numbers the wording gives, digits only (1,200 → 1200). */
  numbers: Set<string>;
  publishedMs: number;
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
  const prepared = inputs.map(prepare);
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
  const entries: { fullest: Prepared; members: Prepared[] }[] = [];
  // Entries by speaker and by content word of their fullest wording: a quote is compared only with
  // entries of its speaker sharing a content word.
  const bySpeaker = new Map<string, Map<string, number[]>>();
  // Content words each candidate entry shares with the quote, counted through the index.
  const shared: number[] = [];
  order.forEach((p) => {
    let best = -1;
    let bestShare = 0;
    const byKey = bySpeaker.get(p.speakerKey) ?? new Map<string, number[]>();
    bySpeaker.set(p.speakerKey, byKey);
    if (p.keys.length >= MIN_WORDS_TO_MERGE) {
      const touched: number[] = [];
      for (const k of p.contentSet) {
        for (const e of byKey.get(k) ?? []) {
          if (!shared[e]) touched.push(e);
          shared[e] = (shared[e] ?? 0) + 1;
        }
      }
      for (const e of touched) {
        const count = shared[e]!;
        shared[e] = 0;
        const fullest = entries[e]!.fullest;
        if (repeatedTemplate(fullest, p)) continue;
        const share = sameUtterance(count, fullest, p);
        // Within one article, two statements of one speaker share words; only a repeat (the lead
        // quoting again what the body quotes in full) is one utterance.
        if (fullest.input.article === p.input.article && share < 1) continue;
        if (share >= SAME_UTTERANCE_CONTAINMENT && share > bestShare) [best, bestShare] = [e, share];
      }
    }
    if (best >= 0) {
      entries[best]!.members.push(p);
      return;
    }
    entries.push({ fullest: p, members: [p] });
    if (p.keys.length < MIN_WORDS_TO_MERGE) return;
    for (const k of p.contentSet) {
      const list = byKey.get(k);
      if (list) list.push(entries.length - 1);
      else byKey.set(k, [entries.length - 1]);
    }
  });
  return entries.map((e) => entryOf(e.members, e.fullest)).sort((x, y) => byText(x.firstSeen ?? "", y.firstSeen ?? ""));
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

function prepare(input: LedgerInput): Prepared {
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
  return {
    id: `${first.input.article}:${first.input.quote.start}`,
    speaker: speakerOf(members, fullest.input.quote.speaker),
    speakerEntity: fullest.input.quote.speakerEntity,
    text: fullest.input.quote.text,
    outlets: [...new Set(ordered.map((m) => m.input.outlet))],
    firstSeen: first.input.publishedAt,
    variants,
  };
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
 * A deletion and an insertion next to each other that differ only in spacing (و هي / وهي، ما يلزم / مايلزم،
 * إلى 25 / الى25) are the same words: one equal op in the variant's own writing.
 */
function joinSpacingVariants(diff: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  const bare = (t: string) => foldText(t).replace(/\s+/g, "");
  for (let i = 0; i < diff.length; i++) {
    const [a, b] = [diff[i]!, diff[i + 1]];
    if (b && a.op !== "equal" && b.op !== "equal" && a.op !== b.op && bare(a.text) === bare(b.text)) {
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

/** A word without the long vowels and hamza seats after its first letter, a final ا spelled as ة (أستانا / أستانة). */
function skeleton(key: string): string {
  const k = key.replace(/ا$/, "ه");
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

function variantOf(m: Prepared, fullest: Prepared): LedgerVariant {
  // Spelling variants and typos are the same word: an equal op in the variant's own writing.
  const changes = diffArrays(
    fullest.keys.map((k, i) => ({ ...spelled(k), w: fullest.words[i]! })),
    m.keys.map((k, i) => ({ ...spelled(k), w: m.words[i]! })),
    { comparator: sameSpelled },
  );
  const diff = joinSpacingVariants(
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
  return {
    ...m.input,
    diff,
    truncated: deleted && !inserted && !innerDelete,
    reworded: inserted || innerDelete,
  };
}
