/**
 * Names cut at a dash that the original writes as tatweel between spaces (طلال عبدالله ـ جدة، مركز المساعدية
 * التخصصي ـ مستشفى الملك فهد): folding removes every tatweel, so the tagger reads the words on both sides as one
 * name. See `tatweelDashes` for where the dashes stand.
 */

import { isCityKey, isPlaceKey } from "./features.js";
import type { Raw, Tok } from "./folded-tokens.js";
import { PUNCT } from "./tagged-spans.js";

/**
 * Splits each span with a dash inside it (`dashes`: indices of the tokens a dash stands before) into its pieces, in
 * place. A piece keeps the span's type, unless it names a place (a byline's city after a name: طلال عبدالله | جدة).
 *
 * @example
 * // «وكتب طلال عبدالله ـ جدة» tagged as one person → طلال عبدالله (PER), جدة (LOC)
 */
export function splitAtDashes(toks: readonly Tok[], raws: Raw[], dashes: ReadonlySet<number>): void {
  if (dashes.size === 0) return;
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    const cuts = [...dashes].filter((i) => i > r.a && i < r.b).sort((x, y) => x - y);
    if (cuts.length === 0 || r.role) continue;
    const pieces: Raw[] = [];
    let keyAt = 0;
    const bounds = [r.a, ...cuts, r.b];
    for (let n = 0; n + 1 < bounds.length; n++) {
      const a = bounds[n] as number;
      const b = bounds[n + 1] as number;
      const words = toks.slice(a, b).filter((t) => !PUNCT.test(t.text)).length;
      const key = r.key.slice(keyAt, keyAt + words);
      keyAt += words;
      if (words === 0) continue;
      const joined = key.join(" ");
      const place = r.type !== "LOC" && (isPlaceKey(joined) || isCityKey(joined));
      pieces.push({
        a,
        b,
        type: place ? "LOC" : r.type,
        s: n === 0 ? r.s : (toks[a] as Tok).s,
        e: b === r.b ? r.e : (toks[b - 1] as Tok).e,
        key,
      });
    }
    raws.splice(k, 1, ...pieces);
  }
}
