/**
 * Given names mined from unlabelled news (mined-names.data.ts, built by scripts/mine-given-names.ts), and the rule
 * that joins one the tagger left out to the person's name right after it.
 */

import { gazKey } from "./features.js";
import { coveredTokens, type Raw, type Tok } from "./folded-tokens.js";
import { MINED_GIVEN_NAMES } from "./mined-names.data.js";

const MINED: ReadonlySet<string> = new Set(MINED_GIVEN_NAMES);

/**
 * True when the folded word, as written (no clitic cut), is a given name mined from the corpora: one that titles of
 * address put before persons' names (السيد زهير …، اللواء مسفر …) and that news rarely writes as a common word.
 *
 * @example
 * minedGivenName("زهير"); // true
 * minedGivenName("يقدم"); // false
 */
export function minedGivenName(w: string): boolean {
  return MINED.has(w);
}

/**
 * A mined given name right before a person's name, which the tagger left out since it never saw it (زهير | الصالح،
 * مسفر | بن سعيد): the name starts at the given name. The word must be written bare (a clitic before it may be a
 * preposition or a conjunction between two persons), stand on the person's line, outside any other mention and any
 * hashtag. Over 5,000 SNN and ANT articles 9 articles change, 8 for the better (رامز جلال ×3 articles, عايض هادي
 * العتيبي، عبدالإله حسن العوضي، شذى رضا الجمال) and one neutral (a word's قابوس read MISC, was PER); the entity evals
 * are unchanged. Not in `isFirstName`: there the list also stops a family name that is a given name too from
 * spreading alone (آل مسفر … مسفر), 3 worse of 9 articles.
 */
export function minedNamesBeforePersons(toks: Tok[], raws: Raw[]): void {
  const covered = coveredTokens(toks, raws);
  for (const r of raws) {
    if (r.type !== "PER" || r.role || r.a < 1 || covered[r.a - 1]) continue;
    const t = toks[r.a - 1] as Tok;
    const first = toks[r.a] as Tok;
    // وشيرين | وحبيب: a name after a conjunction is another person.
    if (t.group >= 0 || t.line !== first.line || r.s !== first.s || !minedGivenName(t.text)) continue;
    r.a -= 1;
    r.s = t.s;
    r.key = [gazKey(t.text), ...r.key];
  }
}
