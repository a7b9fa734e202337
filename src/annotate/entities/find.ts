/**
 * Entity mentions of one article, with in-article resolution: later partial names
 * (الكاظمي) join the full name (مصطفى الكاظمي), aliases join their canonical entity,
 * role phrases in apposition (وزير الخارجية العراقي فؤاد حسين) become the person's roles,
 * and a later bare role phrase (رئيس الحكومة العراقية) points to the person named with it.
 */

import { type Folded, fold, foldText, hasTanweenFath, toOriginal } from "../../arabic/fold.js";
import { isArticleWeekday } from "../../arabic/months.js";
import { stripClitics } from "../../arabic/stem.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { Entity, EntityType, Mention } from "../../model/types.js";
import { COMPLEMENTIZERS, CUES } from "../quote-cues.js";
import {
  gazKey,
  isCityKey,
  isCityWord,
  isCommonCityWord,
  isLastName,
  isPlaceKey,
  isSportSentence,
  isFirstName as listedFirstName,
  nisbaPlace,
  TAGS,
} from "./features.js";
import { FIRST_NAMES } from "./gazetteer.data.js";
import {
  ALIASES,
  KNOWN_PERSONS,
  ORG_GENERIC_HEADS,
  PERSON_TITLES,
  ROLE_HEADS,
  ROLE_SYNONYMS,
  SAY_VERBS,
} from "./lexicon.js";
import {
  areaHeadPattern,
  canonicalKey,
  entityId,
  isCliticForm,
  knownAlias,
  NAMING_TITLES,
  nameTokens,
  ORG_HEAD_KEYS,
  PATRONYMS,
  PLACE_HEAD_KEYS,
  settlementHeadCut,
} from "./names.js";
import { loadTagger } from "./tagger.js";
import { gluedVerbAt, isVerbLike } from "./verbs.js";

/** A token of the folded text: its folded form and folded offsets. */
interface Tok {
  text: string;
  /** Offsets in the folded text. */
  s: number;
  e: number;
  /** Index of the hashtag group (`#a_b_c`) it belongs to, or -1. */
  group: number;
  /** Line of the text it stands on (line breaks before it): no role phrase runs from one line to the next. */
  line: number;
}

/**
 * A token: a word (with a number's decimal or time parts), an abbreviation written with dots between parts of two or
 * three letters (إي.واي، إف.بي.آي: its dots end no sentence), or a mark.
 */
const TOKEN =
  /[\p{L}\p{M}]{2,3}(?:\.[\p{L}\p{M}]{2,3})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{M}\p{N}_]/gu;
const WORDY = /^[\p{L}\p{M}\p{N}]/u;
const SENTENCE_END = new Set([".", "!", "?", "؟", "…"]);

/**
 * Longest run of tokens tagged at once. Text without sentence punctuation is cut into
 * pieces of this size so tagging stays linear; 120 tokens is past 99% of the training
 * sentences, so ordinary sentences are never cut.
 */
export const MAX_SENTENCE_TOKENS = 120;

/**
 * Role phrases may run at most this many tokens before the name (المتحدث باسم وزارة الخارجية الأمريكية نيد برايس),
 * counted from the last head of a chain of offices (نائب خادم الحرمين الشريفين | ولي العهد | نائب رئيس مجلس الوزراء |
 * وزير الداخلية | الأمير محمد بن نايف): each office may be that long, the chain as long as offices follow each other.
 */
export const ROLE_WINDOW = 7;
/**
 * Longest chain of offices before a name, in tokens: a bound on a run-on through a list of heads, past every chain
 * in 4,000 SNN and ANT articles (the longest, 18 tokens: سفير خادم الحرمين الشريفين لدى مصر مندوب المملكة الدائم لدى
 * جامعة الدول العربية عميد السلك الدبلوماسي العربي السفير).
 */
export const MAX_ROLE_CHAIN = 24;

function tokenizeForTagging(f: Folded): Tok[] {
  const out: Tok[] = [];
  const t = f.text;
  TOKEN.lastIndex = 0;
  let line = 0;
  let nl = t.indexOf("\n");
  for (let m = TOKEN.exec(t); m !== null; m = TOKEN.exec(t)) {
    for (; nl !== -1 && nl < m.index; nl = t.indexOf("\n", nl + 1)) line++;
    out.push({ text: m[0], s: m.index, e: m.index + m[0].length, group: -1, line });
  }
  // Hashtag groups: words joined by "_" alone (a_b_c), or one word right after "#".
  let groups = 0;
  for (let i = 0; i < out.length; i++) {
    const tok = out[i] as Tok;
    if (!WORDY.test(tok.text)) continue;
    const prev = out[i - 1];
    const joined = prev !== undefined && prev.group >= 0 && prev.e === tok.s - 1 && t[prev.e] === "_";
    if (joined) {
      tok.group = (prev as Tok).group;
      continue;
    }
    const hash = prev !== undefined && prev.text === "#" && prev.e === tok.s;
    const next = out[i + 1];
    const joinsNext = next !== undefined && tok.e === next.s - 1 && t[tok.e] === "_" && WORDY.test(next.text);
    if (hash || joinsNext) tok.group = groups++;
  }
  return out;
}

/** Sentence ranges [start, end) over the tokens: at . ! ? and line breaks, capped in length. */
function sentences(f: Folded, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Tok;
    const next = toks[i + 1];
    const lineBreak = next !== undefined && f.text.slice(tok.e, next.s).includes("\n");
    if (SENTENCE_END.has(tok.text) || lineBreak || i + 1 - start >= MAX_SENTENCE_TOKENS || next === undefined) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  return out;
}

/** A raw mention over token indices [a, b) before resolution. */
interface Raw {
  a: number;
  b: number;
  type: EntityType;
  /** Folded offsets after trimming clitics. */
  s: number;
  e: number;
  /** Match tokens. */
  key: string[];
  /** True for a role phrase standing for a person (رئيس الحكومة). */
  role?: boolean;
  /** True for a role phrase that takes in an area's word and its place (أمير منطقة حائل): see `findRoles`. */
  area?: boolean;
  /**
   * Folded offset where the name proper starts when the mention opens with a word that is not part of
   * the name (مدينة | قلقيلية, see `settlementHeads`): the entity is named from here. `key` leaves it out.
   */
  ns?: number;
}

const PUNCT = /^[^\p{L}\p{M}\p{N}]+$/u;
/**
 * A definite word before a first name inside a person span: the place or office in front of the name
 * (محافظ الزاب | ليث العبيدي), never its start.
 */
const PLACE_BEFORE_NAME = /^ال[^\s]{2,}$/u;
/** Words of time that never continue a person's name (عشية، غداة، صباح…). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  "عشيه",
  "غداه",
  "قبيل",
  "بعيد",
  "صباح",
  "مساء",
  "اثناء",
  "خلال",
  "امس",
  "اليوم",
  "فجر",
]);
/**
 * Days of the week (`isArticleWeekday`) an agency writes right after the subject (قال محمود عباس الجمعة) are never
 * a name's word; الخميس and الجمعة are also Saudi family names (يوسف الخميس): see `datedNames`.
 */
const WEEKDAYS_ALSO_NAMES: ReadonlySet<string> = new Set(["الخميس", "الجمعه"]);
/**
 * Prepositions (folded) that never stand inside a person's name: the span ends before one (لودريان | حول لقاءاته،
 * خالد | تحت وسم). Not those that fold like a name: على (علي), إلى (الي), أن (آن).
 */
const PREPOSITIONS_NOT_IN_NAMES: ReadonlySet<string> = new Set([
  "حول",
  "تحت",
  "فوق",
  "عن",
  "ضد",
  "منذ",
  "عند",
  "مع",
  "من",
  "في",
]);
/** Heads that between two person's spans are a given name of one (حسين أمير عبد اللهيان، حسن شيخ محمود), folded. */
const GIVEN_NAME_HEADS: ReadonlySet<string> = new Set(["امير", "شيخ"]);
/** Role heads that are also given names or their parts (عبد الله بن مساعد، رائد، حسن شيخ محمود), folded: they may end a name. */
const HEADS_ALSO_NAMES: ReadonlySet<string> = new Set(["مساعد", "رائد", "حاكم", "ملك", "عميد", "شيخ", "سلطان"]);
/**
 * A noun with a possessive pronoun "her" or "their" (خارجيتها، حديثها، أوراقهما، لقاءاتهم), folded: a word of five
 * letters or more ending in ها or هما, or in تهم after ة or a plural. Shorter words that end so are names (مها), and
 * so are many that end in ـه or ـهم (شحاته، فلاته، زينهم، براهم).
 */
const POSSESSED_NOUN = /^[^\s]{3,}(?:ها|هما|تهم)$/u;
/**
 * Nouns a verb takes right after its subject (بعث الملك سلمان بن عبدالعزيز برقية تهنئة، وجه … رسالة) and أول (أوباما
 * أول رئيس): never a person's name's last word, folded.
 */
const AFTER_NAME_WORDS: ReadonlySet<string> = new Set(["برقيه", "برقيتي", "برقيات", "رساله", "رسالتي", "اول"]);
/**
 * Nouns a verb takes with ب after its subject (أدلى الأمير عبدالعزيز بن سعد بتصريح، أدلى ببيان، تقدم بكلمة، قام بجولة،
 * بحضور …), match keys without the ب: never a person's name's last word.
 */
const NOUNS_AFTER_NAME_WITH_BI: ReadonlySet<string> = new Set(
  ["تصريح", "تصريحات", "بيان", "كلمه", "خطاب", "رساله", "برقيه", "حضور", "جوله", "زياره", "اتصال", "بلاغ"].map(gazKey),
);
/** Regnal numbers: part of a name (عبد الله الثاني), never one alone (كانون الثاني). */
const ORDINALS: ReadonlySet<string> = new Set([
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
]);
/**
 * First names (match keys) that begin with ب/ل/ك and are the letter plus a first name of the list (كريم = ك + ريم،
 * باسيل = ب + اسيل) but not in the list themselves: never cut. From the 3,000-article mention dump.
 */
const PREPOSITION_LIKE_NAMES: ReadonlySet<string> = new Set(["كريم", "كريمه", "باسيل"].map(gazKey));

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
const WITH_ARTICLE = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;

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
const WRITTEN_FIRST_NAMES: ReadonlySet<string> = new Set([
  ...FIRST_NAMES.map((n) => foldText(n)),
  ...JOINED_FIRST_NAMES,
]);

/** True when the folded token is in the first-name list (or is its joined form), and not a فعلاء adjective with the article. */
function listedGivenName(w: string): boolean {
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
function isFirstName(w: string): boolean {
  return listedGivenName(w) || trainedGivenName(w);
}

/** Prepositions with a pronoun that the tagger may read as a short name (لي: to me, or Lee). */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(["لي", "له", "لها", "لنا", "لهم", "لك", "لكم"]);
/** Particles a name continues after (folded): آل, بن, ابن, بنت, أبو, أم, عبد. */
const NAME_PARTICLE_ENDS: ReadonlySet<string> = new Set(["ال", "بن", "ابن", "بنت", "ابو", "ام", "عبد"]);
/** Longest person span the particle rule grows to. */
const MAX_NAME_RUN = 8;
/** Titles the tagger may take into a name (folded). */
const NAME_TITLES: ReadonlySet<string> = new Set([
  "الدكتور",
  "الدكتوره",
  "المهندس",
  "المهندسه",
  "الاستاذ",
  "الاستاذه",
  "السيد",
  "السيده",
  "الحاج",
  "معالي",
  "فضيله",
  "سماحه",
  "سعاده",
]);
/** Honorific pronouns (folded): His Excellency, His Highness … */
const HONORIFIC_PRONOUNS: ReadonlySet<string> = new Set([
  "معاليه",
  "سموه",
  "فضيلته",
  "سماحته",
  "سعادته",
  "جلالته",
  "فخامته",
  "دولته",
]);
/** Words right before a quoted name that make it the outlet told or cited (لـ«المرفأ»، اطلعت عليها «…»). */
const OUTLET_LEADS: ReadonlySet<string> = new Set(["ل", "الي", "عليها", "عليه", "لصحيفه", "لقناه", "لوكاله", "لموقع"]);
const OPENING_MARKS: ReadonlySet<string> = new Set(["«", '"', "“"]);
const CLOSING_MARKS: ReadonlySet<string> = new Set(["»", '"', "”"]);
/** Outlet names run at most this many words between their marks. */
const MAX_OUTLET_WORDS = 3;

/** A folded token that is و/ف + ال + a word: a conjoined definite noun. */
const CONJOINED_DEFINITE = /^[وف]ال[^\s]{2,}$/u;

/** Folded offset where a role phrase starts: a leading و/ف before the head is cut (ورئيس → رئيس). */
function roleStart(tok: Tok): number {
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
function trimmedStart(tok: string, type: EntityType): number {
  const c0 = tok[0];
  const rest = tok.slice(1);
  if ((c0 === "و" || c0 === "ف") && tok.length > 3) {
    if (rest.startsWith("ال") || rest.startsWith("لل")) return 1; // والعراق → العراق, وللعراق → للعراق
    // وبالعراق → العراق; not وكالة or وكالات (agency), where كال is the word's own letters.
    if ((rest.startsWith("بال") || rest.startsWith("كال")) && tok.length >= 7) return 2;
    // وليد, وائل, فؤاد, فيصل begin with a letter that looks like a clitic: cut و only
    // when what remains is itself a known first name and the whole is not.
    if (type === "PER" && c0 === "و" && !WRITTEN_FIRST_NAMES.has(tok) && listedGivenName(rest)) return 1;
    if (type === "LOC" && isListedPlace(rest) && !isCityWord(tok)) return 1;
    // ولندن، وحماس: the training data knows the rest as a name of this type (its key drops the و too). Not
    // after ف: فرانكفورت، فيلادلفيا begin with the letter far more often than with the clitic.
    if (c0 === "و" && (type === "LOC" || type === "ORG") && loadTagger().knownType(gazKey(rest)) === type) return 1;
    if (knownAlias(rest)) return 1;
  }
  if ((c0 === "ب" || c0 === "ك") && rest.startsWith("ال") && tok.length > 4) return 1;
  // بجازان، لنجران، وبجازان: a preposition glued to a listed place, unless the whole word is one (بريدة، لندن).
  if (type === "LOC" && !isListedPlace(tok)) {
    if ((c0 === "ب" || c0 === "ل") && isListedPlace(rest)) return 1;
    if ((c0 === "و" || c0 === "ف") && /^[بل]/u.test(rest) && isListedPlace(rest.slice(1))) return 2;
  }
  // باستاد الملك فهد، بميناء رادس، لمطار …: a preposition glued to a place's head word.
  if ((c0 === "ب" || c0 === "ل" || c0 === "و") && type !== "PER" && PLACE_HEAD_KEYS.has(gazKey(rest))) return 1;
  // وبمدينة، فلمطار: a conjunction, then a preposition.
  if ((c0 === "و" || c0 === "ف") && /^[بل]/u.test(rest) && type !== "PER" && PLACE_HEAD_KEYS.has(gazKey(rest.slice(1))))
    return 2;
  return 0;
}

/**
 * Mentions of entities in `text` (spans into the original text), each with the id of
 * its resolved entity, and the article's entities. `title`, when given, is read first
 * so that a full name or a role stated in the title resolves mentions in the body; its
 * own mentions are not returned (they have no offsets in `text`).
 *
 * @example
 * const { mentions, entities } = findEntities("قال رئيس الوزراء مصطفى الكاظمي ... وأضاف الكاظمي");
 * mentions.map(m => m.text); // ["مصطفى الكاظمي", "الكاظمي"] (one entity id)
 * entities[0].roles; // ["رئيس الوزراء"]
 */
export function findEntities(text: string, title?: string): { mentions: Mention[]; entities: Entity[] } {
  const tagger = loadTagger();
  const known = new Map(SEED_NAMES);
  const parts: { text: string; f: Folded; toks: Tok[]; raws: Raw[]; keep: boolean }[] = [];
  const titled = title?.trim() ? fold(title) : null;
  const body = fold(text);
  // A word the article also writes with the article ال (الإضراب) is a common noun, not a name.
  const definite = (w: string) => {
    const x = w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const re = new RegExp(`(?:^|[^\\p{L}\\p{M}])[وف]?(?:[بلك]?ال|لل)${x}(?![\\p{L}\\p{M}])`, "u");
    return re.test(body.text) || (titled !== null && re.test(titled.text));
  };
  if (titled && title) parts.push(analyse(title, titled, false));
  parts.push(analyse(text, body, true));

  function analyse(t: string, f: Folded, keep: boolean) {
    const toks = tokenizeForTagging(f);
    const tags = new Uint8Array(toks.length);
    const ranges = sentences(f, toks);
    for (const [a, b] of ranges) {
      const tagged = tagger.tagFolded(toks.slice(a, b).map((x) => x.text));
      tags.set(tagged, a);
    }
    const raws = spansFromTags(toks, tags, hamzaInitials(t, f, toks), conjoinedHamzas(t, f, toks));
    const tagged = coveredTokens(toks, raws);
    quotedCommonWords(toks, ranges, raws);
    knownNamesOverSpans(toks, raws);
    dropAccusativeTail(t, f, toks, raws);
    const notNames = wordsNeverNames(t, f, toks);
    dropCommonWords(toks, raws, notNames);
    dropPredicates(t, f, toks, raws);
    const glued = gluedPrepositions(t, f, toks);
    nounsBeforeNames(toks, raws, glued, definite);
    // A word a rule above took out of a name here (أنا فخور: what the pronoun is) is no name here even when the
    // title or another sentence names it (the headline «فخور بلاعبيّ» tagged فخور an organisation).
    const untagged = new Set(notNames.particles);
    const still = coveredTokens(toks, raws);
    tagged.forEach((c, i) => {
      if (c && !still[i]) untagged.add(i);
    });
    wordsJoinedToNames(toks, raws, known);
    namesRunOnThroughPrepositions(toks, raws);
    personsAfterRoles(t, f, toks, raws);
    namesAfterRoyalTitles(toks, raws);
    gluedFirstNames(toks, raws);
    kunyaParticles(toks, raws);
    familyNounsAfterChains(t, f, toks, raws);
    familyNisbasAfterGivenNames(toks, raws);
    propagate(toks, raws, known, untagged, glued);
    citiesAfterAreaHeads(toks, raws);
    findRoles(toks, raws, possessedHeads(t, f, toks));
    settlementHeads(toks, raws);
    return { text: t, f, toks, raws, keep };
  }

  return resolve(parts);
}

/** 1 for each token inside one of `raws`. */
function coveredTokens(toks: Tok[], raws: Raw[]): Uint8Array {
  const covered = new Uint8Array(toks.length);
  for (const r of raws) covered.fill(1, r.a, r.b);
  return covered;
}

/** Where people post (على تويتر، عبر حسابه): folded match keys. */
const PLATFORMS: ReadonlySet<string> = new Set(
  [
    "تويتر",
    "فيسبوك",
    "فيس",
    "انستغرام",
    "انستجرام",
    "يوتيوب",
    "تلغرام",
    "صفحته",
    "صفحتها",
    "حسابه",
    "حسابها",
    "منصه",
    "اكس",
  ].map(gazKey),
);

/** A word known as a person's: a first or family name, or a word the training data tagged a person's. */
function isPersonWord(w: string): boolean {
  return isFirstName(w) || isLastName(w) || loadTagger().knownType(gazKey(w)) === "PER";
}

/** A word in a name list, or one the training data tagged a person's at least once. */
function everPersonWord(w: string): boolean {
  return isFirstName(w) || isLastName(w) || loadTagger().taggedAs(gazKey(w)).includes("PER");
}

/**
 * A folded word with the article that is no person's name by itself: not in the name lists, not a person's in the
 * training data, and not a family nisba (الصرخي، الكربولي; a country's nisba, المصري, is the adjective).
 */
function commonWithArticle(w: string): boolean {
  return WITH_ARTICLE.test(w) && !isPersonWord(w) && !familyNisba(w);
}

/**
 * Shortest family nisba (its key) that spreads to its form with the article when the article writes it without:
 * هزازي → الهزازي، عسيري → العسيري; نادي، وادي، قاضي (a club, a valley, a judge) are nouns that only look like one.
 */
const MIN_UNMARKED_NISBA = 5;

/** A folded word that reads as a family's nisba (الصرخي، هزازي), not a country's (المصري). */
function familyNisba(w: string): boolean {
  const k = gazKey(w);
  return k.endsWith("ي") && k.length >= 4 && nisbaPlace(k) === null;
}

/**
 * و + a word that opens persons' names in the training data (وحسن، ويوسف، وحمد): the conjunction before a given name
 * where a name stands before it. Not a name the list writes with و (وسام، وليد); nor a foreign name whose key is
 * cut so (ويليام → يليام, وينفري → ينفري): the training data saw يليام open names too, so only a given name before
 * it tells a list (جون كيري ويليام هيغ is two names, but no list).
 */
function conjoinedGivenName(w: string): boolean {
  if (w.length <= 3 || w[0] !== "و" || WRITTEN_FIRST_NAMES.has(w)) return false;
  const key = gazKey(w.slice(1));
  const tagger = loadTagger();
  return tagger.opens(key).includes("PER") && tagger.taggedAs(key).includes("PER");
}

/** A word with a conjunction و in front of a name (وشارون، وناصر), not a name that starts with و (وليد). */
function conjoined(w: string): boolean {
  return w.length > 3 && w[0] === "و" && !(isFirstName(w) && !listedGivenName(w.slice(1)));
}

/**
 * A person's name does not end on a word with tanween (نهض هاشم مدهوشًا، رأى سعود تاركًا تراثًا): an
 * adverbial accusative the tagger took into the name. Folding drops the tanween, so the original says.
 */
function dropAccusativeTail(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
  for (const r of raws) {
    if (r.type !== "PER") continue;
    let b = r.b;
    while (b - r.a >= 2) {
      const t = toks[b - 1] as Tok;
      const o = toOriginal(f, { start: t.s, end: t.e });
      if (!hasTanweenFath(original.slice(o.start, o.end))) break;
      b--;
    }
    if (b === r.b) continue;
    r.key = toks
      .slice(r.a, b)
      .filter((t) => !PUNCT.test(t.text))
      .map((t) => gazKey(t.text));
    r.b = b;
    r.e = (toks[b - 1] as Tok).e;
  }
}

/**
 * Prepositions written with final ى (على، إلى، حتى، لدى), which folding makes look like names (علي، الي): in the
 * outlet's spelling they are never a person's name alone.
 */
const ALIF_MAQSURA_PARTICLES: ReadonlySet<string> = new Set(["على", "إلى", "الى", "حتى", "لدى", "متى"]);
/**
 * Kinship nouns with "my" (أبي، أمي، أخي) as the outlet spells them: a narrator's relative, not a person named so when
 * alone. With its hamza only: آبي (Abiy) folds the same.
 */
const KIN_WITH_MY: ReadonlySet<string> = new Set([
  "أبي",
  "أمي",
  "أخي",
  "أختي",
  "ابني",
  "ابنتي",
  "والدي",
  "والدتي",
  "زوجي",
  "زوجتي",
]);
/** Ranks with أول (ملازم أول، رقيب أول): there أول is part of the rank (folded, maybe with ال). */
const RANKS_WITH_FIRST = /^(?:ال)?(?:ملازم|رقيب|عريف|مساعد)$/u;

/**
 * An indefinite nationality (مصري، قطري، سوري), folded: the country's name with ي. Not يمني (folded يمنى, a given
 * name), and not a longer nisba (مانيه، باني are names that only look like one).
 */
function isNationality(w: string): boolean {
  if (w.startsWith("ال") || !w.endsWith("ي") || w.length < 4 || isFirstName(w)) return false;
  const base = w.slice(0, -1);
  return isPlaceKey(gazKey(base)) || isPlaceKey(gazKey(`${base}ا`));
}

/**
 * Common words the training data knows only inside a name (علي الكيماوي، عبد الإله الخطيب), folded keys: alone they
 * are a chemical attack (هجوم كيماوي، بالكيماوي) or a preacher (إمام وخطيب المسجد). الخطيب with the article stays a
 * family name; كيماوي is no name in either form. (NewsFANE never tags either alone.)
 */
const ADJECTIVES_NOT_NAMES: ReadonlySet<string> = new Set(["كيماوي", "كيميائي", "كيماويه"]);
const NOUNS_NOT_NAMES_INDEFINITE: ReadonlySet<string> = new Set(["خطيب"]);

/** True for a word that is never a person's name alone (see ADJECTIVES_NOT_NAMES), folded. */
function notAName(w: string): boolean {
  const k = gazKey(w);
  return ADJECTIVES_NOT_NAMES.has(k) || (NOUNS_NOT_NAMES_INDEFINITE.has(k) && !DEFINITE.test(w));
}

/**
 * Token indices whose original spelling is a preposition with final ى (على، إلى: never a name, never propagated), and
 * those that are a kinship noun with "my" (never a name alone).
 */
function wordsNeverNames(original: string, f: Folded, toks: Tok[]): { particles: Set<number>; kin: Set<number> } {
  const particles = new Set<number>();
  const kin = new Set<number>();
  toks.forEach((t, i) => {
    if (t.text.length < 3 || t.text.length > 5 || !/ي$/.test(t.text)) return;
    const o = toOriginal(f, { start: t.s, end: t.e });
    const w = original.slice(o.start, o.end).replace(/[\u064B-\u0652\u0640]/gu, "");
    if (ALIF_MAQSURA_PARTICLES.has(w)) particles.add(i);
    if (KIN_WITH_MY.has(w)) kin.add(i);
  });
  return { particles, kin };
}

/**
 * Person mentions that are common words: a preposition written with ى alone (حصوله على، folded علي), an indefinite
 * nationality alone (- مصري، - بحريني after a name in a list), a common word known only inside a name (هجوم كيماوي،
 * إمام وخطيب) and a kinship noun with "my" alone (حملني أبي): dropped
 * before their names spread through the article. (A name after جائزة stays a person's: جائزة نوبل، جائزة الملك فيصل
 * are tagged so in the training data, and dropping them cost 0.1 PER F1 on the held-out tenth.)
 */
function dropCommonWords(toks: Tok[], raws: Raw[], notNames: { particles: Set<number>; kin: Set<number> }): void {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type !== "PER") continue;
    const w = (toks[r.a] as Tok).text;
    const one = r.b - r.a === 1;
    // هجوم كيماوي read whole as a name: a noun and its adjective, no first name before it (علي الكيماوي، بعلي الكيماوي).
    const last = (toks[r.b - 1] as Tok).text;
    const nounAndAdjective =
      r.b - r.a === 2 && ADJECTIVES_NOT_NAMES.has(gazKey(last)) && !isFirstName(w) && !listedGivenName(w.slice(1));
    // على تويتر: the preposition written with ى before a platform, read as a name.
    const onPlatform =
      r.b - r.a === 2 && notNames.particles.has(r.a) && PLATFORMS.has(gazKey((toks[r.a + 1] as Tok).text));
    const drop =
      (one && (notNames.particles.has(r.a) || notNames.kin.has(r.a))) ||
      (one && (isNationality(w) || notAName(w))) ||
      nounAndAdjective ||
      onPlatform;
    if (drop) raws.splice(k, 1);
  }
}

/**
 * A preposition before a hamza (لإضراب، كأحاديث، بأن): as the outlet spells it, the first letter cannot be the word's
 * own, since no word or name begins لأ، بإ or كأ. Words that begin so: with و or ف before them too.
 */
const PREPOSITION_BEFORE_HAMZA = /^[وف]?[لبك][أإآ]/u;

/**
 * Tokens whose original spelling opens with a preposition before a hamza (see `PREPOSITION_BEFORE_HAMZA`): token
 * index → letters of the folded token before the word itself.
 */
function gluedPrepositions(original: string, f: Folded, toks: Tok[]): Map<number, number> {
  const out = new Map<number, number>();
  toks.forEach((t, i) => {
    if (t.text.length < 3 || !/^[وف]?[لبك]ا/u.test(t.text)) return;
    const o = toOriginal(f, { start: t.s, end: t.e });
    const spelt = original.slice(o.start, o.end).replace(/[\u064B-\u0652\u0640]/gu, "");
    const m = PREPOSITION_BEFORE_HAMZA.exec(spelt);
    if (m !== null) out.set(i, m[0].length - 1);
  });
  return out;
}

/**
 * A person's span that opens with a preposition glued to a hamza (لإضراب رادس، كأحاديث البخاري، بأن مورينيو): the
 * preposition is certain, so the mention starts after it (لأيمن الظواهري، لأنطونيو بامبلياغا), and what follows it
 * is a common noun the preposition governs, which leaves the span, when it is a function word (بأن), when the
 * article writes it with the article ال too (لإضراب beside الإضراب), or when the words after it are known as a
 * person's or a place's name without it (كأحاديث | البخاري). What remains stays a person when a word of it is known
 * as a person's (a first or family name, or the training data's), becomes a place when the gazetteer knows it as
 * one, and is dropped otherwise (رادس after لإضراب: no name the tagger saw).
 */
function nounsBeforeNames(
  toks: Tok[],
  raws: Raw[],
  glued: ReadonlyMap<number, number>,
  definite: (word: string) => boolean,
): void {
  const tagger = loadTagger();
  const personWord = (w: string) => isFirstName(w) || isLastName(w) || tagger.knownType(gazKey(w)) === "PER";
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    const clitics = glued.get(r.a);
    if (r.type !== "PER" || r.role || clitics === undefined) continue;
    const first = toks[r.a] as Tok;
    const rest = first.text.slice(clitics);
    const words = toks.slice(r.a + 1, r.b).filter((t) => !PUNCT.test(t.text));
    const keys = words.map((t) => gazKey(t.text));
    let type: EntityType | null = null;
    if (words.some((t) => personWord(t.text))) type = "PER";
    else if (words.length > 0 && isPlaceKey(keys.join(" "))) type = "LOC";
    const name = listedGivenName(rest) || NAME_PARTICLE_ENDS.has(rest) || tagger.knownType(gazKey(rest)) === "PER";
    const noun = !name && (isStopword(rest) || definite(rest) || type !== null);
    if (!noun) {
      r.s = first.s + clitics;
      r.key[0] = gazKey(rest);
      continue;
    }
    if (type === null) {
      raws.splice(k, 1);
      continue;
    }
    const a = r.a + 1;
    const head = toks[a] as Tok;
    raws[k] = { a, b: r.b, type, s: head.s + trimmedStart(head.text, type), e: r.e, key: keys };
  }
}

/** Particles inside a person's name (folded): بن، ابن، بنت، آل، أبو، أم، عبد. */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLE_ENDS]);

/**
 * Words the tagger glued to a person's name that the article shows are not part of it, from the names it writes
 * elsewhere (other mentions, the title, the alias table):
 * - a day closing a name (محمود عباس | الجمعة، حفتر | الخميس) when الخميس or الجمعة is no family name there: the
 *   name before it is written elsewhere, or it is a full name on its own (two words or more, no بن chain, the last no
 *   given name and without ال: هيذر ناورت | الخميس), or a lone family name (حفتر); يوسف الخميس، محمد الخميس stay;
 * - a common noun (definite, a plural in ات or possessed) between the family names of two people the article names
 *   in full (ظريف | تصريحات | نتانياهو beside جواد ظريف and بنيامين نتانياهو: the second is the verb's object): the
 *   span ends before it, and propagation finds the second name;
 * - a definite word before a name of two words or more the article writes whole (الجاسوس | إيلي كوهين), when no
 *   list and no training sentence knows it in a name. (Not an indefinite one: most are given names the lists lack,
 *   مولود | جاويش أوغلو، ستافان | دي ميستورا.) (Not after one: a family name the training data never saw is too often
 *   that word, ماجد عبدالله | محبيه beside ماجد عبدالله.)
 */
function wordsJoinedToNames(toks: Tok[], raws: Raw[], known: Known): void {
  const tagger = loadTagger();
  const persons = raws.filter((r) => r.type === "PER" && !r.role);
  // Whole names known before this text (the title's, the alias table's) count as written; only this text's own
  // mentions say which word ends a name (the alias table's names end on given names too).
  const knownNames = [...known.values()].flatMap((l) => l.filter((e) => e.type === "PER").map((e) => e.keys));
  const others = (self: Raw): string[][] => persons.filter((r) => r !== self).map((r) => r.key);
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((k, i) => k === y[i]);
  // A name written elsewhere ending on `key`, not a father's name (بن محمد) when `key` is a given name.
  const endsOn = (names: string[][], key: string) =>
    names.some(
      (n) =>
        n[n.length - 1] === key &&
        (!isFirstName(key) || (n.length >= 2 && !NAME_PARTICLES.has(n[n.length - 2] as string))),
    );
  const word = (i: number) => (toks[i] as Tok).text;
  // A word no list and no training sentence knows in any name (تصريحات، كلام), and no particle or title.
  const common = (i: number) => {
    const w = word(i);
    if (!WORDY.test(w) || isFirstName(w) || isLastName(w) || NAME_PARTICLES.has(w) || NAME_TITLES.has(w)) return false;
    return !ROLE_HEADS.has(gazKey(w)) && tagger.taggedAs(gazKey(w)).length === 0;
  };
  const keysOf = (a: number, b: number) =>
    toks
      .slice(a, b)
      .filter((t) => !PUNCT.test(t.text))
      .map((t) => gazKey(t.text));
  for (const r of persons) {
    const names = others(r);
    const whole = (keys: string[]) => keys.length >= 2 && [...names, ...knownNames].some((n) => same(n, keys));
    let { a, b } = r;
    const last = word(b - 1);
    if (b - a >= 2 && WEEKDAYS_ALSO_NAMES.has(last)) {
      const rest = keysOf(a, b - 1);
      const restWords = toks.slice(a, b - 1).map((t) => t.text);
      const end = restWords[restWords.length - 1] as string;
      const fullName =
        restWords.length >= 2 &&
        !restWords.some((w) => NAME_PARTICLES.has(w)) &&
        !isFirstName(end) &&
        !end.startsWith("ال");
      if (whole(rest) || endsOn(names, rest[rest.length - 1] as string) || fullName) b--;
    }
    if (b - a >= 3) {
      for (let i = a + 1; i < b - 1; i++) {
        if (!common(i) || !(DEFINITE.test(word(i)) || /ات$/u.test(word(i)) || POSSESSED_NOUN.test(word(i)))) continue;
        const left = word(i - 1);
        const right = word(b - 1);
        if (isFirstName(left) || isFirstName(right)) continue;
        const n1 = names.find((n) => n.length >= 2 && n[n.length - 1] === gazKey(left));
        const n2 = names.find((n) => n.length >= 2 && n[n.length - 1] === gazKey(right));
        if (n1 !== undefined && n2 !== undefined && !same(n1, n2)) {
          b = i;
          break;
        }
      }
    }
    if (b - a >= 3 && common(a) && DEFINITE.test(word(a)) && whole(keysOf(a + 1, b))) a++;
    if (a === r.a && b === r.b) continue;
    const first = toks[a] as Tok;
    r.s = a === r.a ? r.s : first.s + trimmedStart(first.text, "PER");
    r.e = (toks[b - 1] as Tok).e;
    r.key = keysOf(a, b);
    r.a = a;
    r.b = b;
  }
}

/**
 * A person's span the tagger ran on through a clause into a second person (جورجينيو لحق بماوريتسيو ساري، رونالدو
 * لزيدان، كاييخا بالدوسري) is two mentions: a word after the first that is ب or ل glued to a word the article writes,
 * bare, in another person's mention (ماوريتسيو of ماوريتسيو ساري, الدوسري of سالم الدوسري) opens the second there,
 * without the preposition. Before it, the longest run of the span's first words the article writes alone as a name
 * (جورجينيو) is the first, which leaves out the verb between (لحق); else the span simply ends at the preposition.
 * Not after a particle (عبد، بن), nor a word the article writes so in another name (بالادينو after روبرت بالادينو:
 * a family name that begins with با), a given name of the lists (بسام، بشير) or one that looks like a preposition
 * and a name (باسيل). Over 14,000 SaudiNewsNet and ANT articles it splits 30 spans, every one at the right word;
 * held-out and Wojood F1 and quotes-dev are unchanged.
 */
function namesRunOnThroughPrepositions(toks: Tok[], raws: Raw[]): void {
  const word = (i: number) => (toks[i] as Tok).text;
  const wordsOf = (r: Raw) => toks.slice(r.a, r.b).map((t) => t.text);
  const keysOf = (a: number, b: number) =>
    toks
      .slice(a, b)
      .filter((t) => !PUNCT.test(t.text))
      .map((t) => gazKey(t.text));
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((k, i) => k === y[i]);
  const persons = raws.filter((r) => r.type === "PER" && !r.role);
  const added: Raw[] = [];
  for (const r of persons) {
    const spelt = wordsOf(r).join(" ");
    // Other persons' mentions: the same run-on written again elsewhere is no evidence.
    const others = persons.filter((o) => wordsOf(o).join(" ") !== spelt);
    const written = new Set(others.flatMap(wordsOf));
    let cut = -1;
    for (let i = r.a + 1; i < r.b && cut < 0; i++) {
      const w = word(i);
      const before = word(i - 1);
      if (w.length < 4 || !/^[بل]/u.test(w) || NAME_PARTICLE_ENDS.has(before) || /عبد$/u.test(before)) continue;
      // The lists', not the training data's: it tags a name with the preposition glued on (لمحمد، بالدوسري) too.
      if (written.has(w) || isFirstName(w) || PREPOSITION_LIKE_NAMES.has(gazKey(w))) continue;
      if (written.has(w.slice(1))) cut = i;
    }
    if (cut < 0) continue;
    const head = toks[cut] as Tok;
    added.push({
      a: cut,
      b: r.b,
      type: "PER",
      s: head.s + 1,
      e: r.e,
      key: [gazKey(head.text.slice(1)), ...keysOf(cut + 1, r.b)],
    });
    let b = cut;
    const nameWord = (i: number) => everPersonWord(word(i)) || NAME_PARTICLE_ENDS.has(word(i));
    // Only past a word no name holds (لحق، تصل): سلمان بن عبد العزيز | آل سعود stays whole.
    let clause = false;
    for (let j = cut - 1; j > r.a; j--) {
      clause ||= !nameWord(j);
      if (clause && others.some((o) => same(o.key, keysOf(r.a, j)))) {
        b = j;
        break;
      }
    }
    r.b = b;
    r.e = (toks[b - 1] as Tok).e;
    r.key = keysOf(r.a, b);
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/** Personal pronouns a nominal sentence's predicate follows (أنا فخور، نحن جاهزون), folded. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["انا", "نحن", "انت", "انتم", "هو", "هي", "هم", "هما"]);

/**
 * One word after a personal pronoun is what the pronoun is (أنا فخور بلاعبي: "I am proud"), not an organisation
 * or a person, unless the alias table knows it (نحن الأهلي).
 */
function dropPredicates(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.b - r.a !== 1 || r.a === 0 || (r.type !== "ORG" && r.type !== "PER")) continue;
    const before = toks[r.a - 1] as Tok;
    if (!SUBJECT_PRONOUNS.has(before.text)) continue;
    // آنا (Anna) folds to انا (I): a first name, not the pronoun.
    if (original[toOriginal(f, { start: before.s, end: before.e }).start] === "آ") continue;
    if (knownAlias((toks[r.a] as Tok).text)) continue;
    raws.splice(k, 1);
  }
}

/** Words between a role head and the holder's name: the office's place or field (محافظ الزاب، وزير الخارجية العراقي). */
const MAX_ROLE_QUALIFIERS = 2;
/** Longest name `personsAfterRoles` takes: a first name and up to two more (ليث العبيدي، فؤاد محمد حسين). */
const MAX_ROLE_NAME = 3;

/**
 * A name the tagger left untagged after a role head (أعلن محافظ الزاب ليث العبيدي تعطيل الدوام): the head,
 * up to two qualifiers (a place or organisation mention, or a definite word), then a known first name and
 * one or two more name words (a first or family name, a family nisba الـ…ي, or a word the training data
 * knows as a person's) is the office holder. Nothing else may follow that still reads as a name (the end
 * would be a guess), and a word with tanween ends the name (see `dropAccusativeTail`). Over 9,000 corpus
 * articles (SaudiNewsNet and ANT) it adds two names, both right (ومدير الاحتراف فراس مؤذن، حرم الرئيس
 * انتصار السيسي), and no false one; product-level F1 on the held-out tenth and Wojood test and val is unchanged.
 */
function personsAfterRoles(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
  const at = new Int32Array(toks.length).fill(-1);
  raws.forEach((r, k) => {
    at.fill(k, r.a, r.b);
  });
  const tagger = loadTagger();
  const tanween = (t: Tok) => {
    const o = toOriginal(f, { start: t.s, end: t.e });
    return hasTanweenFath(original.slice(o.start, o.end));
  };
  const nameWord = (i: number) => {
    const t = toks[i];
    if (t === undefined || at[i] !== -1 || !WORDY.test(t.text) || /\p{N}/u.test(t.text) || tanween(t)) return false;
    const w = t.text;
    const k = gazKey(w);
    if (isStopword(w) || ROLE_HEADS.has(k) || TIME_WORDS.has(w)) return false;
    if (isFirstName(w) || isLastName(w) || tagger.knownType(k) === "PER") return true;
    // A family nisba (العبيدي، الزبيدي), not a country's (العراقي: the office's qualifier).
    return /^ال[^\s]{2,}ي$/u.test(w) && nisbaPlace(k) === null && !isPlaceKey(k);
  };
  const added: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (at[i] !== -1 || !ROLE_HEADS.has(gazKey((toks[i] as Tok).text))) continue;
    // مركز الملك فهد الثقافي، جسر الملك فهد: a royal title before an untagged name is mostly a place named for him.
    if (NAMING_TITLES.has((toks[i] as Tok).text)) continue;
    const line = (toks[i] as Tok).line;
    let j = i + 1;
    for (let q = 0; q <= MAX_ROLE_QUALIFIERS; q++) {
      const t = toks[j];
      if (t === undefined || t.line !== line) break;
      const m = at[j] as number;
      // The name starts here: a first name with a name word after it.
      // (A given name takes no article: التركي after وزير المال is the office's nisba, not Turki.)
      if (
        m === -1 &&
        !t.text.startsWith("ال") &&
        isFirstName(t.text) &&
        !ROLE_HEADS.has(gazKey(t.text)) &&
        nameWord(j) &&
        nameWord(j + 1) &&
        toks[j + 1]?.line === line
      ) {
        let b = j + 2;
        while (b - j < MAX_ROLE_NAME && toks[b]?.line === line && nameWord(b)) b++;
        // Nor a definite noun: a genitive after it makes the last word a noun in construct (رفع مدير الجامعة أسمى
        // آيات الشكر: the highest expressions of thanks; أسمى آيات التهاني والتبريكات), never a name.
        if (nameWord(b) || /^[وف]?ال/u.test(toks[b]?.text ?? "")) break;
        const words = toks.slice(j, b);
        added.push({
          a: j,
          b,
          type: "PER",
          s: t.s + trimmedStart(t.text, "PER"),
          e: (toks[b - 1] as Tok).e,
          key: words.map((x) => gazKey(x.text)),
        });
        break;
      }
      if (q === MAX_ROLE_QUALIFIERS) break;
      if (m >= 0 && (raws[m] as Raw).type !== "PER" && (raws[m] as Raw).a === j) j = (raws[m] as Raw).b;
      else if (m === -1 && /^ال[^\s]{2,}$/u.test(t.text)) j++;
      else break;
    }
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/**
 * Heads of places and institutions named for a king or a prince (حديقة الملك فهد، مطار الملك عبدالعزيز، مركز الملك
 * سلمان), match keys: a royal title after one names the place, not the person. With `NAMED_INSTITUTION_HEADS`,
 * `ORG_HEAD_KEYS` and `PLACE_HEAD_KEYS`.
 */
const NAMED_PLACE_HEADS: ReadonlySet<string> = new Set(
  [
    "حديقه",
    "مطار",
    "جسر",
    "ملعب",
    "استاد",
    "ستاد",
    "طريق",
    "كاس",
    "ميناء",
    "مكتبه",
    "داره",
    "صندوق",
    "حي",
    "وقف",
    "مخطط",
  ].map(gazKey),
);
/** Words that join a father's name or a family to a name (بن، بنت، ابن، آل), folded. */
const PATRONYM_WORDS: ReadonlySet<string> = new Set(["بن", "بنت", "ابن", "ال"]);

/**
 * A given name the tagger left untagged after a royal title (وأكد الملك سلمان، الأميرة مشاعل | بنت مقرن): the name,
 * with the chain of fathers' names after it (بن …، بنت …، آل …), or joined to the mention that starts with that
 * chain. A given name here is a listed or trained one (`isFirstName`) or a word without the article the training
 * data tagged a person's at least 40% of the times (سلمان; not رأي, once in a name). Not after a place's or an institution's
 * head (حديقة الملك فهد، مركز الملك سلمان: named for the king) nor after عبد (عبد الملك).
 */
function namesAfterRoyalTitles(toks: Tok[], raws: Raw[]): void {
  const at = new Int32Array(toks.length).fill(-1);
  raws.forEach((r, k) => {
    at.fill(k, r.a, r.b);
  });
  const tagger = loadTagger();
  const word = (k: number) => toks[k]?.text ?? "";
  const added: Raw[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (at[i] !== -1) continue;
    let title = word(i);
    if (title[0] === "و" && !NAMING_TITLES.has(title)) title = title.slice(1);
    if (title.startsWith("لل")) title = `ا${title.slice(1)}`;
    if (!NAMING_TITLES.has(title)) continue;
    // The head before the title, also with a preposition or conjunction on it (لكلية الملك فهد، وجامعة الملك سعود).
    const before = word(i - 1);
    const owners = [gazKey(before)];
    if (/^[وفبلك]/u.test(before) && before.length > 3) owners.push(gazKey(before.slice(1)));
    const named = (k: string) =>
      NAMED_INSTITUTION_HEADS.has(k) || NAMED_PLACE_HEADS.has(k) || ORG_HEAD_KEYS.has(k) || PLACE_HEAD_KEYS.has(k);
    if (NAME_PARTICLE_ENDS.has(before) || owners.some(named)) continue;
    const j = i + 1;
    const t = toks[j] as Tok;
    const w = t.text;
    if (at[j] !== -1 || t.line !== (toks[i] as Tok).line || !WORDY.test(w) || /\p{N}/u.test(w)) continue;
    if (WITH_ARTICLE.test(w) || isStopword(w) || PERSON_TITLES.has(gazKey(w))) continue;
    // A head that is also a given name (الأمير سلطان، الأمير مساعد) is the name when no genitive follows it.
    if (ROLE_HEADS.has(gazKey(w)) && (!HEADS_ALSO_NAMES.has(w) || word(j + 1).startsWith("ال"))) continue;
    const next = at[j + 1] ?? -1;
    if (next >= 0) {
      // The tagger's name starts at the father's (… | بنت مقرن بن عبدالعزيز): the word between is the given name.
      const r = raws[next] as Raw;
      if (r.a === j + 1 && r.type === "PER" && !r.role && PATRONYM_WORDS.has(word(j + 1))) {
        r.a = j;
        r.s = t.s;
        r.key = [gazKey(w), ...r.key];
      }
      continue;
    }
    // (A word the training data tagged a person's now and then is no given name: ووافق السلطان رأي سابقه.)
    if (!isFirstName(w) && !HEADS_ALSO_NAMES.has(w) && !tagger.oftenTaggedAs(gazKey(w), "PER")) continue;
    let b = j + 1;
    while (PATRONYM_WORDS.has(word(b)) && at[b] === -1 && at[b + 1] === -1 && WORDY.test(word(b + 1))) {
      if (isStopword(word(b + 1)) || (toks[b + 1] as Tok).line !== t.line) break;
      b += 2;
    }
    const words = toks.slice(j, b);
    added.push({ a: j, b, type: "PER", s: t.s, e: (toks[b - 1] as Tok).e, key: words.map((x) => gazKey(x.text)) });
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

function spansFromTags(
  toks: Tok[],
  tags: Uint8Array,
  hamza: ReadonlySet<number>,
  conjoinedHamza: ReadonlySet<number> = new Set(),
): Raw[] {
  const spans: { a: number; b: number; type: EntityType }[] = [];
  let i = 0;
  while (i < toks.length) {
    const tag = TAGS[tags[i] as number] as string;
    if (tag === "O") {
      i++;
      continue;
    }
    const type = tag.slice(2) as EntityType;
    let j = i + 1;
    while (j < toks.length && TAGS[tags[j] as number] === `I-${type}`) j++;
    spans.push({ a: i, b: j, type });
    i = j;
  }
  clubNames(toks, spans);
  companiesReadAsPersons(toks, spans);
  organisationsReadAsPersons(toks, spans);
  hyphenatedNames(toks, spans);
  // A generic head the tagger split off its name (تنظيم | داعش, حركة | حماس) joins it.
  for (let k = spans.length - 2; k >= 0; k--) {
    const x = spans[k] as { a: number; b: number; type: EntityType };
    const y = spans[k + 1] as { a: number; b: number; type: EntityType };
    if (x.b - x.a === 1 && y.a === x.b && y.type === "ORG" && ORG_GENERIC_HEADS.has(gazKey((toks[x.a] as Tok).text))) {
      spans.splice(k, 2, { a: x.a, b: y.b, type: "ORG" });
    } else if (x.type === "PER" && y.type === "PER" && y.a === x.b && !conjoined((toks[y.a] as Tok).text)) {
      // Two person spans with nothing between (نابليون | بونابارت) are one name; not when the second
      // opens with و (بوش | وشارون | وبلير: the tagger saw a list).
      spans.splice(k, 2, { a: x.a, b: y.b, type: "PER" });
    } else if (
      x.type === "PER" &&
      y.type === "PER" &&
      y.a === x.b + 1 &&
      GIVEN_NAME_HEADS.has((toks[x.b] as Tok).text) &&
      toks[x.b]?.line === toks[y.a]?.line
    ) {
      // أمير or شيخ between two names is the name's (حسين | أمير | عبد اللهيان، حسن | شيخ | محمود), not an office.
      // (Not مساعد: إبراهيم محمود مساعد البشير is Bashir's assistant.)
      spans.splice(k, 2, { a: x.a, b: y.b, type: "PER" });
    }
  }
  // Hashtags (#مصطفى_الكاظمي): one mention over the whole group; the tagger's type wins,
  // else a first or last name makes it a person and a place name a place.
  const byGroup = new Map<number, { a: number; b: number }>();
  toks.forEach((t, k) => {
    if (t.group < 0) return;
    const g = byGroup.get(t.group);
    if (g) g.b = k + 1;
    else byGroup.set(t.group, { a: k, b: k + 1 });
  });
  const out: { a: number; b: number; type: EntityType }[] = [];
  // A one-word hashtag the tagger reads as the start of a longer name (#ليوناردو دافنشي)
  // keeps the tagger's span; every other span touching a group gives way to the group.
  const single = (g: { a: number; b: number }) => g.b - g.a === 1;
  const wider = (s: { a: number; b: number }) => {
    for (let k = s.a; k < s.b; k++) {
      const g = byGroup.get((toks[k] as Tok).group);
      if (g && single(g) && s.b > g.b) return true;
    }
    return false;
  };
  const keptGroups = new Set<number>();
  for (const s of spans) {
    let touches = false;
    for (let k = s.a; k < s.b && !touches; k++) touches = (toks[k] as Tok).group >= 0;
    if (!touches) out.push(s);
    else if (wider(s)) {
      out.push(s);
      for (let k = s.a; k < s.b; k++) keptGroups.add((toks[k] as Tok).group);
    }
  }
  for (const [gid, g] of byGroup) {
    if (keptGroups.has(gid)) continue;
    const counts = new Map<EntityType, number>();
    for (const s of spans) {
      if (s.b > g.a && s.a < g.b)
        counts.set(s.type, (counts.get(s.type) ?? 0) + (Math.min(s.b, g.b) - Math.max(s.a, g.a)));
    }
    let type: EntityType | null = null;
    let best = 0;
    for (const [t, c] of counts) {
      if (c > best) {
        best = c;
        type = t;
      }
    }
    const words = toks.slice(g.a, g.b).map((t) => t.text);
    if (type === null) {
      if (words.some((w) => isFirstName(w))) type = "PER";
      else if (
        isPlaceKey(words.map(gazKey).join(" ")) ||
        (words.length === 1 && isPlaceKey(gazKey(words[0] as string)))
      )
        type = "LOC";
      else if (knownAlias(words.join(" "))) type = knownAlias(words.join(" "))?.type ?? null;
    }
    if (type !== null) out.push({ a: g.a, b: g.b, type });
  }
  out.sort((x, y) => x.a - y.a);
  /** Tokens that open a list item with و: the name starts after it. */
  const listed = new Set<number>();
  // A list of persons tagged as one name (جون كيري وبرونو رودريغيز، سعود وفيصل وخالد) is one name per
  // item: split before a word that is و + a first name (وليد، وائل are names of their own: و + ليد is not).
  // Or before و + a word the training data knows as a person's that opens a full name (ويوسف حسن رستم، ولاري بيج),
  // a family name with the article (والمالكي) or an عبد compound (وعبد المجيد); not before a lone word (أوبرا
  // وينفري: the training data knows ينفري for the name itself). The lists lack many given names (يوسف، عبدالعزيز).
  // Over 9,000 SNN and ANT articles it splits 18 spans, 17 into the right names (الأسد والمالكي، سيرغي برين ولاري
  // بيج، طارق وسعيد الغامدي …), one of club fans' nisbas wrong either way (الأهلاوي والهلالي); held-out PER 86.0 → 86.4.
  const opensItem = (w: string, i: number, sp: { a: number; b: number }) => {
    if (w.length <= 3 || w[0] !== "و") return false;
    const rest = w.slice(1);
    if (listedGivenName(rest)) return true;
    // A word that opens persons' names in the training data after a given name (محمد | وحسن، سعود | ويوسف): two
    // persons, whatever follows (حسن is an adjective too, so the training data's memory calls it no name).
    if (conjoinedGivenName(w) && isFirstName((toks[i - 1] as Tok).text)) return true;
    if (isFirstName(w) || loadTagger().knownType(gazKey(rest)) !== "PER") return false;
    const next = toks[i + 1]?.text ?? "";
    return rest.startsWith("ال") || rest.startsWith("عبد") || (i + 1 < sp.b && WORDY.test(next) && next[0] !== "و");
  };
  for (const c of splitSpans(toks, out, "PER", opensItem)) listed.add(c);
  // A list item the tagger started itself (… بوش | وشارون) has its name after the و too.
  for (let k = 1; k < out.length; k++) {
    const sp = out[k] as { a: number; b: number; type: EntityType };
    const prev = out[k - 1] as { a: number; b: number; type: EntityType };
    if (sp.type === "PER" && prev.type === "PER" && prev.b === sp.a && conjoined((toks[sp.a] as Tok).text))
      listed.add(sp.a);
  }
  gluedFullNames(toks, out);
  // Two organisations coordinated (وزارة النقل والجامعة العامة للنقل): one mention each, cut before و + a head.
  splitSpans(toks, out, "ORG", (w) => w.startsWith("وال") && w.length > 5 && ORG_HEAD_KEYS.has(gazKey(w.slice(1))));
  outletsInQuotes(toks, out);
  placesNamedForPersons(toks, out);
  constructHeadsAtEnd(toks, out);
  objectsAfterFeminineHeads(toks, out);
  deputiesReadAsNames(toks, out);
  const raws: Raw[] = [];
  for (const sp of out) {
    let { a, b } = sp;
    while (a < b && PUNCT.test((toks[a] as Tok).text)) a++;
    while (b > a && PUNCT.test((toks[b - 1] as Tok).text)) b--;
    // A person's name never opens with a conjoined definite noun: in "مدير السدود والخزانات حيدر
    // الزبيدي" the tagger may take "والخزانات" into the name; the name starts at the first name.
    while (
      sp.type === "PER" &&
      b - a >= 3 &&
      // No name starts with لل (للمرجان | يوسف الرشيدي) or a country (رئيس باراغواي | هوراسيو كارتيس);
      // الحسن may, so ال needs a first name after it.
      (/^لل[^\s]{2,}$/u.test((toks[a] as Tok).text) ||
        isPlaceKey(gazKey((toks[a] as Tok).text)) ||
        ((CONJOINED_DEFINITE.test((toks[a] as Tok).text) || PLACE_BEFORE_NAME.test((toks[a] as Tok).text)) &&
          isFirstName((toks[a + 1] as Tok).text) &&
          !isFirstName((toks[a] as Tok).text)) ||
        // Nor with a possessed noun, the role's complement (وزير خارجيتها | محمد جواد ظريف، ولايته | ماتيو رينزي).
        (POSSESSED_NOUN.test((toks[a] as Tok).text) && !everPersonWord((toks[a] as Tok).text)) ||
        roleComplementBeforeName(toks, a, b, hamza))
    ) {
      a++;
    }
    // A verb of saying before its complement ends a name (عبد الخالق فاروق | يرى أن التضخم …).
    while (
      sp.type === "PER" &&
      b - a >= 2 &&
      CUES.get((toks[b - 1] as Tok).text) === "verb" &&
      COMPLEMENTIZERS.has(toks[b]?.text ?? "")
    )
      b--;
    // على (folded علي, also the name Ali) before a platform is the preposition: كتب ترامب على تويتر.
    // A time word ends a name too (ياريف ليفين عشية النقل), and so does a verb's object (… آل سعود برقية تهنئة).
    if (sp.type === "PER") {
      for (let i = a + 1; i < b; i++) {
        const w = (toks[i] as Tok).text;
        // A ل-phrase is never inside a name (خالد | للأمير تشارلز: to Prince Charles), though the training data
        // tags some (للأمير) in one: the name ends there, and the title's own name after it is a mention of its own.
        if (/^لل[^\s]{3,}$/u.test(w) && !isFirstName(w) && !isLastName(w)) {
          if (i + 1 < b && RECIPIENT_TITLES.has(gazKey(w))) out.push({ a: i + 1, b, type: "PER" });
          b = i;
          break;
        }
        if (
          (verbalNoun(w) && /^ال[^\s]{2,}$/u.test(toks[i + 1]?.text ?? "")) ||
          (w === "علي" && i < b - 1 && PLATFORMS.has(gazKey((toks[i + 1] as Tok).text))) ||
          TIME_WORDS.has(w) ||
          (isArticleWeekday(w) && !WEEKDAYS_ALSO_NAMES.has(w)) ||
          PREPOSITIONS_NOT_IN_NAMES.has(w) ||
          (AFTER_NAME_WORDS.has(w) && !RANKS_WITH_FIRST.test((toks[i - 1] as Tok).text)) ||
          prepositionAfterName(toks, i)
        ) {
          b = i;
          break;
        }
      }
      // A role head in construct after the name is an office, not a name's word (محمد بن سلمان | ولي العهد،
      // وليد الجلال | مدير مكتب), nor is one with a preposition glued on (إيمانويل ماكرون | بولي العهد); nor a
      // possessed noun (مها المنيف | حديثها). Not after a particle (عبد الملك)، nor a head that is also a given
      // name (بن مساعد، رائد).
      while (b - a >= 2 && WORDY.test(toks[b]?.text ?? "")) {
        const w = (toks[b - 1] as Tok).text;
        if (isPersonWord(w) || HEADS_ALSO_NAMES.has(w) || NAME_PARTICLE_ENDS.has((toks[b - 2] as Tok).text)) break;
        const head = ROLE_HEADS.has(w) || (/^[بل]/u.test(w) && w.length > 3 && ROLE_HEADS.has(w.slice(1)));
        if (!head) break;
        b--;
      }
      if (b - a >= 2 && POSSESSED_NOUN.test((toks[b - 1] as Tok).text) && !everPersonWord((toks[b - 1] as Tok).text))
        b--;
    }
    // A day of the week closing an organisation's or a place's name of three words or more is the date of what it
    // did (وزارة الخارجية الإسرائيلية | الاثنين); سوق الجمعة keeps its day.
    if (sp.type !== "PER" && b - a >= 3 && isArticleWeekday((toks[b - 1] as Tok).text)) b--;
    // آل takes the family name after it, even a word the tagger knows as a title (آل الشيخ); بن, أبو and
    // عبد their next name (جلوي بن | عبدالعزيز): a name never ends on a particle.
    while (
      sp.type === "PER" &&
      b > a &&
      b - a < MAX_NAME_RUN &&
      NAME_PARTICLE_ENDS.has((toks[b - 1] as Tok).text) &&
      WORDY.test(toks[b]?.text ?? "")
    )
      b++;
    // A title before the name (الدكتور الغفيص، المهندس محمد العمرة) is not part of it.
    while (sp.type === "PER" && b - a >= 2 && NAME_TITLES.has((toks[a] as Tok).text)) a++;
    if (a >= b) continue;
    // No person's name holds a digit (قال لفرانس24: the outlet told).
    if (sp.type === "PER" && toks.slice(a, b).some((t) => /\p{N}/u.test(t.text))) continue;
    // A platform alone (منصة إكس، فيسبوك) is not a person.
    if (sp.type === "PER" && b - a === 1 && PLATFORMS.has(gazKey((toks[a] as Tok).text))) continue;
    // معاليه، سموه: an honorific pronoun (His Excellency), not a name.
    if (sp.type === "PER" && b - a === 1 && HONORIFIC_PRONOUNS.has((toks[a] as Tok).text)) continue;
    // قال لي (to me), not the name Lee; ولي العهد، ولي ولي العهد: an office, not the name Wali.
    if (sp.type === "PER" && b - a === 1 && PRONOUN_OBJECTS.has((toks[a] as Tok).text)) continue;
    if (sp.type === "PER" && b - a === 1 && /^[وفل]?ولي$/.test((toks[a] as Tok).text)) {
      const next = toks[b]?.text ?? "";
      if (next === "العهد" || next === "ولي") continue;
    }
    // سيول meaning floods, alone or heading a hashtag (#سيول_الزاب).
    if (sp.type === "LOC" && isFloods(toks, a)) continue;
    const first = toks[a] as Tok;
    // وإبراهيم، وأمجد: و before a hamza opens no name, as written (the training data's names, which trimmedStart
    // cannot tell from ويليام, and foreign ones: وأندري، وإيفان).
    const cut = listed.has(a) || (sp.type === "PER" && conjoinedHamza.has(a));
    const s = first.s + (cut ? 1 : trimmedStart(first.text, sp.type));
    const e = (toks[b - 1] as Tok).e;
    const key = toks
      .slice(a, b)
      .filter((t) => !PUNCT.test(t.text))
      .map((t) => gazKey(t.text));
    raws.push({ a, b, type: sp.type, s, e, key });
  }
  // (A title's name split off a span above comes after the spans that follow it.)
  raws.sort((x, y) => x.a - y.a);
  return raws;
}

/**
 * Shapes of verbal nouns, folded and bare: تفعيل (تأميم، تسليم)، افتعال (انتخاب، اعتقال)، انفعال (انسحاب)، استفعال
 * (استقبال)، مفاعلة (مشاركة). No given name of the lists or word the training data tagged a person's is read so.
 */
const VERBAL_NOUN = /^(?:ت[^\s]{2}ي[^\s]|ا[^\s]ت[^\s]ا[^\s]|ان[^\s]{2}ا[^\s]|است[^\s]{2}ا[^\s]|م[^\s]ا[^\s]{2}ه)$/u;

/**
 * A verbal noun after a name is what the sentence goes on with, the object of a verb or a noun before the name
 * (إعلان الرئيس جمال عبد الناصر | تأميم القناة), never the name's word. Its callers ask for its definite genitive
 * after it too: foreign family names take these shapes as often (توخيل، تابيا، إنغرام، أوتشاب).
 */
function verbalNoun(w: string): boolean {
  return VERBAL_NOUN.test(w) && !everPersonWord(w) && loadTagger().taggedAs(gazKey(w)).length === 0;
}

/** A definite word, maybe with ب or ل glued on (الجوف، بالجوف), folded. */
const DEFINITE_MAYBE_GLUED = /^[بل]?ال[^\s]{2,}$/u;
/** Particles of foreign names (دي ستيفانو، دا كوستا، فان ديك), folded: what comes before them is a given name. */
const FOREIGN_NAME_PARTICLES: ReadonlySet<string> = new Set(["دي", "دا", "دو", "ديل", "فان", "فون", "لا", "لو"]);

/** Token indices whose original spelling opens with a hamza on alif (ألفريدو، إلياس), which folding makes ال. */
function hamzaInitials(original: string, f: Folded, toks: Tok[]): Set<number> {
  const out = new Set<number>();
  toks.forEach((t, i) => {
    if (!t.text.startsWith("ال")) return;
    const o = toOriginal(f, { start: t.s, end: t.e });
    if (/^[أإآ]/u.test(original.slice(o.start, o.end))) out.add(i);
  });
  return out;
}

/**
 * Tokens written و + أ، إ or آ (وإبراهيم، وأمجد، وآدم): no word begins so, so the و is the conjunction. (Not ف:
 * فإن.) Folding writes the hamza as ا, so only the original spelling tells و + أحمد from a name in وا (وائل).
 */
function conjoinedHamzas(original: string, f: Folded, toks: Tok[]): Set<number> {
  const out = new Set<number>();
  toks.forEach((t, i) => {
    if (t.text[0] !== "و" || t.text.length < 4) return;
    const o = toOriginal(f, { start: t.s, end: t.e });
    if (/^و[أإآ]/u.test(original.slice(o.start, o.end))) out.add(i);
  });
  return out;
}

/**
 * A word opening a person's span [a, b) that belongs to the role before it, not to the name: a place or
 * institution with the article or with ب glued on (مدير فرع الوزارة بحائل | صالح الأحمري، مدير فرع الوزارة
 * بالجوف | عبدالعزيز الرويلي، المتحدث باسم الكرملين | دميتري بيسكوف، مدير الشؤون الصحية بعسير | أحمد
 * عسيري), right before a word known as a person's (a listed first or family name, or one the training data tagged
 * a person's), when the word itself is none. Not before a particle (الفساد | بن عبدالعزيز), a foreign name's
 * (دي، دا), a regnal number or أول (الملازم أول), nor a hashtag's word; not a word spelt with a hamza
 * (ألفريدو، إلبريخيس: folding makes it look definite). After ب only before an Arab name, one with a family name
 * with ال or a chain with بن (بحائل | صالح الأحمري), or a known given name (بعسير | أحمد عسيري): foreign given
 * names begin with ب too often (باراك حسين أوباما، باولو سيزار كاربجياني). (Not ل + an indefinite word: لولوة، لجين، لمياء.) The place lists know
 * countries only (حائل، جازان are in none), so the evidence is the name after the word, not the word.
 */
function roleComplementBeforeName(toks: Tok[], a: number, b: number, hamza: ReadonlySet<number>): boolean {
  const t = toks[a] as Tok;
  const next = toks[a + 1];
  const w = t.text;
  if (next === undefined || t.group >= 0 || !WORDY.test(next.text) || hamza.has(a)) return false;
  const n = next.text;
  if (NAME_PARTICLE_ENDS.has(n) || FOREIGN_NAME_PARTICLES.has(n) || ORDINALS.has(n) || n === "اول") return false;
  if (everPersonWord(w) || !everPersonWord(n)) return false;
  if (DEFINITE_MAYBE_GLUED.test(w)) return true;
  if (w[0] !== "ب" || w.length < 4 || PREPOSITION_LIKE_NAMES.has(gazKey(w)) || everPersonWord(w.slice(1))) return false;
  const rest = toks.slice(a + 2, b).map((x) => x.text);
  if (rest.some((x) => x === "بن" || (x.startsWith("ال") && !ORDINALS.has(x)))) return true;
  // بعسير | أحمد عسيري، بشأن | جمال خاشقجي: after ب + a word that opens with no long vowel (باراك، بيريت، باولو
  // are ب + ا، ي، و: a foreign given name's own letters), a listed given name; or a name the training data knows
  // after a word it knows as no person's (بريطانيا | تيريزا ماي، بمركز | عبدالرحمن كانو), not after one it never saw
  // (بهمن | أحمدي أمويي: a given name the lists lack).
  const tagger = loadTagger();
  const rest1 = w.slice(1);
  if (/^[اوي]/u.test(rest1)) return false;
  if (isFirstName(n)) return true;
  const seen = tagger.taggedAs(gazKey(w)).length > 0 || tagger.taggedAs(gazKey(rest1)).length > 0;
  return seen && tagger.knownType(gazKey(n)) === "PER";
}

/** ب + أن with a pronoun (بأنه، بأنها، بأنهم), folded: a clause after the name's verb, never a name's word. */
const BI_ANNA: ReadonlySet<string> = new Set(["بانه", "بانها", "بانهم", "بانهما"]);

/**
 * A word inside a person's span (not its first) that is ب or ل glued to what the name's verb governs, where the name
 * ends: لل + a noun (سادو ماني | للريدز), بأنه, or ب/ل + a place (باراك أوباما | لكينيا), a name of the alias table
 * (روحاني | لترامب) or a noun a verb takes after its subject (عبدالعزيز بن سعد | بتصريح، اليوسف | بحضور). Not after
 * a particle (عمر العبد | للات: العبداللات), not a word the lists or training data know in a person's name
 * (بوتين، ليون) or one that looks like a preposition and a name (باسيل), and the rest must be a word as written
 * (لوريس is no ل + وريس). Foreign family names begin with ب or ل so often (بروين، برايس، لوكوك) that what the
 * training data alone knows of the rest (روين، رايس، كوك) is no evidence.
 */
function prepositionAfterName(toks: Tok[], i: number): boolean {
  const w = (toks[i] as Tok).text;
  const before = (toks[i - 1] as Tok).text;
  if (w.length < 4 || !/^[بل]/u.test(w) || NAME_PARTICLE_ENDS.has(before) || /عبد$/u.test(before)) return false;
  if (everPersonWord(w) || PREPOSITION_LIKE_NAMES.has(gazKey(w))) return false;
  if (/^لل[^\s]{3,}$/u.test(w) || BI_ANNA.has(w)) return true;
  const rest = w.slice(1);
  if (rest.length < 4 || gazKey(rest) !== rest) return false;
  return isPlaceKey(rest) || knownAlias(rest) !== null || (w[0] === "ب" && NOUNS_AFTER_NAME_WITH_BI.has(rest));
}

/**
 * Second words of compound given names (سيف الدين، سيف الإسلام، زين العابدين), folded: a given name after one is the
 * father's (سيف الإسلام معمر القذافي), not a second person's.
 */
const COMPOUND_NAME_ENDS: ReadonlySet<string> = new Set(["الدين", "الاسلام", "الله", "الرحمن", "الحق", "العابدين"]);

/** Titles that stand before a given name as often as they end a family's name (الشيخ، السيد), folded keys. */
const TITLE_KEYS: ReadonlySet<string> = new Set(["شيخ", "سيد", "امير", "حاج", "سلطان"]);
/** The tens of a compound ordinal (السادس عشر): part of the regnal number, no given name. */
const ORDINAL_TENS: ReadonlySet<string> = new Set(["عشر", "عشره"]);

/**
 * Two full names with nothing between, read as one (عبدالرحمن الحقباني | سعود الدوسري، الملك عبد الله الثاني | عمر
 * الرزاز): a person's span splits before a given name without the article that follows a family name with it (a
 * listed family name, a nisba, a regnal number or a word the training data tagged a person's) when each part has two
 * words or more, and the word with the article completes no kunya (أبو الخير آدم يونس is one man); ولد is the
 * Maghrebi بن (الهادي ولد علي). An Arab name
 * runs given names first and the family name last, so a given name after the family name opens the next person's.
 */
function gluedFullNames(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  const word = (i: number) => (toks[i] as Tok).text;
  // Not a title that as often opens the next name (الشيخ عبدالرحمن الجودر), nor an ordinal that goes on (كارل
  // السادس عشر غوستاف: see ORDINAL_TENS).
  const familyWithArticle = (w: string) => {
    if (ORDINALS.has(w)) return true;
    if (!/^ال[^\s]{3,}$/u.test(w) || isFirstName(w) || COMPOUND_NAME_ENDS.has(w) || TITLE_KEYS.has(gazKey(w)))
      return false;
    const k = gazKey(w);
    return isLastName(w) || everPersonWord(w) || (k.endsWith("ي") && nisbaPlace(k) === null);
  };
  const givenName = (w: string) =>
    everPersonWord(w) &&
    !ORDINAL_TENS.has(w) &&
    !WITH_ARTICLE.test(w) &&
    !NAME_PARTICLE_ENDS.has(w) &&
    w !== "ولد" &&
    !ROLE_HEADS.has(gazKey(w));
  splitSpans(toks, spans, "PER", (w, i, sp) => {
    // أبو الخير | آدم يونس: the word with the article completes a kunya, a given name of its own.
    if (i - sp.a < 2 || sp.b - i < 2 || toks[i]?.group !== -1 || NAME_PARTICLE_ENDS.has(word(i - 2))) return false;
    return givenName(w) && familyWithArticle(word(i - 1)) && WORDY.test(word(i + 1));
  });
}

/**
 * A company's head word as the outlet writes it (folded), with a conjunction or preposition glued on and in the
 * dual or plural: شركة، لشركة، شركتا، بشركتي، والشركتان. The tagger reads the head and the foreign name after it
 * as a person (شركتا أرامكو، لشركة لاكتاليس).
 */
const COMPANY_HEAD = /^(?:[وف]?[بلك]?|[وف]?ال|[وف]?لل)شرك(?:ه|تا|تي|تان|تين|ات)$/u;

/**
 * A person's span that opens on a company's head word is the company's name after it, an organisation (شركتا
 * | أرامكو وأكوا باور: the dual heads two names; لشركة | لاكتاليس, so that the article's bare لاكتاليس is it).
 */
function companiesReadAsPersons(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (const x of spans) {
    if (x.type !== "PER") continue;
    if (x.b - x.a > 1 && COMPANY_HEAD.test((toks[x.a] as Tok).text)) {
      x.a++;
      x.type = "ORG";
    }
  }
}

/**
 * Heads an organisation's name follows in construct, with a conjunction or preposition glued on (بنك باركليز، لنادي
 * حطين، فريق حطين، بروسيا دورتموند), folded; indefinite only: الفريق before a name is the rank.
 */
const ORG_HEAD_BEFORE_NAME = /^(?:[وف]?[بلك]?)(?:بنك|مصرف|نادي|فريق|بروسيا)$/u;

/**
 * A person's span right after an organisation's head (see `ORG_HEAD_BEFORE_NAME`) is the organisation's name, unless
 * a word of it is known as a person's (فريق ميسي، نادي محمد صلاح: his team).
 */
function organisationsReadAsPersons(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (const x of spans) {
    if (x.type !== "PER" || x.a === 0 || !ORG_HEAD_BEFORE_NAME.test((toks[x.a - 1] as Tok).text)) continue;
    if (toks.slice(x.a, x.b).some((t) => isPersonWord(t.text))) continue;
    x.type = "ORG";
  }
}

/**
 * Last words of club names after a city (مانشستر سيتي، ليستر سيتي، مانشستر يونايتد، باريس سان جيرمان),
 * folded: the tagger reads the city as a place or a club and the tail apart, often as a person (سيتي).
 */
const CLUB_TAILS: readonly string[][] = [["سيتي"], ["يونايتد"], ["سان", "جيرمان"], ["سان", "جرمان"]];

/**
 * Names of clubs and companies the tagger cut in two: a city or club followed by a club tail (ستوك | سيتي،
 * باريس | سان جيرمان) becomes one organisation, and so do two one-word organisations with nothing between
 * (أهلي | جدة، وست | بروميتش، فوكس | نيوز، أتلتيك | بلباو): two organisations side by side are otherwise
 * joined by و or a preposition. Not after a definite word (الأهلي | بانشغال: a verbal noun) nor before one.
 */
function clubNames(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  const tailAt = (i: number) =>
    CLUB_TAILS.find((t) => t.every((w, j) => (toks[i + j] as Tok | undefined)?.text === w))?.length ?? 0;
  for (let k = spans.length - 1; k >= 0; k--) {
    const x = spans[k] as { a: number; b: number; type: EntityType };
    // ليستر سيتي read whole as a person's name.
    if (x.type === "PER" && CLUB_TAILS.some((t) => x.b - x.a > t.length && tailAt(x.b - t.length) === t.length)) {
      x.type = "ORG";
      continue;
    }
    if (x.type !== "ORG" && x.type !== "LOC") continue;
    const n = tailAt(x.b);
    if (n > 0) {
      // The tail may be a span of its own (سيتي as a person), or the start of the next one, which then
      // starts after it (باريس | سان جيرمان لوكاس دين: the player's name follows the club's).
      const b = x.b + n;
      while (k + 1 < spans.length && (spans[k + 1] as { a: number }).a < b) {
        const y = spans[k + 1] as { a: number; b: number; type: EntityType };
        if (y.b > b) {
          y.a = b;
          break;
        }
        spans.splice(k + 1, 1);
      }
      spans[k] = { a: x.a, b, type: "ORG" };
      continue;
    }
    const y = spans[k + 1];
    if (x.type !== "ORG" || y === undefined || y.type !== "ORG" || y.a !== x.b) continue;
    if (x.b - x.a !== 1 || y.b - y.a !== 1) continue;
    const w1 = (toks[x.a] as Tok).text;
    const w2 = (toks[y.a] as Tok).text;
    if (!WORDY.test(w1) || !WORDY.test(w2) || /^(?:ال|لل)/.test(w1) || /^[وفلب]|^ال/.test(w2)) continue;
    // قاد كونتي تشلسي: a person before the club is the verb's subject; مع يوفنتوس أوروبيا: an adverb of place.
    if ([w1, w2].some((w) => isFirstName(w) || isLastName(w) || loadTagger().knownType(gazKey(w)) === "PER")) continue;
    // An adjective or an adverb of the same stem: يوفنتوس الإيطالي is cut by its ال already; أوروبيا، محليا (in
    // Europe, at home) are accusative nisbas, not names.
    if (nisbaPlace(gazKey(w2)) !== null || (/يا$/.test(w2) && !isPlaceKey(gazKey(w2)))) continue;
    spans.splice(k, 2, { a: x.a, b: y.b, type: "ORG" });
  }
}

/**
 * Two spans joined by a hyphen with no space (كيم جونغ-أون، غرابار-كيتاروفيتش، سونغ يونغ-مو) are one name when
 * either is a person's; a spaced dash is a list's (فلان الفلاني - علان العلاني) and is left alone.
 */
function hyphenatedNames(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (let k = spans.length - 2; k >= 0; k--) {
    const x = spans[k] as { a: number; b: number; type: EntityType };
    const y = spans[k + 1] as { a: number; b: number; type: EntityType };
    const h = toks[x.b] as Tok | undefined;
    if (y.a !== x.b + 1 || h === undefined || h.text !== "-") continue;
    if ((toks[x.b - 1] as Tok).e !== h.s || (toks[y.a] as Tok).s !== h.e) continue;
    // Both a person's, or a person's and a word the tagger typed otherwise (غرابار | كيتاروفيتش); not a place's
    // (صحيفة اوستن-اميركان ستيتسمان: a newspaper named for its city).
    if ((x.type !== "PER" && y.type !== "PER") || x.type === "LOC" || y.type === "LOC") continue;
    spans.splice(k, 2, { a: x.a, b: y.b, type: "PER" });
  }
}

/**
 * A first name with ل glued on, right before a person's name the tagger found without it (صورة لجمال | عبد
 * الناصر): the name starts at the first name, after the preposition. Not ب, which far more often governs a
 * noun that is also a first name (بجلاء، بزهران); not when the whole word is a first name too (لبيب) or
 * the word is inside another mention.
 */
function gluedFirstNames(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.a < 1 || covered[r.a - 1]) continue;
    const t = toks[r.a - 1] as Tok;
    const cut = /^[وف]?ل/u.exec(t.text)?.[0].length ?? 0;
    const rest = t.text.slice(cut);
    if (cut === 0 || t.group >= 0 || rest.length < 3 || !listedGivenName(rest) || isFirstName(t.text)) continue;
    r.a -= 1;
    r.s = t.s + cut;
    r.key = [gazKey(rest), ...r.key];
  }
}

/** أبو or أم, maybe after و or ف (folded): the first word of a kunya. */
const KUNYA_KEYS: ReadonlySet<string> = new Set(["ابو", "ام"]);
/** The same, as a word of the text. */
const KUNYA_PARTICLE = /^([وف]?)(ابو|ام)$/u;

/**
 * A kunya the tagger read without its particle (أكدت أم | محمد، والقياديان … وأبو | قتادة التونسي): the name is أم
 * محمد, a woman, or أبو قتادة, not محمد or قتادة. A person's mention that opens with a person's word right after an
 * untagged أبو or أم takes the particle, without a و or ف before it. Not أم after another mention: that is "or"
 * (ترامب أم بايدن). With `containsRun` keeping the lone child's name (منصور beside أم منصور) apart, over 6,000 SNN and
 * ANT articles 21 mentions change, 20 for the better (أم محمد، أم خالد، أم عماد، أم منصور's son منصور) and one worse
 * (a tag list's «الطائف ام احمد», read as "or"); held-out and Wojood F1 are unchanged.
 */
function kunyaParticles(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.a < 1 || covered[r.a - 1]) continue;
    const t = toks[r.a - 1] as Tok;
    const m = KUNYA_PARTICLE.exec(t.text);
    if (m === null || t.group >= 0 || !isPersonWord((toks[r.a] as Tok).text)) continue;
    const [, conj = "", particle = ""] = m;
    if (particle === "ام" && conj === "" && r.a >= 2 && covered[r.a - 2]) continue;
    r.a -= 1;
    r.s = t.s + conj.length;
    r.key = [particle, ...r.key];
  }
}

/** Shortest full name `familyNounsAfterChains` completes: a given name, the father's and the grandfather's. */
const MIN_NAME_CHAIN = 3;
/** Prepositions after which a name's family word may stand, folded (… رماحة | من مخيم). */
const PREPOSITIONS_AFTER_FAMILY: ReadonlySet<string> = new Set(["من", "في", "الي", "عن", "مع"]);

/**
 * A family name that is also a noun in ة (رماحة، تفاحة، شحادة) after a chain of three name words or more: the tagger
 * ends the name before it (الحجة جميلة خليل صالح | رماحة من مخيم), since the noun alone is no name. A chain of a
 * given name, the father's and the grandfather's is a full name whose family name comes next, and a noun in ة (never
 * a verb) without the article or a clitic that ends the clause there (a preposition, a mark or the end follows) is
 * that family name. Not after بن or أبو (the chain of a lineage, محمد بن عبدالله الغزي | لجنة), and not when a
 * preposition does not follow: the noun is then the verb's object (منح … قلادة النيل). Over 6,000 SNN and ANT
 * articles it changes no mention; on the Wojood test it completes one name (PER F1 75.2 → 76.6).
 */
function familyNounsAfterChains(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.b - r.a < MIN_NAME_CHAIN) continue;
    const words = toks.slice(r.a, r.b).map((t) => t.text);
    if (words.some((w) => !isPersonWord(w) || NAME_PARTICLES.has(w) || w.startsWith("ال"))) continue;
    const t = toks[r.b];
    if (t === undefined || covered[r.b] || t.group >= 0 || !WORDY.test(t.text) || /^[وفبلك]|^ال/u.test(t.text))
      continue;
    const w = t.text;
    // (Nor a participle of saying: سلوى محمد علي | قائلة: «…».)
    if (isStopword(w) || TIME_WORDS.has(w) || ROLE_HEADS.has(gazKey(w)) || AFTER_NAME_WORDS.has(w) || CUES.has(w))
      continue;
    const o = toOriginal(f, { start: t.s, end: t.e });
    // ة, or ه where the text writes ة so (رماحه): not after the prefixes of a verb or a verbal noun, whose ه is
    // "him" or "his" (تتوجه، انتقاله).
    const written = original.slice(o.start, o.end);
    if (!/^[^\sة]{3,}ة$/u.test(written) && !/^[^\sاأإآيتن][^\s]{2,}ه$/u.test(written)) continue;
    const next = toks[r.b + 1];
    if (next !== undefined && !PUNCT.test(next.text) && !PREPOSITIONS_AFTER_FAMILY.has(next.text)) continue;
    r.b += 1;
    r.e = t.e;
    r.key = [...r.key, gazKey(w)];
  }
}

/** A folded word with the article ending in ي: a nisba (الحربي، الشهري، المصري) or an adjective (الخارجي). */
const DEFINITE_NISBA = /^ال[^\s]{3,}ي$/u;

/**
 * A family's nisba after a lone given name (فوزية | الحربي، حمود | الغامدي، سامر | الجهني): the tagger often ends
 * the name at the given name when the nisba is one it never saw. A person's mention of one listed given name, written
 * without the article or a clitic, takes an untagged nisba right after it that names no country or place
 * (`familyNisba`): not المصري, which after a name is as often the adjective (اللاعب محمد صلاح المصري), nor a definite
 * word before the name (الجمال | الشكلي: beauty, not Jamal). Over 9,000 SNN and ANT articles 20 mentions change, 19
 * for the better (فوزية الحربي ×11, حمود الغامدي، حمدان العمري، سعد الشهري …); one bare المولى now propagated from
 * علي المولى belongs to another of the family.
 */
function familyNisbasAfterGivenNames(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.b - r.a !== 1) continue;
    const name = (toks[r.a] as Tok).text;
    if (!isFirstName(name) || WITH_ARTICLE.test(name) || conjoined(name)) continue;
    if (/^[بلك]/u.test(name) && listedGivenName(name.slice(1))) continue;
    const t = toks[r.b];
    if (t === undefined || covered[r.b] || t.group >= 0 || !DEFINITE_NISBA.test(t.text) || isStopword(t.text)) continue;
    const k = gazKey(t.text);
    if (!familyNisba(t.text) || isPlaceKey(k)) continue;
    r.b += 1;
    r.e = t.e;
    r.key = [...r.key, k];
  }
}

/**
 * A word for a settlement or an area (names.ts `AREA_HEADS`), or a municipality's or a camp's, which stand before a
 * place's name too (أمانة الشرقية، مخيم اليرموك), of several areas (مناطق عسير وجازان), or of its people (أهالي
 * الباحة).
 */
const AREA_HEAD = areaHeadPattern(["امانه", "بلديه", "مخيم", "مناطق", "محافظات", "مدن", "قري", "اهالي", "سكان"]);

/**
 * A city of places.data.ts the tagger left untagged where only a place can stand: right after a word for a
 * settlement or an area (أمير منطقة الباحة، بلدية محافظة بلقرن), or joined by و to a place just named (من جازان
 * ونجران). The tagger was trained before the list (few Saudi cities are in its training sentences: عسير، الباحة،
 * أبها، ينبع). After a preposition (في الأحساء، مكتب العمل بخيبر) too, when the word is written as the list
 * writes it (الخبر, not في خبر) and is not mostly a common word there (الخبر "the news", تربة "soil": these are
 * read after a word for an area only).
 */
function citiesAfterAreaHeads(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  const placeEndsAt = new Set(raws.filter((r) => r.type === "LOC").map((r) => r.b));
  const added: Raw[] = [];
  for (let i = 1; i < toks.length; i++) {
    if (covered[i]) continue;
    const t = toks[i] as Tok;
    const prev = toks[i - 1] as Tok;
    const afterHead = AREA_HEAD.test(prev.text) && !covered[i - 1];
    const joined = placeEndsAt.has(i) && /^و./u.test(t.text);
    const afterPreposition = !afterHead && !joined;
    const named = afterPreposition ? cityAfterPreposition(prev, t) : t.text;
    if (named === null || !WORDY.test(t.text)) continue;
    // The longest listed name from here: two words, then one. After a preposition one word only, written as the
    // list writes it (في الخبر, not في خبر): the list's names of two words include a person's (حي حليمة السعدية →
    // تذكرني بحليمة السعدية) and a phrase's (منطقة منزوعة السلاح).
    const two = toks[i + 1];
    const len =
      !afterPreposition && two !== undefined && !covered[i + 1] && isCityKey(`${gazKey(named)} ${gazKey(two.text)}`)
        ? 2
        : isCityKey(gazKey(named)) && (!afterPreposition || isCityWord(named))
          ? 1
          : 0;
    if (len === 0) continue;
    const words = toks.slice(i, i + len);
    // A joined name's و is the conjunction (وحفر الباطن), which trimmedStart sees only before a one-word place.
    const cut = joined ? 1 : named !== t.text ? t.text.length - named.length : trimmedStart(t.text, "LOC");
    added.push({
      a: i,
      b: i + len,
      type: "LOC",
      s: t.s + cut,
      e: (words[len - 1] as Tok).e,
      key: words.map((w) => gazKey(w.text)),
    });
    // The next city may be joined to this one (عسير وجازان ونجران).
    placeEndsAt.add(i + len);
    i += len - 1;
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/** Prepositions a place stands after (في جدة، من جازان إلى الباحة، بين مسندم والأحساء), folded. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["في", "من", "الي", "وفي", "ومن", "والي", "بين"]);
/** A preposition ب glued to a word (بجدة، وبالأحساء). */
const GLUED_BI = /^[وف]?ب/u;
/** بحجة (on the pretext of) is an expression: Yemen's governorate حجة is read after في or محافظة. */
const GLUED_EXPRESSIONS: ReadonlySet<string> = new Set(["بحجه"]);

/**
 * The word a city may be read in when token `t` follows a preposition (`prev`) or has ب glued to it (بجدة →
 * جده): that word, not a city mostly written for something else; or null.
 */
function cityAfterPreposition(prev: Tok, t: Tok): string | null {
  let w: string;
  if (PLACE_PREPOSITIONS.has(prev.text) && prev.line === t.line) w = t.text;
  else if (GLUED_BI.test(t.text) && !isCityWord(t.text) && !GLUED_EXPRESSIONS.has(t.text.replace(/^[وف]/u, "")))
    w = t.text.replace(GLUED_BI, "");
  else return null;
  return isCommonCityWord(w) ? null : w;
}

/**
 * A place's mention takes the settlement word right before it (في مدينة | قلقيلية → مدينة قلقيلية), without
 * the word's clitics (بمدينة → مدينة). The entity stays the place (`Raw.ns`), so that مدينة قلقيلية and
 * قلقيلية are one. Not when the word belongs to another mention (محافظ منطقة | الرياض as a role).
 */
function settlementHeads(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "LOC" || r.role || r.a < 1 || covered[r.a - 1]) continue;
    const head = toks[r.a - 1] as Tok;
    const cut = settlementHeadCut(head.text);
    if (cut < 0 || head.group >= 0) continue;
    r.ns = r.s;
    r.a -= 1;
    r.s = head.s + cut;
  }
}

/** Place heads whose named institution the tagger and its training data read as an organisation. */
const ORG_PLACE_HEADS: ReadonlySet<string> = new Set(["جامعه", "مستشفي"].map(gazKey));

/**
 * A person after a place head, maybe with a title between (بميناء | رادس، باستاد الملك | فهد الدولي، مطار
 * الملك | خالد), names the place, not a person here: the span grows over the head and the title and becomes
 * a place (a university or a hospital an organisation).
 */
function placesNamedForPersons(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const sp = spans[k] as { a: number; b: number; type: EntityType };
    if (sp.type !== "PER" || sp.a < 1) continue;
    // بميناء | رادس: the head right before the name; باستاد الملك | فهد: the head before a title.
    const titled = sp.a >= 2 && NAMING_TITLES.has((toks[sp.a - 1] as Tok).text);
    const h = sp.a - (titled ? 2 : 1);
    const head = (toks[h] as Tok).text;
    const key = [head, head.slice(1)].map(gazKey).find((x) => PLACE_HEAD_KEYS.has(x));
    if (key === undefined || (key !== gazKey(head) && !/^[وبل]/.test(head))) continue;
    // Only a head in construct (مدينة، بمطار) is named by what follows; after المطار or أمير منطقة عسير the
    // person is the office holder in apposition (أمير المنطقة فهد بن سلطان).
    if (/^ال|^[وبل]ال/.test(head) || ROLE_HEADS.has(gazKey(toks[h - 1]?.text ?? ""))) continue;
    sp.a -= titled ? 2 : 1;
    sp.type = ORG_PLACE_HEADS.has(key) ? "ORG" : "LOC";
    // The tagger's own span over the head and title (جامعة الملك | سعود) is part of this one.
    const prev = spans[k - 1];
    if (prev && prev.b > sp.a) {
      sp.a = Math.min(sp.a, prev.a);
      spans.splice(k - 1, 1);
    }
  }
}

/**
 * Words of place names that always take a genitive (تل، جبل، عين، قرية، مخيم، أبو …), folded: a place's or
 * organisation's name never ends on one (قرية تل | الورد، مخيم خان | الشيح، في مدينة | لحج).
 */
const CONSTRUCT_HEADS: ReadonlySet<string> = new Set([
  "تل",
  "جبل",
  "وادي",
  "عين",
  "بئر",
  "راس",
  "دير",
  "كفر",
  "بيت",
  "خان",
  "حي",
  "ابو",
  "بني",
  "سيدي",
  "مدينه",
  "قريه",
  "بلده",
  "مخيم",
  "شارع",
  "ميدان",
  "جسر",
  "سوق",
]);

/**
 * A place or organisation span the tagger ended on a construct head (CONSTRUCT_HEADS) takes the word after it,
 * or the span that starts there (قرية تل | الورد → قرية تل الورد; [مدينة] [لحج] → مدينة لحج), unless that is
 * punctuation, a function word or the head again (في جبل جبل العرب: a slip). (أم is left out: folded it is also
 * the letter M of spelt-out brands, آي بي إم.)
 */
function constructHeadsAtEnd(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as { a: number; b: number; type: EntityType };
    if (sp.type !== "LOC" && sp.type !== "ORG") continue;
    for (let step = 0; step < 2 && CONSTRUCT_HEADS.has((toks[sp.b - 1] as Tok).text); step++) {
      const next = toks[sp.b];
      const head = (toks[sp.b - 1] as Tok).text;
      if (next === undefined || !WORDY.test(next.text) || isStopword(next.text) || next.group >= 0) break;
      if (next.text === head) break;
      const y = spans[k + 1];
      if (y !== undefined && y.a === sp.b) {
        sp.b = y.b;
        spans.splice(k + 1, 1);
      } else sp.b++;
    }
  }
}

/**
 * ودعت الوزارة | الأسر التي …: a definite feminine head (الوزارة، الهيئة، الشركة) takes a definite adjective
 * that agrees with it (-ة، العليا، الكبرى), never a genitive; a definite word after it that cannot agree is the
 * verb's object, not part of the name. The span ends at the head.
 */
function objectsAfterFeminineHeads(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (const sp of spans) {
    if (sp.type !== "ORG" || sp.b - sp.a < 2) continue;
    const head = (toks[sp.a] as Tok).text;
    if (!head.startsWith("ال") || !head.endsWith("ه") || !ORG_HEAD_KEYS.has(gazKey(head))) continue;
    // Adjectives that agree may follow one another (المحكمة العليا); a prepositional phrase ends the check.
    for (let k = sp.a + 1; k < sp.b; k++) {
      const w = (toks[k] as Tok).text;
      if (!w.startsWith("ال")) break;
      if (/[هاي]$/.test(w)) continue;
      sp.b = k;
      break;
    }
  }
}

/**
 * وكيل (deputy, agent) or وكيلة as the outlet writes it, folded, with a conjunction or preposition glued on: a role
 * word ROLE_HEADS lacks (it is a model feature) that is also a given name (Wakil).
 */
const DEPUTY = /^[وف]?[بل]?وكيله?$/u;

/**
 * A person's span of وكيل alone before an organisation (وكيل | وزارة الصحة، وكيل | الجامعة للتطوير): the role
 * "deputy minister", "vice-rector", never the given name, which a given or family name follows (وكيل أحمد متوكل).
 * In 3,000 SNN and ANT articles all nine such spans were the role. Dropped: the role phrase is found as a role.
 */
function deputiesReadAsNames(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const x = spans[k] as { a: number; b: number; type: EntityType };
    if (x.type !== "PER" || x.b - x.a !== 1 || !DEPUTY.test((toks[x.a] as Tok).text)) continue;
    const next = toks[x.b]?.text ?? "";
    const org = spans[k + 1]?.a === x.b && spans[k + 1]?.type === "ORG";
    if (org || ORG_HEAD_KEYS.has(gazKey(next)) || DEFINITE.test(next)) spans.splice(k, 1);
  }
}

/**
 * Splits every span of `type` before each of its inner tokens that `cutBefore` accepts (a list item, a second
 * organisation); returns the token indices cut at.
 */
function splitSpans(
  toks: Tok[],
  spans: { a: number; b: number; type: EntityType }[],
  type: EntityType,
  cutBefore: (word: string, i: number, span: { a: number; b: number }) => boolean,
): number[] {
  const all: number[] = [];
  for (let k = spans.length - 1; k >= 0; k--) {
    const sp = spans[k] as { a: number; b: number; type: EntityType };
    if (sp.type !== type) continue;
    const cuts: number[] = [];
    for (let i = sp.a + 1; i < sp.b; i++) if (cutBefore((toks[i] as Tok).text, i, sp)) cuts.push(i);
    if (cuts.length === 0) continue;
    const pieces = [sp.a, ...cuts, sp.b];
    spans.splice(k, 1, ...pieces.slice(0, -1).map((a, n) => ({ a, b: pieces[n + 1] as number, type })));
    all.push(...cuts);
  }
  return all;
}

/**
 * A name in quote marks right after لـ, إلى or عليها is the outlet told or cited (قال لـ«المرفأ»، اطلعت
 * عليها «الضفاف نيوز»): a span the tagger found inside becomes one organisation over the quoted words.
 */
function outletsInQuotes(toks: Tok[], spans: { a: number; b: number; type: EntityType }[]): void {
  for (let k = spans.length - 1; k >= 0; k--) {
    const sp = spans[k] as { a: number; b: number; type: EntityType };
    let open = sp.a - 1;
    while (open >= 0 && sp.a - open <= MAX_OUTLET_WORDS && !OPENING_MARKS.has((toks[open] as Tok).text)) open--;
    let close = sp.b;
    while (close < toks.length && close - open <= MAX_OUTLET_WORDS + 1 && !CLOSING_MARKS.has((toks[close] as Tok).text))
      close++;
    if (open < 1 || close >= toks.length || close - open - 1 > MAX_OUTLET_WORDS) continue;
    if (!OPENING_MARKS.has((toks[open] as Tok).text) || !CLOSING_MARKS.has((toks[close] as Tok).text)) continue;
    if (!OUTLET_LEADS.has((toks[open - 1] as Tok).text)) continue;
    const inside = toks.slice(open + 1, close);
    if (inside.some((t) => PUNCT.test(t.text))) continue;
    // One mention over the quoted words: drop the other spans inside them.
    let first = k;
    while (first > 0 && (spans[first - 1] as { a: number }).a > open) first--;
    let last = k;
    while (last + 1 < spans.length && (spans[last + 1] as { b: number }).b <= close) last++;
    spans.splice(first, last - first + 1, { a: open + 1, b: close, type: "ORG" });
    k = first;
  }
}

const FLOOD_VERBS: ReadonlySet<string> = new Set(["ضربت", "اجتاحت", "جرفت", "تضرب", "تجتاح", "اغرقت"].map(gazKey));

/**
 * سيول read as Seoul where it means floods: السيول (the city takes no ال), and سيول before a genitive
 * (سيول الزاب), an indefinite adjective or a verb (سيول جارفة، سيول ضربت) or after جراء/ضحايا/بسبب.
 */
function isFloods(toks: Tok[], a: number): boolean {
  const w = (toks[a] as Tok).text;
  const key = gazKey(w);
  if (key !== "سيول") return false;
  if (/^[وفبل]?ال/.test(w) || /^لل/.test(w)) return true;
  const next = toks[a + 1]?.text ?? "";
  const prev = toks[a - 1]?.text ?? "";
  // سيول الزاب (the floods of al-Zab); سيول الكورية is the city.
  const genitive = next.startsWith("ال") && next.length > 3 && !/يه?$/.test(next);
  return (
    genitive ||
    (next.length > 3 && next.endsWith("ه") && !next.startsWith("ال")) ||
    FLOOD_VERBS.has(gazKey(next)) ||
    ["جراء", "ضحايا", "بسبب", "نتيجه"].includes(prev)
  );
}

/**
 * A name known in this article (or from the alias table), by its first match key. `listed`: a person of
 * `KNOWN_PERSONS`, whose name no common word shares; `bare`: its first word is written without ال (ماكرون, not
 * الماكرون the dessert), which the match key cannot tell; `slight`: a person's one-word name read only as a one-word
 * mention or in a hashtag, never as the family name of a full name.
 */
interface KnownName {
  keys: string[];
  type: EntityType;
  listed?: true;
  bare?: true;
  slight?: true;
  /** A person's family name read from a full name where it is written without ال (جوردن نادي). */
  unmarked?: true;
}
type Known = Map<string, KnownName[]>;

function addKnown(known: Known, keys: string[], type: EntityType, how: Omit<KnownName, "keys" | "type"> = {}): void {
  if (keys.length === 0 || keys.some((k) => k.length < 2)) return;
  const first = keys[0] as string;
  const old = known.get(first) ?? [];
  const same = old.findIndex((e) => e.type === type && e.keys.join(" ") === keys.join(" "));
  // A name read again with better evidence (the body's full name after the title's) loses `slight`.
  if (same >= 0 && !(old[same]?.slight && !how.slight)) return;
  // Copy on write: the lists of SEED_NAMES are shared by every article's map. In place, so that the order of the
  // readings, which decides between two types of one name, stays the order they were read in.
  const entry = { keys, type, ...how };
  const list = same >= 0 ? old.map((e, k) => (k === same ? entry : e)) : [...old, entry];
  list.sort((a, b) => b.keys.length - a.keys.length);
  known.set(first, list);
}

/**
 * Single-word aliases that are also ordinary words (فتح "opened", القاعدة "the base",
 * الإخوان "the brothers", الضفة "the bank"): never looked for outside the tagger's spans.
 */
const AMBIGUOUS_ALIASES: ReadonlySet<string> = new Set(["فتح", "قاعده", "اخوان", "ضفه", "مملكه", "حلف", "اطلسي"]);

/** Alias-table names looked for everywhere: several words, or one unambiguous word (Latin: 4+ letters). */
const SEED_NAMES: Known = (() => {
  const k: Known = new Map();
  for (const a of ALIASES) {
    for (const n of a.names) {
      const keys = nameTokens(n);
      if (keys.length === 1) {
        const w = keys[0] as string;
        if (AMBIGUOUS_ALIASES.has(w) || (/^[a-z]+$/.test(w) && w.length < 4)) continue;
      }
      addKnown(k, keys, a.type);
    }
  }
  for (const a of KNOWN_PERSONS) {
    for (const n of a.names) {
      const bare = !foldText(n).startsWith("ال");
      addKnown(k, nameTokens(n), a.type, bare ? { listed: true, bare: true } : { listed: true });
    }
  }
  return k;
})();

/** Words right before a quoted name that make it an organisation's (صحيفة «…», شركة "…"), folded keys. */
const NAME_HEADS_BEFORE_MARKS: ReadonlySet<string> = new Set(
  [
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "موقع",
    "وكاله",
    "شبكه",
    "اذاعه",
    "شركه",
    "مجموعه",
    "علامه",
    "ماركه",
    "فريق",
    "نادي",
    "منتخب",
    "حزب",
    "حركه",
    "تنظيم",
    "جماعه",
    "منظمه",
    "جمعيه",
    "مؤسسه",
    "تطبيق",
    "برنامج",
    "مصرف",
    "بنك",
    "ائتلاف",
    "تحالف",
    "كتله",
    "فصيل",
    "لواء",
    "كتيبه",
    "مركز",
    "معهد",
    "مدرسه",
  ].map(gazKey),
);

/** A definite word, maybe with a conjunction or preposition glued on (الجنة، والحماس، بالحماس), folded. */
const DEFINITE = /^(?:[وف]?(?:[بلك])?ال|[وف]?لل)[^\s]{2,}$/u;

/**
 * Organisations' names that are common nouns with the article (folded keys): حماس is Hamas, الحماس enthusiasm.
 * (الفتح is also the Saudi club, so فتح is not listed.)
 */
const BARE_ONLY_NAMES: ReadonlySet<string> = new Set(["حماس"]);

/** True for a definite common noun whose bare form names an organisation (الحماس، بالحماس). */
function definiteOfBareAlias(w: string): boolean {
  return DEFINITE.test(w) && BARE_ONLY_NAMES.has(gazKey(w));
}

/**
 * Organisation mentions that are common words: a definite common noun whose bare form is an organisation's
 * name (الحماس beside حماس; `propagate` does not spread the name to it either), and a single definite word in quote marks the tagger reads as an organisation only
 * because of the marks (ودخل الأطفال "الجنة"، «الهاراكيري»، «الأوستالجيا»): tagged again without the marks it is
 * no name, it is no nisba (العربي), no head word stands before the marks (صحيفة «…», لـ«…»), no nationality follows them («الشروق»
 * المصرية), the alias table, the places and the training data do not know it, and the sentence is not a match
 * report, where a quoted nickname names a team («الفراعنة»، «السامبا»). An indefinite quoted word («أرامكو»،
 * «هواوي»، «تويتر») is most often a brand or an outlet and is left alone.
 */
function quotedCommonWords(toks: Tok[], ranges: [number, number][], raws: Raw[]): void {
  const tagger = loadTagger();
  const drop = new Set<Raw>();
  for (const r of raws) {
    if (r.type !== "ORG" || r.b - r.a !== 1) continue;
    const w = (toks[r.a] as Tok).text;
    if (definiteOfBareAlias(w)) {
      drop.add(r);
      continue;
    }
    const open = toks[r.a - 1];
    const close = toks[r.b];
    if (!open || !close || !OPENING_MARKS.has(open.text) || !CLOSING_MARKS.has(close.text)) continue;
    // A definite nisba («العربي» the magazine, «الجمهوري» the hospital) names outlets, clubs and hospitals.
    if (!DEFINITE.test(w) || w.endsWith("ي")) continue;
    const k = gazKey(w);
    const before = toks[r.a - 2]?.text ?? "";
    if (OUTLET_LEADS.has(before) || NAME_HEADS_BEFORE_MARKS.has(gazKey(before))) continue;
    if (nisbaPlace(gazKey(toks[r.b + 1]?.text ?? "")) !== null) continue;
    if (knownAlias(w) || isPlaceKey(k) || PLATFORMS.has(k) || tagger.knownType(k) !== null) continue;
    // جهود «الهيئة»: an organisation's head alone refers to the one named before it (see `namedBefore`).
    if (ORG_HEAD_KEYS.has(k)) continue;
    const range = ranges.find(([a, b]) => a <= r.a && r.a < b);
    if (!range) continue;
    const [a, b] = range;
    const words: string[] = [];
    let at = -1;
    for (let i = a; i < b; i++) {
      if (i === r.a - 1 || i === r.b) continue;
      if (i === r.a) at = words.length;
      words.push((toks[i] as Tok).text);
    }
    if (isSportSentence(words, words.map(gazKey))) continue;
    if (TAGS[tagger.tagFolded(words)[at] as number] === "O") drop.add(r);
  }
  if (drop.size === 0) return;
  const kept = raws.filter((r) => !drop.has(r));
  raws.length = 0;
  raws.push(...kept);
}

/**
 * An organisation's name of several words from the alias table, spelt out whole, is one mention even where the
 * tagger cut it into shorter spans (وكالة | تونس | افريقيا للأنباء read as two places; تنظيم | داعش with داعش
 * left to propagation): its spans inside the name give way to it. Not when a span runs past the name (مجلس الأمن
 * inside مجلس الأمن الدولي: the tagger's longer name stands) or when the tagger found none of its words.
 */
function knownNamesOverSpans(toks: Tok[], raws: Raw[]): void {
  const at: (Raw | undefined)[] = new Array(toks.length);
  for (const r of raws) at.fill(r, r.a, r.b);
  const dropped = new Set<Raw>();
  const added: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = (toks[i] as Tok).text;
    if (!WORDY.test(w)) continue;
    // A preposition or conjunction glued to the head (لوكالة، بوزارة), which the key keeps.
    const glued = w.length > 4 && "لبوف".includes(w[0] as string) && !SEED_NAMES.has(gazKey(w)) ? 1 : 0;
    const list = SEED_NAMES.get(gazKey(w.slice(glued)));
    if (!list) continue;
    for (const e of list) {
      const L = e.keys.length;
      if (e.type !== "ORG" || L < 2 || i + L > toks.length) continue;
      let ok = true;
      for (let j = 1; j < L && ok; j++) ok = gazKey((toks[i + j] as Tok).text) === e.keys[j];
      if (!ok) continue;
      const inside = new Set<Raw>();
      for (let j = i; j < i + L; j++) if (at[j]) inside.add(at[j] as Raw);
      const spans = [...inside];
      if (spans.length === 0 || spans.some((r) => r.a < i || r.b > i + L)) break;
      // The tagger named the entity already (القاعدة in تنظيم القاعدة، مجلس الأمن in مجلس الأمن الدولي): whether the
      // head or the adjective belongs to the name is the corpus's convention, and the tagger learnt it.
      const alias = knownAlias(e.keys.join(" "));
      const named = (r: Raw) => r.type === "ORG" && knownAlias(r.key.join(" "))?.canonical === alias?.canonical;
      if (spans.length === 1 && named(spans[0] as Raw)) break;
      // Nor over another organisation's name (مجلس الأمن التابع | للأمم المتحدة): two mentions, each its own.
      if (spans.some((r) => r.type === "ORG" && !named(r) && knownAlias(r.key.join(" ")) !== null)) break;
      const first = toks[i] as Tok;
      for (const r of spans) dropped.add(r);
      added.push({
        a: i,
        b: i + L,
        type: "ORG",
        s: first.s + (glued || trimmedStart(first.text, "ORG")),
        e: (toks[i + L - 1] as Tok).e,
        key: e.keys,
      });
      i += L - 1;
      break;
    }
  }
  if (added.length === 0) return;
  const kept = raws.filter((r) => !dropped.has(r));
  raws.length = 0;
  raws.push(...kept, ...added);
  raws.sort((x, y) => x.a - y.a);
}

/**
 * One name, one reading per article: words the tagger left untagged that spell a name
 * found elsewhere in the article (or the title, or the alias table) become mentions
 * too; so does a lone surname of a person named in full (وأضاف الكاظمي).
 */
function propagate(
  toks: Tok[],
  raws: Raw[],
  known: Known,
  notNames: ReadonlySet<number>,
  glued: ReadonlyMap<number, number>,
): void {
  // An organisation's short name in parentheses right after it, (البارتي) or (MSF), is a name
  // too; `explainedAliases` later makes it an alias of the organisation.
  const starts = new Set(raws.map((r) => r.a));
  for (const r of raws.slice()) {
    if (r.type !== "ORG" || toks[r.b]?.text !== "(") continue;
    let close = r.b + 1;
    while (close < toks.length && close - r.b <= MAX_PAREN_ALIAS_TOKENS && toks[close]?.text !== ")") close++;
    if (toks[close]?.text !== ")" || close === r.b + 1 || starts.has(r.b + 1)) continue;
    const inner = toks.slice(r.b + 1, close);
    if (inner.some((t) => !WORDY.test(t.text)) || inner.every((t) => t.text.length === 1)) continue;
    // ريال مدريد (اسبانيا): the club's country, not its short name.
    if (isPlaceKey(inner.map((t) => gazKey(t.text)).join(" "))) continue;
    const first = inner[0] as Tok;
    raws.push({
      a: r.b + 1,
      b: close,
      type: "ORG",
      s: first.s,
      e: (inner[inner.length - 1] as Tok).e,
      key: inner.map((t) => gazKey(t.text)),
    });
  }
  raws.sort((x, y) => x.a - y.a);
  for (const r of raws) {
    if (r.role) continue;
    // A place's name the tagger cut on a bare construct head ([مدينة] alone) does not spread (العين does).
    if (r.type !== "PER" && CONSTRUCT_HEADS.has((toks[r.b - 1] as Tok).text)) continue;
    // A person's name read in a hashtag or as a one-word mention is a slight reading (see below).
    const slight = (toks[r.a] as Tok).group >= 0;
    addKnown(known, r.key, r.type, slight || (r.type === "PER" && r.key.length === 1) ? { slight: true } : {});
    // مطار الأحساء، محافظة الزاب: the place after its head word is a place where it stands alone too.
    if (r.type === "LOC" && r.key.length >= 2 && PLACE_HEAD_KEYS.has(r.key[0] as string)) {
      const rest = r.key.slice(1);
      if (rest.every((k) => k.length >= 3 && !isStopword(k))) addKnown(known, rest, "LOC");
    }
    if (r.type === "PER" && r.key.length >= 2) {
      const last = r.key[r.key.length - 1] as string;
      const unmarked = !/^[وفبلك]?ال/u.test((toks[r.b - 1] as Tok).text);
      if (last.length >= 3 && !isStopword(last) && !isFirstName(last))
        addKnown(known, [last], "PER", {
          ...(slight ? { slight: true as const } : {}),
          ...(unmarked ? { unmarked: true as const } : {}),
        });
    }
  }
  const covered = new Uint8Array(toks.length);
  for (const r of raws) covered.fill(1, r.a, r.b);
  const personEnds = new Set(raws.filter((r) => r.type === "PER" && !r.role).map((r) => r.b));
  const added: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || notNames.has(i) || !WORDY.test((toks[i] as Tok).text)) continue;
    // A name after a preposition glued to its hamza (لأردوغان، بأيمن الظواهري) is that name.
    const cut = glued.get(i) ?? 0;
    const wordAt = (j: number) => gazKey((toks[j] as Tok).text.slice(j === i ? cut : 0));
    const list = known.get(wordAt(i));
    if (!list) continue;
    for (const e of list) {
      const L = e.keys.length;
      if (i + L > toks.length) continue;
      let ok = true;
      for (let j = 0; j < L && ok; j++) ok = !covered[i + j] && wordAt(i + j) === e.keys[j];
      if (!ok) continue;
      // ماكرون is no الماكرون (the dessert), والماكرون neither.
      if (e.bare && /^[وف]?ال/u.test((toks[i] as Tok).text.slice(cut))) continue;
      // A lone family name after a definite noun is that noun's adjective (السلاح الكيماوي، القرن الثاني);
      // a regnal number alone (الثاني of عباس حلمي الثاني) is no name at all (كانون الثاني). Not a listed
      // person's name: الرئيس السيسي.
      const before = toks[i - 1]?.text ?? "";
      const lone = e.type === "PER" && L === 1 && !e.listed && (toks[i] as Tok).text.startsWith("ال");
      if (lone && (/^(?:ال|لل|وال|بال)/.test(before) || ORDINALS.has((toks[i] as Tok).text))) continue;
      // The family name المصري (its key مصري) is not the nationality مصري: indefinite, it is an adjective.
      if (e.type === "PER" && L === 1 && (isNationality((toks[i] as Tok).text) || notAName((toks[i] as Tok).text)))
        continue;
      if (e.type === "LOC" && L === 1 && isFloods(toks, i)) continue;
      // A person's name read only as a one-word mention or in a hashtag (المقابلة tagged once, #البيضاء) does not
      // spread to a word with the article that the tagger left untagged here: that is a common noun unless the name
      // lists or the training data know it as a person's, it is a family nisba (الصرخي), or a first name or a
      // person's mention stands right before it (منى المذبوح، عبدالله المطوع: the family name).
      if (
        e.type === "PER" &&
        L === 1 &&
        e.slight &&
        commonWithArticle((toks[i] as Tok).text.slice(cut)) &&
        !isFirstName(before) &&
        !personEnds.has(i)
      )
        continue;
      // Nor does a family name the article writes without the article (جوردن نادي، إبيفانيوس دير) spread to the word
      // with it (النادي، الدير: the club, the monastery), even one the name lists know: only when it is a family nisba
      // (هزازي … الهزازي) or a given name or a person's mention stands right before it (علي معلول … علي المعلول).
      if (
        e.type === "PER" &&
        L === 1 &&
        e.unmarked &&
        WITH_ARTICLE.test((toks[i] as Tok).text.slice(cut)) &&
        !(familyNisba((toks[i] as Tok).text.slice(cut)) && e.keys[0]!.length >= MIN_UNMARKED_NISBA) &&
        !isFirstName(before) &&
        !personEnds.has(i)
      )
        continue;
      // Nor onto a bare construct head ([مدينة] لحج from a place named المدينة).
      if (e.type !== "PER" && CONSTRUCT_HEADS.has((toks[i + L - 1] as Tok).text)) continue;
      if (e.type === "ORG" && L === 1 && definiteOfBareAlias((toks[i] as Tok).text)) continue;
      const first = toks[i] as Tok;
      added.push({
        a: i,
        b: i + L,
        type: e.type,
        s: first.s + (cut || trimmedStart(first.text, e.type)),
        e: (toks[i + L - 1] as Tok).e,
        key: e.keys,
      });
      covered.fill(1, i, i + L);
      i += L - 1;
      break;
    }
  }
  if (added.length > 0) {
    raws.push(...added);
    raws.sort((x, y) => x.a - y.a);
  }
}

/** A role stated for a person mention, and its match key. */
interface RoleNote {
  /** Index of the person's raw mention. */
  person: number;
  /** Folded offsets of the role phrase. */
  s: number;
  e: number;
  key: string;
  head: string;
  /** Letters the role is written with before `s`: ا where a preposition took the article's (للأمير → الأمير). */
  lead?: string;
}

const roleNotes = new WeakMap<Raw[], RoleNote[]>();
/**
 * Words no role phrase runs across (folded): clause words, prepositions no office is named with (حول، ضد،
 * منذ), words of time (وزير الدفاع في جدة أمس | الرئيس …) and the pronoun of a nominal sentence (المحافظ
 * الحالي وهو الدكتور …): what follows is another phrase.
 */
const STOP_ROLE = new Set([
  "ان",
  "انه",
  "الذي",
  "التي",
  "الذين",
  "قد",
  "لقد",
  "كما",
  "حيث",
  "بعد",
  "قبل",
  "خلال",
  "عن",
  "مع",
  "حول",
  "ضد",
  "منذ",
  "بعدما",
  "عندما",
  "حين",
  "حتي",
  "لم",
  "لن",
  "امس",
  "مساء",
  "صباح",
  "فجر",
  "عشيه",
  "غداه",
  "هو",
  "هي",
  "وهو",
  "وهي",
  "فهو",
  "فهي",
  // بأن (that) opens a clause as أن does (أبلغ … أمير منطقة عسير | بأن المنطقة).
  "بان",
  "بانه",
  "بانها",
  "بانهم",
  // Connectors of addition (بالإضافة إلى، إضافة إلى، فضلا عن، علاوة على، ناهيك عن): what follows is another item.
  "بالاضافه",
  "اضافه",
  "فضلا",
  "علاوه",
  "ناهيك",
]);
/** Prepositions a role phrase does not end on (سفير الولايات المتحدة بنواكشوط إلى | «…»), folded. */
const ROLE_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(["في", "الي", "علي", "من", "لدي", "بين", "عن", "مع"]);
/** Punctuation that closes an apposition after a name (فؤاد حسين، وزير الخارجية،). */
const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([",", "،", ".", ":", "؛", ";", ")", "!", "؟", "?"]);
/**
 * Titles a preposition in front of makes the name after them the one something was given or sent to (رئيس الهيئة
 * التهنئة لخادم الحرمين …، يقدم التهنئة للأمير …): the role phrase starts again there. Match keys.
 */
const RECIPIENT_TITLES: ReadonlySet<string> = new Set(
  ["امير", "اميره", "ملك", "ملكه", "شيخ", "شيخه", "سلطان", "خادم", "صاحب", "سمو", "جلاله", "فخامه", "معالي"].map(
    gazKey,
  ),
);
/** Royal titles right before a name (الملك سلمان، الأمير محمد), folded with the article. */
const ROYAL_TITLES: ReadonlySet<string> = new Set([...NAMING_TITLES, "السلطان", "الملكه"]);
/** Honorifics before a royal title, last word first: صاحب السمو الملكي | الأمير، سمو | الأمير، خادم الحرمين الشريفين | الملك. */
const ROYAL_HONORIFICS: readonly (readonly string[])[] = [
  ["الملكي", "السمو", "صاحب"],
  ["السمو", "صاحب"],
  ["سمو"],
  ["الشريفين", "الحرمين", "خادم"],
];
/**
 * Heads of institutions named after a person (مركز الملك عبد الله، جامعة الأمير سلطان، مستشفى الملك فهد), match
 * keys: before a royal title without the article they make the name theirs, not the role's.
 */
const NAMED_INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  [
    "مركز",
    "كرسي",
    "جائزه",
    "برنامج",
    "مشروع",
    "قاعه",
    "شارع",
    "مجمع",
    "معهد",
    "كليه",
    "مدرسه",
    "مسجد",
    "جامع",
    "قصر",
    "مدينه",
    "مستشفي",
    "جامعه",
    "مؤسسه",
  ].map(gazKey),
);
/** Heads that with the article are also an epithet (ولي العهد الأمين: the trusted), folded. */
const ADJECTIVE_HEADS: ReadonlySet<string> = new Set(["الامين"]);
/** Indefinite heads a title may follow within one office (نائب الملك، ولي العهد): not a genitive's owner. */
const COMPOUND_OFFICE_HEADS: ReadonlySet<string> = new Set(["نائب", "ولي"]);

/**
 * Role key: head words with synonyms unified and the place qualifier brought to the
 * place key, so رئيس الحكومة العراقية = رئيس الوزراء العراقي = رئيس وزراء العراق.
 */
function roleKey(words: string[]): { key: string; head: string } {
  const head: string[] = [];
  let place = "";
  for (const w of words) {
    const k = gazKey(w);
    const syn = ROLE_SYNONYMS.get(k) ?? ROLE_SYNONYMS.get(w);
    const kk = syn ? gazKey(syn) : k;
    const p = isPlaceKey(kk) ? kk : nisbaPlace(kk);
    if (p) place = p;
    else if (!PUNCT.test(w)) head.push(kk);
  }
  return { key: `${head.join(" ")}|${place}`, head: head.join(" ") };
}

/**
 * Tokens that fold to a feminine head (نائبة، رئيسة، وزيرة) but are written with ه, before an office or a title: the
 * masculine head with the pronoun "his" (ونائبه ولي العهد: and his deputy, the crown prince; ورئيسه العميد), whose
 * office is the one after it. Alone before a name, or before a title of address (ونائبه الدكتور), it stays the role
 * (ونائبه طلال النجار: his deputy). Only where the
 * text writes ة somewhere: an outlet that writes every ة as ه cannot tell the two apart.
 */
function possessedHeads(original: string, f: Folded, toks: Tok[]): Set<number> {
  const out = new Set<number>();
  if (!original.includes("ة")) return out;
  toks.forEach((t, i) => {
    if (!t.text.endsWith("ه") || !ROLE_HEADS.has(gazKey(t.text))) return;
    const next = toks[i + 1]?.text ?? "";
    if (!ROLE_HEADS.has(gazKey(next)) && !ROYAL_TITLES.has(next) && !HONORIFIC_WORDS.has(next)) return;
    const o = toOriginal(f, { start: t.s, end: t.e });
    if (original.slice(o.start, o.end).endsWith("ه")) out.add(i);
  });
  return out;
}

/** Appositions: role phrase right before a person (…فؤاد حسين) or right after it, set off by a comma. */
function findRoles(toks: Tok[], raws: Raw[], possessed: ReadonlySet<number> = new Set()): void {
  const notes: RoleNote[] = [];
  /** Heads a role phrase before or after a name began at: no bare role phrase of their own. */
  const noted = new Set<number>();
  const mentionAt = new Int32Array(toks.length).fill(-1);
  raws.forEach((r, k) => {
    for (let i = r.a; i < r.b; i++) mentionAt[i] = k;
  });
  const isHead = (i: number) => {
    const t = toks[i];
    if (t === undefined || mentionAt[i] !== -1 || !ROLE_HEADS.has(gazKey(t.text)) || possessed.has(i)) return false;
    // من المقرر أن: "it is scheduled", no rapporteur (ومن المقرر تشييع سعد دوابشة اليوم).
    if (t.text === "المقرر" && /^[وف]?من$/u.test(toks[i - 1]?.text ?? "")) return false;
    // الأمين after an office is its epithet (ولي العهد الأمين); the office الأمين العام، أمين المنطقة has a genitive.
    return !(ADJECTIVE_HEADS.has(t.text) && !WITH_ARTICLE.test(toks[i + 1]?.text ?? ""));
  };
  const personAt = (i: number) => {
    const m = mentionAt[i] ?? -1;
    return m >= 0 && (raws[m] as Raw).type === "PER" ? m : -1;
  };
  const sameLine = (a: number, b: number) => (toks[a] as Tok).line === (toks[b] as Tok).line;
  /**
   * A person's name at j right after an office held for a person, written bare (مستشار خامنئي، ممثل خامنئي في
   * مشهد، نائب ظريف): the name is the genitive, whose adviser or envoy; the office is someone else's.
   */
  const genitiveOf = (i: number, j: number) => {
    const w = (toks[i] as Tok).text;
    return j === i + 1 && personAt(j) >= 0 && PERSONAL_OFFICES.has(w) && !PATRONYMS.has((toks[j] as Tok).text);
  };
  /**
   * Where an apposition written without a comma ends: at a word of time (أمس، اليوم) or a preposition that no place
   * or organisation follows (في مكتبه، على الدعم; not سفير السعودية لدى المغرب، مدير الشرطة في جدة).
   */
  const endsBareApposition = (k: number) => {
    const w = (toks[k] as Tok).text;
    if (TIME_WORDS.has(w) || BARE_APPOSITION_ENDS.has(w) || isArticleWeekday(w)) return true;
    if (mentionAt[k] === -1 && !HONORIFIC_WORDS.has(w)) {
      // What the verb goes on with (أكد … رئيس الاتحاد السعودي لكرة القدم | وجود، بوقف القصف، بزيارة إلى): a word
      // with the preposition ب that names no place (not بجدة، باسم الوزارة), or a word no office is named with once
      // the office's genitives have ended on a definite word or a name (not مدير | عام، رئيس | تحرير, whose head
      // still wants its genitive, nor the office's field with ل: لتحلية المياه، لشؤون).
      if (w.length > 3 && w[0] === "ب" && w !== "باسم" && !ROLE_HEADS.has(w)) return true;
      const prev = (toks[k - 1] as Tok).text;
      const genitivesEnded = mentionAt[k - 1] !== -1 || WITH_ARTICLE.test(prev);
      if (genitivesEnded && w[0] !== "ل" && looseWord(w)) return true;
      // After the office's place only its adjective (السعودي، السابق): أمير منطقة عسير | الجهات is the verb's object.
      const place = mentionAt[k - 1] ?? -1;
      if (place >= 0 && (raws[place] as Raw).type === "LOC" && (raws[place] as Raw).b === k && WITH_ARTICLE.test(w)) {
        const key = gazKey(w);
        if (nisbaPlace(key) === null && !OFFICE_ADJECTIVES.has(key)) return true;
      }
    }
    if (!ROLE_TAIL_PREPOSITIONS.has(w) && w !== "لدي") return false;
    const o = mentionAt[k + 1] ?? -1;
    return o < 0 || (raws[o] as Raw).type === "PER" || (raws[o] as Raw).a !== k + 1;
  };
  // A role phrase ends at punctuation (a comma only right before the name), at a clause
  // word, at a verb (of saying or any other: what follows is its object, not the office), and at a
  // word with a conjunction (… والمهندس: a list).
  const stops = (i: number, nameAt = -1) => {
    const t = toks[i] as Tok;
    if (PUNCT.test(t.text)) return !((t.text === "," || t.text === "،") && i + 1 === nameAt);
    if ((t.text[0] === "و" || t.text[0] === "ف") && stripClitics(t.text) !== t.text && !coordinatedAdjective(toks, i))
      return true;
    if (STOP_ROLE.has(t.text) || SAY_VERBS.has(t.text) || SAY_VERBS.has(gazKey(t.text))) return true;
    // A verb, or one glued to the word before it where the source lost a space (الرئيس الشيشانيالتقى).
    return mentionAt[i] === -1 && (isVerbLike(t.text) || gluedVerbAt(t.text) >= 0);
  };
  // إلى in an office follows a head of one sent somewhere (مبعوث الأمم المتحدة إلى اليمن، قائد بعثة … إلى باريس);
  // after any other office it is where its holder went or wrote to (ولي ولي العهد … وزير الدفاع | إلى مصر، رئيس
  // الاتحاد الفلسطيني للعبة | إلى نظيره الأرجنتيني), and ends the phrase.
  const sentTo = (from: number, k: number) => {
    if ((toks[k] as Tok).text !== "الي") return false;
    for (let x = from; x < k; x++) if (ENVOY_HEADS.has(gazKey((toks[x] as Tok).text))) return false;
    return true;
  };
  const taken = new Set<number>();
  /** The comma closing a person's apposition after its name, and that person: the next office after it is theirs too. */
  const appositionOf = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) {
    if (!isHead(i)) continue;
    // Before a name: head … name within the window of the chain's last head.
    let j = i + 1;
    let last = i;
    let broken = false;
    while (j < toks.length && j - last <= ROLE_WINDOW && j - i <= MAX_ROLE_CHAIN) {
      if (!sameLine(i, j)) {
        j = toks.length;
        break;
      }
      const m = mentionAt[j] as number;
      if (m >= 0 && (raws[m] as Raw).type === "PER" && (raws[m] as Raw).a === j) {
        // A name joined by و (… سلطان المطيري وماتيوس ريبيرو) is the next item of a list, not in apposition.
        // (Only و, and not a given name that starts with it: وليد، وائل.)
        const t = (toks[j] as Tok).text;
        if (t[0] === "و" && t.length > 3 && !WRITTEN_FIRST_NAMES.has(foldText(t))) j = toks.length;
        break;
      }
      const after = mentionAt[j + 1] ?? -1;
      const nameNext = after >= 0 && (raws[after] as Raw).type === "PER" && (raws[after] as Raw).a === j + 1;
      if (stops(j, nameNext ? j + 1 : -1) || sentTo(i, j)) {
        j = toks.length;
        break;
      }
      // An indefinite accusative between the head and a name is a circumstance, what the holder is doing (كان رئيس
      // الولايات المتحدة | داعما لعلامة ترامب): the name is no apposition of the office. Right before the name it is
      // the office's adverb (رئيس الوزراء الماليزي المنتخب حديثاً، | مهاتير محمد).
      const named = personAt(j + 1) >= 0 || (PUNCT.test(toks[j + 1]?.text ?? "") && personAt(j + 2) >= 0);
      if (mentionAt[j] === -1 && accusative((toks[j] as Tok).text) && !named) {
        j = toks.length;
        break;
      }
      if (isHead(j)) last = j;
      else if (mentionAt[j] === -1 && chainBreaker((toks[j] as Tok).text)) broken = true;
      j++;
    }
    // A chain past the window holds offices alone: across a word no office is named with (مدير المهرجان على حرص
    // أمين العاصمة، الرئيسة اجتماعا طارئا برئاسة المدير) the phrase is the later head's, which the loop comes to.
    const chained = j - i > ROLE_WINDOW;
    if (
      j < toks.length &&
      j - last <= ROLE_WINDOW &&
      j - i <= MAX_ROLE_CHAIN &&
      !(chained && broken) &&
      !taken.has(j) &&
      !genitiveOf(i, j)
    ) {
      let end = j;
      while (end > i + 1 && PUNCT.test((toks[end - 1] as Tok).text)) end--;
      const person = mentionAt[j] as number;
      taken.add(j);
      // Right after another person's name (not as the next item of a list: ونائب رئيس …).
      const afterPerson = personAt(i - 1) >= 0 && !conjoinedHead((toks[i] as Tok).text);
      const from = roleBeforeName(toks, i, end, isHead, afterPerson);
      let cut = nameStartInRole(toks, from, end, raws[person] as Raw);
      // A title of address the office ends on is no word of it (وزير التعليم | الدكتور، رئيس اللجنة | المهندس).
      while (cut - 1 > from && addressTitle((toks[cut - 1] as Tok).text)) cut--;
      if (cut > from) {
        const offices = onePersonsOffices(toks, chainOffices(toks, from, cut, mentionAt, raws));
        for (const [a, b] of offices) notes.push(roleNote(toks, person, a, b));
        const own = (offices[0] as [number, number])[0];
        if (own === from) noted.add(i);
        // The chain's later offices are this person's too, no bare role phrases of their own; earlier ones another
        // person's may be.
        for (let k = own; k < cut; k++) noted.add(k);
      }
      i = j - 1;
      continue;
    }
    // After a name: name ، head … up to the next punctuation. Not a head with a conjunction (…، وولي عهده
    // الأمين): the next item of a list, someone else. Without the comma, an indefinite head right after the name
    // (الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة): the way news writes an
    // apposition, which then ends at a preposition or a word of time too (… في مكتبه بجدة أمس).
    const comma = toks[i - 1];
    const withComma = comma !== undefined && (comma.text === "," || comma.text === "،");
    const before = withComma ? i - 2 : i - 1;
    // (After a comma that closed an apposition, the next one: خالد الفيصل مستشار خادم الحرمين الشريفين، | أمير منطقة
    // مكة المكرمة.)
    const m = before >= 0 ? (personAt(before) >= 0 ? personAt(before) : (appositionOf.get(i - 1) ?? -1)) : -1;
    const bare = !withComma && m >= 0 && (raws[m] as Raw).b === i && indefiniteHead((toks[i] as Tok).text);
    if ((withComma || bare) && m >= 0 && sameLine(before, i) && !conjoinedHead((toks[i] as Tok).text)) {
      let end = i + 1;
      let lastHead = i;
      while (
        end < toks.length &&
        end - lastHead < ROLE_WINDOW &&
        end - i < MAX_ROLE_CHAIN &&
        sameLine(i, end) &&
        !PUNCT.test((toks[end] as Tok).text) &&
        !stops(end) &&
        !sentTo(i, end) &&
        !(bare && endsBareApposition(end))
      ) {
        // Another person's name ends it; a place's or an organisation's is read whole (حاكم دبي، سفير … في مصر), and
        // so is a person's right after a head whose genitive it is (ولايتي | مستشار خامنئي).
        if (personAt(end) >= 0) {
          if (end !== i + 1 || !genitiveOf(i, end)) break;
          end = (raws[personAt(end)] as Raw).b;
          continue;
        }
        // A chain of offices past the window holds offices alone (see the role before a name).
        if (end - i >= ROLE_WINDOW && mentionAt[end] === -1 && chainBreaker((toks[end] as Tok).text)) break;
        if (isHead(end)) lastHead = end;
        const o = mentionAt[end] as number;
        let to = o >= 0 ? Math.max(end + 1, (raws[o] as Raw).b) : end + 1;
        // Up to a quote mark inside the name: the phrase does not take half a quoted name (لشركة «بي إيه إي).
        for (let k = end + 1; k < to; k++) if (PUNCT.test((toks[k] as Tok).text)) to = k;
        end = to;
      }
      end = Math.min(end, toks.length);
      // Closed by a comma or a full stop, or a clause word or verb: the phrase is the apposition. Cut off by the
      // window or a quote mark, what ends it may already be the verb's object (… بجدة جاهزية اللجان).
      const next = toks[end];
      const closed =
        next === undefined ||
        !sameLine(i, end) ||
        APPOSITION_CLOSERS.has(next.text) ||
        (!PUNCT.test(next.text) && (stops(end) || sentTo(i, end) || (bare && endsBareApposition(end))));
      let last = end;
      while (
        last > i + 1 &&
        (ROLE_TAIL_PREPOSITIONS.has((toks[last - 1] as Tok).text) ||
          (!closed && mentionAt[last - 1] === -1 && looseWord((toks[last - 1] as Tok).text)))
      )
        last--;
      // A head alone after a name without a comma says nothing of an office (… الشهراني مدير | إدارة); a person
      // named right after the phrase holds it, the name before being the verb's subject (اتهم الرئيس دونالد ترامب
      // مدير مكتب التحقيقات الفدرالي (إف. بي. آي) جيمس كومي).
      // (Not past إلى: the one the holder went or wrote to, كتب جبريل الرجوب رئيس الاتحاد … إلى نظيره كلاوديو تابيا.)
      let holder = false;
      const sent = end < toks.length && sentTo(i, end);
      for (let k = end, words = 0; bare && !sent && k < toks.length && words < 4 && sameLine(i, k); k++) {
        if (personAt(k) >= 0) holder = true;
        if (holder || (toks[k] as Tok).text === "،" || (toks[k] as Tok).text === ",") break;
        if (!PUNCT.test((toks[k] as Tok).text)) words++;
      }
      if (!bare || (last - i > 1 && !holder)) {
        for (const [a, b] of chainOffices(toks, i, last, mentionAt, raws)) notes.push(roleNote(toks, m, a, b));
        for (let k = i; k < last; k++) noted.add(k);
        const next = toks[end]?.text;
        if (last === end && (next === "،" || next === ",")) appositionOf.set(end, m);
      }
      i = end - 1;
    }
  }
  // Bare role phrases (no name in apposition): candidates for "the person with that role".
  for (let i = 0; i < toks.length; i++) {
    if (!isHead(i) || noted.has(i) || brigade(toks, i)) continue;
    const first = toks[i] as Tok;
    const s = roleStart(first);
    let end = i + 1;
    // A head right after a head without the article is its genitive, one office (ولي | ولي العهد، مساعد | وزير
    // الداخلية، نائب | رئيس الوزراء): not the office of the one the bare head names.
    while (end < toks.length && end - i < 3 && indefiniteHead((toks[end - 1] as Tok).text) && isHead(end)) end++;
    while (end < toks.length && end - i < 4 && mentionAt[end] === -1 && sameLine(i, end)) {
      const w = gazKey((toks[end] as Tok).text);
      const t = (toks[end] as Tok).text;
      // (الي is إلى folded, no definite word: نائب الرئيس | إلى عدن.)
      const definite =
        (t.startsWith("ال") && t !== "الي") || t.startsWith("لل") || nisbaPlace(w) !== null || ROLE_SYNONYMS.has(w);
      if (!definite || stops(end) || PUNCT.test(t)) break;
      end++;
    }
    // "رئيس وزراء العراق", "رئيس الحكومة العراقية" (tagged ORG): a place or organisation
    // mention right after the head words closes the phrase, and so does a place after its area's word (أمير منطقة
    // | حائل، محافظ محافظة | ينبع: the word joins the place's mention after this).
    let withArea = false;
    const area = mentionAt[end + 1] ?? -1;
    const areaWord = toks[end]?.text ?? "";
    if (
      mentionAt[end] === -1 &&
      area >= 0 &&
      (raws[area] as Raw).a === end + 1 &&
      (raws[area] as Raw).type === "LOC" &&
      // (Bare: not بمنطقة, which would read as منطقة once its first letter is cut; ولاية reads no area so.)
      AREA_HEAD.test(areaWord) &&
      !AREA_HEAD.test(areaWord.slice(1)) &&
      sameLine(i, end)
    ) {
      end++;
      withArea = true;
    }
    const m = mentionAt[end] ?? -1;
    if (
      m >= 0 &&
      (raws[m] as Raw).a === end &&
      (raws[m] as Raw).type !== "PER" &&
      (raws[m] as Raw).b - i <= (withArea ? 5 : 4) &&
      sameLine(i, end)
    ) {
      end = (raws[m] as Raw).b;
    }
    const words = toks.slice(i, end).map((t) => t.text);
    const raw: Raw = {
      a: i,
      b: end,
      type: "PER",
      s,
      e: (toks[end - 1] as Tok).e,
      key: [roleKey(words).key],
      role: true,
    };
    if (withArea) raw.area = true;
    raws.push(raw);
    i = end - 1;
  }
  roleNotes.set(raws, notes);
}

/** Words of an office whose holder is sent somewhere, the place after إلى being part of it (مبعوث … إلى اليمن), match keys. */
const ENVOY_HEADS: ReadonlySet<string> = new Set(
  ["مبعوث", "مبعوثة", "موفد", "مندوب", "مندوبة", "سفير", "سفيرة", "ممثل", "ممثلة", "رسول", "بعثة", "وفد"].map((w) =>
    gazKey(foldText(w)),
  ),
);

/**
 * True when the token is و + a definite nisba adjective after one of the same ending (للشؤون العربية والأفريقية،
 * الاقتصادية والاجتماعية): the office's field goes on, no list's next item starts.
 */
function coordinatedAdjective(toks: Tok[], i: number): boolean {
  const w = (toks[i] as Tok).text;
  const prev = toks[i - 1]?.text ?? "";
  if (!/^وال[^\s]{2,}(?:يه|ي)$/u.test(w) || !/^(?:ال|لل)[^\s]{2,}(?:يه|ي)$/u.test(prev)) return false;
  return w.endsWith("يه") === prev.endsWith("يه");
}

/** لواء (a major general; a brigade, a banner) as a match key. */
const LIWA = gazKey(foldText("لواء"));

/**
 * True when a bare لواء is a brigade or a banner, not the rank of a general named before: before a number (في
 * اللواء 15، معسكر اللواء ٣٥), or after a word that is neither a verb nor definite, whose genitive it is (مقر
 * لواء لبوزة، ضباط اللواء، تحت لواء، رتبة لواء), where the rank names no one either. After a verb (وأكد اللواء أن)
 * or in an apposition (مدير الاتصالات بوزارة الداخلية اللواء …) it stays the rank.
 */
function brigade(toks: Tok[], i: number): boolean {
  if (gazKey((toks[i] as Tok).text) !== LIWA) return false;
  const next = toks[i + 1]?.text ?? "";
  if (/^\p{N}/u.test(next) || ORDINALS.has(next)) return true;
  const prev = toks[i - 1]?.text ?? "";
  if (prev === "" || PUNCT.test(prev) || WITH_ARTICLE.test(prev)) return false;
  return !isVerbLike(prev) && !SAY_VERBS.has(prev) && !SAY_VERBS.has(gazKey(prev));
}

/**
 * Offices held for a person, bare (folded): before a name, the name is whose they are (مستشار خامنئي: Khamenei's
 * adviser), not their holder.
 */
const PERSONAL_OFFICES: ReadonlySet<string> = new Set(
  [
    "مستشار",
    "مستشارة",
    "ممثل",
    "ممثلة",
    "مبعوث",
    "مبعوثة",
    "مندوب",
    "نائب",
    "نائبة",
    "مساعد",
    "متحدث",
    "ناطق",
    "سكرتير",
  ].map((w) => foldText(w)),
);

/** Titles of address (الدكتور، المهندس، الأستاذ، السيد، الحاج), folded with the article: no office's words. */
function addressTitle(w: string): boolean {
  return ADDRESS_TITLES.has(w);
}
const ADDRESS_TITLES: ReadonlySet<string> = new Set(
  ["الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "الحاج"].map((w) =>
    foldText(w),
  ),
);

/** An indefinite accusative (داعما، اجتماعا، طارئا) that is no head or name: see `chainBreaker`. */
function accusative(w: string): boolean {
  return w.length >= 4 && w.endsWith("ا") && looseWord(w) && !isFirstName(w);
}

/**
 * The offices of a chain one person can hold: none of a country other than the last office's (وشبه ولي عهد السعودية
 * | المرشد الأعلى للجمهورية الإيرانية علي خامنئي: the first is the verb's subject, another person). A city's
 * offices stay with a country's (محافظ جدة … بمنطقة مكة المكرمة).
 */
function onePersonsOffices(toks: Tok[], offices: [number, number][]): [number, number][] {
  const country = ([a, b]: [number, number]) => {
    const place = roleKey(toks.slice(a, b).map((t) => t.text)).key.split("|")[1] ?? "";
    return place !== "" && !isCityKey(place) ? place : "";
  };
  let own = "";
  for (let n = offices.length - 1; n >= 0; n--) {
    const p = country(offices[n] as [number, number]);
    if (p === "") continue;
    if (own === "") own = p;
    else if (p !== own) return offices.slice(n + 1);
  }
  return offices;
}

/** Heads that with the article after another head are its adjective (الأمين المساعد، الرئيس المؤسس), match keys. */
const ADJECTIVAL_HEADS: ReadonlySet<string> = new Set(["مساعد", "مؤسس"]);

/**
 * The offices of a chain [from, end) one person holds (ولي العهد | نائب رئيس مجلس الوزراء | وزير الداخلية | الأمير),
 * each its own role, so that a later bare «ولي العهد» or «وزير الداخلية» finds its holder. An office starts at a head
 * (or a royal title with its honorific: صاحب السمو الملكي الأمير) written without a preposition on it, right after
 * a definite word or a place's or an organisation's name, where the office before has ended; after a head without
 * the article the head is that one's genitive (نائب رئيس، ولي ولي العهد، نائب الرئيس), after another word without
 * it too (مدير مكتب الرئيس), and with a preposition it is the office's complement (النائب الثاني لرئيس مجلس الوزراء).
 */
function chainOffices(toks: Tok[], from: number, end: number, mentionAt: Int32Array, raws: Raw[]): [number, number][] {
  const word = (k: number) => (toks[k] as Tok).text;
  const out: [number, number][] = [];
  let start = from;
  for (let k = from + 1; k < end; k++) {
    const w = word(k);
    const key = gazKey(w);
    const bare = w === key || w === `ال${key}`;
    if (!bare || !(ROLE_HEADS.has(key) || ROYAL_TITLES.has(w)) || mentionAt[k] !== -1) continue;
    // الأمين المساعد، الرئيس المؤسس: the head's adjective.
    if (ADJECTIVAL_HEADS.has(key) && w !== key && ROLE_HEADS.has(gazKey(word(k - 1)))) continue;
    // The honorific before a royal title opens the office (أمير منطقة القصيم | صاحب السمو الملكي الأمير).
    let at = k;
    if (ROYAL_TITLES.has(w)) {
      for (const words of ROYAL_HONORIFICS) {
        // (With the preposition on its first word where the chain opens: لخادم الحرمين الشريفين الملك.)
        const written = (n: number, h: string) => {
          const x = word(k - 1 - n);
          return x === h || (k - 1 - n === start && (x === `ل${h}` || x === `لل${h.slice(2)}`));
        };
        if (k - words.length >= start && words.every((h, n) => written(n, h))) {
          at = k - words.length;
          break;
        }
      }
    }
    if (at <= start) continue;
    const prev = word(at - 1);
    const m = mentionAt[at - 1] ?? -1;
    const ended = WITH_ARTICLE.test(prev) || (m >= 0 && (raws[m] as Raw).type !== "PER" && (raws[m] as Raw).b === at);
    if (!ended) continue;
    out.push([start, at]);
    start = at;
  }
  out.push([start, end]);
  return out;
}

/**
 * The role note of the person mention `person`: the role phrase over tokens [from, end). A preposition on its
 * first word (لخادم الحرمين، للأمير) is no part of it: the role reads خادم الحرمين، الأمير.
 */
function roleNote(toks: Tok[], person: number, from: number, end: number): RoleNote {
  const first = toks[from] as Tok;
  const t = first.text;
  let s = roleStart(first);
  let lead: string | undefined;
  const heads = (w: string) => ROLE_HEADS.has(gazKey(w)) || RECIPIENT_TITLES.has(gazKey(w));
  if (s === first.s && t.length > 3 && t[0] === "ل" && !ROLE_HEADS.has(t)) {
    // لل: the preposition, then the article without its ا (للأمير = ل + الأمير); not للواء (ل + لواء).
    if (t.startsWith("لل") && heads(t.slice(2))) {
      s = first.s + 1;
      lead = "ا";
    } else if (heads(t.slice(1))) s = first.s + 1;
  }
  const note: RoleNote = {
    person,
    s,
    e: (toks[end - 1] as Tok).e,
    ...roleKey(toks.slice(from, end).map((x) => x.text)),
  };
  if (lead !== undefined) note.lead = lead;
  return note;
}

/**
 * Where the role of the person named right after tokens [i, end) starts: at the head i, or later where the
 * phrase holds more than one person's words.
 * - A title with a preposition (… التهنئة لخادم الحرمين الشريفين الملك، يقدم التهنئة للأمير): the name is the
 *   one something went to; their role starts at the title.
 * - A royal title after an indefinite head (مستشار الملك، مدير مركز الملك، مستشار صاحب السمو الملكي الأمير): the
 *   name is that head's genitive (the king whose adviser, the prince the centre is named after); their role is
 *   the title.
 * - A phrase right after another person's name (هنأ الأمير جلوي أمير منطقة نجران خادم الحرمين الشريفين الملك
 *   سلمان): its first office is the apposition of the name before; the last office is this person's.
 */
function roleBeforeName(
  toks: Tok[],
  i: number,
  end: number,
  isHead: (k: number) => boolean,
  afterPerson: boolean,
): number {
  const word = (k: number) => (toks[k] as Tok).text;
  let from = i;
  // The title and what follows it up to the name are titles alone (لخادم الحرمين الشريفين الملك، لفخامة الرئيس);
  // not an office (مدير المكتب الخاص لسمو أمير المنطقة: the office of the emir's).
  for (let k = i + 1; k < end; k++) {
    if (!recipientTitle(word(k))) continue;
    let n = k + 1;
    while (n < end && titleWord(word(n))) n++;
    if (n === end) from = k;
  }
  /** The start of the honorific before a royal title at k (صاحب السمو الملكي الأمير), or k. */
  const honorificStart = (k: number) => {
    if (!ROYAL_TITLES.has(word(k))) return k;
    for (const words of ROYAL_HONORIFICS) {
      if (k - words.length >= from && words.every((w, n) => word(k - 1 - n) === w)) return k - words.length;
    }
    return k;
  };
  if (afterPerson && from === i) {
    let k = end - 1;
    while (k > from && !isHead(k)) k--;
    if (k > from) {
      // One office of several words: ولي ولي العهد، نائب رئيس مجلس الوزراء.
      while (k - 1 >= from && isHead(k - 1) && !WITH_ARTICLE.test(word(k - 1))) k--;
      from = honorificStart(k);
    }
  }
  const title = honorificStart(end - 1);
  if (ROYAL_TITLES.has(word(end - 1)) && title > from) {
    const owner = word(title - 1);
    const key = gazKey(owner);
    const indefinite = !WITH_ARTICLE.test(owner) && key === owner && !COMPOUND_OFFICE_HEADS.has(key);
    const head =
      ROLE_HEADS.has(key) || NAMED_INSTITUTION_HEADS.has(key) || ORG_HEAD_KEYS.has(key) || PLACE_HEAD_KEYS.has(key);
    if (indefinite && head) from = title;
  }
  return from;
}

/**
 * The end of the role phrase [from, end) before the name `person`, without a word of the name the tagger left
 * out of it (الناطق باسم المقاومة علي | الأحمدي; المتحدث الرسمي للهيئة مساعد | بن غالي العنزي).
 */
function nameStartInRole(toks: Tok[], from: number, end: number, person: Raw): number {
  if (end - 1 <= from) return end;
  const last = (toks[end - 1] as Tok).text;
  const key = gazKey(last);
  if (ROLE_HEADS.has(key) || PERSON_TITLES.has(key) || PERSON_TITLES.has(last) || WITH_ARTICLE.test(last)) return end;
  const opensWithPatronym = PATRONYMS.has((toks[person.a] as Tok | undefined)?.text ?? "");
  return opensWithPatronym || isFirstName(last) ? end - 1 : end;
}

/** A title with the preposition ل in front (لخادم، للأمير، لسمو): the one something is given or sent to. */
function recipientTitle(w: string): boolean {
  if (w.length < 4 || w[0] !== "ل" || ROLE_HEADS.has(w) || RECIPIENT_TITLES.has(w)) return false;
  return RECIPIENT_TITLES.has(gazKey(w.startsWith("لل") ? w : w.slice(1)));
}

/** Honorific words before a royal title (صاحب، السمو، الملكي، خادم الحرمين الشريفين). */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(ROYAL_HONORIFICS.flat());

/** A word of a title before a name: a royal title or its honorific, a title (الدكتور), a head with the article (الرئيس). */
function titleWord(w: string): boolean {
  const key = gazKey(w);
  return (
    ROYAL_TITLES.has(w) ||
    HONORIFIC_WORDS.has(w) ||
    PERSON_TITLES.has(w) ||
    PERSON_TITLES.has(key) ||
    (w.startsWith("ال") && ROLE_HEADS.has(key))
  );
}

/** Adjectives of an office after its place (رئيس وزراء العراق السابق), match keys. */
const OFFICE_ADJECTIVES: ReadonlySet<string> = new Set(["سابق", "اسبق", "حالي", "مكلف", "جديد", "منتخب", "مؤقت"]);

/** Words of time an apposition written without a comma ends at, besides `TIME_WORDS` (folded). */
const BARE_APPOSITION_ENDS: ReadonlySet<string> = new Set(["غدا", "الليله", "ظهر", "عصر", "ظهيره", "يوم"]);

/**
 * An office's head as an apposition right after a name takes it (مستشار، أمير، ولي، رئيس): a role head without
 * the article or a clitic, not a title (الرئيس after a name is its own title or the next phrase's subject).
 */
function indefiniteHead(w: string): boolean {
  return ROLE_HEADS.has(w) && !WITH_ARTICLE.test(w);
}

/** Particles no office is named with (folded): on, every, that, or, then. */
const CHAIN_BREAKERS: ReadonlySet<string> = new Set(["علي", "كل", "بان", "لان", "ان", "او", "ثم"]);

/**
 * A word that ends one office of a chain before the next (`findRoles`): one of `CHAIN_BREAKERS`, an indefinite
 * accusative (اجتماعا، طارئا) that is no head or name, or a head with ب, a verb's object (التقى مدير شرطة المنطقة
 * | بقائد قوة جازان اللواء …: the name is the commander's).
 */
function chainBreaker(w: string): boolean {
  if (CHAIN_BREAKERS.has(w)) return true;
  if (w.length >= 4 && w[0] === "ب" && ROLE_HEADS.has(gazKey(w.slice(1)))) return true;
  return accusative(w);
}

/** A head with a conjunction (وولي العهد، والرئيس): the next item of a list, not an apposition. */
function conjoinedHead(w: string): boolean {
  return (w[0] === "و" || w[0] === "ف") && !ROLE_HEADS.has(w) && ROLE_HEADS.has(gazKey(w.slice(1)));
}

/** Adverbs that end a role (مستشار الملك سابقا), folded. */
const ROLE_ADVERBS: ReadonlySet<string> = new Set(["سابقا", "حاليا", "سابق", "حالي"]);

/**
 * A word without the article that no office is named with: not a head or title, not a place or its adjective,
 * not a word the training data tagged, no name, no number (جاهزية، دعم). What an unclosed apposition ends on.
 */
function looseWord(w: string): boolean {
  const key = gazKey(w);
  return (
    !WITH_ARTICLE.test(w) &&
    !/\p{N}/u.test(w) &&
    !ROLE_HEADS.has(key) &&
    !PERSON_TITLES.has(key) &&
    !ROLE_ADVERBS.has(w) &&
    !isPlaceKey(key) &&
    nisbaPlace(key) === null &&
    loadTagger().taggedAs(key).length === 0 &&
    !isPersonWord(w)
  );
}

interface Cluster {
  type: EntityType;
  key: string[];
  /** What mentions are matched on: `key` without a royal title the tagger took in, particles apart (`matchKey`). */
  match: string[];
  canonical: string | null;
  names: Map<string, number>;
  roles: Map<string, string>;
  typeVotes: Map<EntityType, number>;
  id: string;
}

function resolve(parts: { text: string; f: Folded; toks: Tok[]; raws: Raw[]; keep: boolean }[]): {
  mentions: Mention[];
  entities: Entity[];
} {
  /** `surface` is the mention's text; `name` the entity's name in it (قلقيلية in مدينة قلقيلية), if other. */
  type Item = { p: number; r: Raw; surface: string; name?: string; order: number };
  const items: Item[] = [];
  let order = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as (typeof parts)[number];
    for (const r of part.raws) {
      const span = toOriginal(part.f, { start: r.s, end: r.e });
      const it: Item = { p, r, surface: part.text.slice(span.start, span.end), order: order++ };
      if (r.ns !== undefined) {
        const named = toOriginal(part.f, { start: r.ns, end: r.e });
        it.name = part.text.slice(named.start, named.end);
      }
      items.push(it);
    }
  }
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const byToken = new Map<string, Cluster[]>();
  const assigned = new Map<Item, Cluster>();
  const newCluster = (
    type: EntityType,
    key: string[],
    canonical: string | null,
    match = particlesApart(key),
  ): Cluster => {
    const c: Cluster = {
      type,
      key,
      match,
      canonical,
      names: new Map(),
      roles: new Map(),
      typeVotes: new Map(),
      id: "",
    };
    clusters.push(c);
    byKey.set(`${type}:${match.join(" ")}`, c);
    if (type === "PER") {
      for (const t of match) {
        const l = byToken.get(t) ?? [];
        l.push(c);
        byToken.set(t, l);
      }
    }
    return c;
  };
  /** Starts a mention one letter later: the clitic glued to its first word is not part of it. */
  const dropFirstLetter = (it: Item) => {
    const part = parts[it.p] as (typeof parts)[number];
    it.r.s += 1;
    const span = toOriginal(part.f, { start: it.r.s, end: it.r.e });
    it.surface = part.text.slice(span.start, span.end);
  };
  const attach = (it: Item, c: Cluster) => {
    assigned.set(it, c);
    if (it.r.role) return; // a role phrase points to the person; it is not one of their names
    const name = it.name ?? it.surface;
    c.names.set(name, (c.names.get(name) ?? 0) + 1);
    c.typeVotes.set(it.r.type, (c.typeVotes.get(it.r.type) ?? 0) + 1);
  };
  // A person's name with a bare preposition or conjunction glued on (لبيكاسو، لديفيد
  // روكفلر, وسالم): cut it when the rest is a name the article writes without it, or a
  // known first name. Bare ب/ل/ك are not clitics by rule (بغداد، لبنان), hence the evidence.
  const perWords = new Set<string>();
  for (const it of items) if (it.r.type === "PER" && !it.r.role) for (const k of it.r.key) perWords.add(k);
  // Evidence that a first word is a name as written (محمد كريم): it stands inside a name. A first word alone
  // is none, or the cut could never fire (بطارق حامد's own بطارق would keep it).
  const innerWords = new Set<string>();
  for (const it of items) if (it.r.type === "PER" && !it.r.role) for (const k of it.r.key.slice(1)) innerWords.add(k);
  // Surfaces written without a clitic (كومي), so that وكومي can be cut back to them.
  const bareFirst = new Set<string>();
  for (const it of items) {
    const t = (parts[it.p] as (typeof parts)[number]).toks[it.r.a];
    if (t && it.r.key[0] === t.text) bareFirst.add(t.text);
  }
  for (const it of items) {
    const part = parts[it.p] as (typeof parts)[number];
    const t = part.toks[it.r.a] as Tok;
    const k0 = it.r.key[0];
    if (
      !it.r.role &&
      k0 !== undefined &&
      it.r.s === t.s &&
      "وف".includes(t.text[0] as string) &&
      t.text.slice(1) === k0 &&
      bareFirst.has(k0)
    ) {
      dropFirstLetter(it);
    }
  }
  // A place or organisation the same way (لواشنطن، بكوبا، لإيران): cut when the rest is a place name or the
  // first word of a mention of that type the article writes without it.
  const firstWords = new Map<EntityType, Set<string>>();
  for (const it of items) {
    const k0 = it.r.key[0];
    if (it.r.role || k0 === undefined || it.r.type === "PER") continue;
    // Written so, without a clitic cut off by the key (لليفربول's key is يفربول).
    if ((parts[it.p] as (typeof parts)[number]).toks[it.r.a]?.text !== k0) continue;
    const set = firstWords.get(it.r.type) ?? new Set<string>();
    set.add(k0);
    firstWords.set(it.r.type, set);
  }
  const knownAs = (type: EntityType, w: string) =>
    firstWords.get(type)?.has(w) === true || (type === "LOC" && isPlaceKey(w));
  for (const it of items) {
    const part = parts[it.p] as (typeof parts)[number];
    const first = part.toks[it.r.a] as Tok | undefined;
    const w = first?.text ?? "";
    if (it.r.type === "PER" || it.r.role || !first || w.length < 4 || !"لبك".includes(w[0] as string)) continue;
    const rest = w.slice(1);
    // Not a name that begins with the letter (لبنان، بلجيكا): the whole is no place name of its own.
    if (!knownAs(it.r.type, rest) || isPlaceKey(w)) continue;
    if (it.r.s === first.s) dropFirstLetter(it);
    it.r.key = [gazKey(rest), ...it.r.key.slice(1)];
  }
  for (const it of items) {
    const k0 = it.r.key[0];
    if (it.r.type !== "PER" || it.r.role || k0 === undefined || k0.length < 4 || !"لبكوف".includes(k0[0] as string))
      continue;
    const rest = k0.slice(1);
    if ((innerWords.has(k0) || PREPOSITION_LIKE_NAMES.has(k0)) && !perWords.has(rest)) continue;
    if ((perWords.has(rest) || listedGivenName(rest)) && !isFirstName(k0)) {
      const firstTok = (parts[it.p] as (typeof parts)[number]).toks[it.r.a] as Tok;
      if (it.r.s === firstTok.s) dropFirstLetter(it);
      it.r.key = [rest, ...it.r.key.slice(1)];
    }
  }
  // بالوتيلي، بالادينو: a family name that begins with بال, as the article writes it inside a full name (ماريو
  // بالوتيلي), keeps its ب where it stands alone too (وأضاف بالوتيلي), which trimmedStart read as بـ + الوتيلي.
  const writtenInside = new Set<string>();
  for (const it of items) {
    if (it.r.type !== "PER" || it.r.role) continue;
    const toks = (parts[it.p] as (typeof parts)[number]).toks;
    for (let k = it.r.a + 1; k < it.r.b; k++) writtenInside.add((toks[k] as Tok).text);
  }
  for (const it of items) {
    const part = parts[it.p] as (typeof parts)[number];
    const t = part.toks[it.r.a] as Tok;
    if (it.r.type !== "PER" || it.r.role || it.r.s !== t.s + 1 || !t.text.startsWith("بال")) continue;
    if (!writtenInside.has(t.text)) continue;
    it.r.s = t.s;
    const span = toOriginal(part.f, { start: it.r.s, end: it.r.e });
    it.surface = part.text.slice(span.start, span.end);
  }
  // Names first, longest first, so that full names head their clusters.
  const names = items.filter((it) => !it.r.role && it.r.key.length > 0);
  const matchOf = new Map<Item, string[]>(
    names.map((it) => [it, matchKey(parts[it.p] as (typeof parts)[number], it.r)]),
  );
  const mk = (it: Item) => matchOf.get(it) as string[];
  names.sort((x, y) => mk(y).length - mk(x).length || x.order - y.order);
  for (const it of names) {
    const m = mk(it);
    const alias = knownAlias(it.r.key.join(" "));
    // ترامب alone where the article names إيفانكا ترامب: the article's own full name, not the listed person's.
    const ownFullName =
      alias?.type === "PER" &&
      it.r.key.length === 1 &&
      (byToken.get(it.r.key[0] as string) ?? []).some((c) => c.canonical === null && c.key.length > 1);
    if (alias && !ownFullName) {
      const key = nameTokens(alias.canonical);
      const c = byKey.get(`${alias.type}:${key.join(" ")}`) ?? newCluster(alias.type, key, alias.canonical);
      attach(it, c);
      continue;
    }
    const exact = byKey.get(`${it.r.type}:${m.join(" ")}`);
    if (exact) {
      attach(it, exact);
      continue;
    }
    // A part of a person's full name (الكاظمي ⊂ مصطفى الكاظمي), or a surname the tagger typed otherwise.
    if (
      (it.r.type === "PER" || (it.r.key.length === 1 && !isPlaceKey(it.r.key[0] as string))) &&
      !tailOfUntaggedName(parts[it.p] as (typeof parts)[number], it.r)
    ) {
      const cands = (byToken.get(m[0] as string) ?? []).filter(
        (c) => c.match.length > m.length && containsRun(c.match, m) && !fathersNameToo(c.match, m),
      );
      const distinct = [...new Set(cands)];
      if (distinct.length >= 1 && (it.r.type === "PER" || distinct.length === 1)) {
        const pick = distinct.length === 1 ? distinct[0] : nearest(distinct, it, assigned);
        attach(it, pick ?? (distinct[0] as Cluster));
        continue;
      }
    }
    // الوزارة alone: the ministry named in full before it (وزارة الصحة المصرية).
    const named = it.r.type === "ORG" ? namedBefore(it, items, assigned) : null;
    if (named) {
      attach(it, named);
      continue;
    }
    attach(it, newCluster(it.r.type, it.r.key, null, m));
  }
  explainedAliases(parts, items, assigned, clusters, attach);
  // Roles stated in apposition.
  const itemOf = new Map<Raw, Item>(items.map((x) => [x.r, x]));
  const roleOwners = new Map<string, Set<Cluster>>();
  const headOwners = new Map<string, Set<Cluster>>();
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as (typeof parts)[number];
    for (const n of roleNotes.get(part.raws) ?? []) {
      const raw = part.raws[n.person] as Raw;
      const it = itemOf.get(raw);
      const c = it ? assigned.get(it) : undefined;
      if (!c) continue;
      const span = toOriginal(part.f, { start: n.s, end: n.e });
      const role = (n.lead ?? "") + part.text.slice(span.start, span.end).trim();
      if (!c.roles.has(n.key)) c.roles.set(n.key, role);
      const add = (m: Map<string, Set<Cluster>>, k: string) => {
        const s = m.get(k) ?? new Set<Cluster>();
        s.add(c);
        m.set(k, s);
      };
      add(roleOwners, n.key);
      add(headOwners, n.head);
    }
  }
  // Bare role phrases → the one person the article names with that role.
  for (const it of items.filter((x) => x.r.role)) {
    const key = it.r.key[0] as string;
    const head = key.slice(0, key.indexOf("|"));
    const place = key.slice(key.indexOf("|") + 1);
    // A bare role (الرئيس) is any president the article names (الرئيس الصومالي حسن شيخ محمود، الرئيس سياد
    // باري): it points to one only when the article names one.
    // An office after its area's word (أمير منطقة مكة المكرمة) nobody was named with is its head's alone, as a bare
    // head is (أمير → the one prince the article names).
    const owners =
      (place === "" ? headOwners.get(head) : roleOwners.get(key)) ??
      (it.r.area ? headOwners.get(head.split(" ")[0] as string) : undefined);
    if (owners && owners.size === 1) attach(it, [...owners][0] as Cluster);
  }
  // Entities: name = the longest surface form, or the alias table's canonical name.
  const entities: Entity[] = [];
  const used = new Set<Cluster>();
  const mentions: Mention[] = [];
  for (const it of items) {
    if (!(parts[it.p] as (typeof parts)[number]).keep) continue;
    const c = assigned.get(it);
    if (!c) continue;
    used.add(c);
  }
  for (const c of clusters) {
    let type = c.type;
    if (c.canonical === null) {
      let best = 0;
      for (const [t, v] of c.typeVotes) {
        if (v > best) {
          best = v;
          type = t;
        }
      }
    }
    c.type = type;
    c.id = entityId(type, c.canonical !== null ? canonicalKey(c.canonical) : c.key.join(" "));
    if (!used.has(c)) continue;
    const surfaces = [...c.names.keys()];
    const plain = surfaces.filter((s) => !isCliticForm(s, surfaces));
    const longest = plain.reduce((a, b) => (nameTokens(b).length > nameTokens(a).length ? b : a), plain[0] ?? "");
    const name = c.canonical ?? withoutPreposition(longest, type);
    // Forms with a clitic glued on (وأنقرة beside أنقرة) are how the name was written, not other names.
    const e: Entity = { id: c.id, name, type, aliases: plain.filter((s) => s !== name && s !== longest) };
    if (c.roles.size > 0) e.roles = [...new Set(c.roles.values())];
    entities.push(e);
  }
  for (const it of items) {
    if (!(parts[it.p] as (typeof parts)[number]).keep) continue;
    const c = assigned.get(it);
    if (!c) continue;
    const part = parts[it.p] as (typeof parts)[number];
    const span = toOriginal(part.f, { start: it.r.s, end: it.r.e });
    mentions.push({
      start: span.start,
      end: span.end,
      text: it.surface,
      type: it.r.role ? "PER" : c.type,
      entity: c.id,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities };
}

/**
 * The organisation a bare definite head (الوزارة، الشركة) refers to: the latest one named before it in
 * full with that head (وزارة الصحة المصرية). Null when the article names none.
 */
function namedBefore<T extends { r: Raw; order: number }>(
  it: T,
  items: T[],
  assigned: Map<T, Cluster>,
): Cluster | null {
  const key = it.r.key;
  if (key.length !== 1 || !ORG_HEAD_KEYS.has(key[0] as string)) return null;
  let best: T | null = null;
  for (const x of items) {
    if (x.order >= it.order || x.r.type !== "ORG" || x.r.key.length < 2 || x.r.key[0] !== key[0]) continue;
    if (!assigned.has(x)) continue;
    if (best === null || x.order > best.order) best = x;
  }
  return best ? (assigned.get(best) ?? null) : null;
}

/**
 * An organisation's or place's name without the preposition its longest form was written with:
 * للاتحاد العام التونسي للشغل → الاتحاد العام التونسي للشغل, باستاد الملك فهد → استاد الملك فهد; a hashtag's
 * name with spaces (#مصطفى_الكاظمي → مصطفى الكاظمي).
 */
function withoutPreposition(name: string, type: EntityType): string {
  if (type !== "ORG" && type !== "LOC") return name.replace(/_/g, " ");
  if (name.includes("_")) return withoutPreposition(name.replace(/_/g, " "), type);
  const f = foldText(name);
  if (/^لل\p{L}{3,}/u.test(f)) return `ال${name.slice(2)}`;
  const first = f.split(/\s+/)[0] ?? "";
  if (
    /^[بل]/.test(first) &&
    first.length > 4 &&
    (PLACE_HEAD_KEYS.has(gazKey(first.slice(1))) || ORG_HEAD_KEYS.has(gazKey(first.slice(1))))
  )
    return name.slice(1);
  return name;
}

/** Longest alias in parentheses after an organisation's name: (الناتو), (WHO), (البارتي). */
export const MAX_PAREN_ALIAS_TOKENS = 3;

/**
 * An organisation's name followed by a short name in parentheses, حلف شمال الأطلسي (الناتو)
 * or World Health Organization (WHO): the parenthesised name is an alias of the same entity.
 * Only after organisations: after a place it is the dateline's agency, فرانكفورت (د ب أ).
 */
function explainedAliases<T extends { p: number; r: Raw; surface: string; order: number }>(
  parts: { text: string; f: Folded; toks: Tok[] }[],
  items: T[],
  assigned: Map<T, Cluster>,
  clusters: Cluster[],
  attach: (it: T, c: Cluster) => void,
): void {
  const at = new Map<string, T>();
  for (const it of items) if (!it.r.role) at.set(`${it.p}:${it.r.a}:${it.r.b}`, it);
  for (const x of items) {
    const cx = assigned.get(x);
    if (x.r.role || !cx || cx.type !== "ORG") continue;
    const part = parts[x.p] as (typeof parts)[number];
    const open = x.r.b;
    if (part.toks[open]?.text !== "(") continue;
    let close = open + 1;
    while (close < part.toks.length && close - open <= MAX_PAREN_ALIAS_TOKENS && part.toks[close]?.text !== ")")
      close++;
    if (part.toks[close]?.text !== ")" || close === open + 1) continue;
    const inner = part.toks.slice(open + 1, close);
    if (inner.some((t) => !WORDY.test(t.text)) || inner.every((t) => t.text.length === 1)) continue;
    // ريال مدريد (اسبانيا): the club's country, not its short name.
    if (isPlaceKey(inner.map((t) => gazKey(t.text)).join(" "))) continue;
    const y = at.get(`${x.p}:${open + 1}:${close}`);
    if (y) {
      const cy = assigned.get(y);
      if (!cy || cy === cx) continue;
      // Merge y's cluster into x's (the alias table's canonical name wins if y has one).
      if (cy.canonical !== null && cx.canonical === null) {
        cx.canonical = cy.canonical;
        cx.type = cy.type;
      }
      for (const [it, c] of assigned) {
        if (c !== cy) continue;
        assigned.delete(it);
        attach(it, cx);
      }
      for (const [k, v] of cy.roles) if (!cx.roles.has(k)) cx.roles.set(k, v);
      clusters.splice(clusters.indexOf(cy), 1);
    } else {
      const first = inner[0] as Tok;
      const last = inner[inner.length - 1] as Tok;
      const r: Raw = {
        a: open + 1,
        b: close,
        type: "ORG",
        s: first.s,
        e: last.e,
        key: inner.map((t) => gazKey(t.text)),
      };
      const span = toOriginal(part.f, { start: r.s, end: r.e });
      const it = { p: x.p, r, surface: part.text.slice(span.start, span.end), order: x.order } as T;
      items.push(it);
      attach(it, cx);
    }
  }
}

/**
 * True when a given name alone is the last word of a name the tagger took no more of (حفظ الرحمن | محمد): the
 * word before it ends a compound name (الرحمن، الدين) or is a first name. Not a part of a full name the article
 * named (محمد بن سلمان): another person's.
 */
function tailOfUntaggedName(part: { toks: Tok[]; raws: Raw[] }, r: Raw): boolean {
  if (r.type !== "PER" || r.key.length !== 1 || r.a === 0 || !isFirstName(r.key[0] as string)) return false;
  const before = (part.toks[r.a - 1] as Tok).text;
  if (part.raws.some((x) => x !== r && x.a <= r.a - 1 && r.a - 1 < x.b)) return false;
  return COMPOUND_NAME_ENDS.has(before) || (isFirstName(before) && !WITH_ARTICLE.test(before));
}

/**
 * True when the full name holds `needle` as a father's name too (عبد العزيز in عبد العزيز بن سطام بن عبد العزيز):
 * the name alone may be either, often the better known ancestor's.
 */
function fathersNameToo(hay: string[], needle: string[]): boolean {
  for (let i = 1; i + needle.length <= hay.length; i++) {
    if (!PATRONYMS.has(hay[i - 1] as string)) continue;
    if (needle.every((w, j) => hay[i + j] === w)) return true;
  }
  return false;
}

/**
 * The key a mention is matched on: a person's without the royal title the tagger took into the name (الملك سلمان،
 * الأمير سلطان → سلمان، سلطان), so that it meets the full name the article gives (سلمان بن عبدالعزيز); the mention
 * keeps the title, as the tagger's training data writes it (Wojood's الملك حسين). Not before a nationality (الملك
 * الأردني: the office). Particles written joined are set apart (`particlesApart`).
 */
function matchKey(part: { toks: Tok[] }, r: Raw): string[] {
  const first = part.toks[r.a]?.text ?? "";
  const title =
    r.type === "PER" &&
    r.key.length >= 2 &&
    NAMING_TITLES.has(first) &&
    r.key[0] === gazKey(first) &&
    nisbaPlace(r.key[1] as string) === null;
  return particlesApart(title ? r.key.slice(1) : r.key);
}

/** Particles outlets write joined to the name after them or apart (عبدالله / عبد الله، أبوثنين / أبو ثنين), folded. */
const JOINED_PARTICLES: readonly string[] = ["عبد", "ابو"];

/**
 * A key with each particle written joined set apart (عبدالله ثاني → عبد له ثاني), as `canonicalKey` does across
 * articles: one person written both ways is one name (عبدالله الثاني and عبد الله; سلمان بن عبدالعزيز and سلمان بن عبد
 * العزيز).
 */
function particlesApart(key: readonly string[]): string[] {
  return key.flatMap((w) => {
    const p = JOINED_PARTICLES.find((x) => w.startsWith(x) && w.length - x.length >= 3);
    return p ? [p, gazKey(w.slice(p.length))] : [w];
  });
}

/** آل (the family of) as a match key. */
const FAMILY_KEY = gazKey(foldText("آل"));

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) if (hay[i + j] !== needle[j]) ok = false;
    // سلمان in محمد بن سلمان is the father's name, عماد in أم عماد the child's, سعود in a chain of fathers' names
    // ending on آل سعود the dynasty's: the lone سلمان, عماد or سعود is not this person (طارق آل زاهر is زاهر). A
    // word no given name after أبو is a family's name (أبو ريشة، أبو الطيور) and is. The word after عبد is half
    // of one name (مجيد of عبد المجيد).
    const prev = hay[i - 1] ?? "";
    if (
      ok &&
      !PATRONYMS.has(prev) &&
      prev !== "عبد" &&
      !(prev === FAMILY_KEY && hay.some((w) => PATRONYMS.has(w))) &&
      !(KUNYA_KEYS.has(prev) && !needle[0]?.startsWith("ال") && everPersonWord(needle[0] ?? ""))
    )
      return true;
  }
  return false;
}

/** Of several candidate clusters, the one mentioned last before `it` (or null). */
function nearest<T extends { order: number }>(cands: Cluster[], it: T, assigned: Map<T, Cluster>): Cluster | null {
  let best: Cluster | null = null;
  let bestOrder = -1;
  for (const [x, c] of assigned) {
    if (x.order < it.order && x.order > bestOrder && cands.includes(c)) {
      best = c;
      bestOrder = x.order;
    }
  }
  return best;
}
