/**
 * Where a speaker's name starts when a person's mention starts inside a token: after the conjunction the token
 * carries (وأسامة النجيفي → أسامة النجيفي). The entity tagger cuts و or ف off a name; the quote reader reads
 * whole tokens, so the speaker text it takes from the token is cut the same way here, where the cut is sure.
 */

import { foldText } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import type { Mention } from "../model/types.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import { CUES } from "./quote-cues.js";
import { firstTokenAt, type Speaker } from "./quote-text.js";

/** Whether `m` starts inside `token` right after its conjunction و or ف (وشريف → شريف) and ends at or past it. */
export function conjunctionCut(text: string, token: Token, m: Mention): boolean {
  return (
    m.start > token.start &&
    m.start < token.end &&
    m.end >= token.end &&
    /^[وف]$/.test(text.slice(token.start, m.start))
  );
}

/**
 * A name's mention without the verb of saying the tagger glued onto its start (وطالب الحارثي → الحارثي): no name
 * word is و or ف + a reporting verb's exact form, and the verb opens the clause whose subject the name is. Any
 * other mention as it is.
 * @example withoutGluedCue({ text: "وطالب الحارثي", start: 0, end: 13, … }) // { text: "الحارثي", start: 6, … }
 */
export function withoutGluedCue(m: Mention): Mention {
  if (m.type !== "PER" && m.type !== "LOC") return m;
  const gap = /\s+/u.exec(m.text);
  if (!gap) return m;
  const first = foldText(m.text.slice(0, gap.index));
  if (!/^[وف]/.test(first) || CUES.get(first) !== "verb") return m;
  const skip = gap.index + gap[0].length;
  return { ...m, start: m.start + skip, text: m.text.slice(skip) };
}

/** The folded words each article writes as tokens of their own, built once per article. */
const writtenWords = new WeakMap<ArticleSpeakers, ReadonlySet<string>>();

/**
 * Where the person's name in token `k` starts: after the conjunction the tagger cut off, when the article writes
 * the rest as a word of its own too (وأسامة beside أسامة); the token's start otherwise. A letter of the name
 * itself is no conjunction, and the rest is then no word the article writes (والد كامبل → الد, والتر → التر,
 * فالح → الح, وندي → ندي).
 */
export function nameStartIn(ctx: ArticleSpeakers, k: number): number {
  const token = ctx.tokens[k]!;
  const at = ctx.cutStarts.get(k);
  if (at === undefined) return token.start;
  let words = writtenWords.get(ctx);
  if (!words) {
    words = new Set(ctx.tokens.map((t) => t.text));
    writtenWords.set(ctx, words);
  }
  return words.has(token.text.slice(at - token.start)) ? at : token.start;
}

/**
 * `speaker` starting where the person's name starts, when its first token carries the conjunction the mention
 * was cut from (وأسامة النجيفي → أسامة النجيفي); `speaker` itself otherwise.
 */
export function fromMentionStart(ctx: ArticleSpeakers, speaker: Speaker): Speaker {
  const span = speaker.span;
  if (!span) return speaker;
  const k = firstTokenAt(ctx.tokens, span.start);
  if (ctx.tokens[k]?.start !== span.start) return speaker;
  const at = nameStartIn(ctx, k);
  if (at === span.start) return speaker;
  const conjunction = ctx.text.slice(span.start, at);
  const name = speaker.name.startsWith(conjunction) ? speaker.name.slice(conjunction.length) : speaker.name;
  return { ...speaker, name, span: { start: at, end: span.end } };
}

/**
 * Whether a run of a person's tokens may grow left past token `k`: not when a mention starts inside it after
 * its conjunction (بلاتر وجيروم فالك: two people, not one name).
 */
export function joinsLeft(ctx: ArticleSpeakers, k: number): boolean {
  return !ctx.cutStarts.has(k);
}
