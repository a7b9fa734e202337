/**
 * Which side of a fight a figure counts, read from the words right after it: «25 مقاتلا من الطرفين» counts both
 * sides, «7 مقاتلين من الفرقة 30» one, «9 من مسلحي الحوثيين» another, «28 قتيلا وسط الانقلابيين» another. Two
 * figures of one noun that name different sides (or both sides beside one) are the losses of two sides, not one
 * quantity reported differently.
 */

import { stripArticle } from "./number-units.js";

/** The side a figure of both sides counts. */
export const BOTH_SIDES = "both";

/** Words after a figure that make it both sides' (من الطرفين، من الجانبين، للطرفين، من كلا الطرفين). */
const BOTH = /^(?:ال)?(?:طرفين|جانبين|فريقين)$/;

/** Words that put a figure on a side: من X، في صفوف X، وسط X، بين صفوف X، لدى X. */
const SIDE_OPENERS = /^[وف]?(?:من|وسط|صفوف|لدي|لصالح)$/;

/**
 * Nouns of a group's members between the opener and the side (من مسلحي الحوثيين، من عناصر التنظيم، من أفراد
 * الشرطة): the side is the word after them.
 */
const MEMBERS = /^(?:ال)?(?:مسلحي|مقاتلي|عناصر|افراد|جنود|قوات|صفوف|ميليشيات|مليشيات|منتسبي|منسوبي|رجال|اعضاء|انصار)$/;

/** Words after من that are no side: a part of a toll (3 من القتلى), a whole (من أصل)، a bound (من بين، أكثر من). */
const NOT_SIDES =
  /^(?:اصل|بين|مجموع|اجمالي|اكثر|اقل|نحو|حوالي|كل|جميع|بينهم|منهم|قتلي|جرحي|مصابين|ضحايا|شهداء|مفقودين|معتقلين)$/;

/** Tokens after a figure looked at for its side: the counted noun, the opener, a members' noun and the side. */
const SIDE_WINDOW = 5;

/** The plural or adjective endings of a side's name, longest first. */
const SIDE_ENDINGS = ["يين", "يون", "يا", "ين", "ون", "ات", "يه", "ه", "ي"];

/**
 * A side's name without its article and its plural or adjective ending (الحوثيين، حوثيا → حوث; المقاومة → مقاوم), the
 * ending kept where it would leave fewer than three letters (القوات → قوات, not قو).
 */
export function sideStem(w: string): string {
  const bare = stripArticle(w);
  const ending = SIDE_ENDINGS.find((e) => bare.endsWith(e) && bare.length - e.length >= 3);
  return ending === undefined ? bare : bare.slice(0, -ending.length);
}

/**
 * The sides a figure counts, read from the folded words after it (`after`, up to the next figure): `BOTH_SIDES`, or
 * the stem of the side it names; empty when it names none.
 *
 * @example
 * sidesAfter(words("مقاتلا من الطرفين")); // {"both"}
 * sidesAfter(words("من مسلحي الحوثيين")); // {"حوث"}
 */
export function sidesAfter(after: readonly string[]): Set<string> {
  const ws = after.slice(0, SIDE_WINDOW);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (/^(?:لل|ل)(?:طرفين|جانبين)$/.test(w)) return new Set([BOTH_SIDES]);
    if (!SIDE_OPENERS.test(w)) continue;
    let j = k + 1;
    if (ws[j] === "كلا") j++;
    if (BOTH.test(ws[j] ?? "")) return new Set([BOTH_SIDES]);
    if (MEMBERS.test(ws[j] ?? "")) j++;
    const side = ws[j] ?? "";
    // The side is a definite name (الحوثيين، المقاومة، القوات): not a place after في, a bound or a toll's part.
    if (!/^ال/.test(side) || NOT_SIDES.test(stripArticle(side))) return new Set();
    const stem = sideStem(side);
    return stem.length >= 3 ? new Set([stem]) : new Set();
  }
  return new Set();
}

/** A toll's noun (القتلى، الجرحى، الضحايا), folded: a side named after it is the side of the figure the clause ends with. */
const TOLL_NOUN = /^(?:ال)?(?:قتلي|جرحي|ضحايا|مصابين|شهداء|مفقودين)$/;

/**
 * The sides of a figure whose toll's noun comes before it, read from the folded words of its clause before it: «ارتفع
 * عدد القتلى في صفوف قوات الأمن إلى 60» → the side after القتلى (`sidesAfter`); empty when no toll's noun precedes.
 *
 * @example
 * sidesBefore(words("يرتفع عدد القتلى في صفوف قوات الأمن إلى")); // {"امن"}
 */
export function sidesBefore(before: readonly string[]): Set<string> {
  const at = before.findLastIndex((w) => TOLL_NOUN.test(w));
  const named = at < 0 ? new Set<string>() : sidesAfter(before.slice(at + 1));
  if (named.size > 0) return named;
  // وأوقعت وسطهم أكثر من 80 قتيلا و120 جريحا: one side, named earlier.
  return before.some((w) => PRONOUN_SIDE.test(w)) ? new Set([ONE_SIDE]) : named;
}

/** The side of a figure named by a pronoun (وسطهم، في صفوفهم): one side, though which one is said elsewhere. */
export const ONE_SIDE = "one";

/** Words that put a figure on a side named before (أوقعت وسطهم، سقط في صفوفهم، بين صفوفهم), folded. */
const PRONOUN_SIDE = /^[وف]?(?:وسطهم|صفوفهم|بصفوفهم)$/;

/**
 * True when two figures' sides tell them apart: they have none in common, and neither is a side named by a pronoun
 * (`ONE_SIDE`) unless the other counts both sides (one side beside both is two tolls; beside a side named, perhaps one).
 */
export function sidesApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x))) return false;
  return (!a.has(ONE_SIDE) && !b.has(ONE_SIDE)) || a.has(BOTH_SIDES) || b.has(BOTH_SIDES);
}
