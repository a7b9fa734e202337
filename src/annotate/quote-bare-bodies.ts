/**
 * A bare organisation head as a speaker (وقال البنك، وأكدت المفوضية) stands for the body the article named in
 * full with that head before (البنك الدولي، مفوضية الأمم المتحدة لشؤون اللاجئين), as a family name alone stands
 * for the person named in full. For the speaker reading of quote-speaker-reading.ts.
 */

import { foldText } from "../arabic/fold.js";
import type { Mention, Quote } from "../model/types.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import type { Speaker } from "./quote-text.js";

/**
 * How far back (characters) the full name may stand: a long article's length, as a bare head in a news story
 * refers back to the body the story is about, however early it was named.
 */
const MAX_BODY_LOOKBACK = 6000;

/** Clitics before a body's head word in its mention (للبنك الدولي، وبالاتحاد الأوروبي), folded. */
const HEAD_CLITICS = /^(?:[وف]?(?:ال|لل|بال|كال)|[وفلب])(?=\p{L}{2})/u;

/** Whether the folded name `text` opens with the head `head` (folded, without its article) and goes on. */
function opensWithHead(text: string, head: string): boolean {
  const words = foldText(text).split(/\s+/);
  return words.length >= 2 && words[0]!.replace(HEAD_CLITICS, "") === head;
}

/**
 * The last organisation of `earlier` that spoke under a name opening with the head `head` (folded, without its
 * article: هيئه for الهيئة السعودية للمواصفات), with its entity, or null. A story about a body names others with
 * the same head in passing (… من هيئة التقييس الخليجية … وأكدت الهيئة), and the bare head goes on with the
 * one speaking.
 */
export function speakerWithHead(ctx: ArticleSpeakers, head: string, earlier: Quote[]): Speaker | null {
  for (let q = earlier.length - 1; q >= 0; q--) {
    const { speaker, speakerEntity, anonymous } = earlier[q]!;
    if (!speaker || anonymous || !speakerEntity || !opensWithHead(speaker, head)) continue;
    if (ctx.entityById.get(speakerEntity)?.type !== "ORG") continue;
    return { name: speaker, entity: speakerEntity, anonymous: false };
  }
  return null;
}

/**
 * The body whose name, as the tagger found it before offset `before`, opens with the head `word` (folded,
 * with its article: البنك → البنك الدولي، المعهد → معهد التمويل الدولي), with its entity; null when the article
 * names none. Only organisations of two words or more: the head alone names nothing new.
 *
 * The last body with that head that spoke (in `earlier`, see `speakerWithHead`) comes first; else the nearest
 * body named.
 *
 * @example
 * // «… أعلن البنك الدولي … وقال البنك إن …» → { name: "البنك الدولي", entity: "org_…" }
 */
export function bodyNamedBefore(ctx: ArticleSpeakers, word: string, before: number, earlier: Quote[]): Speaker | null {
  if (!word.startsWith("ال")) return null;
  const head = word.slice(2);
  const spoke = speakerWithHead(ctx, head, earlier);
  if (spoke) return spoke;
  let found: Mention | null = null;
  for (const m of ctx.mentionsFrom(Math.max(0, before - MAX_BODY_LOOKBACK))) {
    if (m.start >= before) break;
    if (m.type === "ORG" && opensWithHead(m.text, head)) found = m;
  }
  if (!found) return null;
  const e = ctx.entityById.get(found.entity);
  return { name: e?.name ?? found.text, entity: found.entity, anonymous: false };
}
