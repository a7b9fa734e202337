/**
 * An Arabic full name is a chain: the person's own given name, then the father's, the grandfather's or the family's
 * (سيف يوسف أحمد الفلاسي، عزة محمد أحمد). The tagger often finds the chain from the father's name on, which the name
 * lists know, and leaves out the person's own given name, which they may not (سيف | يوسف أحمد الفلاسي). Rules here
 * complete such chains.
 */

import { isStopword } from "../../arabic/stopwords.js";
import { clusterToken, defaultClusters } from "./clusters.js";
import { gazKey, isCityKey, isPlaceKey } from "./features.js";
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
import { loadTagger } from "./tagger.js";
import { isVerbLike } from "./verbs.js";

/**
 * Listed given names a fine cluster holds before it counts as a cluster of given names: the committed table has two
 * such (76 names of 213 words: محمد، مصطفى، حازم …; 30 of 245: women's names, بثينة، إيمان), and no other holds more
 * than 16 (a cluster of family names, بلقاسم، إدريس).
 */
const MIN_NAMES_IN_FINE_CLUSTER = 20;

let nameClusters: Set<number> | null = null;

/** The fine clusters of given names in the committed table, found once. */
function givenNameClusters(): Set<number> {
  if (nameClusters !== null) return nameClusters;
  const table = defaultClusters();
  const counts = new Map<number, number>();
  for (const w of new Set([...WRITTEN_FIRST_NAMES].map(clusterToken))) {
    const ids = table.get(w);
    if (ids === undefined) continue;
    counts.set(ids & 0x3ff, (counts.get(ids & 0x3ff) ?? 0) + 1);
  }
  nameClusters = new Set([...counts].filter(([, n]) => n >= MIN_NAMES_IN_FINE_CLUSTER).map(([c]) => c));
  return nameClusters;
}

/**
 * Words of the given names' cluster that are no given name before a chain: ركن (اللواء الركن: a staff officer's rank,
 * اللواء ركن عبدالرحمن البنيان) and ولد (born; the Mauritanian "son of", محمد ولد عبد العزيز), folded.
 */
const NOT_OWN_NAMES: ReadonlySet<string> = new Set(["ركن", "ولد"]);

/**
 * True for a folded word, written bare, that the distributional clusters put among given names (`givenNameClusters`:
 * سيف، عصام، رشدي، عزة) and that may be a person's own name before a chain: not a function word, a title or a role's
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

/**
 * A person's own given name the tagger left out before the rest of the chain (محاميتها عزة | محمد أحمد، الأستاذ
 * الجامعي أسعد | إبراهيم الحاج علي): a person's mention of two words or more that opens with a given name or أبو /
 * أم, and an untagged word right before it on its line that reads as a given name (`ownGivenName`): the name starts
 * there, after a conjunction on the word (وإيمي | سمير غانم → إيمي سمير غانم). Over 10,000 SNN and ANT articles 28
 * articles change, 26 for the better (سيف يوسف أحمد الفلاسي in 16, إيمي سمير غانم، عصام حمزة بخش، مكرم محمد أحمد،
 * مختار محمد سعيد عبد الكريم) and 2 worse (the verb وقد أشرف | محمد بن سلمان، and خليفة | فاتن حمامة, her
 * successor); the entity evals are unchanged. (Taking any listed given name, or any word too rare for the cluster
 * table, took verbs and nouns as often: بيان، باشر، زعيمته، ينبهنا.)
 */
export function givenNamesBeforeChains(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.b - r.a < 2 || r.a < 1 || covered[r.a - 1]) continue;
    const first = toks[r.a] as Tok;
    const t = toks[r.a - 1] as Tok;
    if (t.group >= 0 || first.group >= 0 || t.line !== first.line || r.s !== first.s) continue;
    if (!isFirstName(first.text) && first.text !== "ابو" && first.text !== "ام") continue;
    // وإيمي | سمير غانم: the conjunction stays out (a name that starts with و is written so: وسام).
    const cut = conjoined(t.text) && ownGivenName(t.text.slice(1)) ? 1 : 0;
    if (!ownGivenName(t.text.slice(cut))) continue;
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
