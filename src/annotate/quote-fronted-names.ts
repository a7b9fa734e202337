/**
 * A country or a body the tagger named right before a verb of saying, opening its clause, is the verb's subject
 * (لكن روسيا وصفت الاتفاق بأنه، لكن إيران نفت أن): Arabic fronts the subject there, and the words after the
 * verb are its object, not a speaker. For the speaker resolution of quotes.ts.
 */

import type { Token } from "../arabic/tokens.js";
import type { Mention } from "../model/types.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { opensClause } from "./quote-clauses.js";
import { CUES, DISCOURSE_WORDS } from "./quote-cues.js";
import { firstTokenAt, type Speaker } from "./quote-text.js";

/** Mention types that speak when fronted: a country or city for its government, an organisation, a company. */
const FRONTED_TYPES: ReadonlySet<Mention["type"]> = new Set(["LOC", "ORG", "MISC"]);

/** Words that make a following أن "but" or "as" and open a clause (كما أن روسيا أكدت، إلا أن إيران نفت), folded. */
const BEFORE_ANNA: ReadonlySet<string> = new Set(["كما", "غير", "الا", "بيد", "حيث", "اذ"]);

/**
 * The name the tagger found right before the verb at token `i` (past one قد), when it opens its sentence or
 * its clause (after punctuation, لكن، بينما، فيما، كما أن، إلا أن, or a particle the tagger took into it: فإن
 * فيسبوك): the verb's subject, shown as written with the tagger's entity. Null when there is none, when the
 * verb is joined by و or ف (its clause opens with it: وزار الوزير روسيا وقال), when a mark stands between (في
 * روسيا، أكد الوزير) or when a preposition or another word comes before the name (قال الوزير في روسيا إن،
 * زار الوزير روسيا أكد).
 *
 * @example
 * // «… قالت موغيريني إن …. لكن روسيا وصفت الاتفاق بأنه …» → روسيا, with its entity
 */
export function namedSubjectBefore(ctx: ArticleSpeakers, i: number, sentenceStart: number): FrontedName | null {
  const { text, tokens } = ctx;
  // (Not the و of وصف itself.)
  const cue = tokens[i]!.text;
  if (/^[وف]/.test(cue) && CUES.has(cue.slice(1))) return null;
  let k = i - 1;
  if (k >= 0 && tokens[k]!.text === "قد") k--;
  if (k < 0 || tokens[k]!.start < sentenceStart) return null;
  // Nothing but spaces from the name to the verb.
  for (let j = k; j < i; j++) if (/[^\s]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return null;
  const m = mentionEndingAt(ctx, tokens[k]!, sentenceStart);
  if (!m) return null;
  // (The token holding the mention's start: a conjunction may be glued before it.)
  let a = firstTokenAt(tokens, m.start + 1) - 1;
  // فإن فيسبوك قال: a particle the tagger took into the name opens the clause.
  const particle = a < k && m.start === tokens[a]!.start && DISCOURSE_WORDS.has(tokens[a]!.text);
  if (particle) a++;
  // وإيران نفت: a conjunction glued to the name opens the clause only where the sentence or a mark does.
  const glued = m.start > tokens[a]!.start;
  if (glued && text.slice(tokens[a]!.start, m.start) !== "و") return null;
  const opens =
    particle ||
    a === 0 ||
    tokens[a - 1]!.start < sentenceStart ||
    /[،,؛;:.]/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start)) ||
    (!glued && opensClause(text, tokens, a)) ||
    (!glued && tokens[a - 1]!.text === "ان" && BEFORE_ANNA.has(tokens[a - 2]?.text ?? ""));
  if (!opens) return null;
  const first = tokens[a]!;
  const head = glued ? { text: first.text.slice(1), start: m.start, end: first.end } : first;
  const words = [head, ...tokens.slice(a + 1, k + 1)];
  const span = { start: head.start, end: tokens[k]!.end };
  return {
    tokens: words,
    speaker: { name: text.slice(span.start, span.end), entity: m.entity, anonymous: false, span },
  };
}

/** A name fronted before its verb: its tokens, and the speaker as written, with the tagger's entity. */
export interface FrontedName {
  tokens: Token[];
  speaker: Speaker;
}

/** The LOC, ORG or MISC mention that ends with token `t` and starts in the sentence, if any. */
function mentionEndingAt(ctx: ArticleSpeakers, t: Token, sentenceStart: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of ctx.mentionsFrom(sentenceStart)) {
    if (m.start >= t.end) break;
    if (m.end === t.end && FRONTED_TYPES.has(m.type)) found = m;
  }
  return found;
}
