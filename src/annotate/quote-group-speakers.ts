/**
 * Groups as speakers: a plural noun phrase or persons joined by و before a plural cue (وقال مسؤولون، أكد
 * المشاركون، وقال عبد الله وأحمد), for findQuotes (quotes.ts).
 */

import { foldText } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import type { Quote } from "../model/types.js";
import { isFirstName } from "./entities/features.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { RELATIVES } from "./quote-clause-words.js";
import { ANONYMOUS_HEADS, CUES } from "./quote-cues.js";
import { MAX_FRONTED_SUBJECT } from "./quote-phrases.js";
import {
  GROUP_PLURALS,
  isConstructPlural,
  isGroupHead,
  isNisba,
  isOrgWord,
  isRoleHead,
  PEOPLE_PLURAL,
  QUANTIFIERS,
} from "./quote-roles.js";
import { firstTokenAt, type Speaker, sentenceStartBefore, stripArticle } from "./quote-text.js";

/** A speaker who is a group (مصادر مطلعة، عدد من الخبراء، المحتجون), not one person or an organisation. */
export function isGroupSpeaker(ctx: ArticleSpeakers, s: Speaker): boolean {
  const words = foldText(s.name).split(/\s+/);
  const head = stripArticle(words[0] ?? "");
  // أبناؤه لوسي وروبرت وتيم، البعض: a group by its head, whatever the names after it.
  if (GROUP_PLURALS.has(head) || QUANTIFIERS.has(head)) return true;
  // قال كل من أحمد إبراهيم وسامي الحازمي: the people named after كل من, together.
  if (s.span && /^كل\s+من\s/.test(ctx.text.slice(s.span.start, s.span.start + 8))) return true;
  // روسيا وسوريا، كانغ كيونغ ومايك بومبيو: names joined by و, speaking together.
  if (ctx.joint.has(s.name)) return true;
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
export function groupBefore(
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

/**
 * Whether the group `name`, last quoted before `cueStart`, may still be the one a plural cue with no group of its
 * own reports: its words end at most one whole sentence before the cue's sentence (قال مسؤولون "…". وأضافوا), or it
 * is named again since (ودعا الوزراء …، مؤكدين). A «وقالوا» paragraphs after the group last spoke, with other
 * people named between (الجدات، المشايخ، الحوثيون), more likely reports them: better no speaker than the wrong group.
 * @example groupStillSpeaking(text, quotes, "مسؤولون", s, cue) // false for «قال مسؤولون إن …. أ. ب. ج. وقالوا»
 */
export function groupStillSpeaking(
  text: string,
  quotes: Quote[],
  name: string,
  sentenceStart: number,
  cueStart: number,
): boolean {
  const words = quotes.findLast((q) => q.speaker === name.replace(/_/g, " "));
  if (!words) return true;
  if (words.end >= sentenceBefore(text, sentenceBefore(text, sentenceStart))) return true;
  const own = foldText(name.split(/\s+/).at(-1) ?? "");
  return (
    own.length > 2 &&
    foldText(text.slice(words.end, cueStart))
      .split(/[^\p{L}]+/u)
      .includes(own)
  );
}

/** Start of the sentence before the one starting at `start`, past the marks and line breaks that end it. */
function sentenceBefore(text: string, start: number): number {
  let p = start;
  while (p > 0 && !/[\p{L}\p{N}]/u.test(text[p - 1]!)) p--;
  return p === 0 ? 0 : sentenceStartBefore(text, p);
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

/** Adjectives of a group that are no nisba in ون/ين (دبلوماسيون عرب، خبراء أجانب). */
const GROUP_ADJECTIVES: ReadonlySet<string> = new Set(["عرب", "اجانب", "كبار", "اخرون", "اخرين"]);

/**
 * The people a speaker phrase opening with كل من names, together as written (قال كل من أحمد إبراهيم وسامي
 * الحازمي → «أحمد إبراهيم وسامي الحازمي»), or null for any other phrase.
 */
export function eachOfNamed(
  text: string,
  words: readonly string[],
  speakerTokens: Token[],
  end: number,
): string | null {
  if (words.length < 3 || words[0] !== "كل" || words[1] !== "من") return null;
  return text.slice(speakerTokens[2]!.start, end);
}
