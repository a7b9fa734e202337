/**
 * على before a complementizer (على أن، على أنه): the complement of a cue that takes على (شدد على أن، أكد على
 * أن، حرص على أن), or, after any other verb's object, a proviso ("on condition that": أعلن … قائمة فريقه، على
 * أن يتم الإعلان) or "as" (وصف ليفربول على أنه الطرف الأضعف), which no cue introduces. For the clause reader,
 * quote-clauses.ts.
 */

import type { Token } from "../arabic/tokens.js";

/** Cues whose complement follows على (شدد على أن، أكد على أن، مشددا على، حرص على), folded. */
const ALA_VERBS = ["شدد", "يشدد", "تشدد", "مشدد", "اكد", "يؤكد", "تؤكد", "مؤكد", "ركز", "حرص", "اتفق", "نص"];

/** Whether a cue, folded, takes its complement after على (وشدد، مؤكدا، حرصت). */
export function takesAla(cue: string): boolean {
  const w = /^[وف]/.test(cue) && cue.length > 3 ? cue.slice(1) : cue;
  return ALA_VERBS.some((v) => w.startsWith(v));
}

/** Verbal nouns of stress whose complement follows على (مع التأكيد على أن، بإعادة التشديد على أن), folded. */
const ALA_NOUNS = /^(?:[وب]?ال|[وب])?(?:تاكيد|تشديد)$/;

/**
 * Whether the على right before the complementizer at `j` belongs to no cue: the cue at `i` does not take على,
 * and على follows neither the cue (لافتا على أن), nor the speaker phrase's last word or a person's name (أوضح
 * الوزير خالد العرج على أن), nor comes after a word that takes على (أكدت فيه على أن، أشار إلى تأكيد المملكة منذ
 * سنوات على أن). أعلن روبرتو مارتينيز … قائمة فريقه الأولية، على أن يتم; يتم وصف ليفربول على أنه: a proviso
 * or "as", after the verb's object.
 */
export function alaOfAnother(
  tokens: Token[],
  i: number,
  j: number,
  speaker: readonly Token[],
  persons: ReadonlySet<number>,
): boolean {
  if (tokens[j - 1]?.text !== "علي" || j - 1 <= i + 1 || takesAla(tokens[i]!.text)) return false;
  if ((speaker.length > 0 && speaker.at(-1) === tokens[j - 2]) || persons.has(j - 2)) return false;
  for (let k = i + 1; k < j - 1; k++) {
    const w = tokens[k]!.text;
    if (takesAla(w) || ALA_NOUNS.test(w)) return false;
  }
  return true;
}
