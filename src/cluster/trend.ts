/**
 * Which way a headline says its market moved: «النفط يرتفع», «هبوط أسعار النفط», «يغلق على ارتفاع».
 * A market report is one session's: the day oil fell and the next day it rose are two events, though
 * the two reports share their words, their figures (50 دولارا، أدنى مستوى في 6 أشهر) and, through
 * «أمس», a day.
 */

import { foldText } from "../arabic/fold.js";

/** The way a headline's market moved. */
export type Trend = "up" | "down";

/** Verbs (folded) that move a price or an index, in the forms headlines use (يرتفع، ترتفع، ارتفع، ارتفعت). */
const VERBS: ReadonlyMap<string, Trend> = new Map([
  ...forms(["يرتفع", "ترتفع", "ارتفع", "ارتفعت"], "up"),
  ...forms(["يصعد", "تصعد", "صعد", "صعدت"], "up"),
  ...forms(["يقفز", "تقفز", "قفز", "قفزت"], "up"),
  ...forms(["يرتد", "ترتد", "ارتد", "ارتدت"], "up"),
  ...forms(["يتعافى", "تتعافى", "تعافت"], "up"),
  ...forms(["ينتعش", "تنتعش", "انتعش", "انتعشت"], "up"),
  ...forms(["مرتفعا", "مرتفعة"], "up"),
  ...forms(["ينخفض", "تنخفض", "انخفض", "انخفضت"], "down"),
  ...forms(["يتراجع", "تتراجع", "تراجعت"], "down"),
  ...forms(["يهبط", "تهبط", "هبط", "هبطت"], "down"),
  ...forms(["ينزل", "تنزل", "نزل", "نزلت"], "down"),
  ...forms(["يتهاوى", "تتهاوى", "تهاوت"], "down"),
  ...forms(["منخفضا", "منخفضة"], "down"),
]);

/**
 * Verbal nouns of a move (folded, without ال or a pronoun): they state the headline's move only as its
 * first word («ارتفاع طفيف للذهب») or after a verb that carries them (`CARRIERS`); elsewhere they are
 * another thing's move («تنخفض نتيجة ارتفاع إنتاج روسيا», «مع صعود الدولار»).
 */
const NOUNS: ReadonlyMap<string, Trend> = new Map([
  ...forms(["ارتفاع", "صعود", "قفزة", "ارتداد", "انتعاش"], "up"),
  ...forms(["انخفاض", "تراجع", "هبوط", "تهاوي"], "down"),
]);

/** Words after which a verbal noun is the headline's move: يغلق على ارتفاع، يواصل هبوطه، يستمر في التراجع. */
const CARRIERS = new Set(
  ["على", "يواصل", "تواصل", "واصل", "واصلت", "يعاود", "تعاود", "عاود", "عاودت", "يستأنف", "تستأنف"].map(foldText),
);
/** «في» carries a verbal noun after these only (يستمر في التراجع; not «في ارتفاع» of a list). */
const CONTINUES = new Set(["يستمر", "تستمر", "استمر", "استمرت"].map(foldText));
const IN = foldText("في");

/**
 * Words after which a move verb is no longer the predicate of a headline's first noun but another
 * clause's (هبوط النفط بعد أن ارتفع أمس).
 */
const SUBORDINATE = new Set(
  ["بعد", "مع", "رغم", "عقب", "إثر", "وسط", "قبل", "بسبب", "نتيجة", "لكن", "بينما", "فيما", "حيث"].map(foldText),
);
/** Punctuation that ends a headline's first clause (ارتفاع أسهم أوروبا .. و«اليونانية» تهوي). */
const CLAUSE_END = /[.,:،؛!?؟\-–—|]/u;

/** A word of letters (and marks) in folded text. */
const WORD = /[\p{L}\p{M}]+/gu;
/** A conjunction glued to the word (وارتفاع، فيرتفع is not: the verb's ي is no conjunction). */
const CONJUNCTION = /^[وف](?=.{4})/u;
/** The article or a possessive pronoun on a verbal noun: التراجع، هبوطه، ارتفاعها. */
const NOUN_AFFIXES = /^(?:ال)?(.+?)(?:ها|ه)?$/u;

function forms(words: string[], trend: Trend): [string, Trend][] {
  return words.map((w) => [foldText(w), trend]);
}

/** The noun's move when `w` is a verbal noun (bare, with ال, or with a pronoun), else undefined. */
function nounTrend(w: string): Trend | undefined {
  const bare = NOUNS.get(w);
  if (bare !== undefined) return bare;
  const m = NOUN_AFFIXES.exec(w);
  return m === null ? undefined : NOUNS.get(m[1]!);
}

/** The move of the first verb of the clause `words` begins, before a subordinate clause; undefined when none. */
function predicateTrend(words: readonly string[]): Trend | undefined {
  for (const raw of words) {
    const w = raw.replace(CONJUNCTION, "");
    if (SUBORDINATE.has(raw) || SUBORDINATE.has(w)) return undefined;
    const verb = VERBS.get(raw) ?? VERBS.get(w);
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/**
 * The move the headline states: its first move verb (يرتفع، تتراجع، يغلق مرتفعا), or a verbal noun as
 * its first word or after a verb that carries it (يغلق على ارتفاع، يواصل هبوطه); undefined when it
 * states none. A verbal noun elsewhere is another thing's move and is passed over; so is a first-word
 * noun that is the subject of a move verb in its clause, whose move is the verb's (ارتفاع إنتاج روسيا
 * يهبط بأسعار النفط: prices fell).
 *
 * @example
 * headlineTrend("النفط يرتفع في التعاملات الآسيوية بعد هبوطه 5 بالمئة"); // "up"
 * headlineTrend("أسعار النفط تنخفض نتيجة ارتفاع إنتاج روسيا"); // "down"
 * headlineTrend("مؤشر السوق يغلق على ارتفاع طفيف"); // "up"
 * headlineTrend("ارتفاع إنتاج روسيا يهبط بأسعار النفط"); // "down"
 * headlineTrend("برنت قرب أدنى مستوى في 4 أشهر"); // undefined
 */
export function headlineTrend(title: string): Trend | undefined {
  const folded = foldText(title);
  const words = folded.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.replace(CONJUNCTION, "");
    const verb = VERBS.get(raw) ?? VERBS.get(w);
    if (verb !== undefined) return verb;
    const prev = i === 0 ? undefined : words[i - 1]!;
    const carried =
      prev === undefined ||
      CARRIERS.has(prev) ||
      (prev === IN && i >= 2 && CONTINUES.has(words[i - 2]!.replace(CONJUNCTION, "")));
    if (!carried) continue;
    const noun = nounTrend(w);
    if (noun === undefined) continue;
    if (i > 0) return noun;
    const clause = folded.split(CLAUSE_END)[0]!.match(WORD) ?? [];
    return predicateTrend(clause.slice(1)) ?? noun;
  }
  return undefined;
}

/** Members' headline moves of a story: [up, down]. */
export type TrendCounts = [up: number, down: number];

/**
 * True when the headline's move is the opposite of the one most of the story's headlines state (more
 * of them state the other way): the next session's report of a market, or another market's.
 *
 * @example
 * trendConflict("up", [0, 8]); // true
 * trendConflict("up", [3, 3]); // false
 * trendConflict(undefined, [0, 8]); // false
 */
export function trendConflict(trend: Trend | undefined, story: TrendCounts): boolean {
  if (trend === undefined) return false;
  const [up, down] = story;
  return trend === "up" ? down > up : up > down;
}
