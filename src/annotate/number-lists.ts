/**
 * Lists of figures that name their noun, percent sign or scale once, after the last one (3، 4 و5 ملايين;
 * 1.5 و1.6 في المائة; 8146، 8084، 7546 ريال; 8700 و8800 نقطة): every figure of the list counts what the last one
 * counts, and takes its scale.
 */

import type { NumberClaim } from "../model/types.js";
import { PERCENT } from "./number-units.js";

/** One claim of an article with what the list rule needs to know about it. */
export interface ListItem {
  claim: NumberClaim;
  /** Folded span of the figure. */
  s: number;
  e: number;
  /** A word before the figure made it a name or a clock time (المادة 12، الساعة 10): it counts nothing. */
  named: boolean;
  /** The scale word the figure was read with (5 ملايين: 1e6), if any. */
  scale?: number;
}

/** و between two figures of a list, folded, with a comma before it or not (4 و5; 5000 و4800; 3، و4). */
const WAW_LINK = /^[ \t]*(?:,[ \t]*)?و[ \t]*$/;

/** A comma against the figure before it and a space or none (6493، 6431): SPA's « 500 , 8 كلم» is no list. */
const COMMA_LINK = /^,[ \t]?$/;

/** A figure in digits alone, no scale or percent sign (3، 4 و5 ملايين: 3 and 4), folded. */
const PLAIN_FIGURE = /^[0-9]+(?:[.,][0-9]+)?$/;

/** Fewest figures of a list joined by commas alone (8146، 8084، 7546 ريال): two are as often a decimal typed apart. */
const MIN_COMMA_LIST = 3;

/**
 * How far apart two figures of one list may be and still share a scale: «3، 4 و5 ملايين» are millions each, «800
 * و1.2 مليون» are not 800 million.
 */
const SAME_MAGNITUDE = 10;

type Link = "waw" | "comma" | null;

/** How figure `a` is joined to figure `b` after it in `text` (folded), as members of one list. */
function linkOf(text: string, a: ListItem, b: ListItem): Link {
  const gap = text.slice(a.e, b.s);
  if (text.slice(a.s, a.e).includes("-")) return null; // a score or a range (2-1، 18-38) ends a list
  if (WAW_LINK.test(gap)) return "waw";
  const plain =
    PLAIN_FIGURE.test(text.slice(a.s, a.e)) && PLAIN_FIGURE.test(text.slice(b.s, b.e).replace(/[^0-9.,].*$/, ""));
  return plain && COMMA_LINK.test(gap) ? "comma" : null;
}

/**
 * Gives each figure of a list without a noun of its own the unit of the figure after it, and its scale when the
 * two are of one magnitude; works from the end, so a whole list takes what its last figure names. Figures are one
 * list when joined by و (4.7 و5.7 درجة) or by commas (3، 4 و5; 8146، 8084، 7546 ريال: commas alone join three
 * figures or more). A list whose first figure names something (`named`: المادتين 77 و125، الدقائق 11 و18 و25 من ركلة) names
 * all through: its figures count nothing.
 * `items` are one article's claims in order, changed in place.
 *
 * @example
 * // "3، 4 و5 ملايين نسمة": 3 → 3,000,000 نسمه, 4 → 4,000,000 نسمه.
 */
export function shareListUnits(text: string, items: ListItem[]): void {
  const links: Link[] = items.slice(1).map((b, k) => linkOf(text, items[k]!, b));
  // Lists joined by commas alone must hold three figures: drop the comma links of shorter ones.
  for (let k = 0; k < links.length; ) {
    let end = k;
    while (end < links.length && links[end] !== null) end++;
    const members = end - k + 1;
    if (end > k && members < MIN_COMMA_LIST && links.slice(k, end).every((l) => l === "comma")) {
      for (let j = k; j < end; j++) links[j] = null;
    }
    k = end + 1;
  }
  // في الدقائق 11 و18 و25 من ضربة جزاء: a list of names is names all through.
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    // A figure in words is no name (20 طائرة من طراز 777 وثماني طائرات: eight planes).
    if (!items[k - 1]!.named || links[k - 1] === null || !/[0-9٠-٩۰-۹]/.test(item.claim.text)) continue;
    item.named = true;
    if (item.claim.unit !== PERCENT) item.claim.unit = null;
  }
  for (let k = items.length - 2; k >= 0; k--) {
    const cur = items[k]!;
    const next = items[k + 1]!;
    if (links[k] === null || cur.claim.unit !== null || next.claim.unit === null || cur.named) continue;
    cur.claim.unit = next.claim.unit;
    const scale = next.scale;
    if (scale === undefined || cur.scale !== undefined || cur.claim.value >= scale) continue;
    const mantissa = next.claim.value / scale;
    if (cur.claim.value * SAME_MAGNITUDE < mantissa || cur.claim.value > mantissa * SAME_MAGNITUDE) continue;
    cur.claim.value = scaledValue(cur.claim.value, scale);
    if (cur.claim.valueMax !== undefined) cur.claim.valueMax = scaledValue(cur.claim.valueMax, scale);
    cur.scale = scale;
  }
}

/** `value` × `scale` without floating-point noise (1.2 × 1e6 = 1200000, not 1199999.9999999998). */
function scaledValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}
