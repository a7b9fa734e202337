/**
 * A country's state institutions as its place: news writes «اتهمت بريطانيا الحكومة الروسية», «قصف الجيش السوري»,
 * «أعلنت الخارجية الأمريكية» where it could write روسيا، سوريا، أمريكا, and the entity tagger names the
 * institution (an organisation), not the country. For the clusterer two reports of one storyline, one saying
 * روسيا and one «الحكومة الروسية», share the country all the same (ANT's Skripal reports: the tagger's naming
 * «الحكومة الروسية» took روسيا out of one and its thread with it).
 */

import { gazKey, NATIONALITY_PLACES, nisbaPlace } from "../annotate/entities/features.js";
import { canonicalKey, entityId } from "../annotate/entities/names.js";
import { foldText } from "../arabic/fold.js";

/**
 * Head words (folded, `gazKey`) of the institutions that act for their state: its government, regime and
 * authorities, its ministries (وزارة الصحة الفلسطينية is the Palestinian state's), its forces, police,
 * intelligence, parliament, presidency and embassies. Not its news agency (وكالة الأنباء الفرنسية reports on
 * anything), its clubs and national teams, federations (الاتحاد الأوروبي، الاتحاد السعودي لكرة القدم), banks and
 * companies: these name no state act.
 */
const STATE_HEADS: ReadonlySet<string> = new Set([
  "حكومه",
  "نظام",
  "سلطات",
  "سلطه",
  "وزاره",
  "خارجيه",
  "داخليه",
  "دفاع",
  "جيش",
  "قوات",
  "شرطه",
  "حرس",
  "مخابرات",
  "استخبارات",
  "برلمان",
  "رئاسه",
  "سفاره",
]);

/** A head word's key with a glued preposition (after a conjunction) cut: للجيش، لوزارة، وللسلطات. */
function headKey(word: string): string {
  const k = gazKey(word);
  if (STATE_HEADS.has(k)) return k;
  const rest = /^[وف]?[بل]+/u.exec(word);
  return rest === null ? k : gazKey(word.slice(rest[0].length));
}

/**
 * The entity id of the country (as the entity resolver gives a place: `entityId("LOC", …)`) whose state
 * institution the organisation's name is: a state head word first, a definite nationality adjective last; null
 * for any other name.
 *
 * @example
 * institutionCountry("الحكومة الروسية"); // entityId("LOC", canonicalKey("روسيا")), روسيا's id
 * institutionCountry("لوزارة الخارجية الأمريكية"); // أمريكا's id
 * institutionCountry("وكالة الأنباء الفرنسية"); // null: an agency, no state act
 */
export function institutionCountry(name: string): string | null {
  const words = foldText(name)
    .split(/[\s\p{P}]+/u)
    .filter((w) => w.length > 0);
  if (words.length < 2) return null;
  const last = words.at(-1)!;
  if (!last.startsWith("ال") || !STATE_HEADS.has(headKey(words[0]!))) return null;
  const adjective = gazKey(last);
  const place = nisbaPlace(adjective) ?? NATIONALITY_PLACES.get(adjective.replace(/ه$/u, "")) ?? null;
  return place === null ? null : entityId("LOC", canonicalKey(place));
}
