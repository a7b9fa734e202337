/**
 * What `marsad thread` shows: a storyline (thread) as its stories in time order, and whom it names across them.
 * Pure apart from reading the store, like views.ts.
 */

import type { EntityType, Story, Thread } from "../model/types.js";
import type { Store } from "../store/store.js";
import { rankStoryEntities } from "./views.js";

/** An entity as a storyline names it: in how many of its stories (`stories`, ids) and how many mentions. */
export interface ThreadEntity {
  id: string;
  name: string;
  type: EntityType;
  stories: string[];
  mentions: number;
}

export interface ThreadView {
  thread: Thread;
  /** The thread's stories, earliest first seen first; undated ones last. */
  stories: Story[];
  /** The people, organisations and places its stories name, named in the most stories first. */
  entities: ThreadEntity[];
}

/**
 * The thread `id` names, or the thread of the story `id` names, with its stories in time order and the entities
 * they name; undefined when neither is stored. A story alone in its thread is a thread of one.
 *
 * @example
 * const v = await threadView(store, "s-2639e82fb4b27384"); // the measles campaign: three stories over 12 days
 */
export async function threadView(store: Store, id: string): Promise<ThreadView | undefined> {
  let thread = await store.getThread(id);
  if (!thread) {
    const story = await store.getStory(id);
    if (!story) return undefined;
    thread = (await store.getThread(story.thread)) ?? { id: story.thread, stories: [story.id] };
  }
  const stories: Story[] = [];
  for (const s of thread.stories) {
    const got = await store.getStory(s);
    if (got) stories.push(got);
  }
  stories.sort(byFirstSeen);
  // Each story counts once for an entity however many of its articles name it: rankStoryEntities counts the
  // groups it is given ("outlets") by key, so the stories are given as the groups.
  const groups = [];
  for (const s of stories) {
    for (const a of s.articles) {
      const annotations = await store.getAnnotations(a);
      groups.push({ outlet: s.id, mentions: annotations?.entities ?? [] });
    }
  }
  const names = new Map<string, string>();
  for (const e of new Set(groups.flatMap((g) => g.mentions.map((m) => m.entity)))) {
    const stored = await store.getEntity(e);
    if (stored) names.set(e, stored.name);
  }
  const entities = rankStoryEntities(groups, names).map(({ outlets, ...e }) => ({ ...e, stories: outlets }));
  return { thread, stories, entities };
}

/** Earliest first seen first (ISO times compare as text once cut to the same length); undated last, by id. */
function byFirstSeen(a: Story, b: Story): number {
  if (a.firstSeen === null || b.firstSeen === null) {
    return a.firstSeen === b.firstSeen ? (a.id < b.id ? -1 : 1) : a.firstSeen === null ? 1 : -1;
  }
  const t = Date.parse(a.firstSeen) - Date.parse(b.firstSeen);
  return Number.isFinite(t) && t !== 0 ? t : a.id < b.id ? -1 : 1;
}
