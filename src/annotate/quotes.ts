/**
 * Quotes with their speakers: direct quotes in every mark shape, indirect speech
 * (cue + أن/إن clause, cue + colon), continuation (وأضاف with no name → the last
 * speaker), relayed speech (نقلت الوكالة عن X قوله), organisations' statements and
 * anonymous sources, attribution after the quote («…»، قال X). Follows
 * ../shared/data/gold/quotes/README.md. Linear in the text: every scan is bounded or
 * moves forward.
 *
 * Speakers are written as the guidelines ask (rule 4): role phrases and titles dropped
 * (وزير الدفاع الأمريكي آشتون كارتر → آشتون كارتر), a later bare role resolved to the
 * person named with it (الرئيس الفرنسي السابق → فرانسوا هولاند), surnames completed
 * (خلفان → ضاحي خلفان), bare organisation heads and documents resolved to the
 * organisation named before (قالت الشركة، وجاء في التقرير). The entity tagger's mentions,
 * when given, mark where names start and end and link speakers to entities.
 */

import { foldText } from "../arabic/fold.js";
import { type Token, tokenize } from "../arabic/tokens.js";
import type { Entity, Mention, Quote } from "../model/types.js";
import { isFirstName as isGivenName } from "./entities/name-words.js";
import { placeNameOf } from "./entities/names.js";
import { isVerbLike } from "./entities/verbs.js";
import { accusedOnly, accusedPassive, accusedSubject } from "./quote-accused.js";
import { isBetween, nameAfterVerb } from "./quote-adjuncts.js";
import { ArticleSpeakers, completeName, MAX_LOOKUPS } from "./quote-article-speakers.js";
import { IMPERSONAL_CUES } from "./quote-clause-ends.js";
import { RELATIVES } from "./quote-clause-words.js";
import {
  complementOf,
  DEMONSTRATIVES,
  isAnonymityCondition,
  isToldOutlet,
  namedBayan,
  namesIdentity,
  negatedAt,
  OBJECT_PREPOSITIONS,
  OUTLET_HEADS,
  quoteBefore,
} from "./quote-clauses.js";
import {
  ADDRESSEE_CUES,
  COMPLEMENTIZERS,
  CUES,
  DATA_SUBJECTS,
  DOCUMENT_WORDS,
  NARRATOR_CUES,
  PRONOUN_SPEAKERS,
  SPEAKER_STOPS,
} from "./quote-cues.js";
import { namedSubjectBefore } from "./quote-fronted-names.js";
import { groupBefore, groupStillSpeaking, isGroupSpeaker } from "./quote-group-speakers.js";
import { HONORIFIC_PRONOUNS, honorificSpeaker } from "./quote-honorifics.js";
import { jointBefore } from "./quote-joint-speakers.js";
import { joinsLeft, withoutGluedCue } from "./quote-mention-starts.js";
import {
  afterProphet,
  dataSubjectOpens,
  documentWithIssuer,
  isScripture,
  issuerBefore,
  issuerInRelative,
  MADE_IT,
  namesProphet,
  prophetBefore,
  ROLE_LINKS,
  relayedSpeaker,
  subjectBeforeCue,
} from "./quote-phrases.js";
import { organisationBeforeRelative, relativeIsSubject } from "./quote-relative-subjects.js";
import { holderBeforeComplement } from "./quote-role-holders.js";
import {
  isAdjectiveLike,
  isDualCue,
  isDualHead,
  isNisba,
  isPluralCue,
  isRoleHead,
  isSubjectHead,
  QUANTIFIERS,
  soundPlural,
} from "./quote-roles.js";
import {
  organisationOpening,
  subjectOfPreviousSentence,
  subjectOfSentence,
  titledOpening,
} from "./quote-sentence-subjects.js";
import { shareEnd } from "./quote-shares.js";
import {
  cueGender,
  documentIssuer,
  type Gender,
  personInSentence,
  quotedName,
  speakerFrom,
} from "./quote-speaker-reading.js";
import {
  bare,
  cueAsWritten,
  explicitInSentence,
  firstTokenAt,
  insideQuotation,
  joinedAt,
  lastTokenBefore,
  markWeakFinalNouns,
  SentenceCursor,
  type Speaker,
  sentenceEndAfter,
  wordCount,
} from "./quote-text.js";

/** A quoted stretch of fewer words is a term or scare quote, not a quotation (rule 1). */
const MIN_DIRECT_WORDS = 2;

/** "According to" before a document (وبحسب بيان، وفق بيان), folded. */
const ACCORDING_TO: ReadonlySet<string> = new Set(["بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق"]);

/**
 * Finds the quotes of one article. Pass the article's entity mentions and entities
 * (from `findEntities(text, title)`) for the best speakers; without them the rules
 * alone find names (about 0.80 F1 instead of 0.91 on quotes-dev).
 *
 * @example
 * findQuotes("وقال الوزير خالد العمري إن المحطة جاهزة. وأضاف: «سنفتتحها غدا».")
 * // → an indirect quote "المحطة جاهزة" and a direct one "سنفتتحها غدا", both by "خالد العمري"
 * const { mentions, entities } = findEntities(text, title);
 * findQuotes(text, mentions, entities); // speakers linked to entity ids (speakerEntity)
 */
export function findQuotes(text: string, mentions: Mention[] = [], entities: Entity[] = []): Quote[] {
  const tokens = markWeakFinalNouns(text, tokenize(text));
  const sentences = new SentenceCursor(text);
  // A place is read by its name: محافظ مدينة عدن is the governor of عدن, as when مدينة stood outside the mention.
  const places = mentions.map((m) => placeNameOf(withoutGluedCue(m)));
  const ctx = new ArticleSpeakers(text, tokens, places, new Map(entities.map((e) => [e.id, e])));
  const quotes: Quote[] = [];
  let last: Speaker | null = null;
  /** The grammatical gender each speaker was reported with (قال / قالت), for continuation cues. */
  const genders = new Map<string, Gender>();
  const recent: Speaker[] = [];
  // وتضيف after a man's words is a woman speaking again: the latest speaker reported with the cue's gender.
  const sameGender = (fallback: Speaker | null, cueWord: string): Speaker | null => {
    const want = cueGender(cueWord);
    if (want === null || fallback === null || (genders.get(fallback.name) ?? want) === want) return fallback;
    // Only a speaker the tagger knows, or a name of two words or more: a stray word taken for a speaker
    // earlier (دعمها) must not resurface.
    for (let r = recent.length - 1; r >= Math.max(0, recent.length - MAX_LOOKUPS); r--) {
      const c = recent[r]!;
      if (genders.get(c.name) === want && (c.entity !== null || wordCount(c.name) >= 2)) return c;
    }
    return fallback;
  };
  let consumed = -1;
  /** Whether a speaker phrase opens with a share of a survey's respondents (43٪ من المجيبين). */
  const isShare = (phrase: Token[]) =>
    phrase.length > 0 && shareEnd(text, tokens, firstTokenAt(tokens, phrase[0]!.start)) > 0;
  /** Where the finding of a study or poll the article reports (أشارت نتيجة مسح إلى أن …) ends. */
  let findingEnd = -1;

  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumed) continue;
    const cue = tokens[i]!;
    const cls = CUES.get(cue.text);
    if (!cls) continue;
    if (i > 0 && NARRATOR_CUES.has(tokens[i - 1]!.text)) continue;
    // لطمة قوية إلى مضيفه الفرنسي: after a preposition a participle's form is a noun (its host), no cue.
    if (cls === "participle" && i > 0 && OBJECT_PREPOSITIONS.has(tokens[i - 1]!.text)) continue;
    // تحت راية «داعش»: a flag (راية, with ta marbuta), not his opinion (حسب رأيه أن …); وطالبة: a student, not
    // «and he asked him» (وطالبه). A verb ends in ه with a pronoun, never in ة.
    if (text[cue.end - 1] === "ة" && (cls === "verb" || /راي[هة]$/.test(cue.text))) continue;
    if (isBetween(tokens, i, text) || nameAfterVerb(text, tokens, i)) continue;
    // وقالت المحامية بيان زهران: a woman's given name, no statement.
    if (namedBayan(text, tokens, i)) continue;
    // الملاحظات التي قالها خلال اجتماع: what was said is the antecedent, not words after the verb.
    if (i > 0 && RELATIVES.has(tokens[i - 1]!.text) && /^قال(?:ه|ها|ته|تها|وه|وها)$/.test(cue.text)) continue;
    // عدم ذكر اسمه: a negated masdar is no report; جاء is one only with في (جاء في البيان), not جاءت نتائجها.
    if (i > 0 && tokens[i - 1]!.text === "عدم") continue;
    // ولم يوضح الرئيس الإيراني "طبيعة تلك الخطط"، ولم تؤكد الوكالة أن، دون أن توضح: a report denied is none. (A
    // stance denied still states one: لا يعتقد أن، لم يستبعد أن.)
    if (NEGATED_REPORTS.has(cue.text) && negatedAt(text, tokens, i)) continue;
    // طالبا عدم نشر اسمه، رافضا الكشف عن هويته: the source's condition, not a report.
    if (isAnonymityCondition(tokens, i)) continue;
    if (namesIdentity(tokens, i)) continue;
    if (COME.has(cue.text) && !IN_WORDS.has(tokens[i + 1]?.text ?? "")) continue;
    // هجوما حادا على الدوحة وُصف بـ«حملة ابتزاز»: وصف with ب right after it and no subject between is the
    // passive, what something was called.
    // (Not a name after it: وصف باول «آفاقا اقتصادية».)
    if (
      /^[وف]?وصف(?:ت)?$/.test(cue.text) &&
      /^ب(?:$|ان|ال)/.test(tokens[i + 1]?.text ?? "") &&
      !ctx.perTokens.has(i + 1) &&
      joinedAt(text, tokens, i + 1)
    )
      continue;
    // تجد لافتة مكتوبا عليها: a banner; the participle لافتة goes on with إلى, النظر, its complement or في بيان.
    if (
      /^[وف]?لافته$/.test(cue.text) &&
      !/^(?:الي|النظر|الانتباه|في)$/.test(tokens[i + 1]?.text ?? "") &&
      !COMPLEMENTIZERS.has(tokens[i + 1]?.text ?? "")
    )
      continue;
    // واتهما بالإعداد للقيام بـ«أعمال إرهابية»: the passive, a charge laid.
    if (cls === "verb" && accusedPassive(ctx, i)) continue;
    // ويمكن وصف تلك البيئة بأنها، لا بد من القول إن: a verbal noun after a modal, what may be said, no report.
    if (cls === "verb" && i > 0 && MODALS_BEFORE_MASDAR.has(tokens[i - 1]!.text)) continue;
    // وجاء في استطلاع للرأي أن 63 بالمئة …: a poll's finding, no one's words.
    if (COME.has(cue.text) && /^(?:ال)?استطلاع/.test(tokens[i + 2]?.text ?? "")) continue;
    // يتابع فلسطينيو القدس أحداث غزة: the present of تابع is "follows", unless a colon or a quote comes next.
    if (FOLLOW.has(cue.text) && !/^\s*[:«"“]/.test(text.slice(cue.end, tokens[i + 1]?.start ?? text.length))) continue;
    // وكُتب على قاعدة المسلة، ذُكر أن: a past passive (a damma on its first letter) has no speaker. Not
    // the present's prefix (يُشير، تُضيف are active).
    if (cls === "verb" && /^[وف]?[^\sيتنأ]\u064F/u.test(text.slice(cue.start, cue.end))) continue;
    // ومما لفت انتباهي أن …: what caught the writer's attention, no report (لفت الانتباه إلى أن is one).
    if (/^[وف]?لفت$/.test(cue.text) && /^انتباه(?:ي|نا)$/.test(tokens[i + 1]?.text ?? "")) continue;
    // متابعون (followers) and تابعة لـ (affiliated with): the participle of تابع that is no report.
    if (
      /^[وف]?متابع/.test(cue.text) ||
      (/^[وف]?تابع(?:ه|ين|ون)$/.test(cue.text) && /^[لب]/.test(tokens[i + 1]?.text ?? ""))
    )
      continue;

    let found = complementOf(
      text,
      tokens,
      i,
      cls,
      ctx.perTokens,
      (a, b) => quotedName(ctx, { start: a, end: b }),
      (k) => ctx.orgEnd.has(k) || ctx.isPlace(k),
    );
    // «…»، قال X / "…".. بهذه الكلمات علق X: the attribution follows the quote.
    const trailing = !found && cls === "verb" ? quoteBefore(text, tokens, i, quotes.at(-1)?.end ?? 0) : null;
    if (trailing) found = trailing;
    if (!found) continue;
    const sentenceStart = sentences.startBefore(cue.start);

    // Who speaks.
    let speakerTokens = found.speaker;
    let via: string | undefined;
    if (cls === "noun") {
      const relayed = relayedSpeaker(text, tokens, i, sentenceStart);
      if (relayed) {
        speakerTokens = relayed.speaker;
        via = relayed.via;
      } else if (
        /(?:ه|ها|هم|هما)$/.test(cue.text) &&
        speakerTokens[0] &&
        speakerTokens[0].start > cue.start &&
        !isScripture(speakerTokens)
      ) {
        // سدد الله رأيه وألهمه التوفيق، بحسب رأيه فإن: the owner of the opinion or saying is its pronoun, never
        // the words after it (the pronoun's speaker is named before).
        speakerTokens = [];
      }
    } else if (cls === "document") {
      // (وبحسب بيان الإنتربول السعودي، فإن: "according to" names no issuer before; the one after it speaks, unless
      // the document's own clause names none: بحسب بيان أصدرته في مايو.)
      const issuer = speakerTokens[0]?.text;
      const after = ACCORDING_TO.has(tokens[i - 1]?.text ?? "") && issuer !== undefined && !MADE_IT.test(issuer);
      if (!after) speakerTokens = issuerBefore(text, tokens, i, sentenceStart);
    }
    if (ADDRESSEE_CUES.has(cue.text) && !(cls === "verb" && personAfterVerb(ctx, speakerTokens))) speakerTokens = [];
    // واتهم روبيو أوباما بالتخلي عن: the one accused or asked, after the subject, is not the speaker.
    if (cls === "verb" && !trailing) {
      const subject = accusedSubject(ctx, tokens, cue.text, speakerTokens);
      // واتهمت الحكومة بأنها: one phrase before the charge is the one accused; the accuser is named before.
      speakerTokens = subject === speakerTokens && accusedOnly(ctx, cue.text, subject, found.span.start) ? [] : subject;
    }
    // شينزو إيب، قال لبوتين إن: the person told, glued to ل right after the verb, is never its speaker.
    if (cls === "verb" && !trailing && speakerTokens.length > 0 && toldPerson(ctx, speakerTokens[0]!, cue.end))
      speakerTokens = [];
    // وقال المشرف على اللجان المكلفة من البلدية مبارك المبارك إن: the holder named after the whole role.
    if (cls === "verb" && !trailing)
      speakerTokens = holderBeforeComplement(ctx, speakerTokens, found.span.start) ?? speakerTokens;
    // سائلا المولى أن يتغمده برحمته: God is the one asked in a prayer (a quote by the guidelines), not its speaker;
    // فسأل زوجته الرابعة: so is one of the asker's own (a possessed noun).
    const asked = tokens[i + 1];
    if (
      asked &&
      ASKING.test(cue.text) &&
      (GOD_WORDS.has(asked.text) ||
        (/\p{L}{2,}(?:ه|ها|هم)$/u.test(text.slice(asked.start, asked.end)) && !ctx.perTokens.has(i + 1)))
    )
      speakerTokens = [];
    // يؤكدون جاهزية الكويت: a plural verb's subject stands before it or in it; the words after it are its object.
    if (!trailing && isPluralCue(cue.text) && speakerTokens.length > 0 && speakerTokens[0]!.start > cue.start)
      speakerTokens = [];
    // (Not a company named so: قالت أرقام كابيتال.)
    if (
      speakerTokens.length > 0 &&
      DATA_SUBJECTS.has(speakerTokens[0]!.text) &&
      !ctx.orgEnd.has(firstTokenAt(tokens, speakerTokens[0]!.start))
    ) {
      // (To its sentence's end: …، ويرى 41 في المئة من المشاركين أن is the same finding.)
      findingEnd = sentenceEndAfter(text, found.span.start);
      continue;
    }
    // … إلى أن 55 في المئة …، بينما يرى 41 في المئة من المشاركين أن: the shares inside a finding are the finding's.
    if (cue.start < findingEnd && isShare(speakerTokens)) continue;
    // وهو ما يشير إلى أن، مما يؤكد أن، ما يعزز الاعتقاد أن: what a fact shows, in the journalist's voice.
    // وهذا يؤكد أن، وذلك يعني أن: the same, with a demonstrative for the fact.
    if (i > 0 && INFERENCE_VERBS.test(cue.text) && inferenceSubject(text, tokens, i)) continue;
    if (isScripture(speakerTokens)) continue;
    // (A figure opens no speaker but a share of people: وقال 43٪ من المجيبين.)
    if (speakerTokens.length > 0 && /^\p{N}/u.test(speakerTokens[0]!.text) && !isShare(speakerTokens)) continue;
    // وجاء في بيان الوزارة أن: the issuer named right after the document speaks.
    if (speakerTokens.length === 0 && COME.has(cue.text) && tokens[i + 1]?.text === "في") {
      speakerTokens = documentWithIssuer(text, tokens, i + 2);
      // وجاء في وكالة رويترز أن: the outlet the tagger found right after في.
      const outlet = ctx.orgEnd.get(i + 2);
      if (speakerTokens.length === 0 && outlet !== undefined && OUTLET_HEADS.has(bare(tokens[i + 2]!.text)))
        speakerTokens = tokens.slice(i + 2, outlet);
    }
    // وأكد البيان / وجاء في التقرير: the document speaks for its issuer, named where it was introduced.
    let documentWord: string | null = null;
    if (speakerTokens.length > 0 && DOCUMENT_WORDS.has(speakerTokens[0]!.text)) {
      documentWord = speakerTokens[0]!.text;
      speakerTokens = issuerInRelative(text, tokens, firstTokenAt(tokens, speakerTokens[0]!.start));
    } else if (
      speakerTokens.length === 0 &&
      tokens[i + 1]?.text === "في" &&
      DOCUMENT_WORDS.has(tokens[i + 2]?.text ?? "")
    ) {
      documentWord = tokens[i + 2]!.text;
    }

    // لكن روسيا وصفت الاتفاق بأنه، لكن إيران نفت أن: a country or body named right before the verb, opening its
    // clause, is its subject; what follows the verb is its object.
    // الصين وروسيا قالتا إن، لكن كانغ وبومبيو شددا على: a dual or plural verb after names joined by و speaks for
    // them all.
    const joint =
      cls === "verb" && !trailing && (isDualCue(cue.text) || isPluralCue(cue.text))
        ? jointBefore(ctx, i, sentenceStart)
        : null;
    if (joint) speakerTokens = joint;
    const fronted = cls === "verb" && !trailing && !joint ? namedSubjectBefore(ctx, i, sentenceStart) : null;
    if (fronted) speakerTokens = fronted.tokens;
    // وكان موقع هاف بوست قد وصف المقابلة بأنها …: after كان … قد the subject stands before the verb, and
    // what follows the verb is its object.
    const auxiliary = i > 0 && (tokens[i - 1]!.text === "قد" || tokens[i - 1]!.text === "وقد");
    if (
      !joint &&
      !fronted &&
      (speakerTokens.length === 0 || auxiliary) &&
      cls === "verb" &&
      !ADDRESSEE_CUES.has(cue.text)
    ) {
      const before = subjectBeforeCue(text, tokens, i, sentenceStart, ctx.perTokens, (k) => joinsLeft(ctx, k));
      if (before.length > 0 || speakerTokens.length === 0) speakerTokens = before;
    }
    // واعتبرت البحرين خطوة واشنطن "…"، ووصفت الحكومة القرار بأنه: the verb's object after its subject.
    if (!auxiliary && !fronted && !joint && OBJECT_TAKING_CUE.test(cue.text))
      speakerTokens = withoutObject(ctx, speakerTokens);
    // إن كان نبينا الكريم يقول: the Prophet fronted before the verb (rule 1).
    if (isScripture(speakerTokens)) continue;
    // عن النبي صلى الله عليه وسلم أنه قال: the Prophet's saying (rule 1), its speaker a pronoun.
    if (speakerTokens.length === 0 && afterProphet(text, tokens, i)) continue;
    // رسولنا الكريم غضب من أسامة …، حين قال "…": the Prophet, named earlier in the sentence.
    // (A participle's subject is the sentence's speaker: مبينا after the imam's words on the Prophet.)
    if (speakerTokens.length === 0 && cls === "verb" && prophetBefore(tokens, sentenceStart, i)) continue;
    // جاء ذلك في تغريدة لقرقاش …: "that" names no speaker; the words are the last speaker's or the owner's.
    if (speakerTokens.length === 1 && THING_DEMONSTRATIVES.has(speakerTokens[0]!.text)) speakerTokens = [];

    // «… ويعتقد المسلمون في جميع أنحاء العالم أن …»: a cue with a subject of its own inside someone's quoted words
    // is theirs to report, no quote of that subject's. (Without one it is the quoted one's own, found as any
    // other: «… أشارت إلى أن …» after a speaker the rules did not tie to the quotation.)
    if (speakerTokens.length > 0 && insideQuotation(text, cue.start)) continue;
    // لكن استطلاعات الرأي في الآونة الأخيرة تشير إلى أن: what polls show, the subject before the verb.
    if (speakerTokens.length === 0 && cls === "verb" && dataSubjectOpens(tokens, sentenceStart, i)) continue;
    // مقاطعة دائمة ممن يرون أنها …: whoever says it, no one the article names (not من تعتقد أنقرة أنهم).
    if (speakerTokens.length === 0 && cls === "verb" && i > 0 && WHOEVER.has(tokens[i - 1]!.text)) continue;
    let speaker: Speaker | null = null;
    let resolution: Quote["resolution"] = "explicit";
    if (speakerTokens.length > 0) {
      // (A name fronted before the verb is shown as written, with the entity the tagger gave it.)
      speaker = fronted?.tokens === speakerTokens ? fronted.speaker : speakerFrom(ctx, speakerTokens, quotes);
      if (trailing) resolution = "after";
    } else {
      // وأردف الكعيد قائلا: «…»: the speaker named between a verb of saying and its participle.
      const between = cls === "participle" ? speakerBetweenCues(ctx, i, sentenceStart, quotes) : [];
      const earlier =
        between.length > 0
          ? speakerFrom(ctx, between, quotes)
          : cls === "participle"
            ? explicitInSentence(quotes, sentenceStart)
            : null;
      // بحضور وزير الخارجية القطري يتوقع أن يركز: an impersonal verb right after a noun is its passive (يُتوقع،
      // "is expected"); no one the sentence names says it.
      if (IMPERSONAL_CUES.has(cue.text) && passiveAfterNoun(text, tokens, i)) continue;
      // A participle (مضيفا، سائلا) or the article's first cue without a name: the person the sentence names.
      // After a relative pronoun (… أحمد بن سلطان لتواجده خارج البلاد والذي أكد) the nearest person is meant.
      const relative = i > 0 && RELATIVES.has(tokens[i - 1]!.text);
      // رغم قوله إن …: the pronoun on a masdar points to the nearest person before it, not the sentence's first.
      const possessive = cls === "noun" && /(?:ه|ها)$/.test(cue.text);
      const subject: Speaker | null = earlier
        ? null
        : personInSentence(
            ctx,
            sentenceStart,
            relative ? tokens[i - 1]!.start : cue.start,
            quotes,
            relative || possessive,
            // … أن ترامب لم يحدد موعدا، رغم قوله: the person may be named inside the words just quoted.
            possessive,
          );
      // وتحدثت شرطة المقاطعة عبر تويتر عن …، لافتة إلى أنه: the organisation the sentence opens with; ورفع
      // الدكتور اليوسف التعازي …، سائلا: the titled person it opens with.
      // واعتذر فيسبوك حينها …، وقال إن: a verb of saying joined to the sentence's first verb shares its subject.
      const opener =
        earlier || subject || (cls !== "participle" && cls !== "verb")
          ? null
          : (organisationOpening(ctx, sentenceStart, cue.start, cue.text, quotes) ??
            (cls === "participle" ? titledOpening(ctx, sentenceStart, cue.start, quotes) : null) ??
            subjectOfSentence(ctx, sentenceStart, cue.start, quotes, cue.text));
      if (earlier) speaker = earlier;
      else if (subject) speaker = subject;
      else if (opener) speaker = opener;
      else if (IMPERSONAL_CUES.has(cue.text)) continue;
      else if (relative && cls === "verb" && relativeIsSubject(tokens[i - 1]!.text, cue.text)) {
        // شركة سايبم الإيطالية التي قالت إنها، رئيس منظمة أطباء بلا حدود، الذي قال إن: the relative pronoun is the
        // verb's subject, its antecedent in this sentence; the organisation named right before it, or no one we can
        // tell (not the last speaker). (المواطنين الذين يرون أن: a group, found below.)
        const org = organisationBeforeRelative(ctx, tokens, i - 1);
        if (org) speaker = speakerFrom(ctx, tokens.slice(org[0], org[1]), quotes);
      } else {
        const issuer = documentWord ? documentIssuer(ctx, documentWord, cue.start, quotes) : null;
        // وأضاف after a group's words (قال مسؤولون …): one person speaks again, the latest one quoted.
        const prior: Speaker | null =
          last &&
          isGroupSpeaker(ctx, last) &&
          (cueGender(cue.text) === "m" || (cueGender(cue.text) === "f" && soundPlural(last)))
            ? (recent.findLast((c) => !isGroupSpeaker(ctx, c) && (c.entity !== null || wordCount(c.name) >= 2)) ?? last)
            : last;
        const fallback = sameGender(prior, cue.text);
        // وأكدت after a man's words, no woman quoted before: the organisation its sentence opens with.
        const want = cueGender(cue.text);
        const had = fallback ? genders.get(fallback.name) : undefined;
        const mismatch = want !== null && had !== undefined && had !== want;
        speaker =
          issuer ??
          subjectOfPreviousSentence(ctx, sentenceStart, quotes, cue.text) ??
          (mismatch ? organisationOpening(ctx, sentenceStart, cue.start, cue.text, quotes) : null) ??
          fallback;
        resolution = "continuation";
      }
    }
    // وقالوا، يرون، مؤكدين with no subject of their own: a group speaks, never the one person named before; the
    // group the sentence (or the one before) names, or no one we can tell. So does a verb in the dual (وأكدا،
    // وقالتا: the two named together before). The group last quoted goes on only while near (groupStillSpeaking).
    // (اعتبروه، وصفوها: "they deemed it, described her", the plural's ا dropped before the object pronoun.)
    if (speakerTokens.length === 0 && (isPluralCue(cue.text) || isDualCue(cue.text) || THEY_DESCRIBE.test(cue.text))) {
      const group = groupBefore(ctx, i, sentenceStart, quotes, speaker !== null && isGroupSpeaker(ctx, speaker));
      if (group) {
        speaker = group.speaker;
        resolution = group.inSentence ? "explicit" : "continuation";
      } else if (
        speaker &&
        resolution === "continuation" &&
        isGroupSpeaker(ctx, speaker) &&
        !groupStillSpeaking(text, quotes, speaker.name, sentenceStart, cue.start)
      )
        continue;
      else if (
        speaker &&
        !isGroupSpeaker(ctx, speaker) &&
        !(isDualCue(cue.text) && isDualHead(foldText(speaker.name.split(/\s+/)[0]!)))
      )
        continue;
    }
    // وقال سماحته with no one named before: the honorific as written (whom it stands for is not in the text).
    // (Or the latest person named with the title it stands for: وأكد سموه → الأمير فيصل بن خالد; وبين معاليه after
    // the prince's words → the minister named since, unless the one found was named with a minister's title.)
    const honorific = tokens[i + 1];
    if (honorific && HONORIFIC_PRONOUNS.has(honorific.text) && speakerTokens.length === 0) {
      const titled = honorificSpeaker(ctx, honorific.text, cue.start, quotes, speaker);
      if (!speaker) resolution = titled ? "continuation" : "explicit";
      speaker = titled ?? { name: text.slice(honorific.start, honorific.end), entity: null, anonymous: false };
    }
    if (!speaker) continue;
    // رسولنا الكريم غضب …، حين قال "…": the Prophet however the speaker was found, named before or resolved to
    // (rule 1); nor is he the last speaker a continuation falls back to.
    if (namesProphet(tokenize(speaker.name))) continue;
    if (speaker.entity === null && !speaker.anonymous) speaker = { ...speaker, entity: ctx.entityNamed(speaker.name) };

    const span = found.span;
    if (span.end <= span.start) continue;
    const quoteText = text.slice(span.start, span.end);
    if (found.kind === "direct" && wordCount(quoteText) < MIN_DIRECT_WORDS) continue;

    quotes.push({
      text: quoteText,
      start: span.start,
      end: span.end,
      // A hashtag speaker (#الشرطة_النمساوية) is named with spaces.
      speaker: speaker.name.replace(/_/g, " "),
      speakerEntity: speaker.entity,
      cue: cueAsWritten(text, cue),
      kind: found.kind,
      resolution,
      ...(via ? { via } : {}),
      ...(speaker.anonymous ? { anonymous: true } : {}),
      confidence: resolution === "continuation" ? 0.6 : found.kind === "direct" ? 0.9 : 0.8,
      ...(speaker.span ? { speakerSpan: speaker.span } : {}),
    });
    // A survey's share speaks only where it is named (وقال 43٪ من المجيبين): no وأضاف after it is its.
    const share = isShare(speakerTokens) && !/^و?واحد/.test(speakerTokens[0]!.text);
    // (Nor does a fragment taken for a speaker: كتب تحتها السؤال التالي.)
    const carries = !share && carriesOn(ctx, speaker);
    if (carries) last = speaker;
    const g = cueGender(cue.text);
    if (g !== null && resolution !== "continuation") genders.set(speaker.name, g);
    if (carries && recent.at(-1)?.name !== speaker.name) recent.push(speaker);
    consumed = lastTokenBefore(tokens, span.end, i);
  }
  return quotes;
}

/** Particles that open no speaker (منذ خمسة أعوام، أو مقالات ومقابلات، وكذا), folded. */
const NO_SPEAKER_HEADS: ReadonlySet<string> = new Set(["منذ", "او", "وكذا", "كذا", "ثم", "حتى", "عند", "بعد", "قبل"]);

/** "One of" with the pronoun of those it is one of (أحدهم، إحداهن): a person, anonymous, folded. */
const ONE_OF: ReadonlySet<string> = new Set(["احد", "احدا", "احدي"]);

/** A noun a pronoun is glued to that still names a speaker: a role or a body (رئيسها، حكومتها), أحدهم، بعضهم. */
function possessedSpeaker(stem: string): boolean {
  // (The ة of حكومة is written ت before the pronoun.)
  const noun = stem.replace(/ت$/, "ه");
  return isSubjectHead(noun) || isSubjectHead(stem) || ONE_OF.has(stem) || QUANTIFIERS.has(stem);
}

/**
 * Whether a speaker is one a later وأضاف، وتابع، مضيفا with no name can mean. Not a fragment the heuristics
 * took for a subject: one opening with a particle (منذ خمسة أعوام), a verb with its object (قام بمعالجة
 * الكلبة), a preposition glued to its noun (بالفئة الضالة) or a noun with a pronoun of its own
 * (كتب تحتها السؤال التالي، نيتها عدم التجديد), unless it names a person, a role or a body (رئيسها، حكومتها، أحدهم;
 * نيها, a name). Its own quote stays; the continuations after it go on with the last real speaker.
 *
 * @example
 * carriesOn(ctx, { name: "تحتها السؤال التالي", entity: null, anonymous: false }); // → false
 * carriesOn(ctx, { name: "التركي", entity: null, anonymous: false }); // → true (a surname)
 */
function carriesOn(ctx: ArticleSpeakers, s: Speaker): boolean {
  if (s.entity !== null || s.anonymous || isGroupSpeaker(ctx, s)) return true;
  const [head = "", next] = foldText(s.name).split(/\s+/);
  if (isSubjectHead(head) || HONORIFIC_PRONOUNS.has(head) || isGivenName(head)) return true;
  // A verb with its object after ب: alone, a verb's form may be a name (وترى روت); before another word, a body's
  // noun (تجمع أهالي المعتقلين).
  const verb = isVerbLike(head) && !/^[وف]/.test(head) && next?.startsWith("ب") === true;
  // (A definite noun takes no pronoun: المتهم ends in its letters.)
  const possessed = head.startsWith("ال") ? undefined : /^(\p{L}{3,}?)(?:ها|هم|هما|هن)$/u.exec(head)?.[1];
  return !(
    NO_SPEAKER_HEADS.has(head) ||
    verb ||
    /^[وف]?(?:بال|لل|كال)/.test(head) ||
    (possessed !== undefined && !possessedSpeaker(possessed))
  );
}

/** للجنة: ل on an indefinite organisation that starts with ل (لجنة), not لل for ل + ال (للمجلس), folded. */
/**
 * The present-tense reporting cues (folded) a negation can take: denied, they report nothing (لم يؤكد، لا توضح).
 * Stance verbs (يعتقد، يرى، يستبعد، يتوقع) are not here: «لا يعتقد أن» states a view.
 */
const NEGATED_REPORTS: ReadonlySet<string> = new Set(["يقول", "تقول", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير"]);

/** The impersonal cue at `i`, not joined by و or ف, right after a definite noun with nothing between. */
function passiveAfterNoun(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return (
    prev !== undefined &&
    /^ي/.test(tokens[i]!.text) &&
    prev.text.startsWith("ال") &&
    !RELATIVES.has(prev.text) &&
    !/[^\s]/.test(text.slice(prev.end, tokens[i]!.start))
  );
}

/**
 * دعا وزير الخارجية الفليبيني البرت ديل روزاريو … إلى «…»: a person (or a role and its holder) right after a
 * verb that may take its addressee there is its subject, as Arabic puts the subject first after the verb;
 * the one called on is a group or an institution (دعا الحكومة إلى، سأل المواطنين).
 */
function personAfterVerb(ctx: ArticleSpeakers, speakerTokens: Token[]): boolean {
  if (speakerTokens.length === 0) return false;
  const first = firstTokenAt(ctx.tokens, speakerTokens[0]!.start);
  if (ctx.perTokens.has(first)) return true;
  if (!isRoleHead(speakerTokens[0]!.text)) return false;
  for (let k = first + 1; k < first + speakerTokens.length; k++) if (ctx.perTokens.has(k)) return true;
  return false;
}

/**
 * Whether `first`, the first word after a verb ending at `cueEnd`, is a person told: ل glued to a name the tagger
 * found without it (قال لبوتين، أكد لماكرون). A name that starts with ل (لويس، ليلى) is tagged with it.
 */
function toldPerson(ctx: ArticleSpeakers, first: Token, cueEnd: number): boolean {
  if (first.start < cueEnd || !first.text.startsWith("ل")) return false;
  return ctx.mentionIn(first.start, first.start + 2, "PER")?.start === first.start + 1;
}

/** Modals a verbal noun of saying follows (يمكن وصفها، يجب القول), folded. */
const MODALS_BEFORE_MASDAR: ReadonlySet<string> = new Set(["يمكن", "ويمكن", "يجب", "ويجب", "يمكننا", "نستطيع"]);

/** Verbs that take an object before what is said of it (اعتبر X «…»، وصف X بأنه، عدّ، اتهم، حمّل), folded. */
const OBJECT_TAKING_CUE = /^[وف]?(?:اعتبر|يعتبر|تعتبر|وصف|يصف|تصف|عد|اتهم|حمل)(?:ت|وا)?$/;
/** The same verbs in the past plural with an object pronoun (اعتبروه، وصفوها، اتهموهم), folded. */
const THEY_DESCRIBE = /^[وف]?(?:اعتبر|وصف|عد|اتهم|حمل)و(?:هما|هم|ها|ه)$/;

/**
 * The subject of a verb that takes an object, without that object: after a name the tagger found (البحرين |
 * خطوة واشنطن), or a definite noun after a definite phrase that is no adjective of it (الحكومة | القرار).
 */
function withoutObject(ctx: ArticleSpeakers, speakerTokens: Token[]): Token[] {
  if (speakerTokens.length < 2) return speakerTokens;
  const first = firstTokenAt(ctx.tokens, speakerTokens[0]!.start);
  const n = speakerTokens.length;
  // Where the name the tagger found at token k ends (a place is one word), if one is there.
  const nameEnd = (k: number) => ctx.perEnd.get(k) ?? ctx.orgEnd.get(k) ?? (ctx.isPlace(k) ? k + 1 : undefined);
  const named = (k: number) => nameEnd(k) !== undefined;
  // The subject a name ends: the words after it outside any name, when the first is no adjective.
  let end = -1;
  for (let k = first; k < first + n; k++) {
    const b = nameEnd(k);
    if (b !== undefined) {
      end = b;
      k = b - 1;
    } else break;
  }
  if (end > first && end < first + n && !named(end) && !isAdjectiveLike(ctx.tokens[end]!.text)) {
    return speakerTokens.slice(0, end - first);
  }
  const last = speakerTokens[n - 1]!.text;
  const before = speakerTokens[n - 2]!.text;
  if (last.startsWith("ال") && before.startsWith("ال") && !isAdjectiveLike(last) && !named(first + n - 1)) {
    return speakerTokens.slice(0, n - 1);
  }
  return speakerTokens;
}

/** Words a speaker named between a verb of saying and its participle may have (وتابع وزير الخارجية السعودي قائلا). */
const MAX_BETWEEN_CUES_TOKENS = 8;

/**
 * The words between a verb of saying and the participle at `i` that repeats it (وأردف الكعيد قائلا، وتابع
 * الوزير قائلا): the verb's subject, or none when anything else stands between (a stop word, punctuation).
 */
function speakerBetweenCues(ctx: ArticleSpeakers, i: number, sentenceStart: number, earlier: Quote[]): Token[] {
  const { text, tokens } = ctx;
  for (let v = i - 1; v >= Math.max(0, i - 1 - MAX_BETWEEN_CUES_TOKENS) && tokens[v]!.start >= sentenceStart; v--) {
    // Only quote marks between (للصحيفة «جورنال دو ديمانش»), and a comma right before the participle.
    const gap = text.slice(tokens[v]!.end, tokens[v + 1]!.start).replace(/[«»"“”]/g, "");
    if (/[^\s]/.test(v + 1 === i ? gap.replace(/^\s*[،,]/, "") : gap)) return [];
    const w = tokens[v]!.text;
    if (CUES.get(w) === "verb") {
      // بينه وبين كريستيانو رونالدو، مؤكدا: "between", no verb.
      if (v + 1 >= i || isBetween(tokens, v, text)) return [];
      // Only a subject: a person the tagger found, a role or an organisation, or a surname the article gave
      // in full (الكعيد); not the verb's object (علق على تصريحات راموس قائلا، ندد بالفساد قائلا).
      const first = tokens[v + 1]!.text;
      const subject =
        ctx.perTokens.has(v + 1) ||
        isSubjectHead(first) ||
        (i - v === 2 && first.startsWith("ال") && completeName(ctx, [first], earlier) !== null);
      if (!subject) return [];
      // The subject ends before a preposition or a demonstrative (صلاح | على الفيديو، مصادر فلسطينية | هذا الاستهداف),
      // or the outlet told (غولييلموني | للصحيفة الأسبوعية).
      let e = v + 2;
      while (
        e < i &&
        !OBJECT_PREPOSITIONS.has(tokens[e]!.text) &&
        !DEMONSTRATIVES.has(tokens[e]!.text) &&
        !isToldOutlet(tokens[e]!.text) &&
        !isToldOutlet(tokens[e]!.text.replace(/^لل/, "ل"))
      )
        e++;
      // … and holds only its own words: the article, a name, باسم (ولا يستبعد الوزير | حضور البابا: an object).
      for (let k = v + 2; k < e; k++) {
        const t = tokens[k]!.text;
        if (!ctx.perTokens.has(k) && !t.startsWith("ال") && !ROLE_LINKS.has(t) && !isNisba(t)) return [];
      }
      return tokens.slice(v + 1, e);
    }
    if (CUES.has(w) || SPEAKER_STOPS.has(w) || PRONOUN_SPEAKERS.has(w) || COMPLEMENTIZERS.has(w)) return [];
  }
  return [];
}

/** The present of تابع: "follows" (an event), a cue only right before a colon or a quote. */
const FOLLOW = new Set(["يتابع", "تتابع", "يتابعون", "ويتابع", "وتتابع", "ويتابعون"]);

/** جاء in its forms: a cue only as جاء في (the document's words). */
const COME = new Set(["جاء", "وجاء", "فجاء", "جاءت", "وجاءت", "فجاءت"]);

const IN_WORDS = new Set(["في", "فيه", "فيها", "بها", "به"]);

/**
 * Verbs of showing in the present, no pronoun (يؤكد، تشير، يعني، يعزز): after ما they tell what a fact
 * shows (وهو ما يشير إلى أن), not what someone said; folded.
 */
const INFERENCE_VERBS = /^[يت](?:ؤكد|شير|عني|وضح|دل|عزز|بين|ثبت|كشف|ظهر|فيد|برهن)$/;

/** Demonstratives standing for a fact before an inference verb (وهذا يعني، وذلك يدل), folded. */
const FACT_DEMONSTRATIVES: ReadonlySet<string> = new Set(["هذا", "وهذا", "ذلك", "وذلك", "هذه", "وهذه"]);

/** Words before such a demonstrative that keep it the verb's subject (كل هذا يشير، فإن هذا يعني). */
const BEFORE_FACT_DEMONSTRATIVE: ReadonlySet<string> = new Set(["كل", "وكل", "ان", "فان"]);

/**
 * Whether the word before the inference verb at `i` makes it the journalist's: ما or مما (وهو ما يشير إلى أن), or a
 * demonstrative that opens its clause right before it (وهذا يؤكد أن، كل هذا يشير إلى أن). Not one a preposition
 * holds (إلى ذلك، يشير التقرير، في غضون ذلك يؤكد: "besides", "meanwhile").
 */
function inferenceSubject(text: string, tokens: Token[], i: number): boolean {
  const w = tokens[i - 1]!.text;
  if (w === "ما" || w === "مما") return true;
  if (!FACT_DEMONSTRATIVES.has(w) || /[^\s]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  const before = tokens[i - 2];
  return (
    before === undefined ||
    /[.،,؛;:!?؟\n]/.test(text.slice(before.end, tokens[i - 1]!.start)) ||
    BEFORE_FACT_DEMONSTRATIVE.has(before.text)
  );
}

/** Demonstratives that point at a thing said or done, never at a speaker (جاء ذلك في تغريدة). */
const THING_DEMONSTRATIVES = new Set(["ذلك", "تلك", "هنا"]);

/** "Whoever" before a verb (ممن يرون، من يقول), folded. */
const WHOEVER: ReadonlySet<string> = new Set(["من", "ممن", "لمن", "عمن", "فمن", "ومن"]);

/** Forms of سأل (asked, asking), folded. */
const ASKING = new RegExp(`^[وف]?(?:${["سأل", "سائل", "يسأل", "تسأل", "نسأل", "أسأل"].map(foldText).join("|")})`);

/** God named as the one asked in a prayer (سائلين المولى، نسأل الله، داعين الباري), folded. */
const GOD_WORDS: ReadonlySet<string> = new Set(
  ["الله", "المولى", "العلي", "الباري", "ربه", "ربها", "ربهم", "ربي", "ربنا", "الرحمن", "الخالق"].map(foldText),
);
