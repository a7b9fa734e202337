/**
 * A person's name read off the words right around a speaker phrase: after a comma, a place or a field
 * (المتحدث باسم الوزارة، أحمد …), or a titled name at its end; for the speaker reading of
 * quote-speaker-reading.ts.
 */

import { BY_CHANNEL, TIME_HEADS } from "./quote-adjuncts.js";
import { type ArticleSpeakers, MAX_NAME_TOKENS } from "./quote-article-speakers.js";
import { OBJECT_PREPOSITIONS } from "./quote-clauses.js";
import { ANONYMOUS_HEADS, COMPLEMENTIZERS, CUES, DOCUMENT_WORDS, ORG_HEADS, SPEAKER_STOPS } from "./quote-cues.js";
import { untaggedApposedName } from "./quote-described-names.js";
import { appositeName, isNameWord, RANK_QUALIFIERS, RANKS } from "./quote-name-words.js";
import { isOrgWord } from "./quote-roles.js";
import { joinedAt } from "./quote-text.js";

/** Ranks and titles a family name follows on a later mention (المهندس العمري، الشيخ السديس), folded. */
export const FAMILY_NAME_RANKS: ReadonlySet<string> = new Set(
  [...RANKS, "الشيخ"].filter((w) => !w.startsWith("السيد")),
);

/**
 * Words between a long role and the name that always belong to the name after them (الدكتور، النقيب، السابق), and
 * الشيخ as a title there (مدير دار الخير الشيخ | حسين العلي): a family's آل الشيخ is inside the tagged name.
 */
const NAME_LEADS: ReadonlySet<string> = new Set([...RANKS, "الشيخ", "السابق", "الاسبق", "الحالي"]);

/** Words الشيخ follows inside a name (ولد الشيخ، آل الشيخ، بن الشيخ), folded. */
const SHEIKH_IN_NAME: ReadonlySet<string> = new Set(["ولد", "ال", "بن", "ابن", "بنت"]);

/**
 * A person the tagger found closing the speaker phrase right after a title or a role's السابق (الوكيل المساعد
 * لشؤون البيئة الدكتور | حاتم المطيري، نجم فرنسا السابق | زين الدين زيدان): the name, whatever the role
 * before it, which may run longer than `splitRole` reads.
 */
export function trailingTitledName(
  ctx: ArticleSpeakers,
  first: number,
  last: number,
): { roleEnd: number; nameStart: number; nameEnd: number } | null {
  let r = last;
  while (r > first && ctx.perTokens.has(r - 1)) r--;
  // A name the tagger missed after a rank (الوكيل المساعد للتطوير والتقنية الأستاذ | علي بن موسى زعلة): two
  // name words or more closing the phrase.
  if (r === last || !NAME_LEADS.has(ctx.tokens[r - 1]?.text ?? "")) {
    let u = last;
    while (
      u > first + 1 &&
      last - u < MAX_NAME_TOKENS &&
      !RANKS.has(ctx.tokens[u - 1]!.text) &&
      isNameWord(ctx, u - 1, true)
    )
      u--;
    if (last - u >= 2 && RANKS.has(ctx.tokens[u - 1]?.text ?? "") && isNameWord(ctx, u, false)) r = u;
  }
  if (r === last || r <= first + 1 || !NAME_LEADS.has(ctx.tokens[r - 1]!.text)) return null;
  // ولد الشيخ أحمد، آل الشيخ: الشيخ inside a name.
  if (ctx.tokens[r - 1]!.text === "الشيخ" && SHEIKH_IN_NAME.has(ctx.tokens[r - 2]!.text)) return null;
  // A person before it speaks (وقال الأمير خالد الفيصل لرجلي الأمن … العقيد عمر السلطان: those addressed).
  for (let k = first; k < r; k++) if (ctx.perTokens.has(k)) return null;
  // العقيد ركن | تركي المالكي: the rank's qualifier the tagger read into the name stays with the rank.
  let n = r;
  while (n < last - 1 && RANK_QUALIFIERS.has(ctx.tokens[n]!.text)) n++;
  return { roleEnd: n, nameStart: n, nameEnd: last };
}

/**
 * The name right after a comma at token `j` (tagged, or name words ending on a tagged one), closed by a comma or a
 * complementizer: its token range, or null.
 */
export function nameAfterComma(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (j <= 0 || j >= tokens.length) return null;
  if (!/^[\s"»”]*[،,]\s*#?$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return null;
  // المتحدث باسم البنتاغون، العقيد روب مانينغ، في بيان: the name after its rank (العقيد الركن).
  let r = j;
  while (
    r < j + 3 &&
    (RANKS.has(tokens[r]?.text ?? "") || RANK_QUALIFIERS.has(tokens[r]?.text ?? "")) &&
    joinedAt(text, tokens, r + 1)
  )
    r++;
  if (r > j && ctx.perTokens.has(r)) {
    const end = ctx.perEnd.get(r);
    if (end === undefined || end >= tokens.length) return null;
    const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
    return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: r, end } : null;
  }
  // A run of name words the tagger marked in part (تركي | المالكي) counts as the name.
  const run = appositeName(ctx, j);
  const tagged = run >= 2 && ctx.mentionIn(tokens[j]!.start, tokens[j + run - 1]!.end, "PER") !== undefined;
  const end = ctx.perTokens.has(j) ? ctx.perEnd.get(j) : tagged ? j + run : undefined;
  // الممثل اللبناني، #باسم_مغنية، أنه; المخرج الإيراني، أصغر فرهادي، أن: a name the tagger missed.
  if (end === undefined) return untaggedApposedName(ctx, j);
  if (end >= tokens.length) return null;
  const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
  return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: j, end } : null;
}

/** Words of a speaker phrase that may stand before في + the institution and the holder's name (الباحث). */
export const MAX_HEAD_BEFORE_PLACE = 3;

/** Words of the institution between في and the holder's name (معهد واشنطن لسياسة الشرق الأدنى). */
const MAX_PLACE_TOKENS = 6;

/**
 * The tagged name after في + an institution or place at token `j` (في وزارة الخارجية الأمريكية جون كيربي إن, or
 * after a comma: في وزارة الخارجية الروسية، زامير كابولوف،), closed by a comma or a complementizer: its token
 * range, or null. Not a channel or a time after في (في بيان، في كلمة، في اليوم), and nothing but the
 * institution's own words between (no preposition, cue, verb or mark).
 */
export function nameAfterPlace(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (tokens[j]?.text !== "في" || !joinedAt(text, tokens, j)) return null;
  const opening = tokens[j + 1]?.text ?? "";
  if (DOCUMENT_WORDS.has(opening) || BY_CHANNEL.has(opening) || TIME_HEADS.has(opening)) return null;
  for (let k = j + 1; k < Math.min(tokens.length, j + 2 + MAX_PLACE_TOKENS); k++) {
    // المسؤول في وزارة الخارجية الروسية، زامير كابولوف، أن: the name set off by commas after the institution.
    if (!joinedAt(text, tokens, k)) return k > j + 1 ? nameAfterComma(ctx, k) : null;
    const w = tokens[k]!.text;
    // (Not past a verb: الفالح في ندوة يستضيفها، جون ديفتيريوس، the host.)
    if (/^ي\p{L}{2,}(?:ه|ها|هم|هما)$/u.test(w)) return null;
    if (ctx.perTokens.has(k)) {
      if (k === j + 1 || ctx.perTokens.has(k - 1)) return null;
      const end = ctx.perEnd.get(k);
      if (end === undefined || end >= tokens.length) return null;
      const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
      return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: k, end } : null;
    }
    if (CUES.has(w) || COMPLEMENTIZERS.has(w) || SPEAKER_STOPS.has(w) || OBJECT_PREPOSITIONS.has(w)) return null;
  }
  return null;
}

/** Words of a field after a role (للتكرير والمعالجة والتسويق) skipped to reach the name after them. */
const MAX_FIELD_TOKENS = 5;

/**
 * The tagged name after a comma and a role's field (، للتكرير والمعالجة والتسويق عبدالعزيز القديمي،) at token
 * `j`, closed by a comma or a complementizer: its token range, or null.
 */
export function nameAfterField(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (j <= 0 || j >= tokens.length || !/^\s*[،,]\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))
    return null;
  let k = j;
  while (k < tokens.length && k - j < MAX_FIELD_TOKENS && /^(?:لل|وال)\p{L}{2,}/u.test(tokens[k]!.text)) {
    if (k > j && !joinedAt(text, tokens, k)) return null;
    k++;
  }
  if (k === j || !ctx.perTokens.has(k) || !joinedAt(text, tokens, k)) return null;
  const end = ctx.perEnd.get(k);
  if (end === undefined || end >= tokens.length) return null;
  const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
  return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: k, end } : null;
}

/**
 * The tagged name set off by commas right after a description of a person at tokens [first, last) (الإعلامي
 * السعودي، بدر آل زيدان، أن; الاقتصادي، جورج كرم، إن): its token range, or null. Not after an organisation,
 * a place or a group (وقالت الصين، أكبر مستوردي النفط، الوزارة، على لسان …), nor after a phrase naming a person,
 * nor when another name follows it with و (الخبيران، وضاح الطه، وأحمد عبد النبي).
 */
export function describedThenNamed(
  ctx: ArticleSpeakers,
  first: number,
  last: number,
): { start: number; end: number } | null {
  const head = ctx.tokens[first]!.text;
  if (!head.startsWith("ال") || ORG_HEADS.has(head) || isOrgWord(head) || ANONYMOUS_HEADS.has(head)) return null;
  for (let k = first; k < last; k++) if (ctx.perTokens.has(k) || ctx.isPlace(k)) return null;
  const named = nameAfterComma(ctx, last);
  // الخبيران، وضاح الطه، وأحمد عبد النبي: the first of the people described, not the speaker.
  if (!named || (/^و/.test(ctx.tokens[named.end]?.text ?? "") && ctx.perTokens.has(named.end))) return null;
  return named;
}
