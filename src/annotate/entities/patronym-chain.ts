/**
 * A person's name read as a chain of fathers' names (محمد بن سلمان بن عبدالعزيز آل سعود): the shorter names the
 * same chain is written with when a writer stops earlier (محمد بن سلمان، محمد بن سلمان بن عبدالعزيز). Pure helpers
 * of the cross-article resolver over name units (canonical key words, عبد and أبو joined to the next word).
 */

import { foldText } from "../../arabic/fold.js";
import { gazKey } from "./features.js";
import { PATRONYMS } from "./names.js";
import { COMPOUND_NAME_ENDS } from "./tagged-spans.js";

/** The family word of a dynasty after a chain of fathers' names (آل سعود), as canonical keys write it. */
const FAMILY = "ال";

/**
 * The shorter names `units` extends by fathers' names and a dynasty after them, longest first: every cut before
 * بن / ابن / بنت that leaves two units or more (محمد بن سلمان بن عبدالعزيز آل سعود → محمد بن سلمان بن عبدالعزيز،
 * محمد بن سلمان; خالد فيصل بن عبدالعزيز → خالد فيصل), and before آل when a بن comes before it (سلمان بن عبدالعزيز
 * آل سعود → سلمان بن عبدالعزيز; not طارق آل زاهر, whose آل زاهر is a family name). Nothing after a surname
 * (عبدالله بن محمد الغامدي holds no chain to cut) or a word that is no name (a بن without a name after it).
 *
 * @example
 * chainPrefixes(["محمد", "بن", "سلمان", "بن", "عبدعزيز"]); // [["محمد", "بن", "سلمان"]]
 */
export function chainPrefixes(units: readonly string[]): string[][] {
  const out: string[][] = [];
  const n = units.length;
  // The tail read from the end: an optional آل X, then pairs بن X, each a cut.
  let i = n;
  const cuts: number[] = [];
  if (n >= 4 && units[n - 2] === FAMILY && isName(units[n - 1])) {
    i = n - 2;
    // آل after no chain of fathers is a family name, part of the person's own name.
    if (units.slice(0, i).some((w) => PATRONYMS.has(w))) cuts.push(i);
  }
  while (i - 2 >= 2 && PATRONYMS.has(units[i - 2] as string) && isName(units[i - 1])) {
    i -= 2;
    cuts.push(i);
  }
  for (const cut of cuts) out.push(units.slice(0, cut));
  return out;
}

/** A unit that can be a name in a chain: not a particle of one. */
const isName = (w: string | undefined): boolean => w !== undefined && w !== FAMILY && !PATRONYMS.has(w);

/**
 * The names of a person named `name` (surface) with units `units` that a shorter or a longer one on the same chain
 * meets by: the name and its `chainPrefixes`, each only when it names a chain, with a بن in it or a family name
 * written with the article at its end (خالد الفيصل بن عبدالعزيز → خالد الفيصل). A name of two words whose second
 * has no article (عبد الله سعيد بن ضاوي → عبد الله سعيد) may be a given name and a father's, or a surname written
 * without it: no chain to meet by (عبد الله السعيد, the footballer, is someone else). Nor has a compound given name
 * (شمس الدين، زين العابدين), whose second word is no family's.
 *
 * @example
 * chainKeys(["خالد", "فيصل", "بن", "عبدعزيز"], "خالد الفيصل بن عبدالعزيز"); // ["خالد فيصل بن عبدعزيز", "خالد فيصل"]
 */
export function chainKeys(units: readonly string[], name: string): string[] {
  const family = new Set(
    foldText(name)
      .split(/[\s\p{P}]+/u)
      .filter((w) => w.startsWith("ال") && w.length > 2 && !COMPOUND_NAME_ENDS.has(w))
      .map(gazKey),
  );
  return [units, ...chainPrefixes(units)]
    .filter((p) => p.length >= 2 && (p.some((w) => PATRONYMS.has(w)) || family.has(p.at(-1) as string)))
    .map((p) => p.join(" "));
}

/**
 * True when `a` is `b` or one holds the other as a prefix by fathers' names (see `chainPrefixes`): two names
 * one person may be written with.
 */
function onOneChain(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const key = short.join(" ");
  return key === long.join(" ") || chainPrefixes(long).some((p) => p.join(" ") === key);
}

/**
 * True when `a` and `b` go on from one shorter name along two chains (محمد بن نايف بن عبدالعزيز / محمد بن نايف بن
 * أحمد; فهد بن عبدالعزيز آل سعود / فهد بن عبدالعزيز بن معمر): neither is on the other's chain.
 */
export function twoChains(a: readonly string[], b: readonly string[]): boolean {
  if (onOneChain(a, b)) return false;
  const bs = new Set(chainPrefixes(b).map((p) => p.join(" ")));
  return chainPrefixes(a).some((p) => bs.has(p.join(" ")));
}

/**
 * True when two names of one first name give two different fathers: the same words up to a بن (or آل), then another
 * name (محمد بن نايف بن عبدالعزيز / محمد بن نايف بن أحمد), or another second name, the father's in a name of three
 * words or one with بن (أحمد بن علي / أحمد بن محمد علي; محمد أحمد ناصر / محمد بن ناصر). Two such names are two
 * people, whatever else the articles write; a name of two words without بن may end on a surname (أحمد علي).
 */
export function otherFather(a: readonly string[], b: readonly string[]): boolean {
  const fa = fatherOf(a);
  const fb = fatherOf(b);
  if (a[0] === b[0] && fa !== null && fb !== null && fa !== fb) return true;
  let c = 0;
  while (c < a.length && c < b.length && a[c] === b[c]) c++;
  if (c === 0 || c === a.length || c === b.length) return false;
  const before = a[c - 1] as string;
  return (PATRONYMS.has(before) || (before === FAMILY && c >= 2)) && isName(a[c]) && isName(b[c]);
}

/** The father's name in a name of three words or more or with بن after the first (see `otherFather`), else null. */
function fatherOf(units: readonly string[]): string | null {
  if (PATRONYMS.has(units[1] as string)) return isName(units[2]) ? (units[2] as string) : null;
  return units.length >= 3 && isName(units[1]) ? (units[1] as string) : null;
}
