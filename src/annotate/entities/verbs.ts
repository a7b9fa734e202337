/**
 * Is a folded word a verb? Entity rules need to know where a role phrase ends (وزير الدفاع الأميركي | يقدم
 * التهنئة للأمير …), and Arabic writes no mark on a verb. Two sources: listed verbs (the quote cues, the verbs of
 * saying and the verbs news uses for what officials do), and the distributional word clusters
 * (models/clusters.tsv.gz), where verbs gather by their contexts: a fine cluster holding several listed verbs
 * is a cluster of verbs (قال، أكد، استقبل، اجتمع، ناقش …), and a coarse cluster holding several listed present
 * forms is one of present verbs (يصافح، يتقبل، يفتتح …). The clusters are the committed table the tagger uses,
 * so no word list of their members is kept here.
 */

import { foldText } from "../../arabic/fold.js";
import { CUES } from "../quote-cues.js";
import { clusterToken, defaultClusters } from "./clusters.js";
import { gazKey } from "./features.js";
import { PERSON_TITLES, ROLE_HEADS, SAY_VERBS } from "./lexicon.js";

/**
 * What officials do in the news (received, met, visited, congratulated, sponsored, opened, chaired, presented,
 * sent, directed, attended, toured, signed), folded, in the past (he, she) and present (he, she): listed
 * because their clusters are shared with sport (يلتقي), or with nouns (قدم، بحث).
 */
const DEED_VERBS: ReadonlySet<string> = new Set(
  [
    ["استقبل", "يستقبل"],
    ["التقى", "يلتقي"],
    ["اجتمع", "يجتمع"],
    ["زار", "يزور"],
    ["هنأ", "يهنئ"],
    ["رعى", "يرعى"],
    ["افتتح", "يفتتح"],
    ["دشن", "يدشن"],
    ["ترأس", "يترأس"],
    ["قدم", "يقدم"],
    ["بعث", "يبعث"],
    ["وجه", "يوجه"],
    ["حضر", "يحضر"],
    ["تفقد", "يتفقد"],
    ["وقع", "يوقع"],
    ["تلقى", "يتلقى"],
    ["أشاد", "يشيد"],
    ["شارك", "يشارك"],
    ["بحث", "يبحث"],
    ["صافح", "يصافح"],
    ["تقبل", "يتقبل"],
    ["أجرى", "يجري"],
  ].flatMap(([past, present]) => {
    const p = foldText(past as string);
    const q = foldText(present as string);
    // هي: التقت، تلتقي (a final ى gives way to ت), هنأت.
    const pastShe = p.endsWith("ي") ? `${p.slice(0, -1)}ت` : `${p}ت`;
    return [p, pastShe, q, `ت${q.slice(1)}`];
  }),
);

/** Listed verbs (folded, without a conjunction): the cue verbs, the verbs of saying, `DEED_VERBS`. */
const LISTED: ReadonlySet<string> = (() => {
  const s = new Set<string>([...SAY_VERBS, ...DEED_VERBS]);
  for (const [k, c] of CUES) if (c === "verb" && !/^[وف]/u.test(k)) s.add(k);
  return s;
})();

/**
 * Listed verbs a fine cluster holds before it counts as a cluster of verbs: one or two are words read both ways
 * (بحث research, a noun cluster); the verb clusters of the committed table hold 3 to 34.
 */
const MIN_VERBS_IN_FINE_CLUSTER = 3;
/** Listed present forms a coarse cluster holds before its present-looking words count as verbs (4 clusters hold 5–11). */
const MIN_VERBS_IN_COARSE_CLUSTER = 5;

/** Present tense: a prefix ي or ت (and the future's س), three letters or more after it. */
const PRESENT_SHAPE = /^س?[يت]\p{L}{3,}$/u;

/** True for a folded word of a present verb's shape (يلتقي، تأتي، ستوزع): `PRESENT_SHAPE`, no conjunction before. */
export function presentShaped(folded: string): boolean {
  return PRESENT_SHAPE.test(folded);
}

/** True for a folded word among `DEED_VERBS`, what officials do in the news (دشن، استقبل، ترأس; past and present). */
export function deedVerb(folded: string): boolean {
  return DEED_VERBS.has(folded);
}

let clusterSets: { fine: Set<number>; coarse: Set<number> } | null = null;

/** The verb clusters of the committed table (see the module comment), found once. */
function verbClusters(): { fine: Set<number>; coarse: Set<number> } {
  if (clusterSets !== null) return clusterSets;
  const table = defaultClusters();
  const fine = new Map<number, Set<string>>();
  const coarse = new Map<number, number>();
  for (const v of LISTED) {
    const key = clusterToken(v);
    const ids = table.get(key);
    if (ids === undefined) continue;
    const f = ids & 0x3ff;
    fine.set(f, (fine.get(f) ?? new Set()).add(key));
    if (PRESENT_SHAPE.test(v) && table.levels >= 3) {
      const c = (ids >> 20) & 0x3ff;
      coarse.set(c, (coarse.get(c) ?? 0) + 1);
    }
  }
  clusterSets = {
    fine: new Set([...fine].filter(([, keys]) => keys.size >= MIN_VERBS_IN_FINE_CLUSTER).map(([f]) => f)),
    coarse: new Set([...coarse].filter(([, n]) => n >= MIN_VERBS_IN_COARSE_CLUSTER).map(([c]) => c)),
  };
  return clusterSets;
}

/** A word with the article (or a preposition and the article) in front: a noun, whatever its cluster. */
const DEFINITE = /^(?:[وف]?[بلك]?ال|[وف]?لل)\p{L}{2,}$/u;

/**
 * Pronouns, prepositions and adverbs (folded) that the clusters gather among verbs because they stand where verbs
 * stand, before a subject or a clause (وهي في يونيو، بحسب ماكرون، عوضا عن، ذات يوم، علما بأن، بيد أن): closed
 * classes, never a verb. Not the stopwords at large, which hold verbs (كانت، يكون، يمكن، صار، عاد، قام), nor بين and
 * هنا, the folded forms of the listed بيّن and هنّأ.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "هو",
  "هي",
  "هم",
  "بحسب",
  "حسب",
  "عوضا",
  "عوض",
  "ذات",
  "علما",
  "تماما",
  "بيد",
  "لعل",
  "لئن",
  "عدا",
]);

/**
 * Whether a folded word, with or without its conjunction, is a pronoun, preposition or adverb that the clusters
 * gather among verbs (`FUNCTION_WORDS`: وهي، بحسب، عوضا): never a verb.
 *
 * @example
 * isFunctionWord("وهي"); // true
 */
export function isFunctionWord(folded: string): boolean {
  return FUNCTION_WORDS.has(folded) || FUNCTION_WORDS.has(folded.replace(/^[وف]/u, ""));
}

/**
 * A participle with the tanween of a circumstantial (مؤكدا، مشيرا، معربا: م, three letters or more, then ا): it
 * continues a report (وقال … مؤكدا أن), as the quote cues class it, but is no finite verb.
 */
const CIRCUMSTANTIAL = /^م\p{L}{3,}ا$/u;

/** The masdar of the second form (تأسيس، تعيين، تطوير: ت, two letters, ي, a letter), a noun whatever its cluster. */
const TAFIL = /^ت\p{L}{2}ي\p{L}$/u;

/**
 * A present of «she» (تمتد، ستنتخب), read as a verb when its «he» is one (يمتد، سينتخب): one verb, which the clusters
 * split when a feminine subject brings other contexts. Not the other way round: given names begin with ي (يسري، يزيد)
 * far more than with ت, and the «he» is the commoner form in the news, which the clusters know better.
 */
const SHE_PRESENT = /^س?ت\p{L}{3,}$/u;

/** Pronouns a noun takes at its end (سموه، معاليه، رئيسها); a verb takes them too, as its object (قتله). */
const PRONOUN_SUFFIX = /^(\p{L}{3,}?)(?:ه|ها|هما|هم|كم)$/u;

/**
 * True for a folded word that reads as a verb (قال، اجتمع، يقدم، التقى، وتابعت): a listed verb, or a word of a verb
 * cluster. Never a role head or a title (رئيس، الأمير) or one with a pronoun (سموه), a word with the article other
 * than a listed verb that begins with its letters (التقى، التزم), a function word (`FUNCTION_WORDS`: وهي، بحسب), a
 * masdar of the second form (تأسيس) or a circumstantial participle (مؤكدا).
 *
 * @example
 * isVerbLike("اجتمع"); // true
 * isVerbLike("الدفاع"); // false
 */
export function isVerbLike(folded: string): boolean {
  const w = /^[وف]\p{L}{3,}$/u.test(folded) && !LISTED.has(folded) ? folded.slice(1) : folded;
  if (LISTED.has(w)) return true;
  if (isFunctionWord(folded)) return false;
  if (DEFINITE.test(w) || CIRCUMSTANTIAL.test(w) || TAFIL.test(w)) return false;
  if (headOrTitle(w)) return false;
  // سموه، معاليه، رئيسها: a title or an office with a pronoun.
  const stem = PRONOUN_SUFFIX.exec(w)?.[1];
  if (stem !== undefined && headOrTitle(stem)) return false;
  return clusterVerb(w) || (SHE_PRESENT.test(w) && clusterVerb(w.replace(/^(س?)ت/u, "$1ي")));
}

/** True for a folded word of a verb cluster (see the module comment). */
function clusterVerb(w: string): boolean {
  const ids = defaultClusters().get(clusterToken(w));
  if (ids === undefined) return false;
  const { fine, coarse } = verbClusters();
  return fine.has(ids & 0x3ff) || (PRESENT_SHAPE.test(w) && coarse.has((ids >> 20) & 0x3ff));
}

/** A folded word that is a role head or a person's title (رئيس، وزير، الأمير، سمو). */
function headOrTitle(w: string): boolean {
  const key = gazKey(w);
  return ROLE_HEADS.has(key) || PERSON_TITLES.has(key) || PERSON_TITLES.has(w);
}

/** Shortest word on either side of a missing space that `gluedVerbAt` splits at. */
const MIN_GLUED_PART = 3;

/**
 * Where a verb begins inside a folded word that is two words with the space between them lost (الشيشانيالتقى →
 * 9, العهدوجه → 5): a word with the article, then a listed verb. -1 for a word the cluster table knows, or one
 * that splits no such way.
 *
 * @example
 * gluedVerbAt("الشيشانيالتقي"); // 8
 */
export function gluedVerbAt(folded: string): number {
  if (!folded.startsWith("ال") || folded.length < 2 + 2 * MIN_GLUED_PART) return -1;
  const table = defaultClusters();
  if (table.get(clusterToken(folded)) !== undefined) return -1;
  for (let p = 2 + MIN_GLUED_PART; p <= folded.length - MIN_GLUED_PART; p++) {
    const right = folded.slice(p);
    if (!LISTED.has(right)) continue;
    if (table.get(clusterToken(folded.slice(0, p))) !== undefined) return p;
  }
  return -1;
}
