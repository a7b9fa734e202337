/**
 * The subject of a verb that accuses or demands (اتهم، طالب): news writes the subject right after the verb, then
 * the one accused or asked, then بـ what of (اتهمت منظمة هيومن رايتس ووتش إسرائيل باستخدام …، واتهم روبيو أوباما
 * بالتخلي عن …). The clause scan reads both names as one speaker phrase; the speaker is the subject alone.
 */

import type { Token } from "../arabic/tokens.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { isOrgWord } from "./quote-roles.js";
import { firstTokenAt } from "./quote-text.js";

/** Verbs with an object between their subject and a بـ complement (اتهم X Y بـ، طالب X Y بـ), folded. */
const OBJECT_THEN_BI = /^[وف]?(?:اتهم|يتهم|تتهم|طالب|يطالب|تطالب)(?:ت|وا|ا|تا)?$/;

/** A definite sound plural in the accusative (المسؤولين، المواطنين): never a subject, which takes -ون. */
const ACCUSATIVE_PLURAL = /^ال\p{L}{3,}ين$/u;

/**
 * The speaker phrase after an accusing or demanding cue, cut after the name that opens it when another name or
 * an accusative plural follows: that one is the object. The phrase as it was otherwise.
 * @example accusedSubject(ctx, tokens, "اتهمت", speakerOf("اتهمت منظمة العفو إسرائيل بـ…")) // منظمة العفو
 */
export function accusedSubject(ctx: ArticleSpeakers, tokens: Token[], cue: string, speaker: Token[]): Token[] {
  if (!OBJECT_THEN_BI.test(cue) || speaker.length < 2) return speaker;
  const a = firstTokenAt(tokens, speaker[0]!.start);
  const b = firstTokenAt(tokens, speaker.at(-1)!.start) + 1;
  const end = firstNameEnd(ctx, a, b);
  if (end === undefined || end >= b || !opensObject(ctx, tokens, end)) return speaker;
  return speaker.filter((t) => t.start < tokens[end]!.start);
}

/**
 * Where the first name of the phrase [a, b) ends: a person's, after any role before it (الرئيس التركي رجب طيب
 * أردوغان), or a body's that opens the phrase.
 */
function firstNameEnd(ctx: ArticleSpeakers, a: number, b: number): number | undefined {
  // (Its kind may come first: منظمة هيومن رايتس ووتش، حركة حماس.)
  const body = isOrgWord(ctx.tokens[a]!.text) && !ctx.orgEnd.has(a) ? a + 1 : a;
  if (ctx.orgEnd.has(body) && !ctx.perTokens.has(body)) return ctx.orgEnd.get(body);
  for (let k = a; k < b; k++) if (ctx.perTokens.has(k)) return ctx.perEnd.get(k);
  return undefined;
}

/**
 * Whether token `k` opens the verb's object: a person, a body, a place or an accusative plural. (Not after و,
 * which joins a second subject: حزب العمال الكردستاني وتنظيم داعش.)
 */
function opensObject(ctx: ArticleSpeakers, tokens: Token[], k: number): boolean {
  if (tokens[k]!.text.startsWith("و") && !ctx.perTokens.has(k)) return false;
  return ctx.perTokens.has(k) || ctx.orgEnd.has(k) || ctx.isPlace(k) || ACCUSATIVE_PLURAL.test(tokens[k]!.text);
}
