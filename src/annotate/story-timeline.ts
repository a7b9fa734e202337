/**
 * A story's timeline: the dated sentences of its articles (`timeline` of dates.ts), one event
 * per thing that happened on a date, however many outlets wrote the sentence. Two sentences
 * with the same resolved date are one event when most of the shorter one's words are in the
 * other (a reprint, or the same agency sentence lightly edited).
 */

import { foldText } from "../arabic/fold.js";
import { stripClitics } from "../arabic/stem.js";
import { isStopword } from "../arabic/stopwords.js";
import type { DateMention } from "../model/types.js";
import { type TimelineEvent, timeline } from "./dates.js";

/** One article of the story, with its resolved dates. */
export interface TimelineReport {
  article: string;
  outlet: string;
  publishedAt: string | null;
  text: string;
  dates: DateMention[];
}

export interface StoryTimelineEvent {
  /** ISO value of the date (day, month, year, week or interval). */
  date: string;
  /** The sentence as the earliest report wrote it. */
  sentence: string;
  /** Every report of it, earliest first: article, outlet, the sentence's span in that article. */
  reports: { article: string; outlet: string; start: number; end: number }[];
}

/** Share of the shorter sentence's content words found in the other for two sentences to be one event. */
const SAME_EVENT_CONTAINMENT = 0.6;
/** A sentence longer than this is cut (with …) in `sentence`; the spans keep the whole. */
const MAX_SENTENCE_CHARS = 300;

/**
 * The dated events of a story's articles, in date order.
 *
 * @example
 * storyTimeline([{ article: "a", outlet: "x", publishedAt: "2025-04-27", text, dates: findDates(text, "2025-04-27") }]);
 * // [{ date: "2025-04-26", sentence: "هطلت أمطار غزيرة مساء أمس السبت …", reports: [{ article: "a", … }] }]
 */
export function storyTimeline(reports: TimelineReport[]): StoryTimelineEvent[] {
  const ordered = [...reports].sort(
    (a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999") || a.article.localeCompare(b.article),
  );
  const events: (StoryTimelineEvent & { words: Set<string> })[] = [];
  const byDate = new Map<string, (StoryTimelineEvent & { words: Set<string> })[]>();
  for (const r of ordered) {
    // A sentence is one event, dated by the first day it names (أعلن … الخميس الماضي … حتى الأسبوع المقبل),
    // passing over a date that bounds a span (منذ مساء أمس، حتى نهاية الشهر) when another one dates the event:
    // «… أمطار هطلت منذ مساء أمس السبت، حسبما أفاد مسؤول اليوم (الأحد)» is Sunday's report; and over a month or
    // a year when a day dates it: «تعرض المسجد … في شهر رمضان في 26 يونيو» is 26 June's, «اعترف … بالهجوم في
    // نهاية حزيران … لدى بدء محاكمته الثلاثاء» Tuesday's.
    const firstDate = new Map<number, { e: TimelineEvent; rank: number }>();
    for (const e of timeline(r.text, r.dates)) {
      if (namesDocument(r.text, e.mention.start)) continue;
      const seen = firstDate.get(e.sentence.start);
      const rank = (boundsSpan(r.text, e.mention.start) ? 2 : 0) + (e.mention.granularity === "day" ? 0 : 1);
      if (!seen || rank < seen.rank || (rank === seen.rank && e.mention.start < seen.e.mention.start)) {
        firstDate.set(e.sentence.start, { e, rank });
      }
    }
    for (const { e } of firstDate.values()) {
      const raw = r.text.slice(e.sentence.start, e.sentence.end).trim();
      const words = contentWords(raw);
      if (words.size === 0) continue;
      const report = { article: r.article, outlet: r.outlet, start: e.sentence.start, end: e.sentence.end };
      const same = (byDate.get(e.date) ?? []).find((x) => containment(x.words, words) >= SAME_EVENT_CONTAINMENT);
      if (same) {
        if (!same.reports.some((x) => x.article === r.article)) same.reports.push(report);
        continue;
      }
      const sentence = raw.length > MAX_SENTENCE_CHARS ? `${raw.slice(0, MAX_SENTENCE_CHARS)}…` : raw;
      const event = { date: e.date, sentence, reports: [report], words };
      events.push(event);
      byDate.set(e.date, [...(byDate.get(e.date) ?? []), event]);
    }
  }
  // By when the date starts (a week at its Monday, an interval at its first day), then by first report.
  return events
    .map((e, i) => ({ e, i, at: startOf(e.date) }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.i - b.i))
    .map(({ e }) => ({ date: e.date, sentence: e.sentence, reports: e.reports }));
}

/** True when the date mention at `start` follows منذ, حتى or لغاية: one end of a span, not the event's day. */
function boundsSpan(text: string, start: number): boolean {
  return /(?:^|[\s،,(])(?:منذ|حتى|حتي|لغاية)\s*$/u.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * True when the date mention at `start` is the year of a numbered law, decree or case (القرار بقانون رقم 89 لسنة
 * 1960، الجناية رقم 40 لسنة 2015، القانون رقم 10 لعام 2014): part of its name, not when anything happened.
 */
function namesDocument(text: string, start: number): boolean {
  return /رقم\s*\(?\s*[0-9٠-٩]+\s*\)?\s*(?:ل?سنة|لعام|عام)?\s*$/u.test(text.slice(Math.max(0, start - 30), start));
}

/** A sortable start day for an ISO date value: `2025-W18` → its Monday, `2025-04-27/2025-04-28` → its first day. */
function startOf(value: string): string {
  const from = value.split("/")[0] as string;
  const week = /^(\d{4})-W(\d{2})$/.exec(from);
  if (!week) return from;
  // ISO week 1 holds January 4th; its Monday starts the count.
  const year = Number(week[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + (Number(week[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

function contentWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldText(sentence).split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 2 || isStopword(w)) continue;
    out.add(stripClitics(w));
  }
  return out;
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / Math.max(1, small.size);
}
