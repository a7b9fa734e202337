/**
 * The subject a sentence opens with (an organisation or a titled person after its verb), or the one the
 * sentence before opened with, that a later cue with no name of its own continues (وتحدثت شرطة المنطقة …،
 * مشيرة إلى أن). For the speaker resolution of quotes.ts, read with quote-speaker-reading.ts.
 */

import type { Token } from "../arabic/tokens.js";
import type { Quote } from "../model/types.js";
import { commonWithArticle } from "./entities/name-words.js";
import {
  type ArticleSpeakers,
  givenNameAfterTitle,
  MAX_NAME_TOKENS,
  personForRole,
  quotedWithRole,
  splitRole,
} from "./quote-article-speakers.js";
import { isPlaceWord, RELATIVES } from "./quote-clause-words.js";
import { OBJECT_PREPOSITIONS, SIDE_NOUNS } from "./quote-clauses.js";
import { CUES, TITLES } from "./quote-cues.js";
import { MAX_AUXILIARY_SUBJECT, MAX_ROLE_TOKENS } from "./quote-phrases.js";
import { HONORIFICS, isAdjectiveLike, isOrgWord, isRoleHead, roleKey } from "./quote-roles.js";
import { cueGender, speakerFrom } from "./quote-speaker-reading.js";
import { firstTokenAt, joinedAt, type Speaker, sentenceStartBefore, stripArticle } from "./quote-text.js";

/** Words with و that open a sentence without a verb (وفي، وكان، وقد): no subject follows them. */
const NOT_VERB_OPENERS = new Set([
  "وفي",
  "وفيما",
  "ومن",
  "وعلي",
  "وعن",
  "وبعد",
  "وقبل",
  "وخلال",
  "وكان",
  "وكانت",
  "وقد",
  "ولكن",
  "ومع",
  "وبحسب",
  "وحسب",
  "ووفق",
  "وبين",
  "وهو",
  "وهي",
  "وهذا",
  "وهذه",
  "وذلك",
  "وتلك",
  "واذا",
  "ولم",
  "ولا",
  "وما",
]);

/**
 * The first token of the sentence at `sentenceStart` when the sentence holds no quote yet and `ahead` more tokens
 * follow it before `before`; -1 otherwise.
 */
function openingToken(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  before: number,
  quotes: Quote[],
  ahead: number,
): number {
  const lastQuote = quotes.at(-1);
  if (lastQuote && lastQuote.end > sentenceStart) return -1;
  const v = firstTokenAt(ctx.tokens, sentenceStart);
  return v + ahead >= ctx.tokens.length || ctx.tokens[v + ahead]!.start >= before ? -1 : v;
}

/**
 * The organisation a sentence opens with after its verb (وتحدثت شرطة منطقة آن أرونديل …، وأشادت الوزارة …),
 * when that sentence holds no quote before `before`: the subject a participle cue later in it continues.
 */
export function organisationOpening(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  before: number,
  cue: string,
  quotes: Quote[],
): Speaker | null {
  const { tokens } = ctx;
  const v = openingToken(ctx, sentenceStart, before, quotes, 1);
  if (v < 0) return null;
  const verb = tokens[v]!.text;
  // وكانت لجنة المنشطات قد برأت …: the subject between the auxiliary and قد.
  const auxiliary = verb === "وكانت" || verb === "وكان";
  if (auxiliary && !tokens.slice(v + 2, v + 2 + MAX_AUXILIARY_SUBJECT).some((t) => t.text === "قد")) return null;
  if (!auxiliary && (!/^[وف]/.test(verb) || verb.length < 4 || NOT_VERB_OPENERS.has(verb) || ctx.perTokens.has(v)))
    return null;
  // ونقلت "فرانس برس" عن ماكرون …: the outlet relays; the words are the person's it names.
  if (/^[وف]نقل(?:ت)?$/.test(verb)) return null;
  const want = cueGender(cue);
  // وشنت تركيا … غارات، مشيرة إلى أنها: a country named after a feminine verb speaks as its government.
  const country =
    want === "f" && verb.endsWith("ت") && isPlaceWord(tokens[v + 1]!.text)
      ? ctx.mentionIn(tokens[v + 1]!.start, tokens[v + 1]!.end, "LOC")
      : undefined;
  const org = ctx.mentionIn(tokens[v + 1]!.start, tokens[v + 1]!.end, "ORG") ?? country;
  // وكانت لجنة المنشطات قد …: an organisation's head and its genitives when the tagger marked none.
  const headed = !org && auxiliary && isOrgWord(tokens[v + 1]!.text) ? orgPhraseEnd(ctx, v + 1) : null;
  if (headed === null && (!org || org.start !== tokens[v + 1]!.start || org.end > before)) return null;
  // A participle agrees with its subject: مشيرا is not the ministry's (الوزارة), مشيرة not the council's.
  if (country) return speakerFrom(ctx, [tokens[v + 1]!], quotes);
  if (want !== null && (stripArticle(tokens[v + 1]!.text).endsWith("ه") ? "f" : "m") !== want) return null;
  let b = v + 1;
  if (headed !== null) b = headed;
  else while (b < tokens.length && tokens[b]!.start < org!.end) b++;
  if (tokens[b - 1]!.end > before) return null;
  return speakerFrom(ctx, tokens.slice(v + 1, b), quotes);
}

/**
 * The end of an organisation's head at `k` with the definite genitives after it (لجنة المنشطات السعودية), or an
 * institution's construct chain (إدارة نادي النصر).
 */
function orgPhraseEnd(ctx: ArticleSpeakers, k: number): number {
  const { text, tokens } = ctx;
  const genitive = (x: number) =>
    x < tokens.length &&
    !CUES.has(tokens[x]!.text) &&
    !RELATIVES.has(tokens[x]!.text) &&
    !/[^\s]/.test(text.slice(tokens[x - 1]!.end, tokens[x]!.start));
  let b = k + 1;
  // … definite, or a construct noun before a definite one (إدارة نادي النصر).
  while (b - k <= 4 && genitive(b)) {
    if (tokens[b]!.text.startsWith("ال")) b++;
    else if (genitive(b + 1) && tokens[b + 1]!.text.startsWith("ال") && isOrgWord(tokens[b]!.text)) b += 2;
    else break;
  }
  return b;
}

/**
 * The person a sentence opens with after its verb by a title and a family name (ورفع الدكتور اليوسف التعازي …):
 * the subject a participle later in the sentence continues, when the sentence holds no quote before `before`.
 */
export function titledOpening(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  before: number,
  quotes: Quote[],
): Speaker | null {
  const { tokens } = ctx;
  const v = openingToken(ctx, sentenceStart, before, quotes, 2);
  if (v < 0) return null;
  const verb = tokens[v]!.text;
  if (!/^[وف]/.test(verb) || verb.length < 4 || NOT_VERB_OPENERS.has(verb) || CUES.has(verb)) return null;
  let a = v + 1;
  while (a < v + 4 && a < tokens.length && (TITLES.has(tokens[a]!.text) || HONORIFICS.has(tokens[a]!.text))) a++;
  if (a === v + 1 || a >= tokens.length || tokens[a]!.end > before) return null;
  // The tagger's names are personInSentence's; here a family name alone after the title (الدكتور اليوسف).
  const w = tokens[a]!.text;
  if (!w.startsWith("ال") || isRoleHead(w) || isOrgWord(w) || isAdjectiveLike(w) || !joinedAt(ctx.text, tokens, a))
    return null;
  return speakerFrom(ctx, tokens.slice(v + 1, a + 1), quotes);
}

/** Verbs of a public stance (أدان، ندد، رحب، نفى), folded, in the past (ت added for the feminine, but نفت، دعت). */
const STANCE_VERBS: ReadonlySet<string> = new Set([
  "ادان",
  "ندد",
  "رحب",
  "استنكر",
  "انتقد",
  "حذر",
  "نفي",
  "نفت",
  "طالب",
  "دعا",
  "دعت",
  "ناشد",
  "رفض",
  "اعرب",
  "عبر",
  "شجب",
  "هدد",
  "تعهد",
  "اعلن",
  "نشر",
  "اصدر",
]);

/** Words that open a sentence before its verb to mark whose turn it is (بدوره، كما، ثم), folded. */
const TURN_OPENERS: ReadonlySet<string> = new Set(["بدوره", "بدورها", "وبدوره", "وبدورها", "كما", "وكما", "ثم"]);

/**
 * The token after the turn opener at `k` (بدوره، كما، من جهته، من ناحيتها، في المقابل), or `k` when none opens there.
 */
function afterTurnOpener(tokens: Token[], k: number): number {
  const w = tokens[k]?.text ?? "";
  if (TURN_OPENERS.has(w)) return k + 1;
  const next = tokens[k + 1]?.text ?? "";
  if ((w === "من" || w === "ومن") && SIDE_NOUNS.has(next)) return k + 2;
  if ((w === "في" || w === "وفي") && next === "المقابل") return k + 2;
  return k;
}

/**
 * The subject of the sentence before `sentenceStart` when it holds no quote and opens
 * with a verb and a named person (وحذر الرئيس الأمريكي دونالد ترامب روسيا … . وقال …):
 * a pronoun cue right after it continues that person rather than the last speaker.
 */
export function subjectOfPreviousSentence(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  quotes: Quote[],
  cue: string,
): Speaker | null {
  if (sentenceStart <= 1) return null;
  const prevStart = sentenceStartBefore(ctx.text, sentenceStart - 1);
  const lastQuote = quotes.at(-1);
  if (lastQuote && lastQuote.end > prevStart) return null;
  return openingSubject(ctx, prevStart, sentenceStart, quotes, cue, false);
}

/**
 * The subject the sentence at `sentenceStart` opens with after its verb, named before `before` (كما قدم رئيس الوفد
 * عوض العقيلي شكره …، مشيرا إلى أن): a later cue in it with no name of its own continues that subject, when the
 * sentence holds no quote yet.
 */
export function subjectOfSentence(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  before: number,
  quotes: Quote[],
  cue: string,
): Speaker | null {
  const lastQuote = quotes.at(-1);
  if (lastQuote && lastQuote.end > sentenceStart) return null;
  return openingSubject(ctx, sentenceStart, before, quotes, cue, true);
}

/**
 * The subject right after the verb that opens the sentence at `from` (after و or a turn opener: بدوره، من جهته),
 * ending before `to`: an organisation that took a stance, or a name (with its role) the tagger or the given-name
 * list vouches for.
 */
function openingSubject(
  ctx: ArticleSpeakers,
  from: number,
  to: number,
  quotes: Quote[],
  cue: string,
  ownSentence: boolean,
): Speaker | null {
  const { tokens } = ctx;
  // بدوره، قدم أمين الأحساء شكره …، من ناحيته، أكد نائب الرئيس إياد علاوي أهمية …: the verb after a turn opener.
  const opening = firstTokenAt(tokens, from);
  const v = afterTurnOpener(tokens, opening);
  const strict = ownSentence || v > opening;
  if (v + 1 >= tokens.length || tokens[v + 1]!.start >= to) return null;
  if (ctx.perTokens.has(v)) return null;
  const w = tokens[v]!.text;
  if (v === opening ? !/^[وف]/.test(w) : w.startsWith("ال") || isRoleHead(w)) return null;
  // وفي ختام الكلمة سأل، وعلى مدار الساعة: a preposition opens the sentence, no verb.
  if (strict && NOT_VERB_OPENERS.has(w)) return null;
  // كما تساعد على التغلب على الالتهابات: a preposition after the verb opens its object (على is no علي here).
  if (OBJECT_PREPOSITIONS.has(tokens[v + 1]!.text) && !ctx.perTokens.has(v + 1)) return null;
  // وأدانت اللجنة الدولية للصليب الأحمر الهجمات. وكتبت «…»: the organisation that took a stance in the sentence
  // before, when the two verbs agree in gender (not وأنهى مانشستر سيتي الموسم …، وتابع: a narrated act).
  const orgEnd = ctx.orgEnd.get(v + 1);
  const gender = cueGender(cue);
  const verb = /^[وف]/.test(w) ? w.slice(1) : w;
  const stance = STANCE_VERBS.has(verb) || (verb.endsWith("ت") && STANCE_VERBS.has(verb.slice(0, -1)));
  if (orgEnd !== undefined && stance && gender !== null && verb.endsWith("ت") === (gender === "f")) {
    if (tokens[orgEnd - 1]!.end <= to) return speakerFrom(ctx, tokens.slice(v + 1, orgEnd), quotes);
  }
  const split = splitRole(ctx, v + 1, Math.min(tokens.length, v + 1 + MAX_ROLE_TOKENS + MAX_NAME_TOKENS));
  // بدوره، قدم أمين الأحساء شكره …، وأكد أن: past a turn opener, or in the cue's own sentence, a role with no name
  // after it is its holder, named by the role (or by the name the article gave that role). A listed given name
  // alone may be the verb's object there (ورفع مدير الجامعتين المكلف أسمى آيات الشكر).
  if (strict && !heldName(ctx, split)) return roleSubject(ctx, v + 1, split.roleEnd, to, quotes);
  if (split.nameEnd <= split.nameStart || !ctx.candidate(split.nameStart, split.nameEnd).strong) return null;
  if (tokens[split.nameEnd - 1]!.end > to) return null;
  return speakerFrom(ctx, tokens.slice(v + 1, split.nameEnd), quotes);
}

/**
 * Whether the name `split` found after a role is the holder's: one the tagger found, or a listed given name and a
 * family name (وعبر مدير جمعية الثقافة والفنون بجدة عمر الجاسر عن …), not a given name that opens the verb's
 * object (ورفع مدير الجامعتين المكلف أسمى آيات الشكر).
 */
function heldName(ctx: ArticleSpeakers, split: { nameStart: number; nameEnd: number }): boolean {
  if (split.nameEnd <= split.nameStart) return false;
  if (ctx.perTokens.has(split.nameStart)) return true;
  // ويتابع د. أمين قائلا: a given name alone after its title, where an office of that spelling would be read.
  if (
    split.nameEnd - split.nameStart === 1 &&
    givenNameAfterTitle(ctx, split.nameStart, split.nameStart - 1, split.nameEnd)
  )
    return true;
  const family = ctx.tokens[split.nameEnd - 1]!.text;
  return (
    split.nameEnd - split.nameStart >= 2 &&
    ctx.candidate(split.nameStart, split.nameEnd).strong === true &&
    family.startsWith("ال") &&
    !commonWithArticle(family)
  );
}

/**
 * The holder of the role phrase from token `k` to `roleEnd`, when it is one before `to` that a role head opens,
 * as the subject right after a verb (بدوره، قدم أمين الأحساء شكره …): the person the article named with that role
 * (or, of several, the one just quoted), else the role as written. Only the role: a listed given name after it
 * (ورفع مدير الجامعتين المكلف أسمى آيات الشكر) is the verb's object, not the holder's name.
 */
function roleSubject(ctx: ArticleSpeakers, k: number, roleEnd: number, to: number, quotes: Quote[]): Speaker | null {
  const { tokens, text } = ctx;
  if (roleEnd <= k || tokens[roleEnd - 1]!.end > to || !isRoleHead(tokens[k]!.text)) return null;
  const words = tokens.slice(k, roleEnd).map((t) => t.text);
  const n = describedEnd(words);
  const at = tokens[k]!.start;
  const span = { start: at, end: tokens[k + n - 1]!.end };
  const role = roleKey(words.slice(0, n));
  const person = personForRole(ctx, role, at, true) ?? quotedWithRole(ctx, role, at, quotes);
  if (person) return { ...person, anonymous: false, span };
  // (A definite nisba after a title is a family name: اللواء التركي، الدكتور العمري.)
  const national = n >= 2 && !TITLES.has(words[0]!) && /^ال.{2,}(?:ي|يه)$/.test(words[n - 1]!);
  // وأشاد المدرب التونسي after التونسي جلال قادري مدرب فريق الخليج: a role with a nationality (or another nisba) no
  // one was named with stands for someone named otherwise before, not for a new speaker.
  if (national) return null;
  return { name: text.slice(span.start, span.end), entity: null, anonymous: false, span };
}

/**
 * How many of a role's `words` (folded) describe its holder: after a definite word only adjectives and ل… phrases
 * (المتحدث الرسمي للوزارة، وزير الطاقة الإماراتي) do; a definite noun there is the verb's object (وطالب الوزير
 * | البرلمان بإعادة النظر، وثمن اللواء البلوي | الدور البطولي). After an indefinite word, its genitive goes on
 * (أمين الأحساء، رئيس مجلس الإدارة).
 *
 * @example describedEnd(["الوزير", "البرلمان", "باعاده"]) // 1
 */
function describedEnd(words: string[]): number {
  for (let n = 1; n < words.length; n++) {
    const before = words[n - 1]!;
    const w = words[n]!;
    // وأبدى أمين جدة سعادته الغامرة: a noun with a pronoun after a place is the verb's object (وزير خارجيتها is not).
    if (/ته(?:ا|م|ما)?$/.test(w) && w.length > 4 && !isRoleHead(before)) return n;
    if (!before.startsWith("ال") || isAdjectiveLike(w) || /^لل/.test(w) || w === "باسم") continue;
    return n;
  }
  return words.length;
}
