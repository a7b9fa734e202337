/**
 * Words between a cue and its speaker or complement that belong to neither: circumstantials, the one told
 * (an addressee, an office), a channel, a time, and the two terms of بين; for the clause reader of
 * quote-clauses.ts.
 */

import type { Token } from "../arabic/tokens.js";
import { isFirstName } from "./entities/features.js";
import { ALA_OBJECTS, CHANNELS, CLAUSE_OPENERS, isPlaceWord, MAX_INDIRECT_GAP_TOKENS } from "./quote-clause-words.js";
import { COMPLEMENTIZERS, CUES } from "./quote-cues.js";
import { isOrgWord, isRoleHead } from "./quote-roles.js";
import { hasTanween, stripArticle } from "./quote-text.js";

/**
 * Accusatives after a cue that say how or when one spoke (وقال مخاطبا الحكومة، وأضاف متوجها إلى الناخبين،
 * قال مجددا), folded; not the participles that are cues themselves (مؤكدا، مشيرا). The unvowelled م…ا shape
 * alone would also take names and nouns (مالطا، ماريا، مدافعها البرازيلي).
 */
const CIRCUMSTANTIALS = new Set([
  "مخاطبا",
  "متحدثا",
  "موجها",
  "متوجها",
  "مناشدا",
  "مقدما",
  "متحديا",
  "معلقا",
  "معرفا",
  "ملوحا",
  "مازحا",
  "ممازحا",
  "مبتسما",
  "مستدركا",
  "مستطردا",
  "مستشهدا",
  "مذكرا",
  "مدافعا",
  "مجددا",
  "مرارا",
]);

/** CIRCUMSTANTIALS in either gender (وأضافت موجهة رسالة إلى ترامب), folded. */
export function isCircumstantial(w: string): boolean {
  return CIRCUMSTANTIALS.has(w) || (w.endsWith("ه") && CIRCUMSTANTIALS.has(`${w.slice(0, -1)}ا`));
}

/** The verbs of a blessing on a person (رحمه الله، حفظها الله، رضي الله عنه), folded. */
const BLESSING_VERBS: ReadonlySet<string> = new Set([
  "رحمه",
  "رحمها",
  "رحمهم",
  "حفظه",
  "حفظها",
  "رعاه",
  "رعاها",
  "ايده",
  "رضي",
]);

/** What رضي الله takes after it: عنه، عنها، عنهم، عنهما, folded. */
const BLESSED_ONES: ReadonlySet<string> = new Set(["عنه", "عنها", "عنهم", "عنهما"]);

/**
 * The index past a blessing on a person that starts at token `j` (يقول رحمه الله، الملك عبدالله حفظه الله، حذيفة
 * رضي الله عنه), or `j` when none does: it says who the person is to the writer, never who speaks.
 * @example blessingEnd(tokenize("قال حذيفة رضي الله عنه:"), 2) // 5
 */
export function blessingEnd(tokens: Token[], j: number): number {
  if (!BLESSING_VERBS.has(tokens[j]?.text ?? "") || tokens[j + 1]?.text !== "الله") return j;
  return BLESSED_ONES.has(tokens[j + 2]?.text ?? "") ? j + 3 : j + 2;
}

/**
 * Participles of the derived forms in the indefinite accusative, folded, written without their tanween:
 * مُفاعِلًا (مفاجئا), مُتَفَعِّلًا and مُتَفاعِلًا (متأسفا، متفائلا), مُنْفَعِلًا (منزعجا), مُسْتَفْعِلًا (مستفسرا), مُفَعِّلًا
 * (مبررا، ملوثا), مُفْتَعِلًا (مبتسما) and مفعولًا (مشغولا). The first root letter is no long vowel, which keeps the
 * foreign names spelt with م … ا out (ماريا، مالطا، مونيكا، ميشيلا، مادونا).
 */
const DERIVED_PARTICIPLE =
  /^(?:م(?:ست|ت|ن)?[^اويى\s]ا?[^اويى\s]{2}|م[^اويى\s]ت[^اويى\s]{2}|م[^اويى\s]{2}و[^اويى\s])ا$/u;

/**
 * Adverbs (أولا، سابقا، آنفا، خصوصا) and nouns a verb takes for its object (أحدا، شيئا، بأسا، وداعا) in the
 * indefinite accusative, folded: unvowelled, no other word is spelt so.
 */
const ACCUSATIVE_WORDS: ReadonlySet<string> = new Set([
  "اولا",
  "ثانيا",
  "ثالثا",
  "اخيرا",
  "سابقا",
  "لاحقا",
  "انفا",
  "خصوصا",
  "تحديدا",
  "مثلا",
  "احيانا",
  "غالبا",
  "ابدا",
  "جدا",
  "تماما",
  "فعلا",
  "علنا",
  "عمدا",
  "رسميا",
  "اعلاميا",
  "شخصيا",
  "هاتفيا",
  "احدا",
  "شيئا",
  "باسا",
  "وداعا",
]);

/**
 * Whether token `t` is an indefinite accusative: written with tanween (متأسفاً), or, without it, a derived
 * participle (مفاجئا، مستفسرا) or one of the common adverbs and objects (أولا، سابقا، أحدا). The subject is in
 * the nominative, so such a word is never the speaker: right after the cue it says how or when one spoke or is
 * the verb's object (وقال متأسفا، أشارت أولا، نفى أحدا); after كان it is كان's predicate (هل كان مفاجئا قال).
 * @example isAccusative("قال مستفسرا:", { text: "مستفسرا", start: 4, end: 11 }) // true
 * @example isAccusative("قالت ماريا:", { text: "ماريا", start: 5, end: 10 }) // false
 */
export function isAccusative(text: string, t: Token): boolean {
  return hasTanween(text, t) || DERIVED_PARTICIPLE.test(t.text) || ACCUSATIVE_WORDS.has(t.text);
}

/**
 * Times of day and eve that follow a speaker (عشية الذكرى، مساء الخميس), folded; not صباح, also a name. And
 * adverbs of when (وقال الجيش الإسرائيلي آنذاك إن، قالت إدارة النصر حينها، قال الرئيس مرة إن).
 */
export const TIME_AFTER_SPEAKER = new Set([
  "عشيه",
  "غداه",
  "مساء",
  "ليل",
  "ليله",
  "ظهر",
  "انذاك",
  "حينذاك",
  "حينها",
  "وقتها",
  "يومها",
  "حاليا",
  "مؤخرا",
  "لاحقا",
  "مره",
]);

/**
 * Nouns of events a cue takes as its object (أكدت مصادر عسكرية مصرع القيادي، أعلنت الوكالة مقتل مدنيين),
 * folded: the cue reports an event, not words, and what is quoted after them is part of that object.
 */
export const EVENT_OBJECTS = new Set([
  "مقتل",
  "مصرع",
  "وفاه",
  "استشهاد",
  "اصابه",
  "اعتقال",
  "سقوط",
  "اغتيال",
  "اختطاف",
]);

/** Words that open the object of a cue like طالب after its speaker (طالب الكوكباني جميع المنظمات). */
export const OBJECT_OPENERS = new Set(["جميع", "كافه", "كل", "بعض"]);

/**
 * A word that is ل + someone told (لبي بي سي، لمنظري التحرير): not a first name, place, role or
 * organisation that happens to start with ل (ليلى، لبنان، لواء، لجنة).
 */
/** ل glued to an office (لوزير، للرئيس، لولي العهد), folded: the one told when it stands where a speaker would. */
export function toldOffice(w: string): boolean {
  if (w.length < 4 || !w.startsWith("ل") || isFirstName(w)) return false;
  const rest = w.startsWith("لل") ? `ال${w.slice(2)}` : w.slice(1);
  return ROLE_HEADS_STRICT.has(stripArticle(rest));
}

/** Offices a speaker phrase never opens with ل before (folded, without ال). */
const ROLE_HEADS_STRICT: ReadonlySet<string> = new Set([
  "وزير",
  "رئيس",
  "ولي",
  "امير",
  "ملك",
  "سفير",
  "مبعوث",
  "نائب",
  "مستشار",
  "قائد",
  "مدير",
  "امين",
]);

export function isAddressee(w: string): boolean {
  if (w.length < 3 || w[0] !== "ل" || w.startsWith("لل")) return false;
  return !isFirstName(w) && !isPlaceWord(w) && !isRoleHead(w) && !isOrgWord(w);
}

/**
 * ل + ال (للتلفزيون، للمرة), or ب + a noun of delivery (بخطاب، بتصريح) where a speaker would open: the
 * one told or the channel, never a name.
 */
/** ب + a place words are written (بموقع إنستغرام، بحسابه، بتويتر), folded: no part of a speaker's name. */
export function isWrittenOn(w: string): boolean {
  if (w.length <= 3 || w[0] !== "ب") return false;
  const rest = w.slice(1);
  // (With the speaker's pronoun too: بخطابه، بكلمتها، بتصريحاته.)
  const own = rest.replace(/(?<=\p{L}{3})(?:ه|ها|هم|هما)$/u, "");
  return [rest, own, own.replace(/ت$/, "ه")].some((n) => CHANNELS.has(n) || ALA_OBJECTS.has(n) || BY_CHANNEL.has(n));
}

export function isChannelAdjunct(w: string): boolean {
  if (w.startsWith("لل") && w.length > 4) return true;
  return w.length > 3 && w[0] === "ب" && BY_CHANNEL.has(w.slice(1));
}

/** Nouns of how words were delivered, after ب (بخطاب، بتصريح، ببيان). */
export const BY_CHANNEL = new Set([
  "خطاب",
  "كلمه",
  "تصريح",
  "تصريحات",
  "بيان",
  "تغريده",
  "رساله",
  "مقابله",
  "حديث",
  "مؤتمر",
  "لهجه",
  "نبره",
]);

/** A cue's pronoun object or topic before its subject (نددت بها دمشق، قال عنه الذهبي), skipped. */
export const OBJECT_BI_PRONOUNS = new Set([
  "بها",
  "به",
  "بهم",
  "بهما",
  "عنها",
  "عنه",
  "عنهم",
  "عنهما",
  // التي أشارت إليها وزارة الخزانة بأنها، ما أشار إليه التقرير من أن: what was pointed to, before the speaker.
  "اليها",
  "اليه",
  "اليهم",
  "اليهما",
  // وقال أثناءها رئيس الجمعية: during it, before the speaker.
  "اثناءها",
  "اثنائها",
  "اثناءه",
  "اثنائه",
]);

/** Pronouns of the one told (قال لي، قالت لنا). */
export const ADDRESSEE_PRONOUNS = new Set(["لي", "لنا", "له", "لها", "لهم", "لك", "لكم"]);

/** Words that make a time word before them a time adjunct (الأسبوع الماضي، الشهر المقبل). */
const TIME_QUALIFIERS = new Set(["الماضي", "الماضيه", "المقبل", "المقبله", "القادم", "القادمه", "الجاري", "الحالي"]);

/** A time adjunct at `j`: أمس, or a time word with its qualifier (الأسبوع الماضي). */
export function isTimeAdjunct(tokens: Token[], j: number): boolean {
  const w = tokens[j]!.text;
  return w === "امس" || (TIME_HEADS.has(w) && TIME_QUALIFIERS.has(tokens[j + 1]?.text ?? ""));
}

/** Time words that open an adjunct, not a speaker (أعلنت الأسبوع الماضي عن …). */
export const TIME_HEADS = new Set([
  "الاسبوع",
  "الشهر",
  "العام",
  "السنه",
  "الليله",
  "مطلع",
  "اواخر",
  "اوائل",
  "منتصف",
  "ظهر",
  "فجر",
  // صرح قبيل وفاته بأنه، قال بعد اللقاء إن: a time by an event.
  "قبيل",
  "قبل",
  "بعد",
  "عقب",
  "اثر",
]);

/** How far after بين its و-joined second term (بين X وY) may stand. */
const MAX_BETWEEN_TERM_TOKENS = 5;

/**
 * بين X وY with no complement after: "between". بيّن المشرف على برامج وفعاليات القرية … أن: the verb, whose
 * complement follows the speaker phrase.
 */
function pairedByWa(text: string, tokens: Token[], k: number): boolean {
  let paired = false;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_INDIRECT_GAP_TOKENS; j++) {
    const t = tokens[j]!.text;
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[:.!?؟]/.test(gap)) break;
    if (COMPLEMENTIZERS.has(t)) return false;
    if (j <= k + MAX_BETWEEN_TERM_TOKENS && t.length > 2 && t.startsWith("و") && !/[^\s]/.test(gap)) paired = true;
  }
  return paired;
}

/** بينه وبين X: the preposition "between", not the verb بيّن. */
export function isBetween(tokens: Token[], k: number, text?: string): boolean {
  const w = tokens[k]!.text;
  // بيّن (showed) opens a clause; after a noun, بين is "between" (العلاقات بين البلدين، خط ساخن بين القوات).
  if (w === "بين" && text !== undefined && k > 0) {
    const prev = tokens[k - 1]!;
    const gap = text.slice(prev.end, tokens[k]!.start);
    if (!/[^\s]/.test(gap) && !CLAUSE_OPENERS.has(prev.text)) return true;
  }
  if (w.startsWith("بين") && tokens[k + 1]?.text === "وبين") return true;
  // بين عامي 1998 و2003، بين 10 و20: a span of numbers.
  if (w === "بين" && [1, 2].some((d) => /^و?\p{N}/u.test(tokens[k + d]?.text ?? ""))) return true;
  // من بينها، من بينهم: among them.
  if (/^بين(?:ها|هم|هما|ه)$/.test(w) && k > 0 && tokens[k - 1]!.text === "من") return true;
  // كان بين الانتقال للمستشفى وتوقف التنفس …: two things joined by و before any complement.
  if (w === "بين" && text !== undefined && pairedByWa(text, tokens, k)) return true;
  // The second term of a pair (not وبيّن, which a complementizer follows: وبين أن), or the first one.
  if (w === "وبين" && text !== undefined && !COMPLEMENTIZERS.has(tokens[k + 1]?.text ?? "")) {
    if (betweenPair(text, tokens, k, -1)) return true;
  }
  if (w === "بين" && text !== undefined && betweenPair(text, tokens, k, 1)) return true;
  return (w === "وبين" || w === "بين") && k > 0 && tokens[k - 1]!.text.startsWith("بين");
}

/** How far back in its sentence the first بين of بين X وبين Y may stand. */
const MAX_BETWEEN_PAIR_TOKENS = 20;

/**
 * The other term of a بين … وبين pair in the sentence of token `k`, within MAX_BETWEEN_PAIR_TOKENS: looking back
 * (`step` −1) from وبين for the بين it repeats (لم أفرق بين حالة شعرية …، وبين موقف الشاعر), or ahead (`step` 1) from
 * بين, before any complementizer, for the وبين that closes it (بين سامح شكري، وزير الخارجية، وبين عادل الجبير).
 */
function betweenPair(text: string, tokens: Token[], k: number, step: 1 | -1): boolean {
  const other = step < 0 ? "بين" : "وبين";
  for (let j = k + step; j >= 0 && j < tokens.length && Math.abs(j - k) <= MAX_BETWEEN_PAIR_TOKENS; j += step) {
    const [a, b] = step < 0 ? [j, j + 1] : [j - 1, j];
    if (/[.!?؟:\n]/.test(text.slice(tokens[a]!.end, tokens[b]!.start))) return false;
    if (step > 0 && COMPLEMENTIZERS.has(tokens[j]!.text)) return false;
    if (tokens[j]!.text === other) return true;
  }
  return false;
}

/**
 * وأضاف زاده أن: a verb form with an object pronoun right after a verb of saying is the speaker's name (the
 * Persian -zadeh), not a second verb.
 */
export function nameAfterVerb(text: string, tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const w = tokens[j]!.text;
  return (
    prev !== undefined &&
    CUES.get(prev.text) === "verb" &&
    CUES.get(w) === "verb" &&
    /^[^وف].*(?:ه|ها|هم)$/.test(w) &&
    !/[^\s]/.test(text.slice(prev.end, tokens[j]!.start))
  );
}
