/**
 * Does a word put its clause in the future? Dates need it: «ستعقد القمة الخميس» is the coming Thursday, «عقدت
 * القمة الخميس» the last one, and «ستعقد في 3 فبراير» is next February when it is written in December. Arabic
 * marks the future with سوف or with س glued on the present verb, and news adds من المقرر، المزمع، يعتزم.
 */
import { isVerbLike } from "./entities/verbs.js";

/**
 * Words that put the clause they open in the future (folded): سوف، من المقرر، المزمع، يعتزم and the
 * future forms of the verbs that most often govern a date in news (ستعقد، سيزور، ستنطلق…), counted over
 * SaudiNewsNet. They seed `futureCue`, which also knows س on other present verbs.
 */
const FUTURE_MARKERS = new Set([
  "سوف",
  "المقرر",
  "المزمع",
  "المزمعه",
  "المرتقب",
  "المرتقبه",
  "يعتزم",
  "تعتزم",
  "يعتزمون",
  "ستعقد",
  "سيعقد",
  "ستقام",
  "سيقام",
  "سيتم",
  "ستتم",
  "سيكون",
  "ستكون",
  "ستبدا",
  "سيبدا",
  "ستنطلق",
  "سينطلق",
  "ستشهد",
  "سيشهد",
  "ستجري",
  "سيجري",
  "ستعلن",
  "سيعلن",
  "سيزور",
  "ستزور",
  "سيصل",
  "ستصل",
  "سيلتقي",
  "ستلتقي",
  "سيغادر",
  "ستغادر",
  "سيتوجه",
  "ستتوجه",
  "سيستضيف",
  "ستستضيف",
  "سيحتضن",
  "ستحتضن",
  "سينتهي",
  "ستنتهي",
  "سيدخل",
  "ستدخل",
  "سيخوض",
  "ستخوض",
  "سيلعب",
  "ستلعب",
  "سيواجه",
  "ستواجه",
  "سيشارك",
  "ستشارك",
  "سيفتتح",
  "ستفتتح",
  "سيصدر",
  "ستصدر",
  "سيعرض",
  "ستعرض",
  "سيطلق",
  "ستطلق",
  "سيحضر",
  "ستحضر",
  "سيوقع",
  "ستوقع",
  "سيقوم",
  "ستقوم",
]);
/**
 * A folded word that puts its clause in the future: a listed cue (`FUTURE_MARKERS`), also with و or ف on it, or
 * س on a present verb (ستلتئم، ستنظر، سيناقش: the verb without its س is one, `isVerbLike`), which a noun that
 * starts with س is not (سياسة، سيارة، سنوات).
 *
 * @example
 * futureCue("وستنظر"); // true
 * futureCue("سياره"); // false
 */
export function futureCue(w: string): boolean {
  const bare = w.length > 4 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
  if (FUTURE_MARKERS.has(w) || FUTURE_MARKERS.has(bare)) return true;
  return bare.length >= 5 && bare[0] === "س" && "يتن".includes(bare[1]!) && isVerbLike(bare.slice(1));
}
