/**
 * Quotes with their speakers: direct quotes in every mark shape, indirect speech
 * (cue + أن/إن clause, cue + colon), continuation (وأضاف with no name → the last
 * speaker), relayed speech (نقلت الوكالة عن X قوله), organisations' statements and
 * anonymous sources. Follows ../shared/data/gold/quotes/README.md. Linear in the
 * text: every scan is bounded or moves forward.
 */

import { foldText } from "../arabic/fold.js";
import { type Token, tokenize } from "../arabic/tokens.js";
import type { Entity, Mention, Quote } from "../model/types.js";
import {
  ADDRESSEE_CUES,
  ANONYMOUS_HEADS,
  ATTRIBUTION_TAILS,
  COMPLEMENTIZERS,
  CUES,
  type CueClass,
  DATA_SUBJECTS,
  DOCUMENT_WORDS,
  MANNER_WORDS,
  NARRATOR_CUES,
  NARRATOR_TAILS,
  ORG_HEADS,
  PRONOUN_SPEAKERS,
  SCRIPTURE_SPEAKERS,
  SPEAKER_STOPS,
  TITLE_CONTEXT,
  TITLES,
} from "./quote-cues.js";

/** How far after a cue its complement (أن، colon, quote mark) may start: longer speaker phrases are rare. */
const MAX_CUE_GAP_TOKENS = 16;
/** A quoted stretch of fewer words is a term or scare quote, not a quotation (rule 1). */
const MIN_DIRECT_WORDS = 2;
/** An unclosed quote mark runs to the end of its paragraph, but no further than this. */
const MAX_QUOTE_CHARS = 3000;
/** Words after a closing mark that make a `cue أن "…" rest` clause mixed (indirect) rather than direct. */
const MIXED_TAIL_WORDS = 2;

const OPENERS: Record<string, string> = { "«": "»", "“": "”", '"': '"', "„": "“", "‹": "›", "”": "”" };
const SENTENCE_END = /[.!?؟\n]/;

interface Speaker {
  name: string;
  entity: string | null;
  anonymous: boolean;
  span?: { start: number; end: number };
}

/**
 * Finds the quotes of one article.
 *
 * @example
 * findQuotes("وقال الوزير خالد العمري إن المحطة جاهزة. وأضاف: «سنفتتحها غدا».")
 * // → an indirect quote "المحطة جاهزة" and a direct one "سنفتتحها غدا", both by "خالد العمري"
 */
export function findQuotes(text: string, mentions: Mention[] = [], entities: Entity[] = []): Quote[] {
  const tokens = tokenize(text);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const quotes: Quote[] = [];
  let last: Speaker | null = null;
  let consumed = -1;

  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumed) continue;
    const cue = tokens[i]!;
    const cls = CUES.get(cue.text);
    if (!cls) continue;
    if (i > 0 && NARRATOR_CUES.has(tokens[i - 1]!.text)) continue;

    const found = complementOf(text, tokens, i, cls);
    if (!found) continue;
    const sentenceStart = sentenceStartBefore(text, cue.start);

    // Who speaks.
    let speakerTokens = found.speaker;
    let via: string | undefined;
    if (cls === "noun") {
      const relayed = relayedSpeaker(text, tokens, i, sentenceStart);
      if (relayed) {
        speakerTokens = relayed.speaker;
        via = relayed.via;
      }
    } else if (cls === "document") {
      speakerTokens = issuerBefore(text, tokens, i, sentenceStart);
    }
    if (ADDRESSEE_CUES.has(cue.text)) speakerTokens = [];
    if (speakerTokens.length > 0 && DATA_SUBJECTS.has(speakerTokens[0]!.text)) continue;
    if (speakerTokens.some((t) => SCRIPTURE_SPEAKERS.has(t.text))) continue;
    if (speakerTokens.length > 0 && /^\p{N}/u.test(speakerTokens[0]!.text)) continue;
    if (speakerTokens.length > 0 && DOCUMENT_WORDS.has(speakerTokens[0]!.text)) speakerTokens = [];

    let speaker: Speaker | null = null;
    let resolution: Quote["resolution"] = "explicit";
    if (speakerTokens.length > 0) {
      speaker = speakerFrom(text, tokens, speakerTokens, mentions, entityById, quotes);
    } else {
      const earlier = cls === "participle" ? explicitInSentence(quotes, sentenceStart) : null;
      if (earlier) speaker = earlier;
      else {
        speaker = last;
        resolution = "continuation";
      }
    }
    if (!speaker) continue;

    const span = found.span;
    if (span.end <= span.start) continue;
    const quoteText = text.slice(span.start, span.end);
    if (found.kind === "direct" && wordCount(quoteText) < MIN_DIRECT_WORDS) continue;

    quotes.push({
      text: quoteText,
      start: span.start,
      end: span.end,
      speaker: speaker.name,
      speakerEntity: speaker.entity,
      cue: cueAsWritten(text, cue),
      kind: found.kind,
      resolution,
      ...(via ? { via } : {}),
      ...(speaker.anonymous ? { anonymous: true } : {}),
      confidence: resolution === "continuation" ? 0.6 : found.kind === "direct" ? 0.9 : 0.8,
      ...(speaker.span ? { speakerSpan: speaker.span } : {}),
    });
    last = speaker;
    consumed = lastTokenBefore(tokens, span.end, i);
  }
  return quotes;
}

interface Complement {
  kind: "direct" | "indirect";
  span: { start: number; end: number };
  /** Tokens between the cue and its complement that name the speaker. */
  speaker: Token[];
}

/** The clause or quotation a cue at `i` introduces, if any. */
function complementOf(text: string, tokens: Token[], i: number, cls: CueClass): Complement | null {
  const speaker: Token[] = [];
  let speakerOpen = true;
  let skipUntil = 0;
  const limit = Math.min(tokens.length, i + 1 + MAX_CUE_GAP_TOKENS);
  for (let j = i + 1; j <= limit; j++) {
    const gapStart = Math.max(tokens[j - 1]!.end, skipUntil);
    const gapEnd = j < tokens.length ? tokens[j]!.start : text.length;
    const gap = text.slice(gapStart, Math.max(gapStart, gapEnd));
    const colon = gap.search(/[:：]/);
    const mark = firstOpener(gap);
    if (mark >= 0 && (colon < 0 || mark < colon) && cls !== "document") {
      // A quoted name inside the speaker phrase (مصادر «المدينة» المطلعة) or a title (لصحيفة "واشنطن بوست").
      const at = gapStart + mark;
      const close = closingMark(text, at, text[at] as string);
      const after = close >= 0 ? text.slice(close + 1, close + 3).trimStart() : "";
      const prev = tokens[j - 1]!.text;
      const shortName = close >= 0 && wordCount(text.slice(at + 1, close)) <= 2 && /^[\p{L}:]/u.test(after);
      if (close >= 0 && (TITLE_CONTEXT.has(prev) || shortName) && !SENTENCE_END.test(text.slice(gapStart, at))) {
        const next = firstTokenAt(tokens, close + 1);
        if (speakerOpen && !TITLE_CONTEXT.has(prev)) for (let k = j; k < next; k++) speaker.push(tokens[k]!);
        if (TITLE_CONTEXT.has(prev)) speakerOpen = false;
        skipUntil = close + 1;
        j = next - 1;
        continue;
      }
    }
    if (colon >= 0 && (mark < 0 || colon < mark)) {
      if (SENTENCE_END.test(gap.slice(0, colon))) return null;
      const after = gapStart + colon + 1;
      const m2 = firstOpener(gap.slice(colon + 1));
      if (m2 >= 0) return directAt(text, after + m2, speaker);
      let start = j < tokens.length ? tokens[j]!.start : text.length;
      if (j < tokens.length && COMPLEMENTIZERS.has(tokens[j]!.text)) start = tokens[j]!.end;
      return indirectFrom(text, tokens, start, speaker);
    }
    if (SENTENCE_END.test(gap.slice(0, mark >= 0 ? mark : gap.length))) return null;
    if (mark >= 0 && cls !== "document") return directAt(text, gapStart + mark, speaker);
    if (j >= tokens.length) return null;
    const t = tokens[j]!;
    if (COMPLEMENTIZERS.has(t.text) || (t.text === "الي" && COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? ""))) {
      const comp = t.text === "الي" ? tokens[j + 1]! : t;
      return clauseAfter(text, tokens, comp, speaker);
    }
    if (MANNER_WORDS.has(t.text) || t.text === "فيه" || t.text === "فيها") {
      speakerOpen = false;
      continue;
    }
    const other = CUES.get(t.text);
    if (other && !(cls === "document" && other === "verb")) return null;
    if (cls === "document" && other === "verb") {
      speakerOpen = false;
      continue;
    }
    if (SPEAKER_STOPS.has(t.text) || /[،,(]/.test(gap)) speakerOpen = false;
    if (speakerOpen && !PRONOUN_SPEAKERS.has(t.text)) speaker.push(t);
  }
  return null;
}

/** An indirect clause after a complementizer, or a direct quote when marks cover all of it. */
function clauseAfter(text: string, tokens: Token[], comp: Token, speaker: Token[]): Complement | null {
  const rest = text.slice(comp.end, Math.min(text.length, comp.end + 4));
  const lead = rest.search(/\S/);
  const ch = lead >= 0 ? (rest[lead] as string) : "";
  if (ch in OPENERS) {
    const direct = directAt(text, comp.end + lead, speaker);
    if (direct) {
      const closeAt = direct.closeEnd;
      const tailEnd = sentenceEndAfter(text, closeAt);
      if (wordCount(text.slice(closeAt, tailEnd)) <= MIXED_TAIL_WORDS) return direct;
    }
  }
  return indirectFrom(text, tokens, comp.end, speaker);
}

/** An indirect clause from `start` to the end of its sentence, cut at a new cue or an attribution tail. */
function indirectFrom(text: string, tokens: Token[], start: number, speaker: Token[]): Complement | null {
  let s = start;
  while (s < text.length && /\s/.test(text[s] as string)) s++;
  let end = sentenceEndAfter(text, s);
  // Cut at a new reporting cue or an attribution tail after a comma.
  let k = firstTokenAt(tokens, s);
  for (; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]?.end ?? s, t.start);
    const afterComma = /[،,؛;]/.test(gap);
    const cls = CUES.get(t.text);
    if (afterComma && cls === "participle") {
      end = (tokens[k - 1]?.end ?? s) + gap.search(/[،,؛;]/);
      break;
    }
    const onWords = t.text === "علي" && tokens[k + 1]?.text === "حد";
    if (ATTRIBUTION_TAILS.has(t.text) || (afterComma && (NARRATOR_TAILS.has(t.text) || onWords))) {
      const comma = gap.search(/[،,؛;]/);
      end = comma >= 0 ? (tokens[k - 1]?.end ?? s) + comma : (tokens[k - 1]?.end ?? s);
      break;
    }
    if (cls === "verb" && t.text.startsWith("و") && k > firstTokenAt(tokens, s) + 2 && hasComplementSoon(tokens, k)) {
      end = tokens[k - 1]!.end;
      break;
    }
  }
  end = trimEnd(text, s, end);
  if (end <= s) return null;
  return { kind: "indirect", span: { start: s, end }, speaker };
}

function hasComplementSoon(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) if (COMPLEMENTIZERS.has(tokens[j]!.text)) return true;
  return false;
}

/** A direct quote whose opening mark is at `at`. */
function directAt(text: string, at: number, speaker: Token[]): (Complement & { closeEnd: number }) | null {
  const open = text[at] as string;
  const close = closingMark(text, at, open);
  const innerStart = at + 1;
  const innerEnd = close >= 0 ? close : paragraphEnd(text, innerStart);
  let s = innerStart;
  while (s < innerEnd && /\s/.test(text[s] as string)) s++;
  let e = innerEnd;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s && /[.،,]/.test(text[e - 1] as string)) e--;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e <= s) return null;
  return { kind: "direct", span: { start: s, end: e }, speaker, closeEnd: close >= 0 ? close + 1 : innerEnd };
}

/** Where the quotation opened at `at` closes, honouring nested marks; -1 when it never does. */
function closingMark(text: string, at: number, open: string): number {
  const limit = Math.min(text.length, at + MAX_QUOTE_CHARS);
  const para = paragraphEnd(text, at + 1);
  if (open === '"' || open === "”") {
    let depth = 1;
    for (let p = at + 1; p < Math.min(limit, para); p++) {
      const c = text[p] as string;
      if (c !== '"' && c !== "”") continue;
      const prev = text[p - 1] ?? " ";
      const next = text[p + 1] ?? " ";
      const opens = /\s|[(«:]/.test(prev) && /[^\s.,،؛!?؟]/.test(next);
      if (opens) depth++;
      else depth--;
      if (depth === 0) return p;
    }
    return -1;
  }
  const closer = OPENERS[open] as string;
  let depth = 1;
  for (let p = at + 1; p < Math.min(limit, para); p++) {
    const c = text[p];
    if (c === open && open !== closer) depth++;
    else if (c === closer) {
      depth--;
      if (depth === 0) return p;
    }
  }
  return -1;
}

function firstOpener(gap: string): number {
  for (let k = 0; k < gap.length; k++) if ((gap[k] as string) in OPENERS) return k;
  return -1;
}

/** End of the sentence that contains `from`: . ! ? ؟ or a line break, not inside a number or open quotation. */
function sentenceEndAfter(text: string, from: number): number {
  const para = paragraphEnd(text, from);
  let inQuote: string | null = null;
  let quoteOpenedAt = 0;
  for (let p = from; p < para; p++) {
    const c = text[p] as string;
    if (inQuote) {
      if (c === inQuote || (inQuote === '"' && c === "”")) inQuote = null;
      else if (p - quoteOpenedAt > MAX_QUOTE_CHARS) inQuote = null;
      continue;
    }
    if (c === "«") {
      inQuote = "»";
      quoteOpenedAt = p;
    } else if (c === "“") {
      inQuote = "”";
      quoteOpenedAt = p;
    } else if (c === "." && (isNumberDot(text, p) || isEllipsis(text, p))) {
    } else if (c === "." || c === "!" || c === "?" || c === "؟") return p;
  }
  return para;
}

const isNumberDot = (text: string, p: number) => /\d/.test(text[p - 1] ?? "") && /\d/.test(text[p + 1] ?? "");
/** ".." and "..." inside a sentence (سمعة النصر كبيرة..اللي) do not end it. */
const isEllipsis = (text: string, p: number) => text[p + 1] === "." || text[p - 1] === ".";

function sentenceStartBefore(text: string, at: number): number {
  for (let p = at - 1; p >= 0; p--) {
    const c = text[p] as string;
    if (SENTENCE_END.test(c) && !(c === "." && (isNumberDot(text, p) || isEllipsis(text, p)))) {
      return p + 1;
    }
  }
  return 0;
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

/** Drops final punctuation, spaces and stray quote marks from a clause. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s.,،؛;:!?؟\-–—]/.test(text[e - 1] as string) && !/[!?؟]/.test(text[e - 1] as string)) e--;
    const c = text[e - 1] as string;
    if (e > start && /["”»“«]/.test(c) && !balanced(text.slice(start, e))) {
      e--;
      continue;
    }
    return e;
  }
}

function balanced(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const guil = (s.match(/«/g) ?? []).length === (s.match(/»/g) ?? []).length;
  const curly = (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && guil && curly;
}

/** `نقلت الوكالة عن X قوله`: the speaker is X, relayed via the agency. */
function relayedSpeaker(
  text: string,
  tokens: Token[],
  i: number,
  sentenceStart: number,
): { speaker: Token[]; via?: string } | null {
  for (let k = i - 1; k >= Math.max(0, i - 10) && tokens[k]!.start >= sentenceStart; k--) {
    if (tokens[k]!.text !== "عن") continue;
    const speaker = tokens.slice(k + 1, i);
    let via: string | undefined;
    for (let v = k - 1; v >= Math.max(0, k - 8) && tokens[v]!.start >= sentenceStart; v--) {
      if (/^[وف]?نقل/.test(tokens[v]!.text)) {
        const viaTokens = tokens.slice(v + 1, k);
        if (viaTokens.length > 0) via = text.slice(viaTokens[0]!.start, viaTokens.at(-1)!.end);
        break;
      }
    }
    return via ? { speaker, via } : { speaker };
  }
  return null;
}

/** `أصدرت الوزارة بيانا جاء فيه أن`: the issuer is the subject before the document word. */
function issuerBefore(text: string, tokens: Token[], i: number, sentenceStart: number): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k]!.start >= sentenceStart; k--) {
    const t = tokens[k]!;
    if (t.text === "في" || /^[وف]?(اصدر|اصدرت|نشر|نشرت|قال|قالت|اكد|اكدت)$/.test(t.text)) {
      if (out.length > 0) break;
      continue;
    }
    if (/[،,]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    out.unshift(t);
  }
  return out;
}

/** The speaker named by `speakerTokens`, completed to the fullest form of the name in the article. */
function speakerFrom(
  text: string,
  tokens: Token[],
  speakerTokens: Token[],
  mentions: Mention[],
  entityById: Map<string, Entity>,
  earlier: Quote[],
): Speaker {
  const start = speakerTokens[0]!.start;
  const end = speakerTokens.at(-1)!.end;
  const inside = mentions.filter((m) => m.start < end && m.end > start);
  const person = inside.find((m) => m.type === "PER") ?? inside.find((m) => m.type === "ORG") ?? inside[0];
  const anonymous = ANONYMOUS_HEADS.has(speakerTokens[0]!.text);
  if (person && !anonymous) {
    const entity = entityById.get(person.entity);
    return {
      name: entity ? fullestName(entity) : person.text,
      entity: person.entity,
      anonymous: false,
      span: { start: person.start, end: person.end },
    };
  }
  const words = speakerTokens.map((t) => t.text);
  // A name or role seen in full earlier in this article (كارتر → آشتون كارتر; الرئيس الفرنسي السابق → … هولاند).
  if (!anonymous) {
    for (let q = earlier.length - 1; q >= 0; q--) {
      const e = earlier[q]!;
      if (!e.speaker || e.anonymous) continue;
      const full = foldText(e.speaker).split(/\s+/);
      const role = e.speakerSpan ? foldText(text.slice(e.speakerSpan.start, e.speakerSpan.end)).split(/\s+/) : [];
      if (full.length > words.length && containsRun(full, stripTitles(words))) {
        return { name: e.speaker, entity: e.speakerEntity, anonymous: false, span: { start, end } };
      }
      if (role.length > words.length && containsRun(role, words)) {
        return { name: e.speaker, entity: e.speakerEntity, anonymous: false, span: { start, end } };
      }
    }
  }
  // قالت الشركة → the company named earlier (شركة غوغل).
  if (words.length <= 2 && ORG_HEADS.has(words[0]!)) {
    const named = orgNamedBefore(text, tokens, words[0]!.slice(2), start);
    if (named) return { name: named, entity: null, anonymous: false, span: { start, end } };
  }
  let first = 0;
  while (first < speakerTokens.length - 1 && TITLES.has(speakerTokens[first]!.text)) first++;
  return { name: text.slice(speakerTokens[first]!.start, end), entity: null, anonymous, span: { start, end } };
}

function stripTitles(words: string[]): string[] {
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first]!)) first++;
  return words.slice(first);
}

/** True when `run` occurs contiguously in `words`. */
function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** The last `شركة X` / `وزارة X الY` before `before`: the organisation a bare head refers to. */
function orgNamedBefore(text: string, tokens: Token[], head: string, before: number): string | null {
  for (let k = firstTokenAt(tokens, before) - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text !== head && t.text !== `و${head}` && t.text !== `ل${head}` && t.text !== `ب${head}`) continue;
    const next = tokens.slice(k + 1, k + 4);
    if (next.length === 0) continue;
    if (head === "شركه") {
      const name = [next[0]!];
      for (const n of next.slice(1)) if (!n.text.startsWith("ال") && n.start - name.at(-1)!.end <= 1) name.push(n);
      return text.slice(name[0]!.start, name.at(-1)!.end);
    }
    const run = [t];
    for (const n of next) {
      if (!n.text.startsWith("ال") || n.start - run.at(-1)!.end > 1) break;
      run.push(n);
    }
    if (run.length === 1) continue;
    const s = t.text.startsWith(head) ? t.start : t.start + 1;
    return text.slice(s, run.at(-1)!.end);
  }
  return null;
}

function fullestName(e: Entity): string {
  return [e.name, ...e.aliases].reduce((a, b) => (b.length > a.length ? b : a), e.name);
}

function explicitInSentence(quotes: Quote[], sentenceStart: number): Speaker | null {
  const q = quotes.at(-1);
  if (!q || q.start < sentenceStart || q.resolution !== "explicit" || !q.speaker) return null;
  return { name: q.speaker, entity: q.speakerEntity, anonymous: q.anonymous === true };
}

/** The cue as written: with its و/ف and pronoun suffix, without punctuation or diacritics trimmed away. */
function cueAsWritten(text: string, cue: Token): string {
  return text.slice(cue.start, cue.end);
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before `offset` (at least `min`). */
function lastTokenBefore(tokens: Token[], offset: number, min: number): number {
  return Math.max(min, firstTokenAt(tokens, offset) - 1);
}
