/**
 * Speaker phrases read from the words around a cue alone: relayed speech (نقلت الوكالة عن X قوله), a subject
 * before its verb (وكانت الوزارة أعلنت), a role phrase, an issuer of a document, an outlet told (لرويترز).
 */

import type { Token } from "../arabic/tokens.js";
import { ORG_CUES } from "./entities/lexicon.js";
import { isAccusative } from "./quote-adjuncts.js";
import { RELATIVES } from "./quote-clause-words.js";
import { ANONYMITY_VERBS, IDENTITY_WORDS, OBJECT_PREPOSITIONS, opensClause } from "./quote-clauses.js";
import {
  ANONYMOUS_HEADS,
  ATTRIBUTION_TAILS,
  COMPLEMENTIZERS,
  CUES,
  DATA_SUBJECTS,
  DISCOURSE_WORDS,
  ORG_HEADS,
  SCRIPTURE_SPEAKERS,
  SPEAKER_STOPS,
  TITLES,
} from "./quote-cues.js";
import { isNisba, isOrgWord, isPossessed, isRoleHead, isSubjectHead } from "./quote-roles.js";
import { bareIn, firstTokenAt, joinedAt, lamOnNoun } from "./quote-text.js";

/**
 * An indefinite document at token `k` and its issuer after it, up to the complement (بيان الوزارة، بيان وزارة
 * الخارجية الروسية، بيان صادر عن الوزارة), or none when `k` holds no document cue or no issuer follows it.
 */
/**
 * What ends an issuer after its document: ما (بيان الشؤون الصحية ما يلي) or a verb joined by و (بيان صادر عن
 * الجبهة ونشر في حساباتها), not a definite word joined by و (والتنمية) nor an organisation (وزارة), folded.
 */
const ISSUER_ENDS = /^(?:ما|و(?!ال|زار)\p{L}{2,})$/u;

export function documentWithIssuer(text: string, tokens: Token[], k: number): Token[] {
  if (k >= tokens.length || CUES.get(tokens[k]!.text) !== "document") return [];
  // بيان صادر عن الوزارة: the issuer after صادر عن.
  const issued = /^(?:ال)?صادر[اه]?$/.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === "عن";
  const a = issued ? k + 3 : k + 1;
  // (Not بيان لها، بيان مشترك: a pronoun or an adjective, no issuer.)
  const w = tokens[a]?.text ?? "";
  if (!(issued || /^(?:ال|لل)/.test(w) || isOrgWord(w))) return [];
  let j = a;
  let definite = false;
  for (; j < tokens.length && j - k <= MAX_ROLE_TOKENS && joinedAt(text, tokens, j); j++) {
    const t = tokens[j]!.text;
    if (COMPLEMENTIZERS.has(t) || SPEAKER_STOPS.has(t)) break;
    // After a definite word only definite ones go on (بيان للمجلس أوردته وكالة الأنباء: the verb after it).
    if (j > a && (ISSUER_ENDS.test(t) || (definite && !/^(?:ال|لل|وال)/.test(t) && !ROLE_LINKS.has(t)))) break;
    if (/^(?:ال|لل)/.test(t) && !lamOnNoun(t)) definite = true;
  }
  return j > a ? [tokens[k]!, ...tokens.slice(a, j)] : [];
}

/**
 * True when «صلى الله عليه وسلم» (or ﷺ) closes right before the cue at `i`, or before its أنه, with no mark
 * between: the Prophet speaks, as in a hadith (عن النبي صلى الله عليه وسلم أنه قال).
 */
export function afterProphet(text: string, tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k > 0 && (tokens[k]!.text === "انه" || tokens[k]!.text === "انها")) k--;
  if (k < 1) return false;
  for (let j = k; j < i; j++) if (/[^\s\p{M}]/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
  const w = tokens[k]!.text;
  // وعن أبي هريرة رضي الله عنه قال: a hadith's narrator, who relays the Prophet's words (rule 1).
  const companion =
    k > 1 && /^عن(?:ه|ها|هما|هم)$/.test(w) && tokens[k - 1]!.text === "الله" && tokens[k - 2]!.text === "رضي";
  return (w === "وسلم" && tokens[k - 1]!.text === "عليه") || w === "ﷺ" || companion;
}

/**
 * Prepositions that make a following document word the channel of speech (في تغريدة، عبر بيان), or the
 * source the journalist cites for the words (بحسب بيان لمكتبه، حسب بيان صادر عن مكتبه).
 */
/** Tokens between a sentence's data subject (استطلاعات الرأي) and its verb: a few words of description. */
const MAX_DATA_SUBJECT_GAP = 8;

/** Whether the sentence opens (past لكن، كما، و) with a source of findings (الأرقام، استطلاعات) that the cue at i reports on. */
export function dataSubjectOpens(tokens: Token[], sentenceStart: number, i: number): boolean {
  let k = firstTokenAt(tokens, sentenceStart);
  while (k < i && DISCOURSE_WORDS.has(tokens[k]!.text.replace(/^و(?=.{3})/, ""))) k++;
  if (k >= i || i - k > MAX_DATA_SUBJECT_GAP) return false;
  const head = tokens[k]!.text.replace(/^و(?=.{4})/, "");
  // (Not ونتيجة لذلك، قالوا: "as a result".)
  if (!DATA_SUBJECTS.has(head) || /^ل/.test(tokens[k + 1]?.text ?? "")) return false;
  for (let m = k + 1; m < i; m++) if (CUES.has(tokens[m]!.text)) return false;
  return true;
}

/**
 * قال الله تعالى، قال تعالى، قال رسول الله ﷺ: scripture and the Prophet's sayings, no reported speech (rule 1).
 * Not a name holding الله (عبد الله البدري، حزب الله، حسن نصر الله).
 */
export function isScripture(speaker: readonly Token[]): boolean {
  const [a, b] = [speaker[0]?.text ?? "", speaker[1]?.text ?? ""];
  // عز is praise only in عز وجل; alone it is a name's (عز الدين الأصبحي، أحمد عز).
  const praise = (k: number) => {
    const w = speaker[k]!.text;
    return w === "عز" ? speaker[k + 1]?.text === "وجل" : w !== "الله" && SCRIPTURE_SPEAKERS.has(w);
  };
  if (SCRIPTURE_SPEAKERS.has(a) && (a !== "عز" || b === "وجل")) return true;
  if ((a === "رسول" || a === "الرسول" || a === "النبي") && (b === "الله" || b === "صلي")) return true;
  // نبينا الكريم يقول، رسولنا الكريم، نبينا نبي الرحمة: the Prophet named by the believers' "our".
  // (Also النبي alone: فقال له النبي: «…».)
  if (a === "نبينا" || a === "رسولنا") return true;
  if (a === "النبي" && (b === "" || b === "الكريم" || b === "محمد" || b === "صلي")) return true;
  // المولى عز وجل، صلى الله عليه وسلم: words of praise no name holds (الله alone is in names).
  return speaker.some((t, k) => t.text === "صلي" || praise(k));
}

/** `نقلت الوكالة عن X قوله`: the speaker is X, relayed via the agency. */
/** Verbs of speaking about someone (تحدث عن، تكلم عن), folded: their عن names a topic, not a source. */
const ABOUT_VERBS = /^[وف]?(?:تحدث|تحدثت|يتحدث|تتحدث|تكلم|تكلمت|يتكلم|حديثه|حديثها)$/;

export function relayedSpeaker(
  text: string,
  tokens: Token[],
  i: number,
  sentenceStart: number,
): { speaker: Token[]; via?: string } | null {
  const ascribed = ascribedSpeaker(text, tokens, i, sentenceStart);
  if (ascribed) return ascribed;
  for (let k = i - 1; k >= Math.max(0, i - 10) && tokens[k]!.start >= sentenceStart; k--) {
    if (tokens[k]!.text !== "عن") continue;
    // وتحدث منتظري عن ياسر الحبيب … بالقول: the one spoken about, not the source; the speaker is the subject.
    for (let v = k - 1; v >= Math.max(0, k - 4) && tokens[v]!.start >= sentenceStart; v--)
      if (ABOUT_VERBS.test(tokens[v]!.text)) return null;
    // مصدر لم تكشف عن اسمه قوله: that عن is the name withheld; the source is after an earlier one.
    if (IDENTITY_WORDS.has(tokens[k + 1]?.text ?? "")) continue;
    const speaker = tokens.slice(k + 1, i);
    // عن مصدر لم تكشف عن اسمه قوله، عن مسؤول طلب عدم ذكر اسمه قوله: the source, without how it stays unnamed.
    const unnamed = speaker.findIndex(
      (t, n) => n > 0 && (t.text === "لم" || RELATIVES.has(t.text) || ANONYMITY_VERBS.has(t.text)),
    );
    if (unnamed > 0 && speaker.slice(unnamed).some((t) => IDENTITY_WORDS.has(t.text))) speaker.length = unnamed;
    let via: string | undefined;
    for (let v = k - 1; v >= Math.max(0, k - 8) && tokens[v]!.start >= sentenceStart; v--) {
      if (/^[وف]?نقل/.test(tokens[v]!.text)) {
        const viaTokens = tokens.slice(v + 1, k);
        if (viaTokens.length > 0) via = text.slice(viaTokens[0]!.start, viaTokens.at(-1)!.end);
        break;
      }
    }
    return via ? { speaker, via } : { speaker };
  }
  return null;
}

/**
 * ونسبت صحيفة واشنطن بوست إلى أحد المصادر قوله، نسبت الشبكة لمصدر سعودي قوله: the one a report is ascribed to
 * (after إلى, or glued to ل when it is an unnamed source), with the outlet that ascribed it; null when the
 * sentence has no نسب before the masdar cue at i.
 */
function ascribedSpeaker(
  text: string,
  tokens: Token[],
  i: number,
  sentenceStart: number,
): { speaker: Token[]; via?: string } | null {
  for (let k = i - 1; k >= Math.max(1, i - 10) && tokens[k]!.start >= sentenceStart; k--) {
    const w = tokens[k]!.text;
    const glued = w.length > 3 && w.startsWith("ل") && ANONYMOUS_HEADS.has(w.slice(1));
    if (w !== "الي" && !glued) continue;
    for (let v = k - 1; v >= Math.max(0, k - 8) && tokens[v]!.start >= sentenceStart; v--) {
      if (!/^[وف]?نسب/.test(tokens[v]!.text)) continue;
      const t = tokens[k]!;
      const speaker = glued
        ? [{ ...t, text: w.slice(1), start: t.start + 1 }, ...tokens.slice(k + 1, i)]
        : tokens.slice(k + 1, i);
      if (speaker.length === 0) return null;
      const viaTokens = tokens.slice(v + 1, k);
      return viaTokens.length > 0
        ? { speaker, via: text.slice(viaTokens[0]!.start, viaTokens.at(-1)!.end) }
        : { speaker };
    }
    return null;
  }
  return null;
}

/** Auxiliaries that put the subject before the verb (وكانت سيول أعلنت، وكان X قد أكد). */
const AUXILIARIES = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"]);

/** A subject before its verb runs at most this many words. */
export const MAX_FRONTED_SUBJECT = 6;

/**
 * Between كان and قد the subject is bounded by both words, so it may run longer: وكانت الجامعة العامة للنقل
 * التابعة للاتحاد العام التونسي للشغل قد أعلنت.
 */
export const MAX_AUXILIARY_SUBJECT = 10;

/**
 * A subject written before the cue: the antecedent of a relative pronoun right before
 * it, or the subject between an auxiliary كان and the cue. Empty when there is none.
 */
export function subjectBeforeCue(
  text: string,
  tokens: Token[],
  i: number,
  sentenceStart: number,
  persons: ReadonlySet<number> = new Set(),
  /** Whether a person's name may run on left past token k (not past a name its conjunction opens). */
  joinsLeft: (k: number) => boolean = () => true,
): Token[] {
  let k = i - 1;
  const inSentence = (a: number) => a >= 0 && tokens[a]!.start >= sentenceStart;
  if (!inSentence(k)) return [];
  const out: Token[] = [];
  if (RELATIVES.has(tokens[k]!.text)) {
    for (k--; inSentence(k) && out.length < MAX_FRONTED_SUBJECT; k--) {
      const t = tokens[k]!;
      if (/[،,.:]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
      if (
        SPEAKER_STOPS.has(t.text) ||
        ATTRIBUTION_TAILS.has(t.text) ||
        DISCOURSE_WORDS.has(t.text) ||
        CUES.has(t.text)
      ) {
        break;
      }
      // A preposition glued to the head (لمصادر، للوكالة) is not part of the speaker.
      const unglued = /^[لب]/.test(t.text) ? t.text.replace(/^[لب](ل?)/, (_m, l: string) => (l ? "ال" : "")) : t.text;
      if (unglued !== t.text && (ANONYMOUS_HEADS.has(unglued) || ORG_HEADS.has(unglued))) {
        out.unshift({ text: unglued, start: t.start + 1, end: t.end });
        break;
      }
      out.unshift(t);
    }
    // Only an agent-like antecedent speaks (not منوها بمستوى … التي وصفها).
    const head = out[0]?.text ?? "";
    const agent = ANONYMOUS_HEADS.has(head) || ORG_HEADS.has(head) || isRoleHead(head) || isOrgWord(head);
    if (agent) return out;
    // Or a person the tagger found right before the pronoun (وكان ذبيح الله مجاهد الذي يقول إنه …); not when the
    // verb's own pronoun makes it the object (القس أندرو برانسون الذي وصفه بأنه: the one described).
    if (!persons.has(i - 2) || /(?:ه|ها|هم|هما)$/.test(tokens[i]!.text)) return [];
    let a = i - 2;
    while (a > 0 && persons.has(a - 1) && joinedAt(text, tokens, a) && joinsLeft(a)) a--;
    return tokens.slice(a, i - 1);
  }
  // في أعقاب تقرير أصدرته مؤسسة "ريسوليوشن فاونديشن" أشار إلى أن: an indefinite study and its maker before the
  // verb (no relative pronoun after an indefinite noun).
  if (!/^[وف]/.test(tokens[i]!.text)) {
    for (let d = k - 1; d >= Math.max(0, k - MAX_FRONTED_SUBJECT) && inSentence(d); d--) {
      if (!joinedAt(text, tokens, d + 1)) break;
      if (STUDY_NOUNS.has(tokens[d]!.text) && MADE_IT.test(tokens[d + 1]!.text) && d + 2 <= k) {
        const maker = tokens.slice(d + 2, k + 1);
        if (maker.every((t) => !CUES.has(t.text) && !SPEAKER_STOPS.has(t.text))) return tokens.slice(d, k + 1);
        break;
      }
    }
  }
  // الرئيس ترامب قال إن …: a person the tagger found right before the verb, opening its clause.
  if (persons.has(k)) {
    let a = k;
    while (a > 0 && persons.has(a - 1) && inSentence(a - 1) && joinsLeft(a)) a--;
    if (a === 0 || !inSentence(a - 1) || opensClause(text, tokens, a)) return tokens.slice(a, k + 1);
    // ورغم استمرار المعارك …، فإن الشيخ حمد أكد: فإن opens the main clause; the person after it (with a title
    // the tagger left out) is the verb's subject.
    let h = a;
    while (h > 0 && inSentence(h - 1) && TITLES.has(tokens[h - 1]!.text)) h--;
    if (h > 0 && inSentence(h - 1) && tokens[h - 1]!.text === "فان") return tokens.slice(h, k + 1);
  }
  // لكن بعض النقابات العمالية أشارت: "some of" a group, fronted before the verb.
  for (let h = k; h >= Math.max(0, k - MAX_SOME_TOKENS) && inSentence(h); h--) {
    if (h < k && /[،,.:«»"]/.test(text.slice(tokens[h]!.end, tokens[h + 1]!.start))) break;
    const w = tokens[h]!.text;
    if (CUES.has(w) || (h < k && SPEAKER_STOPS.has(w))) break;
    if ((w === "بعض" || w === "وبعض") && h < k && (h === 0 || !inSentence(h - 1) || opensClause(text, tokens, h))) {
      const t = tokens[h]!;
      return [{ ...t, text: "بعض", start: t.start + (w.length - 3) }, ...tokens.slice(h + 1, k + 1)];
    }
  }
  // لكن خبراء قالوا، ولكن محللين يرون، لكن خبراء قانونيين قالوا: a group of unnamed sources right before the
  // verb (past one adjective), opening its clause.
  for (const h of [k, k - 1]) {
    if (!inSentence(h)) break;
    const head = tokens[h]!.text.replace(/^(?:و|ول)(?=.{3})/, "");
    if (h < k && (!isNisba(tokens[k]!.text) || /[^\s]/.test(text.slice(tokens[h]!.end, tokens[k]!.start)))) break;
    if (ANONYMOUS_HEADS.has(head) && (h === 0 || !inSentence(h - 1) || opensClause(text, tokens, h))) {
      // ومعارضين يرون: the group without its و.
      const t = tokens[h]!;
      return [{ ...t, text: head, start: t.start + (t.text.length - head.length) }, ...tokens.slice(h + 1, k + 1)];
    }
  }
  // أما الفيلسوف «ويليام جيمس» فيقول، أما المؤيدون فقد رأوا: the topic أما fronts is the subject of the ف-verb.
  const faQad = tokens[k]!.text === "فقد";
  if (/^ف/.test(tokens[i]!.text) || faQad) {
    for (let a = faQad ? k - 1 : k; a > k - MAX_FRONTED_SUBJECT && inSentence(a); a--) {
      if (tokens[a]!.text === "اما" || tokens[a]!.text === "واما") {
        // Only an agent (not أما أولاده فيقول: "as for his children, he says").
        const topic = tokens.slice(a + 1, faQad ? k : k + 1);
        const agent =
          topic.some((_, t) => persons.has(a + 1 + t)) ||
          (topic.length > 0 && isSubjectHead(topic[0]!.text)) ||
          // أما المؤيدون فقد رأوا: a group, with its verb in the plural.
          (topic.length === 1 && /^ال.{3,}(?:ون|ين)$/.test(topic[0]!.text) && /(?:وا|ون)$/.test(tokens[i]!.text));
        return agent ? topic : [];
      }
      if (CUES.has(tokens[a]!.text) || SPEAKER_STOPS.has(tokens[a]!.text)) break;
    }
    // فقد أعرب with no أما before: the subject is the one the sentences before speak of, not a word here.
    if (faQad) return [];
  }
  const bounded = tokens[k]!.text === "قد" || tokens[k]!.text === "وقد";
  if (!bounded) {
    const role = rolePhraseBefore(text, tokens, k, inSentence, persons);
    if (role.length > 0) return role;
  }
  if (bounded) k--;
  // يرى الرئيس أن الاتفاق كان سيئاً، وقال مرة إن: a verb joined by و opens a clause of its own; what stands
  // before it is the end of the last one, not a subject after كان.
  const cue = tokens[i]!.text;
  if (!bounded && /^[وف]/.test(cue) && CUES.has(cue.slice(1))) return [];
  // الاجتماع كان مثمرا، أكد على أن: with a comma right before the verb, what follows كان is its subject only when
  // كان opens the clause (وكانت وزارة الخارجية الروسية، قالت إنها); after a subject (الاجتماع كان، أنها كانت) it
  // is كان's predicate, and the verb has no subject before it.
  const commaBeforeVerb = /[،,؛;]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  let withPlace = false;
  for (; inSentence(k) && out.length <= (bounded ? MAX_AUXILIARY_SUBJECT : MAX_FRONTED_SUBJECT); k--) {
    const t = tokens[k]!;
    if (AUXILIARIES.has(t.text)) {
      if (commaBeforeVerb && !/^[وف]/.test(t.text) && inSentence(k - 1) && !opensClause(text, tokens, k)) return [];
      // كان له رأي آخر، فهو اعتبر، كانت لهم تعاقدات …، ولفتت: كان with a possession (له، لديها) or a possessed
      // noun (كانت كلماتها كالرصاص، بينت) has no subject of the verb after it.
      const head = out[0]?.text ?? "";
      if (POSSESSION_PRONOUNS.has(head) || (isPossessed(head) && !persons.has(k + 1))) return [];
      return withPlace && !isSubjectHead(head) ? [] : out;
    }
    // وكان مسؤول كبير في غزة صرح: where the subject is from, inside it (only an auxiliary before it ends it).
    if (t.text === "في" && out.length > 0 && !persons.has(k + 1)) {
      withPlace = true;
      out.unshift(t);
      continue;
    }
    if (CUES.has(t.text) || SPEAKER_STOPS.has(t.text) || DISCOURSE_WORDS.has(t.text)) return [];
    // هل كان مفاجئا قال، وكانت الشركة سابقا أعلنت: an indefinite accusative is كان's predicate or an adverb,
    // never the subject, which may still stand before it.
    if (isAccusative(text, t)) continue;
    // إذا كانت أميركا، فالحوثي يقول: a definite word with ف glued, after a mark, opens the answer's clause and is
    // its verb's subject; what stands before it is كان's own.
    if (out.length === 0 && /^فال\p{L}{3,}$/u.test(t.text) && opensClause(text, tokens, k))
      return [{ ...t, text: t.text.slice(1), start: t.start + 1 }];
    out.unshift(t);
  }
  return [];
}

/** Prepositions with a pronoun that make كان "had" (كان له، كانت لديها), folded. */
const POSSESSION_PRONOUNS: ReadonlySet<string> = new Set([
  "له",
  "لها",
  "لهم",
  "لهما",
  "لهن",
  "لنا",
  "لي",
  "لديه",
  "لديها",
  "لديهم",
  "لدينا",
  "عنده",
  "عندها",
  "عندهم",
]);

/** Words of a "some of" subject before its verb (بعض النقابات العمالية). */
const MAX_SOME_TOKENS = 4;

/**
 * الرئيس الأمريكي قال إن …، المتحدث باسم وزارة الخارجية قال: a role or organisation phrase that opens its
 * sentence or clause and ends right before the verb at k + 1 (one leading و dropped). Empty when none.
 */
function rolePhraseBefore(
  text: string,
  tokens: Token[],
  k: number,
  inSentence: (a: number) => boolean,
  persons: ReadonlySet<number>,
): Token[] {
  for (let a = k; a > k - MAX_FRONTED_SUBJECT && inSentence(a); a--) {
    const t = tokens[a]!;
    if (CUES.has(t.text) || SPEAKER_STOPS.has(t.text) || DISCOURSE_WORDS.has(t.text)) return [];
    if (a < k && /[،,؛;:.!?؟]/.test(text.slice(t.end, tokens[a + 1]!.start))) return [];
    // (An organisation's head in construct too: لكن مجموعة "الخوذ البيضاء" قالت، لكن وزارة الخارجية قالت.)
    // (Not one described, not named: ومجموعة أخرى ترى; nor one whose clause a comma ends before the verb:
    // لكن محكمة التمييز أعادت دراسة الملف، واعتبرت.)
    const orgHead = (w: string) =>
      a < k &&
      bareIn(w, ORG_CUES) === w &&
      !PLAIN_ADJECTIVES.has(tokens[a + 1]!.text) &&
      !/[،,؛;:.]/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length));
    const head = orgHead(t.text) ? t.text : t.text.replace(/^و(?=.{3})/, "");
    if (!isRoleHead(head) && !ORG_HEADS.has(head) && !orgHead(head)) continue;
    if (a > 0 && inSentence(a - 1) && !opensClause(text, tokens, a)) continue;
    // خالد بالخيور، الرئيس التنفيذي لعرب سات أكد: the role is the name's apposition; the name speaks.
    if (a > 0 && inSentence(a - 1) && persons.has(a - 1)) return [];
    const first = head === t.text ? t : { text: head, start: t.end - head.length, end: t.end };
    return [first, ...tokens.slice(a + 1, k + 1)];
  }
  return [];
}

/** Indefinite adjectives that describe a group rather than name it (مجموعة أخرى، جهة ثالثة), folded. */
const PLAIN_ADJECTIVES: ReadonlySet<string> = new Set([
  "اخري",
  "اخر",
  "ثانيه",
  "ثالثه",
  "جديده",
  "كبيره",
  "صغيره",
  "واحده",
  "عديده",
  "مختلفه",
]);

/** `أصدرت الوزارة بيانا جاء فيه أن`: the issuer is the subject before the document word. */
export function issuerBefore(text: string, tokens: Token[], i: number, sentenceStart: number): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k]!.start >= sentenceStart; k--) {
    const t = tokens[k]!;
    // (So is a preposition of the channel: أعلنت أمس شركة إنتل عبر بيان، في جو مشمس، مع تغريدة.)
    if (/^[وف]?(?:في|عبر|مع)$/.test(t.text) || /^[وف]?(اصدر|اصدرت|نشر|نشرت|قال|قالت|اكد|اكدت)$/.test(t.text)) {
      if (out.length > 0) break;
      continue;
    }
    if (/[،,]/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    if (DISCOURSE_WORDS.has(t.text) || CUES.get(t.text) === "verb") break;
    // ونقلت الوكالة عن بيان: another preposition before the document, no issuer.
    if (out.length === 0 && OBJECT_PREPOSITIONS.has(t.text)) break;
    // أصدرت وزارة الداخلية أمس بياناً: when it was issued, between the issuer and the document.
    if (out.length === 0 && ISSUE_ADVERBS.has(t.text)) continue;
    out.unshift(t);
  }
  return out;
}

/** Role phrases run at most this many tokens (المتحدث باسم وزارة الخارجية الأمريكية). */
export const MAX_ROLE_TOKENS = 7;

export const ROLE_LINKS = new Set([
  // متحدث ثان باسم البنتاغون، مسؤول آخر: a second holder of the role.
  "ثان",
  "ثاني",
  "ثانيه",
  "اخر",
  "اخري",
  "احدي",
  "لاحدي",
  "احد",
  "لاحد",
  "باسم",
  "لشؤون",
  "لشوون",
  "العام",
  "عام",
  "الاعلى",
  "السابق",
  "الحالي",
  "الاسبق",
]);

/** Indefinite studies and reports that speak for their maker (بحث، تقرير، دراسة), folded. */
export const STUDY_NOUNS: ReadonlySet<string> = new Set(["تقرير", "بحث", "دراسه", "استطلاع", "مسح", "وثيقه", "بيان"]);

/** A verb of making a study with it as its object pronoun (أجرته، أعدته، أصدرته، نشرتها), folded. */
export const MADE_IT = /^(?:اصدر|نشر|اعد|اجر|اطلق)(?:ه|ته|ها|تها)$/;

/** Verbs of issuing with the document as their object pronoun (أصدرته، نشره، وزعتها), folded. */
const ISSUED = /^(?:اصدر|نشر|وزع|اعد|اطلق)(?:ه|ته|ها|تها)$/;

/** Definite words after a document word, its adjectives or ordinal (السنوي، الختامي، الحادي والخمسون), folded. */
const DOCUMENT_ADJECTIVE = /^و?ال\p{L}{2,}$/u;

/** The document's adjectives before its relative clause run no longer (التقرير الحادي والخمسون). */
const MAX_DOCUMENT_ADJECTIVES = 3;

/**
 * البيان الذي أصدرته الجامعة: the issuer named in a relative clause right after the document word at token
 * `d` (or its adjectives), up to the preposition or complementizer the cue takes; none when there is no such clause.
 */
export function issuerInRelative(text: string, tokens: Token[], d: number): Token[] {
  // (Past the document's own adjectives: التقرير السنوي الذي، التقرير الحادي والخمسون الذي أصدرته.)
  let r = d + 1;
  const adjective = (k: number) =>
    DOCUMENT_ADJECTIVE.test(tokens[k]?.text ?? "") && !RELATIVES.has(tokens[k]!.text) && joinedAt(text, tokens, k);
  while (r <= d + MAX_DOCUMENT_ADJECTIVES && adjective(r)) r++;
  if (!RELATIVES.has(tokens[r]?.text ?? "") || !ISSUED.test(tokens[r + 1]?.text ?? "")) return [];
  const out: Token[] = [];
  for (let k = r + 2; k < tokens.length && out.length < MAX_ROLE_TOKENS && joinedAt(text, tokens, k); k++) {
    const w = tokens[k]!.text;
    if (SPEAKER_STOPS.has(w) || COMPLEMENTIZERS.has(w) || CUES.has(w) || OBJECT_PREPOSITIONS.has(w)) break;
    out.push(tokens[k]!);
  }
  return out;
}

/** Adverbs between an issuer and its document (أصدرت الوزارة أيضا بيانا، اليوم، أمس), folded. */
export const ISSUE_ADVERBS: ReadonlySet<string> = new Set([
  "ايضا",
  "اليوم",
  "امس",
  "كذلك",
  "بدوره",
  "بدورها",
  "مساء",
  "صباح",
]);

/** What one sends or offers someone (رفع التعازي لخادم الحرمين، قدم الشكر للأمير), folded: no part of a role. */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  "التعازي",
  "التهاني",
  "التهنئه",
  "الشكر",
  "العزاء",
  "برقيه",
  "البرقيه",
]);

/**
 * Whether the phrase from token `a` to the name at `b` is a message sent to that name (الدكتور اليوسف التعازي
 * لخادم الحرمين الشريفين الملك | سلمان): the name is the one it went to, not the holder of a role.
 */
export function sentTo(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (MESSAGE_NOUNS.has(tokens[k]!.text)) return toldWithTitles(tokens, b);
  return false;
}

/** Longest run of titles between a glued ل and the name it tells (لخادم الحرمين الشريفين الملك). */
const MAX_TOLD_TITLES = 6;

/**
 * Whether the name at token `k` is the one told or thanked, after ل glued to it or to its titles (ورفع التعازي
 * لخادم الحرمين الشريفين الملك سلمان، شكره للأمير فيصل): no subject of the sentence.
 */
export function toldWithTitles(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_TOLD_TITLES && tokens[j]!.text.startsWith("ال")) j--;
  if (j < 0 || k - j > MAX_TOLD_TITLES) return false;
  const w = tokens[j]!.text;
  // Not the source (ووفقا للرائد بدر السحيباني، نقلا عن).
  if (/^[وف]?(?:وفقا|طبقا|نقلا|نسبه|بالنسبه)$/.test(tokens[j - 1]?.text ?? "")) return false;
  // لخادم، لسمو، لصاحب: an honorific with ل, the one told or the possessor (لوحة لخادم الحرمين); not a name of
  // its own (لؤي), nor a title with لل, often "of" the speaker (تصريحات للرئيس الأميركي دونالد ترامب أكد فيها).
  return /^ل(?:خادم|سمو|ولي|فخامه|معالي|دوله|صاحب)$/.test(w);
}

/** Words that open a naming of the Prophet (رسولنا الكريم، النبي صلى الله عليه وسلم، رسول الله), folded. */
const PROPHET_HEADS: ReadonlySet<string> = new Set(["نبينا", "رسولنا", "النبي", "الرسول", "رسول"]);

/**
 * Whether a speaker's words name the Prophet (نبينا الكريم، رسولنا، النبي محمد، رسول الله), however the speaker
 * was reached: by name, by a pronoun or as the last one who spoke. (Not any word of praise: عز in عز الدين.)
 */
export function namesProphet(words: readonly Token[]): boolean {
  return PROPHET_HEADS.has(words[0]?.text ?? "") && isScripture(words.slice(0, 2));
}

/**
 * Whether the sentence names the Prophet before the cue at `i` (رسولنا الكريم غضب من أسامة …، حين قال "…"): a
 * verb of saying there with no subject of its own is his, words no quote holds (rule 1), not the last speaker's.
 */
export function prophetBefore(tokens: Token[], sentenceStart: number, i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k]!.start >= sentenceStart; k--) {
    if (namesProphet(tokens.slice(k, k + 2))) return true;
  }
  return false;
}
