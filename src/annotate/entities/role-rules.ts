/**
 * Roles as the article states them: the office chain before or after a person's name (وزير الخارجية الإيراني
 * محمد جواد ظريف، نائب ظريف), each office to the name it is in apposition with.
 */

import { type Folded, foldText, toOriginal } from "../../arabic/fold.js";
import { isArticleWeekday } from "../../arabic/months.js";
import { stripClitics } from "../../arabic/stem.js";
import { gazKey, isCityKey, isPlaceKey, nisbaPlace } from "./features.js";
import type { Raw, Tok } from "./folded-tokens.js";
import { PERSON_TITLES, ROLE_HEADS, ROLE_SYNONYMS, SAY_VERBS } from "./lexicon.js";
import { NAMED_INSTITUTION_HEADS } from "./name-rules.js";
import { isFirstName, isPersonWord, roleStart, WITH_ARTICLE, WRITTEN_FIRST_NAMES } from "./name-words.js";
import { NAMING_TITLES, ORG_HEAD_KEYS, PATRONYMS, PLACE_HEAD_KEYS } from "./names.js";
import { AREA_HEAD } from "./place-rules.js";
import { ORDINALS, PUNCT, RECIPIENT_TITLES, TIME_WORDS } from "./tagged-spans.js";
import { loadTagger } from "./tagger.js";
import { gluedVerbAt, isVerbLike } from "./verbs.js";

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

export const roleNotes = new WeakMap<Raw[], RoleNote[]>();

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

/** Royal titles right before a name (الملك سلمان، الأمير محمد), folded with the article. */
const ROYAL_TITLES: ReadonlySet<string> = new Set([...NAMING_TITLES, "السلطان", "الملكه"]);

/** Honorifics before a royal title, last word first: صاحب السمو الملكي | الأمير، سمو | الأمير، خادم الحرمين الشريفين | الملك. */
const ROYAL_HONORIFICS: readonly (readonly string[])[] = [
  ["الملكي", "السمو", "صاحب"],
  ["السمو", "صاحب"],
  ["سمو"],
  ["الشريفين", "الحرمين", "خادم"],
];

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
export function possessedHeads(original: string, f: Folded, toks: Tok[]): Set<number> {
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
export function findRoles(toks: Tok[], raws: Raw[], possessed: ReadonlySet<number> = new Set()): void {
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
