/**
 * Where the words a cue introduces end: a direct quotation between its marks, an indirect clause cut at the
 * next cue, an attribution tail or the journalist's comment, unmarked speech after a colon; for the clause
 * reader of quote-clauses.ts. Linear: every scan is bounded or moves forward.
 */

import { foldText } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import { ATTRIBUTION_TAILS, COMPLEMENTIZERS, CUES, NARRATOR_CUES, NARRATOR_TAILS } from "./quote-cues.js";
import {
  balanced,
  closingMark,
  firstTokenAt,
  markedStretches,
  OPENERS,
  paragraphEnd,
  sentenceEndAfter,
  trimEnd,
  wordCount,
} from "./quote-text.js";

/** Words after a closing mark that make a `cue أن "…" rest` clause mixed (indirect) rather than direct. */
const MIXED_TAIL_WORDS = 2;

/** The words a cue introduces, direct or indirect, with the speaker phrase read before them. */
export interface Complement {
  kind: "direct" | "indirect";
  span: { start: number; end: number };
  /** Tokens between the cue and its complement that name the speaker. */
  speaker: Token[];
}

/** "As" before a verb of relaying (كما نقلت عنه، حسبما ذكرت عنها), folded. */
const AS_RELAYED: ReadonlySet<string> = new Set(["كما", "حسبما", "مثلما"]);

/** A verb of relaying, past tense (نقل، نقلت، ذكرت، أوردت), folded. */
const RELAY_VERB = /^(?:نقل|ذكر|اورد|افاد)(?:ت|وا)?$/;

/**
 * True when token `j` opens كما نقلت عنها / حسبما نقل عنه (+ the outlet): an aside telling who relayed the words
 * of the one the pronoun stands for (وقالت كما نقلت عنها وكالة الأنباء الطلابية «…»، قال … ، كما نقل عنه موقع
 * «العربية نت» إنه): neither the outlet nor the aside's words are the speaker, nor part of what was said.
 */
export function relayAside(tokens: Token[], j: number): boolean {
  return (
    AS_RELAYED.has(tokens[j]?.text ?? "") &&
    RELAY_VERB.test(tokens[j + 1]?.text ?? "") &&
    /^عن(?:ه|ها|هم|هما)$/.test(tokens[j + 2]?.text ?? "")
  );
}

/** Conjunctions that go on with the writer's own words after a description (ولكن في الملعب، وليس). */
const RESUMING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  "ولكن",
  "لكن",
  "وليس",
  "ولا",
  "بينما",
  "وهي",
  "وهو",
  "وهذا",
  "وهذه",
  "وذلك",
]);

/**
 * Whether the words after a description's closing mark go on with the main clause: a comma, a conjunction, or و
 * with a past verb (وشن، وساعدت: of three letters or fewer, or ending in ت or وا). Not an adjective of the marked noun
 * («معركة شاملة» وشيكة), which is still the description.
 * @example mainClauseResumes("، تظهر للوهلة الأولى") // true
 */
function mainClauseResumes(tail: string): boolean {
  if (/^\s*[،,؛;]/.test(tail)) return true;
  const word = foldText(/^\s*(\S+)/.exec(tail)?.[1] ?? "");
  if (RESUMING_CONJUNCTIONS.has(word)) return true;
  return /^و/.test(word) && !word.startsWith("وال") && (word.length <= 4 || /(?:ت|وا)$/.test(word));
}

/**
 * An indirect clause after a complementizer, or a direct quote when marks cover all of it. An `embedded` one is a
 * description inside a relative clause (التي وصفها بأنها "…" وشن حملة، التي وصفها “…”، تظهر): marked words followed
 * by a comma or و are all of it, and the words after them are the main clause's, the writer's.
 */
export function clauseAfter(
  text: string,
  tokens: Token[],
  comp: Token,
  speaker: Token[],
  embedded = false,
): Complement | null {
  const rest = text.slice(comp.end, Math.min(text.length, comp.end + 4));
  const lead = rest.search(/\S/);
  const ch = lead >= 0 ? (rest[lead] as string) : "";
  if (ch in OPENERS) {
    const direct = directAt(text, comp.end + lead, speaker);
    if (direct) {
      const closeAt = direct.closeEnd;
      const tailEnd = sentenceEndAfter(text, closeAt);
      const resumes = embedded && mainClauseResumes(text.slice(closeAt, tailEnd));
      if (resumes || wordCount(text.slice(closeAt, tailEnd)) <= MIXED_TAIL_WORDS) return direct;
    }
  }
  return indirectFrom(text, tokens, comp.end, speaker);
}

/** An indirect clause from `start` to the end of its sentence, cut at a new cue or an attribution tail. */
export function indirectFrom(
  text: string,
  tokens: Token[],
  start: number,
  speaker: Token[],
  speech = false,
): Complement | null {
  let s = start;
  // Spaces, and a mark left of the complementizer (أنّ: its shadda follows the folded token).
  while (s < text.length && /[\s\u064B-\u065F\u0670]/.test(text[s] as string)) s++;
  let end = speech ? speechEndAfter(text, tokens, s) : sentenceEndAfter(text, s);
  // Cut at a new reporting cue or an attribution tail after a comma.
  let k = firstTokenAt(tokens, s);
  const marked = markedStretches(text, s, end);
  for (; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]?.end ?? s, t.start);
    // Inside the speaker's own marked words (أن الحلف «ملتزم بدعم العراق وفق أولويات حكومته»)
    // nothing is the journalist's: no cue or tail cuts there.
    if (marked.some(([a, b]) => t.start > a && t.start < b)) continue;
    const afterComma = /[،,؛;]/.test(gap);
    const cls = CUES.get(t.text);
    // ، مضيفا أن … and ، واصفا إياه بأنه … open the next quote; ، مطالبا إياهم بتقديم عرض (an act on someone,
    // with no clause of its own) is part of these words.
    if (
      afterComma &&
      cls === "participle" &&
      (!OBJECT_PRONOUNS.has(tokens[k + 1]?.text ?? "") || hasComplementSoon(text, tokens, k))
    ) {
      end = (tokens[k - 1]?.end ?? s) + gap.search(/[،,؛;]/);
      break;
    }
    // ، ثم تابع / ، ثم أضاف: the speaker's next statement.
    if (afterComma && t.text === "ثم" && CUES.get(tokens[k + 1]?.text ?? "") === "verb") {
      end = (tokens[k - 1]?.end ?? s) + gap.search(/[،,؛;]/);
      break;
    }
    // A participle or masdar cue that opens its own quotation (بقوله: …، قائلا «…») starts a new quote.
    if ((cls === "participle" || cls === "noun") && k > firstTokenAt(tokens, s)) {
      const next = tokens[k + 1];
      if (/^\s*[:«"“]/.test(text.slice(t.end, next ? next.start : text.length))) {
        end = tokens[k - 1]!.end;
        break;
      }
    }
    // After the speaker's own words close, و + a pronoun is the journalist's comment on them
    // («لن يقبل بعد اليوم …»، وهي عبارة موجهة إلى الداخل), and و + a verb the speaker's next act.
    // So is «…»، في رسالة / في إشارة إلى …: the journalist's reading of the words.
    const close = gap.search(/[»”"]/);
    const framing = afterComma && t.text === "في" && FRAMING_NOUNS.has(tokens[k + 1]?.text ?? "");
    if (
      close >= 0 &&
      k > firstTokenAt(tokens, s) &&
      (COMMENT_PRONOUNS.has(t.text) || (cls === "verb" && t.text.startsWith("و")) || framing) &&
      balanced(text.slice(s, (tokens[k - 1]?.end ?? s) + close + 1))
    ) {
      end = (tokens[k - 1]?.end ?? s) + close + 1;
      break;
    }
    const onWords = t.text === "علي" && tokens[k + 1]?.text === "حد";
    if (
      ATTRIBUTION_TAILS.has(t.text) ||
      (afterComma && (NARRATOR_TAILS.has(t.text) || onWords)) ||
      (k > firstTokenAt(tokens, s) && relayAside(tokens, k))
    ) {
      const comma = gap.search(/[،,؛;]/);
      end = comma >= 0 ? (tokens[k - 1]?.end ?? s) + comma : (tokens[k - 1]?.end ?? s);
      break;
    }
    if (
      cls === "verb" &&
      /^[وف]/.test(t.text) &&
      // After a comma a new و-verb of saying starts the speaker's next statement (، وكشفت عن …), however
      // short the clause before it (إن العطل بسيط، وأشار إلى أن …).
      ((afterComma && t.text.startsWith("و") && k > firstTokenAt(tokens, s)) ||
        (k > firstTokenAt(tokens, s) + 2 && hasComplementSoon(text, tokens, k)))
    ) {
      end = tokens[k - 1]!.end;
      break;
    }
    // …، في حين قال الثلث تقريبا إنهم، بينما يرى 41 في المئة أن: "while" and a verb of saying with its own
    // complement open another one's statement (فيما only after a comma: بما فيها، فيما يتعلق).
    const whileAt =
      t.text === "في" && tokens[k + 1]?.text === "حين"
        ? k + 2
        : t.text === "بينما" || (t.text === "فيما" && afterComma)
          ? k + 1
          : -1;
    if (
      whileAt > 0 &&
      k > firstTokenAt(tokens, s) &&
      CUES.get(tokens[whileAt]?.text ?? "") === "verb" &&
      hasComplementSoon(text, tokens, whileAt)
    ) {
      const comma = gap.search(/[،,؛;]/);
      end = comma >= 0 ? (tokens[k - 1]?.end ?? s) + comma : (tokens[k - 1]?.end ?? s);
      break;
    }
    // …، يرى هذا الفيلسوف أن …: after a comma, a verb of saying with its own complement opens another statement,
    // also past how it was said (، أكد عبر حسابه في موقع التواصل الاجتماعي تويتر على أن).
    if (
      cls === "verb" &&
      afterComma &&
      !IMPERSONAL_CUES.has(t.text) &&
      k > firstTokenAt(tokens, s) &&
      hasComplementSoon(text, tokens, k, COMMA_CUE_REACH)
    ) {
      end = tokens[k - 1]!.end;
      break;
    }
  }
  // A cut right before a closing mark (إنها «تتفهم مطالب العمال»، ودعت …) keeps the mark.
  while (end < text.length && /[»”"]/.test(text[end] as string) && !balanced(text.slice(s, end))) end++;
  end = trimEnd(text, s, end);
  if (end <= s) return null;
  return { kind: "indirect", span: { start: s, end }, speaker };
}

/**
 * End of unmarked speech after a colon (قال فيها: …): it runs over the sentences of its
 * paragraph until one opens with a new reporting cue (وتساءل خلفان: …), as transcribed
 * tweets and statements do.
 */
function speechEndAfter(text: string, tokens: Token[], from: number): number {
  const para = paragraphEnd(text, from);
  const first = sentenceEndAfter(text, from);
  let end = first;
  while (end < para) {
    const k = firstTokenAt(tokens, end + 1);
    if (k >= tokens.length || tokens[k]!.start >= para) break;
    const opensWithCue = [tokens[k], tokens[k + 1]].some(
      (t) => t !== undefined && t.start < para && (CUES.has(t.text) || NARRATOR_CUES.has(t.text)),
    );
    if (opensWithCue) break;
    end = sentenceEndAfter(text, tokens[k]!.start);
  }
  // In a long paragraph the narrator likely speaks again: keep to the first sentence (rule 3).
  return end - from > MAX_COLON_SPEECH_CHARS ? first : end;
}

/**
 * Unmarked speech after a colon spans several sentences only within this many characters
 * (tweets and short statements, 170–290 characters in quotes-dev); longer stretches of a
 * paragraph are the narrator's again.
 */
const MAX_COLON_SPEECH_CHARS = 400;

/** Tokens after a cue within which its complement (أن، إن، a colon or a quote mark) counts as its own. */
const COMPLEMENT_REACH = 5;

/** The same after a comma and a bare verb of saying inside an indirect clause, which opens a new statement. */
const COMMA_CUE_REACH = 9;

/** A new cue at `k` opens its own complement soon: أن/إن, a colon or a quote mark within `reach` words. */
function hasComplementSoon(text: string, tokens: Token[], k: number, reach = COMPLEMENT_REACH): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + reach); j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[.!?؟\n]/.test(gap)) return false;
    if (/[:«"“]/.test(gap) || COMPLEMENTIZERS.has(tokens[j]!.text)) return true;
  }
  return false;
}

/** A direct quote whose opening mark is at `at`. */
export function directAt(text: string, at: number, speaker: Token[]): (Complement & { closeEnd: number }) | null {
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
  // تفجير سيارة في منطقة الزعفرانية"، واخرى …": the mark closes words the text opened without one.
  // (Not an ellipsis opening the words: "... في واقع الأمر".)
  if (e <= s || /^(?:[،,؛;]|\.(?![.…]))/.test(text.slice(s, s + 2))) return null;
  return { kind: "direct", span: { start: s, end: e }, speaker, closeEnd: close >= 0 ? close + 1 : innerEnd };
}

/**
 * Present-tense opinion verbs that, with no source named, read as impersonal passives
 * (ويُعتقد أن، ويتوقع أن): the journalist's voice, not a continuation (rule 1).
 */
export const IMPERSONAL_CUES = new Set(
  ["يعتقد", "يعتبر", "يتوقع", "يرجح", "يقال"].flatMap((v) => [v, `و${v}`, `ف${v}`]),
);

/** إيا + a pronoun: the object of the participle before it (مطالبا إياهم). */
const OBJECT_PRONOUNS = new Set(["اياه", "اياها", "اياهم", "اياهما", "اياهن", "اياك", "اياكم", "ايانا"]);

/** Nouns after «…»، في that frame the quoted words (في رسالة، في إشارة إلى، في تلميح): the journalist's reading. */
const FRAMING_NOUNS = new Set([
  "رساله",
  "اشاره",
  "تلميح",
  "خطوه",
  "رد",
  "موقف",
  "تحذير",
  "تصعيد",
  "انتقاد",
  "تاكيد",
  "دعوه",
]);

/** و + a pronoun after a closing quote mark: the journalist's comment on the words just quoted. */
export const COMMENT_PRONOUNS = new Set(["وهي", "وهو", "وهذه", "وهذا", "وذلك", "وهما"]);
