/**
 * How the words were said, written after the speaker as ب + a verbal noun (قال عز بعصبية، قال الوزير بجدية،
 * قال بنفس اللهجة): an adverbial of manner, never part of the speaker's name. `MANNER_WORDS` lists the common
 * ones word by word; this reads the shape.
 */

import type { Token } from "../arabic/tokens.js";
import { gazKey, isFirstName, nisbaPlace } from "./entities/features.js";
import { ANONYMOUS_HEADS } from "./quote-cues.js";
import { isNationality, isOrgWord, isRoleHead } from "./quote-roles.js";

/** ب + a noun that heads a manner phrase whatever follows (بلهجة حادة، بنبرة غاضبة، بنفس اللهجة), folded. */
const MANNER_HEADS: ReadonlySet<string> = new Set(["بلهجه", "بنبره", "بنفس", "بصيغه"]);

/**
 * Whether token `j` is ب + a verbal noun of manner after the speaker word before it: an abstract noun in -ية
 * (بعصبية، بجدية، بسخرية، بعفوية) that is no nationality (بريطانية، برازيلية), names no institution (بلدية،
 * بمديرية، بجمعية) nor a woman (بهية), or a manner phrase's head. Not after a participle other than an office,
 * whose complement it is (الجهاز المكلف بحماية الرئيس; but المتحدث بعصبية is the spokesman, angry), nor after a
 * group or a body, whose adjective it is (مصادر برلمانية، لجنة برلمانية).
 */
export function isMannerAdverbial(tokens: Token[], j: number, persons: ReadonlySet<number>): boolean {
  const w = tokens[j]!.text;
  // (Not a name: بدرية أحمد.)
  if (persons.has(j) || persons.has(j + 1)) return false;
  const before = tokens[j - 1]?.text ?? "";
  if (before.startsWith("الم") && !isRoleHead(before)) return false;
  // مصادر برلمانية، لجنة برلمانية بريطانية: an adjective whose ب is its own, after an indefinite noun.
  const word = !before.startsWith("ال") && !persons.has(j - 1);
  if (word && (ANONYMOUS_HEADS.has(before) || isOrgWord(before) || /ه$/.test(before))) return false;
  if (MANNER_HEADS.has(w)) return true;
  if (!w.startsWith("ب") || w.startsWith("بال") || !w.endsWith("يه")) return false;
  const noun = w.slice(1);
  if (noun.length < 4 || isOrgWord(noun) || isOrgWord(w) || isFirstName(w)) return false;
  return nisbaPlace(gazKey(w)) === null && !isNationality(`ال${w}`);
}
