/**
 * The tagger's BIO tags as spans, mended where the tagger's reading of a span is known to fail: a club, a
 * company or an organisation read as a person, a generic head split off its name (حركة | حماس), hyphenated and
 * hashtag names, a place named for a person (مطار الملك | خالد), an outlet in quote marks.
 */

import { type Folded, toOriginal } from "../../arabic/fold.js";
import { isArticleWeekday } from "../../arabic/months.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { EntityType } from "../../model/types.js";
import { COMPLEMENTIZERS, CUES } from "../quote-cues.js";
import { gazKey, isLastName, isPlaceKey, nisbaPlace, TAGS } from "./features.js";
import { type Raw, type Tok, WORDY } from "./folded-tokens.js";
import { ORG_GENERIC_HEADS, ROLE_HEADS } from "./lexicon.js";
import {
  conjoined,
  DEFINITE,
  everPersonWord,
  isFirstName,
  isPersonWord,
  listedGivenName,
  NAME_PARTICLE_ENDS,
  trimmedStart,
  WITH_ARTICLE,
  WRITTEN_FIRST_NAMES,
} from "./name-words.js";
import { knownAlias, NAMED_FOR_PERSON_HEADS, NAMING_TITLES, ORG_HEAD_KEYS, PLACE_HEAD_KEYS } from "./names.js";
import { loadTagger } from "./tagger.js";

export const PUNCT = /^[^\p{L}\p{M}\p{N}]+$/u;

/** A preposition that folding left as a word of its own, its tatweel gone (لـ«…», بـ"…"), folded. */
const LONE_PREPOSITION = /^[لبك]$/;

/**
 * The span [a, b) widened to the mark that closes or opens one inside it, written against its word: a name that a
 * mark opens inside goes on to the mark that closes it (شركة «غوغل» and وكالة أنباء «الأناضول», not شركة «غوغل), and
 * one that a mark closes inside starts at the mark that opens it («زين» السعودية). Folding writes every quote mark
 * «» “” as ", so an odd count of them is one left open; brackets are counted apart. Not a mark that `free` says
 * another span holds.
 */
export function withBothMarks(
  toks: readonly Tok[],
  a: number,
  b: number,
  free: (i: number) => boolean = () => true,
): [number, number] {
  let quotes = 0;
  let brackets = 0;
  for (let i = a; i < b; i++) {
    const w = (toks[i] as Tok).text;
    if (w === '"') quotes++;
    else if (w === "(") brackets++;
    else if (w === ")") brackets--;
  }
  const touching = (x: Tok | undefined, y: Tok | undefined) => x !== undefined && y !== undefined && x.e === y.s;
  const after = toks[b];
  const before = toks[a - 1];
  const closes = (open: boolean) => after?.text === (open ? '"' : ")") && touching(toks[b - 1], after) && free(b);
  const opens = (quote: boolean) => before?.text === (quote ? '"' : "(") && touching(before, toks[a]) && free(a - 1);
  if (quotes % 2 === 1) {
    if (closes(true)) return [a, b + 1];
    if (opens(true)) return [a - 1, b];
  }
  if (brackets > 0 && closes(false)) return [a, b + 1];
  if (brackets < 0 && opens(false)) return [a - 1, b];
  return [a, b];
}

/**
 * A definite word before a first name inside a person span: the place or office in front of the name
 * (محافظ الزاب | ليث العبيدي), never its start.
 */
const PLACE_BEFORE_NAME = /^ال[^\s]{2,}$/u;

/** Words of time that never continue a person's name (عشية، غداة، صباح…). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
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
export const WEEKDAYS_ALSO_NAMES: ReadonlySet<string> = new Set(["الخميس", "الجمعه"]);

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
export const HEADS_ALSO_NAMES: ReadonlySet<string> = new Set(["مساعد", "رائد", "حاكم", "ملك", "عميد", "شيخ", "سلطان"]);

/**
 * A noun with a possessive pronoun "her" or "their" (خارجيتها، حديثها، أوراقهما، لقاءاتهم), folded: a word of five
 * letters or more ending in ها or هما, or in تهم after ة or a plural. Shorter words that end so are names (مها), and
 * so are many that end in ـه or ـهم (شحاته، فلاته، زينهم، براهم).
 */
export const POSSESSED_NOUN = /^[^\s]{3,}(?:ها|هما|تهم)$/u;

/**
 * Nouns a verb takes right after its subject (بعث الملك سلمان بن عبدالعزيز برقية تهنئة، وجه … رسالة) and أول (أوباما
 * أول رئيس): never a person's name's last word, folded.
 */
export const AFTER_NAME_WORDS: ReadonlySet<string> = new Set(["برقيه", "برقيتي", "برقيات", "رساله", "رسالتي", "اول"]);

/**
 * Nouns a verb takes with ب after its subject (أدلى الأمير عبدالعزيز بن سعد بتصريح، أدلى ببيان، تقدم بكلمة، قام بجولة،
 * بحضور …), match keys without the ب: never a person's name's last word.
 */
const NOUNS_AFTER_NAME_WITH_BI: ReadonlySet<string> = new Set(
  ["تصريح", "تصريحات", "بيان", "كلمه", "خطاب", "رساله", "برقيه", "حضور", "جوله", "زياره", "اتصال", "بلاغ"].map(gazKey),
);

/** Regnal numbers: part of a name (عبد الله الثاني), never one alone (كانون الثاني). */
export const ORDINALS: ReadonlySet<string> = new Set([
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
export const PREPOSITION_LIKE_NAMES: ReadonlySet<string> = new Set(["كريم", "كريمه", "باسيل"].map(gazKey));

/** Prepositions with a pronoun that the tagger may read as a short name (لي: to me, or Lee). */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(["لي", "له", "لها", "لنا", "لهم", "لك", "لكم"]);

/** Longest person span the particle rule grows to. */
const MAX_NAME_RUN = 8;

/** Titles the tagger may take into a name (folded). */
export const NAME_TITLES: ReadonlySet<string> = new Set([
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
export const OUTLET_LEADS: ReadonlySet<string> = new Set([
  "ل",
  "الي",
  "عليها",
  "عليه",
  "لصحيفه",
  "لقناه",
  "لوكاله",
  "لموقع",
]);

export const OPENING_MARKS: ReadonlySet<string> = new Set(["«", '"', "“"]);

export const CLOSING_MARKS: ReadonlySet<string> = new Set(["»", '"', "”"]);

/** Outlet names run at most this many words between their marks. */
const MAX_OUTLET_WORDS = 3;

/** A folded token that is و/ف + ال + a word: a conjoined definite noun. */
const CONJOINED_DEFINITE = /^[وف]ال[^\s]{2,}$/u;

/** Where people post (على تويتر، عبر حسابه): folded match keys. */
export const PLATFORMS: ReadonlySet<string> = new Set(
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

/** Ranks with أول (ملازم أول، رقيب أول): there أول is part of the rank (folded, maybe with ال). */
const RANKS_WITH_FIRST = /^(?:ال)?(?:ملازم|رقيب|عريف|مساعد)$/u;

export function spansFromTags(
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
    // A mark opens no name, nor does a preposition written apart before one (لـ«الشرق الأوسط»: to the paper).
    while (
      a < b &&
      (PUNCT.test((toks[a] as Tok).text) ||
        (LONE_PREPOSITION.test((toks[a] as Tok).text) && a + 1 < b && PUNCT.test((toks[a + 1] as Tok).text)))
    )
      a++;
    while (b > a && PUNCT.test((toks[b - 1] as Tok).text)) b--;
    // So it ends one: the outlet told after a name (حزب الكوملة | لـ«الشرق الأوسط»), an organisation of its own.
    for (let i = a + 1; i + 1 < b; i++) {
      if (LONE_PREPOSITION.test((toks[i] as Tok).text) && PUNCT.test((toks[i + 1] as Tok).text)) {
        if (sp.type === "ORG") out.push({ a: i, b, type: "ORG" });
        b = i;
        break;
      }
    }
    [a, b] = withBothMarks(toks, a, b, (i) => !out.some((o) => o !== sp && o.a <= i && i < o.b));
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
    const trim = cut ? 1 : trimmedStart(first.text, sp.type);
    const s = first.s + trim;
    const e = (toks[b - 1] as Tok).e;
    // A preposition cut off a name of the alias table leaves its key too (لأميركا → اميركا, the alias table's).
    const named = trim > 0 && knownAlias(first.text.slice(trim)) !== null;
    const key = toks
      .slice(a, b)
      .filter((t) => !PUNCT.test(t.text))
      .map((t) => gazKey(t === first && named ? t.text.slice(trim) : t.text));
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
export function hamzaInitials(original: string, f: Folded, toks: Tok[]): Set<number> {
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
export function conjoinedHamzas(original: string, f: Folded, toks: Tok[]): Set<number> {
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
export const COMPOUND_NAME_ENDS: ReadonlySet<string> = new Set([
  "الدين",
  "الاسلام",
  "الله",
  "الرحمن",
  "الحق",
  "العابدين",
]);

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

/** Place heads whose named institution the tagger and its training data read as an organisation. */
const ORG_PLACE_HEADS: ReadonlySet<string> = new Set(["جامعه", "مستشفي"].map(gazKey));

/** Adjectives of relation or rank an institution named for a person goes on with (الخيرية، الإنسانية، العالمية). */
const MAX_NAMED_ADJECTIVES = 2;

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
    const key = [head, head.slice(1)].map(gazKey).find((x) => PLACE_HEAD_KEYS.has(x) || NAMED_FOR_PERSON_HEADS.has(x));
    if (key === undefined || (key !== gazKey(head) && !/^[وبل]/.test(head))) continue;
    // Only a head in construct (مدينة، بمطار) is named by what follows; after المطار or أمير منطقة عسير the
    // person is the office holder in apposition (أمير المنطقة فهد بن سلطان).
    if (/^ال|^[وبل]ال/.test(head) || ROLE_HEADS.has(gazKey(toks[h - 1]?.text ?? ""))) continue;
    sp.a -= titled ? 2 : 1;
    sp.type = ORG_PLACE_HEADS.has(key) || NAMED_FOR_PERSON_HEADS.has(key) ? "ORG" : "LOC";
    // مؤسسة محمد بن سلمان | الخيرية: the head's adjectives close the name, not the person's family name.
    if (NAMED_FOR_PERSON_HEADS.has(key)) {
      const next = spans[k + 1];
      for (let n = 0; n < MAX_NAMED_ADJECTIVES && /^ال[^\s]{2,}(?:يه|ي)$/u.test(toks[sp.b]?.text ?? ""); n++) {
        if (next && next.a === sp.b) break;
        sp.b++;
      }
    }
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
export const CONSTRUCT_HEADS: ReadonlySet<string> = new Set([
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
export function isFloods(toks: Tok[], a: number): boolean {
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
 * Titles a preposition in front of makes the name after them the one something was given or sent to (رئيس الهيئة
 * التهنئة لخادم الحرمين …، يقدم التهنئة للأمير …): the role phrase starts again there. Match keys.
 */
export const RECIPIENT_TITLES: ReadonlySet<string> = new Set(
  ["امير", "اميره", "ملك", "ملكه", "شيخ", "شيخه", "سلطان", "خادم", "صاحب", "سمو", "جلاله", "فخامه", "معالي"].map(
    gazKey,
  ),
);
