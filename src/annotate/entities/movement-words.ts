/**
 * Palestinian movements named by a common word (حماس "enthusiasm", فتح "opening"): the movement only where the
 * article speaks of Palestine or Israel.
 */

import { gazKey } from "./features.js";
import type { Raw, Tok } from "./folded-tokens.js";

/**
 * Movements whose one-word name is a common word, folded: حماس (enthusiasm: ألهب حماس الجماهير، بحماس كبير)
 * and فتح (the opening: فتح باب التقديم، إعادة فتح الملف). The tagger and the alias table read them as the movement
 * everywhere.
 */
const MOVEMENTS_NAMED_BY_COMMON_WORDS: ReadonlySet<string> = new Set(["حماس", "فتح"]);

/**
 * Words that make a text one about Palestine or Israel, as folded keys or their beginnings: the country and the
 * people (فلسطين، الفلسطينيين، إسرائيل، الإسرائيلية، الصهيوني، المستوطنين), its places (غزة، الضفة، القدس، الأقصى،
 * رام الله) and the movements' own adjectives and wings (حمساوي، فتحاوي، القسام). حركة before the name (حركة حماس،
 * حركتا فتح وحماس) names the movement too. Not الاحتلال: the occupation is as often a team's of a place in the table
 * (احتلال المركز الثاني).
 */
const PALESTINE_STEMS = /^(?:فلسطين|اسرائيل|صهيون|حمساو|فتحاو|مستوطن)/u;
const PALESTINE_KEYS: ReadonlySet<string> = new Set(["غزه", "ضفه", "قدس", "اقصي", "قسام", "رام", "اوسلو"]);
const NAMING_WORDS: ReadonlySet<string> = new Set(["حركه", "حركتا", "حركتي"]);

/**
 * The movement's name a folded word writes, with one glued و، ف، ب or ل cut (لحماس، وفتح), or null. Never with the
 * article: الفتح is the Saudi club or the conquest, الحماس enthusiasm.
 */
function movementName(w: string): string | null {
  if (MOVEMENTS_NAMED_BY_COMMON_WORDS.has(w)) return w;
  const rest = w.slice(1);
  return /^[وفبل]/u.test(w) && MOVEMENTS_NAMED_BY_COMMON_WORDS.has(rest) ? rest : null;
}

/**
 * True when folded words (an article's, title and body) speak of Palestine or Israel (`PALESTINE_STEMS`,
 * `PALESTINE_KEYS`) or write حركة before حماس or فتح: there a bare حماس or فتح is the movement.
 *
 * @example
 * speaksOfPalestine(["وقالت", "حماس", "في", "غزه"]); // true
 * speaksOfPalestine(["ألهب", "حماس", "الجماهير"]); // false
 */
export function speaksOfPalestine(words: readonly string[]): boolean {
  return words.some((w, i) => {
    const k = gazKey(w);
    if (PALESTINE_KEYS.has(k) || PALESTINE_STEMS.test(k)) return true;
    const next = words[i + 1];
    return NAMING_WORDS.has(k) && next !== undefined && movementName(next) !== null;
  });
}

/**
 * Token indices of حماس and فتح (with a glued و، ف، ب or ل) in an article that does not speak of Palestine
 * (`palestine` false, see `speaksOfPalestine`): there they are enthusiasm and the opening (ألهب حماس الجماهير، وسط
 * تشجيع وحماس، فتح باب التقديم، إعادة فتح ملف الهجرة), never names. Organisation mentions of one such word are
 * dropped; the caller keeps the indices from taking the name again. In a list with another organisation (وقف دعم
 * حماس وحزب الله) the word is the movement anywhere. In an article about Palestine the word stays the
 * movement's, as the training data tags it there: in its sentences that speak of Palestine 29 times of 31, in the
 * others 12 of 32 (one sentence says less than its article).
 */
export function commonWordsReadAsMovements(toks: readonly Tok[], raws: Raw[], palestine: boolean): Set<number> {
  const common = new Set<number>();
  if (palestine) return common;
  // حماس وحزب الله، حزب الله وحماس: in a list of organisations the word is the movement whatever the topic.
  const orgStarts = new Set(raws.filter((r) => r.type === "ORG").map((r) => r.a));
  const orgEnds = new Set(raws.filter((r) => r.type === "ORG").map((r) => r.b));
  toks.forEach((t, i) => {
    if (movementName(t.text) === null) return;
    const listed =
      (orgStarts.has(i + 1) && /^و/u.test(toks[i + 1]?.text ?? "")) || (orgEnds.has(i) && /^و/u.test(t.text));
    if (!listed) common.add(i);
  });
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type === "ORG" && r.b - r.a === 1 && common.has(r.a)) raws.splice(k, 1);
  }
  return common;
}
