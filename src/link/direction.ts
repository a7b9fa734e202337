/**
 * Copy direction: which article of a reuse link is the source, with the evidence.
 *
 * Evidence, strongest first:
 * 1. Agency: one article IS an agency's wire (its outlet is the agency, e.g. `was` = واس) and the other
 *    credits that agency, or simply is not an agency: outlets copy agencies, not the reverse.
 * 2. A credited agency: when both credit it, or one does and the other credits none, both took the agency's
 *    wire (outside the corpus) and neither copied the other, whichever was published first: undecided
 *    (`source: null`), the agency recorded (`agency`). An outlet that credits the agency took its text from it.
 * 3. Earlier publication (`publishedAt`), at the precision both dates share.
 * 4. Otherwise undecided.
 */

import { foldText } from "../arabic/fold.js";
import type { Article, PassagePair, ReuseDirection } from "../model/types.js";

/** A news agency: how articles credit it (folded text) and which corpus outlets are its wire. */
interface Agency {
  id: string;
  /** Display name in the evidence. */
  name: string;
  /** Unambiguous credits, matched as whole words anywhere in the head or tail of the text. */
  long: string[];
  /** Short credits (واس، قنا…) that are also ordinary words or names: only next to a delimiter (- ( : , ) /) or at the start. */
  short: string[];
  /** Outlet ids (as readers set `Article.outlet`) that are this agency. */
  outlets: string[];
}

/** Credits are written in folded form (أ→ا, ة→ه, ى→ي) because they are matched in folded text. */
const AGENCIES: Agency[] = [
  { id: "spa", name: "واس", long: ["وكاله الانباء السعوديه"], short: ["واس"], outlets: ["was", "spa", "spa.gov.sa"] },
  { id: "ina", name: "واع", long: ["وكاله الانباء العراقيه"], short: ["واع"], outlets: ["ina", "ina.iq"] },
  { id: "xinhua", name: "شينخوا", long: ["شينخوا"], short: [], outlets: ["xinhua", "xinhuanet"] },
  { id: "reuters", name: "رويترز", long: ["رويترز"], short: [], outlets: ["reuters"] },
  { id: "afp", name: "أ ف ب", long: ["فرانس برس", "فرانس بريس"], short: ["ا ف ب", "اف ب"], outlets: ["afp"] },
  { id: "ap", name: "أ ب", long: ["اسوشيتد برس", "اسوشييتد برس"], short: ["ا ب"], outlets: ["ap"] },
  { id: "dpa", name: "د ب أ", long: ["الوكاله الالمانيه"], short: ["د ب ا"], outlets: ["dpa"] },
  { id: "qna", name: "قنا", long: ["وكاله الانباء القطريه"], short: ["قنا"], outlets: ["qna"] },
  { id: "wam", name: "وام", long: ["وكاله انباء الامارات"], short: ["وام"], outlets: ["wam"] },
  { id: "kuna", name: "كونا", long: ["وكاله الانباء الكويتيه"], short: ["كونا"], outlets: ["kuna"] },
  { id: "sana", name: "سانا", long: ["الوكاله العربيه السوريه للانباء"], short: ["سانا"], outlets: ["sana"] },
  { id: "mena", name: "أ ش أ", long: ["وكاله انباء الشرق الاوسط"], short: ["ا ش ا"], outlets: ["mena"] },
  { id: "petra", name: "بترا", long: ["وكاله الانباء الاردنيه"], short: ["بترا"], outlets: ["petra"] },
  { id: "tap", name: "وات", long: ["وكاله تونس افريقيا للانباء"], short: ["وات"], outlets: ["tap"] },
  { id: "anadolu", name: "الأناضول", long: ["وكاله الاناضول"], short: ["الاناضول"], outlets: ["anadolu", "aa"] },
  { id: "agencies", name: "وكالات", long: [], short: ["وكالات"], outlets: [] },
];

/** Credits stand at the start (dateline) or the end of a body: only that much of each end is searched. */
const HEAD_CHARS = 300;
const TAIL_CHARS = 200;

const toPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const MATCHERS = AGENCIES.map((g) => {
  const parts: string[] = [];
  if (g.long.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${g.long.map(toPattern).join("|")})(?![\\p{L}\\p{N}])`);
  if (g.short.length) {
    const forms = g.short.map(toPattern).join("|");
    // After a delimiter or the start ("الرياض - واس", "(واس)"), or right before one ("واس- الرياض").
    parts.push(`(?:^|[(\\-:,/|]\\s*)(?:${forms})(?![\\p{L}\\p{N}])`);
    parts.push(`(?:^|(?<![\\p{L}\\p{N}]))(?:${forms})\\s*[-:)/|]`);
  }
  // Cheap prefilter: the first word of some form must occur before the regex runs.
  const firstWords = [...g.long, ...g.short].map((f) => f.split(" ")[0] as string);
  return { agency: g, re: new RegExp(parts.join("|"), "u"), firstWords };
});

const OUTLET_AGENCY = new Map<string, Agency>();
for (const g of AGENCIES) for (const o of g.outlets) OUTLET_AGENCY.set(o, g);

/**
 * Agencies an article credits: its dateline's agency, and credits at the head or tail of its text.
 *
 * @example creditedAgencies({ ...article, text: "الرياض - واس: أعلن ..." }); // ["spa"]
 */
export function creditedAgencies(article: Pick<Article, "text" | "dateline" | "byline">): string[] {
  const cached = CREDITS.get(article);
  if (cached && cached.text === article.text) return cached.ids;
  const ids = readCredits(article);
  CREDITS.set(article, { text: article.text, ids });
  return ids;
}

/** Credits per article object (an article is linked against many candidates; its credits are read once). */
const CREDITS = new WeakMap<object, { text: string; ids: string[] }>();

function readCredits(article: Pick<Article, "text" | "dateline" | "byline">): string[] {
  const text = article.text;
  const ends =
    text.length <= HEAD_CHARS + TAIL_CHARS
      ? text
      : `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - TAIL_CHARS)}`;
  // The byline credits an agency too (byline «واس», «هدى جاسم، وكالات (بغداد)»).
  const hay = [
    foldText(ends),
    article.dateline?.agency ? foldText(article.dateline.agency) : "",
    article.byline ? foldText(article.byline) : "",
  ];
  const out: string[] = [];
  for (const { agency, re, firstWords } of MATCHERS) {
    if (hay.some((h) => firstWords.some((w) => h.includes(w)) && re.test(h))) out.push(agency.id);
    else if (article.dateline?.agency && agency.short.includes(foldText(article.dateline.agency).trim())) {
      out.push(agency.id);
    }
  }
  return out;
}

/** What direction needs of an article (an `Article` will do). */
export type DirectionInput = Pick<Article, "id" | "outlet" | "text" | "publishedAt" | "dateline" | "byline">;

/** The agency an outlet id is, if any. */
export function outletAgency(outlet: string): string | null {
  return OUTLET_AGENCY.get(outlet.toLowerCase())?.id ?? null;
}

const agencyName = (id: string) => AGENCIES.find((g) => g.id === id)?.name ?? id;

/** " (by 2 h 5 min)" between two full timestamps, so a reader can weigh a few minutes against a day. */
function gap(earlier: string | undefined, later: string | undefined): string {
  if (!earlier || !later || earlier.length <= 10 || later.length <= 10) return "";
  const min = Math.round((Date.parse(later) - Date.parse(earlier)) / 60_000);
  if (!Number.isFinite(min)) return "";
  return min < 60 ? ` (by ${min} min)` : ` (by ${Math.floor(min / 60)} h ${min % 60} min)`;
}

/** Compares two publication dates at the precision both share: < 0 when `x` is earlier, 0 when tied or unknown. */
function compareDates(x: string | undefined, y: string | undefined): number {
  if (!x || !y) return 0;
  const dayOnly = x.length <= 10 || y.length <= 10;
  if (dayOnly) {
    const dx = x.slice(0, 10);
    const dy = y.slice(0, 10);
    return dx < dy ? -1 : dx > dy ? 1 : 0;
  }
  const tx = Date.parse(x);
  const ty = Date.parse(y);
  if (Number.isNaN(tx) || Number.isNaN(ty)) return 0;
  return tx - ty;
}

/**
 * Which article is the source, with evidence: a wire agency's own article over its reprints (credited
 * agency), then earlier publication; undecided (`source: null`) otherwise. `passages` (from
 * `alignPassages(a.text, b.text)`) add the shared extent to the evidence.
 *
 * @example
 * copyDirection(wasArticle, okazArticle, passages);
 * // { source: wasArticle.id, evidence: ["b credits واس; a is واس's own wire (outlet was)", …] }
 */
export function copyDirection(a: DirectionInput, b: DirectionInput, passages: PassagePair[]): ReuseDirection {
  const evidence: string[] = [];
  const ga = outletAgency(a.outlet);
  const gb = outletAgency(b.outlet);
  const ca = creditedAgencies(a);
  const cb = creditedAgencies(b);
  const words = passages.reduce((s, p) => s + p.words, 0);
  if (words > 0) evidence.push(`${passages.length} shared passage(s), ${words} aligned words`);
  const sideLabel = (x: "a" | "b") => (x === "a" ? a : b);
  const decide = (src: "a" | "b"): ReuseDirection => ({ source: sideLabel(src).id, evidence });

  // 1. An agency's own wire over its reprints.
  if (ga && ga !== gb) {
    evidence.push(
      cb.includes(ga)
        ? `b credits ${agencyName(ga)}; a is ${agencyName(ga)}'s own wire (outlet ${a.outlet})`
        : `a is the wire agency ${agencyName(ga)} (outlet ${a.outlet}); b is an outlet`,
    );
    return decide("a");
  }
  if (gb && gb !== ga) {
    evidence.push(
      ca.includes(gb)
        ? `a credits ${agencyName(gb)}; b is ${agencyName(gb)}'s own wire (outlet ${b.outlet})`
        : `b is the wire agency ${agencyName(gb)} (outlet ${b.outlet}); a is an outlet`,
    );
    return decide("b");
  }

  // 2. A credited agency's wire: both credit it, or one does and the other credits none. (وكالات, "agencies",
  // names no one wire.)
  const common = ca.filter((g) => cb.includes(g));
  for (const g of common) evidence.push(`both credit ${agencyName(g)}: a common source, possibly outside the corpus`);
  for (const g of ca) if (!common.includes(g)) evidence.push(`a credits ${agencyName(g)}`);
  for (const g of cb) if (!common.includes(g)) evidence.push(`b credits ${agencyName(g)}`);
  const wire =
    common.find((g) => g !== "agencies") ??
    (cb.length === 0
      ? ca.find((g) => g !== "agencies")
      : ca.length === 0
        ? cb.find((g) => g !== "agencies")
        : undefined);
  if (wire !== undefined) return { source: null, evidence, agency: agencyName(wire) };

  // 3. Earlier publication.
  const da = a.publishedAt?.value;
  const db = b.publishedAt?.value;
  const cmp = compareDates(da, db);
  if (cmp < 0) {
    evidence.push(`earlier publication: a ${da} before b ${db}${gap(da, db)}`);
    return decide("a");
  }
  if (cmp > 0) {
    evidence.push(`earlier publication: b ${db} before a ${da}${gap(db, da)}`);
    return decide("b");
  }
  if (!da || !db) evidence.push("undated: direction by date unknown");
  else evidence.push(`same publication time (${da.length <= 10 || db.length <= 10 ? "day" : "instant"})`);
  if (a.dateline?.raw) evidence.push(`a dateline: ${a.dateline.raw}`);
  if (b.dateline?.raw) evidence.push(`b dateline: ${b.dateline.raw}`);
  // 4. Undecided.
  return { source: null, evidence };
}
