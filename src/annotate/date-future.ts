/**
 * Does a word put its clause in the future? Dates need it: «ستعقد القمة الخميس» is the coming Thursday, «عقدت
 * القمة الخميس» the last one, and «ستعقد في 3 فبراير» is next February when it is written in December. Arabic
 * marks the future with سوف or with س glued on the present verb, and news adds من المقرر، المزمع، يعتزم.
 */
import type { DateToken } from "../arabic/dates.js";
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
  // A glued و or ف: on a word of four letters or less only before a marker (وسوف، فسوف), not a verb's root letter.
  const glued = (w[0] === "و" || w[0] === "ف") && (w.length > 4 || FUTURE_MARKERS.has(w.slice(1)));
  const bare = glued ? w.slice(1) : w;
  return FUTURE_MARKERS.has(w) || FUTURE_MARKERS.has(bare) || futureVerb(bare);
}

/**
 * Present verbs of a scheduled event (folded, he and she): news announces a match, a meeting or a launch in the
 * present (تنطلق البطولة يوم السبت، ويلتقي الفريق الخميس، تقام المباراة الجمعة), and tells a past one in the perfect
 * (انطلقت، التقى، أقيمت), so a weekday such a verb governs is the coming one. So do the present verbs of how long
 * it lasts (وتستمر حتى الجمعة، وينتهي الثلاثاء، تتواصل الأربعاء): a truce, a visit or a storm told in the present has
 * not ended yet. Generic verbs (يكون، يتم، يشهد، يعلن) are left out: they also tell what happens every week or what
 * was said today.
 */
const SCHEDULED = new Set([
  "تنطلق",
  "ينطلق",
  "تبدا",
  "يبدا",
  "تعقد",
  "يعقد",
  "تقام",
  "يقام",
  "تجري",
  "يجري",
  "تختتم",
  "يختتم",
  "يلتقي",
  "تلتقي",
  "يستضيف",
  "تستضيف",
  "يحتضن",
  "تحتضن",
  "يخوض",
  "تخوض",
  "يواجه",
  "تواجه",
  "يلعب",
  "تلعب",
  "يزور",
  "تزور",
  "يفتتح",
  "تفتتح",
  "تستانف",
  "يستانف",
  "يستمر",
  "تستمر",
  "يتواصل",
  "تتواصل",
  "يمتد",
  "تمتد",
  "ينتهي",
  "تنتهي",
]);
/** Words right before a present verb that put it in the past (كان يلتقي، لم يبدأ، قبل أن تنطلق), folded. */
const PAST_BEFORE_PRESENT = new Set(["كان", "كانت", "وكان", "وكانت", "لم", "ولم", "لما"]);
/** كان a few words before the verb makes the plan a past one (كان من المقرر أن يبدأ، كان من المفترض أن تبدأ). */
const WAS = /^[وف]?كان(?:ت|وا)?$/;
/** How far before the verb كان may stand. */
const WAS_WINDOW = 4;
/** Tokens that end the clause a scheduling verb is looked for in. */
const CLAUSE_ENDS = new Set([".", "،", ",", "؛", ";", ":", "!", "?", "؟", "«", "»", '"', "(", ")"]);
/** How far back (tokens) a scheduling verb may stand from the weekday it governs. */
const SCHEDULE_WINDOW = 8;

/**
 * True when the nearest verb before token `i` in its clause is a present verb of a scheduled event (`SCHEDULED`:
 * وتقام المباراة يوم الجمعة، يلتقي ماكرون الاثنين نظيره), not put in the past by كان، لم or قبل أن, and the weekday
 * is not after منذ (وتستضيف روسيا منذ الخميس: the event has begun). A comma right before the weekday (ويبدأ
 * النهائي، الخميس) does not end the clause.
 *
 * @example
 * scheduledBefore(dateTokens(fold("وتقام المباراة يوم الجمعة").text), 3); // true
 */
export function scheduledBefore(toks: readonly DateToken[], i: number): boolean {
  let j = i - 1;
  if (toks[j]?.w === "يوم") j--;
  if (/^[وف]?منذ$/.test(toks[j]?.w ?? "")) return false;
  if (toks[j]?.w === "،" || toks[j]?.w === ",") j--;
  for (const stop = j - SCHEDULE_WINDOW; j >= 0 && j > stop; j--) {
    const w = toks[j]!.w;
    if (CLAUSE_ENDS.has(w)) return false;
    const b = w.length > 4 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
    if (SCHEDULED.has(b)) {
      const p = toks[j - 1]?.w ?? "";
      if (PAST_BEFORE_PRESENT.has(p) || (p === "ان" && toks[j - 2]?.w === "قبل")) return false;
      for (let k = j - 1; k >= 0 && k >= j - WAS_WINDOW; k--) if (WAS.test(toks[k]!.w)) return false;
      return true;
    }
    if (isVerbLike(w)) return false;
  }
  return false;
}
