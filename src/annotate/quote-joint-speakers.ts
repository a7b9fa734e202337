/**
 * Joint speakers: names joined by و in one speaker phrase (وقالت روسيا وسوريا إن، رأى البشير ورئيس الوزراء
 * الإثيوبي آبي أحمد أن، لكن كانغ وبومبيو شددا على): one string joining each name read as a speaker with و, as
 * the guidelines ask (rule 4: عمر البشير وآبي أحمد). For the speaker reading of quote-speaker-reading.ts.
 */

import { foldText } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import type { Mention, Quote } from "../model/types.js";
import { isFirstName } from "./entities/features.js";
import { type ArticleSpeakers, completeName } from "./quote-article-speakers.js";
import { opensClause } from "./quote-clauses.js";
import { TITLES } from "./quote-cues.js";
import { isRoleHead } from "./quote-roles.js";
import { firstTokenAt, type Speaker } from "./quote-text.js";

/** Mention types that speak for a body: a country or city for its government, an organisation. */
const BODY_TYPES: ReadonlySet<Mention["type"]> = new Set(["LOC", "ORG", "MISC"]);

/**
 * The joint speaker of `speakerTokens` when they are two or more names joined by و, each a whole name the tagger
 * found: a country or body (روسيا | وسوريا), or a person, maybe after a role or title (كيم جونغ أون | ورئيس كوريا
 * الجنوبية مون جيه-إن). Each person is read by `readPerson` from the tokens of their name (or completed from the
 * article when the name is glued to its و: وبومبيو → مايك بومبيو); a body is shown as written. Null for anything
 * else: a single name, a name with what no name holds (الرئيس ونظيره الأمريكي), a و inside a name (وزارة
 * الخارجية والتعاون الدولي).
 */
export function jointSpeaker(
  ctx: ArticleSpeakers,
  speakerTokens: Token[],
  earlier: Quote[],
  readPerson: (tokens: Token[]) => Speaker,
): Speaker | null {
  const { text, tokens } = ctx;
  if (speakerTokens.length < 2) return null;
  const first = firstTokenAt(tokens, speakerTokens[0]!.start);
  if (tokens[first]?.start !== speakerTokens[0]!.start) return null;
  const last = first + speakerTokens.length;
  const mentions: Mention[] = [];
  for (const m of ctx.mentionsFrom(tokens[first]!.start)) {
    if (m.start >= tokens[last - 1]!.end) break;
    mentions.push(m);
  }
  // A mention running over a token boundary at `k` (the name goes on there).
  const inside = (k: number) => mentions.some((m) => m.start < tokens[k]!.start && m.end > tokens[k]!.start);
  // Where a conjunct opens: a token glued to و, outside any name, whose rest opens a name or a role.
  const opens = (k: number) => {
    const w = tokens[k]!.text;
    if (!w.startsWith("و") || w.length < 3 || inside(k)) return false;
    const rest = w.slice(1);
    return mentions.some((m) => m.start === tokens[k]!.start + 1) || isRoleHead(rest) || TITLES.has(rest);
  };
  const starts = [first];
  for (let k = first + 1; k < last; k++) if (opens(k)) starts.push(k);
  if (starts.length < 2) return null;
  const names: string[] = [];
  // Whether the first name came after a role or title of one person (وزير الدفاع الجنرال براوات وونغسوان).
  let titledOne = false;
  for (const [p, a] of starts.entries()) {
    const b = starts[p + 1] ?? last;
    const from = tokens[a]!.start + (p > 0 ? 1 : 0);
    const to = tokens[b - 1]!.end;
    // The name closing the conjunct: a body covers it all; a person may follow a role or a title.
    const m = mentions.findLast((x) => x.start >= from && x.end === to);
    if (!m) return null;
    if (BODY_TYPES.has(m.type)) {
      if (m.start !== from) return null;
      names.push(text.slice(m.start, m.end));
      continue;
    }
    if (m.type !== "PER") return null;
    // (Not a role the tagger gave a person's mention: الممثل | ومقدم التلفزيون المصري سمير صبري.)
    const written = foldText(text.slice(m.start, m.end)).split(/\s+/);
    if (isRoleHead(written[0]!) || TITLES.has(written[0]!)) return null;
    const head = foldText(text.slice(from, tokens[a]!.end));
    const titled = m.start !== from;
    if (titled && !isRoleHead(head) && !TITLES.has(head)) return null;
    // After one person's role, a bare name glued to و is more likely their family name read as a second person's.
    if (p === 0) titledOne = titled && !/(?:ان|ين|ون)$/.test(head);
    else if (titledOne && !titled) return null;
    const k = firstTokenAt(tokens, m.start);
    const whole = tokens[k]!.start === m.start;
    const name = whole
      ? readPerson(tokens.slice(k, b)).name
      : (completeName(ctx, written, earlier) ?? text.slice(m.start, m.end));
    names.push(withoutConjunction(name));
  }
  const span = { start: speakerTokens[0]!.start, end: speakerTokens.at(-1)!.end };
  const name = names.join(" و");
  ctx.joint.add(name);
  return { name, entity: null, anonymous: false, span };
}

/** A definite nisba (القطرية، التركي), folded, and one glued to و (والتركية). */
const DEFINITE_NISBA = /^ال\p{L}{2,}ي(?:ه)?$/u;
const JOINED_NISBA = /^وال\p{L}{2,}ي(?:ه)?$/u;

/**
 * Whether the folded `words` are one definite head with nisbas joined by و (السلطات القطرية والتركية، الخارجيتان
 * المصرية والأردنية): the bodies of two countries speaking together, one phrase as written, no name after
 * the head.
 */
export function coordinatedNisbas(words: string[]): boolean {
  return (
    words.length >= 3 &&
    words[0]!.startsWith("ال") &&
    !DEFINITE_NISBA.test(words[0]!) &&
    DEFINITE_NISBA.test(words[1]!) &&
    words.slice(2).every((w) => JOINED_NISBA.test(w))
  );
}

/** A name completed from a run that took in its conjunction (وناجي سليمان الجهني → ناجي سليمان الجهني). */
function withoutConjunction(name: string): string {
  const first = foldText(name.split(/\s+/)[0]!);
  return first.startsWith("و") && !isFirstName(first) && isFirstName(first.slice(1)) ? name.slice(1) : name;
}

/**
 * Names joined by و right before the dual or plural verb at token `i` (past one قد), opening their clause (الصين
 * وروسيا قالتا إن، لكن كانغ وبومبيو شددا على): the verb's subject, as tokens for jointSpeaker. Each name is one the
 * tagger found, the second and later glued to their و, nothing but spaces between; the first opens the sentence
 * or a clause (after a mark, لكن، بينما، كما). Null when fewer than two names stand there.
 */
export function jointBefore(ctx: ArticleSpeakers, i: number, sentenceStart: number): Token[] | null {
  const { text, tokens } = ctx;
  let k = i - 1;
  if (k >= 0 && (tokens[k]!.text === "قد" || tokens[k]!.text === "وقد")) k--;
  const spaced = (a: number, b: number) => !/[^\s]/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  if (k < 0 || !spaced(k, k + 1)) return null;
  let end = k;
  let count = 0;
  for (;;) {
    if (end < 0 || tokens[end]!.start < sentenceStart) return null;
    const m = nameEndingAt(ctx, tokens[end]!, sentenceStart);
    if (!m) return null;
    const a = firstTokenAt(tokens, m.start + 1) - 1;
    count++;
    const glued = m.start > tokens[a]!.start;
    if (glued && text.slice(tokens[a]!.start, m.start) === "و" && a > 0 && spaced(a - 1, a)) {
      end = a - 1;
      continue;
    }
    if (glued || count < 2) return null;
    const opens = a === 0 || tokens[a - 1]!.start < sentenceStart || opensClause(text, tokens, a);
    return opens ? tokens.slice(a, k + 1) : null;
  }
}

/** The tagged name (a person, place or body) that ends with token `t` and starts in the sentence, if any. */
function nameEndingAt(ctx: ArticleSpeakers, t: Token, sentenceStart: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of ctx.mentionsFrom(sentenceStart)) {
    if (m.start >= t.end) break;
    if (m.end === t.end && (m.type === "PER" || BODY_TYPES.has(m.type))) found = m;
  }
  return found;
}
