/**
 * The subject of a verb that accuses or demands (اتهم، طالب): news writes the subject right after the verb, then
 * the one accused or asked, then بـ what of (اتهمت منظمة هيومن رايتس ووتش إسرائيل باستخدام …، واتهم روبيو أوباما
 * بالتخلي عن …). The clause scan reads both names as one speaker phrase; the speaker is the subject alone.
 */

import type { Token } from "../arabic/tokens.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { COMPLEMENTIZERS } from "./quote-cues.js";
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

/** The forms of اتهم without an object pronoun (اتهم، واتهمت، يتهمون), folded. */
const ACCUSE = /^[وف]?(?:اتهم|يتهم|تتهم)(?:ت|وا|ا|تا|ون)?$/;

/**
 * Whether the speaker phrase after اتهم is the one accused alone: it runs up to the بـ of the charge (واتهمت
 * الحكومة بأنها لم تقدر، كما اتهم حزب العمال وتنظيم داعش بأن). The verb always takes its object, so a single
 * phrase before بـ is that object and the accuser is the verb's pronoun, named before (not so after طالب, whose
 * بـ needs no object: وطالب الحارثي بضرورة).
 * @example accusedOnly(ctx, "واتهمت", speakerOf("واتهمت الحكومة بأنها …"), clauseStart) // true
 */
export function accusedOnly(ctx: ArticleSpeakers, cue: string, speaker: Token[], clauseStart: number): boolean {
  const { tokens } = ctx;
  if (!ACCUSE.test(cue) || speaker.length === 0) return false;
  const a = firstTokenAt(tokens, speaker[0]!.start);
  const b = firstTokenAt(tokens, speaker.at(-1)!.start) + 1;
  // (Not two phrases the scan did not part: وسائل الإعلام | الاتحاد الصربي لكرة القدم, a name opening inside the
  // phrase without و.)
  // (Nor a name with more after it: واتهم بيركو الوزير بأنه, the accuser then the accused.)
  const first = ctx.perTokens.has(a) ? ctx.perEnd.get(a) : ctx.orgEnd.get(a);
  if (first !== undefined && first < b && !tokens[first]!.text.startsWith("و")) return false;
  for (let k = a + 1; k < b; k++) {
    const opens = ctx.orgEnd.has(k) || (ctx.perTokens.has(k) && !ctx.perTokens.has(k - 1));
    // (وتنظيم "داعش": the name after a head its و joins.)
    const joined = tokens[k]!.text.startsWith("و") || (k - 1 > a && tokens[k - 1]!.text.startsWith("و"));
    if (opens && !joined) return false;
  }
  const next = tokens[b];
  // The charge: بأن/بأنه, or the quoted words opening with its بـ (وزراء إسرائيليين «بنشر دعاية كاذبة»). Not any
  // word in بـ (الاتحاد الصربي برئاسة فلان بأنه: the phrase runs on).
  if (!next?.text.startsWith("ب")) return false;
  return COMPLEMENTIZERS.has(next.text) || next.start >= clauseStart;
}

/**
 * Whether اتهم at token `i` is the passive (واتُّهما بالإعداد لأعمال إرهابية): the charge's بـ right after the
 * verb, with neither accuser nor accused between, reports a charge, no one's words.
 * @example accusedPassive(ctx, 0) // true for «واتهما بالإعداد للقيام بـ«أعمال إرهابية»»
 */
export function accusedPassive(ctx: ArticleSpeakers, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!ACCUSE.test(ctx.tokens[i]!.text) || next === undefined || ctx.perTokens.has(i + 1)) return false;
  // (The charge's بـ: بأنه، بالإعداد، بـ«…»; not a name that opens with the letter, بيركو.)
  return (
    (COMPLEMENTIZERS.has(next.text) && next.text.startsWith("ب")) ||
    next.text.startsWith("بال") ||
    ctx.text.slice(next.start, next.start + 2) === "بـ"
  );
}
