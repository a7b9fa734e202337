/**
 * How a speaker phrase becomes the speaker the guidelines ask for (rule 4): a person, an organisation named
 * before (قالت الشركة), a document's issuer (وجاء في التقرير), a group (نواب، محتجون), an epithet or nationality
 * resolved to the person named before (اللاعب البلجيكي → روميلو لوكاكو). Groups as speakers are read in
 * quote-group-speakers.ts, names right around a speaker phrase in quote-speaker-names.ts, the subject a
 * sentence opens with in quote-sentence-subjects.ts.
 */

import { foldText } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import type { Mention, Quote } from "../model/types.js";
import { gazKey, isFirstName, nisbaPlace } from "./entities/features.js";
import { isFirstName as isGivenName } from "./entities/name-words.js";
import { NAMING_TITLES } from "./entities/names.js";
import {
  type ArticleSpeakers,
  bestName,
  completeName,
  familyNameEnd,
  givenNameAfterTitle,
  MAX_LOOKUPS,
  MAX_NAME_TOKENS,
  personForRole,
  splitRole,
  unnamedOccupation,
} from "./quote-article-speakers.js";
import { bodyNamedBefore, speakerWithHead } from "./quote-bare-bodies.js";
import { RELATIVES } from "./quote-clause-words.js";
import { isToldOutlet, OBJECT_PREPOSITIONS, OUTLET_HEADS } from "./quote-clauses.js";
import {
  ANONYMOUS_HEADS,
  BARE_TITLES,
  COMPLEMENTIZERS,
  CUES,
  DAY_NAMES,
  ORG_HEADS,
  PAST_VERB_STEMS,
  SPEAKER_STOPS,
  TITLES,
} from "./quote-cues.js";
import { describedBefore, isHashtag, NAMED_BY_NATIONALITY, nameAfterDescription } from "./quote-described-names.js";
import { eachOfNamed } from "./quote-group-speakers.js";
import { coordinatedNisbas, jointSpeaker } from "./quote-joint-speakers.js";
import { fromMentionStart } from "./quote-mention-starts.js";
import { closingName, FUNCTION_WORDS, isLetterRank, isNameWord, namesInstitution } from "./quote-name-words.js";
import {
  ISSUE_ADVERBS,
  issuerInRelative,
  MADE_IT,
  MAX_ROLE_TOKENS,
  ROLE_LINKS,
  STUDY_NOUNS,
  sentTo,
  toldWithTitles,
} from "./quote-phrases.js";
import {
  HONORIFICS,
  isDualCue,
  isEpithetObject,
  isNameMention,
  isNationality,
  isOrgWord,
  isPluralCue,
  isPossessed,
  isRoleHead,
  opensAnotherName,
  QUANTITY_HEADS,
  roleKey,
} from "./quote-roles.js";
import { shareEnd } from "./quote-shares.js";
import {
  describedThenNamed,
  FAMILY_NAME_RANKS,
  MAX_HEAD_BEFORE_PLACE,
  nameAfterComma,
  nameAfterField,
  nameAfterPlace,
  trailingTitledName,
} from "./quote-speaker-names.js";
import {
  balanced,
  bare,
  firstOpener,
  firstTokenAt,
  joinedAt,
  lamOnNoun,
  SENTENCE_END,
  type Speaker,
  sentenceStartBefore,
  stripArticle,
  wordCount,
} from "./quote-text.js";

export type Gender = "m" | "f";

/**
 * The gender a cue reports its speaker with, read off its form against the other forms of the same cue:
 * قالت، تقول، مضيفة → f; قال، يقول، مضيفا → m; null for plurals (قالوا، مضيفين) and forms without a counterpart.
 */
export function cueGender(cue: string): Gender | null {
  const w = /^[وف]/.test(cue) && cue.length > 3 && CUES.has(cue.slice(1)) ? cue.slice(1) : cue;
  // وصفه، اعتبرتها: the verb's own ending tells, not the pronoun on it.
  const object = objectPronounGender(w);
  if (object !== undefined) return object;
  // أضافوا is no form of the participle's pair مضيفا/مضيفة, whatever أضافوه looks like; nor is أكدا (two speak).
  if (isPluralCue(w) || isDualCue(w)) return null;
  if (w.endsWith("ت") && CUES.has(w.slice(0, -1))) return "f";
  if (w.startsWith("ت") && CUES.has(`ي${w.slice(1)}`)) return "f";
  if (w.endsWith("ه") && CUES.get(`${w.slice(0, -1)}ا`) === "participle") return "f";
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

/** Object pronouns on a past verb (وصفه، اعتبرها، اتهمهم، وصفهما), longest first. */
const OBJECT_PRONOUNS = ["هما", "هم", "ها", "ه"];

/**
 * The subject's gender of a past verb with an object pronoun, read off the verb's own ending: وصفه، اعتبرها → m
 * (he described him, he deemed it), وصفته، اعتبرتها → f, اعتبروه → null (they); undefined for no such form. The
 * pronoun is the one spoken of, not the speaker: read as the feminine ة (وصفه against the participle's وصفا) it
 * took the words after «وأبدى السفير … وصفه» to a woman quoted before. A weak-final stem with ي on it (رأيه،
 * نفيها) is the noun with its owner's pronoun, left to the noun forms below.
 */
function objectPronounGender(w: string): Gender | null | undefined {
  for (const pronoun of OBJECT_PRONOUNS) {
    if (!w.endsWith(pronoun)) continue;
    const verb = w.slice(0, -pronoun.length);
    if (verb.endsWith("ي")) return undefined;
    if (verb.endsWith("ت") && PAST_VERB_STEMS.has(verb.slice(0, -1))) return "f";
    if (verb.endsWith("و") && PAST_VERB_STEMS.has(verb.slice(0, -1))) return null;
    if (PAST_VERB_STEMS.has(verb)) return "m";
  }
  return undefined;
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

export function speakerFrom(ctx: ArticleSpeakers, speakerTokens: Token[], earlier: Quote[]): Speaker {
  // وبين م. عادل، وتوقعت د. نتو: a rank abbreviated to its letter leads the name and is no part of it (the name
  // said in full before completes what follows); the speaker's span keeps it.
  // (Not before a given name alone that is an office as well, read as a name only after its title: د. أمين.)
  const first = firstTokenAt(ctx.tokens, speakerTokens[0]!.start);
  if (
    speakerTokens.length > 1 &&
    isLetterRank(speakerTokens[0]!.text) &&
    !(speakerTokens.length === 2 && givenNameAfterTitle(ctx, first + 1, first, first + 2))
  ) {
    const speaker = speakerFrom(ctx, speakerTokens.slice(1), earlier);
    return speaker.span ? { ...speaker, span: { ...speaker.span, start: speakerTokens[0]!.start } } : speaker;
  }
  let n = speakerTokens.length;
  while (n > 1 && DANGLING_PARTICIPLES.has(speakerTokens[n - 1]!.text)) n--;
  // أرسنال المنتمي للدوري الإنجليزي: the league with its complement describes the club before it.
  const at = speakerTokens.findIndex((t, k) => k > 0 && LEAGUE_PARTICIPLES.has(t.text));
  if (at > 0 && at < n) n = at;
  const speaker = fromMentionStart(
    ctx,

    speakerReading(ctx, n < speakerTokens.length ? speakerTokens.slice(0, n) : speakerTokens, earlier),
  );
  // دكتور عاطي بن عطية القرشي: a title without its article, read as the name's first word.
  const words = speaker.name.split(/\s+/);
  if (words.length >= 3 && BARE_TITLES.has(foldText(words[0]!))) return { ...speaker, name: words.slice(1).join(" ") };
  return speaker;
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

/** Words before a person's name that may hold the nationality an epithet repeats (البريطاني سيباستيان كو). */
const EPITHET_WINDOW = 3;

/**
 * The latest person named before `before` (within MAX_EPITHET_LOOKBACK) right after one of the `epithets` (folded:
 * البريطاني، الأمير), or null.
 */
export function personWithEpithet(
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

/** A report, one or many (تقرير، تقارير), folded: it speaks for its issuer. */
const REPORTS: ReadonlySet<string> = new Set(["تقرير", "تقارير"]);

/** "The latest" before a report (أحدث تقارير أوبك، آخر تقرير للوكالة), folded. */
const LATEST: ReadonlySet<string> = new Set(["احدث", "اخر"]);

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
  // كل من أحمد إبراهيم وسامي الحازمي: the people named, together.
  const each = eachOfNamed(text, words, speakerTokens, end);
  if (each) return { name: each, entity: null, anonymous: false, span };
  // وقالت روسيا وسوريا إن، رأى البشير ورئيس الوزراء الإثيوبي آبي أحمد أن: names joined by و, speaking together.
  const joint = jointSpeaker(ctx, speakerTokens, earlier, (name) => speakerReading(ctx, name, earlier));
  if (joint) return { ...joint, span };
  // السلطات القطرية والتركية: one head for two countries' bodies, as written (not والتركية for a name).
  if (coordinatedNisbas(words))
    return { name: text.slice(start, end), entity: null, anonymous: ANONYMOUS_HEADS.has(words[0]!), span };
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
  // أحدث تقارير "أوبك": the latest of an issuer's reports is its report.
  if (words.length >= 3 && LATEST.has(words[0]!) && REPORTS.has(words[1]!)) {
    return { ...speakerReading(ctx, speakerTokens.slice(1), earlier), span };
  }
  // ذكر تقرير للبنك الدولي، أبان تقرير مركز المعلومات: a report speaks for its issuer after it, as a statement
  // does (rule 4). (An unnamed one stays as written: تقرير حديث.)
  const report = words.length >= 2 && REPORTS.has(words[0]!);
  // بيان الجيش الإسرائيلي، بيان للجيش: a document speaks for its issuer after it. A definite issuer is read as any
  // speaker phrase is (بيان الوزارة → the ministry the article named); one with ل, by the name the tagger found or
  // as written without the ل.
  if (words.length >= 2 && (report || CUES.get(words[0]!) === "document")) {
    if (words[1]!.startsWith("ال")) return { ...speakerReading(ctx, speakerTokens.slice(1), earlier), span };
    const from = speakerTokens[1]!.start;
    const issuer = ctx.mentionIn(from, end, "ORG") ?? ctx.mentionIn(from, end, "PER");
    // (Not a report's bare head the tagger found alone: تقارير رقابية للهيئة الوطنية لمكافحة الفساد, as written.)
    const alone = report && issuer !== undefined && wordCount(issuer.text) === 1 && isOrgWord(issuer.text);
    if (issuer && !alone)
      return { name: issuer.text.replace(/^لل/, "ال"), entity: issuer.entity, anonymous: false, span };
    // بيان للقيادة المشتركة: ل + the definite issuer, written without its ل.
    const written = text.slice(from, end);
    if (written.startsWith("لل") && !lamOnNoun(speakerTokens[1]!.text))
      return { name: `ال${written.slice(2)}`, entity: null, anonymous: false, span };
    // تقرير مركز معلومات غرفة مكة: an organisation in construct with the report.
    if (report && isOrgWord(words[1]!) && !/^[لب]/.test(words[1]!))
      return { ...speakerReading(ctx, speakerTokens.slice(1), earlier), span };
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
    // (Named between commas after it: الناطق باسم شرطة شرق جاوا، فرانس بارونغ مانغيرا، إن.)
    const apposed = nameAfterComma(ctx, last);
    if (apposed) return apposedSpeaker(ctx, apposed, earlier, null, span);
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
  // وأكد أمير عسير، قال مستشار بوتين: one word the tagger took for a person right after a role head in construct
  // (no article, outside the mention) is the role's domain or master, not its holder: the role as written.
  const domain =
    mention !== undefined &&
    last - first === 2 &&
    isRoleHead(words[0]!) &&
    !words[0]!.startsWith("ال") &&
    !ctx.perTokens.has(first) &&
    !isFirstName(words[1]!) &&
    mention.start === tokens[first + 1]!.start &&
    mention.end === tokens[first + 1]!.end;
  if (domain) return { name: text.slice(start, end), entity: null, anonymous: false, span };
  // رئيسة لجنة دلهي للمرأة، سواتي ماليوال، إنها: a place or a purpose (لل…) where a name would be, or right after
  // it, is the institution's; the holder is named in apposition after the phrase.
  const institutional =
    split.nameEnd > split.nameStart &&
    !ctx.perTokens.has(split.nameStart) &&
    (ctx.isPlace(split.nameStart) ||
      tokens
        .slice(split.nameStart, Math.min(last, split.nameEnd + 1))
        .some((t) => t.text.startsWith("لل") && t.text.length > 4));
  if (institutional) {
    const apposed = nameAfterComma(ctx, last);
    if (apposed) return apposedSpeaker(ctx, apposed, earlier, entity, span);
    // المدير التنفيذي لمركز دبي للإحصاء عارف المهيري: the holder is the person tagged right after the purpose
    // (لل…) that closes the institution's name.
    for (let k = split.nameStart + 1; k < split.nameEnd; k++) {
      if (!ctx.perTokens.has(k)) continue;
      const closer = tokens[k - 1]!.text;
      if (closer.startsWith("لل") && closer.length > 4) split.nameStart = k;
      break;
    }
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
    // مدير وحدة كهرباء فيفاء سليمان الفيفي: a fuller name that only adds the role's last nouns before the name
    // (the tagger's mention started on فيفاء) is the role read into the name.
    const roleWords = tokens.slice(first, split.nameStart).map((t) => t.text);
    const fuller = (b: string | null) => b !== null && !addsRoleWords(b, run, roleWords);
    const name = [completed, fromEntity, written].reduce<string>(
      (a, b) => (b && fuller(b) && wordCount(b) > wordCount(a) ? b : a),
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
  // الفنانة #لطيفة، الفنانة سابين: the name the tagger missed, after the person's description.
  const described = nameAfterDescription(ctx, first, last);
  if (described) return apposedSpeaker(ctx, described, earlier, entity, span);
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
    const spoke = speakerWithHead(ctx, words[0]!.slice(2), earlier);
    const lastSpoke = earlier.at(-1)?.speaker ?? null;
    const named = orgNamedBefore(ctx, words[0]!.slice(2), start, lastSpoke, words[1] ?? null, spoke?.name ?? null);
    if (named) return { name: named, entity: named === spoke?.name ? spoke.entity : null, anonymous: false, span };
  }
  // وقال البنك after البنك الدولي، وأكد المعهد after معهد التمويل الدولي: the body the tagger found in full before.
  if (words.length === 1 && (ORG_HEADS.has(words[0]!) || isOrgWord(words[0]!))) {
    const body = bodyNamedBefore(ctx, words[0]!, start, earlier);
    if (body) return { ...body, span };
  }
  const org = ctx.mentionIn(start, end, "ORG");
  // الإعلامي السعودي، بدر آل زيدان، أن: a person described, then named between commas.
  const apposed = org ? null : describedThenNamed(ctx, first, last);
  if (apposed) return apposedSpeaker(ctx, apposed, earlier, null, span);
  // كشفت الفنانة #لطيفة … وبينت الفنانة أن: the name the description came with before.
  // (A bare word taken for the name only when it spoke before: not المطربة بخصوص الواقعة.)
  const describedEarlier = org ? null : describedBefore(ctx, first, last);
  if (describedEarlier) {
    const named = apposedSpeaker(ctx, describedEarlier, earlier, null, span);
    if (isHashtag(text, tokens, describedEarlier.start) || earlier.some((q) => q.speaker === named.name)) return named;
  }
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

/** How far back a bare head (الشركة) looks for the organisation's name: about two long articles. */
const MAX_ORG_LOOKBACK_TOKENS = 1500;

/**
 * The issuer of a document named earlier: the latest indefinite `تقرير للشرطة البريطانية`,
 * `بيان صادر عن الوزارة`, `بيان لحزب الأمة`, or definite one with a relative clause naming it
 * (`التقرير، الذي أعده مكتب التدقيق`) before `before`. Null when the article
 * does not say (then the last speaker stands).
 */
export function documentIssuer(
  ctx: ArticleSpeakers,
  definite: string,
  before: number,
  earlier: Quote[],
): Speaker | null {
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
    // أصدر الاتحاد السعودي للكرة | الطائرة بيانا: the definite words the tagger left off the name's end.
    const rest = end === undefined ? [] : tokens.slice(end, b);
    const named = end !== undefined && rest.length <= 2 && rest.every((t) => /^ال\p{L}{2,}/u.test(t.text));
    if (!named || (issuing && OUTLET_HEADS.has(bare(tokens[v + 1]!.text)))) return null;
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
 * إنها … وقالت الشركة: the company that spoke, not the one last named). Past a nearest one named as an object,
 * `spokeWithHead`, the last body with the head that spoke (… من هيئة التقييس الخليجية … وأكدت الهيئة → the
 * الهيئة السعودية للمواصفات that spoke before).
 */
function orgNamedBefore(
  ctx: ArticleSpeakers,
  head: string,
  before: number,
  lastSpeaker: string | null,
  qualifier: string | null,
  spokeWithHead: string | null,
): string | null {
  let nearest: { name: string; object: boolean } | null = null;
  for (const named of orgsNamedBefore(ctx, head, before, qualifier)) {
    nearest ??= named;
    // Only past one named as an object (إلى شركة تويتر), not as a source (بحسب صحيفة نيويورك بوست).
    if (lastSpeaker === null || !nearest.object) return named.name;
    // شركة هيربالايف طلبا …: the name as quoted, however far the head's scan ran past it.
    if (`${foldText(named.name.replace(/[«»"“”]/g, ""))} `.startsWith(`${foldText(lastSpeaker)} `)) return lastSpeaker;
  }
  if (nearest?.object && spokeWithHead) return spokeWithHead;
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

/**
 * Whether `name` is the `run` with only words of the role phrase before it (`roleWords`, folded) put in front:
 * فيفاء سليمان الفيفي for سليمان الفيفي after مدير وحدة كهرباء فيفاء.
 *
 * @example addsRoleWords("فيفاء سليمان الفيفي", ["سليمان", "الفيفي"], ["مدير", "وحده", "كهرباء", "فيفاء"]) // true
 */
function addsRoleWords(name: string, run: string[], roleWords: string[]): boolean {
  const words = foldText(name).split(/\s+/);
  const extra = words.length - run.length;
  if (extra <= 0 || extra > roleWords.length || words.slice(extra).join(" ") !== run.join(" ")) return false;
  // (Not a given name or a name's particle the role phrase took: عبد العزيز محمد السبيعي.)
  if (isGivenName(words[0]!) || /^(?:عبد|ابو|ابن|بن|ال$)/.test(words[0]!)) return false;
  return words.slice(0, extra).join(" ") === roleWords.slice(-extra).join(" ");
}

/** The first person named (by a PER mention) in the sentence before `before`, outside earlier quotes. */
/** Nouns of an interview, after which مع names the one interviewed (مقابلة مع، حوار مع), folded. */
const INTERVIEWS = new Set(["مقابله", "حوار", "حوارا", "لقاء", "لقاءا", "مقابلات", "حديثا"]);

export function personInSentence(
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
export function mentionedSpeaker(ctx: ArticleSpeakers, m: Mention, earlier: Quote[]): Speaker | null {
  const a = firstTokenAt(ctx.tokens, m.start);
  let b = a;
  while (b < ctx.tokens.length && ctx.tokens[b]!.start < m.end) b++;
  // A mention that covers no whole token (a symbol, a cut hashtag) names nobody.
  return b > a ? speakerFrom(ctx, ctx.tokens.slice(a, b), earlier) : null;
}

/** Whether the quoted span is exactly a name the tagger found (a person's or an organisation's), marks aside. */
export function quotedName(ctx: ArticleSpeakers, span: { start: number; end: number }): boolean {
  for (const type of ["PER", "ORG"] as const) {
    const m = ctx.mentionIn(span.start, span.start + 1, type);
    if (m && m.start <= span.start + 1 && Math.abs(m.end - span.end) <= 1) return true;
  }
  return false;
}
