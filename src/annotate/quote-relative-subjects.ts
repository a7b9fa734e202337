/**
 * A relative pronoun as the subject of a verb of saying (ذبيح الله مجاهد المتحدث باسم طالبان الذي قال، شركة سايبم
 * الإيطالية التي قالت إنها، المحتجون … الذين قالوا). The verb agrees with the pronoun and carries no object
 * pronoun of its own, so the pronoun is its subject and the one who speaks is the pronoun's antecedent, in the same
 * sentence: never the speaker of an earlier sentence, which is all a continuation could give. When the verb does
 * not agree (التي قال إنها، الذي وصفوه بأنه) the pronoun is its object and the subject is someone else.
 */
import type { Token } from "../arabic/tokens.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { CUES } from "./quote-cues.js";
import { isOrgWord, isPluralCue, isRoleHead } from "./quote-roles.js";
import { cueGender } from "./quote-speaker-reading.js";

/** The pronoun a verb has for its subject, by the relative pronoun (folded, without و) it agrees with. */
const RELATIVE_AGREEMENT: ReadonlyMap<string, "m" | "f" | "plural"> = new Map([
  ["الذي", "m"],
  ["التي", "f"],
  ["الذين", "plural"],
]);

/** An object pronoun on a verb of saying (وصفها، اعتبروه): what follows is said of the pronoun's referent. */
function hasObjectPronoun(verb: string): boolean {
  const m = /(?:هما|هم|ها|ه)$/.exec(verb);
  return m !== null && CUES.has(verb.slice(0, m.index));
}

/**
 * Whether the relative pronoun right before a verb of saying is that verb's subject (both folded): the verb
 * agrees with it in gender and number and has no object pronoun.
 * @example relativeIsSubject("الذي", "قال") // true
 * @example relativeIsSubject("التي", "قال") // false: التي قال إنها, "which he said is"
 */
export function relativeIsSubject(relative: string, verb: string): boolean {
  const want = RELATIVE_AGREEMENT.get(relative.replace(/^و(?=ال)/, ""));
  const w = /^[وف]/.test(verb) && CUES.has(verb.slice(1)) ? verb.slice(1) : verb;
  if (want === undefined || hasObjectPronoun(w)) return false;
  if (want === "plural") return isPluralCue(w);
  return !isPluralCue(w) && cueGender(w) === want;
}

/** A definite nisba adjective after a name (الإيطالية، الأمريكي), folded. */
const DEFINITE_NISBA = /^ال.{3,}(?:ي|يه)$/;

/**
 * The organisation the tagger found right before a relative pronoun at token `r`, past one nisba adjective and a
 * comma (شركة "سايبم" الإيطالية التي): its first and end token, or null. Without a role before it (رئيس منظمة
 * أطباء بلا حدود، الذي): a role would be completed to the article's own holder of that title (its president).
 * @example organisationBeforeRelative(ctx, tokens, r) // [k, r] for «… شركة سايبم التي قالت»
 */
export function organisationBeforeRelative(ctx: ArticleSpeakers, tokens: Token[], r: number): [number, number] | null {
  for (const end of [r, r - 1]) {
    if (end < r && (end < 1 || !DEFINITE_NISBA.test(tokens[end]!.text))) break;
    for (const [a, b] of ctx.orgEnd) if (b === end) return [a, b];
  }
  return bodyBeforeRelative(ctx, tokens, r);
}

/**
 * A body named by its definite head, with one definite adjective at most, right before the relative pronoun at
 * `r` (الشركة المصنعة، والتي تؤكد أن; الوزارة التي قالت إن): its first and end token, or null. The head stands
 * for the body the article named (read as any bare head is); a role head is a person's office, not this.
 */
function bodyBeforeRelative(ctx: ArticleSpeakers, tokens: Token[], r: number): [number, number] | null {
  for (const a of [r - 2, r - 1]) {
    const head = tokens[a]?.text ?? "";
    if (a < 0 || !head.startsWith("ال") || !isOrgWord(head) || isRoleHead(head) || ctx.perTokens.has(a)) continue;
    // (The adjective after it a definite word of its own: الشركة المصنعة، الهيئة الملكية.)
    if (a === r - 2 && (!tokens[r - 1]!.text.startsWith("ال") || ctx.perTokens.has(r - 1))) continue;
    return [a, r];
  }
  return null;
}
