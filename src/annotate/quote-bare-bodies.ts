/**
 * A bare organisation head as a speaker (وقال البنك، وأكدت المفوضية) stands for the body the article named in
 * full with that head before (البنك الدولي، مفوضية الأمم المتحدة لشؤون اللاجئين), as a family name alone stands
 * for the person named in full. For the speaker reading of quote-speaker-reading.ts.
 */

import { foldText } from "../arabic/fold.js";
import type { Mention } from "../model/types.js";
import type { ArticleSpeakers } from "./quote-article-speakers.js";
import type { Speaker } from "./quote-text.js";

/**
 * How far back (characters) the full name may stand: a long article's length, as a bare head in a news story
 * refers back to the body the story is about, however early it was named.
 */
const MAX_BODY_LOOKBACK = 6000;

/** Clitics before a body's head word in its mention (للبنك الدولي، وبالاتحاد الأوروبي), folded. */
const HEAD_CLITICS = /^(?:[وف]?(?:ال|لل|بال|كال)|[وفلب])(?=\p{L}{2})/u;

/**
 * The body whose name, as the tagger found it before offset `before`, opens with the head `word` (folded,
 * with its article: البنك → البنك الدولي، المعهد → معهد التمويل الدولي), the nearest one, with its entity; null
 * when the article names none. Only organisations of two words or more: the head alone names nothing new.
 *
 * @example
 * // «… أعلن البنك الدولي … وقال البنك إن …» → { name: "البنك الدولي", entity: "org_…" }
 */
export function bodyNamedBefore(ctx: ArticleSpeakers, word: string, before: number): Speaker | null {
  if (!word.startsWith("ال")) return null;
  const head = word.slice(2);
  let found: Mention | null = null;
  for (const m of ctx.mentionsFrom(Math.max(0, before - MAX_BODY_LOOKBACK))) {
    if (m.start >= before) break;
    if (m.type !== "ORG") continue;
    const words = foldText(m.text).split(/\s+/);
    if (words.length >= 2 && words[0]!.replace(HEAD_CLITICS, "") === head) found = m;
  }
  if (!found) return null;
  const e = ctx.entityById.get(found.entity);
  return { name: e?.name ?? found.text, entity: found.entity, anonymous: false };
}
