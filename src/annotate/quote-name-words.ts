/**
 * Which words of a speaker phrase can be a person's name (isNameWord), and the names read with them: one in
 * apposition between commas, one closing the phrase after an institution named for someone; for ArticleSpeakers
 * (quote-article-speakers.ts).
 */

import { isFirstName } from "./entities/features.js";
import { NAMING_TITLES } from "./entities/names.js";
import { TIME_AFTER_SPEAKER } from "./quote-adjuncts.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { isPlaceWord } from "./quote-clause-words.js";
import { isToldOutlet, namedBayan, spelledLetter } from "./quote-clauses.js";
import { COMPLEMENTIZERS, CUES, PRONOUN_SPEAKERS, SPEAKER_STOPS } from "./quote-cues.js";
import { HONORIFICS, isOrgWord, isPossessed, isRoleHead, NAME_PARTICLES } from "./quote-roles.js";
import { bareIn, hasTanween, joinedAt } from "./quote-text.js";

/** A name in apposition between commas runs at most this many words (لويزة روفل). */
export const MAX_APPOSITION_TOKENS = 4;

/** Heads of the regions an office is in (في منطقة الرياض، في محافظة البصرة), folded. */
export const REGION_HEADS: ReadonlySet<string> = new Set([
  "منطقه",
  "محافظه",
  "مدينه",
  "ولايه",
  "اقليم",
  "قضاء",
  "مقاطعه",
]);

/**
 * Heads of places a person's name follows in construct when the place is named for them (مطار الملك خالد، مدينة
 * الملك عبدالعزيز), folded. Not the heads of regions (بمنطقة الرياض عبدالله …), whose name is a place's.
 */
export const NAMED_PLACE_HEADS: ReadonlySet<string> = new Set([
  "مطار",
  "ميناء",
  "استاد",
  "ملعب",
  "مدينه",
  "جسر",
  "شارع",
]);

/**
 * Whether the name starting at token `n` names the institution before it: an indefinite institution head in
 * construct, maybe with a royal title between (مركز الملك | سلمان للإغاثة، مكتب الأمير | محمد بن سلمان،
 * جامعة | محمد الخامس). That person is not the one speaking for it.
 */
export function namesInstitution(ctx: ArticleSpeakers, first: number, n: number): boolean {
  const { tokens } = ctx;
  const titled = n - 1 >= first && NAMING_TITLES.has(tokens[n - 1]!.text);
  const h = titled ? n - 2 : n - 1;
  if (h < first) return false;
  // A person's name, not the institution's own (شركة فيسبوك، مجلس إدارة سابك).
  if (!titled && !ctx.perTokens.has(n) && !isFirstName(tokens[n]!.text)) return false;
  const head = tokens[h]!.text;
  if (/^(?:[وفلب]?ال|لل)/.test(head)) return false;
  return isOrgWord(head) || bareIn(head, NAMED_PLACE_HEADS) !== null;
}

/**
 * A name closing the speaker phrase at `last` after an institution named for someone (… للإغاثة والأعمال
 * الإنسانية رأفت الصباغ): at least two name words, the first one tagged, a first name, after a rank, or a
 * bare word after a definite one, which no construct chain continues.
 */
export function closingName(ctx: ArticleSpeakers, from: number, last: number): { start: number; end: number } | null {
  const { tokens } = ctx;
  for (let p = from; p < last; p++) {
    const w = tokens[p]!.text;
    // One word only as a tagged hashtag name (#مارك_زوكربيرغ).
    if (p === last - 1 && !(ctx.perTokens.has(p) && w.includes("_"))) break;
    const prev = tokens[p - 1]?.text ?? "";
    if (NAME_PARTICLES.has(w)) continue;
    const lead =
      (ctx.perTokens.has(p) && !ctx.perTokens.has(p - 1)) ||
      isFirstName(w) ||
      RANKS.has(prev) ||
      (/^(?:[وفلب]?ال|لل)/.test(prev) && !/^(?:[وفلب]?ال|لل|و)/.test(w));
    if (!lead) continue;
    let q = p;
    while (q < last && isNameWord(ctx, q, q > p)) q++;
    if (q < last) continue;
    // رئيس جامعة الملك سعود الدكتور | بدران العمر: a rank the tagger took into the name leads it.
    const start = RANKS.has(w) && last - p >= 3 ? p + 1 : p;
    return { start, end: last };
  }
  return null;
}

/** A word that can be part of a person's name. */
export function isNameWord(ctx: ArticleSpeakers, k: number, inName: boolean): boolean {
  const w = ctx.tokens[k]!.text;
  if (!/^\p{L}/u.test(w) || (w.length < 2 && !RANKS.has(w))) return false;
  // A word with tanween (مدهوشًا، تاركًا) is an adverbial accusative, never part of a name.
  if (hasTanween(ctx.text, ctx.tokens[k]!)) return false;
  // بإحباط، لأسباب: a preposition on a word opening with a hamza; no name is spelt so.
  if (/^[بلك][أإ]/.test(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.start + 2))) return false;
  // للبحث والإنقاذ، للحج والعمرة، للسيارة: ل on the article is a purpose or the one the role is for; no name opens
  // so (the tagger's للعبادي too is ل + the name). (After a name's first word it may be an institution's: مهرجان
  // أبها للتسوق.)
  if (!inName && /^لل\p{L}{2,}/u.test(w)) return false;
  if (spelledLetter(ctx.tokens, k)) return true;
  if (namedBayan(ctx.text, ctx.tokens, k)) return true;
  if (CUES.has(w) || SPEAKER_STOPS.has(w) || COMPLEMENTIZERS.has(w) || PRONOUN_SPEAKERS.has(w)) return false;
  if (NAME_PARTICLES.has(w)) return true;
  if (ctx.perTokens.has(k)) return true;
  // قال الأمير محمد لرويترز: the outlet told ends the name.
  if ((inName || /^ل[a-z]/.test(w)) && isToldOutlet(w)) return false;
  // مها المنيف حديثها، المنتهية ولايته: a noun with a possessive pronoun (not ه alone: شحاته).
  if (isPossessed(w)) return false;
  // بمكتب الرئيس العام بالمجمع الأولمبي ظهر أمس: a time of day is no name.
  if (TIME_AFTER_SPEAKER.has(w)) return false;
  // وكيل الوزارة سابقا، وكيل سابق لوزارة العدل: when the office was held, not who held it.
  if (FORMER_WORDS.has(w)) return false;
  // الشرطة بمحافظة جدة، مدير الشؤون الصحية بجازان: ب/ل + a region's head or a place is where, not who.
  // (The place after the prefix, not one spelt with it: بروكسل، لندن.)
  if (/^[بل]\p{L}{2,}/u.test(w) && (REGION_HEADS.has(w.slice(1)) || placeAfterPrefix(ctx, k))) return false;
  if (w.startsWith("ال")) {
    // A family name (الكاظمي) follows a first name or a particle (آل الشيخ، عبد الغفار).
    const prev = ctx.tokens[k - 1]?.text ?? "";
    return inName && (NAME_PARTICLES.has(prev) || !prev.startsWith("ال"));
  }
  return !isRoleHead(w) && !isOrgWord(w) && !HONORIFICS.has(w) && !FUNCTION_WORDS.has(w);
}

/** Words that date an office (سابقا، حاليا), folded. */
const FORMER_WORDS: ReadonlySet<string> = new Set(["سابق", "سابقا", "سابقه", "حاليا", "اسبق"]);

/** True when a place mention starts one letter into token `k`, after its ب or ل (بجدة، لمدينة). */
export function placeAfterPrefix(ctx: ArticleSpeakers, k: number): boolean {
  const start = ctx.tokens[k]!.start + 1;
  if (!/^[بل]/.test(ctx.tokens[k]!.text)) return false;
  return (
    ctx.mentionIn(start, start + 1, "LOC") !== undefined ||
    (isPlaceWord(ctx.tokens[k]!.text.slice(1)) && !isPlaceWord(ctx.tokens[k]!.text))
  );
}

export const FUNCTION_WORDS = new Set([
  // إلا / ألا (تساءل المهني ألا يفترض أن …).
  "الا",
  // Time words after a name (ياريف ليفين قبيل النقل; عشية and غداة are in TIME_AFTER_SPEAKER).
  "قبيل",
  "بعيد",
  // ما يؤرق الرئيس الأميركي أكثر من الاتفاق، يرى الرئيس الأميركي منذ أن كان: how much, how often, since when;
  // no name.
  "اكثر",
  "اقل",
  "مره",
  "منذ",
  "من",
  "الى",
  "عن",
  "مع",
  "هذا",
  "هذه",
  "ذلك",
  "تلك",
  "كل",
  "او",
  "ثم",
  "قد",
  "فقد",
  "لقد",
  "لم",
  "لن",
  "ما",
  "لا",
  "كان",
  "كانت",
  "وكان",
  "وكانت",
  "حيث",
  "كما",
  "له",
  "لها",
  "به",
  "بها",
  // الرئيس الروسي، وهو ضابط مخابرات سابق، إن: a pronoun opens what the speaker is, never a name.
  "هو",
  "هي",
  "هم",
  "وهو",
  "وهي",
  "وهم",
]);

/** Length of a run of name words at `a` closed by a comma (، فيسل غانزيفورت،), or 0. */
export function appositeName(ctx: ArticleSpeakers, a: number): number {
  const { tokens, text } = ctx;
  let b = a;
  const stop = Math.min(tokens.length, a + MAX_APPOSITION_TOKENS);
  while (b < stop && (b === a || joinedAt(text, tokens, b)) && isNameWord(ctx, b, b > a)) b++;
  return b > a && b < tokens.length && /^\s*[،,]/.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start)) ? b - a : 0;
}

/**
 * Titles that are never a family name (unlike الشيخ، القاضي، الأمير): one inside a name candidate is a role
 * read into it, and one before the name closing a speaker phrase leads that name.
 */
export const RANKS: ReadonlySet<string> = new Set([
  "الدكتور",
  "الدكتوره",
  // د. for doctor, م. for engineer, أ. for professor (folded ا).
  "د",
  "م",
  "ا",
  "المهندس",
  "المهندسه",
  "الاستاذ",
  "الاستاذه",
  "اللواء",
  "العميد",
  "العقيد",
  "المقدم",
  "الرائد",
  "النقيب",
  "السيد",
  "السيده",
]);

/**
 * A rank written as its letter (د. for الدكتور, م. for المهندس, أ. for الأستاذ), folded.
 * @example isLetterRank("م") // true
 */
export const isLetterRank = (w: string): boolean => w.length === 1 && RANKS.has(w);

/** Words that qualify a military rank or an office (العقيد الركن طيار، أمين المنطقة بالإنابة), folded: never a name's. */
export const RANK_QUALIFIERS: ReadonlySet<string> = new Set([
  "ركن",
  "الركن",
  "طيار",
  "الطيار",
  "بحري",
  "البحري",
  // أمين المنطقة بالإنابة: an acting holder of the office.
  "بالانابه",
]);
