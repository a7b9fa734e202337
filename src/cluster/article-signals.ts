/**
 * What the clusterer reads off an article besides its terms: the lead, the numbers and entities it holds, the
 * speakers of its lead's quotes, and the event days its lead names.
 */

import type { Annotations, Span } from "../model/types.js";
import type { Counts } from "./features.js";
import { institutionCountry } from "./state-country.js";

/** Numbers below this are too common (2, 3, 6…) to tie two reports to one event. */
const MIN_ANCHOR_NUMBER = 10;

/**
 * Characters of the body where the event's day is looked for: the lead, where news states when
 * its event happened (اليوم الأحد، مساء أمس، يوم الأربعاء 23 أفريل); later dates are background or plans.
 */
export const EVENT_DAY_CHARS = 400;

/** The start of `text` up to `max` characters, cut after the last full sentence or line. */
export function leadOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const cut = Math.max(head.lastIndexOf("\n"), head.lastIndexOf(". "), head.lastIndexOf("؟"), head.lastIndexOf("."));
  return cut > max / 3 ? head.slice(0, cut + 1) : head;
}

/**
 * Numbers that can tie two reports to one event: counts and amounts of 10 and over, or with a
 * fraction (6 قتلى is too common to tell events apart; 14 جريحا، 450 عائلة، 96.7% are not), outside
 * the `background` spans (`ArticleFeatures.backgroundSpans`).
 */
export function numberKeys(a: Annotations | undefined, background: readonly Span[]): Set<string> {
  const out = new Set<string>();
  if (!a) return out;
  for (const n of a.numbers) {
    if (!Number.isFinite(n.value) || n.value < MIN_ANCHOR_NUMBER) continue;
    if (inside(background, n)) continue;
    if (n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value) && n.unit === null) continue; // a year
    out.add(String(n.value));
  }
  return out;
}

/**
 * Entity mention counts keyed apart from stems (a leading U+0001 cannot start a folded word), so
 * entity ids share the document-frequency table and its idf with the terms; mentions inside the
 * `background` spans left out. The state institutions an article names (الحكومة الروسية، الجيش السوري)
 * count for their country too (`institutionCountry`), once an article however often they are named: the
 * institution's own id keeps its count, and a report that names one government four times does not name its
 * country four times more than one that names it once. Dev pairs (gold/stories/pairs-dev.jsonl): related in one
 * thread 91.0% → 92.3% (the Skripal reports, ant-148), different 25.8% unchanged, same-story F1 0.915 → 0.909
 * (two British resignations of one day, ant-060, now join at 0.2805 against 0.28; per mention it was the same).
 *
 * @example
 * entityCounts(annotations); // Map { "\u0001org_7dbd…" => 1, "\u0001loc_0b33…" => 2, … } (الحكومة الروسية، روسيا)
 */
export function entityCounts(a: Annotations | undefined, background: readonly Span[] = []): Counts {
  const out: Counts = new Map();
  if (!a) return out;
  const add = (id: string) => {
    const k = `\u0001${id}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  };
  const countries = new Set<string>();
  for (const m of a.entities) {
    if (inside(background, m)) continue;
    add(m.entity);
    const country = m.type === "ORG" ? institutionCountry(m.text) : null;
    if (country !== null) countries.add(country);
  }
  for (const c of countries) add(c);
  return out;
}

/**
 * The persons the lead quotes (quotes starting in the first `EVENT_DAY_CHARS` characters whose
 * speaker is a resolved person): whose statement the report is. Organisations are left out: a
 * ministry or a club speaks for many events a day.
 */
export function leadSpeakers(a: Annotations | undefined): Set<string> {
  const out = new Set<string>();
  if (!a) return out;
  let persons: Set<string> | null = null;
  for (const q of a.quotes) {
    if (q.start >= EVENT_DAY_CHARS || q.speakerEntity === null) continue;
    persons ??= new Set(a.entities.filter((m) => m.type === "PER").map((m) => m.entity));
    if (persons.has(q.speakerEntity)) out.add(q.speakerEntity);
  }
  return out;
}

/** True when `x` lies inside one of `spans`. */
function inside(spans: readonly Span[], x: Span): boolean {
  for (const s of spans) if (x.start >= s.start && x.end <= s.end) return true;
  return false;
}

/** True when the set and the map's keys meet. */
export function sharesAny(a: Set<string>, b: Map<string, number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Half a day (ms): a day's date is placed at its noon, as date-only publications are (`timeOf`). */
const NOON = 43_200_000;

/**
 * The days the lead speaks of: dates of day granularity resolved in the first `EVENT_DAY_CHARS`
 * characters (the event's day, often with the day before: «منذ مساء أمس السبت… اليوم الأحد»), but
 * none older than `maxAge` before the article's publication `time` (a day counted from its noon):
 * those are background (the injury «يوم الأحد الماضي» in a statement of Wednesday).
 */
export function leadDays(a: Annotations | undefined, time: number | null, maxAge: number): Set<string> {
  const out = new Set<string>();
  if (!a) return out;
  for (const d of a.dates) {
    if (d.start >= EVENT_DAY_CHARS || d.granularity !== "day" || d.value === null) continue;
    if (time !== null && time - (Date.parse(d.value) + NOON) > maxAge) continue;
    out.add(d.value);
  }
  return out;
}
