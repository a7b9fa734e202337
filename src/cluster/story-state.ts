/**
 * The clusterer's state as saved in the store and read back: stories, threads and document frequencies as
 * versioned items, so that clustering resumes after a restart.
 */

import type { ClustererHeader, SerialStory, State, StoryRec, ThreadRec } from "./story-records.js";

export const STATE_VERSION = 1;

/** Version of the header `takeChanges` writes beside the keyed items. */
export const ITEMS_VERSION = 3;

/** The header before threads were items: it held them whole (`[id, stories][]`), in the order they opened. */
export const THREADS_IN_HEADER_VERSION = 2;

export const STORY_ITEM = "s:";

export const THREAD_ITEM = "t:";

export const DF_ITEM = "df";

export const DF_DELTA_ITEM = "df+";

/** A story as plain data (fresh arrays: the story goes on changing after it is saved). */
export function serialStory(s: StoryRec): SerialStory {
  return {
    ...s,
    members: s.members.map((m) => ({ ...m })),
    touching: [...s.touching],
    indexed: [...s.indexed],
    edges: s.edges.map((e) => ({ ...e })),
    sum: [...s.sum],
    titleSum: [...s.titleSum],
    entities: [...s.entities],
    heads: [...s.heads], // each head is fixed once made
    numbers: [...s.numbers],
    days: [...s.days],
    counts: [...s.counts], // each count is fixed once made
    speakers: [...s.speakers],
    places: [...s.places],
    around: [...s.around],
    trend: s.trend, // replaced, never changed in place
    guests: [...s.guests],
  };
}

/** A thread as plain data (a fresh array: the thread goes on growing after it is saved). */
export function threadItem(t: ThreadRec): ThreadRec {
  return { opened: t.opened, stories: [...t.stories] };
}

/**
 * The whole state (`toJSON`'s shape) from a header and its items (`takeChanges`): the stories and the
 * threads in the order they opened, the document frequencies with their increments applied in order.
 * A version 2 header carries the threads itself (`[id, stories][]`, in order) and has no thread items.
 */
export function fromItems(raw: unknown): State {
  const h = raw as Omit<ClustererHeader, "version"> & {
    version: number;
    items?: unknown;
    threads?: [string, string[]][];
  };
  if (!Array.isArray(h.items) || typeof h.dfDeltas !== "number") {
    throw new TypeError(
      `cluster state: a header with version ${h.version} needs its items ([key, value] pairs from the store) and dfDeltas; start without state to rebuild`,
    );
  }
  const inHeader = h.version === THREADS_IN_HEADER_VERSION;
  if (inHeader && !Array.isArray(h.threads)) {
    throw new TypeError(
      `cluster state: a header with version ${THREADS_IN_HEADER_VERSION} needs its threads; start without state to rebuild`,
    );
  }
  const threads: [string, ThreadRec][] = [];
  const stories: SerialStory[] = [];
  let base: [string, number][] = [];
  const deltas: [string, number][][] = [];
  for (const item of h.items as [string, unknown][]) {
    const [key, value] = item;
    if (key.startsWith(STORY_ITEM)) stories.push(value as SerialStory);
    else if (key.startsWith(THREAD_ITEM) && !inHeader)
      threads.push([key.slice(THREAD_ITEM.length), value as ThreadRec]);
    else if (key === DF_ITEM) base = value as [string, number][];
    else if (key.startsWith(DF_DELTA_ITEM)) {
      const k = Number(key.slice(DF_DELTA_ITEM.length));
      if (Number.isInteger(k) && k >= 0 && k < h.dfDeltas) deltas[k] = value as [string, number][];
    } else throw new TypeError(`cluster state: unknown item "${key}"; start without state to rebuild`);
  }
  stories.sort((x, y) => (x.opened ?? 0) - (y.opened ?? 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  threads.sort(([a, x], [b, y]) => x.opened - y.opened || (a < b ? -1 : a > b ? 1 : 0));
  const df = new Map(base);
  for (let k = 0; k < h.dfDeltas; k++) {
    const d = deltas[k];
    if (d === undefined)
      throw new TypeError(`cluster state: item "${DF_DELTA_ITEM}${k}" is missing; start without state to rebuild`);
    for (const [t, n] of d) df.set(t, (df.get(t) ?? 0) + n);
  }
  return {
    version: STATE_VERSION,
    docs: h.docs,
    df: [...df],
    clock: h.clock,
    adds: h.adds,
    stories,
    drained: h.drained ?? { stories: [], threads: [] },
    threads: inHeader ? (h.threads ?? []) : threads.map(([id, t]) => [id, t.stories, t.opened]),
  };
}

/**
 * A copy of `s` that shares no storage with the string it was sliced from: a story keeps its
 * members' titles and leads, not (through V8 sliced strings) their whole texts.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
