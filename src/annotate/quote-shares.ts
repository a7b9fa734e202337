/**
 * A share of a group as the speaker (أكثر من نصف المجيبين، 43٪ من المشاركين، واحد منهم): where such a
 * phrase ends, for the clause reader of quote-clauses.ts.
 */

import type { Token } from "../arabic/tokens.js";
import { RELATIVES } from "./quote-clause-words.js";
import { COMPLEMENTIZERS, CUES, SPEAKER_STOPS } from "./quote-cues.js";
import { firstTokenAt, hasTanween } from "./quote-text.js";

/** Words that make a count approximate before it (حوالي 40٪، نحو ثلثهم، قرابة 47 في المئة), folded. */
const APPROXIMATORS: ReadonlySet<string> = new Set(["حوالي", "نحو", "قرابه", "زهاء"]);

/** Number words that count people out of a group (أربعة من كل خمسة مجيبين، واحد من أشهر مشايخ تويتر), folded. */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  ["واحد", "واحده", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"].flatMap(
    (w) => [w, `و${w}`],
  ),
);

/** Elatives a share's group is in construct with (اثنان من أكبر منتجي الخام، واحد من أشهر مشايخ تويتر), folded. */
const SHARE_ELATIVES: ReadonlySet<string> = new Set(["اكبر", "اشهر", "ابرز", "اهم", "اقدم", "افضل", "كبار"]);

/** "One" (واحد من كل عشرة), folded. */
const ONE: ReadonlySet<string> = new Set(["واحد", "واحده", "وواحد", "وواحده"]);

/** Fractions of a group (نصف المجيبين، ثلثهم، الربع، ثلاثة أرباع المشاركين), folded, with the article or none. */
const FRACTION = /^(?:ال)?(?:نصف|ثلث|ربع|خمس|ثلثي|ثلثا|ثلثين|ارباع|اخماس|غالبيه|معظم|اغلبيه)(?:هم|هن)?$/;

/** What a count or share of people after اكثر من / أقل من is not: a count of times (أكثر من مرة). */
export const NOT_SHARE_OBJECTS: ReadonlySet<string> = new Set([
  "مره",
  "مرات",
  "ذي",
  "ذلك",
  "هذا",
  "اي",
  "وقت",
  "ساعه",
  "يوم",
  "عام",
]);

/** Longest share phrase before its complement (أكثر من ثلاثة أرباع المشاركين في الإمارات). */
const MAX_SHARE_TOKENS = 10;

/** Longest bracketed figure inside a share phrase ((53,2٪)، (21 بالمئة)). */
const MAX_SHARE_BRACKET_CHARS = 16;

/** True when token `k` stands inside brackets opened after token `from` (a share's figure: (51,3٪)). */
export function bracketed(text: string, tokens: Token[], from: number, k: number): boolean {
  const between = text.slice(tokens[from]!.end, tokens[k]!.start);
  return between.split("(").length > between.split(")").length;
}

/** A per cent after a figure: 43٪، 52 في المئة، 6 بالمائة. */
const PER_CENT_AFTER = /^\s*[٪%]|^\s+(?:في\s+الم[ئا]|بالم[ئا]|بالمئ)/u;

/**
 * True when a figure opens at token `k` and is a per cent (43٪ من المجيبين، قال 52 في المئة منهم، 13,1 في
 * المائة): a share of people standing alone, where a bare count (قال 3 أشخاص) may be anything.
 */
function isPercent(text: string, tokens: Token[], k: number): boolean {
  if (!/^\p{N}/u.test(tokens[k]?.text ?? "")) return false;
  let e = k;
  while (/^\p{N}/u.test(tokens[e + 1]?.text ?? "") && /^[.,٫،]$/.test(text.slice(tokens[e]!.end, tokens[e + 1]!.start)))
    e++;
  return PER_CENT_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 12));
}

/**
 * Where a share of a survey's respondents that opens at token `j` ends (the token after it), or -1 when none
 * opens there: أكثر من نصف المجيبين (51,3٪)، حوالي 40٪ من المشاركين، أربعة من كل خمسة مجيبين في المنطقة،
 * أقل من ربع الذين استطلعت آراؤهم. Bracketed figures inside it are skipped. Not أكثر من مرة (how often), nor a
 * count that no group follows (وكتب واحد).
 */
export function shareEnd(text: string, tokens: Token[], j: number): number {
  const w = (k: number) => tokens[k]?.text ?? "";
  const joined = (k: number) =>
    k < tokens.length && /^[\s()٪%]*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // Past a bracketed figure (المجيبين (53,2٪)): the token after its closing bracket.
  const past = (k: number) => {
    if (k >= tokens.length || !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes("(")) return k;
    const close = text.indexOf(")", tokens[k - 1]!.end);
    if (close < 0 || close - tokens[k - 1]!.end > MAX_SHARE_BRACKET_CHARS) return k;
    return firstTokenAt(tokens, close);
  };
  let k = j;
  const approximate = APPROXIMATORS.has(w(k));
  if (approximate) k++;
  let counted = false;
  if ((w(k) === "اكثر" || w(k) === "اقل") && w(k + 1) === "من" && joined(k + 1) && joined(k + 2)) {
    if (NOT_SHARE_OBJECTS.has(w(k + 2))) return -1;
    k += 2;
    counted = true;
  } else if (!approximate && !COUNT_WORDS.has(w(k)) && !FRACTION.test(w(k)) && !isPercent(text, tokens, k)) return -1;
  if (!joined(k)) return -1;
  // The count itself: a figure (40٪، 46 في المئة، 6,6٪), a number word (ثلاثة أرباع), a fraction.
  let quantity = false;
  if (/^\p{N}/u.test(w(k))) {
    quantity = true;
    k++;
    while (/^\p{N}/u.test(w(k)) && /^[.,٫،]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
    if (w(k) === "في" && /^الم[يا]?ئ?ه$|^المئه$|^المائه$/.test(w(k + 1))) k += 2;
    else if (/^بالم/.test(w(k))) k++;
  } else if (COUNT_WORDS.has(w(k)) || FRACTION.test(w(k))) {
    quantity = true;
    k++;
    if (FRACTION.test(w(k)) && joined(k)) k++;
  }
  if (!quantity && !counted) return -1;
  k = past(k);
  // وقالت 9 في المئة فقط من المشاركات: "only" after the count.
  if (w(k) === "فقط" && joined(k)) k++;
  const countOnly = COUNT_WORDS.has(w(j)) || (approximate && COUNT_WORDS.has(w(j + 1)));
  // Out of how many: من كل عشرة، من أصل 16.
  const outOf = w(k) === "من" && (w(k + 1) === "كل" || w(k + 1) === "اصل") && joined(k + 1) && joined(k + 2);
  if (outOf) k = past(k + 3);
  // The group: من + its words, or the words right after a fraction or a count out of many (ثلث المشاركين), or
  // منهم. Not من قبل, a passive's agent (وصف معظمهن من قبل جماعات حقوقية).
  if ((w(k) === "منهم" || w(k) === "منهن") && joined(k)) return k + 1;
  const ofGroup = w(k) === "من" && joined(k) && w(k + 1) !== "قبل";
  // واحد needs its whole (واحد من كل عشرة): كتبت واحدة من الروايات، تعتبر واحدة من الألغاز are objects.
  if (ONE.has(w(approximate ? j + 1 : j)) && !outOf) return -1;
  const groupStart = ofGroup ? k + 1 : k;
  if (countOnly && !ofGroup && !outOf) return -1;
  let g = groupStart;
  // أقل من ربع الذين استطلعت آراؤهم: a relative clause for the group itself takes its verb.
  if (RELATIVES.has(w(g)) && joined(g) && joined(g + 1) && !COMPLEMENTIZERS.has(w(g + 1))) g += 2;
  // اثنان من أكبر منتجي الخام: an elative in construct with the group.
  else if (SHARE_ELATIVES.has(w(g)) && joined(g) && joined(g + 1)) g += 2;
  while (g < tokens.length && g - j < MAX_SHARE_TOKENS && joined(g)) {
    const t = w(g);
    if (COMPLEMENTIZERS.has(t) || CUES.has(t) || RELATIVES.has(t) || t === "الي" || t === "علي") break;
    if (hasTanween(text, tokens[g]!)) break;
    // في + a definite word: where the respondents are (في المنطقة، في المسح); not في بيان.
    if (t === "في") {
      if (g === groupStart || !w(g + 1).startsWith("ال") || !joined(g + 1)) break;
      g = past(g + 2);
      continue;
    }
    if (SPEAKER_STOPS.has(t)) break;
    // After the group's head only its definite adjectives and genitives (المشاركين الشباب العربي), بال…
    // (المشمولين بالدراسة) and the poll's آراؤهم (استطلعت آراؤهم): ثلث الشباب العربي | نموذجا is the object.
    // (Or one coordinated: معظم المحللين والمسؤولون الحكوميون.)
    if (g > groupStart && !/^(?:ال|بال|وال)/.test(t) && !/^ارا[ؤءئو]?هم$/.test(t)) break;
    g = past(g + 1);
  }
  // (No group after من: the share alone.)
  if (g === groupStart) return countOnly ? -1 : ofGroup ? k : g;
  return g;
}
