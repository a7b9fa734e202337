/**
 * Rules over the found mentions that mend a name's edges: an accusative tail, a common word, a predicate or a
 * preposition dropped; a noun, a title, a kunya particle or a family name taken in; a person after a role.
 */

import { type Folded, hasTanweenFath, toOriginal } from "../../arabic/fold.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { EntityType } from "../../model/types.js";
import { CUES } from "../quote-cues.js";
import { gazKey, isLastName, isPlaceKey, nisbaPlace } from "./features.js";
import { coveredTokens, type Raw, type Tok, WORDY } from "./folded-tokens.js";
import { PERSON_TITLES, ROLE_HEADS } from "./lexicon.js";
import { minedGivenName } from "./mined-names.js";
import {
  ADJECTIVES_NOT_NAMES,
  conjoined,
  DEFINITE,
  everPersonWord,
  familyNisba,
  isFirstName,
  isNationality,
  isPersonWord,
  listedGivenName,
  NAME_PARTICLE_ENDS,
  notAName,
  trimmedStart,
  WITH_ARTICLE,
} from "./name-words.js";
import { knownAlias, NAMING_TITLES, ORG_HEAD_KEYS, PLACE_HEAD_KEYS } from "./names.js";
import {
  AFTER_NAME_WORDS,
  HEADS_ALSO_NAMES,
  NAME_TITLES,
  PLATFORMS,
  POSSESSED_NOUN,
  PREPOSITION_LIKE_NAMES,
  PUNCT,
  TIME_WORDS,
  WEEKDAYS_ALSO_NAMES,
} from "./tagged-spans.js";
import { loadTagger } from "./tagger.js";

/**
 * A person's name does not end on a word with tanween (نهض هاشم مدهوشًا، رأى سعود تاركًا تراثًا): an
 * adverbial accusative the tagger took into the name. Folding drops the tanween, so the original says.
 */
export function dropAccusativeTail(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
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

/**
 * Token indices whose original spelling is a preposition with final ى (على، إلى: never a name, never propagated), and
 * those that are a kinship noun with "my" (never a name alone).
 */
export function wordsNeverNames(
  original: string,
  f: Folded,
  toks: Tok[],
): { particles: Set<number>; kin: Set<number> } {
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

/** Currencies, folded: a name only as the head of a club's name (ريال مدريد), never alone or with their country's adjective. */
const CURRENCIES: ReadonlySet<string> = new Set([
  "ريال",
  "دولار",
  "درهم",
  "دينار",
  "جنيه",
  "ليره",
  "روبل",
  "روبيه",
  "فرنك",
  "شيكل",
]);

/** A nationality adjective after a currency (عماني، السعودي), folded. */
const ADJECTIVE = /^(?:ال)?\p{L}{2,}ي$/u;

/** Words before a currency that make الريال the money, not the club (سعر الريال، مليار الريال is rare), folded. */
const MONEY_BEFORE =
  /^(?:[\p{N}.,٫٬]+|[وبل]?(?:سعر|صرف|عمله|قيمه|مقابل)|[وب]?(?:الف|الاف|مليون|ملايين|مليار|مليارات))$/u;

/**
 * Mentions that are a currency, alone or with its country's adjective (2.26 مليون ريال عماني، سعر الريال السعودي،
 * 9 آلاف ريال): dropped before they spread through the article as a name. The tagger reads ريال as the club that
 * ريال مدريد shortens to. A club's full name (ريال مدريد) has a second word that is no adjective; and الريال alone
 * is the club in a text about sport (`sport`: فاز الريال) or one naming the club in full, unless an amount or a
 * price is before it.
 */
export function dropCurrencies(toks: Tok[], raws: Raw[], sport: boolean): void {
  // A club named in full (ريال مدريد) makes الريال alone the club too (التحق بالريال) however little is sport.
  const clubs =
    sport ||
    raws.some(
      (r) =>
        r.b - r.a === 2 && gazKey((toks[r.a] as Tok).text) === "ريال" && !ADJECTIVE.test((toks[r.a + 1] as Tok).text),
    );
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    const n = r.b - r.a;
    const w = (toks[r.a] as Tok).text;
    const key = gazKey(w);
    if (n > 2 || !CURRENCIES.has(key)) continue;
    if (n === 2 && !ADJECTIVE.test((toks[r.a + 1] as Tok).text)) continue;
    const club = clubs && n === 1 && key === "ريال" && w !== key && !MONEY_BEFORE.test(toks[r.a - 1]?.text ?? "");
    if (!club) raws.splice(k, 1);
  }
}

/**
 * Nouns that حسن ("good") heads in set phrases (حسن الجوار، حسن النية، حسن الخلق، حسن الظن), by their key: never the
 * family name of a person called حسن.
 */
const GOODNESS_NOUNS: ReadonlySet<string> = new Set(
  [
    "الجوار",
    "جوار",
    "النية",
    "الخلق",
    "الظن",
    "الأداء",
    "التعامل",
    "السير",
    "السلوك",
    "الاستقبال",
    "الضيافة",
    "الإدارة",
    "التنظيم",
    "الخاتمة",
    "التدبير",
    "التصرف",
    "الاختيار",
    "الحظ",
    "المعاملة",
  ].map(gazKey),
);

/**
 * Given names that news writes far more often as common nouns (جيل generation، رضا consent، أمل hope، وفاء loyalty),
 * by their key: alone before a definite word they head it (جيل المؤسسين، أمل الشعوب). Not تيسير (facilitation), a
 * spokesman's name as often (تيسير المفرج), whose family name no list knows.
 */
const NOUNS_ALSO_NAMES: ReadonlySet<string> = new Set(
  ["جيل", "رضا", "أمل", "وفاء", "سلام", "نور", "هدى", "كرم", "فرح", "عدل", "إيمان", "أمان", "نجاح", "سعادة"].map(
    gazKey,
  ),
);

/**
 * God's names with the article that verses and prayers put two in a row (العزيز الحكيم، الغفور الرحيم), by their
 * key: a row of them alone is no person, though الحكيم or الكريم alone is a family's name (عمار الحكيم). Not the
 * forms without the article, which are given names too (كريم الحكيم).
 */
const DIVINE_NAMES: ReadonlySet<string> = new Set(
  [
    "العزيز",
    "الحكيم",
    "الغفور",
    "الرحيم",
    "الرحمن",
    "السميع",
    "العليم",
    "البصير",
    "الخبير",
    "القدير",
    "الحميد",
    "المجيد",
    "الكريم",
    "اللطيف",
    "التواب",
    "الودود",
    "الحليم",
    "القوي",
    "المتين",
  ].map(gazKey),
);

/**
 * Person mentions that are common words: a preposition written with ى alone (حصوله على، folded علي), an indefinite
 * nationality alone (- مصري، - بحريني after a name in a list), a common word known only inside a name (هجوم كيماوي،
 * إمام وخطيب) and a kinship noun with "my" alone (حملني أبي): dropped
 * before their names spread through the article. (A name after جائزة stays a person's: جائزة نوبل، جائزة الملك فيصل
 * are tagged so in the training data, and dropping them cost 0.1 PER F1 on the held-out tenth.)
 */
export function dropCommonWords(
  toks: Tok[],
  raws: Raw[],
  notNames: { particles: Set<number>; kin: Set<number> },
): void {
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
    // مبادئ حسن الجوار: حسن is "good" before the noun of a set phrase, no person's name.
    const goodness =
      /^و?حسن$/u.test(w) &&
      ((r.b - r.a === 2 && GOODNESS_NOUNS.has(gazKey(last))) ||
        (one && GOODNESS_NOUNS.has(gazKey(toks[r.b]?.text ?? ""))));
    // إن الله هو العزيز الحكيم: God's names, two or more in a row, of a verse or a prayer.
    const divine =
      r.b - r.a >= 2 && toks.slice(r.a, r.b).every((t) => /^ال/u.test(t.text) && DIVINE_NAMES.has(gazKey(t.text)));
    // جيل المؤسسين، كسب رضا الجماهير، برضا الجمهور: a given name that is as often a noun, alone before a definite word
    // that is no name's, heads that word: the noun.
    const nextWord = toks[r.b]?.text ?? "";
    const nounInConstruct =
      one &&
      (NOUNS_ALSO_NAMES.has(gazKey(w)) || (/^[بل]/u.test(w) && NOUNS_ALSO_NAMES.has(gazKey(w.slice(1))))) &&
      /^ال\p{L}{2,}/u.test(nextWord) &&
      toks[r.b]?.line === (toks[r.a] as Tok).line &&
      !everPersonWord(nextWord);
    const drop =
      goodness ||
      nounInConstruct ||
      divine ||
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
export function gluedPrepositions(original: string, f: Folded, toks: Tok[]): Map<number, number> {
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
export function nounsBeforeNames(
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
export function wordsJoinedToNames(toks: Tok[], raws: Raw[], known: Known): void {
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
export function namesRunOnThroughPrepositions(toks: Tok[], raws: Raw[]): void {
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
export function dropPredicates(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
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
 * A given name mined from the corpora (`minedGivenName`) counts as a first name here: over 5,000 SNN and ANT
 * articles it adds وزير الإسكان شويش الضويحي in 2 articles (with the lone الضويحي there), and nothing else.
 */
export function personsAfterRoles(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
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
    // والتي، والذي: a conjunction on a relative pronoun opens a clause (and التي's key تي is a listed first name).
    if (isStopword(w) || isStopword(w.replace(/^[وف]/u, "")) || ROLE_HEADS.has(k) || TIME_WORDS.has(w)) return false;
    if (isFirstName(w) || minedGivenName(w) || isLastName(w) || tagger.knownType(k) === "PER") return true;
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
        (isFirstName(t.text) || minedGivenName(t.text)) &&
        !ROLE_HEADS.has(gazKey(t.text)) &&
        nameWord(j) &&
        nameWord(j + 1) &&
        toks[j + 1]?.line === line
      ) {
        let b = j + 2;
        while (b - j < MAX_ROLE_NAME && toks[b]?.line === line && nameWord(b)) b++;
        // Nor a definite noun: a genitive after it makes the last word a noun in construct (رفع مدير الجامعة أسمى
        // آيات الشكر: the highest expressions of thanks; أسمى آيات التهاني والتبريكات), never a name.
        // A relative pronoun (التي، والذي) or a preposition (الى) is no such noun: the name ends before it.
        const next = toks[b]?.text ?? "";
        if (nameWord(b) || (/^[وف]?ال/u.test(next) && !isStopword(next.replace(/^[وف]/u, "")))) break;
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
export function namesAfterRoyalTitles(toks: Tok[], raws: Raw[]): void {
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

/**
 * A first name with ل glued on, right before a person's name the tagger found without it (صورة لجمال | عبد
 * الناصر): the name starts at the first name, after the preposition. Not ب, which far more often governs a
 * noun that is also a first name (بجلاء، بزهران); not when the whole word is a first name too (لبيب) or
 * the word is inside another mention.
 */
export function gluedFirstNames(toks: Tok[], raws: Raw[]): void {
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
export function kunyaParticles(toks: Tok[], raws: Raw[]): void {
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
export function familyNounsAfterChains(original: string, f: Folded, toks: Tok[], raws: Raw[]): void {
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
 * without the article or a clitic (or with the conjunction و before a listed one: وطلال | الشهري), takes an untagged
 * nisba right after it that names no country or place
 * (`familyNisba`): not المصري, which after a name is as often the adjective (اللاعب محمد صلاح المصري), nor a definite
 * word before the name (الجمال | الشكلي: beauty, not Jamal). Over 9,000 SNN and ANT articles 20 mentions change, 19
 * for the better (فوزية الحربي ×11, حمود الغامدي، حمدان العمري، سعد الشهري …); one bare المولى now propagated from
 * علي المولى belongs to another of the family. A nisba that ends its line is the family's even when it is a
 * country's (`- منيب المصري` under a statement), after a given name the training data alone knows too: over 10,000 SNN
 * and ANT articles no mention changes, and on the Wojood test one signature is completed (PER F1 76.6 → 78.0).
 */
export function familyNisbasAfterGivenNames(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  const tagger = loadTagger();
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.b - r.a !== 1) continue;
    const name = (toks[r.a] as Tok).text;
    const given = conjoined(name) ? (listedGivenName(name.slice(1)) ? name.slice(1) : null) : name;
    const t = toks[r.b];
    if (t === undefined || covered[r.b] || t.group >= 0 || !DEFINITE_NISBA.test(t.text) || isStopword(t.text)) continue;
    // A nisba that ends its line (a signature, a caption, an item of a list: - منيب المصري) is the family's, a
    // country's too: the adjective would describe a name in a sentence, which goes on or ends with a mark. There the
    // given name may be one the training data alone knows as a person's (منيب).
    const after = toks[r.b + 1];
    const lineEnd = after === undefined || after.line !== t.line;
    const person = (w: string) => isFirstName(w) || (lineEnd && tagger.knownType(gazKey(w)) === "PER");
    if (given === null || !person(given) || WITH_ARTICLE.test(given)) continue;
    if (/^[بلك]/u.test(given) && listedGivenName(given.slice(1))) continue;
    const k = gazKey(t.text);
    if (isPlaceKey(k) || (!familyNisba(t.text) && !lineEnd)) continue;
    r.b += 1;
    r.e = t.e;
    r.key = [...r.key, k];
  }
}

/**
 * A family name that is also a place's (ديفيد | كاميرون، جيمس | كاميرون: Cameroon) right after a given name: the
 * tagger, led by the gazetteer, ends the person at the given name and makes the family name a place. A person's
 * mention of one given name (`isFirstName`) followed at once, on the same line, by a place's mention of one word
 * written bare (no article, no clitic: not محمد | الأردن, بن سلمان | للولايات المتحدة) is one person, unless the
 * training data tags the word a place's at least 80% of the times (زار جون | مصر، واشنطن): كاميرون is a person's as
 * often as the country's there. Not after a title (شاه | إيران، ملك | ألمانيا), which no given-name list holds.
 * The family name written alone so elsewhere in the text is the person too (ورسم كاميرون).
 */
export function placesAfterGivenNames(toks: Tok[], raws: Raw[]): void {
  // Family name → the given names the text writes it with.
  const families = new Map<string, Set<string>>();
  for (let k = raws.length - 2; k >= 0; k--) {
    const r = raws[k] as Raw;
    const next = raws[k + 1] as Raw;
    if (r.type !== "PER" || r.role || r.b - r.a !== 1 || next.type !== "LOC" || next.role || next.a !== r.b) continue;
    const name = (toks[r.a] as Tok).text;
    const t = toks[next.a] as Tok;
    if (next.b - next.a !== 1 || t.line !== (toks[r.a] as Tok).line || t.group >= 0 || !WORDY.test(t.text)) continue;
    if (!isFirstName(name) || conjoined(name) || WITH_ARTICLE.test(t.text) || gazKey(t.text) !== t.text) continue;
    if (loadTagger().knownType(gazKey(t.text)) === "LOC") continue;
    r.b = next.b;
    r.e = next.e;
    r.key = [...r.key, ...next.key];
    raws.splice(k + 1, 1);
    families.set(t.text, (families.get(t.text) ?? new Set()).add(name));
  }
  // ورسم كاميرون: the family name alone, written so, is the person elsewhere in the text too, with one of its given
  // names the tagger left out before it (فيلم جيمس | كاميرون; not خطاب | كاميرون, the speech).
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    const t = toks[r.a] as Tok;
    if (r.type !== "LOC" || r.role || r.b - r.a !== 1 || !families.has(t.text)) continue;
    r.type = "PER";
    const given = toks[r.a - 1];
    if (given === undefined || covered[r.a - 1] || given.group >= 0 || given.line !== t.line) continue;
    if (!families.get(t.text)?.has(given.text)) continue;
    r.a--;
    r.s = given.s;
    r.key = [gazKey(given.text), ...r.key];
  }
}

/**
 * A name known in this article (or from the alias table), by its first match key. `listed`: a person of
 * `KNOWN_PERSONS`, whose name no common word shares; `bare`: its first word is written without ال (ماكرون, not
 * الماكرون the dessert), which the match key cannot tell; `slight`: a person's one-word name read only as a one-word
 * mention or in a hashtag, never as the family name of a full name.
 */
export interface KnownName {
  keys: string[];
  type: EntityType;
  listed?: true;
  bare?: true;
  slight?: true;
  /** A person's family name read from a full name where it is written without ال (جوردن نادي). */
  unmarked?: true;
}

export type Known = Map<string, KnownName[]>;

/**
 * Heads of institutions named after a person (مركز الملك عبد الله، جامعة الأمير سلطان، مستشفى الملك فهد), match
 * keys: before a royal title without the article they make the name theirs, not the role's.
 */
export const NAMED_INSTITUTION_HEADS: ReadonlySet<string> = new Set(
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
