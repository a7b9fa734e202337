/**
 * The cities and provinces a headline names, as places.data.ts lists them: Saudi outlets publish one
 * template per region on one day (labour inspections in Khaybar, Tabuk and al-Jouf; two regions'
 * election committees), alike in every word but the place, and two such items are two events.
 */

import { gazKey, isCityKey } from "../annotate/entities/features.js";
import { foldText } from "../arabic/fold.js";

/**
 * Listed names that a headline mostly uses as common words or as another name's: البيضاء (white),
 * تدمر (destroys), خان (a surname), حماه (protected him), ستره (a jacket), ضباب (fog), بئر (a well),
 * خبر (news), كاف (the African football confederation), عمران (a given name), الشرق الأوسط (a
 * region and a newspaper), ليون and ميلانو (clubs more often than cities in sports headlines). Read off
 * the SaudiNewsNet and ANT headlines where the list matched (.scratch/hpfreq.mts).
 */
const COMMON_WORDS = new Set(
  ["البيضاء", "تدمر", "خان", "حماه", "ستره", "الضباب", "بئر", "الخبر", "الكاف", "عمران", "ليون", "ميلانو"].map((w) =>
    gazKey(foldText(w)),
  ),
);
COMMON_WORDS.add(`${gazKey("الشرق")} ${gazKey("الاوسط")}`);

/** A word of letters (and marks) in folded text. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Least letters left once a preposition is cut (بكر is not ب + كر). */
const MIN_REST = 3;

/**
 * The listed places (keys of places.data.ts, `gazKey` of each word) that `text` names, in order, each
 * once: two-word names first (المدينة المنورة), one word with its clitics (بالأحساء، وتبوك، لنجران).
 *
 * @example
 * namedPlaces("«عمل خيبر» يضبط 42 مخالفة"); // ["خيبر"]
 * namedPlaces("اعتماد لجنة الطعون بانتخابات الأحساء والمدينة المنورة"); // ["احساء", "مدينه منوره"]
 */
export function namedPlaces(text: string): string[] {
  const words = foldText(text).match(WORD) ?? [];
  const out: string[] = [];
  const add = (k: string) => {
    if (!COMMON_WORDS.has(k) && !out.includes(k)) out.push(k);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = gazKey(w);
    const next = words[i + 1];
    if (next !== undefined) {
      const two = `${k} ${gazKey(next)}`;
      if (isCityKey(two)) {
        add(two);
        i++;
        continue;
      }
    }
    if (isCityKey(k)) {
      add(k);
      continue;
    }
    // بجازان، لنجران، وبتبوك: a preposition (after a conjunction) glued to a listed place.
    const rest = /^[وف]?[بل]/u.exec(w);
    if (rest !== null && w.length - rest[0].length >= MIN_REST) {
      const r = gazKey(w.slice(rest[0].length));
      if (isCityKey(r)) add(r);
    }
  }
  return out;
}

/**
 * True when two headlines' places name two regions: each names a listed place, and neither side names
 * (in its headline or lead, `around`) a place the other's headline names. A city inside a province named
 * by the other report (the Ahsa's execution, «في الشرقية») is named in one of the leads.
 *
 * @example
 * placesConflict(["خيبر"], new Set(["خيبر"]), ["جوف"], new Set(["جوف", "سكاكا"])); // true
 * placesConflict(["احساء"], new Set(["احساء", "شرقيه"]), ["شرقيه"], new Set(["شرقيه"])); // false
 */
export function placesConflict(
  head: Iterable<string>,
  around: Names,
  otherHead: Iterable<string>,
  otherAround: Names,
): boolean {
  let named = false;
  for (const p of head) {
    if (otherAround.has(p)) return false;
    named = true;
  }
  if (!named) return false;
  named = false;
  for (const p of otherHead) {
    if (around.has(p)) return false;
    named = true;
  }
  return named;
}

/** Places looked up by name (a set, or a map of place → members). */
export interface Names {
  has(place: string): boolean;
}
