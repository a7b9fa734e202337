/**
 * Honorific pronouns as speakers (وقال سموه، وبين معاليه): each names a class of person (a prince, a minister), so
 * it stands for the latest person the article named with one of that class's titles.
 */

import type { Quote } from "../model/types.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { COMPLEMENTIZERS, CUES, PRONOUN_SPEAKERS } from "./quote-cues.js";
import { isNameMention } from "./quote-roles.js";
import { mentionedSpeaker } from "./quote-speaker-reading.js";
import { firstTokenAt, SENTENCE_END, type Speaker } from "./quote-text.js";

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
export const HONORIFIC_PRONOUNS = new Set([...PRONOUN_SPEAKERS].filter((w) => !/^(?:هو|هي|بدوره|بدورها)$/.test(w)));

/**
 * How many words before a name its titles may stand: honorific, offices and rank run long in official news
 * (معالي وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة الدكتور ماجد القصبي).
 */
const MAX_TITLE_HEAD = 10;

/** How far back (characters) the person an honorific stands for may have been named. */
const MAX_HONORIFIC_LOOKBACK = 1200;

/**
 * The person the honorific pronoun `honorific` (folded) after a cue at `before` stands for: `current`, the
 * speaker found otherwise, when the article named them with one of the honorific's titles; else the latest
 * person named with one (وبين معاليه after the prince's words: the minister named since); else `current`.
 */
export function honorificSpeaker(
  ctx: ArticleSpeakers,
  honorific: string,
  before: number,
  earlier: Quote[],
  current: Speaker | null,
): Speaker | null {
  const titles = HONORIFIC_TITLES.get(honorific);
  if (!titles) return current;
  // (The one found may have been named with the title at the article's top, past the lookback.)
  let latest: Speaker | null = null;
  for (const m of ctx.mentionsFrom(current ? 0 : Math.max(0, before - MAX_HONORIFIC_LOOKBACK))) {
    if (m.start >= before) break;
    if (m.type !== "PER" || !isNameMention(m.text) || !titledAt(ctx, firstTokenAt(ctx.tokens, m.start), titles))
      continue;
    const named = mentionedSpeaker(ctx, m, earlier);
    if (!named) continue;
    if (current && (named.name === current.name || (named.entity !== null && named.entity === current.entity)))
      return current;
    if (m.start >= before - MAX_HONORIFIC_LOOKBACK) latest = named;
  }
  return latest ?? current;
}

/**
 * Whether one of `titles` stands in the head of the name opening at token `k`: back to the sentence's start, a
 * cue or a complementizer (قال الوزير إن الأمير X: الوزير is not X's), or another person's name.
 */
function titledAt(ctx: ArticleSpeakers, k: number, titles: ReadonlySet<string>): boolean {
  const { text, tokens } = ctx;
  for (let p = k - 1; p >= Math.max(0, k - MAX_TITLE_HEAD); p--) {
    if (SENTENCE_END.test(text.slice(tokens[p]!.end, tokens[p + 1]!.start))) return false;
    const w = tokens[p]!.text;
    if (titles.has(w)) return true;
    if (ctx.perTokens.has(p) || CUES.has(w) || COMPLEMENTIZERS.has(w)) return false;
  }
  return false;
}
