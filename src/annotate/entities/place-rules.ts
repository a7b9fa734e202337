/**
 * Places the tagger leaves out, read after it with places.data.ts: a listed city after a word for an area, after
 * a preposition or joined by و to a place (منطقة عسير وجازان، في الأحساء، بخيبر), and a settlement word taken
 * into the place's mention (مدينة قلقيلية).
 */

import { gazKey, isCityKey, isCityWord, isCommonCityWord } from "./features.js";
import { coveredTokens, type Raw, type Tok, WORDY } from "./folded-tokens.js";
import { trimmedStart } from "./name-words.js";
import { areaHeadPattern, GLUED_BI, PLACE_PREPOSITIONS, settlementHeadCut } from "./names.js";

/**
 * A word for a settlement or an area (names.ts `AREA_HEADS`), or a municipality's or a camp's, which stand before a
 * place's name too (أمانة الشرقية، مخيم اليرموك), of several areas (مناطق عسير وجازان), or of its people (أهالي
 * الباحة).
 */
export const AREA_HEAD = areaHeadPattern(["امانه", "بلديه", "مخيم", "مناطق", "محافظات", "مدن", "قري", "اهالي", "سكان"]);

/**
 * A city of places.data.ts the tagger left untagged where only a place can stand: right after a word for a
 * settlement or an area (أمير منطقة الباحة، بلدية محافظة بلقرن), or joined by و to a place just named (من جازان
 * ونجران). The tagger was trained before the list (few Saudi cities are in its training sentences: عسير، الباحة،
 * أبها، ينبع). After a preposition (في الأحساء، مكتب العمل بخيبر) too, when the word is written as the list
 * writes it (الخبر, not في خبر) and is not mostly a common word there (الخبر "the news", تربة "soil": these are
 * read after a word for an area only).
 */
export function citiesAfterAreaHeads(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  const placeEndsAt = new Set(raws.filter((r) => r.type === "LOC").map((r) => r.b));
  const added: Raw[] = [];
  for (let i = 1; i < toks.length; i++) {
    if (covered[i]) continue;
    const t = toks[i] as Tok;
    const prev = toks[i - 1] as Tok;
    const afterHead = AREA_HEAD.test(prev.text) && !covered[i - 1];
    const joined = placeEndsAt.has(i) && /^و./u.test(t.text);
    const afterPreposition = !afterHead && !joined;
    const named = afterPreposition ? cityAfterPreposition(prev, t) : t.text;
    if (named === null || !WORDY.test(t.text) || idiomAhead(named, toks[i + 1])) continue;
    // The longest listed name from here: two words, then one. After a preposition one word, written as the list
    // writes it (في الخبر, not في خبر), or two when the second is a side's adjective (في الغوطة الشرقية): the
    // list's other names of two words include a person's (حي حليمة السعدية → تذكرني بحليمة السعدية) and a
    // phrase's (منطقة منزوعة السلاح).
    const two = toks[i + 1];
    const len =
      two !== undefined &&
      !covered[i + 1] &&
      (!afterPreposition || SIDE.test(gazKey(two.text))) &&
      isCityKey(`${gazKey(named)} ${gazKey(two.text)}`)
        ? 2
        : isCityKey(gazKey(named)) && (!afterPreposition || isCityWord(named))
          ? 1
          : 0;
    if (len === 0) continue;
    const words = toks.slice(i, i + len);
    // A joined name's و is the conjunction (وحفر الباطن), which trimmedStart sees only before a one-word place.
    const cut = joined ? 1 : named !== t.text ? t.text.length - named.length : trimmedStart(t.text, "LOC");
    added.push({
      a: i,
      b: i + len,
      type: "LOC",
      s: t.s + cut,
      e: (words[len - 1] as Tok).e,
      key: words.map((w) => gazKey(w.text)),
    });
    // The next city may be joined to this one (عسير وجازان ونجران).
    placeEndsAt.add(i + len);
    i += len - 1;
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/** A side's adjective by its key (الشرقية → شرقيه), the second word of a region's name (الغوطة الشرقية). */
const SIDE = /^(?:شرقي|غربي|شمالي|جنوبي)ه$/u;

/**
 * A word for an event named for its city (مهرجان أبها للتسوق، بمعرض جدة للكتاب، ملتقى زيوريخ), with its clitics:
 * the annotated corpora tag a place after such a word a place (NewsFANE 25 times in 28, ANERcorp 21 in 24, Wojood
 * 2 in 2; the others inside a building's or an event's whole name), and the tagger leaves the cities it seldom met
 * untagged there.
 */
const EVENT_HEAD = /^[وف]?[بلك]?(?:مهرجان|معرض|ملتقي|مؤتمر|منتدي|بطوله|ماراثون|رالي)$/u;

/** Cities that begin an idiom with the next word (its start, folded): مسقط رأسه "his birthplace", not Muscat. */
const IDIOMS: ReadonlyMap<string, RegExp> = new Map([["مسقط", /^راس/u]]);

/** Whether city word `named` and the token after it make an idiom of `IDIOMS` (في مسقط رأسها). */
function idiomAhead(named: string, next: Tok | undefined): boolean {
  const start = IDIOMS.get(gazKey(named));
  return start !== undefined && next !== undefined && start.test(next.text);
}

/** بحجة (on the pretext of) is an expression: Yemen's governorate حجة is read after في or محافظة. */
const GLUED_EXPRESSIONS: ReadonlySet<string> = new Set(["بحجه"]);

/**
 * The word a city may be read in when token `t` follows a preposition or an event's word (`prev`) or has ب glued
 * to it (بجدة → جده): that word, not a city mostly written for something else; or null.
 */
function cityAfterPreposition(prev: Tok, t: Tok): string | null {
  let w: string;
  if ((PLACE_PREPOSITIONS.has(prev.text) || EVENT_HEAD.test(prev.text)) && prev.line === t.line) w = t.text;
  else if (GLUED_BI.test(t.text) && !isCityWord(t.text) && !GLUED_EXPRESSIONS.has(t.text.replace(/^[وف]/u, "")))
    w = t.text.replace(GLUED_BI, "");
  else return null;
  return isCommonCityWord(w) ? null : w;
}

/**
 * A place's mention takes the settlement word right before it (في مدينة | قلقيلية → مدينة قلقيلية), without
 * the word's clitics (بمدينة → مدينة). The entity stays the place (`Raw.ns`), so that مدينة قلقيلية and
 * قلقيلية are one. Not when the word belongs to another mention (محافظ منطقة | الرياض as a role).
 */
export function settlementHeads(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "LOC" || r.role || r.a < 1 || covered[r.a - 1]) continue;
    const head = toks[r.a - 1] as Tok;
    const cut = settlementHeadCut(head.text);
    if (cut < 0 || head.group >= 0) continue;
    r.ns = r.s;
    r.a -= 1;
    r.s = head.s + cut;
  }
}
