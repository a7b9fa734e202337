/**
 * Builds src/annotate/entities/places.data.ts: names of cities, provinces and districts read off
 * unlabeled news. The country lists of ../shared/data/lexicons hold no city, and the tagger knows
 * عسير، جازان، الباحة only from the few it met in its training sentences: the entity finder reads the
 * list after the tagger (find.ts `citiesAfterAreaHeads`), the clusterer in headlines (src/cluster/places.ts).
 *
 * A word is a place when news keeps writing it right after a word for a settlement or an
 * administrative area (منطقة عسير، محافظة القنفذة، مدينة سوسة، ولاية صفاقس، معتمدية …):
 * - at least `MIN_AFTER_HEAD` times, and in at least `MIN_HEAD_SHARE` of all its occurrences, so
 *   a common word that sometimes follows such a head (منطقة صناعية، مدينة الملك …) stays out;
 * - mostly in the form it has there, with or without the article: an adjective (منطقة منكوبة،
 *   منطقة عازلة) is more often definite elsewhere (المناطق المنكوبة), a common noun after a
 *   definite name (منطقة الجزاء، منطقة اليورو) more often bare (ركلة جزاء، مليون يورو);
 * - two words when the pair makes up at least half of the first word's uses after a head
 *   (مكة المكرمة، دير الزور، حفر الباطن), the first word alone only if enough uses are left; not when the
 *   second word is an adjective many words take (قرية الليوان التراثية) or the pair mostly starts a
 *   longer name (ريو دي جانيرو);
 * - never a feminine participle agreeing with the area's word (منطقة منزوعة السلاح).
 * The places of datelines (`الرياض - واس:`, extract's `cutDateline`) seen at least twice are added.
 *
 * Only names are written: no text and no counts. Deterministic: same corpora, same bytes.
 *
 *   npx tsx scripts/build-places.ts                                  # all three corpora
 *   npx tsx scripts/build-places.ts --corpora ant,jawharafm --out /tmp/places.data.ts
 */

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type CorpusArticle, loadAntMultisource, loadJawhara, loadSaudiNewsNet } from "../bench/cluster.js";
import { gazKey, isPlaceKey, nisbaPlace } from "../src/annotate/entities/features.js";
import { areaHeadPattern, GLUED_BI, PLACE_PREPOSITIONS } from "../src/annotate/entities/names.js";
import { foldText } from "../src/arabic/fold.js";
import { stripClitics } from "../src/arabic/stem.js";
import { isStopword } from "../src/arabic/stopwords.js";
import { cutDateline } from "../src/extract/byline.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const CORPORA: Record<string, { load: () => CorpusArticle[]; name: string }> = {
  saudinewsnet: {
    load: loadSaudiNewsNet,
    name: "SaudiNewsNet (github.com/inparallel/SaudiNewsNet @ 4e392399, CC BY-NC-SA 4.0)",
  },
  ant: {
    load: loadAntMultisource,
    name: "ANT multi-source v2.1 (github.com/antcorpus/antcorpus.multisource.data @ f117ce44, Apache-2.0)",
  },
  jawharafm: {
    load: loadJawhara,
    name: "ANT Jawhara FM v1.1 (github.com/antcorpus/antcorpus.data @ 06f6a10e, Apache-2.0)",
  },
};

/** Uses after a head a place needs. */
export const MIN_AFTER_HEAD = 5;
/** Share of a word's occurrences that follow a head. */
export const MIN_HEAD_SHARE = 0.1;
/** Share of a word's occurrences in the form (with or without the article) it has after a head. */
export const MIN_FORM_SHARE = 0.5;
/** Share of a word's uses after a head that a following word must take to make a two-word name. */
export const MIN_PAIR_SHARE = 0.5;
/** Distinct words before a pair's second word that `countPlaces` keeps count of. */
export const MAX_PREDECESSORS = 200;
/** Times a dateline must name a place. */
export const MIN_DATELINE = 2;
/**
 * Share of a one-word place's occurrences in a place's positions (after a head, after في/من/إلى/بين, glued to ب)
 * below which its word is mostly something else (الخبر "the news" 0.10, الشرقية 0.04, تربة "soil" 0.21, البيضاء
 * 0.20), so that the entity finder reads it only after a word for an area. Saudi regions and cities stand at
 * 0.43–0.63 (عسير، الأحساء، القصيم), أبها، ينبع and جدة at 0.30–0.35 before their glued ب is counted.
 */
export const MIN_PLACED_SHARE = 0.3;
/**
 * Uses after في/من/إلى a word that begins with ب or ل needs when the word without that letter is more frequent:
 * otherwise the letter is a preposition (مدينة بملاعب، من منطقة لأخرى), not the place's (لحج، بريدة).
 */
export const MIN_PREPOSITION_USES = 2;

/** A word for a settlement or administrative area (names.ts `AREA_HEADS`), never with the article. */
const HEAD = areaHeadPattern();
/** A verb's present with an object pronoun (مدينة يقطنها، منطقة يريدونها): never a place. */
const VERB_WITH_OBJECT = /^[يتن]\p{L}+(?:ها|هم|هما)$/u;
/**
 * A feminine passive participle without the article (منطقة منزوعة السلاح، منطقة مأهولة): an adjective agreeing with
 * the area's word, never a place's name.
 */
const PASSIVE_PARTICIPLE = /^م\p{L}{2}و\p{L}ه$/u;
/**
 * Distinct words a pair's second word must follow to be an adjective when it is definite and feminine (قرية
 * الليوان التراثية، قرية الظبية التابعة لمحافظة صبيا, after 179 and over 200 words): a name's second word
 * follows few (مكة المكرمة 23, المدينة المنورة 11, حليمة السعدية 10).
 */
export const MIN_ADJECTIVE_PREDECESSORS = 50;
/** A word: letters and marks (the corpora's words, without digits and punctuation). */
const WORD = /[\p{L}\p{M}]+/gu;
/** The clitics left of a key end with the article. */
const ARTICLE_END = /(?:ال|لل)$/u;

export interface Counts {
  total: Map<string, number>;
  definite: Map<string, number>;
  afterHead: Map<string, number>;
  /** Surface forms after a head, by key. */
  surfaces: Map<string, Map<string, number>>;
  /** "key1 key2" after a head → its surface forms. */
  pairs: Map<string, Map<string, number>>;
  datelines: Map<string, number>;
  /** "key1 key2" anywhere in the text, for the pairs seen after a head. */
  pairsAnywhere: Map<string, number>;
  /** The words right after those pairs anywhere, by pair. */
  pairNext: Map<string, Map<string, number>>;
  /** Distinct words right before the second words of those pairs anywhere (up to `MAX_PREDECESSORS`). */
  predecessors: Map<string, Set<string>>;
  /** Keys after في/من/إلى/بين. */
  afterPreposition: Map<string, number>;
  /** Words glued to ب (بجدة، بالأحساء), by the key of what follows the ب (جده، احساء). */
  gluedBi: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
const bumpIn = (m: Map<string, Map<string, number>>, k: string, s: string) => {
  let x = m.get(k);
  if (!x) {
    x = new Map();
    m.set(k, x);
  }
  bump(x, s);
};
/** The most frequent entry, ties by code-unit order. */
const top = (m: Map<string, number>): [string, number] =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0] as [string, number];
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

function isDefinite(folded: string, key: string): boolean {
  return folded.length > key.length && ARTICLE_END.test(folded.slice(0, folded.length - key.length));
}

/** Counts words, words after heads and dateline places over `articles`. */
export function countPlaces(articles: Iterable<{ title: string; text: string }>): Counts {
  const c: Counts = {
    total: new Map(),
    definite: new Map(),
    afterHead: new Map(),
    surfaces: new Map(),
    pairs: new Map(),
    datelines: new Map(),
    pairsAnywhere: new Map(),
    pairNext: new Map(),
    predecessors: new Map(),
    afterPreposition: new Map(),
    gluedBi: new Map(),
  };
  const texts: string[][] = [];
  for (const a of articles) {
    const place = cutDateline(a.text.trim().split(/\n+/u)[0] ?? "")?.dateline.place;
    if (place) bump(c.datelines, place.replace(/[\u064B-\u0652\u0640]/gu, ""));
    for (const text of [a.title, a.text]) {
      const words = text.match(WORD) ?? [];
      const folded = words.map(foldText);
      const keys = folded.map(stripClitics);
      texts.push(keys);
      for (let i = 0; i < words.length; i++) {
        const f = folded[i] as string;
        const k = keys[i] as string;
        bump(c.total, k);
        if (isDefinite(f, k)) bump(c.definite, k);
        if (i > 0 && PLACE_PREPOSITIONS.has(folded[i - 1] as string)) bump(c.afterPreposition, k);
        if (GLUED_BI.test(f)) bump(c.gluedBi, stripClitics(f.replace(GLUED_BI, "")));
        if (i + 1 >= words.length || !HEAD.test(f)) continue;
        const next = folded[i + 1] as string;
        if (next.length < 2 || isStopword(next)) continue;
        const k1 = keys[i + 1] as string;
        bump(c.afterHead, k1);
        bumpIn(c.surfaces, k1, next);
        const after = folded[i + 2];
        if (after !== undefined && !isStopword(after) && !HEAD.test(after))
          bumpIn(c.pairs, `${k1} ${keys[i + 2]}`, `${next} ${after}`);
      }
    }
  }
  // Second pass: how often each pair seen after a head stands anywhere.
  for (const [p, s] of c.pairs)
    if (sum(s) >= MIN_AFTER_HEAD) {
      c.pairsAnywhere.set(p, 0);
      c.predecessors.set(p.slice(p.indexOf(" ") + 1), new Set());
    }
  for (const keys of texts)
    for (let i = 0; i + 1 < keys.length; i++) {
      const k2 = keys[i + 1] as string;
      const before = c.predecessors.get(k2);
      if (before && before.size < MAX_PREDECESSORS) before.add(keys[i] as string);
      const p = `${keys[i]} ${k2}`;
      const n = c.pairsAnywhere.get(p);
      if (n === undefined) continue;
      c.pairsAnywhere.set(p, n + 1);
      const next = keys[i + 2];
      if (next !== undefined) bumpIn(c.pairNext, p, next);
    }
  return c;
}

/** Share of the occurrences of `key` in the form `surface` has: with the article or without. */
function formShare(surface: string, key: string, c: Counts): number {
  const definite = (c.definite.get(key) ?? 0) / (c.total.get(key) ?? 1);
  return isDefinite(surface, key) ? definite : 1 - definite;
}

/** A side's adjective (الغوطة الشرقية، الضفة الغربية): a name's second word however many words it follows. */
const SIDE = /^(?:شرقي|غربي|شمالي|جنوبي)ه$/u;

/** Directions a place is said to lie in (عتليت جنوب حيفا): never a name's second word. */
const DIRECTION = /^[بو]?(?:شمال|جنوب|شرق|غرب|وسط)$/u;

/**
 * Whether a folded word can be the second word of a place's name: not a direction, not a
 * country's adjective (ميلانو الإيطالية), not a word behind a conjunction or preposition
 * (يانجون بميانمار، المنقم بمديرية، هدبان والشارع) unless the bare word is rare (سيدي بوزيد).
 */
function pairWord(folded: string, key: string, c: Counts): boolean {
  if (DIRECTION.test(folded) || nisbaPlace(key) !== null) return false;
  if (
    /^ال\p{L}{2,}ه$/u.test(folded) &&
    !SIDE.test(key) &&
    (c.predecessors.get(key)?.size ?? 0) >= MIN_ADJECTIVE_PREDECESSORS
  )
    return false;
  if (/^[وف]?(?:[بلو]ال|لل)/u.test(folded)) return false;
  const bare = /^[وبل]/u.test(folded) ? (c.total.get(folded.slice(1)) ?? 0) : 0;
  return bare <= (c.total.get(key) ?? 0);
}

/**
 * Share of a word's uses a pair must stand before, when the word follows the pair in `MIN_PAIR_SHARE` of its uses,
 * for the pair to be the start of a longer name (`startsLongerName`).
 */
export const MIN_NEXT_SHARE = 0.1;

/**
 * Whether pair `p` (`together` uses anywhere) is mostly the start of a longer name: one word follows it in at least
 * `MIN_PAIR_SHARE` of its uses and stands after it in `MIN_NEXT_SHARE` of its own (ريو دي | جانيرو، منطقة تكيرداغ
 * محمد | جيلان: a governor's name), unlike a common word after a place (ليتل راك | بولاية أركنساس).
 */
function startsLongerName(p: string, together: number, c: Counts): boolean {
  const next = c.pairNext.get(p);
  if (!next || next.size === 0) return false;
  const [k3, n] = top(next);
  return n >= MIN_PAIR_SHARE * together && n >= MIN_NEXT_SHARE * (c.total.get(k3) ?? 0);
}

/** What `choosePlaces` finds: place names, and those of one word that are mostly another word. */
export interface ChosenPlaces {
  /** Place names (folded), sorted. */
  places: string[];
  /** The one-word `places` whose uses are mostly not a place's (see `MIN_PLACED_SHARE`), sorted. */
  commonWords: string[];
}

/** Whether the one-word name `surface` (key `key`) reads as a preposition glued to another word (بملاعب، لأخرى). */
function prepositionReading(surface: string, key: string, c: Counts): boolean {
  if (!/^[بل]/u.test(surface)) return false;
  const rest = stripClitics(surface.slice(1));
  return (
    (c.total.get(rest) ?? 0) > (c.total.get(key) ?? 0) && (c.afterPreposition.get(key) ?? 0) < MIN_PREPOSITION_USES
  );
}

/**
 * Share of the uses of one-word name `surface` (key `key`) in a place's positions: after a head or a
 * preposition, glued to ب. A bare name's glued uses (بجدة) are words of their own, outside its `total`;
 * a definite name's (بالأحساء) are inside it.
 */
function placedShare(surface: string, key: string, c: Counts): number {
  const glued = c.gluedBi.get(key) ?? 0;
  const placed = (c.afterHead.get(key) ?? 0) + (c.afterPreposition.get(key) ?? 0) + glued;
  const outside = isDefinite(surface, key) ? 0 : glued;
  return placed / ((c.total.get(key) ?? 0) + outside || 1);
}

/** The place names the counts support. */
export function choosePlaces(c: Counts): ChosenPlaces {
  const out = new Set<string>();
  const pairsOf = new Map<string, [string, Map<string, number>][]>();
  for (const [p, s] of c.pairs) {
    const k1 = p.slice(0, p.indexOf(" "));
    const list = pairsOf.get(k1) ?? [];
    list.push([p, s]);
    pairsOf.set(k1, list);
  }
  for (const [k, n] of c.afterHead) {
    if (n < MIN_AFTER_HEAD) continue;
    const surface = top(c.surfaces.get(k) as Map<string, number>)[0];
    if (VERB_WITH_OBJECT.test(surface) || PASSIVE_PARTICIPLE.test(surface)) continue;
    let alone = n;
    for (const [p, s] of pairsOf.get(k) ?? []) {
      const m = sum(s);
      if (m < MIN_AFTER_HEAD || m < MIN_PAIR_SHARE * n) continue;
      // One word of the pair is hardly ever without the other (شرم الشيخ، مكة المكرمة), unlike a
      // city and its country's adjective (إزميت التركية) or a name's ordinary words (الحرس الوطني).
      const [k1, k2] = p.split(" ") as [string, string];
      const second = (top(s)[0].split(" ")[1] ?? "") as string;
      if (!pairWord(second, k2, c) || formShare(surface, k, c) < MIN_FORM_SHARE) continue;
      const together = c.pairsAnywhere.get(p) ?? 0;
      const bound = Math.max(together / (c.total.get(k1) ?? 1), together / (c.total.get(k2) ?? 1));
      if (bound < MIN_PAIR_SHARE || startsLongerName(p, together, c)) continue;
      out.add(top(s)[0]);
      alone -= m;
    }
    const total = (c.total.get(k) ?? 0) - (n - alone);
    if (alone < MIN_AFTER_HEAD || alone < MIN_HEAD_SHARE * total) continue;
    if (formShare(surface, k, c) < MIN_FORM_SHARE || prepositionReading(surface, k, c)) continue;
    out.add(surface);
  }
  for (const [p, n] of c.datelines) if (n >= MIN_DATELINE) out.add(foldText(p));
  const places = [...out].sort();
  const commonWords = places.filter((p) => !p.includes(" ") && placedShare(p, stripClitics(p), c) < MIN_PLACED_SHARE);
  return { places, commonWords };
}

/** CLDR's Arabic time-zone names, whose exemplar cities (Europe/Helsinki → هلسنكي) are added to the corpora's. */
const CLDR_ZONES = "cldr-dates-full/main/ar/timeZoneNames.json";
const CLDR_NAME = "Unicode CLDR 48 exemplar cities (cldr-dates-full 48.2.0, Unicode-3.0, © Unicode, Inc.)";

/**
 * Uses in the corpora from which a CLDR city's counts can speak against it: a city named fewer times is kept (no
 * common word is that rare in news), one named more is kept only as `chooseExemplarCities` says.
 */
export const MIN_CLDR_USES = 5;
/**
 * Share of a CLDR city's uses in a place's positions (after a head or في/من/إلى/بين, glued to ب) below which its
 * word is mostly something else: مدريد 0.04 (ريال مدريد), ترك 0.12 (the verb), صوفيا 0.17 (a woman's name), دبي
 * 0.19 (mostly in names of events and companies); capitals named as their governments stand at 0.20–0.60 (دمشق،
 * روما، موسكو، هلسنكي). Those under `MIN_PLACED_SHARE` are read after a word for an area only.
 */
export const MIN_CLDR_PLACED_SHARE = 0.2;

/**
 * The exemplar cities of CLDR's time-zone names (`zone/<area>/<city>/exemplarCity`), in CLDR's order; not the
 * unknown city of Etc/Unknown.
 *
 * @example
 * exemplarCities({ main: { ar: { dates: { timeZoneNames: { zone: { Europe: { Helsinki: { exemplarCity: "هلسنكي" } } } } } } } });
 * // ["هلسنكي"]
 */
export function exemplarCities(json: unknown): string[] {
  const out: string[] = [];
  const walk = (o: unknown, area: string) => {
    if (typeof o !== "object" || o === null) return;
    for (const [k, v] of Object.entries(o)) {
      const city = (v as { exemplarCity?: unknown }).exemplarCity;
      if (typeof city === "string") {
        if (area !== "Etc") out.push(city);
      } else walk(v, area || k);
    }
  };
  walk(
    (json as { main?: { ar?: { dates?: { timeZoneNames?: { zone?: unknown } } } } }).main?.ar?.dates?.timeZoneNames
      ?.zone,
    "",
  );
  return out;
}

/**
 * The CLDR cities to add to the places the corpora gave (`listed`), folded, and those of them read after a word for
 * an area only (`commonWords`). One word only: the finder reads a name of several words after an area's word,
 * where the corpora find the frequent ones themselves (ساو باولو، لوس انجلوس), and CLDR's include descriptions
 * (حي الأمير السفلي). Not a country or territory of the gazetteer (فيجي، موناكو، الكويت). A city named at least
 * `MIN_CLDR_USES` times is kept when it is mostly written in CLDR's form (نوم "sleep" is mostly النوم) and at least
 * `MIN_CLDR_PLACED_SHARE` of its uses are a place's; not one more often glued to ب than alone (بترول, petrol).
 */
export function chooseExemplarCities(names: readonly string[], c: Counts, listed: ReadonlySet<string>): ChosenPlaces {
  const places = new Set<string>();
  const commonWords = new Set<string>();
  for (const name of names) {
    const f = foldText(name);
    if (!/^[\p{L}\p{M}]+$/u.test(f) || listed.has(f) || isPlaceKey(gazKey(f))) continue;
    const k = stripClitics(f);
    // Written after a glued ب more often than alone, the city is the end of another word (بترول: ترول).
    if ((c.gluedBi.get(k) ?? 0) > (c.total.get(k) ?? 0)) continue;
    if ((c.total.get(k) ?? 0) >= MIN_CLDR_USES) {
      const share = placedShare(f, k, c);
      if (formShare(f, k, c) < MIN_FORM_SHARE || share < MIN_CLDR_PLACED_SHARE) continue;
      if (share < MIN_PLACED_SHARE) commonWords.add(f);
    }
    places.add(f);
  }
  return { places: [...places].sort(), commonWords: [...commonWords].sort() };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpora: { type: "string", default: "saudinewsnet,ant,jawharafm" },
      out: { type: "string", default: path.join(repoRoot, "src/annotate/entities/places.data.ts") },
    },
  });
  const names = (values.corpora as string).split(",").map((x) => x.trim());
  for (const n of names)
    if (!CORPORA[n]) throw new Error(`--corpora: unknown corpus "${n}" (known: ${Object.keys(CORPORA).join(", ")})`);
  function* articles(): Generator<CorpusArticle> {
    for (const n of names) yield* (CORPORA[n] as { load: () => CorpusArticle[] }).load();
  }
  const counts = countPlaces(articles());
  const mined = choosePlaces(counts);
  const zones = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(CLDR_ZONES), "utf8")) as unknown;
  const cldr = chooseExemplarCities(exemplarCities(zones), counts, new Set(mined.places));
  const places = [...mined.places, ...cldr.places].sort();
  const commonWords = [...mined.commonWords, ...cldr.commonWords].sort();
  const body = `// GENERATED by scripts/build-places.ts; do not edit. Names of places (folded) read off unlabeled news:
// words that follow a word for a settlement or area (منطقة، محافظة، مدينة، ولاية …) and datelines' places.
// Only the names are taken from the corpora, no text and no counts:
${names.map((n) => `//   ${(CORPORA[n] as { name: string }).name}`).join("\n")}
// With the one-word cities of ${CLDR_NAME}
// that the corpora do not mostly write for something else.

/** Cities, provinces and districts (folded: ا for أ/إ/آ, ي for ى, ه for ة), sorted. */
export const CITIES: readonly string[] = [
${places.map((p) => `  ${JSON.stringify(p)},\n`).join("")}];

/**
 * The one-word CITIES that news mostly writes for something else (الخبر: the news; تربة: soil): fewer than
 * ${MIN_PLACED_SHARE} of their uses follow a word for an area, في/من/إلى/بين, or a glued ب.
 */
export const COMMON_WORD_CITIES: readonly string[] = [
${commonWords.map((p) => `  ${JSON.stringify(p)},\n`).join("")}];
`;
  writeFileSync(values.out as string, body);
  console.log(
    `${places.length} places (${cldr.places.length} from CLDR, ${places.filter((p) => p.includes(" ")).length} of several words, ${commonWords.length} mostly common words) → ${values.out}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
