/**
 * One spelling for each unit of measure, so that two outlets' figures for one quantity have one unit: the metric
 * prefixes as outlets transliterate them (ميغا، ميجا، ميقا; غيغا، جيجا; مللي، ميلي), the units themselves (واط،
 * وات; غرام، جرام; بكسل، بيكسل; لتر، ليتر), the abbreviations (كم، كلم، سم، ملم، كغ، كجم) and a prefix written
 * apart from its unit (كيلو مترا، ميجا بيكسل). Input and output are folded.
 */

/** Units a metric prefix stands before, by each of their spellings (folded, singular). */
const BASE_UNITS: ReadonlyMap<string, string> = new Map([
  ["متر", "متر"],
  ["غرام", "غرام"],
  ["جرام", "غرام"],
  ["لتر", "لتر"],
  ["ليتر", "لتر"],
  ["طن", "طن"],
  ["واط", "واط"],
  ["وات", "واط"],
  ["فولت", "فولت"],
  ["فولط", "فولت"],
  ["بايت", "بايت"],
  ["بت", "بت"],
  ["بكسل", "بكسل"],
  ["بيكسل", "بكسل"],
  ["هرتز", "هرتز"],
  ["هيرتز", "هرتز"],
  ["امبير", "امبير"],
]);

/** Metric prefixes by each of their spellings (folded). */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ["كيلو", "كيلو"],
  ["كليو", "كيلو"],
  ["ميغا", "ميغا"],
  ["ميجا", "ميغا"],
  ["ميقا", "ميغا"],
  ["غيغا", "غيغا"],
  ["جيجا", "غيغا"],
  ["جيغا", "غيغا"],
  ["قيقا", "غيغا"],
  ["تيرا", "تيرا"],
  ["بيتا", "بيتا"],
  ["ملي", "ملي"],
  ["مللي", "ملي"],
  ["ميلي", "ملي"],
  ["ميللي", "ملي"],
  ["سنتي", "سنتي"],
  ["سانتي", "سنتي"],
  ["نانو", "نانو"],
  ["ميكرو", "ميكرو"],
  ["مايكرو", "ميكرو"],
]);

/** Whole words spelled otherwise than prefix and unit (سنتمتر drops the prefix's ي; سنت alone is a cent). */
const VARIANTS: ReadonlyMap<string, string> = new Map([["سنتمتر", "سنتيمتر"]]);

/**
 * Abbreviations written after a number (230 كم، 70 كلم، 15 سم، 50 ملم، 20 كغ), folded, with the unit they stand
 * for. Read only right after a number: كم is also «how many», مل a verb's stem.
 */
export const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["كم", "كيلومتر"],
  ["كلم", "كيلومتر"],
  ["سم", "سنتيمتر"],
  ["مم", "مليمتر"],
  ["ملم", "مليمتر"],
  ["كغ", "كيلوغرام"],
  ["كغم", "كيلوغرام"],
  ["كجم", "كيلوغرام"],
  ["كلغ", "كيلوغرام"],
  ["كلغم", "كيلوغرام"],
  ["كلجم", "كيلوغرام"],
  ["ملغ", "مليغرام"],
  ["مغ", "مليغرام"],
  ["مل", "مليلتر"],
]);

/** The prefix and unit a word is spelled from (ميجاوات → [ميغا, واط]), or null. */
function prefixed(w: string): [string, string] | null {
  const whole = BASE_UNITS.get(w);
  if (whole !== undefined) return ["", whole];
  for (let k = 3; k <= 6 && k < w.length; k++) {
    const prefix = PREFIXES.get(w.slice(0, k));
    const base = prefix === undefined ? undefined : BASE_UNITS.get(w.slice(k));
    if (base !== undefined) return [prefix!, base];
  }
  return null;
}

/**
 * The one spelling of a unit of measure (folded singular in, folded out); any other word as it is.
 *
 * @example
 * unitSpelling("ميجاوات"); // "ميغاواط"
 * unitSpelling("كيلوجرام"); // "كيلوغرام"
 * unitSpelling("جيجا"); // "غيغا"
 * unitSpelling("ميليشيه"); // "ميليشيه"
 */
export function unitSpelling(w: string): string {
  const bare = PREFIXES.get(w) ?? VARIANTS.get(w);
  if (bare !== undefined) return bare;
  const parts = prefixed(w);
  return parts === null ? w : parts[0] + parts[1];
}

/**
 * The unit a metric prefix written apart from its unit makes with it (كيلو + متر، ميجا + بيكسل), in its one
 * spelling; null when `prefix` is no prefix or `unit` (folded singular) no unit it stands before.
 *
 * @example
 * unitAfterPrefix("كيلو", "متر"); // "كيلومتر"
 * unitAfterPrefix("جيجا", "بايت"); // "غيغابايت"
 */
export function unitAfterPrefix(prefix: string, unit: string): string | null {
  const p = PREFIXES.get(prefix);
  const base = BASE_UNITS.get(unit);
  return p === undefined || base === undefined ? null : p + base;
}

/** True when `w` (folded) is a metric prefix written on its own (كيلو، ميجا، جيجا). */
export function isUnitPrefix(w: string): boolean {
  return PREFIXES.has(w);
}
