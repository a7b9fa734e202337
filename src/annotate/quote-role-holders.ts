/**
 * The holder of a long role named last, right before what is said: وقال المشرف على اللجان المكلفة من البلدية
 * خلال إجازة العيد مبارك المبارك إن …. The clause scan ends the speaker phrase at the first preposition or
 * adjunct (من، خلال), leaving the role's head as the speaker; but Arabic news names the holder after the whole
 * role, and the name that stands right before the complementizer closes the phrase, so it is the speaker.
 */

import type { Token } from "../arabic/tokens.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { COMPLEMENTIZERS, CUES } from "./quote-cues.js";
import { closingName } from "./quote-name-words.js";
import { isRoleHead } from "./quote-roles.js";
import { firstTokenAt } from "./quote-text.js";

/** Words between the role phrase's end and the name: a role's modifiers and one adjunct run no longer. */
const MAX_ROLE_TAIL_TOKENS = 8;

/**
 * A pronoun on a word before the name (خلال استقباله، في حديثه مع): an event of the speaker's, whose object, the
 * person received or spoken with, is the name that follows; not the role's holder.
 */
const PRONOUN_SUFFIX = /\p{L}{2,}(?:ه|ها|هم|هما)$/u;

/** Words that make the name after them someone the speaker met, honoured or spoke with, folded. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(["مع", "بحضور", "وبحضور", "لدي", "برفقه", "تكريم", "استقبال"]);

/**
 * The tokens of the person named right before the complementizer that opens the clause at `clauseStart`, when
 * the speaker phrase read after the verb is a role with no name in it and only the role's modifiers (no
 * punctuation, no verb, no event of the speaker's) stand between; null otherwise.
 * @example holderBeforeComplement(ctx, speakerOf("وقال المشرف على اللجان … مبارك المبارك إن"), start) // مبارك المبارك
 */
export function holderBeforeComplement(ctx: ArticleSpeakers, speaker: Token[], clauseStart: number): Token[] | null {
  const { tokens, text } = ctx;
  if (speaker.length === 0 || !isRoleHead(speaker[0]!.text)) return null;
  const a = firstTokenAt(tokens, speaker[0]!.start);
  const b = firstTokenAt(tokens, speaker.at(-1)!.start) + 1;
  for (let k = a; k < b; k++) if (ctx.perTokens.has(k)) return null;
  const c = firstTokenAt(tokens, clauseStart) - 1;
  if (c <= b || c - b > MAX_ROLE_TAIL_TOKENS || !COMPLEMENTIZERS.has(tokens[c]!.text)) return null;
  const n = nameStartBefore(ctx, b, c);
  if (n === null) return null;
  if (/[^\s\p{L}\p{M}]/u.test(text.slice(tokens[b - 1]!.end, tokens[n]!.start))) return null;
  for (let k = b; k < n; k++) {
    const w = tokens[k]!.text;
    if (CUES.has(w) || COMPANY_WORDS.has(w) || PRONOUN_SUFFIX.test(text.slice(tokens[k]!.start, tokens[k]!.end)))
      return null;
  }
  return tokens.slice(n, c);
}

/**
 * Where the name that ends right before token `c` starts, after token `b`: the tagger's person, or (when it missed
 * one: مبارك المبارك) a name the words show, closing the phrase after a definite word. Null when none does.
 */
function nameStartBefore(ctx: ArticleSpeakers, b: number, c: number): number | null {
  if (ctx.perTokens.has(c - 1) && ctx.perEnd.get(c - 1) === c) {
    let n = c - 1;
    while (n > b && ctx.perTokens.has(n - 1) && ctx.perEnd.get(n - 1) === c) n--;
    return n > b ? n : null;
  }
  const name = closingName(ctx, b, c);
  return name && name.start > b ? name.start : null;
}
