/**
 * What the story and quote commands show, assembled from the store. Pure apart
 * from reading the store: the API server (later) can serve the same views.
 */

import { buildLedger, type LedgerEntry, type LedgerVariant } from "../annotate/ledger.js";
import { conflictingNumbers, type NumberConflict, type OutletNumbers } from "../annotate/numbers.js";
import { type StoryTimelineEvent, storyTimeline, type TimelineReport } from "../annotate/story-timeline.js";
import { type CopyEdge, copyGraph } from "../cluster/index.js";
import { originality } from "../link/index.js";
import type { Article, EntityType, Mention, Reuse, Story } from "../model/types.js";
import type { Store, StoredQuote } from "../store/store.js";

export interface StoryMember {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  /** Share of the article's words that no other member had first. */
  original: number;
  copiedFrom: { id: string; outlet: string; share: number }[];
  /**
   * Text shared with members where neither copied the other (`agency`: both took that agency's wire) or the
   * linker could not tell who had it first (the same time).
   */
  sharedWith: { id: string; outlet: string; share: number; agency?: string }[];
  /** The article's words, which the shares are of. */
  words: number;
}

/**
 * Copying between two outlets in a story: how many of `to`'s articles took text from `from`'s, and how many
 * words, each copied word credited to one source (`originality`), so a wire reprinted by three outlets that also
 * share it among themselves counts once, from the wire. `from` and `to` may be one outlet reusing its own text.
 */
export interface CopyFlow {
  from: string;
  to: string;
  articles: number;
  words: number;
  /** `from` is an agency whose wire `to`'s articles share with other members (`ReuseDirection.agency`), not an outlet. */
  agency?: true;
}

export interface StoryView {
  story: Story;
  /** How many stories the story's thread holds (1: the story alone); `marsad thread` lists them. */
  threadStories: number;
  members: StoryMember[];
  touching: { id: string; title: string; outlet: string }[];
  /** Every directed reuse link between members, article to article (a copy shared by three is three edges). */
  copies: (CopyEdge & { fromOutlet: string; toOutlet: string })[];
  /** Who copied whom, outlet to outlet (`copyFlows`): what the terminal view shows. */
  copyFlows: CopyFlow[];
  /** Quantities the members report differently (6 vs 7 killed), one claim per article. */
  numbers: StoryNumberConflict[];
  /** What happened when, by the dates the members' sentences resolve to, each event once with its reports. */
  timeline: StoryTimelineEvent[];
  /** Who said what in the story: its members' quotes, one entry per utterance across outlets. */
  quotes: LedgerEntry[];
  /** The people, organisations and places the story names, most widely reported first (`rankStoryEntities`). */
  entities: StoryEntity[];
}

/** An entity as a story names it: by how many of its outlets and in how many mentions. */
export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  outlets: string[];
  mentions: number;
}

/** One member's entity mentions, for `rankStoryEntities`. */
export interface MemberMentions {
  outlet: string;
  mentions: readonly Mention[];
}

/**
 * The entities a story's members name, most outlets first, then most mentions, then name. An entity is named by
 * `names` (the store's canonical name, الكناني → سالم عبد الرضا الكناني) or else by its longest mention.
 *
 * @example
 * rankStoryEntities([{ outlet: "a", mentions: [kinani] }, { outlet: "b", mentions: [kinani, kinani] }], new Map());
 * // [{ id: kinani.entity, name: "الكناني", type: "PER", outlets: ["a", "b"], mentions: 3 }]
 */
export function rankStoryEntities(
  members: readonly MemberMentions[],
  names: ReadonlyMap<string, string>,
): StoryEntity[] {
  const byId = new Map<string, StoryEntity>();
  for (const m of members) {
    for (const mention of m.mentions) {
      let e = byId.get(mention.entity);
      if (!e) {
        e = { id: mention.entity, name: mention.text, type: mention.type, outlets: [], mentions: 0 };
        byId.set(mention.entity, e);
      }
      e.mentions++;
      if (!e.outlets.includes(m.outlet)) e.outlets.push(m.outlet);
      if (mention.text.length > e.name.length) e.name = mention.text;
    }
  }
  const ranked = [...byId.values()].map((e) => ({ ...e, name: names.get(e.id) ?? e.name }));
  return ranked.sort(
    (a, b) => b.outlets.length - a.outlets.length || b.mentions - a.mentions || a.name.localeCompare(b.name, "ar"),
  );
}

/** A number conflict whose reports carry the claim with the counted noun as the article wrote it. */
export interface StoryNumberConflict extends NumberConflict {
  reports: (NumberConflict["reports"][number] & { context: string })[];
}

/**
 * The claim and the word after it, as written (1800 → «1800 حاوية»), without punctuation after the word; two words
 * when the first is من (228 → «228 من المسلحين»), which the counted noun follows.
 */
export function claimInContext(text: string, start: number, end: number): string {
  const after = /^\s*([^\s.,،؛:!?؟()[\]«»"“”]+)(?:\s+[^\s.,،؛:!?؟()[\]«»"“”]+)?/u.exec(text.slice(end, end + 60));
  if (!after) return text.slice(start, end);
  const words = after[1] === "من" ? after[0] : after[0].slice(0, after[0].indexOf(after[1]!) + after[1]!.length);
  return text.slice(start, end + words.length);
}

/** Outlets whose report of an utterance differs from its fullest wording in the same words. */
export interface VariantGroup {
  outlets: string[];
  variant: LedgerVariant;
}

/**
 * An entry's truncated or reworded variants, those with the same diff from the fullest wording as one group with
 * their outlets (each once): the same agency cut reprinted by six outlets is one line, not six.
 *
 * @example
 * variantGroups(entry); // [{ outlets: ["alriyadh", "alyaum"], variant: { truncated: true, diff: […], … } }]
 */
export function variantGroups(variants: readonly LedgerVariant[]): VariantGroup[] {
  const groups = new Map<string, VariantGroup>();
  for (const v of variants) {
    if (!v.truncated && !v.reworded) continue;
    const key = JSON.stringify([v.truncated, v.reworded, v.diff.map((d) => [d.op, d.text])]);
    const g = groups.get(key);
    if (!g) groups.set(key, { outlets: [v.outlet], variant: v });
    else if (!g.outlets.includes(v.outlet)) g.outlets.push(v.outlet);
  }
  return [...groups.values()];
}

/**
 * Who copied whom by outlet: each member's copied words, credited to one source each (`StoryMember.copiedFrom`),
 * summed per source outlet and copying outlet. Most words first.
 *
 * @example
 * copyFlows(members); // [{ from: "sana", to: "alwatan", articles: 2, words: 410 }, …]
 */
export function copyFlows(members: readonly StoryMember[]): CopyFlow[] {
  const flows = new Map<string, Omit<CopyFlow, "articles"> & { ids: Set<string> }>();
  const add = (from: string, m: StoryMember, share: number, agency: boolean) => {
    const words = Math.round(share * m.words);
    if (words === 0) return;
    const key = `${agency ? "agency" : "outlet"}\u0000${from}\u0000${m.outlet}`;
    const f = flows.get(key) ?? { from, to: m.outlet, words: 0, ids: new Set<string>(), ...(agency ? { agency } : {}) };
    f.words += words;
    f.ids.add(m.id);
    flows.set(key, f);
  };
  for (const m of members) {
    for (const c of m.copiedFrom) add(c.outlet, m, c.share, false);
    // Text two members share from an agency's wire (one or both credit it): the agency's, not either outlet's.
    for (const c of m.sharedWith) if (c.agency !== undefined) add(c.agency, m, c.share, true);
  }
  return [...flows.values()]
    .map(({ ids, ...f }): CopyFlow => ({ ...f, articles: ids.size }))
    .sort((x, y) => y.words - x.words || (x.from + x.to < y.from + y.to ? -1 : 1));
}

/**
 * A story with its members in time order, how original each is, who copied whom, the numbers they report
 * differently, its timeline, who said what and whom it names.
 */
export async function storyView(store: Store, id: string): Promise<StoryView | undefined> {
  const story = await store.getStory(id);
  if (!story) return undefined;
  const articles = new Map<string, Article>();
  for (const a of story.articles) {
    const got = await store.getArticle(a);
    if (got) articles.set(a, got);
  }
  const members = [...articles.values()];
  const reuse = new Map<string, Reuse>();
  for (const a of members) for (const r of await store.reuseOf(a.id)) reuse.set(`${r.a}|${r.b}`, r);
  const inStory = [...reuse.values()].filter((r) => articles.has(r.a) && articles.has(r.b));
  const outletOf = (x: string) => articles.get(x)?.outlet ?? "?";
  const reports: OutletNumbers[] = [];
  const dated: TimelineReport[] = [];
  const named: MemberMentions[] = [];
  const quotes: StoredQuote[] = [];
  for (const a of members) {
    const annotations = await store.getAnnotations(a.id);
    named.push({ outlet: a.outlet, mentions: annotations?.entities ?? [] });
    quotes.push(...(await store.quotes({ article: a.id })));
    const claims = annotations?.numbers ?? [];
    if (claims.length > 0) {
      reports.push({
        outlet: a.outlet,
        article: a.id,
        text: a.text,
        claims,
        publishedAt: a.publishedAt?.value ?? null,
        title: a.title,
      });
    }
    const dates = annotations?.dates ?? [];
    if (dates.length > 0) {
      dated.push({ article: a.id, outlet: a.outlet, publishedAt: a.publishedAt?.value ?? null, text: a.text, dates });
    }
  }
  const names = new Map<string, string>();
  for (const id of new Set(named.flatMap((m) => m.mentions.map((x) => x.entity)))) {
    const e = await store.getEntity(id);
    if (e) names.set(id, e.name);
  }
  const touching = [];
  for (const t of story.touching) {
    const a = await store.getArticle(t);
    if (a) touching.push({ id: a.id, title: a.title, outlet: a.outlet });
  }
  const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const agencyOf = new Map<string, string>();
  for (const r of inStory) if (r.direction.agency) agencyOf.set(pairKey(r.a, r.b), r.direction.agency);
  const memberViews = members.map((a): StoryMember => {
    const o = originality(a.id, a.text, inStory);
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.publishedAt?.value ?? null,
      original: o.original,
      copiedFrom: o.copied.map((c) => ({ id: c.from, outlet: outletOf(c.from), share: c.share })),
      sharedWith: o.shared.map((c) => {
        const agency = agencyOf.get(pairKey(a.id, c.with));
        return { id: c.with, outlet: outletOf(c.with), share: c.share, ...(agency ? { agency } : {}) };
      }),
      words: o.words,
    };
  });
  return {
    story,
    threadStories: (await store.getThread(story.thread))?.stories.length ?? 1,
    members: memberViews,
    touching,
    copies: copyGraph(members, inStory).map((e) => ({ ...e, fromOutlet: outletOf(e.from), toOutlet: outletOf(e.to) })),
    copyFlows: copyFlows(memberViews),
    numbers: conflictingNumbers(reports).map((c) => ({
      ...c,
      reports: c.reports.map((r) => {
        const text = articles.get(r.article ?? "")?.text ?? "";
        const context = r.claim.end <= text.length ? claimInContext(text, r.claim.start, r.claim.end) : r.claim.text;
        return { ...r, context };
      }),
    })),
    timeline: storyTimeline(dated),
    quotes: ledgerOf(quotes),
    entities: rankStoryEntities(named, names),
  };
}

/** The quote ledger of stored quotes: one entry per utterance across outlets. */
export function ledgerOf(quotes: StoredQuote[]): LedgerEntry[] {
  return buildLedger(
    quotes.map((q) => ({
      article: q.article,
      outlet: q.outlet,
      publishedAt: q.publishedAt ?? null,
      quote: q,
      ...(q.speakerName ? { speakerName: q.speakerName } : {}),
      ...(q.speakerRoles ? { speakerRoles: q.speakerRoles } : {}),
    })),
  );
}

/**
 * The quotes an entity's page lists, of those found by its name: the ones its entity spoke, and those written
 * with its name that no entity was found for. Not another entity's that shares the name: each article's bare
 * الهيئة is an entity of its own, and one page listing every الهيئة's words would say they were one body's.
 *
 * @example
 * quotesOfEntity(await store.quotes({ speaker: e.name }), e.id);
 */
export function quotesOfEntity<Q extends { speakerEntity: string | null }>(quotes: readonly Q[], entity: string): Q[] {
  return quotes.filter((q) => q.speakerEntity === entity || q.speakerEntity === null);
}

/**
 * The entity pages `marsad entity` prints when one name stands for many entities, and how many it leaves out:
 * those named in most stories first (ties in the store's order), at most `max`. A bare head (الهيئة، الوزارة) that
 * its article never expands is an entity of that article alone, so a large store holds hundreds named so.
 *
 * @example
 * entityPages([{ stories: [a] }, { stories: [a, b] }], 1); // { shown: [{ stories: [a, b] }], more: 1 }
 */
export function entityPages<V extends { stories: readonly unknown[] }>(
  views: readonly V[],
  max: number,
): { shown: V[]; more: number } {
  const ranked = [...views].sort((x, y) => y.stories.length - x.stories.length);
  return { shown: ranked.slice(0, max), more: Math.max(0, ranked.length - max) };
}

/**
 * The date a line of `marsad stories` shows. The list is ordered by last seen, newest first, so the line
 * leads with that date; the first seen date follows when it was another day. An undated story says so.
 *
 * @example
 * storyListDate({ firstSeen: "2015-07-21", lastSeen: "2015-07-23T09:00:00Z" }); // "last seen 2015-07-23T09:00:00Z · since 2015-07-21"
 * storyListDate({ firstSeen: "2015-07-21", lastSeen: "2015-07-21" }); // "last seen 2015-07-21"
 */
export function storyListDate(s: Pick<Story, "firstSeen" | "lastSeen">): string {
  const last = s.lastSeen ?? s.firstSeen;
  if (last === null) return "undated";
  const first = s.firstSeen;
  const sameDay = first === null || first.slice(0, 10) === last.slice(0, 10);
  return sameDay ? `last seen ${last}` : `last seen ${last} · since ${first}`;
}

/** Which events a story page prints when there are more than it shows: a window, and how many it leaves out. */
export interface TimelineWindow {
  shown: StoryTimelineEvent[];
  earlier: number;
  later: number;
}

/**
 * The `max` events a story page prints: those dated on the story's own days (first to last seen), with the
 * background before them as room allows, so that a long history (joined the agency in 1985, the 2015 deal)
 * does not push the story's events out of the page. Without story days, the first `max`.
 *
 * @example
 * timelineWindow(events, "2018-03-13T12:53:01+00:00", "2018-03-14T18:59:13+00:00", 20);
 * // { shown: [the 20 events ending with the last one of 13–14 March], earlier: 25, later: 0 }
 */
export function timelineWindow(
  events: StoryTimelineEvent[],
  firstSeen: string | null,
  lastSeen: string | null,
  max: number,
): TimelineWindow {
  if (events.length <= max) return { shown: events, earlier: 0, later: 0 };
  const from = firstSeen?.slice(0, 10);
  const to = (lastSeen ?? firstSeen)?.slice(0, 10);
  // A day (or an interval starting on a day) between the story's first and last day.
  const onStoryDays = (e: StoryTimelineEvent) => {
    const day = e.date.split("/")[0] ?? "";
    return from !== undefined && to !== undefined && day.length === 10 && day >= from && day <= to;
  };
  const first = events.findIndex(onStoryDays);
  if (first < 0) return { shown: events.slice(0, max), earlier: 0, later: events.length - max };
  let last = first;
  for (let i = first; i < events.length; i++) if (onStoryDays(events[i]!)) last = i;
  const start = Math.max(0, Math.min(first, last + 1 - max));
  const end = Math.min(events.length, start + max);
  return { shown: events.slice(start, end), earlier: start, later: events.length - end };
}
