import { describe, expect, it } from "vitest";
import { defaultClusterOptions } from "./options.js";
import { busyThread, moveCoreBar } from "./thread-evidence.js";

const HOUR = 3_600_000;
const o = { ...defaultClusterOptions, threadDayWindow: 24 * HOUR, threadBusyStories: 2 };
const t = Date.UTC(2015, 7, 4, 12);

/** A thread's story ids in the order they opened, and their first report times (hours before `t`). */
const thread = (hoursBack: (number | null)[]) => {
  const first = new Map(hoursBack.map((h, i) => [`s-${i}`, h === null ? undefined : t - h * HOUR]));
  return { stories: [...first.keys()], firstOf: (id: string) => first.get(id) };
};

describe("busyThread", () => {
  it("is true once a thread opened more than threadBusyStories stories within the day window", () => {
    const { stories, firstOf } = thread([30, 20, 10, 2]);
    expect(busyThread(stories, firstOf, t, o)).toBe(true);
    expect(busyThread(stories, firstOf, t, { ...o, threadBusyStories: 3 })).toBe(false);
  });

  it("counts neither stories opened over a day away nor those that left the working set", () => {
    // Ten stories two days back, one left the working set (no first time), two within the day: not busy.
    const { stories, firstOf } = thread([...Array(10).fill(48), null, 5, 1]);
    expect(busyThread(stories, firstOf, t, o)).toBe(false);
    // Stories a day ahead of the article (a stream a little out of order) count as the day's.
    const ahead = thread([-20, 5, 1]);
    expect(busyThread(ahead.stories, ahead.firstOf, t, o)).toBe(true);
  });

  it("reads back no further than three windows before the article", () => {
    // A story of the day listed before a run of stories four days old is not reached (the stream is in time order).
    const { stories, firstOf } = thread([3, ...Array(5).fill(100), 4, 2]);
    expect(busyThread(stories, firstOf, t, o)).toBe(false);
    expect(busyThread(stories, firstOf, t, { ...o, threadBusyStories: 1 })).toBe(true);
  });
});

describe("moveCoreBar", () => {
  const m = { ...o, threadThreshold: 0.18, threadMoveThreshold: 0.3, threadMoveCore: 0.3, threadMoveOlderCore: 0.4 };

  it("asks a story moving into a thread it reaches through older stories only to be closer to its core", () => {
    expect(moveCoreBar(41, 0, m)).toBe(0.4);
    expect(moveCoreBar(41, 0.29, m)).toBe(0.4);
  });

  it("asks the plain bar where the thread's stories of the day pass together, or the thread is one story", () => {
    expect(moveCoreBar(54, 0.3, m)).toBe(0.3);
    expect(moveCoreBar(54, 0.69, m)).toBe(0.3);
    expect(moveCoreBar(1, 0, m)).toBe(0.3);
  });

  it("takes the thread threshold for the day's stories when it is the higher bar", () => {
    expect(moveCoreBar(5, 0.35, { ...m, threadThreshold: 0.4, threadMoveOlderCore: 0.5 })).toBe(0.5);
    expect(moveCoreBar(5, 0.45, { ...m, threadThreshold: 0.4, threadMoveOlderCore: 0.5 })).toBe(0.3);
  });
});
