/**
 * Entity F1 of what the product returns: `findEntities` on each gold sentence (its tokens joined
 * by spaces), with everything after the tagger (adjacent spans joined, lists split, names
 * propagated, roles, one type per name), mapped back to the gold tokens. Beside the tagger's
 * own F1 (eval/entities.ts) it shows what those steps add or cost.
 */

import type { Sentence } from "../src/annotate/entities/corpus.js";
import { findEntities } from "../src/annotate/entities/find.js";
import { formatScores, SpanScorer } from "../src/annotate/entities/score.js";

/** BIO tags over `tokens` of the mentions `findEntities` finds in the sentence. */
export function productTags(tokens: string[]): string[] {
  const starts: number[] = [];
  let text = "";
  for (const t of tokens) {
    if (text) text += " ";
    starts.push(text.length);
    text += t;
  }
  const tags = tokens.map(() => "O");
  for (const m of findEntities(text).mentions) {
    let first = true;
    tokens.forEach((t, i) => {
      const a = starts[i] as number;
      if (a < m.end && a + t.length > m.start) {
        tags[i] = `${first ? "B" : "I"}-${m.type}`;
        first = false;
      }
    });
  }
  return tags;
}

/** The score table of `findEntities` on `set`. */
export function scoreProduct(set: Sentence[]): string {
  const s = new SpanScorer();
  for (const x of set) s.add(x.tags, productTags(x.tokens));
  return formatScores(s.scores());
}
