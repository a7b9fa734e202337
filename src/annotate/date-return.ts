/**
 * Does «بعد N عاما» count back to a past event? A return or a first time after years (وتعود الكشافة السعودية لليابان
 * بعد 45 عاما، الأقرب للفوز باللقب لأول مرة بعد 11 عاما، بعد 20 عاما، يعود جيل الورثة) counts the years since the
 * team, the scouts or the title were last there, not years from the publication date: such a count has no value.
 * The present tense tells a return of today in news (يعود، تعود), so it counts too, unless a future cue (سيعود، سوف
 * تعود، من المقرر أن يعود) or a particle (أن يعود، قد تعود، ليعود) makes the return one still to come.
 */
import type { DateToken } from "../arabic/dates.js";
import { futureCue } from "./date-future.js";

/** Verbs of returning, folded, present and perfect, he, she, they (dual and plural). */
const RETURN_VERBS = new Set(["يعود", "تعود", "يعودان", "تعودان", "يعودون", "عاد", "عادت", "عادا", "عادتا", "عادوا"]);
/** Words before a verb that put it ahead or make it a wish (وسوف تعود، أن يعود، قد تعود، لن يعود), folded. */
const NOT_YET = new Set([
  "سوف",
  "وسوف",
  "فسوف",
  "ان",
  "قد",
  "لن",
  "كي",
  "لكي",
  "حتي",
  "يمكن",
  "يتوقع",
  "يتوقعون",
  "متي",
  "اذا",
  "لو",
]);
/** Tokens that end the clause the verb is looked for in; not a straight quote, which names mostly wear (عاد مؤسس "فيس بوك" بعد 12 سنة). */
const CLAUSE_ENDS = new Set([".", "،", ",", "؛", ";", ":", "!", "?", "؟", "«", "»", "(", ")"]);
/** How far back (tokens) the verb of the count's clause may stand: as far as a past verb's (date-past.ts). */
const RETURN_WINDOW = 8;

/** Whether token `j` is a verb of returning, with its conjunction (وتعود، فعاد). */
function returnVerb(toks: readonly DateToken[], j: number): boolean {
  const w = toks[j]?.w ?? "";
  return RETURN_VERBS.has(w.length > 3 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w);
}

/** Whether the verb of returning at token `j` tells a return of the past or of today (not ahead, not wished). */
function returnNotAhead(toks: readonly DateToken[], j: number): boolean {
  const p = toks[j - 1]?.w ?? "";
  return !NOT_YET.has(p) && !futureCue(p);
}

/**
 * Whether the count «بعد N …» at tokens `i` (بعد) … `k` (the unit) counts back to a past event by a return or a first
 * time: لأول مرة / للمرة الأولى right before بعد; a verb of returning earlier in its clause with no future cue between;
 * or, for a count that opens its clause (بعد 20 عاما، يعود…), the verb of returning right after it.
 *
 * @example
 * countsSinceReturn(dateTokens(fold("وتعود الكشافة لليابان بعد 45 عاما").text), 3, 5); // true
 */
export function countsSinceReturn(toks: readonly DateToken[], i: number, k: number): boolean {
  const [p1, p2] = [toks[i - 1]?.w ?? "", toks[i - 2]?.w ?? ""];
  if ((p2 === "لاول" && p1 === "مره") || (p2 === "للمره" && p1 === "الاولي")) return true;
  for (let j = i - 1; j >= 0 && j >= i - RETURN_WINDOW; j--) {
    const w = toks[j]!.w;
    if (CLAUSE_ENDS.has(w) || futureCue(w)) break;
    if (returnVerb(toks, j)) return returnNotAhead(toks, j);
  }
  const opens = p1 === "" || CLAUSE_ENDS.has(p1);
  let n = k + 1;
  if (toks[n]?.w === "،" || toks[n]?.w === ",") n++;
  return opens && returnVerb(toks, n);
}
