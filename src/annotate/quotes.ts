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

import { foldText, hasTanweenFath } from "../arabic/fold.js";
import { type Token, tokenize } from "../arabic/tokens.js";
import type { Entity, Mention, Quote } from "../model/types.js";
import { gazKey, isFirstName, isPlaceKey, nisbaPlace } from "./entities/features.js";
import { ORG_CUES, PERSON_TITLES, ROLE_HEADS, ROLE_SYNONYMS } from "./entities/lexicon.js";
import { NAMING_TITLES, placeNameOf } from "./entities/names.js";
import {
  ADDRESSEE_CUES,
  ANONYMOUS_HEADS,
  ATTRIBUTION_TAILS,
  BARE_TITLES,
  COMPLEMENTIZERS,
  CUES,
  type CueClass,
  DATA_SUBJECTS,
  DAY_NAMES,
  DISCOURSE_WORDS,
  DOCUMENT_WORDS,
  MANNER_WORDS,
  NARRATOR_CUES,
  NARRATOR_TAILS,
  ORG_HEADS,
  PRONOUN_SPEAKERS,
  SCRIPTURE_SPEAKERS,
  SPEAKER_STOPS,
  TITLE_CONTEXT,
  TITLES,
} from "./quote-cues.js";

/**
 * How far after a cue its complement (أن، colon, quote mark) may start: longer speaker phrases are rare.
 * A name, a long office and the occasion run to 18 (وقال داي يتنغهام الرئيس التنفيذي للجنة سلامة الطيران في
 * المملكة المتحدة في حديث للدايلي ميل تعليقاً على الحادثة: …).
 */
const MAX_CUE_GAP_TOKENS = 22;
/** An indirect clause (أن، إن) opens closer to its cue: past this, the longer gap is for a colon or a quote mark. */
const MAX_INDIRECT_GAP_TOKENS = 16;
/** Longest relative clause between commas that the gaps leave out (see `complementOf`). */
const MAX_ASIDE_TOKENS = 14;
/** A quoted stretch of fewer words is a term or scare quote, not a quotation (rule 1). */
const MIN_DIRECT_WORDS = 2;
/** An unclosed quote mark runs to the end of its paragraph, but no further than this. */
const MAX_QUOTE_CHARS = 3000;
/** Words after a closing mark that make a `cue أن "…" rest` clause mixed (indirect) rather than direct. */
const MIXED_TAIL_WORDS = 2;

const OPENERS: Record<string, string> = { "«": "»", "“": "”", '"': '"', "„": "“", "‹": "›", "”": "”" };
const SENTENCE_END = /[.!?؟\n]/;
/** What follows the dot of a web address (ممزورلد.كوم، موقع.نت). */
const WEB_SUFFIXES = new Set(["كوم", "نت", "اورغ", "com", "net", "org", "sa", "ae"]);

type Gender = "m" | "f";

/**
 * The gender a cue reports its speaker with, read off its form against the other forms of the same cue:
 * قالت، تقول، مضيفة → f; قال، يقول، مضيفا → m; null for plurals (قالوا، مضيفين) and forms without a counterpart.
 */
function cueGender(cue: string): Gender | null {
  const w = /^[وف]/.test(cue) && cue.length > 3 && CUES.has(cue.slice(1)) ? cue.slice(1) : cue;
  // أضافوا is no form of the participle's pair مضيفا/مضيفة, whatever أضافوه looks like.
  if (isPluralCue(w)) return null;
  if (w.endsWith("ت") && CUES.has(w.slice(0, -1))) return "f";
  if (w.startsWith("ت") && CUES.has(`ي${w.slice(1)}`)) return "f";
  if (w.endsWith("ه") && CUES.has(`${w.slice(0, -1)}ا`)) return "f";
  if (CUES.has(`${w}ت`)) return "m";
  // A weak-final verb (رأى، نفى، ادعى) against its feminine (رأت، نفت، ادعت).
  if (w.endsWith("ي") && CUES.has(`${w.slice(0, -1)}ت`)) return "m";
  if (w.startsWith("ي") && CUES.has(`ت${w.slice(1)}`)) return "m";
  if (w.endsWith("ا") && CUES.has(`${w.slice(0, -1)}ه`)) return "m";
  // A noun with the speaker's pronoun: بقولها، رأيها → f; بقوله، رأيه → m.
  if (w.endsWith("ها") && CUES.has(w.slice(0, -1))) return "f";
  if (w.endsWith("ه") && CUES.has(`${w}ا`)) return "m";
  return null;
}

interface Speaker {
  name: string;
  entity: string | null;
  anonymous: boolean;
  span?: { start: number; end: number };
}

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
  const places = mentions.map(placeNameOf);
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

  for (let i = 0; i < tokens.length; i++) {
    if (i <= consumed) continue;
    const cue = tokens[i]!;
    const cls = CUES.get(cue.text);
    if (!cls) continue;
    if (i > 0 && NARRATOR_CUES.has(tokens[i - 1]!.text)) continue;
    // لطمة قوية إلى مضيفه الفرنسي: after a preposition a participle's form is a noun (its host), no cue.
    if (cls === "participle" && i > 0 && OBJECT_PREPOSITIONS.has(tokens[i - 1]!.text)) continue;
    // تحت راية «داعش»: a flag (راية, with ta marbuta), not his opinion (حسب رأيه أن …).
    if (/راي[هة]$/.test(cue.text) && text[cue.end - 1] === "ة") continue;
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

    let found = complementOf(text, tokens, i, cls, ctx.perTokens, (a, b) => quotedName(ctx, { start: a, end: b }));
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
      }
    } else if (cls === "document") {
      speakerTokens = issuerBefore(text, tokens, i, sentenceStart);
    }
    if (ADDRESSEE_CUES.has(cue.text) && !(cls === "verb" && personAfterVerb(ctx, speakerTokens))) speakerTokens = [];
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
    )
      continue;
    // وهو ما يشير إلى أن، مما يؤكد أن، ما يعزز الاعتقاد أن: what a fact shows, in the journalist's voice.
    if (i > 0 && (tokens[i - 1]!.text === "ما" || tokens[i - 1]!.text === "مما") && INFERENCE_VERBS.test(cue.text))
      continue;
    if (isScripture(speakerTokens)) continue;
    if (speakerTokens.length > 0 && /^\p{N}/u.test(speakerTokens[0]!.text)) continue;
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

    // وكان موقع هاف بوست قد وصف المقابلة بأنها …: after كان … قد the subject stands before the verb, and
    // what follows the verb is its object.
    const auxiliary = i > 0 && (tokens[i - 1]!.text === "قد" || tokens[i - 1]!.text === "وقد");
    if ((speakerTokens.length === 0 || auxiliary) && cls === "verb" && !ADDRESSEE_CUES.has(cue.text)) {
      const before = subjectBeforeCue(text, tokens, i, sentenceStart, ctx.perTokens);
      if (before.length > 0 || speakerTokens.length === 0) speakerTokens = before;
    }
    // واعتبرت البحرين خطوة واشنطن "…"، ووصفت الحكومة القرار بأنه: the verb's object after its subject.
    if (!auxiliary && OBJECT_TAKING_CUE.test(cue.text)) speakerTokens = withoutObject(ctx, speakerTokens);
    // إن كان نبينا الكريم يقول: the Prophet fronted before the verb (rule 1).
    if (isScripture(speakerTokens)) continue;
    // عن النبي صلى الله عليه وسلم أنه قال: the Prophet's saying (rule 1), its speaker a pronoun.
    if (speakerTokens.length === 0 && afterProphet(text, tokens, i)) continue;
    // جاء ذلك في تغريدة لقرقاش …: "that" names no speaker; the words are the last speaker's or the owner's.
    if (speakerTokens.length === 1 && THING_DEMONSTRATIVES.has(speakerTokens[0]!.text)) speakerTokens = [];

    // لكن استطلاعات الرأي في الآونة الأخيرة تشير إلى أن: what polls show, the subject before the verb.
    if (speakerTokens.length === 0 && cls === "verb" && dataSubjectOpens(tokens, sentenceStart, i)) continue;
    // مقاطعة دائمة ممن يرون أنها …: whoever says it, no one the article names (not من تعتقد أنقرة أنهم).
    if (speakerTokens.length === 0 && cls === "verb" && i > 0 && WHOEVER.has(tokens[i - 1]!.text)) continue;
    let speaker: Speaker | null = null;
    let resolution: Quote["resolution"] = "explicit";
    if (speakerTokens.length > 0) {
      speaker = speakerFrom(ctx, speakerTokens, quotes);
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
            (cls === "participle" ? titledOpening(ctx, sentenceStart, cue.start, quotes) : null));
      if (earlier) speaker = earlier;
      else if (subject) speaker = subject;
      else if (opener) speaker = opener;
      else if (IMPERSONAL_CUES.has(cue.text)) continue;
      else {
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
    // group the sentence (or the one before) names, or no one we can tell.
    if (speakerTokens.length === 0 && isPluralCue(cue.text)) {
      const group = groupBefore(ctx, i, sentenceStart, quotes, speaker !== null && isGroupSpeaker(ctx, speaker));
      if (group) {
        speaker = group.speaker;
        resolution = group.inSentence ? "explicit" : "continuation";
      } else if (speaker && !isGroupSpeaker(ctx, speaker)) continue;
    }
    // وقال سماحته with no one named before: the honorific as written (whom it stands for is not in the text).
    // (Or the latest person named with the title it stands for: وأكد سموه → الأمير فيصل بن خالد.)
    const honorific = tokens[i + 1];
    if (!speaker && honorific && HONORIFIC_PRONOUNS.has(honorific.text) && speakerTokens.length === 0) {
      const titles = HONORIFIC_TITLES.get(honorific.text);
      const titled = titles ? personWithEpithet(ctx, titles, cue.start, quotes) : null;
      speaker = titled ?? { name: text.slice(honorific.start, honorific.end), entity: null, anonymous: false };
      resolution = titled ? "continuation" : "explicit";
    }
    if (!speaker) continue;
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
    last = speaker;
    const g = cueGender(cue.text);
    if (g !== null && resolution !== "continuation") genders.set(speaker.name, g);
    if (recent.at(-1)?.name !== speaker.name) recent.push(speaker);
    consumed = lastTokenBefore(tokens, span.end, i);
  }
  return quotes;
}

/**
 * An indefinite document at token `k` and its issuer after it, up to the complement (بيان الوزارة، بيان وزارة
 * الخارجية الروسية، بيان صادر عن الوزارة), or none when `k` holds no document cue or no issuer follows it.
 */
/**
 * What ends an issuer after its document: ما (بيان الشؤون الصحية ما يلي) or a verb joined by و (بيان صادر عن
 * الجبهة ونشر في حساباتها), not a definite word joined by و (والتنمية) nor an organisation (وزارة), folded.
 */
const ISSUER_ENDS = /^(?:ما|و(?!ال|زار)\p{L}{2,})$/u;

/** للجنة: ل on an indefinite organisation that starts with ل (لجنة), not لل for ل + ال (للمجلس), folded. */
/**
 * The present-tense reporting cues (folded) a negation can take: denied, they report nothing (لم يؤكد، لا توضح).
 * Stance verbs (يعتقد، يرى، يستبعد، يتوقع) are not here: «لا يعتقد أن» states a view.
 */
const NEGATED_REPORTS: ReadonlySet<string> = new Set(["يقول", "تقول", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير"]);

/**
 * True when the cue at `i` follows لم، لا، لن (with و or ف) in its sentence, or دون أن / من دون أن. (Not لا
 * closing the sentence before: «أم لا». يقول مصدر …)
 */
function negatedAt(text: string, tokens: Token[], i: number): boolean {
  if (i === 0 || /\S/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
  const prev = tokens[i - 1]!.text;
  // لِمَ تقول (why): after لم the hollow verb is jussive, يقل.
  if (/^[وف]?لم$/.test(prev)) return !/^[يت]قول$/.test(tokens[i]!.text);
  if (/^[وف]?(?:لا|لن)$/.test(prev)) return true;
  return prev === "ان" && /^[وب]?دون$/.test(tokens[i - 2]?.text ?? "");
}

/**
 * رأي (an opinion): the noun of the cue رأى, which folding writes alike (ى → ي). News writes the verb with ى, so
 * a token written with ي is marked for no cue list to read it (استطلاع رأي، في رأي الخبراء، مع رأي اللجنة), nor
 * a name (تشيانغ راي، كريستوفر راي): 1,002 رأي against 903 رأى in SaudiNewsNet + ANT, and none of the 25 رأي
 * read as cues over 46,000 quotes was the verb. (نفي is not marked: the verb is written so too, نفي زياد عزيز أن.)
 */
function markWeakFinalNouns(text: string, tokens: Token[]): Token[] {
  // In place: the tokens are this call's own. A length test first: this runs on every token of every article.
  for (const t of tokens) {
    if (t.text.length <= 4 && WEAK_FINAL_CUE.test(t.text) && text[t.end - 1] === "ي") t.text += NOUN_MARK;
  }
  return tokens;
}

const WEAK_FINAL_CUE = /^[وف]?راي$/;
/** Tatweel, which folding removes: no folded word, and so no lexicon entry, holds it. */
const NOUN_MARK = "\u0640";

function lamOnNoun(w: string): boolean {
  return w.startsWith("لل") && (ORG_CUES.has(w.slice(1)) || OFFICE_HEADS.has(w.slice(1)));
}

function documentWithIssuer(text: string, tokens: Token[], k: number): Token[] {
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

/** Modals a verbal noun of saying follows (يمكن وصفها، يجب القول), folded. */
const MODALS_BEFORE_MASDAR: ReadonlySet<string> = new Set(["يمكن", "ويمكن", "يجب", "ويجب", "يمكننا", "نستطيع"]);

/**
 * True when «صلى الله عليه وسلم» (or ﷺ) closes right before the cue at `i`, or before its أنه, with no mark
 * between: the Prophet speaks, as in a hadith (عن النبي صلى الله عليه وسلم أنه قال).
 */
function afterProphet(text: string, tokens: Token[], i: number): boolean {
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

/** Verbs that take an object before what is said of it (اعتبر X «…»، وصف X بأنه، عدّ، اتهم، حمّل), folded. */
const OBJECT_TAKING_CUE = /^[وف]?(?:اعتبر|يعتبر|تعتبر|وصف|يصف|تصف|عد|اتهم|حمل)(?:ت|وا)?$/;

/** Definite adjectives that follow a definite noun in one phrase (الأمين العام، المجلس الأعلى), folded. */
const DEFINITE_ADJECTIVES: ReadonlySet<string> = new Set([
  "العام",
  "العامه",
  "الاعلي",
  "السابق",
  "الاسبق",
  "الجديد",
  "الجديده",
  "الرسمي",
  "الاول",
  "الثاني",
  "الدائم",
  "المتحده",
  "الكبير",
  "الكبري",
]);

/**
 * A word that may qualify the noun before it: a definite adjective, a nisba (المصرية، الأمريكيون) or a sound
 * plural (المفترضين، المعتقلون).
 */
function isAdjectiveLike(w: string): boolean {
  return DEFINITE_ADJECTIVES.has(w) || /(?:ي|يه|ين|ون|يان)$/.test(w);
}

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
function quoteBefore(text: string, tokens: Token[], i: number, after: number): Complement | null {
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

interface Complement {
  kind: "direct" | "indirect";
  span: { start: number; end: number };
  /** Tokens between the cue and its complement that name the speaker. */
  speaker: Token[];
}

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
  // الحالات التي يمكن أن يكون …: a modal's clause, no speech.
  "يمكن",
  "يجب",
  "ينبغي",
  "يتعين",
  "لابد",
]);

/** Prepositions before a person that make it an object, not the sentence's subject. */
const OBJECT_PREPOSITIONS = new Set(["حول", "عن", "مع", "الي", "علي", "في", "من", "بين", "ضد", "لدي", "عند", "بشان"]);

/** Channels after على (على تويتر، على صفحته): where it was said, not who. */
const CHANNELS = new Set([
  "تويتر",
  "فيسبوك",
  "فيس",
  "انستغرام",
  "انستجرام",
  "انستقرام",
  "انستاغرام",
  "يوتيوب",
  "سناب",
  "صفحته",
  "صفحتها",
  "حسابه",
  "حسابها",
  "موقعه",
  "موقعها",
  "الموقع",
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

/** Words after على that make it the preposition: where it was written (موقع، حساب) or what is stressed. */
const ALA_OBJECTS = new Set(["موقع", "حساب", "صفحه", "منصه", "تطبيق", "ضروره", "اهميه", "وجوب", "رفض", "حد"]);

/**
 * على untagged at `j` before a channel, a stressed noun (على ضرورة، على وجوب) or a noun with a possessive
 * pronoun (على حسابه، على لسانه): the preposition, not the name Ali (علي الزعتري، علي مراد).
 */
function isAlaPreposition(tokens: Token[], j: number, persons: ReadonlySet<number>): boolean {
  if (tokens[j]!.text !== "علي" || persons.has(j)) return false;
  const next = tokens[j + 1]?.text ?? "";
  if (CHANNELS.has(next) || ALA_OBJECTS.has(next) || DEMONSTRATIVES.has(next)) return true;
  return next.length > 3 && /(?:ه|ها|هم|هما)$/.test(next) && !isFirstName(next) && !persons.has(j + 1);
}

/** Cues whose complement follows على (شدد على أن، أكد على أن، مشددا على، حرص على). */
const ALA_VERBS = ["شدد", "يشدد", "تشدد", "مشدد", "اكد", "يؤكد", "تؤكد", "مؤكد", "ركز", "حرص", "اتفق", "نص"];

function takesAla(cue: string): boolean {
  const w = /^[وف]/.test(cue) && cue.length > 3 ? cue.slice(1) : cue;
  return ALA_VERBS.some((v) => w.startsWith(v));
}

/** طلب/فضل/رفض + عدم/الكشف: how an anonymous source asked to stay unnamed. */
const ANONYMITY_VERBS = new Set(
  ["طلب", "فضل", "رفض", "اشترط", "طالب", "مفضلا", "طالبا", "رافضا"].flatMap((v) =>
    v.endsWith("ا") ? [v, `${v.slice(0, -1)}ه`] : [v, `${v}ت`],
  ),
);
const ANONYMITY_OBJECTS = new Set(["عدم", "الكشف", "ذكر"]);

/** طالبا عدم نشر اسمه، رافضة كشف اسمها at token `i`: how a source asked to stay unnamed, not a verb of speech. */
function isAnonymityCondition(tokens: Token[], i: number): boolean {
  if (!ANONYMITY_VERBS.has(tokens[i]!.text)) return false;
  const k = tokens[i + 1]?.text === "ايضا" ? i + 2 : i + 1; // طالبا أيضا عدم الكشف عن اسمه
  return ANONYMITY_OBJECTS.has(tokens[k]?.text ?? "") || namesIdentity(tokens, k);
}
/** A person's name or identity as a thing withheld (لم يشأ كشف هويته، من دون ذكر اسمه), folded. */
const IDENTITY_WORDS = new Set([
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
function namesIdentity(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? "";
  return IDENTITY_WORDS.has(next) || (next === "عن" && IDENTITY_WORDS.has(tokens[i + 2]?.text ?? ""));
}
/** Heads of a number of people, followed by من (عدد من المعلقين، بعض النواب). */
const QUANTITY_HEADS = new Set(["عدد", "بعض", "كثير", "العديد", "مجموعه", "عشرات", "مئات", "الاف", "جمع", "حشد"]);
/** Words that make a count approximate before it (حوالي 40٪، نحو ثلثهم، قرابة 47 في المئة), folded. */
const APPROXIMATORS: ReadonlySet<string> = new Set(["حوالي", "نحو", "قرابه", "زهاء"]);
/** Number words that count people out of a group (أربعة من كل خمسة مجيبين، واحد من أشهر مشايخ تويتر), folded. */
const COUNT_WORDS: ReadonlySet<string> = new Set(
  ["واحد", "واحده", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره"].flatMap(
    (w) => [w, `و${w}`],
  ),
);
/** Elatives a share's group is in construct with (اثنان من أكبر منتجي الخام، واحد من أشهر مشايخ تويتر), folded. */
const SHARE_ELATIVES: ReadonlySet<string> = new Set(["اكبر", "اشهر", "ابرز", "اهم", "اقدم", "افضل", "كبار"]);
/** "One" (واحد من كل عشرة), folded. */
const ONE: ReadonlySet<string> = new Set(["واحد", "واحده", "وواحد", "وواحده"]);
/** Fractions of a group (نصف المجيبين، ثلثهم، الربع، ثلاثة أرباع المشاركين), folded, with the article or none. */
const FRACTION = /^(?:ال)?(?:نصف|ثلث|ربع|خمس|ثلثي|ثلثا|ثلثين|ارباع|اخماس|غالبيه|معظم|اغلبيه)(?:هم|هن)?$/;
/** What a count or share of people after اكثر من / أقل من is not: a count of times (أكثر من مرة). */
const NOT_SHARE_OBJECTS: ReadonlySet<string> = new Set([
  "مره",
  "مرات",
  "ذي",
  "ذلك",
  "هذا",
  "اي",
  "وقت",
  "ساعه",
  "يوم",
  "عام",
]);
/** Longest share phrase before its complement (أكثر من ثلاثة أرباع المشاركين في الإمارات). */
const MAX_SHARE_TOKENS = 10;
/** Longest bracketed figure inside a share phrase ((53,2٪)، (21 بالمئة)). */
const MAX_SHARE_BRACKET_CHARS = 16;

/** True when token `k` stands inside brackets opened after token `from` (a share's figure: (51,3٪)). */
function bracketed(text: string, tokens: Token[], from: number, k: number): boolean {
  const between = text.slice(tokens[from]!.end, tokens[k]!.start);
  return between.split("(").length > between.split(")").length;
}

/**
 * Where a share of a survey's respondents that opens at token `j` ends (the token after it), or -1 when none
 * opens there: أكثر من نصف المجيبين (51,3٪)، حوالي 40٪ من المشاركين، أربعة من كل خمسة مجيبين في المنطقة،
 * أقل من ربع الذين استطلعت آراؤهم. Bracketed figures inside it are skipped. Not أكثر من مرة (how often), nor a
 * count that no group follows (وكتب واحد).
 */
function shareEnd(text: string, tokens: Token[], j: number): number {
  const w = (k: number) => tokens[k]?.text ?? "";
  const joined = (k: number) =>
    k < tokens.length && /^[\s()٪%]*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // Past a bracketed figure (المجيبين (53,2٪)): the token after its closing bracket.
  const past = (k: number) => {
    if (k >= tokens.length || !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes("(")) return k;
    const close = text.indexOf(")", tokens[k - 1]!.end);
    if (close < 0 || close - tokens[k - 1]!.end > MAX_SHARE_BRACKET_CHARS) return k;
    return firstTokenAt(tokens, close);
  };
  let k = j;
  const approximate = APPROXIMATORS.has(w(k));
  if (approximate) k++;
  let counted = false;
  if ((w(k) === "اكثر" || w(k) === "اقل") && w(k + 1) === "من" && joined(k + 1) && joined(k + 2)) {
    if (NOT_SHARE_OBJECTS.has(w(k + 2))) return -1;
    k += 2;
    counted = true;
  } else if (!approximate && !COUNT_WORDS.has(w(k)) && !FRACTION.test(w(k))) return -1;
  if (!joined(k)) return -1;
  // The count itself: a figure (40٪، 46 في المئة، 6,6٪), a number word (ثلاثة أرباع), a fraction.
  let quantity = false;
  if (/^\p{N}/u.test(w(k))) {
    quantity = true;
    k++;
    while (/^\p{N}/u.test(w(k)) && /^[.,٫،]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
    if (w(k) === "في" && /^الم[يا]?ئ?ه$|^المئه$|^المائه$/.test(w(k + 1))) k += 2;
    else if (/^بالم/.test(w(k))) k++;
  } else if (COUNT_WORDS.has(w(k)) || FRACTION.test(w(k))) {
    quantity = true;
    k++;
    if (FRACTION.test(w(k)) && joined(k)) k++;
  }
  if (!quantity && !counted) return -1;
  k = past(k);
  const countOnly = COUNT_WORDS.has(w(j)) || (approximate && COUNT_WORDS.has(w(j + 1)));
  // Out of how many: من كل عشرة، من أصل 16.
  const outOf = w(k) === "من" && (w(k + 1) === "كل" || w(k + 1) === "اصل") && joined(k + 1) && joined(k + 2);
  if (outOf) k = past(k + 3);
  // The group: من + its words, or the words right after a fraction or a count out of many (ثلث المشاركين), or
  // منهم. Not من قبل, a passive's agent (وصف معظمهن من قبل جماعات حقوقية).
  if ((w(k) === "منهم" || w(k) === "منهن") && joined(k)) return k + 1;
  const ofGroup = w(k) === "من" && joined(k) && w(k + 1) !== "قبل";
  // واحد needs its whole (واحد من كل عشرة): كتبت واحدة من الروايات، تعتبر واحدة من الألغاز are objects.
  if (ONE.has(w(approximate ? j + 1 : j)) && !outOf) return -1;
  const groupStart = ofGroup ? k + 1 : k;
  if (countOnly && !ofGroup && !outOf) return -1;
  let g = groupStart;
  // أقل من ربع الذين استطلعت آراؤهم: a relative clause for the group itself takes its verb.
  if (RELATIVES.has(w(g)) && joined(g) && joined(g + 1) && !COMPLEMENTIZERS.has(w(g + 1))) g += 2;
  // اثنان من أكبر منتجي الخام: an elative in construct with the group.
  else if (SHARE_ELATIVES.has(w(g)) && joined(g) && joined(g + 1)) g += 2;
  while (g < tokens.length && g - j < MAX_SHARE_TOKENS && joined(g)) {
    const t = w(g);
    if (COMPLEMENTIZERS.has(t) || CUES.has(t) || RELATIVES.has(t) || t === "الي" || t === "علي") break;
    if (hasTanweenFath(text.slice(tokens[g]!.start, tokens[g]!.end))) break;
    // في + a definite word: where the respondents are (في المنطقة، في المسح); not في بيان.
    if (t === "في") {
      if (g === groupStart || !w(g + 1).startsWith("ال") || !joined(g + 1)) break;
      g = past(g + 2);
      continue;
    }
    if (SPEAKER_STOPS.has(t)) break;
    // After the group's head only its definite adjectives and genitives (المشاركين الشباب العربي), بال…
    // (المشمولين بالدراسة) and the poll's آراؤهم (استطلعت آراؤهم): ثلث الشباب العربي | نموذجا is the object.
    // (Or one coordinated: معظم المحللين والمسؤولون الحكوميون.)
    if (g > groupStart && !/^(?:ال|بال|وال)/.test(t) && !/^ارا[ؤءئو]?هم$/.test(t)) break;
    g = past(g + 1);
  }
  // (No group after من: the share alone.)
  if (g === groupStart) return countOnly ? -1 : ofGroup ? k : g;
  return g;
}

/** What follows the document بيان, never a given name: its issuer or its manner (بيان الوزارة، بيان صادر، بيان له). */
const AFTER_STATEMENT =
  /^(?:ال|لل|ل|ب|ك|و|ف)|^(?:صادر|صادره|مشترك|رسمي|صحفي|صحافي|عن|من|في|اصدرته|نشرته|جاء|قال|قالت|اكد|اكدت)$/;

/**
 * بيان as a woman's given name: right after a person's title or occupation and before her family name
 * (المحامية بيان زهران، الدكتورة بيان السعدي), with nothing between. Not a statement after its subject
 * (وقالت المنظمة بيانا).
 */
function namedBayan(text: string, tokens: Token[], k: number): boolean {
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
function isCircumstantial(w: string): boolean {
  return CIRCUMSTANTIALS.has(w) || (w.endsWith("ه") && CIRCUMSTANTIALS.has(`${w.slice(0, -1)}ا`));
}
/**
 * Times of day and eve that follow a speaker (عشية الذكرى، مساء الخميس), folded; not صباح, also a name. And
 * adverbs of when (وقال الجيش الإسرائيلي آنذاك إن، قالت إدارة النصر حينها، قال الرئيس مرة إن).
 */
const TIME_AFTER_SPEAKER = new Set([
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
const EVENT_OBJECTS = new Set(["مقتل", "مصرع", "وفاه", "استشهاد", "اصابه", "اعتقال", "سقوط", "اغتيال", "اختطاف"]);
/** Words that open the object of a cue like طالب after its speaker (طالب الكوكباني جميع المنظمات). */
const OBJECT_OPENERS = new Set(["جميع", "كافه", "كل", "بعض"]);
/**
 * A word that is ل + someone told (لبي بي سي، لمنظري التحرير): not a first name, place, role or
 * organisation that happens to start with ل (ليلى، لبنان، لواء، لجنة).
 */
/** ل glued to an office (لوزير، للرئيس، لولي العهد), folded: the one told when it stands where a speaker would. */
function toldOffice(w: string): boolean {
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

function isAddressee(w: string): boolean {
  if (w.length < 3 || w[0] !== "ل" || w.startsWith("لل")) return false;
  return !isFirstName(w) && !isPlaceWord(w) && !isRoleHead(w) && !isOrgWord(w);
}

/**
 * ل + ال (للتلفزيون، للمرة), or ب + a noun of delivery (بخطاب، بتصريح) where a speaker would open: the
 * one told or the channel, never a name.
 */
/** ب + a place words are written (بموقع إنستغرام، بحسابه، بتويتر), folded: no part of a speaker's name. */
function isWrittenOn(w: string): boolean {
  const rest = w.slice(1);
  return w.length > 3 && w[0] === "ب" && (CHANNELS.has(rest) || ALA_OBJECTS.has(rest) || BY_CHANNEL.has(rest));
}

function isChannelAdjunct(w: string): boolean {
  if (w.startsWith("لل") && w.length > 4) return true;
  return w.length > 3 && w[0] === "ب" && BY_CHANNEL.has(w.slice(1));
}

/** Nouns of how words were delivered, after ب (بخطاب، بتصريح، ببيان). */
const BY_CHANNEL = new Set([
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

/** A colon or an opening quote mark within a few words after `j`, before any complementizer. */
function colonSoon(text: string, tokens: Token[], j: number): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    if (COMPLEMENTIZERS.has(tokens[k]!.text)) return false;
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
    if (/[:：«"“]/.test(gap)) return true;
    if (/[^\s]/.test(gap)) return false;
  }
  return false;
}

/** A cue's pronoun object or topic before its subject (نددت بها دمشق، قال عنه الذهبي), skipped. */
const OBJECT_BI_PRONOUNS = new Set([
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
const ADDRESSEE_PRONOUNS = new Set(["لي", "لنا", "له", "لها", "لهم", "لك", "لكم"]);
/** Words that make a time word before them a time adjunct (الأسبوع الماضي، الشهر المقبل). */
const TIME_QUALIFIERS = new Set(["الماضي", "الماضيه", "المقبل", "المقبله", "القادم", "القادمه", "الجاري", "الحالي"]);

/** A time adjunct at `j`: أمس, or a time word with its qualifier (الأسبوع الماضي). */
function isTimeAdjunct(tokens: Token[], j: number): boolean {
  const w = tokens[j]!.text;
  return w === "امس" || (TIME_HEADS.has(w) && TIME_QUALIFIERS.has(tokens[j + 1]?.text ?? ""));
}

/** Time words that open an adjunct, not a speaker (أعلنت الأسبوع الماضي عن …). */
const TIME_HEADS = new Set([
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
function isBetween(tokens: Token[], k: number, text?: string): boolean {
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
function nameAfterVerb(text: string, tokens: Token[], j: number): boolean {
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

/** The present of تابع: "follows" (an event), a cue only right before a colon or a quote. */
const FOLLOW = new Set(["يتابع", "تتابع", "يتابعون", "ويتابع", "وتتابع", "ويتابعون"]);
/** جاء in its forms: a cue only as جاء في (the document's words). */
const COME = new Set(["جاء", "وجاء", "فجاء", "جاءت", "وجاءت", "فجاءت"]);
const IN_WORDS = new Set(["في", "فيه", "فيها", "بها", "به"]);
/** Words after which a verb can open a clause (وقد بيّن، كما بيّن). */
const CLAUSE_OPENERS = new Set(["و", "كما", "قد", "وقد", "فقد", "فيما", "بينما", "حيث", "ثم", "وكان", "كان", "اذ"]);

/**
 * Prepositions that make a following document word the channel of speech (في تغريدة، عبر بيان), or the
 * source the journalist cites for the words (بحسب بيان لمكتبه، حسب بيان صادر عن مكتبه).
 */
/** Tokens between a sentence's data subject (استطلاعات الرأي) and its verb: a few words of description. */
const MAX_DATA_SUBJECT_GAP = 8;

/** Whether the sentence opens (past لكن، كما، و) with a source of findings (الأرقام، استطلاعات) that the cue at i reports on. */
function dataSubjectOpens(tokens: Token[], sentenceStart: number, i: number): boolean {
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
 * Verbs of showing in the present, no pronoun (يؤكد، تشير، يعني، يعزز): after ما they tell what a fact
 * shows (وهو ما يشير إلى أن), not what someone said; folded.
 */
const INFERENCE_VERBS = /^[يت](?:ؤكد|شير|عني|وضح|دل|عزز|بين|ثبت|كشف|ظهر|فيد|برهن)$/;
/** خلال + a pronoun after من (أشارت من خلاله الإدارة), folded. */
const THROUGH_IT = new Set(["خلاله", "خلالها", "خلالهم", "خلالهما"]);
const ADJUNCT_PREPOSITIONS = new Set(["في", "عبر", "خلال", "بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا"]);

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
  // An accusative with tanween after the speaker is how they spoke, not their name (نهض هاشم مدهوشًا).
  ({ text, tokens, j, speaker }) => speaker.length > 0 && hasTanweenFath(text.slice(tokens[j]!.start, tokens[j]!.end)),
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
  // (Not the name Ali opening a tagged name with a first name after it: الداعية علي عمر بادحدح.)
  ({ tokens, i, j, speaker, persons }) =>
    !(persons.has(j) && persons.has(j + 1) && isFirstName(tokens[j + 1]!.text)) &&
    isOnPreposition(tokens, j, speaker.length, tokens[i]!.text),
  // A time where the speaker would open (قال الأسبوع الماضي).
  ({ tokens, j, speaker }) => speaker.length === 0 && TIME_HEADS.has(tokens[j]!.text),
  // وحذرت الأمم المتحدة الأسبوع الماضي / أمس من …: a time after the speaker ends it.
  ({ tokens, j, speaker }) => speaker.length > 0 && isTimeAdjunct(tokens, j),
  // مصدر مطلع لـ«آفاق»: told to an outlet (after a role, لـ names whose office it is: المديرة العامة لـ"أوكس").
  ({ tokens, j, speaker }) => tokens[j]!.text === "ل" && speaker.length > 0 && ANONYMOUS_HEADS.has(speaker[0]!.text),
];

/**
 * قال الله تعالى، قال تعالى، قال رسول الله ﷺ: scripture and the Prophet's sayings, no reported speech (rule 1).
 * Not a name holding الله (عبد الله البدري، حزب الله، حسن نصر الله).
 */
function isScripture(speaker: readonly Token[]): boolean {
  const [a, b] = [speaker[0]?.text ?? "", speaker[1]?.text ?? ""];
  if (SCRIPTURE_SPEAKERS.has(a)) return true;
  if ((a === "رسول" || a === "الرسول" || a === "النبي") && (b === "الله" || b === "صلي")) return true;
  // نبينا الكريم يقول، رسولنا الكريم: the Prophet named by the believers' "our".
  // (Also النبي alone: فقال له النبي: «…».)
  if ((a === "نبينا" || a === "رسولنا" || a === "النبي") && (b === "" || b === "الكريم" || b === "محمد" || b === "صلي"))
    return true;
  // المولى عز وجل، صلى الله عليه وسلم: words of praise no name holds (الله alone is in names).
  return speaker.some((t) => t.text === "صلي" || (t.text !== "الله" && SCRIPTURE_SPEAKERS.has(t.text)));
}

/** The clause or quotation a cue at `i` introduces, if any. */
function complementOf(
  text: string,
  tokens: Token[],
  i: number,
  cls: CueClass,
  persons: ReadonlySet<number> = new Set(),
  isName: (start: number, end: number) => boolean = () => false,
): Complement | null {
  const speaker: Token[] = [];
  let speakerOpen = true;
  let eventObject = false;
  let skipUntil = 0;
  // A relative clause set off by commas (، الذي أطلق عليه لقب «…»،) does not count towards the gaps.
  let aside = 0;
  let inAside = false;
  let comma = false;
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
      let start = j < tokens.length ? tokens[j]!.start : text.length;
      const complementizer = j < tokens.length && COMPLEMENTIZERS.has(tokens[j]!.text);
      if (complementizer) start = tokens[j]!.end;
      return indirectFrom(text, tokens, start, speaker, !complementizer);
    }
    // The dot of a web address or an initial (ممزورلد.كوم، د.محمد) ends no sentence.
    const innerDot = gap === "." && (WEB_SUFFIXES.has(tokens[j]?.text ?? "") || tokens[j - 1]!.text.length === 1);
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
    // بعد أن، غير أن، إلا أن: a conjunction, not the complement of the cue.
    if (COMPLEMENTIZERS.has(t.text) && NON_COMPLEMENT_HEADS.has(tokens[j - 1]!.text) && j - 1 > i) return null;
    if (COMPLEMENTIZERS.has(t.text) || (t.text === "الي" && COMPLEMENTIZERS.has(tokens[j + 1]?.text ?? ""))) {
      // An أن that far from its cue more often belongs to another verb than to a long speaker phrase.
      if (j - i - aside > MAX_INDIRECT_GAP_TOKENS) return null;
      const comp = t.text === "الي" ? tokens[j + 1]! : t;
      return clauseAfter(text, tokens, comp, speaker);
    }
    // بيان …، أشارت من خلاله الإدارة إلى أنها: the means, before the speaker.
    if (speakerOpen && speaker.length === 0 && t.text === "من" && THROUGH_IT.has(tokens[j + 1]?.text ?? "")) {
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
    if (speakerOpen && !PRONOUN_SPEAKERS.has(t.text)) speaker.push(t);
  }
  return null;
}

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
function spelledLetter(tokens: Token[], j: number): boolean {
  const at = (k: number) => tokens[k]?.text ?? "";
  if (at(j) !== "ان") return false;
  const cOpens = (k: number) => at(k) === "سي" && !at(k - 1).endsWith("بي");
  if (cOpens(j - 1)) return at(j + 1) === "ان" || at(j + 1) === "بي";
  return at(j - 1) === "ان" && cOpens(j - 2);
}

/** An indirect clause after a complementizer, or a direct quote when marks cover all of it. */
function clauseAfter(text: string, tokens: Token[], comp: Token, speaker: Token[]): Complement | null {
  const rest = text.slice(comp.end, Math.min(text.length, comp.end + 4));
  const lead = rest.search(/\S/);
  const ch = lead >= 0 ? (rest[lead] as string) : "";
  if (ch in OPENERS) {
    const direct = directAt(text, comp.end + lead, speaker);
    if (direct) {
      const closeAt = direct.closeEnd;
      const tailEnd = sentenceEndAfter(text, closeAt);
      if (wordCount(text.slice(closeAt, tailEnd)) <= MIXED_TAIL_WORDS) return direct;
    }
  }
  return indirectFrom(text, tokens, comp.end, speaker);
}

/** An indirect clause from `start` to the end of its sentence, cut at a new cue or an attribution tail. */
function indirectFrom(
  text: string,
  tokens: Token[],
  start: number,
  speaker: Token[],
  speech = false,
): Complement | null {
  let s = start;
  // Spaces, and a mark left of the complementizer (أنّ: its shadda follows the folded token).
  while (s < text.length && /[\s\u064B-\u065F\u0670]/.test(text[s] as string)) s++;
  let end = speech ? speechEndAfter(text, tokens, s) : sentenceEndAfter(text, s);
  // Cut at a new reporting cue or an attribution tail after a comma.
  let k = firstTokenAt(tokens, s);
  const marked = markedStretches(text, s, end);
  for (; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]?.end ?? s, t.start);
    // Inside the speaker's own marked words (أن الحلف «ملتزم بدعم العراق وفق أولويات حكومته»)
    // nothing is the journalist's: no cue or tail cuts there.
    if (marked.some(([a, b]) => t.start > a && t.start < b)) continue;
    const afterComma = /[،,؛;]/.test(gap);
    const cls = CUES.get(t.text);
    // ، مضيفا أن … and ، واصفا إياه بأنه … open the next quote; ، مطالبا إياهم بتقديم عرض (an act on someone,
    // with no clause of its own) is part of these words.
    if (
      afterComma &&
      cls === "participle" &&
      (!OBJECT_PRONOUNS.has(tokens[k + 1]?.text ?? "") || hasComplementSoon(text, tokens, k))
    ) {
      end = (tokens[k - 1]?.end ?? s) + gap.search(/[،,؛;]/);
      break;
    }
    // ، ثم تابع / ، ثم أضاف: the speaker's next statement.
    if (afterComma && t.text === "ثم" && CUES.get(tokens[k + 1]?.text ?? "") === "verb") {
      end = (tokens[k - 1]?.end ?? s) + gap.search(/[،,؛;]/);
      break;
    }
    // A participle or masdar cue that opens its own quotation (بقوله: …، قائلا «…») starts a new quote.
    if ((cls === "participle" || cls === "noun") && k > firstTokenAt(tokens, s)) {
      const next = tokens[k + 1];
      if (/^\s*[:«"“]/.test(text.slice(t.end, next ? next.start : text.length))) {
        end = tokens[k - 1]!.end;
        break;
      }
    }
    // After the speaker's own words close, و + a pronoun is the journalist's comment on them
    // («لن يقبل بعد اليوم …»، وهي عبارة موجهة إلى الداخل), and و + a verb the speaker's next act.
    // So is «…»، في رسالة / في إشارة إلى …: the journalist's reading of the words.
    const close = gap.search(/[»”"]/);
    const framing = afterComma && t.text === "في" && FRAMING_NOUNS.has(tokens[k + 1]?.text ?? "");
    if (
      close >= 0 &&
      k > firstTokenAt(tokens, s) &&
      (COMMENT_PRONOUNS.has(t.text) || (cls === "verb" && t.text.startsWith("و")) || framing) &&
      balanced(text.slice(s, (tokens[k - 1]?.end ?? s) + close + 1))
    ) {
      end = (tokens[k - 1]?.end ?? s) + close + 1;
      break;
    }
    const onWords = t.text === "علي" && tokens[k + 1]?.text === "حد";
    if (ATTRIBUTION_TAILS.has(t.text) || (afterComma && (NARRATOR_TAILS.has(t.text) || onWords))) {
      const comma = gap.search(/[،,؛;]/);
      end = comma >= 0 ? (tokens[k - 1]?.end ?? s) + comma : (tokens[k - 1]?.end ?? s);
      break;
    }
    if (
      cls === "verb" &&
      /^[وف]/.test(t.text) &&
      // After a comma a new و-verb of saying starts the speaker's next statement (، وكشفت عن …), however
      // short the clause before it (إن العطل بسيط، وأشار إلى أن …).
      ((afterComma && t.text.startsWith("و") && k > firstTokenAt(tokens, s)) ||
        (k > firstTokenAt(tokens, s) + 2 && hasComplementSoon(text, tokens, k)))
    ) {
      end = tokens[k - 1]!.end;
      break;
    }
    // …، يرى هذا الفيلسوف أن …: after a comma, a verb of saying with its own complement opens another statement.
    if (
      cls === "verb" &&
      afterComma &&
      !IMPERSONAL_CUES.has(t.text) &&
      k > firstTokenAt(tokens, s) &&
      hasComplementSoon(text, tokens, k)
    ) {
      end = tokens[k - 1]!.end;
      break;
    }
  }
  // A cut right before a closing mark (إنها «تتفهم مطالب العمال»، ودعت …) keeps the mark.
  while (end < text.length && /[»”"]/.test(text[end] as string) && !balanced(text.slice(s, end))) end++;
  end = trimEnd(text, s, end);
  if (end <= s) return null;
  return { kind: "indirect", span: { start: s, end }, speaker };
}

/**
 * End of unmarked speech after a colon (قال فيها: …): it runs over the sentences of its
 * paragraph until one opens with a new reporting cue (وتساءل خلفان: …), as transcribed
 * tweets and statements do.
 */
function speechEndAfter(text: string, tokens: Token[], from: number): number {
  const para = paragraphEnd(text, from);
  const first = sentenceEndAfter(text, from);
  let end = first;
  while (end < para) {
    const k = firstTokenAt(tokens, end + 1);
    if (k >= tokens.length || tokens[k]!.start >= para) break;
    const opensWithCue = [tokens[k], tokens[k + 1]].some(
      (t) => t !== undefined && t.start < para && (CUES.has(t.text) || NARRATOR_CUES.has(t.text)),
    );
    if (opensWithCue) break;
    end = sentenceEndAfter(text, tokens[k]!.start);
  }
  // In a long paragraph the narrator likely speaks again: keep to the first sentence (rule 3).
  return end - from > MAX_COLON_SPEECH_CHARS ? first : end;
}

/**
 * Unmarked speech after a colon spans several sentences only within this many characters
 * (tweets and short statements, 170–290 characters in quotes-dev); longer stretches of a
 * paragraph are the narrator's again.
 */
const MAX_COLON_SPEECH_CHARS = 400;

/** A new cue at `k` opens its own complement soon: أن/إن, a colon or a quote mark within a few words. */
function hasComplementSoon(text: string, tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[.!?؟\n]/.test(gap)) return false;
    if (/[:«"“]/.test(gap) || COMPLEMENTIZERS.has(tokens[j]!.text)) return true;
  }
  return false;
}

/** A direct quote whose opening mark is at `at`. */
function directAt(text: string, at: number, speaker: Token[]): (Complement & { closeEnd: number }) | null {
  const open = text[at] as string;
  const close = closingMark(text, at, open);
  const innerStart = at + 1;
  const innerEnd = close >= 0 ? close : paragraphEnd(text, innerStart);
  let s = innerStart;
  while (s < innerEnd && /\s/.test(text[s] as string)) s++;
  let e = innerEnd;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s && /[.،,]/.test(text[e - 1] as string)) e--;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  // تفجير سيارة في منطقة الزعفرانية"، واخرى …": the mark closes words the text opened without one.
  // (Not an ellipsis opening the words: "... في واقع الأمر".)
  if (e <= s || /^(?:[،,؛;]|\.(?![.…]))/.test(text.slice(s, s + 2))) return null;
  return { kind: "direct", span: { start: s, end: e }, speaker, closeEnd: close >= 0 ? close + 1 : innerEnd };
}

/** Where the quotation opened at `at` closes, honouring nested marks; -1 when it never does. */
function closingMark(text: string, at: number, open: string): number {
  const limit = Math.min(text.length, at + MAX_QUOTE_CHARS);
  const para = paragraphEnd(text, at + 1);
  if (open === '"' || open === "”") {
    let depth = 1;
    for (let p = at + 1; p < Math.min(limit, para); p++) {
      const c = text[p] as string;
      if (c !== '"' && c !== "”") continue;
      const prev = text[p - 1] ?? " ";
      const next = text[p + 1] ?? " ";
      const opens = /\s|[(«:]/.test(prev) && /[^\s.,،؛!?؟]/.test(next);
      if (opens) depth++;
      else depth--;
      if (depth === 0) return p;
    }
    return -1;
  }
  const closer = OPENERS[open] as string;
  let depth = 1;
  for (let p = at + 1; p < Math.min(limit, para); p++) {
    const c = text[p];
    if (c === open && open !== closer) depth++;
    else if (c === closer) {
      depth--;
      if (depth === 0) return p;
    }
  }
  return -1;
}

function firstOpener(gap: string): number {
  for (let k = 0; k < gap.length; k++) if ((gap[k] as string) in OPENERS) return k;
  return -1;
}

/** End of the sentence that contains `from`: . ! ? ؟ or a line break, not inside a number or open quotation. */
function sentenceEndAfter(text: string, from: number): number {
  const para = paragraphEnd(text, from);
  let inQuote: string | null = null;
  let quoteOpenedAt = 0;
  for (let p = from; p < para; p++) {
    const c = text[p] as string;
    if (inQuote) {
      if (c === inQuote || (inQuote === '"' && c === "”")) inQuote = null;
      else if (p - quoteOpenedAt > MAX_QUOTE_CHARS) inQuote = null;
      continue;
    }
    if (c === "«") {
      inQuote = "»";
      quoteOpenedAt = p;
    } else if (c === "“") {
      inQuote = "”";
      quoteOpenedAt = p;
    } else if (c === "." && (isNumberDot(text, p) || isEllipsis(text, p))) {
    } else if (c === "." || c === "!" || c === "?" || c === "؟") return p;
  }
  return para;
}

/**
 * A dot that ends no sentence: inside a number (3.5), or after a letter or two of an abbreviation with a
 * letter right after it (إن.بي.سي، د.محمد), not a sentence run on without its space (الحرب.وقال).
 */
function isNumberDot(text: string, p: number): boolean {
  if (/\d/.test(text[p - 1] ?? "") && /\d/.test(text[p + 1] ?? "")) return true;
  if (!/\p{L}/u.test(text[p + 1] ?? "")) return false;
  let a = p;
  while (a > 0 && /\p{L}/u.test(text[a - 1] as string)) a--;
  return p - a >= 1 && p - a <= 2 && (a === 0 || /[\s.«"(]/.test(text[a - 1] as string));
}
/** ".." and "..." inside a sentence (سمعة النصر كبيرة..اللي) do not end it. */
const isEllipsis = (text: string, p: number) => text[p + 1] === "." || text[p - 1] === ".";

/**
 * Sentences are looked back at most this far: text without punctuation then counts as
 * sentences of this length, and finding a sentence start stays constant-time.
 */
const MAX_SENTENCE_LOOKBACK = 2000;

/** Sentence starts for increasing offsets, found in one forward pass over the text. */
class SentenceCursor {
  private scanned = 0;
  private lastStart = 0;
  constructor(private readonly text: string) {}

  /** Start of the sentence holding `at` (no further back than MAX_SENTENCE_LOOKBACK); `at` never decreases. */
  startBefore(at: number): number {
    const { text } = this;
    for (; this.scanned < at; this.scanned++) {
      const p = this.scanned;
      const c = text.charCodeAt(p);
      // . ! ? ؟ and line breaks end a sentence; a dot inside a number or an ellipsis does not.
      if (c !== 46 && c !== 33 && c !== 63 && c !== 0x61f && c !== 10) continue;
      if (c === 46 && (isNumberDot(text, p) || isEllipsis(text, p))) continue;
      this.lastStart = p + 1;
    }
    return Math.max(this.lastStart, at - MAX_SENTENCE_LOOKBACK, 0);
  }
}

function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_SENTENCE_LOOKBACK);
  for (let p = at - 1; p >= floor; p--) {
    const c = text[p] as string;
    if (SENTENCE_END.test(c) && !(c === "." && (isNumberDot(text, p) || isEllipsis(text, p)))) {
      return p + 1;
    }
  }
  return floor;
}

/**
 * End of the paragraph holding `from`, looked for at most MAX_QUOTE_CHARS ahead: no
 * quote or clause runs longer, and text without line breaks stays linear.
 */
function paragraphEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_QUOTE_CHARS);
  for (let p = from; p < limit; p++) if (text.charCodeAt(p) === 10) return p;
  return limit;
}

/** Drops final punctuation, spaces and stray quote marks from a clause. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s.,،؛;:!?؟\-–—]/.test(text[e - 1] as string) && !/[!?؟]/.test(text[e - 1] as string)) e--;
    const c = text[e - 1] as string;
    if (e > start && /["”»“«]/.test(c) && !balanced(text.slice(start, e))) {
      e--;
      continue;
    }
    return e;
  }
}

/**
 * The stretches of `text[from, to)` between an opening quote mark and its closing mark, both
 * inside the range. A straight " opens after a space or the range's start and closes after a
 * word; a mark without its partner (a closing mark whose opening came earlier) marks nothing.
 */
function markedStretches(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: Record<string, number[]> = { "«": [], "“": [], '"': [] };
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch === "«" || ch === "“") open[ch]!.push(i);
    else if (ch === "»" || ch === "”") {
      const at = open[ch === "»" ? "«" : "“"]!.pop();
      if (at !== undefined) out.push([at, i]);
    } else if (ch === '"') {
      const straight = open['"']!;
      if (i === from || /[\s([]/.test(text[i - 1] as string)) straight.push(i);
      else if (straight.length > 0) out.push([straight.pop() as number, i]);
    }
  }
  return out;
}

function balanced(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const guil = (s.match(/«/g) ?? []).length === (s.match(/»/g) ?? []).length;
  const curly = (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && guil && curly;
}

/** `نقلت الوكالة عن X قوله`: the speaker is X, relayed via the agency. */
/** Verbs of speaking about someone (تحدث عن، تكلم عن), folded: their عن names a topic, not a source. */
const ABOUT_VERBS = /^[وف]?(?:تحدث|تحدثت|يتحدث|تتحدث|تكلم|تكلمت|يتكلم|حديثه|حديثها)$/;

function relayedSpeaker(
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

/**
 * Present-tense opinion verbs that, with no source named, read as impersonal passives
 * (ويُعتقد أن، ويتوقع أن): the journalist's voice, not a continuation (rule 1).
 */
const IMPERSONAL_CUES = new Set(["يعتقد", "يعتبر", "يتوقع", "يرجح", "يقال"].flatMap((v) => [v, `و${v}`, `ف${v}`]));

/** Relative pronouns whose antecedent is the speaker (مصادر «المدينة» المطلعة التي أشارت إلى أن). */
const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "والذي", "والتي", "والذين"]);
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
function isToldOutlet(w: string): boolean {
  return TOLD_OUTLETS.has(w) || /^ل[a-z]{2,}/.test(w);
}

/** إيا + a pronoun: the object of the participle before it (مطالبا إياهم). */
const OBJECT_PRONOUNS = new Set(["اياه", "اياها", "اياهم", "اياهما", "اياهن", "اياك", "اياكم", "ايانا"]);
const DEMONSTRATIVES = new Set(["هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هنا"]);
/** Demonstratives that point at a thing said or done, never at a speaker (جاء ذلك في تغريدة). */
const THING_DEMONSTRATIVES = new Set(["ذلك", "تلك", "هنا"]);
/** Nouns after «…»، في that frame the quoted words (في رسالة، في إشارة إلى، في تلميح): the journalist's reading. */
const FRAMING_NOUNS = new Set([
  "رساله",
  "اشاره",
  "تلميح",
  "خطوه",
  "رد",
  "موقف",
  "تحذير",
  "تصعيد",
  "انتقاد",
  "تاكيد",
  "دعوه",
]);
/** و + a pronoun after a closing quote mark: the journalist's comment on the words just quoted. */
const COMMENT_PRONOUNS = new Set(["وهي", "وهو", "وهذه", "وهذا", "وذلك", "وهما"]);
/** Auxiliaries that put the subject before the verb (وكانت سيول أعلنت، وكان X قد أكد). */
const AUXILIARIES = new Set(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"]);
/** A subject before its verb runs at most this many words. */
const MAX_FRONTED_SUBJECT = 6;
/**
 * Between كان and قد the subject is bounded by both words, so it may run longer: وكانت الجامعة العامة للنقل
 * التابعة للاتحاد العام التونسي للشغل قد أعلنت.
 */
const MAX_AUXILIARY_SUBJECT = 10;

/**
 * A subject written before the cue: the antecedent of a relative pronoun right before
 * it, or the subject between an auxiliary كان and the cue. Empty when there is none.
 */
function subjectBeforeCue(
  text: string,
  tokens: Token[],
  i: number,
  sentenceStart: number,
  persons: ReadonlySet<number> = new Set(),
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
    while (a > 0 && persons.has(a - 1) && joinedAt(text, tokens, a)) a--;
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
    while (a > 0 && persons.has(a - 1) && inSentence(a - 1)) a--;
    if (a === 0 || !inSentence(a - 1) || opensClause(text, tokens, a)) return tokens.slice(a, k + 1);
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
  let withPlace = false;
  for (; inSentence(k) && out.length <= (bounded ? MAX_AUXILIARY_SUBJECT : MAX_FRONTED_SUBJECT); k--) {
    const t = tokens[k]!;
    if (AUXILIARIES.has(t.text)) {
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

/** A word that heads a described subject (مسؤول، المتحدث، الوزارة): who may be "from somewhere". */
function isSubjectHead(w: string): boolean {
  return ANONYMOUS_HEADS.has(w) || ORG_HEADS.has(w) || isRoleHead(w) || isOrgWord(w);
}

/** An indefinite plural nisba adjective (قانونيين، غربيون، سوريين): a group's description. */
function isNisba(w: string): boolean {
  return w.length > 5 && !w.startsWith("ال") && /ي(?:ين|ون)$/.test(w);
}

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

/** True when token `k` opens a clause: after punctuation or a conjunction (لكن، بينما، فيما، و…). */
function opensClause(text: string, tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  // غير أن / إلا أن / بيد أن خبراء قالوا: "but" spelled with أن.
  const butThat = (prev.text === "ان" || prev.text === "انه") && BUT_BEFORE_ANNA.has(tokens[k - 2]?.text ?? "");
  return /[،,؛;:.]/.test(text.slice(prev.end, tokens[k]!.start)) || CLAUSE_CONJUNCTIONS.has(prev.text) || butThat;
}
const BUT_BEFORE_ANNA = new Set(["غير", "الا", "بيد"]);
const CLAUSE_CONJUNCTIONS = new Set(["لكن", "ولكن", "بينما", "فيما", "كما", "اذ", "حيث", "الا", "غير"]);

/** `أصدرت الوزارة بيانا جاء فيه أن`: the issuer is the subject before the document word. */
function issuerBefore(text: string, tokens: Token[], i: number, sentenceStart: number): Token[] {
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

/** A person's name as the article writes it, with its folded words. */
interface NameCandidate {
  words: string[];
  name: string;
  /** The tagger found it as a person, or it starts with a known first name. */
  strong?: boolean;
}

/** A role the entity tagger attached to a person (طارق الجمال، وزير الصحة), with the person's fullest name. */
interface EntityRole {
  role: string[];
  name: string;
  entity: string;
}

/** A role phrase stated with a name in apposition (وزير الدفاع الأمريكي آشتون كارتر). */
interface RoleCandidate {
  role: string[];
  name: NameCandidate;
  at: number;
  /** Where the name is in the text (its PER mention, when the tagger found one, is the person's entity). */
  nameSpan: { start: number; end: number };
}

/**
 * What the article says about people, gathered once per article: names (for
 * completion: خلفان → ضاحي خلفان) and roles stated with a name (for a later bare
 * role: الرئيس السوداني → عمر البشير). Built lazily, in one linear pass.
 */
class ArticleSpeakers {
  private namesCache: NameCandidate[] | null = null;
  private rolesCache: RoleCandidate[] | null = null;
  readonly perTokens: Set<number>;
  /** For a token inside a PER name mention: the index after the mention's last token. */
  readonly perEnd: Map<number, number>;
  private readonly sorted: Mention[];
  private readonly locTokens = new Set<number>();
  /** For the first token of an ORG or MISC mention: the index after its last token. */
  readonly orgEnd = new Map<number, number>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly mentions: Mention[],
    readonly entityById: Map<string, Entity>,
  ) {
    // Tokens inside a PER mention: an ال-word there is a family name, not a role modifier.
    this.sorted = [...mentions].sort((a, b) => a.start - b.start);
    this.perTokens = new Set();
    this.perEnd = new Map();
    for (const m of mentions) {
      if (m.type === "LOC") this.locTokens.add(firstTokenAt(tokens, m.start));
      const a = firstTokenAt(tokens, m.start);
      let b = a;
      while (b < tokens.length && tokens[b]!.start < m.end) b++;
      // (A mention inside one token, after a clitic cut, covers no whole token: no end.)
      if ((m.type === "ORG" || m.type === "MISC") && b > a) this.orgEnd.set(a, b);
      if (!isNameMention(m.text) || m.type === "ORG") continue;
      for (let k = a; k < b; k++) {
        // The tagger sometimes calls a foreign name a place (هولاند): its end still bounds the name.
        if (m.type === "PER") this.perTokens.add(k);
        this.perEnd.set(k, b);
      }
    }
  }

  /**
   * Whether an ORG or MISC mention opens at token `k` with a person's name right after it, maybe past a rank
   * (ريال مدريد | زين الدين زيدان، شرطة دبي | الفريق ضاحي خلفان).
   */
  orgBeforePerson(k: number): boolean {
    let end = this.orgEnd.get(k);
    if (end === undefined) return false;
    // مدرب ريال مدريد الإسباني زين الدين زيدان: the organisation's nationality between it and the name.
    const next = this.tokens[end]?.text ?? "";
    if (next.startsWith("ال") && !this.perTokens.has(end) && nisbaPlace(gazKey(next)) !== null) end++;
    const ranked =
      end < this.tokens.length && (RANKS.has(this.tokens[end]!.text) || TITLES.has(this.tokens[end]!.text));
    return this.perTokens.has(end) || (ranked && this.perTokens.has(end + 1));
  }

  private entityNames: Map<string, string> | null = null;

  /** The id of the article's entity written `name` (its name or an alias, folded), or null. */
  entityNamed(name: string): string | null {
    if (!this.entityNames) {
      this.entityNames = new Map();
      for (const e of this.entityById.values()) {
        for (const n of [e.name, ...e.aliases]) {
          const key = foldText(n).trim();
          if (!this.entityNames.has(key)) this.entityNames.set(key, e.id);
        }
      }
    }
    return this.entityNames.get(foldText(name).trim()) ?? null;
  }

  /** Token `k` names a place (gazetteer or a LOC mention): في مانهاتن inside a role phrase. */
  isPlace(k: number): boolean {
    return this.locTokens.has(k) || isPlaceWord(this.tokens[k]!.text);
  }

  /** The first mention of `type` that starts inside [start, end). */
  mentionIn(start: number, end: number, type: Mention["type"]): Mention | undefined {
    for (const m of this.mentionsFrom(start)) {
      if (m.start >= end) return undefined;
      if (m.type === type) return m;
    }
    return undefined;
  }

  /** Mentions starting at or after `offset`, in text order. */
  *mentionsFrom(offset: number): Generator<Mention> {
    const ms = this.sorted;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ms.length; k++) yield ms[k]!;
  }

  /** Role phrases followed by a name, in text order. */
  roles(): RoleCandidate[] {
    if (this.rolesCache) return this.rolesCache;
    const out: RoleCandidate[] = [];
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (!isRoleHead(tokens[i]!.text)) continue;
      const split = splitRole(this, i, Math.min(tokens.length, i + MAX_ROLE_TOKENS + MAX_NAME_TOKENS));
      if (split.roleEnd > i && afterNamedHolder(this, i, split.roleEnd)) {
        // The role is the name's before it (الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب).
        let a = i;
        while (a > 0 && this.perTokens.has(a - 1) && joinedAt(this.text, tokens, a)) {
          // The name, without the titles and roles the mention may hold (المحامي خالد أبو راشد، العميد عبد الأمير).
          const w = tokens[a - 1]!.text;
          const particleBefore = NAME_PARTICLES.has(tokens[a - 2]?.text ?? "");
          if (!particleBefore && (RANKS.has(w) || HONORIFICS.has(w) || isRoleHead(w) || isOrgWord(w))) break;
          a--;
        }
        if (a === i) {
          i = Math.max(i, split.roleEnd - 1);
          continue;
        }
        out.push({
          role: roleKey(tokens.slice(i, split.roleEnd).map((t) => t.text)),
          name: this.candidate(a, i),
          at: tokens[i]!.start,
          nameSpan: { start: tokens[a]!.start, end: tokens[i - 1]!.end },
        });
      } else if (
        split.nameEnd > split.nameStart &&
        split.roleEnd > i &&
        !unnamedOccupation(this, i, split) &&
        // متحدث رسمي لشبكة «سكاي»: the outlet told, no holder's name; مدرب ريال مدريد زين الدين زيدان: the club,
        // then the name.
        !isToldOutlet(tokens[split.nameStart]!.text) &&
        !isToldOutlet(`ل${tokens[split.nameStart]!.text}`) &&
        !this.orgBeforePerson(split.nameStart) &&
        !sentTo(tokens, i, split.nameStart)
      ) {
        out.push({
          role: roleKey(tokens.slice(i, split.roleEnd).map((t) => t.text)),
          name: this.candidate(split.nameStart, split.nameEnd),
          at: tokens[i]!.start,
          nameSpan: { start: tokens[split.nameStart]!.start, end: tokens[split.nameEnd - 1]!.end },
        });
      }
      i = Math.max(i, split.roleEnd - 1);
    }
    this.rolesCache = out;
    return out;
  }

  private nameIndex: Map<string, NameCandidate[]> | null = null;
  private roleIndex: Map<string, RoleCandidate[]> | null = null;
  private entityRoleIndex: Map<string, EntityRole[]> | null = null;

  /** Names holding the word `w`, in text order. */
  namesWith(w: string): NameCandidate[] {
    if (!this.nameIndex) this.nameIndex = indexByWords(this.names(), (c) => c.words);
    return this.nameIndex.get(w) ?? [];
  }

  private spoken: NameCandidate[] = [];
  private spokenSeen = new Set<string>();
  private spokenCount = 0;

  /** Distinct names of the named (not anonymous) speakers of `quotes`, folded once. */
  speakerNames(quotes: Quote[]): NameCandidate[] {
    for (; this.spokenCount < quotes.length; this.spokenCount++) {
      const q = quotes[this.spokenCount]!;
      if (!q.speaker || q.anonymous || this.spokenSeen.has(q.speaker)) continue;
      this.spokenSeen.add(q.speaker);
      this.spoken.push({ words: foldText(q.speaker).split(/\s+/), name: q.speaker });
    }
    return this.spoken;
  }

  /** Role phrases (stated with a name) holding the bare word `w`, in text order. */
  rolesWith(w: string): RoleCandidate[] {
    if (!this.roleIndex) this.roleIndex = indexByWords(this.roles(), (r) => r.role);
    return this.roleIndex.get(w) ?? [];
  }

  /** Roles the entity tagger attached to entities, with the entity's fullest name. */
  entityRolesWith(w: string): EntityRole[] {
    if (!this.entityRoleIndex) {
      const all: EntityRole[] = [];
      for (const e of this.entityById.values()) {
        const name = e.roles && e.roles.length > 0 ? bestName(this, e) : null;
        if (!name) continue;
        for (const r of e.roles ?? []) all.push({ role: roleKey(foldText(r).split(/\s+/)), name, entity: e.id });
      }
      this.entityRoleIndex = indexByWords(all, (r) => r.role);
    }
    return this.entityRoleIndex.get(w) ?? [];
  }

  /** Every full person name the article writes: PER mentions, PER entities' aliases, names after roles. */
  names(): NameCandidate[] {
    if (this.namesCache) return this.namesCache;
    const out: NameCandidate[] = [];
    for (const r of this.roles()) out.push(r.name);
    for (const m of this.mentions) {
      if (m.type !== "PER") continue;
      const k = firstTokenAt(this.tokens, m.start);
      let e = k;
      while (e < this.tokens.length && this.tokens[e]!.end <= m.end) e++;
      const split = splitRole(this, k, e);
      if (split.nameEnd > split.nameStart) out.push(this.candidate(split.nameStart, split.nameEnd));
    }
    this.namesCache = out;
    return out;
  }

  candidate(a: number, b: number): NameCandidate {
    const words = this.tokens.slice(a, b).map((t) => t.text);
    const strong =
      this.perTokens.has(a) || (isFirstName(words[0]!) && !isAlaPreposition(this.tokens, a, this.perTokens));
    return { words, name: this.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end), strong };
  }
}

const isPlaceWord = (w: string) => isPlaceKey(gazKey(w));

/** A PER mention that holds a name, not only a role phrase (الرئيس الفرنسي السابق). */
function isNameMention(mention: string): boolean {
  // إمام (an imam, spelt with its hamza below) is an office the tagger at times calls a person; folded, it would
  // read as أمام "before", no role.
  return foldText(mention.replace(/(?<!\p{L})(?:ال)?إمام(?!\p{L})/gu, " "))
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .some((w) => w.length > 1 && !w.startsWith("ال") && !isRoleHead(w) && !HONORIFICS.has(w) && !isOrgWord(w));
}

/** A name in apposition between commas runs at most this many words (لويزة روفل). */
const MAX_APPOSITION_TOKENS = 4;

/** No punctuation or line break between token `a - 1` and token `a`. */
function joinedAt(text: string, tokens: Token[], a: number): boolean {
  return /^[ \t\u00a0\u200f\u200e]*$/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start));
}

/**
 * Candidates looked at per name or role lookup (the latest ones): keeps a 200 KB
 * article linear; an ordinary article has a few dozen names.
 */
const MAX_LOOKUPS = 256;

function indexByWords<T>(items: T[], words: (x: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const x of items) {
    for (const w of new Set(words(x))) {
      const list = index.get(w);
      if (list) list.push(x);
      else index.set(w, [x]);
    }
  }
  return index;
}

/** Role phrases run at most this many tokens (المتحدث باسم وزارة الخارجية الأمريكية). */
const MAX_ROLE_TOKENS = 7;
/** A role set off by a comma before the name may run longer (… في علم الفلك في جامعة ليستر البريطانية، جون بريدجز). */
const MAX_APPOSED_ROLE_TOKENS = 12;
/** Person names run at most this many tokens (عبدالله بن محمد بن إبراهيم آل الشيخ). */
const MAX_NAME_TOKENS = 7;

const HONORIFICS = new Set([
  "معالي",
  "سمو",
  "صاحب",
  "السمو",
  "الملكي",
  "فخامه",
  "سعاده",
  "جلاله",
  "سماحه",
  "فضيله",
  "دوله",
  "معاليه",
]);
const ROLE_LINKS = new Set([
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
const NAME_PARTICLES = new Set(["بن", "بنت", "ابن", "ابو", "ال", "عبد", "ابي", "دي", "دو", "فان", "فون"]);

/** The word without its article: الرئيس → رئيس، للرئيس → رئيس. */
function stripArticle(x: string): string {
  if (x.startsWith("لل") && x.length > 4) return x.slice(2);
  if (x.startsWith("ال") && x.length > 3) return x.slice(2);
  if (/^[لب]ال/.test(x) && x.length > 4) return x.slice(3);
  return x;
}

/** Readings of a word without proclitics: وزير → [وزير، زير]; ورئيس → [ورئيس، رئيس]. */
function bareForms(w: string): string[] {
  const out = [stripArticle(w)];
  if (w.length > 3 && /^[وفلب]/.test(w)) out.push(stripArticle(w.slice(1)));
  // A possessive suffix (سفيرتها → سفيره، أمينها → أمين) and the feminine ending (مساعده → مساعد).
  const unsuffixed = w.length > 4 ? w.replace(/(ها|هم|هما)$/, "") : w;
  if (unsuffixed !== w) out.push(unsuffixed.replace(/ت$/, "ه"), unsuffixed.replace(/ت$/, ""));
  if (w.length > 4 && w.endsWith("ه")) out.push(stripArticle(w.slice(0, -1)));
  return out;
}

/** The reading of `w` found in `set`, or the word without its article. */
function bareIn(w: string, set: ReadonlySet<string>): string | null {
  for (const b of bareForms(w)) if (set.has(b)) return b;
  return null;
}

function bare(w: string): string {
  return bareIn(w, ROLE_HEADS) ?? bareIn(w, ORG_CUES) ?? stripArticle(w);
}

/**
 * Role heads whose feminine is far more often an institution: المؤسسة العامة للخطوط الحديدية, not a
 * founder (مؤسس).
 */
const INSTITUTIONS_NOT_ROLES: ReadonlySet<string> = new Set(["مؤسسه"]);

/**
 * Memo of `isRoleHead` by word: it is asked of most tokens many times over (speaker phrases, names, groups), and
 * each answer reads the word's bare forms against four lists. Cleared when full, so a long run's vocabulary does
 * not pile up in it.
 */
const roleHeadMemo = new Map<string, boolean>();
const ROLE_HEAD_MEMO_MAX = 1 << 16;

function isRoleHead(w: string): boolean {
  let known = roleHeadMemo.get(w);
  if (known === undefined) {
    if (roleHeadMemo.size >= ROLE_HEAD_MEMO_MAX) roleHeadMemo.clear();
    known = readsAsRoleHead(w);
    roleHeadMemo.set(w, known);
  }
  return known;
}

function readsAsRoleHead(w: string): boolean {
  const forms = bareForms(w);
  const inSet = (set: ReadonlySet<string>) => forms.some((b) => set.has(b));
  if (inSet(INSTITUTIONS_NOT_ROLES)) return false;
  return (
    inSet(ROLE_HEADS) ||
    inSet(OFFICES) ||
    (inSet(OCCUPATIONS) && !/^(?:[وف]?ال|لل)عالم$/.test(w)) ||
    TITLES.has(w) ||
    (w.length > 3 && /^[وف]/.test(w) && TITLES.has(w.slice(1))) ||
    // القائم بأعمال السفير: the acting holder of an office (exactly: not قائمة, a list, nor بالقائمة).
    /^[وف]?(?:ال)?قائم$/.test(w)
  );
}

/**
 * Offices the tagger's role lexicon (model features) lacks: وكيل الإمارة، وكيلة الوزارة، المشرف العام على
 * المهرجان. Kept here, as `OCCUPATIONS` is.
 */
const OFFICES: ReadonlySet<string> = new Set(["وكيل", "وكيله", "مشرف", "مشرفه"]);

/**
 * Occupations that stand before a name like a role (الباحث في علم الفلك، جون بريدجز). Kept here, not in the
 * tagger's role lexicon, whose words are model features.
 */
const OCCUPATIONS: ReadonlySet<string> = new Set([
  "باحث",
  "باحثه",
  "استاذ",
  "استاذه",
  "طبيب",
  "طبيبه",
  "اخصائي",
  "اخصائيه",
  "محامي",
  "محاميه",
  "كاتب",
  "كاتبه",
  "صحفي",
  "صحفيه",
  "مؤرخ",
  "ناشط",
  "ناشطه",
  "دبلوماسي",
  "مدرب",
  "مصور",
  "مهندس",
  "مهندسه",
  "خبير",
  "خبيره",
  "محلل",
  "محلله",
  "عالم", // عالم الاجتماع، عالمة الآثار (العالم alone is "the world": see isRoleHead)
  "عالمه",
]);

/**
 * Occupations the news names a person by with a nationality (اللاعب البلجيكي، الفنان المصري) after naming
 * them with it (البلجيكي روميلو لوكاكو), bare; not offices (الرئيس الفرنسي), whose holders it names by the office.
 */
const NAMED_BY_NATIONALITY: ReadonlySet<string> = new Set([
  ...OCCUPATIONS,
  ...["لاعب", "لاعبه", "نجم", "نجمه", "مهاجم", "مدافع", "حارس", "ملاكم", "بطل", "بطله", "عداء", "دولي"],
  ...["فنان", "فنانه", "مطرب", "مطربه", "مغني", "مغنيه", "ممثل", "ممثله", "مخرج", "شاعر", "شاعره", "روائي"],
  ...["اعلامي", "اعلاميه", "داعيه"],
]);

/**
 * An indefinite occupation followed by words no tagger or name list vouches for as a name: a description,
 * not a name (كشف خبير بالهواتف الذكية طريقة استعادة الملفات، اعتبرت خبيرة فنية بارزة أن). A definite one
 * (الباحثة باتريشا ريد) and office roles (الوزير، المتحدث) keep their weaker names: news names them far more
 * often than it describes them.
 */
function unnamedOccupation(
  ctx: ArticleSpeakers,
  i: number,
  split: { roleEnd: number; nameStart: number; nameEnd: number },
): boolean {
  let h = i;
  while (h < split.roleEnd && HONORIFICS.has(ctx.tokens[h]!.text)) h++;
  const head = ctx.tokens[h]?.text ?? "";
  return (
    split.roleEnd > i &&
    !/^[وف]?ال/.test(head) &&
    bareIn(head, OCCUPATIONS) !== null &&
    bareIn(head, ROLE_HEADS) === null &&
    !ctx.candidate(split.nameStart, split.nameEnd).strong
  );
}

/**
 * Heads of institutions a spokesperson or an official speaks for that the tagger's organisation cues leave
 * out (they are model features): إمارة منطقة جازان، أمانة محافظة الطائف، بلدية، سفارة الولايات المتحدة، فرع
 * الجمعية، قسم الطوارئ.
 */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  "اماره",
  "امانه",
  "بلديه",
  "سفاره",
  "قنصليه",
  "رئاسه",
  "فرع",
  "قسم",
  // قيادة قوات التحالف، قيادة الجيش: a command, not a name before the forces it commands.
  "قياده",
]);

function isOrgWord(w: string): boolean {
  return bareIn(w, ORG_CUES) !== null || bareIn(w, OFFICE_HEADS) !== null;
}

/** Indefinite nisba adjectives that qualify a role (متحدث عسكري، مسؤول أمني، مصدر حكومي), folded. */
const ROLE_NISBAS: ReadonlySet<string> = new Set([
  "رسمي",
  "عسكري",
  "حكومي",
  "امني",
  "سياسي",
  "دبلوماسي",
  "اعلامي",
  "محلي",
  "اقليمي",
  "دولي",
  "اممي",
  "قضائي",
  "طبي",
  "برلماني",
  "حزبي",
  "ميداني",
  "قبلي",
  "حوثي",
  "كردي",
  "شيعي",
  "سني",
  "عربي",
  "غربي",
  "اجنبي",
  "اوروبي",
  "خليجي",
]);

/**
 * Whether the organisation mention at token `k`, after an indefinite role head in construct (مدرب ريال مدريد),
 * closes the speaker phrase: the cue's complement, a colon or a comma follows it, not more words of the phrase
 * (مدرب بايرن ميونيخ بطل دوري الدرجة الأولى، نيكو كوفاتش: an apposition goes on).
 */
function closesRole(ctx: ArticleSpeakers, k: number): boolean {
  const { text, tokens } = ctx;
  const head = tokens[k - 1]!.text;
  if (!isRoleHead(head) || head.startsWith("ال")) return false;
  const end = ctx.orgEnd.get(k)!;
  if (end >= tokens.length) return true;
  const next = tokens[end]!.text;
  return COMPLEMENTIZERS.has(next) || /[:،,.]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start));
}

/** Heads of the regions an office is in (في منطقة الرياض، في محافظة البصرة), folded. */
const REGION_HEADS: ReadonlySet<string> = new Set(["منطقه", "محافظه", "مدينه", "ولايه", "اقليم", "قضاء", "مقاطعه"]);

/**
 * Heads of places a person's name follows in construct when the place is named for them (مطار الملك خالد، مدينة
 * الملك عبدالعزيز), folded. Not the heads of regions (بمنطقة الرياض عبدالله …), whose name is a place's.
 */
const NAMED_PLACE_HEADS: ReadonlySet<string> = new Set(["مطار", "ميناء", "استاد", "ملعب", "مدينه", "جسر", "شارع"]);

/**
 * Whether the name starting at token `n` names the institution before it: an indefinite institution head in
 * construct, maybe with a royal title between (مركز الملك | سلمان للإغاثة، مكتب الأمير | محمد بن سلمان،
 * جامعة | محمد الخامس). That person is not the one speaking for it.
 */
function namesInstitution(ctx: ArticleSpeakers, first: number, n: number): boolean {
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
function closingName(ctx: ArticleSpeakers, from: number, last: number): { start: number; end: number } | null {
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

/** A role phrase as a comparable key: bare words, synonyms merged. */
function roleKey(words: string[]): string[] {
  return words
    .filter((w) => !HONORIFICS.has(w))
    .map((w) => {
      const b = bare(w);
      return foldSynonym(b);
    });
}

function foldSynonym(b: string): string {
  return ROLE_SYNONYMS.get(b) ?? ROLE_SYNONYMS.get(`ال${b}`)?.replace(/^ال/, "") ?? b;
}

/** A word that can be part of a person's name. */
function isNameWord(ctx: ArticleSpeakers, k: number, inName: boolean): boolean {
  const w = ctx.tokens[k]!.text;
  if (!/^\p{L}/u.test(w) || (w.length < 2 && w !== "د")) return false;
  // A word with tanween (مدهوشًا، تاركًا) is an adverbial accusative, never part of a name.
  if (hasTanweenFath(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end))) return false;
  // بإحباط، لأسباب: a preposition on a word opening with a hamza; no name is spelt so.
  if (/^[بلك][أإ]/.test(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.start + 2))) return false;
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

/** A definite word that ends a construct chain, not الله closing a name (ذبيح الله مجاهد، عبد الله), folded. */
function definiteNoun(w: string): boolean {
  return w.startsWith("ال") && w !== "الله";
}

/**
 * The token after the place that starts at token `k` (before `end`): past the whole mention when one starts
 * there (نائب مدير مطار عدن الدولي), else past `k`.
 */
function placeEnd(ctx: ArticleSpeakers, k: number, end: number): number {
  const { tokens, text } = ctx;
  // Only a place named with its head (مطار، ميناء، منطقة): a tagger's place may run into the name after it
  // (وزيرة خارجية كوريا الجنوبية كانغ كونغ-وا).
  if (!NAMED_PLACE_HEADS.has(tokens[k]!.text) && !REGION_HEADS.has(tokens[k]!.text)) return k + 1;
  const place = ctx.mentionIn(tokens[k]!.start, tokens[k]!.start + 1, "LOC");
  let j = k + 1;
  while (place && j < end && joinedAt(text, tokens, j) && tokens[j]!.start < place.end) j++;
  return j;
}

/** True when a place mention starts one letter into token `k`, after its ب or ل (بجدة، لمدينة). */
function placeAfterPrefix(ctx: ArticleSpeakers, k: number): boolean {
  const start = ctx.tokens[k]!.start + 1;
  if (!/^[بل]/.test(ctx.tokens[k]!.text)) return false;
  return (
    ctx.mentionIn(start, start + 1, "LOC") !== undefined ||
    (isPlaceWord(ctx.tokens[k]!.text.slice(1)) && !isPlaceWord(ctx.tokens[k]!.text))
  );
}

/** A word ending in a possessive pronoun other than ه (حديثها، ولايته، خارجيتها), not a known first name. */
function isPossessed(w: string): boolean {
  return w.length > 4 && /(?:ها|هما|هم|تهم|يته)$/.test(w) && !isFirstName(w);
}

const FUNCTION_WORDS = new Set([
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

/**
 * Splits the phrase starting at token `i` into a role (titles, role heads and their
 * modifiers) and the name after it. Stops at punctuation between tokens.
 */
/** Nouns that name an expert's field after في (الخبير في شؤون المياه). */
const FIELD_NOUNS = new Set(["شؤون", "الشؤون", "مجال", "قضايا", "علم", "علوم", "ملف", "ملفات", "شان", "الشان"]);

function splitRole(
  ctx: ArticleSpeakers,
  i: number,
  end: number,
): { roleEnd: number; nameStart: number; nameEnd: number } {
  const { tokens, text } = ctx;
  let k = i;
  const joined = (a: number) => a === i || joinedAt(text, tokens, a);
  // في at `j`, a head of `heads`, then a definite word (or, with `place`, a place): الخبير في شؤون المياه، في منطقة عسير.
  const headAfterFi = (j: number, heads: ReadonlySet<string>, place: boolean) =>
    tokens[j]!.text === "في" &&
    j + 2 < end &&
    joined(j + 1) &&
    joined(j + 2) &&
    heads.has(tokens[j + 1]!.text) &&
    (tokens[j + 2]!.text.startsWith("ال") || (place && ctx.isPlace(j + 2))) &&
    !ctx.perTokens.has(j + 2);
  while (k < end && joined(k)) {
    const w = tokens[k]!.text;
    if (HONORIFICS.has(w)) {
      k++;
      continue;
    }
    if (!isRoleHead(w) || (ctx.perTokens.has(k) && !TITLES.has(w) && !PERSON_TITLES.has(w))) break;
    k++;
    // Modifiers of the role: الدفاع الأمريكي، باسم وزارة الخارجية، مجلس الشورى. A role that has its
    // nationality (نائب الرئيس التركي) takes no further noun: وصف نائب الرئيس التركي المياه بأنها …
    let national = false;
    while (k < end && joined(k)) {
      const m = tokens[k]!.text;
      // المؤسسة الوطنية للنفط التي يوجد مقرها …: a relative clause ends the role (التي is no definite noun).
      if (RELATIVES.has(m)) break;
      // العقيد الركن طيار، اللواء ركن: a rank's qualifiers, even where the tagger starts the name on them.
      if (RANK_QUALIFIERS.has(m)) {
        k++;
        continue;
      }
      // A person with لل glued on (الوزير المؤيد للبريكست، المستشار للرئيس) is the role's object, not its holder.
      if (ctx.perTokens.has(k) && !(m.startsWith("لل") && m.length > 4)) break;
      const withArticle = stripArticle(m) !== m;
      // A modifier coordinated with the one before (وزير الصحة والسكان، مدير عام السدود والخزانات).
      // Or a second role of the same person (الباحث والأستاذ، العالم والدبلوماسي).
      const coordinated =
        (m.length > 5 && m.startsWith("وال") && k > i && !isRoleHead(m.slice(1))) ||
        (m.length > 3 &&
          m[0] === "و" &&
          (isRoleHead(m.slice(1)) || m === "ومسؤول" || m === "ومسؤوله") &&
          // عالم الاجتماع والمحلل أوسكار فارغاس: a definite second role before the name is the same person's.
          (!ctx.perTokens.has(k + 1) || m.startsWith("وال")));
      // (A prepositional one still belongs to it: المجلس النرويجي للاجئين.)
      const noun = withArticle && m.length > 3 && !isRoleHead(m) && (!national || m.startsWith("لل"));
      const workplace = m === "في" ? workplaceEnd(ctx, k + 1) : -1;
      // أمير قطر، ملك الأردن، رئيس مصر: the country an indefinite role head is in construct with; لواء روسي،
      // مسؤول أمريكي: its indefinite nationality.
      // (Also after عام: مدعي عام نيويورك، أمين عام حزب الله.)
      const head = tokens[k - 1]!.text === "عام" && k - 2 >= i ? tokens[k - 2]!.text : tokens[k - 1]!.text;
      const ruledPlace =
        !national &&
        !head.startsWith("ال") &&
        isRoleHead(head) &&
        (ctx.isPlace(k) || (!m.startsWith("ال") && nisbaPlace(gazKey(m)) !== null)) &&
        !ctx.perTokens.has(k);
      if (ROLE_LINKS.has(m) || isOrgWord(m) || noun || coordinated || ruledPlace) {
        if (withArticle && nisbaPlace(gazKey(m)) !== null) national = true;
        k = ruledPlace ? placeEnd(ctx, k, end) : k + 1;
      } else if (m === "في" && k + 1 < end && joined(k + 1) && ctx.isPlace(k + 1)) k += 2;
      // متحدث عسكري حوثي، مسؤول أمني: indefinite nisba adjectives after an indefinite role head describe it.
      else if (
        (ROLE_NISBAS.has(m) || (!m.startsWith("ال") && nisbaPlace(gazKey(m)) !== null)) &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        !tokens[k - 1]!.text.startsWith("ال") &&
        (isRoleHead(tokens[k - 1]!.text) || /ي$/u.test(tokens[k - 1]!.text))
      )
        k++;
      // مدرب ريال مدريد زين الدين زيدان، قائد شرطة دبي الفريق ضاحي خلفان، وأضاف مدرب ريال مدريد أن: the
      // organisation the role is in, tagged, before the holder's name or closing the phrase.
      else if (ctx.orgBeforePerson(k) || (ctx.orgEnd.has(k) && closesRole(ctx, k))) k = ctx.orgEnd.get(k)!;
      // مدير النادي الأدبي في منطقة الحدود الشمالية: في, a region's head, its name.
      else if (headAfterFi(k, REGION_HEADS, true)) k += 3;
      // الأستاذ في جامعة القاهرة جون سميث، الطاهي التنفيذي في «كلاريدجز» مارتن نايل: the institution the role is
      // in, when a tagged name follows it.
      else if (workplace > 0) k = workplace;
      // The field of an expert (الخبير في شؤون المياه، الباحث في مجال الطاقة): في, the field noun, its genitive.
      else if (headAfterFi(k, FIELD_NOUNS, false)) k += 3;
      // A construct chain going on (مدير مكتب تحقيقات الخلفيات): an indefinite noun after an indefinite one,
      // before a definite one; not a name after a definite word (محافظ البصرة أسعد العيداني، المتحدث الرسمي
      // للمركز رأفت الصباغ).
      else if (
        m.length > 3 &&
        k > i &&
        stripArticle(tokens[k - 1]!.text) === tokens[k - 1]!.text &&
        !/^[وفلب]/.test(m) &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        k + 1 < end &&
        joined(k + 1) &&
        !ctx.perTokens.has(k + 1) &&
        (definiteNoun(tokens[k + 1]!.text) ||
          // (Two indefinite nouns before it: مسؤول نيابة مكافحة الإرهاب.)
          (k + 2 < end &&
            joined(k + 2) &&
            !/^[وفلب]/.test(tokens[k + 1]!.text) &&
            !isFirstName(tokens[k + 1]!.text) &&
            !ctx.isPlace(k + 1) &&
            !ctx.perTokens.has(k + 2) &&
            definiteNoun(tokens[k + 2]!.text)))
      )
        k++;
      // مدير مكتب الحملة بتركيا خالد السلامة: ب/ل + a place alone, where the office is.
      else if (m.length > 3 && !isFirstName(m) && !ctx.perTokens.has(k) && placeAfterPrefix(ctx, k)) k++;
      // بكوريا الجنوبية، بمحافظة البصرة، بمنطقة جازان: where the office is (not a name that starts with ب:
      // بشار، بلال).
      else if (
        m.length > 3 &&
        m[0] === "ب" &&
        !isFirstName(m) &&
        !COMPLEMENTIZERS.has(m) &&
        k + 1 < end &&
        joined(k + 1) &&
        !RELATIVES.has(tokens[k + 1]!.text) &&
        (tokens[k + 1]!.text.startsWith("ال") || (ctx.isPlace(k + 1) && !ctx.perTokens.has(k + 1)))
      )
        k += tokens[k + 1]!.text.startsWith("ال") ? 1 : 2;
      // مدير فرع الوزارة بحائل صالح الأحمري، مدير الشؤون الصحية بجازان بيشي الصرخي: ب + a place no list knows,
      // after a definite word and right before the holder's tagged name, which findEntities starts after it. Not
      // before a name that opens with a particle (الممثل بديع | أبو شقرا: a given name the lists lack before it).
      else if (
        m.length > 3 &&
        m[0] === "ب" &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        tokens[k - 1]!.text.startsWith("ال") &&
        k + 1 < end &&
        joined(k + 1) &&
        ctx.perTokens.has(k + 1) &&
        !NAME_PARTICLES.has(tokens[k + 1]!.text) &&
        tokens[k + 1]!.text !== "ام"
      )
        k++;
      // A purpose in construct (التحالف العربي لدعم الشرعية), not the outlet told (لوكالة الأنباء). (Also one
      // with a name that closes the phrase: رئيس اللجنة الإشرافية لسوق عكاظ.)
      else if (
        /^ل[^ل]/.test(m) &&
        m.length > 3 &&
        !isOrgWord(m.slice(1)) &&
        !isFirstName(m) &&
        k + 1 < end &&
        joined(k + 1) &&
        !ctx.perTokens.has(k) &&
        !ctx.perTokens.has(k + 1) &&
        (tokens[k + 1]!.text.startsWith("ال") || (k + 2 === end && tokens[k - 1]!.text.startsWith("ال"))) &&
        !RELATIVES.has(tokens[k + 1]!.text)
      )
        k += 2;
      else if (m === "لدي" && k + 1 < end && joined(k + 1) && stripArticle(tokens[k + 1]!.text) !== tokens[k + 1]!.text)
        k++;
      // وزير خارجيتها، المتحدثة باسمه، المنتهية ولايته: the role's noun with a pronoun for whose it is.
      else if (isPossessed(m) || m === "باسمه" || m === "باسمها") k++;
      // رئيسة وزراء بريطانيا، مدير كهرباء تعز، وزير خارجية إيران، مدير أمن عدن: an indefinite noun in construct
      // with a place.
      else if (
        m.length > 2 &&
        !m.startsWith("ال") &&
        !/^[فلب]/.test(m) &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        k + 1 < end &&
        joined(k + 1) &&
        ctx.isPlace(k + 1) &&
        !ctx.perTokens.has(k + 1)
      )
        k = placeEnd(ctx, k + 1, end);
      else break;
    }
  }
  let roleEnd = k;
  // A role that runs on past its modifiers to a comma and a tagged name is all role: الباحث والأستاذ في
  // علم الفلك في جامعة ليستر البريطانية، جون بريدجز، أن …
  if (k > i) {
    for (let a = k; a < Math.min(end, k + MAX_APPOSED_ROLE_TOKENS); a++) {
      const gap = text.slice(tokens[a - 1]!.end, tokens[a]!.start);
      if (/^\s*[،,]\s*$/.test(gap) && (ctx.perTokens.has(a) || appositeName(ctx, a) >= 2)) {
        roleEnd = a;
        break;
      }
      const w = tokens[a]!.text;
      if (/[^\s]/.test(gap) || ctx.perTokens.has(a) || CUES.has(w) || COMPLEMENTIZERS.has(w)) break;
    }
  }
  // A name in apposition between commas (قائد الشرطة، مارك روبرتس، إن).
  if (
    roleEnd > i &&
    roleEnd < tokens.length &&
    /^\s*[،,]\s*$/.test(text.slice(tokens[roleEnd - 1]!.end, tokens[roleEnd]!.start))
  ) {
    const tagged = ctx.perTokens.has(roleEnd) ? ctx.perEnd.get(roleEnd) : undefined;
    if (tagged !== undefined) return { roleEnd, nameStart: roleEnd, nameEnd: tagged };
    let a = roleEnd;
    const stop = Math.min(tokens.length, roleEnd + MAX_APPOSITION_TOKENS);
    while (a < stop && (a === roleEnd || joinedAt(text, tokens, a)) && isNameWord(ctx, a, a > roleEnd)) a++;
    if (a > roleEnd && a < tokens.length && /^\s*[،,]/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) {
      return { roleEnd, nameStart: roleEnd, nameEnd: a };
    }
  }
  // على before a complementizer is the verb's preposition, not the name Ali (شدد رئيس الحكومة على أن); so
  // is على the tagger reads no name at or after (المتحدث باسم الوزارة على حسابه).
  if (
    tokens[k]?.text === "علي" &&
    (COMPLEMENTIZERS.has(tokens[k + 1]?.text ?? "") || isAlaPreposition(tokens, k, ctx.perTokens))
  ) {
    return { roleEnd, nameStart: k, nameEnd: k };
  }
  // أطلع الوزير أمير قطر على تفاصيل الاتفاق: على written with ى that the tagger reads as no name is the
  // preposition; its object is the role's (المشرف العام على المهرجان عبد الله المحمدي: the name after it).
  if (tokens[k]?.text === "علي" && k > i && !ctx.perTokens.has(k) && text[tokens[k]!.end - 1] === "ى") {
    const p = firstTaggedAfter(ctx, k, Math.min(end, k + MAX_ALA_OBJECT_TOKENS + 1));
    if (p < 0) return { roleEnd, nameStart: k, nameEnd: k };
    k = p;
  }
  // مقترحات الرئيس العام لإيقاف تزايد …، المكتب الإعلامي لمنطقة روستوف: ل + a verbal noun or a definite
  // word after the role is its complement, no name.
  if (k > i && k < end && isLamComplement(ctx, k)) {
    // الأمين العام لأوبك عبد الله البدري، المحامي الشخصي للرئيس رودي جولياني: the tagged name after the
    // complement is the holder's. (السكرتير الخاص للرئيس هادي reads so too: which office a name right after
    // ل + a role holds, the text does not say.)
    const p = firstTaggedAfter(ctx, k, end);
    if (p < 0) return { roleEnd, nameStart: k, nameEnd: k };
    k = p;
  }
  let n = k;
  // A name the tagger found ends where its mention ends (هولاند بقيام → هولاند), unless a particle follows.
  const mentionEnd = ctx.perEnd.get(k);
  if (mentionEnd !== undefined) {
    n = Math.min(end, mentionEnd);
    if (n >= end || !NAME_PARTICLES.has(tokens[n]!.text)) return { roleEnd, nameStart: k, nameEnd: n };
  }
  while (n < end && n - k < MAX_NAME_TOKENS && joined(n) && isNameWord(ctx, n, n > k)) n++;
  // آل takes the family name after it, even a word that is a title elsewhere (عبدالله بن محمد آل الشيخ).
  if (n > k && n < end && tokens[n - 1]!.text === "ال" && joined(n)) n++;
  // A name does not end on a particle (بن، عبد).
  while (n > k && NAME_PARTICLES.has(tokens[n - 1]!.text)) n--;
  return { roleEnd, nameStart: k, nameEnd: n };
}

/**
 * Where a name found by `splitRole` ends once a first name alone takes the one or two words left before the
 * speaker phrase ends as its family name, whatever the name lists say of them (المهندس محمد العمرة:). Not a
 * stop word, a demonstrative or ل + a word (لرويترز، للرئيس بوتين: the one told).
 */
function familyNameEnd(ctx: ArticleSpeakers, split: { nameStart: number; nameEnd: number }, last: number): number {
  const { tokens, text } = ctx;
  const rest = last - split.nameEnd;
  if (split.nameEnd - split.nameStart !== 1 || rest <= 0 || rest > 2) return split.nameEnd;
  if (!isFirstName(tokens[split.nameStart]!.text)) return split.nameEnd;
  for (let k = split.nameEnd; k < last; k++) {
    const w = tokens[k]!.text;
    if (!joinedAt(text, tokens, k) || CUES.has(w) || SPEAKER_STOPS.has(w) || DEMONSTRATIVES.has(w))
      return split.nameEnd;
    if (w.startsWith("ل") && !w.startsWith("لا")) return split.nameEnd;
  }
  return last;
}

/**
 * A role right after a tagged name of two words or more is that person's apposition: an untagged word after it is
 * the verb's object, not a second holder's name (عقد الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب
 * اجتماعا). Not a one-word role, nor one inside the name (عبدالعزيز الشيخ), nor when a tagged name follows the role
 * closely (استقبل الشيخ عبدالله بن زايد المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد: the guest's role).
 */
function afterNamedHolder(ctx: ArticleSpeakers, role: number, roleEnd: number): boolean {
  const { text, tokens, perTokens } = ctx;
  // A one-word role right after a name may be its family name (صالح القاضي، عبدالعزيز الشيخ), unless its field
  // follows (سيباستيان أبيس الباحث في مؤسسة …).
  const field = tokens[roleEnd]?.text === "في" && roleEnd < tokens.length && joinedAt(text, tokens, roleEnd);
  if (role < 2 || (roleEnd - role < 2 && !field) || perTokens.has(role) || !perTokens.has(role - 1)) return false;
  if (!perTokens.has(role - 2)) return false;
  if (!joinedAt(text, tokens, role) || !joinedAt(text, tokens, role - 1)) return false;
  for (let k = roleEnd; k < Math.min(tokens.length, roleEnd + MAX_HOLDER_GAP_TOKENS); k++) {
    if (k > roleEnd && !joinedAt(text, tokens, k)) break;
    // … بالدعم الذي يوليه الأمير سلطان: a name inside a relative clause after the role does not hold it.
    if (RELATIVES.has(tokens[k]!.text)) break;
    if (perTokens.has(k)) return false;
  }
  return true;
}
/** How far after a role a tagged name may stand and still be the role's holder (المبعوث الأممي إلى اليمن X). */
const MAX_HOLDER_GAP_TOKENS = 4;

/** Words of the object of على a role may have before the holder's name (المشرف العام على مهرجان بريدة للتمور المهندس). */
const MAX_ALA_OBJECT_TOKENS = 5;

/** The first token in (from, to) inside a tagged person's name, with no punctuation before it; or -1. */
function firstTaggedAfter(ctx: ArticleSpeakers, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!joinedAt(ctx.text, ctx.tokens, k)) return -1;
    if (ctx.perTokens.has(k)) return k;
  }
  return -1;
}

/** ل + a verbal noun or a definite word, or بال + a word (لإيقاف، للبحث، لمنطقة، بالمجمع), not a tagged name or a first name. */
function isLamComplement(ctx: ArticleSpeakers, k: number): boolean {
  const w = ctx.tokens[k]!.text;
  return w.length >= 5 && /^(?:ل[لامت]|بال)/.test(w) && !ctx.perTokens.has(k) && !isFirstName(w);
}

/**
 * Where an organisation the tagger found at token `a` ends, when a tagged person follows it right away or after
 * a comma (quote marks allowed around it): the token after it, else -1.
 */
function workplaceEnd(ctx: ArticleSpeakers, a: number): number {
  const { text, tokens } = ctx;
  const b = ctx.orgEnd.get(a);
  if (b === undefined || b >= tokens.length || !ctx.perTokens.has(b)) return -1;
  const loose = (k: number) => /^[\s«»"“”]*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  for (let k = a; k < b; k++) if (!loose(k)) return -1;
  // القيادي في حركة النهضة، عبد الكريم الهاروني، إن: the name may stand in apposition after a comma.
  return loose(b) || /^[\s«»"“”]*[،,]\s*$/.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start)) ? b : -1;
}

/** Length of a run of name words at `a` closed by a comma (، فيسل غانزيفورت،), or 0. */
function appositeName(ctx: ArticleSpeakers, a: number): number {
  const { tokens, text } = ctx;
  let b = a;
  const stop = Math.min(tokens.length, a + MAX_APPOSITION_TOKENS);
  while (b < stop && (b === a || joinedAt(text, tokens, b)) && isNameWord(ctx, b, b > a)) b++;
  return b > a && b < tokens.length && /^\s*[،,]/.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start)) ? b - a : 0;
}

/** True when `run` occurs contiguously in `words` (the first word may carry و/ل). */
/** Whether `run` occurs in `words` only strictly inside: neither opening nor closing them. */
function insideOnly(words: string[], run: string[]): boolean {
  const n = run.length;
  if (n === 0 || words.length <= n) return false;
  return !containsRun(words.slice(0, n), run) && !containsRun(words.slice(-n), run);
}

/** Words that link a name to the father's after it (بن، بنت، ابن), folded. */
const PATRONYM_LINKS = new Set(["بن", "بنت", "ابن"]);

function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    // The father's name in a chain (محمد بن سلمان بن عبد العزيز) is another person: سلمان, سلمان بن عبد العزيز
    // are not this one. (A last word after بن alone is the family name: فتحي بن لزرق، بن أولسن.)
    const familyName = run.length === 1 && i === words.length - 1;
    if (i > 0 && PATRONYM_LINKS.has(words[i - 1]!) && !familyName) continue;
    for (let k = 0; k < run.length; k++) {
      const a = words[i + k]!;
      const b = run[k]!;
      if (a !== b && !(k === 0 && b.length > 2 && /^[وفل]/.test(b) && b.slice(1) === a)) continue outer;
    }
    return true;
  }
  return false;
}

/** The fullest form of a name in the article (كارتر → آشتون كارتر), or null. */
/** Second parts of compound names and titles a first name may follow inside one name (عبد الله محمد، ولد الشيخ أحمد). */
const NAME_COMPOUND_TAILS: ReadonlySet<string> = new Set([
  "الله",
  "الدين",
  "الرحمن",
  "الاسلام",
  "الحق",
  "الشيخ",
  "السيد",
]);

/** A first name after a definite word that is no compound's tail starts a second name (الدولي | محمد الشهري). */
function opensAnotherName(w: string, prev: string): boolean {
  return (
    !w.startsWith("ال") &&
    isFirstName(w) &&
    !isRoleHead(w) &&
    prev.startsWith("ال") &&
    !NAME_PARTICLES.has(prev) &&
    !NAME_COMPOUND_TAILS.has(prev) &&
    !TITLES.has(prev) &&
    !PERSON_TITLES.has(prev)
  );
}

function completeName(ctx: ArticleSpeakers, run: string[], earlier: Quote[]): string | null {
  let best: NameCandidate | null = null;
  const consider = (c: NameCandidate) => {
    if (c.words.length <= (best?.words.length ?? run.length - 1)) return;
    if (c.words.length > MAX_NAME_TOKENS) return;
    // A rank inside is a role read into the name (بمنطقة حائل الدكتور يوسف الثويني).
    if (c.words.some((w, i) => (i > 0 && RANKS.has(w)) || RANK_QUALIFIERS.has(w))) return;
    // A name does not open with لل (للحج والعمرة لشؤون الحج عبدالقادر الجبرتي): a role's tail read into it.
    if (c.words[0]!.startsWith("لل")) return;
    // Nor holds a purpose (مركز الملك سلمان للإغاثة … رأفت الصباغ): an institution's name read into it.
    if (c.words.some((w, i) => i < c.words.length - 1 && w.startsWith("لل") && w.length > 4)) return;
    // Nor a role in construct before its last word (رامي عبدالرحمن مدير المرصد): the role after the name, read
    // into it (a last word may be a family name: عاصم شيخ).
    const roleInside = (w: string, i: number) =>
      i > 0 &&
      i < c.words.length - 1 &&
      !w.startsWith("ال") &&
      isRoleHead(w) &&
      !isFirstName(w) &&
      !NAME_PARTICLES.has(c.words[i - 1]!);
    if (c.words.some(roleInside)) return;
    // A first name after a family name opens another name (مطار الملك خالد الدولي | محمد الشهري).
    if (c.words.some((w, i) => i > 1 && opensAnotherName(w, c.words[i - 1]!))) return;
    // Nor a preposition (بوتين على أوباما): a tagger's run across two names.
    if (crossesPreposition(c.name)) return;
    // Nor one that holds the run only inside (دونالد ترامب جي أر for ترامب: the son, by his suffix).
    if (containsRun(c.words, run) && !insideOnly(c.words, run)) best = c;
  };
  const key = run[0]!;
  for (const k of [key, key.length > 2 ? key.slice(1) : key]) {
    const list = ctx.namesWith(k);
    for (let c = Math.max(0, list.length - MAX_LOOKUPS); c < list.length; c++) consider(list[c]!);
  }
  const spoken = ctx.speakerNames(earlier);
  for (let q = Math.max(0, spoken.length - MAX_LOOKUPS); q < spoken.length; q++) consider(spoken[q]!);
  return (best as NameCandidate | null)?.name ?? null;
}

/**
 * The person the article named with `role` (الرئيس السوداني → عمر البشير), with their entity when the
 * tagger found them, or null. A one-word role (الوزير) names the person only when the article gave that
 * role to one person alone (تفقد الدكتور طارق الجمال، وزير الصحة … وأكد الوزير): with two ministers it
 * stays the role as written.
 */
function personForRole(
  ctx: ArticleSpeakers,
  role: string[],
  before: number,
): { name: string; entity: string | null } | null {
  if (role.length === 0) return null;
  if (role.length === 1) return onlyPersonWithRole(ctx, role[0]!, before);
  // Prefer a name the tagger or the first-name list vouches for (not خادم الحرمين), then the latest before.
  let found: RoleCandidate | null = null;
  let foundScore = -1;
  const list = ctx.rolesWith(role.at(-1)!);
  for (let c = Math.max(0, list.length - MAX_LOOKUPS); c < list.length; c++) {
    const r = list[c]!;
    if (!containsAll(r.role, role)) continue;
    const score = (r.name.strong ? 2 : 0) + (r.at < before ? 1 : 0);
    if (score >= foundScore && (r.at < before || score > foundScore)) {
      found = r;
      foundScore = score;
    }
  }
  if (found) return { name: found.name.name, entity: roleEntity(ctx, found) };
  // Roles the entity tagger attached to an entity (its own in-article resolution).
  const tagged = ctx.entityRolesWith(role.at(-1)!);
  for (let c = 0; c < Math.min(tagged.length, MAX_LOOKUPS); c++) {
    const r = tagged[c]!;
    if (containsAll(r.role, role)) return { name: r.name, entity: r.entity };
  }
  return null;
}

/** The one person given a role with the head `head` before `before` (or by the tagger), or null when none or several. */
function onlyPersonWithRole(
  ctx: ArticleSpeakers,
  head: string,
  before: number,
): { name: string; entity: string | null } | null {
  let found: { name: string; entity: string | null } | null = null;
  const seen = new Set<string>();
  const consider = (name: string, entity: string | null) => {
    const key = foldText(name);
    // The same person written twice (آشتون كارتر, كارتر) is one: the longer form is kept.
    for (const k of seen) if (k.includes(key) || key.includes(k)) return;
    seen.add(key);
    found = seen.size === 1 ? { name, entity } : null;
  };
  const list = ctx.rolesWith(head);
  for (let c = Math.max(0, list.length - MAX_LOOKUPS); c < list.length; c++) {
    const r = list[c]!;
    if (r.at < before && r.role[0] === head) consider(r.name.name, roleEntity(ctx, r));
  }
  const tagged = ctx.entityRolesWith(head);
  for (let c = 0; c < Math.min(tagged.length, MAX_LOOKUPS); c++) {
    const r = tagged[c]!;
    if (r.role[0] === head) consider(r.name, r.entity);
  }
  return seen.size === 1 ? found : null;
}

/** The PER entity of a role candidate's name, when the tagger found one there. */
function roleEntity(ctx: ArticleSpeakers, r: RoleCandidate): string | null {
  return ctx.mentionIn(r.nameSpan.start, r.nameSpan.end, "PER")?.entity ?? null;
}

function containsAll(have: string[], want: string[]): boolean {
  return want.every((w) => have.includes(w));
}

/** The titles each honorific pronoun stands for (سموه → الأمير), folded. */
const HONORIFIC_TITLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      [
        ["سموه", "سموها"],
        ["الامير", "الاميره", "امير", "سمو"],
      ],
      [
        ["معاليه", "معاليها"],
        ["الوزير", "الوزيره", "وزير", "معالي"],
      ],
      [["سماحته"], ["الشيخ", "المفتي", "مفتي", "سماحه", "ايه"]],
      [["فضيلته"], ["الشيخ", "فضيله", "الدكتور"]],
      [
        ["سعادته", "سعادتها"],
        ["سعاده", "الدكتور", "الدكتوره", "المهندس", "الاستاذ", "اللواء", "العميد", "السفير"],
      ],
      [["جلالته"], ["الملك", "جلاله"]],
      [["فخامته"], ["الرئيس", "فخامه"]],
    ] as const
  ).flatMap(([pronouns, titles]) => pronouns.map((p) => [p, new Set<string>(titles)] as const)),
);

/** PRONOUN_SPEAKERS that are honorifics (سعادته، سماحته), not هو/هي or بدوره. */
const HONORIFIC_PRONOUNS = new Set([...PRONOUN_SPEAKERS].filter((w) => !/^(?:هو|هي|بدوره|بدورها)$/.test(w)));

/** Prepositions that are no word of a person's name, as written (folded, على is the name Ali). */
const NAME_BREAKING_PREPOSITIONS = new Set(["على", "في", "من", "عن", "إلى", "الى", "مع", "حول", "ضد"]);

/**
 * Whether a name as written holds a preposition: a tagger's run across two names (رد بوتين على أوباما) or into
 * what follows (بترجي على). Not على after a first name or بن, the name Ali spelt with ى (محمد على المقدشي).
 */
function crossesPreposition(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, k) => {
    if (!NAME_BREAKING_PREPOSITIONS.has(w)) return false;
    if (w !== "على" || k === 0 || k === words.length - 1) return true;
    const prev = foldText(words[k - 1]!);
    return !isFirstName(prev) && !NAME_PARTICLES.has(prev);
  });
}

/** An entity's fullest name that is a name, not a role phrase. */
function bestName(ctx: ArticleSpeakers, e: Entity): string | null {
  let best: string | null = null;
  let bestWords = 0;
  for (const a of [e.name, ...e.aliases]) {
    const words = foldText(a).split(/\s+/).filter(Boolean);
    // (Nor a tagger's run across a preposition: بوتين على أوباما.)
    if (
      words.length === 0 ||
      words.some((w) => isRoleHead(w) || RANK_QUALIFIERS.has(w)) ||
      crossesPreposition(a) ||
      words[0]!.startsWith("ال")
    )
      continue;
    if (words.length > bestWords) {
      best = a;
      bestWords = words.length;
    }
  }
  void ctx;
  return best;
}

/** The speaker named by `speakerTokens`, completed to the fullest form of the name in the article. */
/**
 * Definite participles that need what follows them (الصادرة في مدريد، المقربة من الحكومة، المملوكة لفيسبوك),
 * folded: left last in a speaker phrase, the stop word after them having cut their complement, they are no
 * part of the speaker (صحيفة "آس" الصادرة → صحيفة "آس").
 */
const DANGLING_PARTICIPLES: ReadonlySet<string> = new Set(
  ["الصادر", "المقرب", "المملوك", "الممول", "التابع", "الموالي", "المدعوم", "المحسوب", "المنتمي"].flatMap((w) => [
    w,
    `${w}ه`,
  ]),
);
/** A club's league after its name (أرسنال المنتمي للدوري الإنجليزي), folded: a description, never the name's. */
const LEAGUE_PARTICIPLES: ReadonlySet<string> = new Set(["المنتمي", "المنتميه"]);

function speakerFrom(ctx: ArticleSpeakers, speakerTokens: Token[], earlier: Quote[]): Speaker {
  let n = speakerTokens.length;
  while (n > 1 && DANGLING_PARTICIPLES.has(speakerTokens[n - 1]!.text)) n--;
  // أرسنال المنتمي للدوري الإنجليزي: the league with its complement describes the club before it.
  const at = speakerTokens.findIndex((t, k) => k > 0 && LEAGUE_PARTICIPLES.has(t.text));
  if (at > 0 && at < n) n = at;
  const speaker = speakerReading(ctx, n < speakerTokens.length ? speakerTokens.slice(0, n) : speakerTokens, earlier);
  // دكتور عاطي بن عطية القرشي: a title without its article, read as the name's first word.
  const words = speaker.name.split(/\s+/);
  if (words.length >= 3 && BARE_TITLES.has(foldText(words[0]!))) return { ...speaker, name: words.slice(1).join(" ") };
  return speaker;
}

/**
 * Titles that are never a family name (unlike الشيخ، القاضي، الأمير): one inside a name candidate is a role
 * read into it, and one before the name closing a speaker phrase leads that name.
 */
const RANKS: ReadonlySet<string> = new Set([
  "الدكتور",
  "الدكتوره",
  "د",
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
/** Heads an outlet's name follows in quote marks (موقع «…»، شبكة «الجزيرة»), folded. */
const OUTLET_HEADS: ReadonlySet<string> = new Set([
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

/** Ranks and titles a family name follows on a later mention (المهندس العمري، الشيخ السديس), folded. */
const FAMILY_NAME_RANKS: ReadonlySet<string> = new Set([...RANKS, "الشيخ"].filter((w) => !w.startsWith("السيد")));

/** Words that qualify a military rank or an office (العقيد الركن طيار، أمين المنطقة بالإنابة), folded: never a name's. */
const RANK_QUALIFIERS: ReadonlySet<string> = new Set([
  "ركن",
  "الركن",
  "طيار",
  "الطيار",
  "بحري",
  "البحري",
  // أمين المنطقة بالإنابة: an acting holder of the office.
  "بالانابه",
]);

/** Words between a long role and the name that always belong to the name after them (الدكتور، النقيب، السابق). */
const NAME_LEADS: ReadonlySet<string> = new Set([...RANKS, "السابق", "الاسبق", "الحالي"]);

/**
 * A person the tagger found closing the speaker phrase right after a title or a role's السابق (الوكيل المساعد
 * لشؤون البيئة الدكتور | حاتم المطيري، نجم فرنسا السابق | زين الدين زيدان): the name, whatever the role
 * before it, which may run longer than `splitRole` reads.
 */
function trailingTitledName(
  ctx: ArticleSpeakers,
  first: number,
  last: number,
): { roleEnd: number; nameStart: number; nameEnd: number } | null {
  let r = last;
  while (r > first && ctx.perTokens.has(r - 1)) r--;
  // A name the tagger missed after a rank (الوكيل المساعد للتطوير والتقنية الأستاذ | علي بن موسى زعلة): two
  // name words or more closing the phrase.
  if (r === last || !NAME_LEADS.has(ctx.tokens[r - 1]?.text ?? "")) {
    let u = last;
    while (
      u > first + 1 &&
      last - u < MAX_NAME_TOKENS &&
      !RANKS.has(ctx.tokens[u - 1]!.text) &&
      isNameWord(ctx, u - 1, true)
    )
      u--;
    if (last - u >= 2 && RANKS.has(ctx.tokens[u - 1]?.text ?? "") && isNameWord(ctx, u, false)) r = u;
  }
  if (r === last || r <= first + 1 || !NAME_LEADS.has(ctx.tokens[r - 1]!.text)) return null;
  // A person before it speaks (وقال الأمير خالد الفيصل لرجلي الأمن … العقيد عمر السلطان: those addressed).
  for (let k = first; k < r; k++) if (ctx.perTokens.has(k)) return null;
  // العقيد ركن | تركي المالكي: the rank's qualifier the tagger read into the name stays with the rank.
  let n = r;
  while (n < last - 1 && RANK_QUALIFIERS.has(ctx.tokens[n]!.text)) n++;
  return { roleEnd: n, nameStart: n, nameEnd: last };
}

/** Heads of an epithet that stands for a person named before (صاحب أعلى سلطة، صاحبة الرقم القياسي), folded. */
const EPITHET_HEADS: ReadonlySet<string> = new Set(["صاحب", "صاحبه"]);
/** What صاحب takes as an honorific (صاحب السمو الملكي، صاحب الجلالة), folded. */
const HONORIFIC_OBJECTS: ReadonlySet<string> = new Set([
  "السمو",
  "الجلاله",
  "المعالي",
  "السعاده",
  "الفضيله",
  "السماحه",
  "الفخامه",
  "العظمه",
  "الدوله",
  "المقام",
  "الغبطه",
]);
/**
 * What makes صاحب X an epithet for someone named before: an elative or a number (صاحب أعلى سلطة، صاحب الـ24
 * هدفا). A noun may describe someone new (صاحبة متجر، أما صاحب الطلبية فقال).
 */
function isEpithetObject(w: string): boolean {
  return /^(?:ال)?\p{N}/u.test(w) || ELATIVES.has(w);
}
const ELATIVES: ReadonlySet<string> = new Set(["اعلي", "اكبر", "اكثر", "اول", "اقدم", "اسرع", "افضل", "اطول"]);

/** Nationalities the place lists miss (بريطانيا، أمريكا are named otherwise there), as gazKey gives them. */
const MORE_NATIONALITIES = new Set(["بريطاني", "امريكي", "اميركي", "امريكيه", "اميركيه", "بريطانيه"]);

/** A definite nationality adjective (البريطاني، الفرنسية), folded. */
function isNationality(w: string): boolean {
  if (!w.startsWith("ال")) return false;
  const key = gazKey(w);
  // (Not a place's own name: السعودية, the kingdom.)
  return !isPlaceKey(key) && (nisbaPlace(key) !== null || MORE_NATIONALITIES.has(key));
}

/** Words before a person's name that may hold the nationality an epithet repeats (البريطاني سيباستيان كو). */
const EPITHET_WINDOW = 3;

/**
 * The latest person named before `before` (within MAX_EPITHET_LOOKBACK) right after one of the `epithets` (folded:
 * البريطاني، الأمير), or null.
 */
function personWithEpithet(
  ctx: ArticleSpeakers,
  epithets: ReadonlySet<string>,
  before: number,
  earlier: Quote[],
): Speaker | null {
  const { tokens } = ctx;
  let found: Mention | null = null;
  for (const m of ctx.mentionsFrom(Math.max(0, before - MAX_EPITHET_LOOKBACK))) {
    if (m.start >= before) break;
    if (m.type !== "PER" || !isNameMention(m.text)) continue;
    const k = firstTokenAt(tokens, m.start);
    for (let p = k - 1; p >= Math.max(0, k - EPITHET_WINDOW); p--) if (epithets.has(tokens[p]!.text)) found = m;
  }
  return found ? mentionedSpeaker(ctx, found, earlier) : null;
}

/**
 * The latest person named right after `nationality` before `before` (البلجيكي روميلو لوكاكو), unless another
 * occupation than `occupation` led that nationality (المدرب السويسري لوسيين فافري is no Swiss defender); or null.
 */
function personWithNationality(
  ctx: ArticleSpeakers,
  occupation: string,
  nationality: string,
  before: number,
  earlier: Quote[],
): Speaker | null {
  const { tokens } = ctx;
  const own = bare(occupation);
  let found: Mention | null = null;
  for (const m of ctx.mentionsFrom(Math.max(0, before - MAX_EPITHET_LOOKBACK))) {
    if (m.start >= before) break;
    if (m.type !== "PER" || !isNameMention(m.text)) continue;
    const k = firstTokenAt(tokens, m.start);
    if (tokens[k - 1]?.text !== nationality) continue;
    const lead = tokens[k - 2]?.text ?? "";
    if (bare(lead) !== own && (NAMED_BY_NATIONALITY.has(bare(lead)) || isRoleHead(lead))) continue;
    found = m;
  }
  return found ? mentionedSpeaker(ctx, found, earlier) : null;
}

/** How far back (characters) the person an epithet stands for may have been named. */
const MAX_EPITHET_LOOKBACK = 1200;

function speakerReading(ctx: ArticleSpeakers, speakerTokens: Token[], earlier: Quote[]): Speaker {
  const { text, tokens } = ctx;
  if (speakerTokens.length === 0) throw new RangeError("speakerFrom needs at least one token");
  const start = speakerTokens[0]!.start;
  let end = speakerTokens.at(-1)!.end;
  // A quoted name that closes the phrase keeps its closing mark (صحيفة "لوفيغارو").
  while (end < text.length && /["»”]/.test(text[end] as string) && !balanced(text.slice(start, end))) end++;
  // So does a bracketed one (جماعة (المساواة الآن)).
  if (text[end] === ")" && text.slice(start, end).includes("(") && !text.slice(start, end).includes(")")) end++;
  const span = { start, end };
  const words = speakerTokens.map((t) => t.text);
  // أكثر من نصف المجيبين (51,3٪): a share of a survey's respondents, an unnamed group named as the article counts
  // it, without its bracketed figures (rule 4).
  const opening = firstTokenAt(tokens, start);
  const shared = shareEnd(text, tokens, opening);
  if (shared > opening) {
    // Only the share (ثلاثة من رجال الإطفاء | فضلوا عدم ذكر أسمائهم), with its per cent sign (حوالي 92,2٪).
    const shareEnds = Math.min(end, tokens[shared - 1]!.end);
    const close = /[٪%]/.test(text[shareEnds] ?? "") ? shareEnds + 1 : shareEnds;
    const name = text.slice(start, close).replace(/\s*\([^()]*\)/g, "");
    return { name, entity: null, anonymous: true, span };
  }
  // عدد من المعلقين: a number of people, named as the article counts them.
  if (words.length >= 3 && QUANTITY_HEADS.has(words[0]!) && words[1] === "من") {
    return { name: text.slice(start, end), entity: null, anonymous: false, span };
  }
  // يشير بحث أجرته اللجنة الحكومية، تقرير أصدرته المنظمة: a study speaks for the one who made it.
  if (words.length >= 3 && STUDY_NOUNS.has(words[0]!) && MADE_IT.test(words[1]!)) {
    return { ...speakerReading(ctx, speakerTokens.slice(2), earlier), span };
  }
  // بعض المصادر الرسمية الأميركية، بعض المحللين الاقتصاديين: "some of" a group, named as the article names it,
  // not a name of two words; anonymous when its head is (rule 4).
  if (words.length >= 2 && words[0] === "بعض" && words[1]!.startsWith("ال")) {
    return { name: text.slice(start, end), entity: null, anonymous: ANONYMOUS_HEADS.has(words[1]!), span };
  }
  // بيان الجيش الإسرائيلي، بيان للجيش: a document speaks for its issuer after it. A definite issuer is read as any
  // speaker phrase is (بيان الوزارة → the ministry the article named); one with ل, by the name the tagger found or
  // as written without the ل.
  if (words.length >= 2 && CUES.get(words[0]!) === "document") {
    if (words[1]!.startsWith("ال")) return { ...speakerReading(ctx, speakerTokens.slice(1), earlier), span };
    const from = speakerTokens[1]!.start;
    const issuer = ctx.mentionIn(from, end, "ORG") ?? ctx.mentionIn(from, end, "PER");
    if (issuer) return { name: issuer.text.replace(/^لل/, "ال"), entity: issuer.entity, anonymous: false, span };
    // بيان للقيادة المشتركة: ل + the definite issuer, written without its ل.
    const written = text.slice(from, end);
    if (written.startsWith("لل") && !lamOnNoun(speakerTokens[1]!.text))
      return { name: `ال${written.slice(2)}`, entity: null, anonymous: false, span };
  }
  // الباحث في معهد واشنطن ديفيد شينكر، المسؤول في وزارة الخارجية جون كيربي: the phrase stopped at في; the
  // holder is named after the institution.
  const head = firstTokenAt(tokens, start);
  if (
    speakerTokens.length <= MAX_HEAD_BEFORE_PLACE &&
    (isRoleHead(words[0]!) || words[0]!.startsWith("ال")) &&
    !speakerTokens.some((_, k) => ctx.perTokens.has(head + k))
  ) {
    const named = nameAfterPlace(ctx, head + speakerTokens.length);
    if (named) return apposedSpeaker(ctx, named, earlier, null, span);
  }
  const glued = /^[لب]/.test(words[0]!) && ANONYMOUS_HEADS.has(words[0]!.slice(1));
  const anonymous = ANONYMOUS_HEADS.has(words[0]!) || glued;
  if (anonymous) {
    // A shorter later form (المصادر) stands for the fuller first description (rule 4).
    if (words.length === 1 && words[0]!.startsWith("ال")) {
      const head = words[0]!.slice(2);
      for (let q = earlier.length - 1; q >= Math.max(0, earlier.length - MAX_LOOKUPS); q--) {
        const e = earlier[q]!;
        if (e.anonymous && e.speaker && foldText(e.speaker).split(/\s+/)[0] === head) {
          return { name: e.speaker, entity: null, anonymous, span };
        }
      }
    }
    return { name: text.slice(glued ? start + 1 : start, end), entity: null, anonymous, span };
  }

  const first = firstTokenAt(tokens, start);
  const last = first + speakerTokens.length;
  // وأضاف صاحب أعلى سلطة في إيران، قال صاحب الـ24 هدفا: an epithet for the person the article has just named
  // (not صاحب السمو, an honorific, nor صاحب before a name).
  if (
    EPITHET_HEADS.has(words[0]!) &&
    words.length > 1 &&
    isEpithetObject(words[1]!) &&
    !HONORIFIC_OBJECTS.has(words[1]!) &&
    !ctx.perTokens.has(first + 1)
  ) {
    const person = personInSentence(ctx, Math.max(0, start - MAX_EPITHET_LOOKBACK), start, earlier, true, true);
    if (person) return { ...person, span };
  }
  // وقال البريطاني: a nationality for the person the article named with it (البريطاني سيباستيان كو).
  // (A nationality: not a family name, الحضري، nor a club, الأهلي.)
  if (words.length === 1 && !ctx.perTokens.has(firstTokenAt(tokens, start)) && isNationality(words[0]!)) {
    const person = personWithEpithet(ctx, new Set([words[0]!]), start, earlier);
    if (person) return { ...person, span };
  }
  // وقال اللاعب البلجيكي after البلجيكي روميلو لوكاكو: so is an occupation with a nationality (an office's
  // holder named with the whole role comes first: see the role's reading below).
  if (
    words.length === 2 &&
    !isRoleHead(words[0]!) &&
    NAMED_BY_NATIONALITY.has(bare(words[0]!)) &&
    isNationality(words[1]!) &&
    !ctx.mentionIn(start, end, "PER")
  ) {
    const person = personWithNationality(ctx, words[0]!, words[1]!, start, earlier);
    if (person) return { ...person, span };
  }
  // وأشار اللواء التركي after اللواء منصور التركي: a rank and a family name, for the fuller name said earlier.
  // (Not السيد، also a first name: السيد البدوي.)
  if (words.length === 2 && FAMILY_NAME_RANKS.has(words[0]!) && words[1]!.startsWith("ال") && !isRoleHead(words[1]!)) {
    const completed = completeName(ctx, [words[1]!], earlier);
    if (completed)
      return { name: completed, entity: ctx.mentionIn(start, end, "PER")?.entity ?? null, anonymous: false, span };
  }
  // An outlet named in quote marks (موقع «كالتشيو ميركاتو ويب»، الناطق باسم شبكة «الجزيرة» الإعلامية) is
  // no person's name: the phrase as written, the outlet or its unnamed spokesperson.
  for (let k = first; k < last - 1; k++) {
    // A person before it speaks, to that outlet or about it (تييري هنري لشبكة "سكاي").
    if (ctx.perTokens.has(k)) break;
    if (!OUTLET_HEADS.has(tokens[k]!.text) || firstOpener(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) < 0)
      continue;
    const org = k === first ? ctx.mentionIn(start, end, "ORG") : undefined;
    return { name: text.slice(start, end), entity: org?.entity ?? null, anonymous: false, span };
  }
  const split = trailingTitledName(ctx, first, last) ?? splitRole(ctx, first, last);
  const named = NAMING_TITLES.has(tokens[split.nameStart]?.text ?? "") ? split.nameStart + 1 : split.nameStart;
  if (split.nameEnd > named && split.roleEnd > first && namesInstitution(ctx, first, named)) {
    // المتحدث باسم مركز الملك سلمان للإغاثة رأفت الصباغ: the holder named after the institution, or none
    // (مدير مكتب الأمير محمد بن سلمان: an unnamed office holder, the role as written).
    const closing = closingName(ctx, named + 1, last);
    if (closing) {
      const cand = ctx.candidate(closing.start, closing.end);
      const mention = ctx.mentionIn(tokens[closing.start]!.start, end, "PER");
      const written = text.slice(tokens[closing.start]!.start, tokens[closing.end - 1]!.end);
      const name = [completeName(ctx, cand.words, earlier), cand.name].reduce<string>(
        (a, b) => (b && wordCount(b) > wordCount(a) ? b : a),
        written,
      );
      return {
        name,
        entity: mention?.entity ?? null,
        anonymous: false,
        span,
      };
    }
    const apposed = nameAfterComma(ctx, last);
    if (apposed) return apposedSpeaker(ctx, apposed, earlier, null, span);
    let a = 0;
    while (a < speakerTokens.length - 1 && HONORIFICS.has(words[a]!)) a++;
    return { name: text.slice(speakerTokens[a]!.start, end), entity: null, anonymous: false, span };
  }
  // متحدث باسم هيلاري كلينتون: the person right after باسم is the one spoken for; the speaker is their
  // unnamed spokesperson, the role as written up to that name (rule 4: متحدث باسم باريمور).
  if (split.nameEnd > split.nameStart && split.nameStart > first && tokens[split.nameStart - 1]!.text === "باسم") {
    let a = 0;
    while (a < speakerTokens.length - 1 && HONORIFICS.has(words[a]!)) a++;
    const nameEnd = Math.min(end, tokens[split.nameEnd - 1]!.end);
    return { name: text.slice(speakerTokens[a]!.start, nameEnd), entity: null, anonymous: false, span };
  }
  const mention = ctx.mentionIn(start, end, "PER");
  const entity = mention ? mention.entity : null;
  // مدير الكرة بنادي هجر: an untagged word after an institution's head is the institution's name; the holder is
  // unnamed, the role as written.
  // (So is a place after a role head: وأكد أمير عسير → the emir, as written.)
  const institutionName =
    !mention &&
    split.roleEnd > first &&
    split.nameStart > first &&
    split.nameEnd === split.nameStart + 1 &&
    split.nameEnd === last &&
    (isOrgWord(tokens[split.nameStart - 1]!.text) ||
      (isRoleHead(tokens[split.nameStart - 1]!.text) && ctx.isPlace(split.nameStart))) &&
    !ctx.perTokens.has(split.nameStart) &&
    !isFirstName(tokens[split.nameStart]!.text);
  if (institutionName) return { name: text.slice(start, end), entity: null, anonymous: false, span };
  // رئيسة لجنة دلهي للمرأة، سواتي ماليوال، إنها: a place or a purpose (لل…) where a name would be is the
  // institution's; the holder is named in apposition after the phrase.
  const institutional =
    split.nameEnd > split.nameStart &&
    !ctx.perTokens.has(split.nameStart) &&
    (ctx.isPlace(split.nameStart) ||
      tokens.slice(split.nameStart, split.nameEnd).some((t) => t.text.startsWith("لل") && t.text.length > 4));
  if (institutional) {
    const apposed = nameAfterComma(ctx, last);
    if (apposed) return apposedSpeaker(ctx, apposed, earlier, entity, span);
  }
  if (split.nameEnd > split.nameStart && !unnamedOccupation(ctx, first, split)) {
    split.nameEnd = familyNameEnd(ctx, split, last);
    // جمرك مطار الملك عبدالعزيز الدولي | محمد العقيل: a second name closing the first one is the speaker's.
    for (let k = split.nameStart + 2; k <= split.nameEnd - 2; k++) {
      if (opensAnotherName(tokens[k]!.text, tokens[k - 1]!.text)) split.nameStart = k;
    }
    const run = tokens.slice(split.nameStart, split.nameEnd).map((t) => t.text);
    const written = text.slice(tokens[split.nameStart]!.start, tokens[split.nameEnd - 1]!.end);
    const e = entity ? ctx.entityById.get(entity) : undefined;
    const fromEntity = e ? bestName(ctx, e) : null;
    // وأضاف مفتي أوغندا: the office the entity finder read as its holder's mention (with the holder's entity)
    // is shown as the holder's name.
    const whole =
      mention !== undefined &&
      mention.start === tokens[split.nameStart]!.start &&
      mention.end === tokens[split.nameEnd - 1]!.end;
    // (Not مساعد غالي، مدير جامعتي: an office of the one named in it, whose name the entity bears.)
    const names = fromEntity ? foldText(fromEntity).split(/\s+/) : [];
    const namesHolder = tokens.slice(split.nameStart, split.nameEnd).every((t) => !names.includes(t.text));
    if (fromEntity && whole && namesHolder && isRoleHead(tokens[split.nameStart]!.text)) {
      return { name: fromEntity, entity, anonymous: false, span };
    }
    const completed = completeName(ctx, run, earlier);
    const name = [completed, fromEntity, written].reduce<string>(
      (a, b) => (b && wordCount(b) > wordCount(a) ? b : a),
      written,
    );
    return { name, entity, anonymous: false, span };
  }
  if (split.roleEnd > first) {
    // The name may follow the role past an adjunct the speaker phrase stopped at (سفيرتها لدى الأمم المتحدة نيكي هيلي).
    const wide = splitRole(ctx, first, Math.min(tokens.length, first + MAX_ROLE_TOKENS + MAX_NAME_TOKENS));
    // (Not the outlet told, متحدث رسمي لوكالة رويترز, nor the club before the name, مدرب ريال مدريد زين الدين زيدان.)
    const told = tokens.slice(last, wide.nameStart + 1).some((t) => isToldOutlet(t.text));
    if (
      wide.nameEnd > wide.nameStart &&
      wide.roleEnd >= last &&
      !told &&
      !ctx.orgBeforePerson(wide.nameStart) &&
      !sentTo(tokens, first, wide.nameStart)
    ) {
      const cand = ctx.candidate(wide.nameStart, wide.nameEnd);
      if (cand.strong)
        return { name: completeName(ctx, cand.words, earlier) ?? cand.name, entity, anonymous: false, span };
    }
    // النائب الأعلى لرئيس أرامكو، للتكرير والمعالجة والتسويق عبدالعزيز القديمي، إن: the role's field set off
    // by a comma, then the name closed by another.
    // المتحدث الرسمي باسم تحالف "دعم الشرعية في اليمن"، تركي المالكي، إنه: a tagged name in apposition after
    // the phrase, closed by a comma.
    const apposed = (split.roleEnd === last ? nameAfterField(ctx, last) : null) ?? nameAfterComma(ctx, last);
    if (apposed) return apposedSpeaker(ctx, apposed, earlier, entity, span);
    const role = roleKey(words.slice(0, split.roleEnd - first));
    const person = personForRole(ctx, role, start);
    if (person) return { name: person.name, entity: entity ?? person.entity, anonymous: false, span };
    // وقال الكاتب البريطاني after البريطاني X: an occupation and a nationality, for the person the article named
    // with that nationality when no one was named with the whole role.
    if (!mention && words.length === 2 && NAMED_BY_NATIONALITY.has(bare(words[0]!)) && isNationality(words[1]!)) {
      const named = personWithNationality(ctx, words[0]!, words[1]!, start, earlier);
      if (named) return { ...named, span };
    }
    if (mention) {
      const e = ctx.entityById.get(mention.entity);
      const name = e ? bestName(ctx, e) : null;
      if (name) return { name, entity, anonymous: false, span };
    }
    // An unnamed office holder (rule 4): the role as written, without honorifics, and without what
    // follows it in the speaker phrase (وصف نائب الرئيس التركي المياه بأنها: the object).
    let a = 0;
    while (a < speakerTokens.length - 1 && HONORIFICS.has(words[a]!)) a++;
    const rest = tokens.slice(split.roleEnd, last);
    const object = rest.length > 0 && rest.every((t) => t.text.startsWith("ال"));
    // (An honorific is no role with an object: سعادة الوكيل is the deputy.)
    const roleEnd = object && split.roleEnd > first + a ? Math.min(end, tokens[split.roleEnd - 1]!.end) : end;
    return { name: text.slice(speakerTokens[a]!.start, roleEnd), entity: null, anonymous: false, span };
  }
  // A description before the name (النجم التلفزيوني الشهير سايمون كاول): the name, once the tagger or
  // the first-name list marks where it starts.
  for (let p = first + 1; p < last && p - first <= MAX_ROLE_TOKENS; p++) {
    if (stripArticle(tokens[p - 1]!.text) === tokens[p - 1]!.text) break;
    // A run of at least two name words closing the phrase counts too (… الشهير سايمون كاول).
    let run = p;
    while (run < last && isNameWord(ctx, run, run > p) && !tokens[run]!.text.startsWith("ال")) run++;
    const trailingName = run === last && last - p >= 2;
    if (!ctx.perTokens.has(p) && !isFirstName(tokens[p]!.text) && !trailingName) continue;
    const named = splitRole(ctx, p, last);
    if (named.nameEnd <= named.nameStart) break;
    const cand = ctx.candidate(named.nameStart, named.nameEnd);
    return { name: completeName(ctx, cand.words, earlier) ?? cand.name, entity, anonymous: false, span };
  }
  // A family name alone (الخطيب، الكاظمي): the fuller name said earlier in the article.
  if (words.length === 1 && words[0]!.startsWith("ال") && !ORG_HEADS.has(words[0]!)) {
    const completed = completeName(ctx, words, earlier);
    if (completed) return { name: completed, entity, anonymous: false, span };
  }
  // قالت الشركة → the company named earlier (شركة غوغل).
  if (words.length <= 2 && ORG_HEADS.has(words[0]!)) {
    const named = orgNamedBefore(ctx, words[0]!.slice(2), start, earlier.at(-1)?.speaker ?? null, words[1] ?? null);
    if (named) return { name: named, entity: null, anonymous: false, span };
  }
  const org = ctx.mentionIn(start, end, "ORG");
  let a = 0;
  while (a < speakerTokens.length - 1 && TITLES.has(words[a]!)) a++;
  // والفريق الآخر يرى: a title that leaves only "other" behind is the noun itself (the other team).
  if (a > 0 && words.slice(a).every((w) => ROLE_LINKS.has(stripArticle(w)))) a = 0;
  return { name: text.slice(speakerTokens[a]!.start, end), entity: org?.entity ?? null, anonymous: false, span };
}

/** The speaker named by an apposition's token range: its fullest form, its PER entity (else `entity`). */
function apposedSpeaker(
  ctx: ArticleSpeakers,
  apposed: { start: number; end: number },
  earlier: Quote[],
  entity: string | null,
  span: { start: number; end: number },
): Speaker {
  const { tokens } = ctx;
  const cand = ctx.candidate(apposed.start, apposed.end);
  const m = ctx.mentionIn(tokens[apposed.start]!.start, tokens[apposed.end - 1]!.end, "PER");
  return {
    name: completeName(ctx, cand.words, earlier) ?? cand.name,
    entity: m?.entity ?? entity,
    anonymous: false,
    span,
  };
}

/**
 * The name right after a comma at token `j` (tagged, or name words ending on a tagged one), closed by a comma or a
 * complementizer: its token range, or null.
 */
function nameAfterComma(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (j <= 0 || j >= tokens.length) return null;
  if (!/^[\s"»”]*[،,]\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return null;
  // A run of name words the tagger marked in part (تركي | المالكي) counts as the name.
  const run = appositeName(ctx, j);
  const tagged = run >= 2 && ctx.mentionIn(tokens[j]!.start, tokens[j + run - 1]!.end, "PER") !== undefined;
  const end = ctx.perTokens.has(j) ? ctx.perEnd.get(j) : tagged ? j + run : undefined;
  if (end === undefined || end >= tokens.length) return null;
  const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
  return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: j, end } : null;
}

/** Words of a speaker phrase that may stand before في + the institution and the holder's name (الباحث). */
const MAX_HEAD_BEFORE_PLACE = 3;
/** Words of the institution between في and the holder's name (معهد واشنطن لسياسة الشرق الأدنى). */
const MAX_PLACE_TOKENS = 6;

/**
 * The tagged name after في + an institution or place at token `j` (في وزارة الخارجية الأمريكية جون كيربي إن),
 * closed by a comma or a complementizer: its token range, or null. Not a channel or a time after في (في بيان،
 * في كلمة، في اليوم), and nothing but the institution's own words between (no preposition, cue or mark).
 */
function nameAfterPlace(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (tokens[j]?.text !== "في" || !joinedAt(text, tokens, j)) return null;
  const opening = tokens[j + 1]?.text ?? "";
  if (DOCUMENT_WORDS.has(opening) || BY_CHANNEL.has(opening) || TIME_HEADS.has(opening)) return null;
  for (let k = j + 1; k < Math.min(tokens.length, j + 2 + MAX_PLACE_TOKENS); k++) {
    if (!joinedAt(text, tokens, k)) return null;
    const w = tokens[k]!.text;
    if (ctx.perTokens.has(k)) {
      if (k === j + 1 || ctx.perTokens.has(k - 1)) return null;
      const end = ctx.perEnd.get(k);
      if (end === undefined || end >= tokens.length) return null;
      const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
      return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: k, end } : null;
    }
    if (CUES.has(w) || COMPLEMENTIZERS.has(w) || SPEAKER_STOPS.has(w) || OBJECT_PREPOSITIONS.has(w)) return null;
  }
  return null;
}

/** Words of a field after a role (للتكرير والمعالجة والتسويق) skipped to reach the name after them. */
const MAX_FIELD_TOKENS = 5;

/**
 * The tagged name after a comma and a role's field (، للتكرير والمعالجة والتسويق عبدالعزيز القديمي،) at token
 * `j`, closed by a comma or a complementizer: its token range, or null.
 */
function nameAfterField(ctx: ArticleSpeakers, j: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  if (j <= 0 || j >= tokens.length || !/^\s*[،,]\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))
    return null;
  let k = j;
  while (k < tokens.length && k - j < MAX_FIELD_TOKENS && /^(?:لل|وال)\p{L}{2,}/u.test(tokens[k]!.text)) {
    if (k > j && !joinedAt(text, tokens, k)) return null;
    k++;
  }
  if (k === j || !ctx.perTokens.has(k) || !joinedAt(text, tokens, k)) return null;
  const end = ctx.perEnd.get(k);
  if (end === undefined || end >= tokens.length) return null;
  const after = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
  return /[،,]/.test(after) || COMPLEMENTIZERS.has(tokens[end]!.text) ? { start: k, end } : null;
}

/** Indefinite studies and reports that speak for their maker (بحث، تقرير، دراسة), folded. */
const STUDY_NOUNS: ReadonlySet<string> = new Set(["تقرير", "بحث", "دراسه", "استطلاع", "مسح", "وثيقه", "بيان"]);

/** A verb of making a study with it as its object pronoun (أجرته، أعدته، أصدرته، نشرتها), folded. */
const MADE_IT = /^(?:اصدر|نشر|اعد|اجر|اطلق)(?:ه|ته|ها|تها)$/;

/** Verbs of issuing with the document as their object pronoun (أصدرته، نشره، وزعتها), folded. */
const ISSUED = /^(?:اصدر|نشر|وزع|اعد|اطلق)(?:ه|ته|ها|تها)$/;

/**
 * البيان الذي أصدرته الجامعة: the issuer named in a relative clause right after the document word at token
 * `d`, up to the preposition or complementizer the cue takes; none when there is no such clause.
 */
function issuerInRelative(text: string, tokens: Token[], d: number): Token[] {
  if (!RELATIVES.has(tokens[d + 1]?.text ?? "") || !ISSUED.test(tokens[d + 2]?.text ?? "")) return [];
  const out: Token[] = [];
  for (let k = d + 3; k < tokens.length && out.length < MAX_ROLE_TOKENS && joinedAt(text, tokens, k); k++) {
    const w = tokens[k]!.text;
    if (SPEAKER_STOPS.has(w) || COMPLEMENTIZERS.has(w) || CUES.has(w) || OBJECT_PREPOSITIONS.has(w)) break;
    out.push(tokens[k]!);
  }
  return out;
}

/** How far back a bare head (الشركة) looks for the organisation's name: about two long articles. */
const MAX_ORG_LOOKBACK_TOKENS = 1500;

/**
 * The issuer of a document named earlier: the latest indefinite `تقرير للشرطة البريطانية`,
 * `بيان صادر عن الوزارة`, `بيان لحزب الأمة`, or definite one with a relative clause naming it
 * (`التقرير، الذي أعده مكتب التدقيق`) before `before`. Null when the article
 * does not say (then the last speaker stands).
 */
function documentIssuer(ctx: ArticleSpeakers, definite: string, before: number, earlier: Quote[]): Speaker | null {
  const { tokens, text } = ctx;
  const stem = definite.slice(2);
  const from = firstTokenAt(tokens, before) - 1;
  for (let k = from; k >= Math.max(0, from - MAX_ORG_LOOKBACK_TOKENS); k--) {
    const w = tokens[k]!.text;
    // وأوضح التقرير، الذي أعده مكتب التدقيق …: the issuer named in a relative clause on an earlier mention.
    if (w === definite || w === `و${definite}`) {
      let issuer = issuerInRelative(text, tokens, k);
      if (issuer.length === 0) continue;
      // The organisation the tagger found there, not what the verb reports after it (أصدرته مؤسسة ووك فري | وجود …).
      const a = firstTokenAt(tokens, issuer[0]!.start);
      const org = ctx.orgEnd.get(a);
      if (org !== undefined && org - a < issuer.length) issuer = issuer.slice(0, org - a);
      const span = { start: issuer[0]!.start, end: issuer.at(-1)!.end };
      return { name: text.slice(span.start, span.end), entity: null, anonymous: false, span };
    }
    if (w !== stem && w !== `${stem}ا` && w !== `ب${stem}` && w !== `و${stem}`) continue;
    // في تقرير له، في بيان لها: the document of the one the sentence reports, the speaker of its quote (or of
    // the quote it stands in: قالت الوزارة إن …، كما أشارت في بيان لها إلى أن …).
    if (OWN_PRONOUNS.has(tokens[k + 1]?.text ?? "")) {
      const at = tokens[k]!;
      const own = earlier.find(
        (q) =>
          (q.start <= at.start && q.end >= at.end) ||
          (q.start >= at.end && !SENTENCE_END.test(text.slice(at.end, q.start))),
      );
      if (own?.speaker) return { name: own.speaker, entity: own.speakerEntity, anonymous: own.anonymous === true };
      // أكدت الشركة في تقرير لها، وفقا لما أعلنه قصر كنسينغتون في بيان له: the subject of the verb it was given
      // with, when that went unquoted.
      // (Or the first one named in its sentence: أعلن محمد حمية، مرشح منطقة بعلبك، في بيان له انسحابه.)
      return (
        issuerOfObject(ctx, tokens[k - 1]?.text === "في" ? k - 1 : k, false, earlier) ??
        firstNamedBefore(ctx, at.start, earlier)
      );
    }
    // وأصدرت وزارة الخارجية أيضا بيانا: the subject of the verb that issued it.
    const issued = issuerOfObject(ctx, k, true, earlier);
    if (issued) return issued;
    let a = k + 1;
    if (tokens[a]?.text === "صادر" || tokens[a]?.text === "الصادر") {
      if (tokens[a + 1]?.text !== "عن") continue;
      a += 2;
    }
    const first = tokens[a];
    if (!first || !joinedAt(text, tokens, a)) continue;
    // لـ glued to the issuer (للشرطة، لحزب): the name starts after it.
    const glued = a === k + 1 && /^ل/.test(first.text);
    if (a === k + 1 && !glued) continue;
    let b = a + 1;
    while (
      b < tokens.length &&
      b - a < MAX_ROLE_TOKENS &&
      joinedAt(text, tokens, b) &&
      stripArticle(tokens[b]!.text) !== tokens[b]!.text &&
      // بيان صادر عن الخارجية الباكستانية اليوم: the day it was issued ends the issuer.
      !DAY_WORDS.has(tokens[b]!.text)
    )
      b++;
    const start = glued ? first.start + 1 : first.start;
    // للشرطة → الشرطة: the article's alef that لـ swallowed comes back in the name.
    const lil = glued && first.text.startsWith("لل");
    const name = (lil ? "ال" : "") + text.slice(lil ? first.start + 2 : start, tokens[b - 1]!.end);
    return { name, entity: null, anonymous: false, span: { start, end: tokens[b - 1]!.end } };
  }
  return null;
}

/** ل with the pronoun of the one whose document it is (بيان له، تقرير لها), folded. */
const OWN_PRONOUNS: ReadonlySet<string> = new Set(["له", "لها", "لهم", "لهما"]);

/**
 * The first person or organisation the tagger found in the sentence before `before`, not as a preposition's
 * object (مرشح عن المقعد، المدعومة من حزب القوات); null when there is none.
 */
function firstNamedBefore(ctx: ArticleSpeakers, before: number, earlier: Quote[]): Speaker | null {
  const { tokens } = ctx;
  for (const m of ctx.mentionsFrom(sentenceStartBefore(ctx.text, before))) {
    if (m.start >= before) break;
    if (m.type !== "ORG" && !(m.type === "PER" && isNameMention(m.text))) continue;
    const a = firstTokenAt(tokens, m.start);
    if (a > 0 && OBJECT_PREPOSITIONS.has(tokens[a - 1]!.text)) continue;
    let b = a;
    while (b < tokens.length && tokens[b]!.start < m.end) b++;
    return b > a ? speakerFrom(ctx, tokens.slice(a, b), earlier) : null;
  }
  return null;
}

/** Words of an untagged issuer between a verb of saying and في بيان له (أعلنه قصر كنسينغتون). */
const MAX_ISSUER_TOKENS = 4;

/** Verbs that issue a document as their object (أصدرت الوزارة بيانا), folded, with و or ف. */
const ISSUING_VERB = /^[وف]?(?:اصدر|نشر|وزع|اطلق)(?:ت)?$/;

/** Adverbs between an issuer and its document (أصدرت الوزارة أيضا بيانا، اليوم، أمس), folded. */
const ISSUE_ADVERBS: ReadonlySet<string> = new Set(["ايضا", "اليوم", "امس", "كذلك", "بدوره", "بدورها", "مساء", "صباح"]);

/**
 * The subject of the verb right before token `k`, a tagged organisation or person (وأصدرت #وزارة_الخارجية أيضاً
 * بياناً، أكدت الشركة | في تقرير لها): with `issuing`, a verb that issued the document at `k` (not an outlet
 * that only published it: نشرت وكالة الأنباء بيانا مشتركا); otherwise any verb of saying. Null when there is none.
 */
function issuerOfObject(ctx: ArticleSpeakers, k: number, issuing: boolean, earlier: Quote[]): Speaker | null {
  const { text, tokens } = ctx;
  let b = k;
  while (b > 0 && ISSUE_ADVERBS.has(tokens[b - 1]!.text)) b--;
  for (let v = b - 2; v >= Math.max(0, b - 1 - MAX_ROLE_TOKENS); v--) {
    if (!joinedAt(text, tokens, v + 1)) return null;
    const verb = tokens[v]!.text;
    if (issuing ? !ISSUING_VERB.test(verb) : CUES.get(verb) !== "verb") continue;
    const end = ctx.orgEnd.get(v + 1) ?? ctx.perEnd.get(v + 1);
    // A verb of saying's untagged subject, as any speaker phrase is read (not its object: أكد ذلك، أعلنت أرباحها).
    const run = tokens.slice(v + 1, b);
    const subject =
      !issuing &&
      run.length <= MAX_ISSUER_TOKENS &&
      run.every((t) => !SPEAKER_STOPS.has(t.text) && !FUNCTION_WORDS.has(t.text) && !isPossessed(t.text));
    if (end === undefined && subject) return speakerFrom(ctx, run, earlier);
    if (end !== b || (issuing && OUTLET_HEADS.has(bare(tokens[v + 1]!.text)))) return null;
    const span = { start: tokens[v + 1]!.start, end: tokens[b - 1]!.end };
    return { name: text.slice(span.start, span.end), entity: null, anonymous: false, span };
  }
  return null;
}

/** Heads whose organisation is named by a proper name after them (شركة غوغل، وكالة رويترز), not by an adjective. */
const NAMED_BY_PROPER_NAME = new Set(["شركه", "صحيفه", "وكاله", "مجله", "قناه", "اذاعه"]);

/** Definite words of a day (اليوم، الأربعاء), folded: they follow a name without belonging to it. */
const DAY_WORDS: ReadonlySet<string> = new Set([...DAY_NAMES, "الليله", "الان"]);

/**
 * The organisation a bare head refers to: the last `شركة X` / `وزارة X الY` before `before`, unless an earlier one
 * is `lastSpeaker`, the one the article quoted last (قدمت شركة هيربالايف طلبا إلى شركة تويتر … وقالت هيربالايف
 * إنها … وقالت الشركة: the company that spoke, not the one last named).
 */
function orgNamedBefore(
  ctx: ArticleSpeakers,
  head: string,
  before: number,
  lastSpeaker: string | null,
  qualifier: string | null,
): string | null {
  let nearest: { name: string; object: boolean } | null = null;
  for (const named of orgsNamedBefore(ctx, head, before, qualifier)) {
    nearest ??= named;
    // Only past one named as an object (إلى شركة تويتر), not as a source (بحسب صحيفة نيويورك بوست).
    if (lastSpeaker === null || !nearest.object) return named.name;
    // شركة هيربالايف طلبا …: the name as quoted, however far the head's scan ran past it.
    if (`${foldText(named.name.replace(/[«»"“”]/g, ""))} `.startsWith(`${foldText(lastSpeaker)} `)) return lastSpeaker;
  }
  return nearest?.name ?? null;
}

/**
 * Every `شركة X` / `وزارة X الY` before `before`, nearest first, and whether it stands as an object: after a
 * preposition (إلى شركة تويتر، مع الوزارة) or with one glued to it (لشركة، بشركة).
 */
function* orgsNamedBefore(
  ctx: ArticleSpeakers,
  head: string,
  before: number,
  qualifier: string | null,
): Generator<{ name: string; object: boolean }> {
  const { text, tokens } = ctx;
  const objectAt = (k: number) => /^[لب]/.test(tokens[k]!.text) || OBJECT_PREPOSITIONS.has(tokens[k - 1]?.text ?? "");
  const from = firstTokenAt(tokens, before) - 1;
  for (let k = from; k >= Math.max(0, from - MAX_ORG_LOOKBACK_TOKENS); k--) {
    const t = tokens[k]!;
    if (t.text !== head && t.text !== `و${head}` && t.text !== `ل${head}` && t.text !== `ب${head}`) continue;
    const next = tokens.slice(k + 1, k + 4);
    if (next.length === 0) continue;
    if (NAMED_BY_PROPER_NAME.has(head) && !next[0]!.text.startsWith("ال")) {
      // شركة منتجة للسجائر، شركة أمريكية: a description agreeing with the head, no name; look further back.
      const first = next[0]!.text;
      if (/^م.{2,}ه$/.test(first) || nisbaPlace(gazKey(first)) !== null) continue;
      // شركة غوغل، صحيفة "نيويورك تايمز": the name follows the head word, maybe in quotes; a tagged
      // organisation there ends where its mention does (شركة تويتر | للحصول على بيانات).
      const name = [next[0]!];
      const m = ctx.mentionIn(next[0]!.start, next[0]!.end, "ORG");
      for (const n of next.slice(1)) {
        if (m && n.start >= m.end) break;
        // وكالة أنباء الأناضول: أنباء takes its genitive; otherwise a definite word is an adjective (البريطانية).
        const genitive = name.at(-1)!.text === "انباء";
        if ((n.text.startsWith("ال") && !genitive) || n.start - name.at(-1)!.end > 1) break;
        // (علي: "on", not Ali, in a company's name: بست باي | على موقعها.)
        if (SPEAKER_STOPS.has(n.text) || CUES.has(n.text) || COMPLEMENTIZERS.has(n.text) || n.text === "علي") break;
        name.push(n);
      }
      const written = text.slice(name[0]!.start, name.at(-1)!.end);
      if (head === "شركه") yield { name: written, object: objectAt(k) };
      else
        yield {
          name: `${text.slice(t.text.startsWith(head) ? t.start : t.start + 1, t.end)} ${written}`,
          object: objectAt(k),
        };
      continue;
    }
    const run = [t];
    for (const n of next) {
      // وزارة الصحة والسكان، ديوان البحرية التجارية والموانئ: a coordinated genitive belongs to the name.
      const definite = n.text.startsWith("ال") || (n.text.startsWith("وال") && n.text.length > 5);
      // أعلنت وزارة الدفاع الروسية اليوم الأربعاء: the day is when, not part of the name.
      if (!definite || RELATIVES.has(n.text) || DAY_WORDS.has(n.text) || n.start - run.at(-1)!.end > 1) break;
      run.push(n);
    }
    const s = t.text.startsWith(head) ? t.start : t.start + 1;
    // مؤسسة بلومبيرغ، منظمة هيومن رايتس ووتش: a proper name after the head, where the tagger found the organisation.
    const tagged = ctx.orgEnd.get(k);
    // (With the head's adjective in it: الجمعية الخيرية → جمعية إيسينر تافيل الخيرية, but البنك الدولي is a name
    // of its own, not بنك جي بي مورجان الأمريكي.)
    const qualified = (end: number) => qualifier === null || tokens.slice(k + 1, end).some((x) => x.text === qualifier);
    if (
      run.length === 1 &&
      tagged !== undefined &&
      tagged > k + 1 &&
      tagged - k <= MAX_ROLE_TOKENS &&
      qualified(tagged)
    ) {
      yield { name: text.slice(s, tokens[tagged - 1]!.end), object: objectAt(k) };
      continue;
    }
    if (run.length === 1) continue;
    yield { name: text.slice(s, run.at(-1)!.end), object: objectAt(k) };
  }
}

/** A cue in the plural (قالوا، يرون، مؤكدين), folded; not بين and مبين, singular forms that end the same way. */
function isPluralCue(cue: string): boolean {
  return /(?:وا|ون|ين)$/.test(cue) && !/^[وف]?م?بين$/.test(cue);
}

/** Broken plurals that name a group of people (a sound plural ends in ون/ين). */
const GROUP_PLURALS: ReadonlySet<string> = new Set([
  "مصادر",
  "شهود",
  "سكان",
  "خبراء",
  "نشطاء",
  "علماء",
  "اهالي",
  "ابناء",
  "اعضاء",
  "مسؤولو",
  "ممثلو",
  "قاده",
  "زعماء",
  "وزراء",
  "نواب",
  "اطباء",
  "طلاب",
  "لاعبو",
  "مشجعو",
  "اقرباء",
  "اصدقاء",
  "اشقاء",
  "ذوو",
  "ذوي",
  "عناصر",
  "افراد",
  "ضباط",
  "الحضور",
  "جميعهم",
  "كلهم",
  "كثيرون",
  "بعضهم",
  "معظمهم",
  "شركات",
  "حكومات",
  "منظمات",
  "جهات",
  "اطراف",
  "فرق",
  "اسر",
  "عائلات",
  "ابناؤه",
  "ابناؤها",
  "ابناؤهم",
  "ابناء",
  "اولياء",
  "اقارب",
  "اقاربه",
  "اقاربها",
  "اقاربهم",
  "صناع",
  "دعاه",
  "مشايخ",
  "شيوخ",
  "مدراء",
  "مديرو",
  "رؤساء",
  "شباب",
  "اناس",
  "ناس",
]);

/** A folded word that heads a group of people: a quantity, a broken plural of people, a sound masculine plural. */
function isGroupHead(w: string, soundObliqueToo: boolean): boolean {
  // وزراء is one word, وذوو is و + ذوو.
  if (GROUP_PLURALS.has(stripArticle(w))) return true;
  const b = stripArticle(w.replace(/^[وف](?=.{3})/, ""));
  if (GROUP_PLURALS.has(b)) return true;
  if (ANONYMOUS_HEADS.has(b) && /(?:ون|ين)$/.test(b)) return true;
  if (CUES.has(w) || isFirstName(b)) return false;
  // منتقدو القرار، معدو الدراسة: a participle's plural in construct, its ن dropped (not باولو، ماريو).
  if (isConstructPlural(b, soundObliqueToo)) return true;
  if (!PEOPLE_PLURAL.test(b)) return false;
  return soundObliqueToo || b.endsWith("ون");
}

/**
 * A participle's plural in construct, its ن dropped (مسؤولو، منتقدو; with `obliqueToo` also مسؤولي after لكن),
 * folded and without ال.
 */
function isConstructPlural(b: string, obliqueToo = false): boolean {
  return (b.endsWith("و") || (obliqueToo && b.endsWith("ي"))) && PEOPLE_PLURAL.test(`${b}ن`) && b.startsWith("م");
}

/**
 * The sound masculine plural of a participle (مراقبون، المتظاهرين), a nisba (سياسيون، الفلسطينيين) or a فاعل
 * (باحثون، اللاجئين), without the article: words in ون/ين that name people, unlike قانون، فلسطين، عشرين.
 */
const PEOPLE_PLURAL = /^(?!(?:ملايين|مضامين|ميادين|موازين)$)(?:م(?!ا)\p{L}{3,}|\p{L}{3,}ي|[^\sم]ا\p{L}{2})(?:ون|ين)$/u;

/** A speaker named by a sound masculine plural (مسؤولين صينيين، المحللون): a feminine verb never continues them. */
function soundPlural(s: Speaker): boolean {
  const words = foldText(s.name).split(/\s+/);
  const head = stripArticle(
    (QUANTIFIERS.has(words[0] ?? "") ? words.find((w, k) => k > 0 && w !== "من") : words[0]) ?? "",
  );
  return PEOPLE_PLURAL.test(head);
}

/** A speaker who is a group (مصادر مطلعة، عدد من الخبراء، المحتجون), not one person or an organisation. */
function isGroupSpeaker(ctx: ArticleSpeakers, s: Speaker): boolean {
  const words = foldText(s.name).split(/\s+/);
  const head = stripArticle(words[0] ?? "");
  // أبناؤه لوسي وروبرت وتيم، البعض: a group by its head, whatever the names after it.
  if (GROUP_PLURALS.has(head) || QUANTIFIERS.has(head)) return true;
  const type = s.entity === null ? null : ctx.entityById.get(s.entity)?.type;
  if (type === "PER" || type === "LOC") return false;
  // أبناؤه لوسي وروبرت وتيم، سانوفي وخبراء محليون: more than one, named together.
  const joined = (w: string) =>
    /^و\p{L}{2,}/u.test(w) && !isFirstName(w) && (isFirstName(w.slice(1)) || isGroupHead(w.slice(1), true));
  if (words.slice(1).some(joined)) return true;
  return isGroupHead(words[0] ?? "", true);
}

/**
 * The group a plural cue at token `i` reports: the group fronted right before it in its clause (لكن بعض
 * الدبلوماسيين أكدوا، فإن مسؤولين ألمانا يرون), else (unless `frontedOnly`: the group last quoted goes on) the first
 * group named in its sentence before it (استنكر دبلوماسيون عرب ومصريون …، وقالوا), else in the sentence before
 * (يأمل الباحثون … . ويرون أن). Null when none does.
 */
function groupBefore(
  ctx: ArticleSpeakers,
  i: number,
  sentenceStart: number,
  quotes: Quote[],
  frontedOnly: boolean,
): { speaker: Speaker; inSentence: boolean } | null {
  const { text, tokens } = ctx;
  const lastQuote = quotes.at(-1);
  const floorOf = (from: number) => firstTokenAt(tokens, lastQuote && lastQuote.end > from ? lastQuote.end : from);
  const floor = floorOf(sentenceStart);
  let a = i;
  while (
    a - 1 >= floor &&
    i - a < MAX_FRONTED_SUBJECT &&
    !/[^\s]/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start)) &&
    !GROUP_CLAUSE_OPENERS.has(tokens[a - 1]!.text)
  )
    a--;
  const fronted = a < i ? groupAt(ctx, a, tokens[i]!.start) : null;
  if (fronted) return { speaker: fronted, inSentence: true };
  if (frontedOnly) return null;
  const scan = (from: number, to: number): Speaker | null => {
    for (let k = floorOf(from); k < tokens.length && tokens[k]!.start < to; k++) {
      const g = groupAt(ctx, k, to);
      if (g) return g;
    }
    return null;
  };
  const here = scan(sentenceStart, tokens[i]!.start);
  if (here) return { speaker: here, inSentence: true };
  if (sentenceStart <= 1) return null;
  const prev = scan(sentenceStartBefore(text, sentenceStart - 1), sentenceStart);
  return prev ? { speaker: prev, inSentence: false } : null;
}

/** Particles after which a subject is in the oblique case (لكن محللين يرون، إن المحتجين). */
const BUT_OR_INNA: ReadonlySet<string> = new Set(["لكن", "ولكن", "ان", "وان", "فان", "بان"]);
/** Words a fronted subject's clause opens after (لكن بعض الدبلوماسيين أكدوا، فإن مسؤولين يرون). */
const GROUP_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...BUT_OR_INNA,
  "بينما",
  "فيما",
  "حيث",
  "اذ",
  "كما",
  "الا",
  "فقد",
  "وقد",
]);

/**
 * The group of people named at token `k` (a plural of people, or a quantity of one: بعض الدبلوماسيين، عدد من
 * الخبراء), with the adjectives after it and, after a plural in construct, its genitive (أبناء الحي، منتقدو
 * القرار), ending before `to`. Null when `k` names no group (a person, a thing, a quantity of things).
 */
function groupAt(ctx: ArticleSpeakers, k: number, to: number): Speaker | null {
  const { text, tokens } = ctx;
  const w = tokens[k]!.text;
  if (ctx.perTokens.has(k)) return personsJoinedAt(ctx, k, to);
  // وانتقده البعض وقالوا: "some" with the article names a group by itself.
  if (/^و?البعض$/.test(w)) {
    const start = tokens[k]!.start + (w.startsWith("و") ? 1 : 0);
    return {
      name: text.slice(start, tokens[k]!.end),
      entity: null,
      anonymous: false,
      span: { start, end: tokens[k]!.end },
    };
  }
  // An oblique plural (الدبلوماسيين) only after a quantity or إن/لكن, where a subject takes that case.
  const prev = k > 0 ? tokens[k - 1]!.text : "";
  const oblique = QUANTIFIERS.has(prev) || prev === "من" || BUT_OR_INNA.has(prev);
  const bare = stripArticle(w.replace(/^[وف](?=.{3})/, ""));
  let head = w;
  let b = k + 1;
  if (QUANTIFIERS.has(bare)) {
    const n = tokens[k + 1]?.text === "من" ? k + 2 : k + 1;
    if (!tokens[n] || QUANTIFIERS.has(tokens[n]!.text) || !isGroupHead(tokens[n]!.text, true)) return null;
    head = tokens[n]!.text;
    b = n + 1;
  } else if (!isGroupHead(w, oblique)) return null;
  // رئيس الوزراء، مجلس الخبراء: a definite plural after an office or institution is its genitive, no subject.
  if (w.startsWith("ال") && (isRoleHead(prev) || isOrgWord(prev))) return null;
  const unjoined = head.replace(/^و(?=.{3})/, "");
  const headBare = stripArticle(unjoined);
  const joined = (x: number) =>
    x < tokens.length && tokens[x]!.start < to && !/[^\s]/.test(text.slice(tokens[x - 1]!.end, tokens[x]!.start));
  // أبناء الحي، أقرباء الضحايا، منتقدو القرار: a plural in construct takes its definite genitive.
  const definite = headBare !== unjoined;
  const construct = !definite && ((GROUP_PLURALS.has(headBare) && !/هم$/.test(headBare)) || /[وي]$/.test(headBare));
  const afterHead = b;
  const genitive = tokens[b]?.text ?? "";
  // … or a named organisation, person or place (قادة "حزب الله"، مستشارو ترمب، أهالي غزة).
  const named =
    construct && joined(b)
      ? (ctx.orgEnd.get(b) ??
        ctx.perEnd.get(b) ??
        (ctx.mentionIn(tokens[b]!.start, tokens[b]!.start + 1, "LOC") ? b + 1 : undefined))
      : undefined;
  const definiteAt = (x: number) => {
    const g = tokens[x]?.text ?? "";
    return joined(x) && g.startsWith("ال") && !CUES.has(g) && !RELATIVES.has(g);
  };
  if (named !== undefined) b = named;
  else if (construct && definiteAt(b)) b++;
  // محللي وسائل الإعلام: an indefinite genitive with its own definite one.
  else if (construct && joined(b) && !genitive.startsWith("ال") && !CUES.has(genitive) && definiteAt(b + 1)) b += 2;
  // مسؤولو الجمارك, never موسكو alone: a construct plural has its genitive.
  if (isConstructPlural(headBare) && !GROUP_PLURALS.has(headBare) && b === afterHead) return null;
  // … and the adjectives that agree with it (عرب ومصريون، سياسيون أردنيون، الآخرين).
  while (joined(b) && b - k < MAX_FRONTED_SUBJECT) {
    const adj = stripArticle(tokens[b]!.text.replace(/^و/, ""));
    if (!isNisba(adj) && !GROUP_ADJECTIVES.has(adj) && !(PEOPLE_PLURAL.test(adj) && !CUES.has(tokens[b]!.text))) break;
    b++;
  }
  if (tokens[b - 1]!.end > to) return null;
  const first = tokens[k]!;
  // وعبر عدد من …: the name without its conjunction; للكثير من العاملين → الكثير: the article's alef back.
  const lil = first.text.startsWith("لل");
  // والبعض، فاللبنانيون: without the conjunction; وزراء is one word.
  const conj = /^[وف].{3}/.test(first.text) && !GROUP_PLURALS.has(stripArticle(first.text));
  const start = first.start + (lil ? 2 : conj ? 1 : 0);
  const name = (lil ? "ال" : "") + text.slice(start, tokens[b - 1]!.end);
  const anonymous = ANONYMOUS_HEADS.has(headBare);
  return { name, entity: null, anonymous, span: { start, end: tokens[b - 1]!.end } };
}

/**
 * Two or more persons joined by و from token `k` (أرجع حسن وعلي الزريق …، مشيرين), ending before `to`, as one
 * speaker; null when `k` opens no such list.
 */
function personsJoinedAt(ctx: ArticleSpeakers, k: number, to: number): Speaker | null {
  const { text, tokens } = ctx;
  if (k > 0 && ctx.perEnd.get(k - 1) === ctx.perEnd.get(k)) return null;
  let end = ctx.perEnd.get(k) ?? k + 1;
  let n = 1;
  while (
    end < tokens.length &&
    tokens[end]!.start < to &&
    tokens[end]!.text.startsWith("و") &&
    ctx.perTokens.has(end) &&
    !/[^\s]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))
  ) {
    end = ctx.perEnd.get(end) ?? end + 1;
    n++;
  }
  if (n < 2 || tokens[end - 1]!.end > to) return null;
  const span = { start: tokens[k]!.start, end: tokens[end - 1]!.end };
  return { name: text.slice(span.start, span.end), entity: null, anonymous: false, span };
}

/** Words that count a group named after them (بعض المحللين، معظم المشاركين، عدد من الخبراء). */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  ...QUANTITY_HEADS,
  "جميع",
  "معظم",
  "غالبيه",
  "اغلب",
  "اغلبيه",
  "اكثريه",
  "كل",
  "الكثير",
  "كبار",
]);

/** Adjectives of a group that are no nisba in ون/ين (دبلوماسيون عرب، خبراء أجانب). */
const GROUP_ADJECTIVES: ReadonlySet<string> = new Set(["عرب", "اجانب", "كبار", "اخرون", "اخرين"]);

/** The first person named (by a PER mention) in the sentence before `before`, outside earlier quotes. */
/** Nouns of an interview, after which مع names the one interviewed (مقابلة مع، حوار مع), folded. */
const INTERVIEWS = new Set(["مقابله", "حوار", "حوارا", "لقاء", "لقاءا", "مقابلات", "حديثا"]);

function personInSentence(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  before: number,
  quotes: Quote[],
  nearest = false,
  insideQuotes = false,
): Speaker | null {
  const lastQuote = quotes.at(-1);
  const from =
    insideQuotes || !lastQuote || lastQuote.end <= sentenceStart
      ? sentenceStart
      : Math.max(sentenceStart, lastQuote.end);
  let found: Mention | null = null;
  for (const m of ctx.mentionsFrom(from)) {
    if (m.start >= before) break;
    if (m.type !== "PER" || !(isNameMention(m.text) || familyOfNamed(ctx, m))) continue;
    // A person after a preposition (سؤال حول الأسد، التقى مع X) is not the subject.
    const k = firstTokenAt(ctx.tokens, m.start);
    // (But the one interviewed is the one who speaks: أجرى مقابلة مع أبي مالك الشامي، قال فيها.)
    const interviewed = k > 1 && ctx.tokens[k - 1]!.text === "مع" && INTERVIEWS.has(ctx.tokens[k - 2]!.text);
    if (k > 0 && OBJECT_PREPOSITIONS.has(ctx.tokens[k - 1]!.text) && !interviewed) continue;
    if (toldWithTitles(ctx.tokens, k)) continue;
    found = m;
    if (!nearest) break;
  }
  return found ? mentionedSpeaker(ctx, found, quotes) : null;
}

/**
 * A family name alone (الملقي، الأسد) that the tagger linked to a person it named in full (هاني الملقي): a name,
 * though a definite word alone mostly is none.
 */
function familyOfNamed(ctx: ArticleSpeakers, m: Mention): boolean {
  const w = foldText(m.text);
  if (!/^ال\p{L}{2,}$/u.test(w) || isRoleHead(w) || isOrgWord(w)) return false;
  const e = ctx.entityById.get(m.entity);
  const full = e ? bestName(ctx, e) : null;
  return full !== null && wordCount(full) >= 2 && foldText(full).split(/\s+/).includes(w);
}

/** The speaker a person mention names, read from its tokens; null for a mention that covers no whole token. */
function mentionedSpeaker(ctx: ArticleSpeakers, m: Mention, earlier: Quote[]): Speaker | null {
  const a = firstTokenAt(ctx.tokens, m.start);
  let b = a;
  while (b < ctx.tokens.length && ctx.tokens[b]!.start < m.end) b++;
  // A mention that covers no whole token (a symbol, a cut hashtag) names nobody.
  return b > a ? speakerFrom(ctx, ctx.tokens.slice(a, b), earlier) : null;
}

/** Whether the quoted span is exactly a name the tagger found (a person's or an organisation's), marks aside. */
function quotedName(ctx: ArticleSpeakers, span: { start: number; end: number }): boolean {
  for (const type of ["PER", "ORG"] as const) {
    const m = ctx.mentionIn(span.start, span.start + 1, type);
    if (m && m.start <= span.start + 1 && Math.abs(m.end - span.end) <= 1) return true;
  }
  return false;
}

/** "Whoever" before a verb (ممن يرون، من يقول), folded. */
const WHOEVER: ReadonlySet<string> = new Set(["من", "ممن", "لمن", "عمن", "فمن", "ومن"]);

/** Forms of سأل (asked, asking), folded. */
const ASKING = new RegExp(`^[وف]?(?:${["سأل", "سائل", "يسأل", "تسأل", "نسأل", "أسأل"].map(foldText).join("|")})`);
/** God named as the one asked in a prayer (سائلين المولى، نسأل الله، داعين الباري), folded. */
const GOD_WORDS: ReadonlySet<string> = new Set(
  ["الله", "المولى", "العلي", "الباري", "ربه", "ربها", "ربهم", "ربي", "ربنا", "الرحمن", "الخالق"].map(foldText),
);

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
function sentTo(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (MESSAGE_NOUNS.has(tokens[k]!.text)) return toldWithTitles(tokens, b);
  return false;
}

/** Longest run of titles between a glued ل and the name it tells (لخادم الحرمين الشريفين الملك). */
const MAX_TOLD_TITLES = 6;

/**
 * Whether the name at token `k` is the one told or thanked, after ل glued to it or to its titles (ورفع التعازي
 * لخادم الحرمين الشريفين الملك سلمان، شكره للأمير فيصل): no subject of the sentence.
 */
function toldWithTitles(tokens: Token[], k: number): boolean {
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
function organisationOpening(
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
function titledOpening(ctx: ArticleSpeakers, sentenceStart: number, before: number, quotes: Quote[]): Speaker | null {
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

/**
 * The subject of the sentence before `sentenceStart` when it holds no quote and opens
 * with a verb and a named person (وحذر الرئيس الأمريكي دونالد ترامب روسيا … . وقال …):
 * a pronoun cue right after it continues that person rather than the last speaker.
 */
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

function subjectOfPreviousSentence(
  ctx: ArticleSpeakers,
  sentenceStart: number,
  quotes: Quote[],
  cue: string,
): Speaker | null {
  if (sentenceStart <= 1) return null;
  const prevStart = sentenceStartBefore(ctx.text, sentenceStart - 1);
  const lastQuote = quotes.at(-1);
  if (lastQuote && lastQuote.end > prevStart) return null;
  const { tokens } = ctx;
  const v = firstTokenAt(tokens, prevStart);
  if (v + 1 >= tokens.length || tokens[v + 1]!.start >= sentenceStart) return null;
  if (!/^[وف]/.test(tokens[v]!.text) || ctx.perTokens.has(v)) return null;
  // وأدانت اللجنة الدولية للصليب الأحمر الهجمات. وكتبت «…»: the organisation that took a stance in the sentence
  // before, when the two verbs agree in gender (not وأنهى مانشستر سيتي الموسم …، وتابع: a narrated act).
  const orgEnd = ctx.orgEnd.get(v + 1);
  const gender = cueGender(cue);
  const verb = tokens[v]!.text.slice(1);
  const stance = STANCE_VERBS.has(verb) || (verb.endsWith("ت") && STANCE_VERBS.has(verb.slice(0, -1)));
  if (orgEnd !== undefined && stance && gender !== null && verb.endsWith("ت") === (gender === "f")) {
    if (tokens[orgEnd - 1]!.end <= sentenceStart) return speakerFrom(ctx, tokens.slice(v + 1, orgEnd), quotes);
  }
  const split = splitRole(ctx, v + 1, Math.min(tokens.length, v + 1 + MAX_ROLE_TOKENS + MAX_NAME_TOKENS));
  if (split.nameEnd <= split.nameStart || !ctx.candidate(split.nameStart, split.nameEnd).strong) return null;
  if (tokens[split.nameEnd - 1]!.end > sentenceStart) return null;
  return speakerFrom(ctx, tokens.slice(v + 1, split.nameEnd), quotes);
}

function explicitInSentence(quotes: Quote[], sentenceStart: number): Speaker | null {
  const q = quotes.at(-1);
  if (!q || q.start < sentenceStart || q.resolution !== "explicit" || !q.speaker) return null;
  return { name: q.speaker, entity: q.speakerEntity, anonymous: q.anonymous === true };
}

/** The cue as written: with its و/ف and pronoun suffix, without punctuation or diacritics trimmed away. */
function cueAsWritten(text: string, cue: Token): string {
  return text.slice(cue.start, cue.end);
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function firstTokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that starts before `offset` (at least `min`). */
function lastTokenBefore(tokens: Token[], offset: number, min: number): number {
  return Math.max(min, firstTokenAt(tokens, offset) - 1);
}
