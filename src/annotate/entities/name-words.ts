/**
 * What the entity finder asks of one word: a given name (listed or known from the training data), a listed
 * place, a word never a name, a nisba or a conjunction, and where a mention starts once a glued clitic is cut.
 */

import { foldText } from "../../arabic/fold.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { EntityType } from "../../model/types.js";
import {
  gazKey,
  isCityKey,
  isCityWord,
  isLastName,
  isPlaceKey,
  isFirstName as listedFirstName,
  nisbaPlace,
} from "./features.js";
import type { Tok } from "./folded-tokens.js";
import { FIRST_NAMES } from "./gazetteer.data.js";
import { PERSON_TITLES, ROLE_HEADS } from "./lexicon.js";
import { knownAlias, NAMED_FOR_PERSON_HEADS, ORG_HEAD_KEYS, PLACE_HEAD_KEYS } from "./names.js";
import { loadTagger } from "./tagger.js";

/**
 * Given names in the first-name list that are feminine adjectives of the فعلاء pattern (بيضاء، حسناء، هيفاء), folded,
 * with the colours of that pattern the list may gain: with the article they are the adjective or a place (البيضاء of
 * الدار البيضاء and the Yemeni governorate, #البيضاء; البشرة السمراء، المدينة الحمراء), not a woman's name.
 */
const ADJECTIVE_FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    "بيضاء",
    "سمراء",
    "حمراء",
    "خضراء",
    "زرقاء",
    "صفراء",
    "سوداء",
    "شقراء",
    "حسناء",
    "حوراء",
    "هيفاء",
    "غيداء",
    "فيحاء",
  ].map((w) => gazKey(foldText(w))),
);

/** A folded word with the article, maybe after a conjunction or a preposition (البيضاء، والبيضاء، بالبيضاء، للبيضاء). */
export const WITH_ARTICLE = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;

/**
 * Given names of two words the list writes apart (عبد الإله، عبد الحميد), joined as most outlets write them
 * (عبدالإله): the list's own form never matches one token. Folded.
 */
const JOINED_FIRST_NAMES: ReadonlySet<string> = new Set(
  FIRST_NAMES.filter((n) => /^عبد\s/u.test(n)).map((n) => foldText(n.replace(/\s+/gu, ""))),
);

/**
 * A given name the first-name list lacks, known from the training data: a word without the article that it
 * tagged as a person's at least 80% of the times it saw it and that opened persons' names of several words
 * at least 40% of those times (محمود، سعيد، سعود، يوسف، إبراهيم، عبدالرحمن). The list (AKhateeb, 224 men's
 * names in Arabic script) is a sample that leaves out many of the commonest; the training data's memory holds
 * some 520 more (most of them foreign: جون، ديفيد). Not a particle (عبد، أبو), a title or head, a word of
 * two letters, or a preposition glued to a given name (لمحمد: ل + محمد).
 */
function trainedGivenName(w: string): boolean {
  const k = gazKey(w);
  if (k.length < 3 || w.startsWith("ال") || /^[ءؤئ]/u.test(w) || NAME_PARTICLE_ENDS.has(w) || isStopword(w)) {
    return false;
  }
  if (ROLE_HEADS.has(k) || PERSON_TITLES.has(k) || PERSON_TITLES.has(w)) return false;
  const tagger = loadTagger();
  if (tagger.knownType(k) !== "PER" || !tagger.opens(k).includes("PER")) return false;
  // A word in و or ف may be keyed without the letter (ويليام → يليام, ووديع → وديع): the memory cannot tell a name
  // that starts with it from the conjunction before one. A bare ب، ل or ك before a person's name is the preposition
  // (لمحمد، لسانتوس).
  if (w[0] === "و" || w[0] === "ف") return false;
  const rest = w.slice(1);
  return !("بلك".includes(w[0] as string) && (listedFirstName(rest) || tagger.taggedAs(gazKey(rest)).includes("PER")));
}

/**
 * The first-name list's names as written, folded (وليد، وائل، وديع). The list's lookup also matches a word once its
 * clitics are cut (وخالد → خالد), so it cannot tell a name that starts with و from و before a name.
 */
export const WRITTEN_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...FIRST_NAMES.map((n) => foldText(n)),
  ...JOINED_FIRST_NAMES,
]);

/** True when the folded token is in the first-name list (or is its joined form), and not a فعلاء adjective with the article. */
export function listedGivenName(w: string): boolean {
  if (WITH_ARTICLE.test(w) && ADJECTIVE_FIRST_NAMES.has(gazKey(w))) return false;
  return listedFirstName(w) || JOINED_FIRST_NAMES.has(w);
}

/**
 * True when the folded token is a first name here: a listed one (`listedGivenName`) or one known from the training
 * data (`trainedGivenName`). Where a rule asks whether a word is a name once a clitic is cut off it (و | إبراهيم),
 * it asks `listedGivenName`: the training data's keys are cut so too (ويليام and وليام are keyed يليام and ليام),
 * so they cannot tell و + إبراهيم from ويليام. Over 4,000 SNN and ANT articles the training data's names on the
 * cut word split 75 names right (وإبراهيم الحربي) and 25 wrong (ويليام → يليام، بريت → ريت، كانغ → انغ).
 */
export function isFirstName(w: string): boolean {
  return listedGivenName(w) || trainedGivenName(w);
}

/** Particles a name continues after (folded): آل, بن, ابن, بنت, أبو, أم, عبد. */
export const NAME_PARTICLE_ENDS: ReadonlySet<string> = new Set(["ال", "بن", "ابن", "بنت", "ابو", "ام", "عبد"]);

/** Folded offset where a role phrase starts: a leading و/ف before the head is cut (ورئيس → رئيس). */
export function roleStart(tok: Tok): number {
  const c0 = tok.text[0];
  if ((c0 === "و" || c0 === "ف") && ROLE_HEADS.has(gazKey(tok.text.slice(1))) && !ROLE_HEADS.has(tok.text))
    return tok.s + 1;
  return tok.s + trimmedStart(tok.text, "ORG");
}

/** A folded word that is a country's, territory's or city's name in the gazetteers (clitics aside). */
function isListedPlace(w: string): boolean {
  const k = gazKey(w);
  return isPlaceKey(k) || isCityKey(k);
}

/** Folded offset where a mention starts once a leading conjunction or preposition is cut. */
export function trimmedStart(tok: string, type: EntityType): number {
  const c0 = tok[0];
  const rest = tok.slice(1);
  if ((c0 === "و" || c0 === "ف") && tok.length > 3) {
    // والعراق → العراق, وللعراق → للعراق, والسيسي → السيسي; not a person's name whose ال is too short to be the
    // article (والتر، فالح: no name with the article has fewer than three letters after it).
    if ((rest.startsWith("ال") || rest.startsWith("لل")) && (type !== "PER" || rest.length >= 5)) return 1;
    // وبالعراق → العراق; not وكالة or وكالات (agency), nor وكاليفورنيا, where كال is the word's own letters.
    if ((rest.startsWith("بال") || rest.startsWith("كال")) && tok.length >= 7 && !isCityWord(rest)) return 2;
    // وليد, وائل, فؤاد, فيصل begin with a letter that looks like a clitic: cut و only
    // when what remains is itself a known first name and the whole is not.
    if (type === "PER" && c0 === "و" && !WRITTEN_FIRST_NAMES.has(tok) && listedGivenName(rest)) return 1;
    if (type === "LOC" && isListedPlace(rest) && !isCityWord(tok)) return 1;
    // ولندن، وحماس: the training data knows the rest as a name of this type (its key drops the و too). Not
    // after ف: فرانكفورت، فيلادلفيا begin with the letter far more often than with the clitic.
    if (c0 === "و" && (type === "LOC" || type === "ORG") && loadTagger().knownType(gazKey(rest)) === type) return 1;
    if (knownAlias(rest)) return 1;
  }
  // بالعراق → العراق; not كاليفورنيا, a listed place written so, whose كال is its own.
  if ((c0 === "ب" || c0 === "ك") && rest.startsWith("ال") && tok.length > 4 && !isCityWord(tok)) return 1;
  // بجازان، لنجران، وبجازان: a preposition glued to a listed place, unless the whole word is one (بريدة، لندن).
  if (type === "LOC" && !isListedPlace(tok)) {
    if ((c0 === "ب" || c0 === "ل") && isListedPlace(rest)) return 1;
    if ((c0 === "و" || c0 === "ف") && /^[بل]/u.test(rest) && isListedPlace(rest.slice(1))) return 2;
  }
  // الموت لأميركا، لداعش، بأمريكا: a preposition glued to a one-word name of the alias table, unless the whole word is
  // a name (لبنان، بغداد) or a listed place.
  if (type !== "PER" && tok.length > 4 && !knownAlias(tok) && !isListedPlace(tok)) {
    if ((c0 === "ب" || c0 === "ل") && !/^[وف]/u.test(rest) && knownAlias(rest)) return 1;
    if ((c0 === "و" || c0 === "ف") && /^[بل]/u.test(rest) && knownAlias(rest.slice(1))) return 2;
  }
  // باستاد الملك فهد، بميناء رادس، لمطار …: a preposition glued to a place's head word.
  // لمكتبة الملك عبدالعزيز: a head of an institution named for a person.
  const head = (w: string) => PLACE_HEAD_KEYS.has(gazKey(w)) || NAMED_FOR_PERSON_HEADS.has(gazKey(w));
  if ((c0 === "ب" || c0 === "ل" || c0 === "و") && type !== "PER" && head(rest)) return 1;
  // لهيئة الهلال الأحمر، وحزب الله، بوزارة العدل: a preposition or a conjunction glued to an organisation's head word
  // (not وزارة, whose و is its own, nor للجنة, whose second ل is the article's: لجنة alone would read indefinite).
  if (
    type === "ORG" &&
    /^[بلوف]/u.test(tok) &&
    !tok.startsWith("لل") &&
    ORG_HEAD_KEYS.has(rest) &&
    !ORG_HEAD_KEYS.has(tok)
  )
    return 1;
  // وبمدينة، فلمطار: a conjunction, then a preposition.
  if ((c0 === "و" || c0 === "ف") && /^[بل]/u.test(rest) && type !== "PER" && head(rest.slice(1))) return 2;
  return 0;
}

/** A word known as a person's: a first or family name, or a word the training data tagged a person's. */
export function isPersonWord(w: string): boolean {
  return isFirstName(w) || isLastName(w) || loadTagger().knownType(gazKey(w)) === "PER";
}

/** A word in a name list, or one the training data tagged a person's at least once. */
export function everPersonWord(w: string): boolean {
  return isFirstName(w) || isLastName(w) || loadTagger().taggedAs(gazKey(w)).includes("PER");
}

/**
 * A folded word with the article that is no person's name by itself: not in the name lists, not a person's in the
 * training data, and not a family nisba (الصرخي، الكربولي; a country's nisba, المصري, is the adjective).
 */
export function commonWithArticle(w: string): boolean {
  return WITH_ARTICLE.test(w) && !isPersonWord(w) && !familyNisba(w);
}

/** A folded word that reads as a family's nisba (الصرخي، هزازي), not a country's (المصري). */
export function familyNisba(w: string): boolean {
  const k = gazKey(w);
  return k.endsWith("ي") && k.length >= 4 && nisbaPlace(k) === null;
}

/** A word with a conjunction و in front of a name (وشارون، وناصر), not a name that starts with و (وليد). */
export function conjoined(w: string): boolean {
  return w.length > 3 && w[0] === "و" && !(isFirstName(w) && !listedGivenName(w.slice(1)));
}

/**
 * An indefinite nationality (مصري، قطري، سوري), folded: the country's name with ي. Not يمني (folded يمنى, a given
 * name), and not a longer nisba (مانيه، باني are names that only look like one).
 */
export function isNationality(w: string): boolean {
  if (w.startsWith("ال") || !w.endsWith("ي") || w.length < 4 || isFirstName(w)) return false;
  const base = w.slice(0, -1);
  return isPlaceKey(gazKey(base)) || isPlaceKey(gazKey(`${base}ا`));
}

/**
 * Common words the training data knows only inside a name (علي الكيماوي، عبد الإله الخطيب), folded keys: alone they
 * are a chemical attack (هجوم كيماوي، بالكيماوي) or a preacher (إمام وخطيب المسجد). الخطيب with the article stays a
 * family name; كيماوي is no name in either form. (NewsFANE never tags either alone.)
 */
export const ADJECTIVES_NOT_NAMES: ReadonlySet<string> = new Set(["كيماوي", "كيميائي", "كيماويه"]);

const NOUNS_NOT_NAMES_INDEFINITE: ReadonlySet<string> = new Set(["خطيب"]);

/** True for a word that is never a person's name alone (see ADJECTIVES_NOT_NAMES), folded. */
export function notAName(w: string): boolean {
  const k = gazKey(w);
  return ADJECTIVES_NOT_NAMES.has(k) || (NOUNS_NOT_NAMES_INDEFINITE.has(k) && !DEFINITE.test(w));
}

/** A definite word, maybe with a conjunction or preposition glued on (الجنة، والحماس، بالحماس), folded. */
export const DEFINITE = /^(?:[وف]?(?:[بلك])?ال|[وف]?لل)[^\s]{2,}$/u;
