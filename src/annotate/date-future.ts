/**
 * Does a word put its clause in the future? Dates need it: «ستعقد القمة الخميس» is the coming Thursday, «عقدت
 * القمة الخميس» the last one, and «ستعقد في 3 فبراير» is next February when it is written in December. Arabic
 * marks the future with سوف or with س glued on the present verb, and news adds من المقرر، المزمع، يعتزم.
 */
import { clusterToken, defaultClusters } from "./entities/clusters.js";
import { SAY_VERBS } from "./entities/lexicon.js";
import { isVerbLike } from "./entities/verbs.js";
import { CUES } from "./quote-cues.js";

/**
 * Words that put the clause they open in the future (folded): سوف، من المقرر، المزمع، يعتزم and the
 * future forms of the verbs that most often govern a date in news (ستعقد، سيزور، ستنطلق…), counted over
 * SaudiNewsNet. They seed `futureCue`, which also knows س on other present verbs.
 */
const FUTURE_MARKERS = new Set([
  "سوف",
  "المقرر",
  "المقرره",
  "مقرره",
  "مقرر",
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
/** س, a present prefix (he/she/we), then a stem of three letters or more: the shape of a future verb. */
const FUTURE_SHAPE = /^س[يتن]\p{L}{3,}$/u;

/** Bits of a packed cluster id that hold the middle level (128 clusters; see clusters.ts). */
const MID_LEVEL_SHIFT = 10;
const LEVEL_MASK = 0x3ff;

let futureClusters: ReadonlySet<number> | null = null;

/**
 * The middle-level word clusters that hold future verbs: those of the listed future forms and of س on the
 * singular present verbs of saying (ستؤكد، سيضيف: `SAY_VERBS` and the quote cues). The clusters gather words by their contexts, so a future verb
 * the lists lack (ستلتئم، ستواصل، ستستمر) sits beside listed ones, while سيارة and سياسة sit with nouns.
 * Plural forms (سيرون) are left out: a few of their clusters are mixed with names (سنابل، ستامفورد).
 */
function futureVerbClusters(): ReadonlySet<number> {
  if (futureClusters !== null) return futureClusters;
  const seeds = [...FUTURE_MARKERS].filter((w) => FUTURE_SHAPE.test(w));
  const saying = [...SAY_VERBS, ...[...CUES].filter(([, kind]) => kind === "verb").map(([k]) => k)];
  for (const v of saying) {
    if (!/^[يت]\p{L}{3,}$/u.test(v) || /[وا]ن$/u.test(v)) continue;
    seeds.push(`س${v}`, `س${v[0] === "ي" ? "ت" : "ي"}${v.slice(1)}`);
  }
  const table = defaultClusters();
  const mids = new Set<number>();
  for (const w of seeds) {
    const ids = table.get(clusterToken(w));
    if (ids !== undefined && table.levels >= 2) mids.add((ids >> MID_LEVEL_SHIFT) & LEVEL_MASK);
  }
  futureClusters = mids;
  return mids;
}

/**
 * س on a present verb (folded, no conjunction): the verb without its س is one (`isVerbLike`: ستنظر، سيناقش), or
 * the word sits in a cluster of future verbs (`futureVerbClusters`: ستلتئم). Not a noun that starts with س and a
 * present prefix: سياسة، سيارة، سنوات fall in no such cluster, and a plural in ات (ستينات) or a stem opening on ا
 * after the prefix (سناتور، سياستنا) is taken only as a known verb (ستأخذ).
 *
 * @example
 * futureVerb("ستلتئم"); // true
 * futureVerb("سيارات"); // false
 */
export function futureVerb(folded: string): boolean {
  if (!FUTURE_SHAPE.test(folded)) return false;
  if (isVerbLike(folded.slice(1))) return true;
  if (folded[2] === "ا" || folded.endsWith("ات")) return false;
  const ids = defaultClusters().get(clusterToken(folded));
  return ids !== undefined && futureVerbClusters().has((ids >> MID_LEVEL_SHIFT) & LEVEL_MASK);
}

/**
 * A folded word that puts its clause in the future: a listed cue (`FUTURE_MARKERS`) or a future verb
 * (`futureVerb`: ستلتئم، ستنظر، سيناقش), also with و or ف on it; not a noun that starts with س (سياسة، سيارة، سنوات).
 *
 * @example
 * futureCue("وستلتئم"); // true
 * futureCue("سياره"); // false
 */
export function futureCue(w: string): boolean {
  const bare = w.length > 4 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
  return FUTURE_MARKERS.has(w) || FUTURE_MARKERS.has(bare) || futureVerb(bare);
}
