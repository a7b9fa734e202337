/**
 * Clubs named by a common noun (الشباب "youth", النصر "victory"): the club only where the article is about sport.
 */

import { gazKey, isSportSentence } from "./features.js";
import type { Raw, Tok } from "./folded-tokens.js";
import { WITH_ARTICLE } from "./name-words.js";

/**
 * Clubs of the Arab leagues whose name is a common noun, folded keys: الشباب (youth), النصر (victory), الهلال
 * (crescent), التعاون (cooperation), الوحدة (unity), الاتفاق (agreement), النهضة (renaissance), الرائد (pioneer).
 * The tagger learnt them from sport pages and reads them as the club everywhere (برامج الشباب، الاتفاق النووي).
 * Not الأهلي or الفتح: outside sport they are still names as often (البنك الأهلي is written in full; Fatah).
 */
const CLUBS_NAMED_BY_COMMON_NOUNS: ReadonlySet<string> = new Set(
  ["شباب", "نصر", "هلال", "تعاون", "وحده", "اتفاق", "نهضه", "رائد"].map(gazKey),
);

/**
 * Words that say what such a name is when written before it (نادي الاتفاق، فريق الوحدة، حركة الشباب، تنظيم
 * الشباب), folded keys: a club's page about its board, or the Somali movement, has no match in it.
 */
const NAMING_WORDS: ReadonlySet<string> = new Set(
  ["نادي", "ناديي", "فريق", "لنادي", "بنادي", "لفريق", "حركه", "تنظيم", "جماعه"].map(gazKey),
);

/**
 * Organisation mentions of one word that is a club named by a common noun (CLUBS_NAMED_BY_COMMON_NOUNS) where it
 * is the noun: everywhere without the article (شباب البحرين، ممثلين شباب: no club is written so), and with it in an
 * article with no sentence about sport (`sport`: فاز الشباب على النصر 2 - 1 keeps both), where it is the young
 * people (برامج تدريب الشباب، الشباب والشابات) or the agreement (الاتفاق النووي), unless the text names it as a club
 * or a movement somewhere (NAMING_WORDS). Dropped before they spread.
 */
export function commonNounsReadAsClubs(toks: Tok[], raws: Raw[], sport: boolean): void {
  // Named as what it is somewhere in the text (نادي الهلال، حركة الشباب الصومالية): a name all through it.
  const named = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const key = gazKey((toks[i] as Tok).text);
    if (CLUBS_NAMED_BY_COMMON_NOUNS.has(key) && NAMING_WORDS.has(gazKey((toks[i - 1] as Tok).text))) named.add(key);
  }
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type !== "ORG" || r.role || r.b - r.a !== 1) continue;
    const w = (toks[r.a] as Tok).text;
    const key = gazKey(w);
    if (!CLUBS_NAMED_BY_COMMON_NOUNS.has(key) || named.has(key)) continue;
    if (!sport || !WITH_ARTICLE.test(w)) raws.splice(k, 1);
  }
}

/** Match words that are also common words (هدف "aim", جولة "tour"), folded keys: alone they make no text about sport. */
const MATCH_WORDS_ALSO_COMMON: ReadonlySet<string> = new Set(
  ["هدف", "هدفين", "اهداف", "جوله", "فوز", "فاز"].map(gazKey),
);

/**
 * True when a sentence (folded words) reports sport in a way that makes a club's common-noun name the club: a match
 * word that is no common word too (بهدف تقديم الدعم، جولة في المعرض are not) or a score.
 */
export function sportForClubs(words: readonly string[]): boolean {
  const kept = words.filter((w) => !MATCH_WORDS_ALSO_COMMON.has(gazKey(w)));
  return isSportSentence(kept, kept.map(gazKey));
}
