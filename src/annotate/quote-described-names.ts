/**
 * Names the entity tagger missed right after the description of a person that leads a speaker phrase: a
 * hashtag (الفنانة #لطيفة، الممثل اللبناني، #باسم_مغنية، أنه), one word that can be a name closing the phrase
 * (الفنانة سابين), or a run of name words set off by commas before the complementizer (المخرج الإيراني، أصغر
 * فرهادي، أن). For the speaker reading (quote-speaker-reading.ts, quote-speaker-names.ts).
 */

import type { Token } from "../arabic/tokens.js";
import { isFirstName } from "./entities/features.js";
import { isVerbLike } from "./entities/verbs.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { isPlaceWord } from "./quote-clause-words.js";
import { COMPLEMENTIZERS } from "./quote-cues.js";
import { isNameWord, MAX_APPOSITION_TOKENS } from "./quote-name-words.js";
import { isNationality, OCCUPATIONS } from "./quote-roles.js";
import { bare, joinedAt } from "./quote-text.js";

/**
 * Occupations the news names a person by with a nationality (اللاعب البلجيكي، الفنان المصري) after naming
 * them with it (البلجيكي روميلو لوكاكو), bare; not offices (الرئيس الفرنسي), whose holders it names by the office.
 */
export const NAMED_BY_NATIONALITY: ReadonlySet<string> = new Set([
  ...OCCUPATIONS,
  ...["لاعب", "لاعبه", "نجم", "نجمه", "مهاجم", "مدافع", "حارس", "ملاكم", "بطل", "بطله", "عداء", "دولي"],
  ...["فنان", "فنانه", "مطرب", "مطربه", "مغني", "مغنيه", "ممثل", "ممثله", "مخرج", "شاعر", "شاعره", "روائي"],
  ...["اعلامي", "اعلاميه", "داعيه"],
]);

/** Words of a person's description before the name: the occupation and its adjectives (الفنانة اللبنانية الشابة). */
const MAX_DESCRIPTION_TOKENS = 3;

/** Whether token `k` is written as a hashtag (#لطيفة، #باسم_مغنية): a name, as the outlets tag people. */
export function isHashtag(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && /#\s?$/.test(text.slice(Math.max(0, t.start - 2), t.start));
}

/**
 * The name closing the speaker phrase [first, last) after a definite occupation and its definite adjectives,
 * none of them tagged: a hashtag (الفنانة #لطيفة → لطيفة) or one untagged word that can be a name, not a
 * definite one, a verb or a nationality (الفنانة سابين → سابين; المطرب المصري stays a description): its token
 * range, or null.
 */
export function nameAfterDescription(
  ctx: ArticleSpeakers,
  first: number,
  last: number,
): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  const p = last - 1;
  if (p <= first || p - first > MAX_DESCRIPTION_TOKENS) return null;
  const head = tokens[first]!.text;
  if (!head.startsWith("ال") || !NAMED_BY_NATIONALITY.has(bare(head))) return null;
  for (let k = first; k <= p; k++) if (ctx.perTokens.has(k)) return null;
  for (let k = first + 1; k < p; k++) if (!tokens[k]!.text.startsWith("ال") || !joinedAt(text, tokens, k)) return null;
  if (isHashtag(text, tokens, p)) return { start: p, end: last };
  const w = tokens[p]!.text;
  if (!joinedAt(text, tokens, p) || /^[وفبلك]?ال/.test(w) || isVerbLike(w) || isNationality(w)) return null;
  return isNameWord(ctx, p, false) ? { start: p, end: last } : null;
}

/**
 * The name right after a comma at token `j` that the tagger did not mark: a hashtag (، #باسم_مغنية،) or two to
 * four name words, the first not definite, closed by a comma right before the complementizer (، أصغر فرهادي، أن):
 * its token range, or null.
 */
export function untaggedApposedName(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (isHashtag(text, tokens, j)) {
    const after = tokens[j + 1] ? text.slice(tokens[j]!.end, tokens[j + 1]!.start) : "";
    return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? "") ? { start: j, end: j + 1 } : null;
  }
  // (Not a clitic's word, a place or a pronoun's noun: المرصد السوري، ومقره بريطانيا، الأمن، بشمال سيناء،.)
  const w = tokens[j]!.text;
  if (w.startsWith("ال") || (/^[وفبلك]/.test(w) && !isFirstName(w)) || /ه$/.test(w)) return null;
  let b = j;
  while (b < Math.min(tokens.length, j + MAX_APPOSITION_TOKENS) && (b === j || joinedAt(text, tokens, b))) {
    const v = tokens[b]!.text;
    if (!isNameWord(ctx, b, b > j) || isVerbLike(v) || isNationality(v) || ctx.isPlace(b) || isPlaceWord(v)) break;
    b++;
  }
  if (b - j < 2 || b >= tokens.length) return null;
  return /^\s*[،,]\s*$/.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start)) && COMPLEMENTIZERS.has(tokens[b]!.text)
    ? { start: j, end: b }
    : null;
}

/** How far back (tokens) a bare description looks for the name it was first given with (الفنانة #لطيفة). */
const MAX_DESCRIBED_LOOKBACK_TOKENS = 400;

/**
 * The name a bare description at tokens [first, last) was given with earlier in the article, as
 * nameAfterDescription reads it (كشفت الفنانة #لطيفة … وبينت الفنانة أن → لطيفة): the latest one's token range,
 * or null. Only a definite occupation and its definite adjectives, none tagged.
 */
export function describedBefore(
  ctx: ArticleSpeakers,
  first: number,
  last: number,
): { start: number; end: number } | null {
  const { tokens } = ctx;
  const head = tokens[first]!.text;
  if (last - first > MAX_DESCRIPTION_TOKENS || !head.startsWith("ال") || !NAMED_BY_NATIONALITY.has(bare(head)))
    return null;
  for (let k = first; k < last; k++) if (!tokens[k]!.text.startsWith("ال") || ctx.perTokens.has(k)) return null;
  const own = bare(head);
  for (let q = first - 1; q >= Math.max(0, first - MAX_DESCRIBED_LOOKBACK_TOKENS); q--) {
    if (bare(tokens[q]!.text) !== own) continue;
    for (let e = q + 2; e <= Math.min(tokens.length, q + 1 + MAX_DESCRIPTION_TOKENS); e++) {
      const named = nameAfterDescription(ctx, q, e);
      if (named) return named;
    }
  }
  return null;
}
