/**
 * What a cue introduces: the direct quotation or the indirect clause (أن، إن، colon) after it (where that
 * clause ends is quote-clause-ends.ts's), and the speaker scan between them, which skips the words
 * quote-adjuncts.ts knows (time adjuncts, addressees, channels, بين X وY) and reads a share of a group with
 * quote-shares.ts. Linear: every scan is bounded or moves forward.
 */

import type { Token } from "../arabic/tokens.js";
import { isFirstName } from "./entities/features.js";
import { PERSON_TITLES } from "./entities/lexicon.js";
import { isVerbLike } from "./entities/verbs.js";
import {
  ADDRESSEE_PRONOUNS,
  blessingEnd,
  EVENT_OBJECTS,
  isAccusative,
  isAddressee,
  isBetween,
  isChannelAdjunct,
  isCircumstantial,
  isTimeAdjunct,
  isWrittenOn,
  nameAfterVerb,
  OBJECT_BI_PRONOUNS,
  OBJECT_OPENERS,
  TIME_AFTER_SPEAKER,
  TIME_HEADS,
  toldOffice,
} from "./quote-adjuncts.js";
import { alaOfAnother, takesAla } from "./quote-ala.js";
import {
  COMMENT_PRONOUNS,
  type Complement,
  clauseAfter,
  directAt,
  indirectFrom,
  relayAside,
} from "./quote-clause-ends.js";
import { ALA_OBJECTS, CHANNELS, MAX_INDIRECT_GAP_TOKENS, RELATIVES } from "./quote-clause-words.js";
import {
  ANONYMOUS_HEADS,
  ATTRIBUTION_TAILS,
  COMPLEMENTIZERS,
  CUES,
  type CueClass,
  MANNER_WORDS,
  ORG_HEADS,
  PRONOUN_SPEAKERS,
  SPEAKER_STOPS,
  TITLE_CONTEXT,
  TITLES,
} from "./quote-cues.js";
import { isMannerAdverbial } from "./quote-manner.js";
import {
  DEFINITE_ADJECTIVES,
  HONORIFICS,
  isOrgWord,
  isPossessed,
  isRoleHead,
  NAME_PARTICLES,
  QUANTITY_HEADS,
} from "./quote-roles.js";
import { bracketed, NOT_SHARE_OBJECTS, shareEnd } from "./quote-shares.js";
import {
  closingMark,
  colonSoon,
  firstOpener,
  firstTokenAt,
  isInitialDot,
  lastTokenBefore,
  MAX_QUOTE_CHARS,
  SENTENCE_END,
  wordCount,
} from "./quote-text.js";

/**
 * How far after a cue its complement (أن، colon, quote mark) may start: longer speaker phrases are rare.
 * A name, a long office and the occasion run to 18 (وقال داي يتنغهام الرئيس التنفيذي للجنة سلامة الطيران في
 * المملكة المتحدة في حديث للدايلي ميل تعليقاً على الحادثة: …).
 */
const MAX_CUE_GAP_TOKENS = 22;

/** Longest relative clause between commas that the gaps leave out (see `complementOf`). */
const MAX_ASIDE_TOKENS = 14;

/** What follows the dot of a web address (ممزورلد.كوم، موقع.نت). */
const WEB_SUFFIXES = new Set(["كوم", "نت", "اورغ", "com", "net", "org", "sa", "ae"]);

/**
 * True when the cue at `i` follows لم، لا، لن (with و or ف) in its sentence, or دون أن / من دون أن. (Not لا
 * closing the sentence before: «أم لا». يقول مصدر …)
 */
export function negatedAt(text: string, tokens: Token[], i: number): boolean {
  if (i === 0 || /\S/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  const prev = tokens[i - 1]!.text;
  // لِمَ تقول (why): after لم the hollow verb is jussive, يقل.
  if (/^[وف]?لم$/.test(prev)) return !/^[يت]قول$/.test(tokens[i]!.text);
  if (/^[وف]?(?:لا|لن)$/.test(prev)) return true;
  return prev === "ان" && /^[وب]?دون$/.test(tokens[i - 2]?.text ?? "");
}

/**
 * True when the speaker word at `k` ends a phrase a demonstrative cannot continue: a definite word or a name
 * (المهندس المخرج | هذه المناسبة), not a construct head (أحد هؤلاء الرجال، صاحب هذا التطبيق).
 */
function closedPhrase(tokens: Token[], k: number, persons: ReadonlySet<number>): boolean {
  return persons.has(k) || /^[وفلب]?ال/.test(tokens[k]?.text ?? "");
}

/** Words after فان that make it a name's particle (فان در كلاوو، فان دي بيك), folded. */
const VAN_PARTICLES: ReadonlySet<string> = new Set(["در", "دير", "دن", "دي", "ديك", "دايك"]);

/** Words allowed between a closing quote mark and a trailing cue (".. بهذه الكلمات علق"). */
const TRAILING_LINKS = new Set(["بهذه", "الكلمات", "العبارات", "العباره", "هكذا", "كما"]);

/**
 * A direct quote that ends right before the cue at `i` (only punctuation or a link word
 * between), with the speaker named after the cue: «…»، قال X. Not before `after`.
 */
export function quoteBefore(text: string, tokens: Token[], i: number, after: number): Complement | null {
  let k = i;
  while (k > 0 && i - k < 2 && TRAILING_LINKS.has(tokens[k - 1]!.text)) k--;
  let p = tokens[k]!.start - 1;
  while (p >= after && p > tokens[k]!.start - 6 && /[\s،,.:\-–—]/.test(text[p] as string)) p--;
  const close = text[p];
  if (p < after || (close !== "»" && close !== "”" && close !== '"')) return null;
  // «…». وأكدت X خبر …: after a full stop only a link word (هكذا قال) looks back at the quote.
  if (k === i && text.slice(p + 1, tokens[k]!.start).includes(".")) return null;
  const opener = close === "»" ? "«" : close === "”" ? "“" : '"';
  let open = -1;
  for (let q = p - 1; q >= Math.max(after, p - MAX_QUOTE_CHARS); q--) {
    const c = text[q] as string;
    if (c === "\n") break;
    if (c === opener || (close === "”" && c === '"')) {
      open = q;
      break;
    }
  }
  if (open < 0) return null;
  // وفي تقرير لصحيفة «نيويورك تايمز» قالت هوا: a title the cue follows, not words quoted before it.
  const titled = tokens[lastTokenBefore(tokens, open, 0)];
  if (titled && titled.end <= open && TITLE_CONTEXT.has(titled.text)) return null;
  // بدأت مع سياسة "الاحتواء المزدوج" كما أعلنها: a few words quoted right after a noun name it (a term, a
  // slogan), words no one is said to have spoken. (Not a name after an organisation's head right before the
  // verb: منظمة «مجموعة الأزمات الدولية» أعربت names the speaker, read as before.)
  const namedBody = k === i && isOrgWord(titled?.text ?? "") && !/^[لب]/.test(titled?.text ?? "");
  if (
    titled &&
    !namedBody &&
    /^\s+$/.test(text.slice(titled.end, open)) &&
    !CUES.has(titled.text) &&
    !COMPLEMENTIZERS.has(titled.text) &&
    wordCount(text.slice(open + 1, p)) <= MAX_TERM_WORDS
  )
    return null;
  const direct = directAt(text, open, []);
  if (!direct || direct.closeEnd !== p + 1) return null;
  // The speaker: the words after the cue up to punctuation or an adjunct.
  const speaker: Token[] = [];
  for (let j = i + 1; j < tokens.length && speaker.length < MAX_CUE_GAP_TOKENS / 2; j++) {
    const t = tokens[j]!;
    if (/[^\s]/.test(text.slice(tokens[j - 1]!.end, t.start)) || SPEAKER_STOPS.has(t.text) || CUES.has(t.text)) break;
    // على (folded علي, also the name Ali) ends a named speaker: علق X على الفيضان، كتب ترامب على تويتر.
    if (t.text === "علي" && (speaker.length >= 2 || CHANNELS.has(tokens[j + 1]?.text ?? ""))) break;
    if (!PRONOUN_SPEAKERS.has(t.text)) speaker.push(t);
  }
  return { kind: "direct", span: direct.span, speaker };
}

/** A quoted term after a noun (سياسة "الاحتواء المزدوج") runs at most this many words. */
const MAX_TERM_WORDS = 4;

/** Words that make a following أن a conjunction (بعد أن، غير أنه، إلا أن), not a cue's complement. */
const NON_COMPLEMENT_HEADS = new Set([
  "بعد",
  "قبل",
  "غير",
  "الا",
  "منذ",
  "رغم",
  "بمجرد",
  "حتي",
  "لولا",
  "اجل",
  "لاجل",
  // علقت مقابل أن تخفض إيران نشاطها، بشرط أن: in exchange for, on condition that.
  "مقابل",
  "بمقابل",
  "شرط",
  "بشرط",
  // وصفوا الإدارة بالأبطال من دون أن يعوا أن …: without (doing), no speech.
  "دون",
  "بدون",
  // الحالات التي يمكن أن يكون …: a modal's clause, no speech.
  "يمكن",
  "يجب",
  "ينبغي",
  "يتعين",
  "لابد",
]);

/** Prepositions before a person that make it an object, not the sentence's subject. */
export const OBJECT_PREPOSITIONS = new Set([
  "حول",
  "عن",
  "مع",
  "الي",
  "علي",
  "في",
  "من",
  "بين",
  "ضد",
  "لدي",
  "عند",
  "بشان",
]);

/**
 * على (folded علي, also the name Ali) ends a speaker phrase after a name that is not a
 * title (لميس الخطيب على صفحتها), and before a channel (على تويتر).
 */
function isOnPreposition(tokens: Token[], j: number, spoken: number, cue: string): boolean {
  if (tokens[j]!.text !== "علي") return false;
  if (CHANNELS.has(tokens[j + 1]?.text ?? "")) return true;
  // شدد على أن، مؤكدا على أن: the verb's own preposition, not the name Ali.
  if (takesAla(cue) && COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? "")) return true;
  const prev = tokens[j - 1]!.text;
  return spoken > 0 && !isRoleHead(prev) && !HONORIFICS.has(prev) && !NAME_PARTICLES.has(prev);
}

/**
 * Whether token `j` is the name Ali inside a name the tagger found (المشارك علي بن عبد الله العمري، محمد علي):
 * spelt with ي, where the preposition على, which folds to the same word, is spelt with ى, and tagged together
 * with a word next to it.
 * @example aliInName("المشارك علي العمري", tokenize("المشارك علي العمري"), 1, new Set([1, 2])) // true
 */
export function aliInName(text: string, tokens: Token[], j: number, persons: ReadonlySet<number>): boolean {
  const t = tokens[j]!;
  return t.text === "علي" && text[t.end - 1] === "ي" && persons.has(j) && (persons.has(j + 1) || persons.has(j - 1));
}

/**
 * على untagged at `j` before a channel, a stressed noun (على ضرورة، على وجوب) or a noun with a possessive
 * pronoun (على حسابه، على لسانه): the preposition, not the name Ali (علي الزعتري، علي مراد).
 */
export function isAlaPreposition(tokens: Token[], j: number, persons: ReadonlySet<number>): boolean {
  if (tokens[j]!.text !== "علي" || persons.has(j)) return false;
  const next = tokens[j + 1]?.text ?? "";
  if (CHANNELS.has(next) || ALA_OBJECTS.has(next) || DEMONSTRATIVES.has(next)) return true;
  return next.length > 3 && /(?:ه|ها|هم|هما)$/.test(next) && !isFirstName(next) && !persons.has(j + 1);
}

/**
 * طلب/فضل/رفض + عدم/الكشف: how an anonymous source asked to stay unnamed; in the plural too, for sources
 * (مسؤولون اشترطوا عدم نشر أسمائهم، طالبين عدم ذكر أسمائهم).
 */
export const ANONYMITY_VERBS = new Set(
  ["طلب", "فضل", "رفض", "اشترط", "طالب", "مفضلا", "طالبا", "رافضا"].flatMap((v) =>
    v.endsWith("ا") ? [v, `${v.slice(0, -1)}ه`, `${v.slice(0, -1)}ين`] : [v, `${v}ت`, `${v}وا`],
  ),
);

const ANONYMITY_OBJECTS = new Set(["عدم", "الكشف", "ذكر"]);

/** طالبا عدم نشر اسمه، رافضة كشف اسمها at token `i`: how a source asked to stay unnamed, not a verb of speech. */
export function isAnonymityCondition(tokens: Token[], i: number): boolean {
  if (!ANONYMITY_VERBS.has(tokens[i]!.text)) return false;
  const k = tokens[i + 1]?.text === "ايضا" ? i + 2 : i + 1; // طالبا أيضا عدم الكشف عن اسمه
  return ANONYMITY_OBJECTS.has(tokens[k]?.text ?? "") || namesIdentity(tokens, k);
}

/** A person's name or identity as a thing withheld (لم يشأ كشف هويته، من دون ذكر اسمه), folded. */
export const IDENTITY_WORDS = new Set([
  "اسم",
  "اسمه",
  "اسمها",
  "اسمهم",
  "اسمهما",
  "هويه",
  "هويته",
  "هويتها",
  "هويتهم",
  "هويتهما",
]);

/**
 * كشف هويته، ذكر اسمه، الكشف عن اسمه at token `i`: the verb has a name as its object, so it tells no content
 * (وقال المسؤول الذي لم يشأ كشف هويته إن …: the report is قال's).
 */
export function namesIdentity(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? "";
  return IDENTITY_WORDS.has(next) || (next === "عن" && IDENTITY_WORDS.has(tokens[i + 2]?.text ?? ""));
}

/** What follows the document بيان, never a given name: its issuer or its manner (بيان الوزارة، بيان صادر، بيان له). */
const AFTER_STATEMENT =
  /^(?:ال|لل|ل|ب|ك|و|ف)|^(?:صادر|صادره|مشترك|رسمي|صحفي|صحافي|عن|من|في|اصدرته|نشرته|جاء|قال|قالت|اكد|اكدت)$/;

/**
 * بيان as a woman's given name: right after a person's title or occupation and before her family name
 * (المحامية بيان زهران، الدكتورة بيان السعدي), with nothing between. Not a statement after its subject
 * (وقالت المنظمة بيانا).
 */
export function namedBayan(text: string, tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== "بيان" || k === 0 || k + 1 >= tokens.length) return false;
  const prev = tokens[k - 1]!.text;
  const next = tokens[k + 1]!.text;
  if (!/^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  if (!/^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  const titled = PERSON_TITLES.has(prev) || TITLES.has(prev) || (isRoleHead(prev) && /ه$/.test(prev));
  return titled && !ORG_HEADS.has(prev) && !AFTER_STATEMENT.test(next) && !COMPLEMENTIZERS.has(next) && !CUES.has(next);
}

/** Words no speaker phrase opens with. */
const NOT_SPEAKER_OPENERS = new Set([
  "ب",
  "ل",
  "ك",
  // وأضاف بحسب «رويترز»، أن …: the source cited, not a speaker.
  "بحسب",
  "حسب",
  "وفق",
  "وفقا",
  "نقلا",
  "ما",
  "بما",
  "مما",
  "هنا",
  "هناك",
  // Adverbs with a pronoun (اعترفت خلالها بأن، وقالت بعدها إن).
  "خلالها",
  "خلاله",
  "بعدها",
  "بعده",
  "عندها",
  "حينها",
  "يومها",
  "وقتها",
  // A passive's place (سترة كتب عليها «…»).
  "عليها",
  "عليه",

  // وأعرب عند وفاة زوجته عن …: a time by an event.
  "عند",
  // وقال بهذا الخصوص، بهذه المناسبة: what it is about.
  "بهذا",
  "بهذه",
  // Adverbs of manner (وقال بشكل دقيق، أعلن بصورة مفاجئة).
  "بشكل",
  "بصوره",
  "بطريقه",
  // Adverbs of time and manner (قد أعلن سابقا أن، سبق لها أن أعلنت أخيرا أن، وصفه مرة بـ…).
  "سابقا",
  "مؤخرا",
  "اخيرا",
  "حاليا",
  "دائما",
  "احيانا",
  "مسبقا",
  "لاحقا",
  "رسميا",
  "علنا",
  "صراحه",
  "مره",
  // وأشارت بالفعل إلى أنها: "indeed".
  "بالفعل",
  "فعلا",
  // قال المهم في الأمر أن …: "what matters", no speaker.
  "المهم",
  "الاهم",
  // A circumstantial clause (فقال وهو يزن كلماته): how, not who.
  "وهو",
  "وهي",
  "وهم",
  // A demonstrative (يجيب عن ذلك بقوله).
  "ذلك",
  "هذا",
  "هذه",
]);

/** خلال + a pronoun after من (أشارت من خلاله الإدارة), folded. */
const THROUGH_IT = new Set(["خلاله", "خلالها", "خلالهم", "خلالهما"]);

const ADJUNCT_PREPOSITIONS = new Set(["في", "عبر", "خلال", "بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا"]);

/** "The following" before a colon that opens a list (الشروط التالية:، المزايا الآتية:), folded. */
const FOLLOWING: ReadonlySet<string> = new Set(["التالي", "التاليه", "الاتي", "الاتيه"]);

/** Where the scan after a cue stands: token j, the gap before it, the speaker words taken so far. */
interface SpeakerScan {
  text: string;
  tokens: Token[];
  /** The cue. */
  i: number;
  j: number;
  gap: string;
  speaker: readonly Token[];
  persons: ReadonlySet<number>;
}

/** Verbal nouns of a stance a cue takes for object (إدانة، رفضه، دعم، ضرورة، أهمية), with a pronoun or none, folded. */
const STANCE_OBJECTS = /^(?:ادان|رفض|دعم|تاييد|تضامن|ترحيب|استنكار|التزام|حرص|استعداد|ضرور|اهمي)(?:ه|ها|هم|ته|تها)?$/;

/** A definite participle or nisba in the accusative plural (المواطنين، المتظاهرين، الحوثيين), folded. */
const ACCUSATIVE_PLURAL = /^(?:الم\p{L}{3,}|ال\p{L}{2,}ي)ين$/u;

/**
 * What ends the speaker phrase after a cue (or keeps one from opening) at token j: each rule names the
 * construction it recognises. The scan goes on to find the complement; only the speaker stops growing.
 */
const SPEAKER_ENDS: readonly ((s: SpeakerScan) => boolean)[] = [
  // An indefinite accusative is never the subject: after the speaker it is how they spoke (نهض هاشم مدهوشًا);
  // right after the cue, the verb's object or a circumstantial (بما اعتبره انتصارًا، ورأت خصوصًا أن، وقال مختتمًا،
  // فسألته مستفسرا، نفى أحدا). (Not سابقا after a role, the office held before, which the role keeps as written:
  // وكيل وزارة المياه سابقا.)
  ({ text, tokens, j, speaker }) =>
    isAccusative(text, tokens[j]!) && !(speaker.length > 0 && tokens[j]!.text === "سابقا"),
  // تقول لبي بي سي: the outlet or person told, where a speaker would stand: no speaker follows the cue.
  // (With a possessive, the one told even without a colon near: تقول لزوجها عند عودتها إليه بعد الحفل: «…».)
  ({ text, tokens, j, speaker, persons }) =>
    speaker.length === 0 &&
    !persons.has(j) &&
    isAddressee(tokens[j]!.text) &&
    (colonSoon(text, tokens, j) || isPossessed(tokens[j]!.text)),
  // الذي أكد لوزير الخارجية عادل الجبير أن، قال للرئيس: ل + an office right after the cue is the one told.
  ({ tokens, j, speaker, persons }) => speaker.length === 0 && !persons.has(j) && toldOffice(tokens[j]!.text),
  // وقال بخطاب في إسطنبول، صرح للتلفزيون التونسي: the channel or the one told, not a speaker.
  ({ tokens, j, speaker, persons }) => speaker.length === 0 && !persons.has(j) && isChannelAdjunct(tokens[j]!.text),
  // مصدر طلب عدم ذكر اسمه / فضل عدم الكشف عن هويته: the source's condition, not its name (nor one, right
  // after the cue: وقال طالبا عدم كشف اسمه).
  ({ tokens, j }) => isAnonymityCondition(tokens, j),
  // وكتب السفير وهو متزعم المباحثات: what the speaker is, said after the speaker.
  ({ tokens, j, speaker }) => speaker.length > 0 && COMMENT_PRONOUNS.has(tokens[j]!.text),
  // وكتبت سويفت بموقع إنستغرام، وقال الرئيس بخطاب: where or how the words were given, after the speaker.
  ({ tokens, j, speaker }) => speaker.length > 0 && isWrittenOn(tokens[j]!.text),
  // وأضافت المنظمة عشية الذكرى …، أن: a time after the speaker.
  // (Not inside a description before the name: السعودي المسجون حاليا عبد العزيز العنزي.)
  ({ tokens, j, speaker, persons }) =>
    speaker.length > 0 && TIME_AFTER_SPEAKER.has(tokens[j]!.text) && !persons.has(j + 1),
  // قال الاتحاد عنه بأنه، أشار المتداولون عنها أنها: whom the words are about, after the speaker.
  ({ tokens, j, speaker }) => speaker.length > 0 && /^عن(?:ه|ها|هم|هما)$/.test(tokens[j]!.text),
  // وأفادت مصادر أمنية نقلاً عن الموقوفين، قال مسؤولون وفقا لـ: whom the speaker relays, after the speaker.
  ({ tokens, j, speaker }) =>
    speaker.length > 0 && NOT_SPEAKER_OPENERS.has(tokens[j]!.text) && ATTRIBUTION_TAILS.has(tokens[j]!.text),
  // وقال عز بعصبية، قال الوزير بنبرة حادة: how the words were said, after the speaker.
  ({ tokens, j, speaker, persons }) => speaker.length > 0 && isMannerAdverbial(tokens, j, persons),
  // دي مايو البالغ من العمر 31 عاما: the speaker's age, after the name.
  ({ tokens, j, speaker }) => speaker.length > 0 && (tokens[j]!.text === "البالغ" || tokens[j]!.text === "البالغه"),
  // كتب على موقع تويتر، شدد على وجوب رحيل بلاتر، يؤكد على «…»: the preposition, not the name Ali, opens no speaker.
  ({ text, tokens, j, speaker, persons }) =>
    speaker.length === 0 &&
    (isAlaPreposition(tokens, j, persons) ||
      (tokens[j]!.text === "علي" &&
        !persons.has(j) &&
        firstOpener(text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? text.length)) >= 0) ||
      // تشير إليه على أنه: على written with ى before the complementizer (not the name علي إن).
      (tokens[j]!.text === "علي" &&
        !persons.has(j) &&
        text[tokens[j]!.end - 1] === "ى" &&
        COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? ""))),
  // قال لوكالة رويترز إن، صرح لصحيفة «نيويورك تايمز»: the outlet told, where the speaker would open.
  // (After the speaker too: وكشف البياتي لفرانس برس أنه.)
  ({ tokens, j, persons }) => !persons.has(j) && isToldOutlet(tokens[j]!.text),
  // ودعت الجمهوريين إلى، حذر المواطنين من: a sound plural in the accusative (-ين, a subject takes -ون) right
  // after the cue is its object.
  ({ tokens, j, speaker }) => speaker.length === 0 && ACCUSATIVE_PLURAL.test(tokens[j]!.text),
  // وأكد إدانة «معاداة السامية»، وأكد رفضه: a stance named as the verb's object, where the speaker would open.
  ({ tokens, j, speaker }) => speaker.length === 0 && STANCE_OBJECTS.test(tokens[j]!.text),
  // وتابع مخاطبا الرئيس، وقال مجددا: how or when one spoke, where the speaker would open.
  ({ tokens, j, speaker }) => speaker.length === 0 && isCircumstantial(tokens[j]!.text),
  // طالب الكوكباني جميع المنظمات أن …، ووصف المهندس المخرج هذه المناسبة بـ…: the object after the speaker;
  // تساءل المهني ألا يفترض أن …: "isn't it", after the speaker.
  ({ tokens, j, speaker, persons }) =>
    speaker.length > 0 &&
    (OBJECT_OPENERS.has(tokens[j]!.text) ||
      (DEMONSTRATIVES.has(tokens[j]!.text) && closedPhrase(tokens, j - 1, persons)) ||
      tokens[j]!.text === "الا"),
  // No speaker opens with a bare clitic, ما or على حد (وصفها بـ«…»، يقول ما يعني، يرى على حد قوله).
  ({ tokens, j, speaker }) =>
    speaker.length === 0 &&
    (NOT_SPEAKER_OPENERS.has(tokens[j]!.text) || (tokens[j]!.text === "علي" && tokens[j + 1]?.text === "حد")),
  // المحادثات بين السفير ومسؤولي بلاده: "between" opens what the phrase is about, not more of a name.
  ({ text, tokens, j, speaker }) =>
    speaker.length > 0 && (tokens[j]!.text === "بين" || tokens[j]!.text === "وبين") && isBetween(tokens, j, text),
  // A stop word (في، خلال، أمس…) or a comma or bracket before the word.
  // (Not إمام, an imam, which folds as أمام "before" does: وقال إمام وخطيب المسجد الحرام.)
  ({ text, tokens, j, gap }) =>
    (SPEAKER_STOPS.has(tokens[j]!.text) && !(tokens[j]!.text === "امام" && text[tokens[j]!.start] === "إ")) ||
    /[،,(]/.test(gap),
  // A preposition's object (أكد على، قال عن).
  // (Not the name Ali opening a tagged name with a first name after it: الداعية علي عمر بادحدح; nor one spelt
  // with ي inside a name the tagger found, which على with ى never is: المشارك علي بن عبد الله العمري.)
  ({ text, tokens, i, j, speaker, persons }) =>
    !(persons.has(j) && persons.has(j + 1) && isFirstName(tokens[j + 1]!.text)) &&
    !aliInName(text, tokens, j, persons) &&
    isOnPreposition(tokens, j, speaker.length, tokens[i]!.text),
  // A time where the speaker would open (قال الأسبوع الماضي).
  ({ tokens, j, speaker }) => speaker.length === 0 && TIME_HEADS.has(tokens[j]!.text),
  // وحذرت الأمم المتحدة الأسبوع الماضي / أمس من …: a time after the speaker ends it.
  ({ tokens, j, speaker }) => speaker.length > 0 && isTimeAdjunct(tokens, j),
  // مصدر مطلع لـ«آفاق»: told to an outlet (after a role, لـ names whose office it is: المديرة العامة لـ"أوكس").
  ({ tokens, j, speaker }) => tokens[j]!.text === "ل" && speaker.length > 0 && ANONYMOUS_HEADS.has(speaker[0]!.text),
  // وكشف الحارثي لـ»المدينة» أن، وقال عدد من سكان المديرية لـ«الشرق الأوسط» إن: the outlet told.
  ({ text, tokens, i, j, speaker, persons }) => speaker.length > 0 && toldMarkedOutlet(text, tokens, i, j, persons),
];

/**
 * Whether token `j`, a bare لـ before a quote mark after the speaker, tells which outlet the speaker spoke to:
 * وكشف الحارثي لـ»المدينة» أن، وقال عدد من سكان المديرية لـ«الشرق الأوسط» إن. Saudi papers often open the
 * outlet's name with the closing guillemet (لـ»المدينة»), which no opener check sees, so the outlet ran on into the
 * speaker's name. Not after a role, an adjective or an organisation heading the phrase, where لـ names whose office
 * it is (المديرة العامة لـ"أوكس"، المكتب الإعلامي لـ«حماس»); an organisation in construct after another word has
 * its office named already (سكان المديرية، المتحدث باسم الشركة). After a name the tagger found, always the one
 * told (جعفر السلطان لـ"الوطن", whose surname is also a title).
 * @example toldMarkedOutlet("وكشف الحارثي لـ»المدينة» أن", tokenize("وكشف الحارثي لـ»المدينة» أن"), 0, 2, new Set()) // true
 */
export function toldMarkedOutlet(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  persons: ReadonlySet<number>,
): boolean {
  if (tokens[j]!.text !== "ل" || j - 1 <= i || j + 1 >= tokens.length) return false;
  if (!/^[\u0640\s]*[«»"“”]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
  if (persons.has(j - 1)) return true;
  const before = tokens[j - 1]!.text;
  if (isRoleHead(before) || DEFINITE_ADJECTIVES.has(before)) return false;
  return !isOrgWord(before) || (before.startsWith("ال") && j - 2 > i);
}

/** Verbs that describe what they take as object (وصفه بأنه، اعتبرها), folded, with their object pronoun. */
const DESCRIBING_VERB = /^(?:وصف|اعتبر|يصف|تصف|يعتبر|تعتبر)(?:ت|وا)?(?:هما|هم|ها|ه)?$/;

/** Relative words a described object stands for (فيما وصفه، الذي وصفه، التي اعتبرها), folded. */
const DESCRIBED_RELATIVES: ReadonlySet<string> = new Set(["ما", "فيما", "لما", "مما", "بما", ...RELATIVES]);

/**
 * Whether the cue at `i` is a verb of describing right after a relative word (فيما وصفه، التي وصفتها، ما اعتبره):
 * its description sits inside a relative clause, and the main clause goes on after it.
 * @example describedInRelative(tokenize("التي وصفها بأنها"), 1) // true
 */
export function describedInRelative(tokens: Token[], i: number): boolean {
  return i > 0 && DESCRIBING_VERB.test(tokens[i]!.text) && DESCRIBED_RELATIVES.has(tokens[i - 1]!.text);
}

/** The clause or quotation a cue at `i` introduces, if any. */
export function complementOf(
  text: string,
  tokens: Token[],
  i: number,
  cls: CueClass,
  persons: ReadonlySet<number> = new Set(),
  isName: (start: number, end: number) => boolean = () => false,
  /** Whether an organisation, a company or a country the tagger found starts at token k (فيسبوك، روسيا). */
  bodyAt: (k: number) => boolean = () => false,
): Complement | null {
  const speaker: Token[] = [];
  let speakerOpen = true;
  let eventObject = false;
  let skipUntil = 0;
  // A relative clause set off by commas (، الذي أطلق عليه لقب «…»،) does not count towards the gaps.
  let aside = 0;
  let inAside = false;
  let comma = false;
  // The speaker opened with كل من: the people it lists.
  let eachOf = false;
  // كل من + a person: the first one tagged, or one word the tagger left out before و + a tagged one (كل من
  // إيتشلز وآندي بشبليسكي).
  const eachOfOpens = (k: number) => {
    // (Or bodies: قال كل من فيسبوك وتويتر إن.)
    if (persons.has(k + 2) || bodyAt(k + 2)) return true;
    const w = tokens[k + 2]?.text ?? "";
    return (
      persons.has(k + 3) &&
      /^و\p{L}{2,}/u.test(tokens[k + 3]!.text) &&
      /^\s+$/.test(text.slice(tokens[k + 2]!.end, tokens[k + 3]!.start)) &&
      /^\p{L}{3,}$/u.test(w) &&
      !w.startsWith("ال") &&
      !isRoleHead(w) &&
      !isOrgWord(w) &&
      !HONORIFICS.has(w) &&
      !COMPLEMENTIZERS.has(w)
    );
  };
  // The titles and offices before the first person named in the speaker phrase (معالي وزير … بالنيابة الدكتور):
  // the name's own head, which does not count towards the indirect gap.
  let nameHead = 0;
  for (let j = i + 1; j <= Math.min(tokens.length, i + 1 + MAX_CUE_GAP_TOKENS + aside); j++) {
    const gapStart = Math.max(tokens[j - 1]!.end, skipUntil);
    const gapEnd = j < tokens.length ? tokens[j]!.start : text.length;
    const gap = text.slice(gapStart, Math.max(gapStart, gapEnd));
    if (/[،,]/.test(gap)) comma = true;
    if (eventObject && /[،,؛;]/.test(gap)) eventObject = false;
    if (/[،,]/.test(gap)) inAside = j < tokens.length && RELATIVES.has(tokens[j]!.text) && j - i > 1;
    if (inAside && aside < MAX_ASIDE_TOKENS) aside++;
    const colon = gap.search(/[:：]/);
    const mark = firstOpener(gap);
    if (mark >= 0 && (colon < 0 || mark < colon) && cls !== "document") {
      // A quoted name inside the speaker phrase (مصادر «المدينة» المطلعة) or a title (لصحيفة "واشنطن بوست").
      const at = gapStart + mark;
      const close = closingMark(text, at, text[at] as string);
      const after = close >= 0 ? text.slice(close + 1, close + 3).trimStart() : "";
      // وأوضح المالكي لـ"سكاي نيوز عربية": the outlet told, as after لصحيفة (not after a role, whose office
      // it names: المديرة العامة لـ"أوكس").
      const before = tokens[j - 2]?.text ?? "";
      const told =
        tokens[j - 1]!.text === "ل" &&
        j - 2 > i &&
        !isRoleHead(before) &&
        !isOrgWord(before) &&
        !DEFINITE_ADJECTIVES.has(before);
      const prev = tokens[j - 1]!.text;
      const titled = told || TITLE_CONTEXT.has(prev);
      // A quoted name as the subject: وقالت "أرامكو"، إن …
      const nameThenClause =
        /^[،,]/.test(after) && COMPLEMENTIZERS.has(tokens[firstTokenAt(tokens, close + 1)]?.text ?? "");
      // يقول سياران أوليري، وهو شريك في "إيرلي بيرد"، وهي شركة …: "…": a name after a preposition or an
      // organisation's head (or a title's: دار النشر "بيكادور")، set off by a comma before the colon and the quote
      // the cue takes.
      const colonQuoteLater =
        (OBJECT_PREPOSITIONS.has(tokens[j - 1]!.text) ||
          isOrgWord(tokens[j - 1]!.text) ||
          TITLE_CONTEXT.has(tokens[j - 2]?.text ?? "")) &&
        /^[،,]/.test(after) &&
        /^[^.!?؟\n:«»"“”]{0,150}:\s*[«"“]/u.test(text.slice(close + 1));
      const shortName =
        close >= 0 &&
        wordCount(text.slice(at + 1, close)) <= 2 &&
        (/^[\p{L}:]/u.test(after) || nameThenClause || colonQuoteLater);
      // A quoted organisation after a role head (رئيسة "مجلس رؤساء الشرطة" سارة ثورنتون) is part of the speaker.
      const namedAfterRole =
        close >= 0 && speakerOpen && (isRoleHead(prev) || isOrgWord(prev)) && wordCount(text.slice(at + 1, close)) <= 5;
      // A name the tagger found, in quote marks (مع "سكاي نيوز عربية"، إن; رئيس الشركة "تشاك بيمز".): no words said.
      const taggedName = close >= 0 && isName(at + 1, close) && (/^[\p{L}:،,.]/u.test(after) || after === "");
      if (
        close >= 0 &&
        (titled || shortName || namedAfterRole || taggedName) &&
        !SENTENCE_END.test(text.slice(gapStart, at))
      ) {
        const next = firstTokenAt(tokens, close + 1);
        // قالت قناة "الإخبارية": the outlet named is the speaker; لصحيفة "واشنطن بوست": the one told.
        // (Also after a role: الناطق باسم شبكة «الجزيرة»، مدير شبكة "السويداء 24" الصحافي نور رضوان.)
        const outlet =
          titled &&
          !prev.startsWith("ل") &&
          speaker.at(-1) === tokens[j - 1] &&
          (speaker.length === 1 ||
            (OUTLET_HEADS.has(prev) && (speaker.at(-2)!.text === "باسم" || isRoleHead(speaker.at(-2)!.text))));
        if (speakerOpen && (!titled || outlet)) for (let k = j; k < next; k++) speaker.push(tokens[k]!);
        if (titled && !outlet) {
          // وصفت اللجنة رواية "…" بأنها: the title's head is the object, not the speaker's last word.
          if (speaker.length > 1 && speaker.at(-1) === tokens[j - 1]) speaker.pop();
          speakerOpen = false;
        }
        skipUntil = close + 1;
        j = next - 1;
        continue;
      }
    }
    if (colon >= 0 && (mark < 0 || colon < mark)) {
      if (SENTENCE_END.test(gap.slice(0, colon))) return null;
      const after = gapStart + colon + 1;
      const m2 = firstOpener(gap.slice(colon + 1));
      if (m2 >= 0) return directAt(text, after + m2, speaker);
      // قال:» … «: a reversed guillemet right after the colon opens the words (see closingMark), when a mark
      // closes them in the paragraph; a stray one (قال:»بفضل من الله … to the paragraph's end, past new cues) opens
      // the same unmarked speech as a bare colon.
      // (A doubled one, :»» إن …, opens once.)
      const reversed = /^\s*»+/.exec(gap.slice(colon + 1));
      const at = reversed ? after + reversed[0].length - 1 : -1;
      if (reversed && closingMark(text, at, "»") >= 0) return directAt(text, at, speaker);
      // وفق الشروط التالية: – أن يكون: a list the words before the colon announce, item by item, no one's words.
      if (FOLLOWING.has(tokens[j - 1]!.text) && /[-–—•*]/.test(gap.slice(colon + 1))) return null;
      let start = j < tokens.length ? tokens[j]!.start : text.length;
      const complementizer = j < tokens.length && COMPLEMENTIZERS.has(tokens[j]!.text);
      if (complementizer) start = tokens[j]!.end;
      return indirectFrom(text, tokens, start, speaker, !complementizer);
    }
    // The dot of a web address or an initial (ممزورلد.كوم، د.محمد، م. سلطان، ستيفين جي. مكهيل) ends no sentence.
    const innerDot =
      (gap === "." && (WEB_SUFFIXES.has(tokens[j]?.text ?? "") || tokens[j - 1]!.text.length === 1)) ||
      (/^\.\s+$/.test(gap) && isInitialDot(text, gapStart));
    if (!innerDot && SENTENCE_END.test(gap.slice(0, mark >= 0 ? mark : gap.length))) return null;
    if (mark >= 0 && eventObject) return null;
    if (mark >= 0 && cls !== "document") return directAt(text, gapStart + mark, speaker);
    if (j >= tokens.length) return null;
    const t = tokens[j]!;
    // سي إن إن، سي إن بي سي: the letters of a channel's name, not the complementizer.
    if (spelledLetter(tokens, j)) {
      if (speakerOpen) speaker.push(t);
      continue;
    }
    // لويس فان جال، فان در كلاوو: the particle of a name, not فإن.
    // (Right after the cue, not a فإن written with its hamza: وفق ما ذكر X فإن ميسي …)
    const nameAfter =
      speaker.length === 0 &&
      !/[إأ]/.test(text.slice(t.start, t.end)) &&
      (VAN_PARTICLES.has(tokens[j + 1]?.text ?? "") || persons.has(j + 1));
    if (
      t.text === "فان" &&
      ((speaker.length > 0 && (persons.has(j - 1) || isFirstName(tokens[j - 1]!.text))) || (speakerOpen && nameAfter))
    ) {
      if (speakerOpen) speaker.push(t);
      continue;
    }
    // أشار إلى تورط نساء سبق لهن أن: إلى + a noun right after the cue is its whole complement (rule 1); a
    // later أن belongs to another word.
    // (Not when a colon or quote mark comes first: مشيرا إلى شباك المرمى: «…».)
    if (
      j === i + 1 &&
      t.text === "الي" &&
      cls !== "document" &&
      !COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? "") &&
      !quotedBeforeClause(text, tokens, j)
    )
      return null;
    // مون جيه-إن: a word joined by a hyphen to the speaker's last is the rest of the name, no complementizer.
    if (speakerOpen && speaker.length > 0 && gap === "-" && COMPLEMENTIZERS.has(t.text)) {
      speaker.push(t);
      continue;
    }
    // بعد أن، غير أن، إلا أن: a conjunction, not the complement of the cue.
    if (COMPLEMENTIZERS.has(t.text) && NON_COMPLEMENT_HEADS.has(tokens[j - 1]!.text) && j - 1 > i) return null;
    if (COMPLEMENTIZERS.has(t.text) || (t.text === "الي" && COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? ""))) {
      // An أن that far from its cue more often belongs to another verb than to a long speaker phrase.
      if (j - i - aside - nameHead > MAX_INDIRECT_GAP_TOKENS) return null;
      // Past that gap only by the name's head, an أن right after a verb (ويفترض أن، فكرت أن) is that verb's, not
      // the cue's. (Not after على: شدد … على أن is the cue's own.)
      if (j - i - aside > MAX_INDIRECT_GAP_TOKENS && isVerbLike(tokens[j - 1]!.text)) return null;
      // أعلن مارتينيز قائمة فريقه، على أن يتم …; وصف ليفربول على أنه: a proviso or "as", not the cue's.
      if (alaOfAnother(tokens, i, j, speaker, persons)) return null;
      const comp = t.text === "الي" ? tokens[j + 1]! : t;
      return clauseAfter(text, tokens, comp, speaker, describedInRelative(tokens, i));
    }
    // وقال كل من هادي شرعبي وقاسم ياسين: "each of" the people named, who speak together (not كل منهما، كل من
    // يعرفه); its من is no preposition ending the speaker.
    if (speakerOpen && speaker.length === 0 && t.text === "كل" && tokens[j + 1]?.text === "من" && eachOfOpens(j)) {
      speaker.push(t, tokens[++j]!);
      eachOf = true;
      continue;
    }
    // وقال كل من هادي شرعبي، قاسم ياسين، وضالع حسين: the list goes on past its commas, one person after another.
    // (The last one with و, which the tagger may leave out: وعلي النونو.)
    if (
      speakerOpen &&
      eachOf &&
      /^\s*[،,]\s*$/.test(gap) &&
      (persons.has(j) || (/^و\p{L}{2,}/u.test(t.text) && (persons.has(j + 1) || isFirstName(t.text.slice(1)))))
    ) {
      speaker.push(t);
      continue;
    }
    // بيان …، أشارت من خلاله الإدارة إلى أنها: the means, before the speaker.
    if (speakerOpen && speaker.length === 0 && t.text === "من" && THROUGH_IT.has(tokens[j + 1]?.text ?? "")) {
      j++;
      continue;
    }
    // وقالت أيضا القوات، وأكد بدوره الوزير، وقال من جهته المتحدث: an adverb of turn or addition right after the
    // cue stands before the subject, which may still follow.
    if (speakerOpen && speaker.length === 0 && ADDITIVE_ADVERBS.has(t.text)) continue;
    // يقول رحمه الله:، قال حذيفة رضي الله عنه:: a blessing on the one speaking is no part of the speaker; right
    // after the cue it stands before the subject, which may still follow, and after the name it ends it.
    const blessed = blessingEnd(tokens, j);
    if (blessed > j) {
      if (speaker.length > 0) speakerOpen = false;
      j = blessed - 1;
      continue;
    }
    if (speakerOpen && speaker.length === 0 && t.text === "من" && SIDE_NOUNS.has(tokens[j + 1]?.text ?? "")) {
      j++;
      continue;
    }
    if (MANNER_WORDS.has(t.text) || t.text === "فيه" || t.text === "فيها") {
      speakerOpen = false;
      continue;
    }
    const other =
      isBetween(tokens, j, text) ||
      nameAfterVerb(text, tokens, j) ||
      namedBayan(text, tokens, j) ||
      tokens[j - 1]!.text === "عدم" ||
      isAnonymityCondition(tokens, j) ||
      namesIdentity(tokens, j)
        ? undefined
        : CUES.get(t.text);
    // A document as the channel (وقال في تغريدة، في بيان): an adjunct, not a new cue.
    if (other === "document" && ADJUNCT_PREPOSITIONS.has(tokens[j - 1]!.text) && cls !== "document") {
      speakerOpen = false;
      continue;
    }
    // وذكر بيان الجيش الإسرائيلي أنه: a document as the verb's subject, its issuer after it.
    const documentSubject =
      other === "document" &&
      cls === "verb" &&
      j === i + 1 &&
      !/[،,]/.test(gap) &&
      /^(?:ال|لل)/.test(tokens[j + 1]?.text ?? "");
    if (speakerOpen && documentSubject) {
      speaker.push(t);
      continue;
    }
    // في تغريدة بموقع تويتر، وقال إن …: after a comma the verb reports on its own (also past a particle:
    // كشف الشبهات وبيان الحق …، وقد قال تعالى).
    if (other && (!(cls === "document" && other === "verb") || comma)) return null;
    // وفي بيان مصاحب على وسائل التواصل قالت ليدي غاغا إنها: a document opening the clause is where the verb
    // after it spoke, an adjunct; the verb names its own speaker. (Not one after its subject: وأعلن X عن ذلك في
    // تغريدة قال فيها.)
    if (cls === "document" && other === "verb" && opensWithIn(text, tokens, i - 1)) return null;
    if (cls === "document" && other === "verb") {
      speakerOpen = false;
      continue;
    }
    // أكدت مصادر عسكرية مصرع القيادي «أبو كميل»: an event for object; what is quoted inside that object
    // is a name or a term, not reported words (after a comma it may be: اعتقال المعتدي، «إلا أن …»).
    // (Not an event named for its time: وأعرب عند وفاة زوجته عن الأمل «…».)
    const when = tokens[j - 1]!.text === "عند" || TIME_HEADS.has(tokens[j - 1]!.text);
    if (speakerOpen && (speaker.length > 0 || j === i + 1) && !when && EVENT_OBJECTS.has(t.text)) {
      speakerOpen = false;
      eventObject = true;
      continue;
    }
    // وقال لي وزير الخارجية: the one told, before the speaker.
    if (speakerOpen && speaker.length === 0 && ADDRESSEE_PRONOUNS.has(t.text)) continue;
    // التي نددت بها دمشق: the cue's object as a pronoun, before the speaker.
    if (speakerOpen && speaker.length === 0 && OBJECT_BI_PRONOUNS.has(t.text)) continue;
    // ثم يوضح أكثر: «…»، أعلنتا أكثر من مرة أنهما: "more", "more than once", how one spoke, where the speaker
    // would open; the speaker may still follow.
    // أعلنها لأول مرة أن: when, not who (a speaker may still follow).
    if (speakerOpen && t.text === "لاول" && tokens[j + 1]?.text === "مره") {
      if (speaker.length > 0) speakerOpen = false;
      j++;
      continue;
    }
    // وقالت كما نقلت عنها وكالة الأنباء «…»: the outlet relays the one the pronoun stands for; no speaker here.
    if (speakerOpen && relayAside(tokens, j)) {
      speakerOpen = false;
      j += 2;
      continue;
    }
    // (After the speaker it ends the phrase: وقال المدرب أكثر من مرة.)
    if (speakerOpen && (t.text === "اكثر" || t.text === "اقل")) {
      const next = tokens[j + 1]?.text ?? "";
      const often = next === "من" && NOT_SHARE_OBJECTS.has(tokens[j + 2]?.text ?? "");
      if (next !== "من" || often) {
        if (speaker.length > 0) speakerOpen = false;
        if (often) j += 2;
        continue;
      }
    }
    // وقال أكثر من نصف المجيبين (51,3٪) أن: a share of a survey's respondents, with its figures and its من.
    const share = speakerOpen && speaker.length === 0 ? shareEnd(text, tokens, j) : -1;
    if (share > j) {
      for (let k = j; k < share; k++) if (!bracketed(text, tokens, j, k)) speaker.push(tokens[k]!);
      speakerOpen = false;
      j = share - 1;
      continue;
    }
    // وأكد عدد من المعلقين: a quantity of people, with its من.
    if (speakerOpen && speaker.length === 1 && t.text === "من" && QUANTITY_HEADS.has(speaker[0]!.text)) {
      speaker.push(t);
      continue;
    }
    // قالت جماعة (المساواة الآن) للدفاع عن حقوق الإنسان إنه: an organisation's name in brackets after its head
    // closes the speaker (not an age or a share: قال إنييستا (34 عاماً)، غالبية المجيبين (89٪)).
    const bracket = speakerOpen && speaker.length > 0 ? bracketedName(text, tokens, j, gap) : -1;
    if (bracket > j) {
      // (What follows the name describes it: للدفاع عن حقوق الإنسان، البريطانية للإعلام.)
      for (let k = j; k < bracket; k++) speaker.push(tokens[k]!);
      speakerOpen = false;
      j = bracket - 1;
      continue;
    }
    if (speakerOpen && SPEAKER_ENDS.some((end) => end({ text, tokens, i, j, gap, speaker, persons }))) {
      speakerOpen = false;
    }
    if (speakerOpen && PRONOUN_SPEAKERS.has(t.text) && speaker.length > 0) {
      // متحدث باسم البنتاغون هو الميجور آدريان رانكين: the name after هو is the speaker's; otherwise the
      // pronoun closes the phrase (قال الوزير بدوره، هو الآخر).
      const named = persons.has(j + 1) || (persons.has(j + 2) && isRoleHead(tokens[j + 1]!.text));
      if ((t.text === "هو" || t.text === "هي") && named) speaker.length = 0;
      else speakerOpen = false;
      continue;
    }
    if (speakerOpen && !PRONOUN_SPEAKERS.has(t.text)) {
      if (persons.has(j) && nameHead === 0 && speaker.length === j - i - 1) nameHead = speaker.length;
      speaker.push(t);
    }
  }
  return null;
}

/**
 * Adverbs of addition or turn (أيضا، كذلك، بدوره) that may stand between a verb of saying and its subject, folded.
 * After the subject they end it (MANNER_WORDS).
 */
const ADDITIVE_ADVERBS: ReadonlySet<string> = new Set(["ايضا", "كذلك", "بدوره", "بدورها", "بدورهم"]);

/** The side one speaks from, after من (من جهته، من جانبها، من ناحيته), folded. */
export const SIDE_NOUNS: ReadonlySet<string> = new Set([
  "جهته",
  "جهتها",
  "جهتهم",
  "جانبه",
  "جانبها",
  "جانبهم",
  "ناحيته",
  "ناحيتها",
  "ناحيتهم",
]);

/** Words of an organisation's name in brackets after its head (جماعة (المساواة الآن)). */
const MAX_BRACKETED_NAME_WORDS = 4;

/**
 * When `gap` (before token `j`) opens a bracket right after an organisation's head and the bracket holds a name
 * of a few words and closes before the sentence ends: the index of the first token after it; else -1.
 */
function bracketedName(text: string, tokens: Token[], j: number, gap: string): number {
  if (!/^\s*\(\s*$/.test(gap) || j < 1 || !isOrgWord(tokens[j - 1]!.text)) return -1;
  const open = text.indexOf("(", tokens[j - 1]!.end);
  const close = text.indexOf(")", open);
  if (close < 0) return -1;
  const inside = text.slice(open + 1, close);
  if (/[\p{N}.!?؟\n«»"“”]/u.test(inside) || wordCount(inside) > MAX_BRACKETED_NAME_WORDS) return -1;
  const next = firstTokenAt(tokens, close + 1);
  return next > j ? next : -1;
}

/** Token `k` is في opening its clause: وفي, or في at the text's start or after punctuation. */
function opensWithIn(text: string, tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? "";
  if (/^[وف]في$/.test(w)) return true;
  return w === "في" && (k === 0 || /[^\s]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)));
}

/** Words of the object after إلى before the colon or mark that opens the words it points to (شباك المرمى: «…»). */
const MAX_POINTED_TOKENS = 4;

/**
 * Whether a colon or an opening mark comes within a few words after token j, before its sentence ends or a
 * complementizer opens.
 */
function quotedBeforeClause(text: string, tokens: Token[], j: number): boolean {
  for (let k = j + 1; k <= Math.min(tokens.length, j + 1 + MAX_POINTED_TOKENS); k++) {
    const gap = text.slice(tokens[k - 1]!.end, k < tokens.length ? tokens[k]!.start : text.length);
    if (/[:：]/.test(gap) || firstOpener(gap) >= 0) return true;
    if (SENTENCE_END.test(gap) || k === tokens.length || COMPLEMENTIZERS.has(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * «إن» spelling the letter N in سي إن إن or سي إن بي سي (folded tokens), not the complementizer
 * after بي بي سي (لبي بي سي إن الأمر …).
 */
export function spelledLetter(tokens: Token[], j: number): boolean {
  const at = (k: number) => tokens[k]?.text ?? "";
  if (at(j) !== "ان") return false;
  const cOpens = (k: number) => at(k) === "سي" && !at(k - 1).endsWith("بي");
  if (cOpens(j - 1)) return at(j + 1) === "ان" || at(j + 1) === "بي";
  return at(j - 1) === "ان" && cOpens(j - 2);
}

/** ل + an outlet or a kind of outlet (لرويترز، لبي بي سي، لمحطة): the one told, after a speaker's name. */
const TOLD_OUTLETS = new Set([
  "لرويترز",
  "لبي",
  "لفرانس",
  "لسي",
  "لاسوشيتد",
  "لوكاله",
  "لقناه",
  "لصحيفه",
  "لمجله",
  "لموقع",
  "لمحطه",
  "لشبكه",
  "لتلفزيون",
  "لراديو",
  "لاذاعه",
  "لبرنامج",
  "لمتابعيه",
  "لمتابعيها",
]);

/** An outlet told, as a word (لرويترز، لوكالة) or ل + a Latin name (لـCNN). */
export function isToldOutlet(w: string): boolean {
  return TOLD_OUTLETS.has(w) || /^ل[a-z]{2,}/.test(w);
}

export const DEMONSTRATIVES = new Set(["هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هنا"]);

/** True when token `k` opens a clause: after punctuation or a conjunction (لكن، بينما، فيما، و…). */
export function opensClause(text: string, tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  // غير أن / إلا أن / بيد أن خبراء قالوا: "but" spelled with أن.
  const butThat = (prev.text === "ان" || prev.text === "انه") && BUT_BEFORE_ANNA.has(tokens[k - 2]?.text ?? "");
  return /[،,؛;:.]/.test(text.slice(prev.end, tokens[k]!.start)) || CLAUSE_CONJUNCTIONS.has(prev.text) || butThat;
}

const BUT_BEFORE_ANNA = new Set(["غير", "الا", "بيد"]);

const CLAUSE_CONJUNCTIONS = new Set(["لكن", "ولكن", "بينما", "فيما", "كما", "اذ", "حيث", "الا", "غير"]);

/** Heads an outlet's name follows in quote marks (موقع «…»، شبكة «الجزيرة»), folded. */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  "صحيفه",
  "جريده",
  "قناه",
  "وكاله",
  "مجله",
  "موقع",
  "شبكه",
  "اذاعه",
  "محطه",
  "برنامج",
]);
