/**
 * Mines given names the name lists lack from the unlabelled news corpora (SaudiNewsNet, ANT multi-source, ANT
 * Jawhara FM under ../shared/data/corpora) and writes src/annotate/entities/mined-names.data.ts.
 *
 *   npm run build:names      (or MARSAD_SHARED=/path/to/shared/data npx tsx scripts/mine-given-names.ts)
 *
 * A given name is the word a title of address or of a trade puts right before a person (السيد يسري مصطفى، الفنانة
 * ياسمينة العلي، اللواء منير …) when a word the name lists or the tagger's training data know as a person's follows
 * it, or the word before بن or بنت and such a word (سطام بن عبدالعزيز، موزا بنت محمد): a father's name follows a
 * given name there, and the titles alone miss the names news writes with a lineage (Gulf royals, ministers). A word
 * is kept when (every count is of articles, not of occurrences):
 * - it stands so in at least `MIN_NAMED_ARTICLES` articles;
 * - at least `MIN_NAMED_SHARE` of the articles that write it bare (no article, no clitic) write it so: a common
 *   word that a title happens to precede (الفنان يقدم …، اللواء ركن) is written bare far more often elsewhere;
 * - the articles that write it with the article ال are at most `MAX_DEFINITE_RATIO` times those that write it bare:
 *   a noun or an adjective is written with ال as often as without (الجمال، النمر), a given name rarely;
 * - the articles that write it with a possessive pronoun are at most `MAX_SUFFIXED_RATIO` of those: a noun takes
 *   one (خليفته، خليفتها), a name does not;
 * - it is not a stopword, a title or a role's head, a particle of a name (عبد، أبو، بن), a place of the
 *   gazetteers, or a word of fewer than three letters, and it does not start with ال;
 * - it is not a name with a conjunction or a preposition glued to it (وتميم، باسامة، للوليد: the word without it
 *   stands so too); the rule that reads the list takes a word only as written.
 * Requiring a person's word after it keeps the list small and clean (69 words, 34 the lists lack: زهير، مسفر، رامز،
 * عايض، طحنون); taking any word that is no stopword there let in prepositions glued to a police's or a ministry's
 * head (العقيد بشرطة، ارسل). بن and بنت brought the list from 69 to 139 words (سلمان، فيصل، متعب، سطام، جلوي،
 * قابوس، طرفة، مكرم). Output is deterministic (sorted) so a rebuild on the same corpora produces no diff.
 * MINED_DEBUG=file writes every candidate the lists lack with its counts (kept, word, as a given name, bare, with ال,
 * with a pronoun), tab-separated.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadAntMultisource, loadJawhara, loadSaudiNewsNet } from "../bench/cluster.js";
import { gazKey, isCityKey, isLastName, isPlaceKey } from "../src/annotate/entities/features.js";
import { PERSON_TITLES, ROLE_HEADS } from "../src/annotate/entities/lexicon.js";
import { isFirstName, NAME_PARTICLE_ENDS } from "../src/annotate/entities/name-words.js";
import { loadTagger } from "../src/annotate/entities/tagger.js";
import { foldText } from "../src/arabic/fold.js";
import { isStopword } from "../src/arabic/stopwords.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(repoRoot, "src/annotate/entities/mined-names.data.ts");

/** Fewest articles that must write the word as a given name (`namedAt`): below 3, one story's name. */
const MIN_NAMED_ARTICLES = 3;
/** Least share of the articles writing the word bare that write it as a given name (`namedAt`). */
const MIN_NAMED_SHARE = 0.1;
/** Most articles writing the word with ال per article writing it bare. */
const MAX_DEFINITE_RATIO = 0.5;
/**
 * Most articles writing the word with a possessive pronoun per article writing it bare: خليفة (a caliph, a successor:
 * خليفته، خليفتها) in 32 of its 752, each of the other words kept at 0.
 */
const MAX_SUFFIXED_RATIO = 0.01;

/** Titles of address and of trades that precede a person's given name, folded (masculine and feminine). */
const TITLES: ReadonlySet<string> = new Set(
  [
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "المهندس",
    "المهندسة",
    "الشيخ",
    "الشيخة",
    "الأستاذ",
    "الأستاذة",
    "الحاج",
    "الحاجة",
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الفنان",
    "الفنانة",
    "الكاتب",
    "الكاتبة",
    "الشاعر",
    "الشاعرة",
    "الروائي",
    "الروائية",
    "الإعلامي",
    "الإعلامية",
    "الصحفي",
    "الصحفية",
    "المخرج",
    "المخرجة",
    "الممثل",
    "الممثلة",
    "المطرب",
    "المطربة",
    "المحامي",
    "المحامية",
    "اللاعب",
    "اللاعبة",
    "الزميل",
    "الزميلة",
    "المواطن",
    "المواطنة",
    "الطالب",
    "الطالبة",
    "الشهيد",
    "الشهيدة",
    "الأسير",
    "الأسيرة",
  ].map(foldText),
);

const WORD = /[\p{L}\p{M}]+/gu;

interface Counts {
  named: Map<string, number>;
  bare: Map<string, number>;
  definite: Map<string, number>;
  /** Articles writing the word with a possessive pronoun (خليفته، خليفتها، كتابهم): a noun's, never a name's. */
  suffixed: Map<string, number>;
}

/** The word a possessive pronoun was cut off, or null: خليفتها → خليفه, كتابهم → كتاب (folded). */
function possessed(w: string): string | null {
  const m = /^(.{3,}?)(ته|تها|تهم|تهما|ها|هم|هما|كم)$/u.exec(w);
  if (m === null) return null;
  const [, stem = "", suffix = ""] = m;
  return suffix.startsWith("ت") ? `${stem}ه` : stem;
}

/** A word a person's name continues with: a listed or trained given or family name, or a family's nisba. */
function personWord(w: string): boolean {
  if (isFirstName(w) || isLastName(w)) return true;
  return loadTagger().knownType(gazKey(w)) === "PER";
}

/** Words that put a given name before a father's: بن and بنت (not ابن, a son in a phrase: ابن عم، ابن البلد). */
const FILIATIONS: ReadonlySet<string> = new Set(["بن", "بنت"]);

/**
 * True when the word at `i` stands where a given name does: after a title of address and before a person's word
 * (السيد زهير الصالح), or before بن or بنت and a person's word (سطام بن عبدالعزيز، موزا بنت محمد).
 */
function namedAt(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined) return false;
  if (i > 0 && TITLES.has(words[i - 1] as string) && personWord(next)) return true;
  const after = words[i + 2];
  return FILIATIONS.has(next) && after !== undefined && personWord(after);
}

function count(texts: Iterable<string>): Counts {
  const c: Counts = { named: new Map(), bare: new Map(), definite: new Map(), suffixed: new Map() };
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const text of texts) {
    const words = foldText(text).match(WORD) ?? [];
    const named = new Set<string>();
    const bare = new Set<string>();
    const definite = new Set<string>();
    const suffixed = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (w.startsWith("ال")) definite.add(w.slice(2));
      else bare.add(w);
      const stem = possessed(w);
      if (stem !== null) suffixed.add(stem);
      if (namedAt(words, i)) named.add(w);
    }
    for (const w of named) bump(c.named, w);
    for (const w of bare) bump(c.bare, w);
    for (const w of definite) bump(c.definite, w);
    for (const w of suffixed) bump(c.suffixed, w);
  }
  return c;
}

/** The word without a glued conjunction or preposition, each way it may read: للوليد → لوليد، وليد. */
function proclitic(w: string): string[] {
  if (!/^[وفبلك]/u.test(w)) return [];
  return w.startsWith("لل") ? [w.slice(1), w.slice(2)] : [w.slice(1)];
}

function kept(w: string, n: number, c: Counts): boolean {
  if (n < MIN_NAMED_ARTICLES || w.length < 3 || /^[وف]?[بلك]?ال/u.test(w) || isStopword(w)) return false;
  // A noun or a verb with a pronoun on it (قصيدته، يغادرها), not a name.
  if (w.length >= 5 && /(?:ته|تها|تهم|ها|هم|هما)$/u.test(w)) return false;
  const k = gazKey(w);
  if (ROLE_HEADS.has(k) || PERSON_TITLES.has(k) || PERSON_TITLES.has(w) || TITLES.has(`ال${w}`)) return false;
  if (NAME_PARTICLE_ENDS.has(w) || isPlaceKey(k) || isCityKey(k)) return false;
  // وتميم، باسامة، للوليد: a conjunction or a preposition on a name that stands so on its own.
  if (proclitic(w).some((rest) => c.named.has(rest))) return false;
  const bare = c.bare.get(w) ?? n;
  if (n / bare < MIN_NAMED_SHARE) return false;
  if ((c.suffixed.get(w) ?? 0) > MAX_SUFFIXED_RATIO * bare) return false;
  return (c.definite.get(w) ?? 0) <= MAX_DEFINITE_RATIO * bare;
}

function* texts(): Generator<string> {
  for (const load of [loadSaudiNewsNet, loadAntMultisource, loadJawhara]) {
    for (const a of load()) yield `${a.title ?? ""}\n${a.text}`;
  }
}

const c = count(texts());
const names = [...c.named].filter(([w, n]) => kept(w, n, c)).map(([w]) => w);
names.sort();
const body = `// GENERATED by scripts/mine-given-names.ts from ../shared/data/corpora (SaudiNewsNet, ANT multi-source, ANT
// Jawhara FM). Do not edit.

/**
 * Given names mined from unlabelled news (folded): words written between a title (السيد، الدكتورة، اللواء، الفنانة)
 * and a person's name word, or before بن or بنت and a person's name word, in at least ${MIN_NAMED_ARTICLES} articles, in at least ${MIN_NAMED_SHARE * 100}% of the articles that write them bare,
 * written with ال at most ${MAX_DEFINITE_RATIO} times as often as bare and rarely with a possessive pronoun. ${names.length} words.
 */
export const MINED_GIVEN_NAMES: readonly string[] = [
${names.map((w) => `  ${JSON.stringify(w)},\n`).join("")}];
`;
writeFileSync(out, body);
console.log(`mined given names: ${names.length} (${names.filter((w) => !isFirstName(w)).length} not yet known)`);
if (process.env.MINED_DEBUG) {
  const rows = [...c.named]
    .filter(([w, n]) => n >= 2 && !isFirstName(w))
    .map(
      ([w, n]) =>
        `${kept(w, n, c) ? "+" : "-"}\t${w}\t${n}\t${c.bare.get(w) ?? 0}\t${c.definite.get(w) ?? 0}\t${c.suffixed.get(w) ?? 0}`,
    );
  writeFileSync(process.env.MINED_DEBUG, `${rows.join("\n")}\n`);
}
