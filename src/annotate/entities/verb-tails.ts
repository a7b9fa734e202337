/**
 * Verbs and pronouns the tagger ran a person's name into: a name is the subject, and the verb after it (فيصل بن خالد
 * | دشن، يوسف | يروي) or the pronoun of a nominal sentence (مريم | هي) is no part of it.
 */

import type { Raw, Tok } from "./folded-tokens.js";
import { PERSON_TITLES } from "./lexicon.js";
import { isPersonWord, listedGivenName, NAME_PARTICLE_ENDS } from "./name-words.js";
import { deedVerb, isVerbLike, presentShaped } from "./verbs.js";

/** Pronouns of a nominal sentence's subject that follow a name (مريم هي من …), folded. */
const SUBJECT_PRONOUNS_AFTER_NAMES: ReadonlySet<string> = new Set(["هو", "هي"]);

/** Tribes' and families' words a name goes on after (خان بني | سعد هو): the mention is part of a longer name. */
const TRIBE_WORDS: ReadonlySet<string> = new Set(["بني", "بنو"]);

/** A definite word (الراشد، السعيد), folded. */
const WITH_ARTICLE = /^ال\p{L}{2,}$/u;

/**
 * A person's mention of two words or more whose last word is a verb ends before it: a verb of the present's shape
 * that reads as a verb (`isVerbLike`: محمد بن سلمان | يلتقي، الراشد | يشير، شيري | توقفت) or a listed verb of what
 * officials do (`deedVerb`: فيصل بن خالد | دشن، عبد الناصر | ترأس). A pronoun هو/هي after a listed given name or a
 * definite word ends it too (مريم | هي، هالة السعيد | هي), not after another name (كواك تاي هي is a Korean's). The
 * word stays when it is a person's word too (a listed first or family name, or one the training data tags a
 * person's: يوسف، يماني، يعقوب), or when a particle of names comes before it (أبو | طالب، بن | يحيى) or before the
 * mention, which is then the end of a longer name the tagger cut (خان بني | سعد هو: a town, whose سعد alone would
 * spread to the town's every mention). Over 5,000 SNN and ANT articles 13 articles change: 10 better (فيصل بن خالد
 * | دشن and محمد بن سلمان | يلتقي, whose roles أمير منطقة عسير and رئيس جمهورية الشيشان are now found; عبد الناصر |
 * ترأس، يوسف | يروي، نادر | تأتي، هالة السعيد | هي), 3 neutral (a common word the tagger read as a name: نظام ضريبي
 * عادل | ينصف).
 */
export function verbsAfterNames(toks: Tok[], raws: Raw[]): void {
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.b - r.a < 2) continue;
    const t = toks[r.b - 1] as Tok;
    const before = toks[r.b - 2] as Tok;
    if (NAME_PARTICLE_ENDS.has(before.text) || !endsName(t.text, before.text)) continue;
    const preceding = r.a > 0 ? (toks[r.a - 1] as Tok).text : "";
    if (NAME_PARTICLE_ENDS.has(preceding) || TRIBE_WORDS.has(preceding)) continue;
    r.b -= 1;
    r.e = before.e;
    r.key = r.key.slice(0, -1);
  }
}

/** True when the folded word `w` after the name's word `before` is a verb or a subject's pronoun (see above). */
function endsName(w: string, before: string): boolean {
  if (SUBJECT_PRONOUNS_AFTER_NAMES.has(w)) return listedGivenName(before) || WITH_ARTICLE.test(before);
  if (isPersonWord(w)) return false;
  return (presentShaped(w) && isVerbLike(w)) || deedVerb(w) || gluedPhraseStart(w);
}

/**
 * A preposition glued to a title (سلطان بن سلمان | بسمو ولي العهد، لمعالي) or to a noun with a possessive
 * pronoun (عبدالله بن محمد | برحمته، خالد الفيصل | بزيارته): the name's verb goes on, no name goes on so.
 */
function gluedPhraseStart(w: string): boolean {
  const rest = /^[بل](\p{L}{3,})$/u.exec(w)?.[1];
  return rest !== undefined && (PERSON_TITLES.has(rest) || /\p{L}{2}ت(?:ه|ها|هم|هما)$/u.test(rest));
}
