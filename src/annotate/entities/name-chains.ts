/**
 * An Arabic full name is a chain: the person's own given name, then the father's, the grandfather's or the family's
 * (سيف يوسف أحمد الفلاسي، مختار محمد سعيد عبد الكريم). The tagger often finds the chain from the father's name on, which the name
 * lists know, and leaves out the person's own given name, which they may not (سيف | يوسف أحمد الفلاسي). Rules here
 * complete such chains.
 */

import { isStopword } from "../../arabic/stopwords.js";
import { clusterToken, defaultClusters } from "./clusters.js";
import { gazKey, isCityKey, isLastName, isPlaceKey } from "./features.js";
import { coveredTokens, type Raw, type Tok, WORDY } from "./folded-tokens.js";
import { PERSON_TITLES, ROLE_HEADS } from "./lexicon.js";
import {
  conjoined,
  isFirstName,
  isNationality,
  isPersonWord,
  NAME_PARTICLE_ENDS,
  WITH_ARTICLE,
  WRITTEN_FIRST_NAMES,
} from "./name-words.js";
import { ORG_HEAD_KEYS, PLACE_HEAD_KEYS } from "./names.js";
import { loadTagger } from "./tagger.js";
import { isVerbLike } from "./verbs.js";

/**
 * Listed given names a fine cluster holds before it counts as a cluster of given names: the committed table has one
 * such (76 names of its 213 words: محمد، مصطفى، حازم …); the next holds 30 of 245 (women's names among women's nouns:
 * خطيبة جمال خاشقجي، شريكته), then 16 of 147 (family names, بلقاسم، إدريس).
 */
const MIN_NAMES_IN_FINE_CLUSTER = 40;

let nameClusters: Set<number> | null = null;

/** The fine clusters of given names in the committed table, found once. */
function givenNameClusters(): Set<number> {
  if (nameClusters !== null) return nameClusters;
  const table = defaultClusters();
  const names = new Map<number, number>();
  for (const w of new Set([...WRITTEN_FIRST_NAMES].map(clusterToken))) {
    const ids = table.get(w);
    if (ids !== undefined) names.set(ids & 0x3ff, (names.get(ids & 0x3ff) ?? 0) + 1);
  }
  nameClusters = new Set([...names].filter(([, n]) => n >= MIN_NAMES_IN_FINE_CLUSTER).map(([c]) => c));
  return nameClusters;
}

/**
 * Words of the given names' cluster that are no given name before a chain, folded: ركن (اللواء الركن: a staff
 * officer's rank, اللواء ركن عبدالرحمن البنيان), ولد (born; the Mauritanian "son of", محمد ولد عبد العزيز), and names
 * that are nouns of a relation taking the person as their genitive (خليفة أسامة بن لادن: his successor; رفيق: his
 * companion).
 */
const NOT_OWN_NAMES: ReadonlySet<string> = new Set(["ركن", "ولد", "خليفه", "رفيق"]);

/** Words after which a name goes on (بني مالك | محمد: a tribe's or a place's name, not a person's given name). */
const BEFORE_NAME_WORDS: ReadonlySet<string> = new Set([...NAME_PARTICLE_ENDS, "بني", "بنو"]);

/**
 * Particles that only a verb follows (وقد أشرف | محمد بن سلمان، لم يسري، لن ينال), folded: the word after one is the
 * verb of the clause, not a person's given name.
 */
const VERB_PARTICLES: ReadonlySet<string> = new Set(
  ["قد", "لقد", "لم", "لن", "سوف"].flatMap((w) => [w, `و${w}`, `ف${w}`]),
);

/**
 * True for a folded word, written bare, that the distributional clusters put among given names (`givenNameClusters`:
 * سيف، عصام، رشدي، مختار) and that may be a person's own name before a chain: not a function word, a title or a role's
 * head, a particle of a name, a verb, a place or a nationality, nor a word the training data tagged other than a
 * person's. A listed given name in another cluster is as often a common word there (بيان، تسامح، باشر، ذكرى).
 */
export function ownGivenName(w: string): boolean {
  if (w.length < 3 || !WORDY.test(w) || WITH_ARTICLE.test(w) || isStopword(w) || NOT_OWN_NAMES.has(w)) return false;
  const k = gazKey(w);
  if (ROLE_HEADS.has(k) || PERSON_TITLES.has(k) || PERSON_TITLES.has(w) || NAME_PARTICLE_ENDS.has(w)) return false;
  if (isNationality(w) || isPlaceKey(k) || isCityKey(k) || isVerbLike(w)) return false;
  if (
    loadTagger()
      .taggedAs(k)
      .some((t) => t !== "PER")
  )
    return false;
  const ids = defaultClusters().get(clusterToken(w));
  return ids !== undefined && givenNameClusters().has(ids & 0x3ff);
}

/** Nouns a family name follows with بن in it that are no given name (أسرة بن لادن، سفير بن علي), folded. */
const BEFORE_FAMILY_NOUNS: ReadonlySet<string> = new Set(["اسره", "عائله", "ال", "ابناء", "قبيله", "نجل", "حفيد"]);

/**
 * True for a folded word, written bare, that may be the given name before بن (مقرب | بن سعد، طرفة | بن العبد): not a
 * function word, a title or a role's head, a verb, a place, a nationality or a family's noun, nor a word the training
 * data tagged other than a person's. Before بن no cluster need say it is a name: nothing else stands there.
 */
function nameBeforeBin(w: string): boolean {
  if (w.length < 3 || !WORDY.test(w) || WITH_ARTICLE.test(w) || isStopword(w) || BEFORE_FAMILY_NOUNS.has(w))
    return false;
  const k = gazKey(w);
  if (ROLE_HEADS.has(k) || PERSON_TITLES.has(k) || PERSON_TITLES.has(w) || NAME_PARTICLE_ENDS.has(w)) return false;
  if (isNationality(w) || isPlaceKey(k) || isCityKey(k) || isVerbLike(w)) return false;
  return !loadTagger()
    .taggedAs(k)
    .some((t) => t !== "PER");
}

/**
 * A person's own given name the tagger left out before the rest of the chain (الوكيل الأول مختار | محمد سعيد عبد
 * الكريم، الأستاذ الجامعي أسعد | إبراهيم الحاج علي): a person's mention of two words or more that opens with a given name or أبو /
 * أم, and an untagged word right before it on its line that reads as a given name (`ownGivenName`): the name starts
 * there, after a conjunction on the word (ومكرم | محمد أحمد → مكرم محمد أحمد), unless a particle or a tribe's word
 * is before it (بني مالك | محمد: a place). Over 25,000 SNN and ANT articles 36 articles change: 34 better (سيف يوسف
 * أحمد الفلاسي in 17, أنس خالد الصالح، عصام حمزة بخش، حافظ سعيد خان، مختار محمد سعيد عبد الكريم، مرتضى جواد العلي)
 * and 2 worse (the verb وقد أشرف | محمد بن سلمان, the sword of يحمل سيف عمرو بن كلثوم); the entity evals are
 * unchanged. (Taking any listed given name, or any word too rare for the cluster table, took verbs and nouns as
 * often: بيان، باشر، زعيمته، ينبهنا; a rare word opening its line before a chain took verbs too: امتعض، دعوت.)
 */
export function givenNamesBeforeChains(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.b - r.a < 2 || r.a < 1 || covered[r.a - 1]) continue;
    const first = toks[r.a] as Tok;
    const t = toks[r.a - 1] as Tok;
    if (t.group >= 0 || first.group >= 0 || t.line !== first.line || r.s !== first.s) continue;
    // A chain of three words or more that the tagger found from بن on has lost its head, whatever the word (مقرب |
    // بن سعد بن علي الثنيان); بن and one word are a family's name as often (بن لادن، بن واتسون: تصريحات | بن لادن).
    const fromBin = first.text === "بن" && r.b - r.a >= 3;
    if (!fromBin && !isFirstName(first.text) && first.text !== "ابو" && first.text !== "ام") continue;
    // وإيمي | سمير غانم: the conjunction stays out (a name that starts with و is written so: وسام).
    const before = (toks[r.a - 2] as Tok | undefined)?.text ?? "";
    if (BEFORE_NAME_WORDS.has(before) || VERB_PARTICLES.has(before)) continue;
    // A word in و is the conjunction and a name (وإيمي) unless the list writes it so (وسام).
    const cut = conjoined(t.text) && !WRITTEN_FIRST_NAMES.has(t.text) ? 1 : 0;
    if (fromBin ? cut > 0 || !nameBeforeBin(t.text) : !ownGivenName(t.text.slice(cut))) continue;
    r.a -= 1;
    r.s = t.s + cut;
    r.key = [gazKey(t.text.slice(cut)), ...r.key];
  }
}

/**
 * A given name followed by the same word with the article (أسعد الأسعد، مقبل المقبل، حمد الحمد): the family is named
 * for an ancestor who bore the given name, and the two words are one person's name. Taken when neither word is in a
 * mention, both stand bare on one line, and the word is a person's in the name lists or the training data (أسعد) or
 * a title of address is right before it (الدكتور مقبل المقبل، الشيخ صباح الصباح): a common noun repeats so too
 * (طيبة الطيبة، ميمنة الميمنة، عال العال). Over 10,000 SNN and ANT articles 3 articles change, all better (مقبل
 * المقبل ×2, عادي العادي and his later العادي); on the Wojood test one name is found (PER F1 78.0 → 78.9).
 */
export function repeatedFamilyNames(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  const added: Raw[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    const next = toks[i + 1] as Tok;
    const w = t.text;
    if (covered[i] || covered[i + 1] || t.group >= 0 || next.group >= 0 || t.line !== next.line) continue;
    if (next.text !== `ال${w}` || w.length < 3 || !WORDY.test(w) || WITH_ARTICLE.test(w) || isStopword(w)) continue;
    const k = gazKey(w);
    if (ROLE_HEADS.has(k) || PERSON_TITLES.has(k)) continue;
    const before = toks[i - 1];
    const titled = before !== undefined && before.line === t.line && PERSON_TITLES.has(gazKey(before.text));
    if (!titled && !isPersonWord(w)) continue;
    added.push({ a: i, b: i + 2, type: "PER", s: t.s, e: next.e, key: [k, gazKey(next.text)] });
    i++;
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/** Marks after which a clause starts anew, so أم there is no "or" (: - « ( and the like), but not a comma's list. */
const CLAUSE_MARK = /^[^\p{L}\p{M}\p{N}،,؛;]+$/u;

/** A folded word with the article ending in ي: a nisba (المغربي، الكحلاني). */
const DEFINITE_NISBA = /^ال\p{L}{3,}ي$/u;

/**
 * Heads of places named for a person by a kunya (وادي أبو علي، جبل أبو قبيس، حي أبو بكر، مسجد أبو بكر), folded.
 */
const KUNYA_PLACE_HEADS: ReadonlySet<string> = new Set([
  "وادي",
  "جبل",
  "جزيره",
  "حي",
  "شارع",
  "بئر",
  "قريه",
  "مسجد",
  "جامع",
  "مدرسه",
  "سوق",
  "باب",
  "ساحه",
  "قلعه",
  "مركز",
]);

/** A folded word, maybe after a conjunction or a preposition, that is the head of a place or an institution. */
function namesAPlace(w: string): boolean {
  const rest = /^[وفبل]/u.test(w) ? w.slice(1) : w;
  if (KUNYA_PLACE_HEADS.has(w) || KUNYA_PLACE_HEADS.has(rest)) return true;
  const k = gazKey(w);
  return PLACE_HEAD_KEYS.has(k) || ORG_HEAD_KEYS.has(k);
}

/**
 * A kunya the tagger left untagged (أم رأفت: الأمانة لله، المدعو أبو علي الكحلاني، أبو قتادة المغربي): أبو or أم
 * written bare, then a given name (`isFirstName`) on the same line, neither in a mention, is a person's name, with a
 * nisba or a listed family name after it, untagged, a country's nisba too (a nom de guerre's: أبو عبيدة المصري). أم
 * opening its line or its clause after a mark other than a comma only: elsewhere it is as often "or" (ترامب أم
 * بايدن، أم جمال الأخلاق). Not after the head of a place (وادي أبو علي). Over 25,000 SNN and ANT articles 31 articles
 * change: 29 better (أبو قتادة المغربي، أبو علي الكحلاني، أم تركي ×7 in one, ام فهد where فهد was a place, أبو تمام،
 * أبو رأس), 2 partial (القيادي الحوثي أبو علي | عوام، المخرجة كاملة | أبو ذكري: a name's part found, none before).
 * The entity evals are unchanged (the Wojood test's «ام رأفت» writes a name the lists lack).
 */
export function untaggedKunyas(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  const added: Raw[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    const next = toks[i + 1] as Tok;
    if (t.text !== "ابو" && t.text !== "ام") continue;
    if (covered[i] || covered[i + 1] || t.group >= 0 || next.group >= 0 || t.line !== next.line) continue;
    if (!isFirstName(next.text) || WITH_ARTICLE.test(next.text)) continue;
    const before = toks[i - 1];
    const opens = before === undefined || before.line !== t.line || CLAUSE_MARK.test(before.text);
    if (t.text === "ام" && !opens) continue;
    if (before !== undefined && namesAPlace(before.text)) continue;
    let b = i + 2;
    const family = toks[b];
    if (family !== undefined && !covered[b] && family.group < 0 && family.line === t.line) {
      const k = gazKey(family.text);
      if (
        (DEFINITE_NISBA.test(family.text) && !isPlaceKey(k)) ||
        (family.text.startsWith("ال") && isLastName(family.text))
      )
        b++;
    }
    const words = toks.slice(i, b);
    added.push({ a: i, b, type: "PER", s: t.s, e: (toks[b - 1] as Tok).e, key: words.map((x) => gazKey(x.text)) });
    i = b - 1;
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}
