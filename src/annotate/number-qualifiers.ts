/**
 * The words around a figure that say WHICH quantity of its kind it is: the place its sentence names (عدن،
 * تعز، مأرب; the Kuwaiti or Qatari market), the crude or index a price is of (برنت، غرب تكساس، داو جونز),
 * the weekday of a session, the year of a result, and the moment of a price (at settlement, by 15:30 GMT).
 * Two figures of one noun whose sentences name different ones of these are two quantities, not one
 * quantity reported differently: a roundup's two incidents, Brent beside WTI, this year beside last.
 */

import { foldText } from "../arabic/fold.js";
import { isArticleWeekday, lookupMonth } from "../arabic/months.js";
import { PLACES } from "./entities/gazetteer.data.js";
import { CITIES, COMMON_WORD_CITIES } from "./entities/places.data.js";
import { roadsApart, roadsOf } from "./number-roads.js";
import { sidesAfter, sidesApart, sidesBefore } from "./number-sides.js";
import { isNumberWord, words } from "./number-words.js";

/** What a figure's sentence names, by kind; a kind its sentence does not name is absent. */
export interface Qualifiers {
  /**
   * Countries (folded), and for a market's figures the markets named by a country's adjective (السوق الكويتي), by its
   * index (تاسي) or by its currency's (دينار كويتي).
   */
  countries: ReadonlySet<string>;
  /** Cities, provinces and districts (folded): a city and a country are not told apart (عسير، السعودية). */
  cities: ReadonlySet<string>;
  /**
   * The countries and cities that speak for the figure itself in a sentence of several clauses: its own clause's, else
   * those of the clauses that give no figure (a long sentence's other clauses name other incidents' places).
   */
  nearCountries: ReadonlySet<string>;
  nearCities: ReadonlySet<string>;
  /** Named prices and indices: crudes (برنت، غرب تكساس، سلة أوبك), stock indices (داو جونز، ناسداك), buy or sell. */
  names: ReadonlySet<string>;
  /** Weekdays (جلسة الخميس) and years (2014، العام الماضي → `prior`). */
  days: ReadonlySet<string>;
  years: ReadonlySet<string>;
  /**
   * True when its sentence names a month gone by before the figure (اغتيل يوم 29 يونيو (حزيران) الماضي، تبعه هجوم …
   * وأصيب 13 آخرون): its event may be an earlier one the article recalls, as one of a past year. Not a month after it
   * (احتجزت 20 متطرفا بينهم مدبر هجوم في مارس الماضي), which tells of something else.
   */
  pastMonth: boolean;
  /** The moment a price is taken at (settlement, opening, during the session, an hour: `at 1438`), or null. */
  moment: string | null;
  /**
   * The nights its sentence names, by their first weekday: «ليل السبت الأحد» (Saturday to Sunday) is not «ليل الأحد
   * الاثنين», though both name Sunday.
   */
  nights: ReadonlySet<string>;
  /**
   * The adjective of what the figure measures that tells one of two like things from the other, the nearest one before
   * the figure in its sentence (طريق مكة جدة السريع / القديم، المبنى الجديد، الجناح الشمالي، الاتصالات الثابتة), by its
   * stem.
   */
  descriptors: ReadonlySet<string>;
  /**
   * The batches, convoys, phases or rounds its sentence names with their ordinal (الدفعة الثالثة → `دفعه:3`, القافلة
   * الأولى → `قافله:1`): the third batch's 3 trucks are not the second batch's 5.
   */
  ordinals: ReadonlySet<string>;
  /**
   * The group of people «آخرون» continues when the figure counts others beside a group its sentence counted first
   * (مقتل 11 مدنيا وإصابة 16 آخرين → مدني; فقدت 4 من عناصرها، وأصيب 12 آخرون → عنصر): set by the caller that knows the
   * figure's noun; empty otherwise.
   */
  groups: ReadonlySet<string>;
  /**
   * Whose figure it is when a figure follows بـ after its owner (وشاركت السعودية بـ 24 لاعبا → السعوديه; شاركت فيها
   * 177 دولة بـ 700 لاعب → `all`, the total of a counted group): a place, or `all`; empty when none is named so.
   */
  owners: ReadonlySet<string>;
  /** The side of a fight the figure counts, from the words right after it (number-sides.ts): both, or one named. */
  sides: ReadonlySet<string>;
  /**
   * Short names its sentence quotes (فيلم «إنسايد آوت»، سهم "سابك"), folded: what a figure of money is of when two
   * films or products are ranked in one story.
   */
  quoted: ReadonlySet<string>;
  /**
   * The roads its sentence names (طريق الهجرة → «هجره», number-roads.ts), or the one road its article names when the
   * sentence names none (set by the caller that has the article): two roads are two accidents.
   */
  roads: ReadonlySet<string>;
}

/** The longest quoted span read as a name, in words: a longer one is a quote of what someone said. */
const QUOTED_NAME_WORDS = 4;

/** The short quoted names in a folded sentence (every quote mark folds to "). */
function quotedNames(folded: string): Set<string> {
  const out = new Set<string>();
  for (const m of folded.matchAll(/"([^"\n]{2,60})"/g)) {
    const ws = words(m[1]!);
    if (ws.length > 0 && ws.length <= QUOTED_NAME_WORDS) out.add(ws.join(" "));
  }
  return out;
}

/**
 * Characters looked at on each side of a figure for its sentence's ends: news sentences are shorter, and a text
 * with no punctuation must not make every figure read the whole text (linear time).
 */
const SENTENCE_REACH = 600;

/**
 * Where the sentence around [start, end) begins and ends in `text`: at . ! ? ؟ or a line break, not at a dot
 * between two digits (50.50 دولار, 1.12 دولار ليسجل 46 is one sentence), and at most `SENTENCE_REACH` away.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const isEnd = (i: number) => {
    const c = text[i];
    if (c === "\n" || c === "!" || c === "؟" || c === "?") return true;
    return c === "." && !(/[0-9٠-٩]/.test(text[i - 1] ?? "") && /[0-9٠-٩]/.test(text[i + 1] ?? ""));
  };
  const from = Math.max(0, start - SENTENCE_REACH);
  const to = Math.min(text.length, end + SENTENCE_REACH);
  let s = start - 1;
  while (s >= from && !isEnd(s)) s--;
  let e = end;
  while (e < to && !isEnd(e)) e++;
  return { start: s + 1, end: e };
}

/** Names of several words (اسلام اباد، غرب تكساس), by their first word: the rest of each name's words. */
function byFirstWord(names: Iterable<[string, string]>): Map<string, [string[], string][]> {
  const m = new Map<string, [string[], string][]>();
  for (const [name, value] of names) {
    const ws = name.split(" ");
    const list = m.get(ws[0]!) ?? [];
    list.push([ws.slice(1), value]);
    m.set(ws[0]!, list);
  }
  return m;
}

/** Place names that news writes as other names: a newspaper (لـ«الشرق الأوسط»). */
const NOT_PLACES = new Set([...COMMON_WORD_CITIES, "الشرق الاوسط"]);

/** Countries and regions of the world, folded, each standing for itself. */
const COUNTRY_NAMES = byFirstWord(
  PLACES.map((p) => foldText(p))
    .filter((p) => !NOT_PLACES.has(p))
    .map((p) => [p, p] as [string, string]),
);

/**
 * Capitals and big cities the news names bare, never after مدينة or محافظة, so the list read off the corpora lacks them
 * (وسط العاصمة صنعاء، أحياء عدة في دمشق، شمال سامراء), folded: a figure there is not one in عدن، حلب or تكريت.
 */
const BARE_CITIES: readonly string[] = [
  "صنعاء",
  "دمشق",
  "بغداد",
  "بيروت",
  "كابل",
  "طرابلس",
  "الخرطوم",
  "انقره",
  "طهران",
  "سامراء",
];

/**
 * Cities, provinces and districts, folded. The bare capitals stay even where the corpora find the name mostly written
 * for something else: a capital is most often its government (دمشق تعلن), which still names the place.
 */
const CITY_NAMES = byFirstWord(
  [...CITIES.filter((c) => !NOT_PLACES.has(c)), ...BARE_CITIES].map((p) => [p, p] as [string, string]),
);

/**
 * A country's adjective with the article (الكويتي، القطرية، السعودي، الأمريكية): the market or the crude of that
 * country. Read only for prices and market figures; for event counts the adjective names the actor (الجيش التركي)
 * as often as the place.
 */
const NISBA: ReadonlyMap<string, string> = new Map(
  PLACES.map((p) => foldText(p))
    .filter((p) => !p.includes(" "))
    .flatMap((p) => {
      const bare = p.replace(/^ال/, "").replace(/[اه]$/, "");
      if (bare.length < 3) return [];
      const adj = bare.endsWith("ي") ? bare : `${bare}ي`;
      return [
        [`ال${adj}`, p],
        [`ال${adj}ه`, p],
      ] as [string, string][];
    }),
);

/** A market's index named alone (تاسي), folded, by the adjective of its country. */
const MARKET_INDICES: ReadonlyMap<string, string> = new Map([["تاسي", "السعودي"]]);

/** Local currencies (دينار كويتي، ريال قطري), folded: the adjective after one names the market's country. */
const LOCAL_CURRENCY = /^(?:دينار|ريال|درهم|جنيه|ليره)$/;

/**
 * The country of a market the folded word `ws[k]` names: a country's adjective (السوق الكويتي), an index (تاسي), or,
 * with `currencies`, a local currency's adjective (9.68 مليون دينار كويتي); null for none. A figure of money reads no
 * currency's adjective: «ريال سعودي» is the currency of a grant to Yemen as well.
 */
function marketCountry(ws: readonly string[], k: number, currencies: boolean): string | null {
  const w = ws[k]!;
  const adjective = MARKET_INDICES.get(w) ?? (currencies && LOCAL_CURRENCY.test(ws[k - 1] ?? "") ? `ال${w}` : w);
  return NISBA.get(adjective) ?? null;
}

/**
 * Named prices: crudes, stock indices, and the buy or sell side of a rate. Folded; several spellings per name.
 * Outlets write the US crude as الخام الأمريكي or غرب تكساس, Brent as برنت or مزيج برنت.
 */
const PRICE_NAMES = byFirstWord(
  Object.entries({
    برنت: "brent",
    "غرب تكساس": "wti",
    تكساس: "wti",
    نايمكس: "wti",
    "الخام الامريكي": "wti",
    "الخام الاميركي": "wti",
    "الخام الامريكي الخفيف": "wti",
    "سله اوبك": "opec",
    "سله خامات اوبك": "opec",
    "خام دبي": "dubai",
    "خام عمان": "oman",
    "داو جونز": "dow",
    ناسداك: "nasdaq",
    ستاندرد: "sp500",
    نيكي: "nikkei",
    فوتسي: "ftse",
    "فايننشال تايمز": "ftse",
    داكس: "dax",
    كاك: "cac",
    "هانغ سينغ": "hangseng",
    "هانج سينج": "hangseng",
    الشراء: "buy",
    للشراء: "buy",
    البيع: "sell",
    للبيع: "sell",
  }),
);

/** A year (2014) or a year said in words: العام الماضي، السنة السابقة (prior), العام الجاري (this one). */
const YEAR_NOUNS = /^(?:ال|لل|بال|وال|في)?(?:عام|سنه|العام|السنه)$/;

const PRIOR = new Set(["الماضي", "الماضيه", "السابق", "السابقه", "المنصرم", "المنصرمه"]);

const CURRENT = new Set(["الجاري", "الحالي", "الحاليه", "الجاريه"]);

/** The month said as a noun (الشهر الماضي), folded. */
const MONTH_NOUN = /^(?:ال|لل|بال|وال|في)?(?:شهر|الشهر)$/;

/**
 * True when the folded words at `k` name a month gone by: a month's name, with the other calendar's in brackets or not,
 * then الماضي (يونيو (حزيران) الماضي), or الشهر الماضي.
 */
function pastMonthAt(ws: readonly string[], k: number): boolean {
  const w = ws[k]!;
  if (MONTH_NOUN.test(w)) return PRIOR.has(ws[k + 1] ?? "");
  if (lookupMonth(w) === undefined) return false;
  const next = ws[k + 1] ?? "";
  return PRIOR.has(next) || (lookupMonth(next) !== undefined && PRIOR.has(ws[k + 2] ?? ""));
}

/** Words before a span of time gone by (قبل عامين، بعد مرور نحو عامين على), folded. */
const AGO = /^(?:قبل|مرور)$/;

/** Years counted (عامين، سنوات، 30 عاما), folded; not months or weeks, which may be this year's. */
const YEARS_SPAN = /^(?:عام|عاما|عامين|سنه|سنتين|اعوام|سنوات|سنين|عقد|عقدين|عقود)$/;

/** The most words after AGO read for its span: قبل أكثر من 30 عاما. */
const AGO_REACH = 4;

/** Words between AGO and its span: a figure, an approximation, a few (قبل نحو 30 عاما، قبل بضع سنوات). */
const AGO_FILLER = /^(?:نحو|حوالي|قرابه|بضع|بضعه|عده|اكثر|اقل|من)$/;

/**
 * True when the folded words at `k` say some years ago (قبل عامين، قبل 17 عاما، بعد مرور نحو عامين على): a figure of
 * that sentence is of a past year, as one of «العام الماضي».
 */
function yearsAgo(ws: readonly string[], k: number): boolean {
  if (!AGO.test(ws[k]!)) return false;
  for (let j = k + 1; j <= k + AGO_REACH && j < ws.length; j++) {
    const w = ws[j]!;
    if (YEARS_SPAN.test(w)) return true;
    if (!AGO_FILLER.test(w) && !/^[0-9]/.test(w) && !isNumberWord(w)) return false;
  }
  return false;
}

/** Words that fix the moment of a price (عند التسوية، عند الإغلاق، في الافتتاح، أدنى مستوى، بحلول الساعة). */
const MOMENTS: readonly [RegExp, string][] = [
  [/^(?:[وبل]?ال)?(?:تسويه|اغلاق|ختام)$|^[وف]?اغلق|^[وف]?(?:يغلق|تغلق)/, "close"],
  [/^(?:[وبل]?ال)?افتتاح$|^[وف]?(?:افتتح|يفتتح|تفتتح)/, "open"],
];

/** A session's or an hour's price: بحلول الساعة 1530، أثناء الجلسة، منتصف التعاملات. */
const DURING = /^(?:اثناء|خلال|منتصف)$/;

const SESSION = /^(?:ال)?(?:جلسه|تعاملات|تداولات|تداول)$/;

function matchNames(ws: readonly string[], k: number, names: Map<string, [string[], string][]>): string | null {
  const list = names.get(ws[k]!);
  if (!list) return null;
  let best: [string[], string] | null = null;
  for (const e of list) {
    if (e[0].every((w, j) => ws[k + 1 + j] === w) && (best === null || e[0].length > best[0].length)) best = e;
  }
  return best?.[1] ?? null;
}

/** Clause ends within a sentence: a comma (not one between digits), a semicolon or a colon. */
const CLAUSE_END = /[،؛:;]|,(?![0-9])/u;

/**
 * The places that speak for the figure at [start, end) of the sentence `s`: those of its own clause when it names any
 * (وقتل خمسة … في منطقة الكنب قرب مدينة تعز، هذا وتتقدم … عدن → تعز), else those of the sentence's clauses that give no
 * figure of their own (قتل 9 أشخاص، وأصيب 81 آخرون، السبت إثر انفجارات في عدن → عدن; not «ونظم رحلة لـ450 معتمرا
 * لزيارة مكة», whose place is its own figure's); none when those name none.
 */
function placesNear(
  text: string,
  s: { start: number; end: number },
  start: number,
  end: number,
): { countries: Set<string>; cities: Set<string> } {
  const before = text.slice(s.start, start).split(CLAUSE_END);
  const after = text.slice(end, s.end).split(CLAUSE_END);
  const own = placesOf(words(`${before.at(-1)} ${text.slice(start, end)} ${after[0]}`));
  if (own.countries.size + own.cities.size > 0) return own;
  const others = [...before.slice(0, -1), ...after.slice(1)]
    .map((c) => words(c))
    .filter((ws) => !ws.some((w) => /^[0-9]/.test(w) || isNumberWord(w)));
  return placesOf(others.flatMap((ws) => [...ws, "،"]));
}

/**
 * Nouns of a place before a country's adjective that make it that country's place (العاصمة التشادية، المدن السورية،
 * الأراضي الفلسطينية), folded, with the article and a clitic. Not الحدود: «قرب الحدود السورية» is a Turkish town's.
 */
const PLACE_NOUN = /^(?:[وبلف]?ال|لل)(?:عاصمه|مدن|بلدات|قري|اراضي)$/;

/**
 * The countries and cities the folded words `ws` name (بعدن، وتعز، في مأرب: one clitic before a place), and a country by
 * its adjective after a noun of a place (في قلب العاصمة التشادية).
 */
function placesOf(ws: readonly string[]): { countries: Set<string>; cities: Set<string> } {
  const countries = new Set<string>();
  const cities = new Set<string>();
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const nisba = PLACE_NOUN.test(w) ? NISBA.get(ws[k + 1] ?? "") : undefined;
    if (nisba !== undefined) countries.add(nisba);
    const bare = /^[وبل]/.test(w) ? [w.slice(1), ...ws.slice(k + 1)] : null;
    const country = matchNames(ws, k, COUNTRY_NAMES) ?? (bare ? matchNames(bare, 0, COUNTRY_NAMES) : null);
    if (country !== null) countries.add(country);
    const city = matchNames(ws, k, CITY_NAMES) ?? (bare ? matchNames(bare, 0, CITY_NAMES) : null);
    if (city !== null) cities.add(city);
  }
  return { countries, cities };
}

/** The places an article's title names: its countries and cities, and the countries its markets name (`titlePlaces`). */
export interface TitlePlaces {
  countries: ReadonlySet<string>;
  cities: ReadonlySet<string>;
  /** Countries named by a market's adjective or index (تاسي، السوق الكويتي), for figures of prices, shares and deals. */
  markets: ReadonlySet<string>;
}

/**
 * The places a title names, read once for all the figures of its article (`withTitlePlaces`).
 *
 * @example
 * titlePlaces("تاسي تفقد 291 نقطة").markets; // the Saudi market's country
 */
export function titlePlaces(title: string): TitlePlaces {
  const ws = words(title);
  const { countries, cities } = placesOf(ws);
  const markets = new Set<string>();
  for (let k = 0; k < ws.length; k++) {
    const country = marketCountry(ws, k, false);
    if (country !== null) markets.add(country);
  }
  return { countries, cities, markets };
}

/**
 * The qualifiers `q` of a figure whose sentence names no place, with the places the article's title names (`title`,
 * from `titlePlaces`; a market's country by its adjective or index too, for `markets`: «تاسي تفقد 291 نقطة»):
 * «بورصات الخليج … الكويتي» or «حادث انقلاب بالمدينة» says where the figures of a text that never names the place
 * again are. `q` itself when its sentence names a place or the title none.
 *
 * @example
 * withTitlePlaces(q, titlePlaces("انقلاب سيارة في عرعر"), false).cities; // {"عرعر"} when q's sentence names no place
 */
export function withTitlePlaces(q: Qualifiers, title: TitlePlaces, markets: boolean): Qualifiers {
  if (q.countries.size + q.cities.size > 0) return q;
  const countries = new Set(title.countries);
  if (markets) for (const c of title.markets) countries.add(c);
  const cities = new Set(title.cities);
  if (countries.size + cities.size === 0) return q;
  return { ...q, countries, cities, nearCountries: countries, nearCities: cities };
}

/**
 * The qualifiers of the figure at [start, end) in `text`, read from its sentence; `prices` (money and index
 * points) also reads the moment of the price, and `markets` (prices, and a market's shares and deals) a market's
 * country as a place (السوق الكويتي، تاسي; for shares and deals دينار كويتي too).
 *
 * @example
 * const t = "ونزل سعر خام برنت عند التسوية إلى 49.52 دولار للبرميل";
 * qualifiersOf(t, 34, 39, true); // { names: {"brent"}, moment: "close", countries: {}, ... }
 */
export function qualifiersOf(
  text: string,
  start: number,
  end: number,
  prices: boolean,
  markets: boolean = prices,
): Qualifiers {
  const s = sentenceAround(text, start, end);
  const ws = words(text.slice(s.start, s.end));
  const names = new Set<string>();
  const days = new Set<string>();
  const years = new Set<string>();
  const nights = new Set<string>();
  let moment: string | null = null;
  const { countries, cities } = placesOf(ws);
  const near = placesNear(text, s, start, end);
  const before = words(text.slice(s.start, start));
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const market = markets ? marketCountry(ws, k, !prices) : null;
    if (market !== null) {
      countries.add(market);
      near.countries.add(market);
    }
    if (prices) {
      moment ??= MOMENTS.find(([re]) => re.test(w))?.[1] ?? null;
      // الساعة 1438 بتوقيت جرينتش beside الساعة 1020: two hours' prices.
      if (moment === null && w === "الساعه" && /^[0-9]/.test(ws[k + 1] ?? "")) moment = `at ${ws[k + 1]}`;
      if (moment === null && DURING.test(w) && SESSION.test(ws[k + 1] ?? "")) moment = "intraday";
    }
    const name = matchNames(ws, k, PRICE_NAMES);
    if (name !== null) names.add(name);
    const day = w.replace(/^[وب]/, "");
    if (isArticleWeekday(day)) days.add(day);
    if (/^(?:[وفب]?)(?:ليل|ليله)$/.test(w) && isArticleWeekday(ws[k + 1] ?? "")) nights.add(ws[k + 1]!);
    if (/^(?:19|20)[0-9]{2}$/.test(w)) years.add(w);
    if (YEAR_NOUNS.test(w)) {
      const next = ws[k + 1] ?? "";
      if (PRIOR.has(next)) years.add("prior");
      else if (CURRENT.has(next)) years.add("current");
    }
    if (yearsAgo(ws, k)) years.add("prior");
  }
  // The words after the figure up to the end of its clause or the next figure speak for its side.
  const clauseAfter = words(text.slice(end, s.end).split(/[،؛:;]|,(?![0-9])/u)[0] ?? "");
  const next = clauseAfter.findIndex((w) => /^[0-9]/.test(w) || isNumberWord(w));
  const sidesNext = sidesAfter(next < 0 ? clauseAfter : clauseAfter.slice(0, next));
  // يرتفع عدد القتلى في صفوف قوات الأمن إلى 60: the side follows the toll's noun before the figure.
  const clauseBefore = words(text.slice(s.start, start).split(CLAUSE_END).at(-1) ?? "");
  const sides = sidesNext.size > 0 ? sidesNext : sidesBefore(clauseBefore);
  // The nearest one before the figure is its own: «تراجع الاشتراكات الثابتة بسبب منافسة المتنقلة، ونمو … عبر شبكات
  // الاتصالات الثابتة إلى 3 ملايين» counts fixed lines.
  const nearest = words(text.slice(s.start, start))
    .map((w) => DESCRIPTOR.exec(w)?.[1])
    .findLast((d) => d !== undefined);
  const descriptors = new Set(nearest === undefined ? [] : [nearest]);
  const owners = ownersBefore(
    words(
      (
        text
          .slice(s.start, start)
          .split(/[،؛:;]|,(?![0-9])/u)
          .at(-1) ?? ""
      ).trim(),
    ),
  );
  return {
    countries,
    cities,
    nearCountries: near.countries,
    nearCities: near.cities,
    names,
    days,
    years,
    pastMonth: before.some((_, k) => pastMonthAt(before, k)),
    nights,
    moment,
    sides,
    owners,
    descriptors,
    ordinals: ordinalsOf(ws),
    groups: new Set(),
    quoted: quotedNames(foldText(text.slice(s.start, s.end))),
    roads: roadsOf(text.slice(s.start, s.end)),
  };
}

/**
 * Adjectives that set one of two like things apart (the old road and the express one, the new building, the northern
 * wing, fixed lines and mobile ones: الاتصالات الثابتة / المتنقلة), with the article, folded: the stem is the descriptor.
 */
const DESCRIPTOR = /^(?:[وب]?ال)(قديم|جديد|سريع|دائري|شمالي|جنوبي|شرقي|غربي|داخلي|خارجي|ثابت|متنقل)(?:ه)?$/;

/** Nouns of one of a series (a batch, a convoy, a phase, a round, an edition), folded, with the article. */
const SERIES = /^(?:[وفبل]?ال|لل)(دفعه|قافله|شحنه|مرحله|حمله|جوله|وجبه|رحله|دوره|نسخه|موجه)$/;

/** Ordinal adjectives with the article, folded, by their value: الأولى، الثاني، العاشرة. */
const ORDINALS: ReadonlyMap<string, number> = new Map(
  [
    ["اول", "اولي"],
    ["ثاني", "ثانيه"],
    ["ثالث", "ثالثه"],
    ["رابع", "رابعه"],
    ["خامس", "خامسه"],
    ["سادس", "سادسه"],
    ["سابع", "سابعه"],
    ["ثامن", "ثامنه"],
    ["تاسع", "تاسعه"],
    ["عاشر", "عاشره"],
  ].flatMap((forms, k) => forms.map((f) => [`ال${f}`, k + 1] as const)),
);

/** The series its folded words name with an ordinal right after the noun: «الدفعة الثالثة» → `دفعه:3`. */
function ordinalsOf(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < ws.length; k++) {
    const noun = SERIES.exec(ws[k]!)?.[1];
    const n = ORDINALS.get(ws[k + 1]!);
    if (noun !== undefined && n !== undefined) out.add(`${noun}:${n}`);
  }
  return out;
}

/** True when two sets of ordinals name one series with two ordinals (الدفعة الثانية beside الدفعة الثالثة). */
function ordinalsApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const of = (s: ReadonlySet<string>) => new Map([...s].map((x) => x.split(":") as [string, string]));
  const mb = of(b);
  return [...of(a)].some(([noun, n]) => mb.has(noun) && !b.has(`${noun}:${n}`));
}

/** The owner a total of a counted group names: «177 دولة بـ 700 لاعب» is every country's players. */
export const ALL_OWNERS = "all";

/**
 * The owner of a figure that follows بـ, from the folded words of its clause before it: a place (وشاركت السعودية بـ)
 * or a counted group (شاركت فيها 177 دولة بـ → `ALL_OWNERS`). Empty when the word before بـ is neither.
 */
function ownersBefore(before: readonly string[]): Set<string> {
  if (before.at(-1) !== "ب") return new Set();
  const owner = before.at(-2) ?? "";
  const figure = before.at(-3) ?? "";
  if (/^[0-9]/.test(figure) || isNumberWord(figure)) return new Set([ALL_OWNERS]);
  const place = matchNames([owner], 0, COUNTRY_NAMES) ?? matchNames([owner], 0, CITY_NAMES);
  return place === null ? new Set() : new Set([place]);
}

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/**
 * True when two figures of one noun are told apart by what their sentences name: countries, cities (of the whole
 * sentences, or those that speak for the figures themselves in sentences of several clauses), named
 * prices, weekdays, years, sides of a fight (both sides beside one) or owners (one country's players beside all
 * countries'), descriptors (the old road beside the express one), one series' ordinals (the second batch beside the
 * third), roads (طريق الهجرة beside طريق الملك فهد) or nights (ليل السبت الأحد beside
 * ليل الأحد الاثنين) or quoted names (two films' takings) that have nothing in common (a kind one sentence does not name tells nothing), or, for
 * prices, a moment that differs (a settlement price beside one taken during the session, or one with no moment).
 */
export function distinguished(a: Qualifiers, b: Qualifiers, prices: boolean): boolean {
  if (disjoint(a.countries, b.countries) || disjoint(a.cities, b.cities)) return true;
  if (disjoint(a.nearCountries, b.nearCountries) || disjoint(a.nearCities, b.nearCities)) return true;
  if (disjoint(a.names, b.names) || disjoint(a.days, b.days)) return true;
  if (disjoint(a.years, b.years) || sidesApart(a.sides, b.sides) || disjoint(a.owners, b.owners)) return true;
  if (disjoint(a.descriptors, b.descriptors) || disjoint(a.nights, b.nights)) return true;
  if (ordinalsApart(a.ordinals, b.ordinals) || roadsApart(a.roads, b.roads)) return true;
  if (disjoint(a.groups, b.groups) || disjoint(a.quoted, b.quoted)) return true;
  return prices && a.moment !== b.moment;
}
