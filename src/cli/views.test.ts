import { describe, expect, it, vi } from "vitest";
import type { DiffOp, LedgerVariant } from "../annotate/ledger.js";
import type { StoryTimelineEvent } from "../annotate/story-timeline.js";
import type { Mention, Quote, Story } from "../model/types.js";
import { printStories } from "./print.js";
import {
  claimInContext,
  copyFlows,
  entityPages,
  quotesOfEntity,
  rankStoryEntities,
  type StoryMember,
  storyListDate,
  timelineWindow,
  variantGroups,
} from "./views.js";

describe("claimInContext", () => {
  it("shows the claim with the word after it, without a bracket or mark after that word", () => {
    const text = "بلغت الخسائر (نحو مليار يورو) في الربع الأول، وتراكمت 1800 حاوية.";
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(claimInContext(text, ...at("مليار"))).toBe("مليار يورو");
    expect(claimInContext(text, ...at("1800"))).toBe("1800 حاوية");
    // The noun after من: «مئات من» alone says nothing of what is counted.
    const fighters = "وقتل 228 من المسلحين الحوثيين، ونحو 100 من.";
    const where = (s: string) => [fighters.indexOf(s), fighters.indexOf(s) + s.length] as const;
    expect(claimInContext(fighters, ...where("228"))).toBe("228 من المسلحين");
    expect(claimInContext(fighters, ...where("100"))).toBe("100 من");
  });
});

describe("variantGroups", () => {
  const cut: DiffOp[] = [
    { op: "equal", text: "المجلس اطلع على الموضوعات" },
    { op: "delete", text: "وقرر الموافقة على النظام" },
  ];
  const variant = (article: string, outlet: string, diff: DiffOp[], truncated: boolean): LedgerVariant => ({
    article,
    outlet,
    publishedAt: null,
    quote: {} as Quote,
    diff,
    truncated,
    reworded: !truncated && diff.some((d) => d.op !== "equal"),
  });
  it("shows one line per distinct cut or rewording, with each of its outlets once, and leaves the full ones out", () => {
    const reworded: DiffOp[] = [
      { op: "equal", text: "المجلس" },
      { op: "delete", text: "اطلع" },
      { op: "insert", text: "استعرض" },
    ];
    const groups = variantGroups([
      variant("a1", "alriyadh", cut, true),
      variant("a2", "alyaum", cut, true),
      variant("a3", "alriyadh", cut, true),
      variant("a4", "aawsat", reworded, false),
      variant("a5", "okaz", [{ op: "equal", text: "المجلس اطلع" }], false),
      variant(
        "a6",
        "sabq",
        [
          { op: "equal", text: "المجلس اطلع على الموضوعات" },
          { op: "delete", text: "وقرر" },
        ],
        true,
      ),
    ]);
    expect(groups.map((g) => [g.outlets, g.variant.article])).toEqual([
      [["alriyadh", "alyaum"], "a1"],
      [["aawsat"], "a4"],
      [["sabq"], "a6"],
    ]);
  });
});

describe("copyFlows", () => {
  const member = (id: string, outlet: string, words: number, copiedFrom: StoryMember["copiedFrom"]): StoryMember => ({
    id,
    title: id,
    outlet,
    publishedAt: null,
    original: 1 - copiedFrom.reduce((s, c) => s + c.share, 0),
    copiedFrom,
    sharedWith: [],
    words,
  });
  it("sums each outlet's copied words by source outlet, counting each copying article once", () => {
    const flows = copyFlows([
      member("w", "sana", 200, []),
      member("a1", "alwatan", 200, [{ id: "w", outlet: "sana", share: 1 }]),
      member("a2", "alwatan", 100, [
        { id: "w", outlet: "sana", share: 0.5 },
        { id: "a1", outlet: "alwatan", share: 0.25 },
      ]),
      member("b", "okaz", 300, [{ id: "w", outlet: "sana", share: 0.1 }]),
      member("c", "okaz", 100, [{ id: "w", outlet: "sana", share: 0.001 }]),
    ]);
    expect(flows).toEqual([
      { from: "sana", to: "alwatan", articles: 2, words: 250 },
      { from: "sana", to: "okaz", articles: 1, words: 30 },
      { from: "alwatan", to: "alwatan", articles: 1, words: 25 },
    ]);
  });
  it("credits text two members share from an agency they both credit to the agency, and not undecided sharing", () => {
    const shared = (id: string, outlet: string, other: string, agency?: string): StoryMember => ({
      ...member(id, outlet, 100, []),
      original: 0.2,
      sharedWith: [{ id: other, outlet: "x", share: 0.8, ...(agency ? { agency } : {}) }],
    });
    expect(
      copyFlows([shared("a", "alyaum", "b", "واس"), shared("b", "alwatan", "a", "واس"), shared("c", "okaz", "d")]),
    ).toEqual([
      { from: "واس", to: "alwatan", articles: 1, words: 80, agency: true },
      { from: "واس", to: "alyaum", articles: 1, words: 80, agency: true },
    ]);
  });
});

describe("rankStoryEntities", () => {
  const mention = (text: string, entity: string, type: Mention["type"] = "PER"): Mention => ({
    start: 0,
    end: text.length,
    text,
    type,
    entity,
  });
  it("ranks by outlets, then mentions, and names an entity by the store's name or its longest mention", () => {
    const kinani = (t: string) => mention(t, "per:kinani");
    const ranked = rankStoryEntities(
      [
        { outlet: "a", mentions: [kinani("الكناني"), mention("بغداد", "loc:baghdad", "LOC")] },
        { outlet: "b", mentions: [mention("بغداد", "loc:baghdad", "LOC"), mention("الموسوي", "per:musawi")] },
        { outlet: "b", mentions: [mention("بغداد", "loc:baghdad", "LOC"), kinani("سالم الكناني")] },
        { outlet: "c", mentions: [kinani("الكناني"), mention("الموسوي", "per:musawi")] },
      ],
      new Map([["per:musawi", "فراس الموسوي"]]),
    );
    expect(ranked.map((e) => [e.name, e.type, e.outlets, e.mentions])).toEqual([
      ["سالم الكناني", "PER", ["a", "b", "c"], 3],
      ["بغداد", "LOC", ["a", "b"], 3],
      ["فراس الموسوي", "PER", ["b", "c"], 2],
    ]);
  });
});

describe("timelineWindow", () => {
  const event = (date: string): StoryTimelineEvent => ({ date, sentence: date, reports: [] });
  // Shaped like the Tillerson story of ANT 2018-03-13/14: a long background, the story's days, one date ahead.
  const background = ["1985", "1986", "2012", "2015", "2015-07", "2016", "2017-01", "2017-02-02", "2017-10", "2017-11"];
  const events = [
    ...background.map(event),
    event("2018-W10"),
    event("2018-03-10"),
    event("2018-03-13"),
    event("2018-03-13/2018-03-14"),
    event("2018-03-14"),
    event("2018-05-12"),
  ];
  const dates = (w: { shown: StoryTimelineEvent[] }) => w.shown.map((e) => e.date);

  it("keeps the story's own days and fills the rest with the background just before them", () => {
    const w = timelineWindow(events, "2018-03-13T12:53:01+00:00", "2018-03-14T18:59:13+00:00", 5);
    expect(dates(w)).toEqual(["2018-W10", "2018-03-10", "2018-03-13", "2018-03-13/2018-03-14", "2018-03-14"]);
    expect(w).toMatchObject({ earlier: 10, later: 1 });
  });

  it("starts at the story's first day when its own events fill the page", () => {
    const w = timelineWindow(events, "2018-03-13", "2018-03-14", 2);
    expect(dates(w)).toEqual(["2018-03-13", "2018-03-13/2018-03-14"]);
    expect(w).toMatchObject({ earlier: 12, later: 2 });
  });

  it("shows everything when it fits, and the first events of a story without dated days", () => {
    expect(timelineWindow(events, "2018-03-13", "2018-03-14", 40)).toEqual({ shown: events, earlier: 0, later: 0 });
    const w = timelineWindow(events, null, null, 3);
    expect(dates(w)).toEqual(["1985", "1986", "2012"]);
    expect(w).toMatchObject({ earlier: 0, later: 13 });
  });
});

describe("storyListDate", () => {
  it("leads with the last seen date, the one `marsad stories` orders by, so the list reads newest first", () => {
    // As the store lists them: last seen, newest first. The first story began earlier than the second.
    const listed = [
      { firstSeen: "2015-07-20T08:00:00Z", lastSeen: "2015-07-27T10:00:00Z" },
      { firstSeen: "2015-07-25T09:00:00Z", lastSeen: "2015-07-25T18:00:00Z" },
      { firstSeen: "2015-07-22", lastSeen: "2015-07-23" },
    ];
    const shown = listed.map((s) => /\d{4}-\d{2}-\d{2}\S*/.exec(storyListDate(s))?.[0] ?? "");
    expect(shown).toEqual(["2015-07-27T10:00:00Z", "2015-07-25T18:00:00Z", "2015-07-23"]);
    expect([...shown].sort().reverse()).toEqual(shown);
  });

  it("adds the first seen date when the story began on another day, and says undated when it has none", () => {
    expect(storyListDate({ firstSeen: "2015-07-20", lastSeen: "2015-07-27" })).toBe(
      "last seen 2015-07-27 · since 2015-07-20",
    );
    expect(storyListDate({ firstSeen: "2015-07-25T09:00:00Z", lastSeen: "2015-07-25T18:00:00Z" })).toBe(
      "last seen 2015-07-25T18:00:00Z",
    );
    expect(storyListDate({ firstSeen: "2015-07-25", lastSeen: null })).toBe("last seen 2015-07-25");
    expect(storyListDate({ firstSeen: null, lastSeen: null })).toBe("undated");
  });
});

describe("printStories", () => {
  it("shows on each line the date the list is ordered by (last seen, newest first)", () => {
    const story = (id: string, firstSeen: string, lastSeen: string): Story => ({
      id,
      articles: ["a", "b"],
      touching: [],
      headline: id,
      summary: [],
      thread: `t-${id}`,
      outlets: [],
      firstSeen,
      lastSeen,
    });
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      printStories([
        story("s-long", "2015-07-20", "2015-07-27"),
        story("s-day", "2015-07-25", "2015-07-25"),
        story("s-old", "2015-07-22", "2015-07-23"),
      ]);
    } finally {
      spy.mockRestore();
    }
    const shown = written
      .filter((l) => l.includes("articles ·"))
      .map((l) => /\d{4}-\d{2}-\d{2}/.exec(l.slice(l.indexOf("articles ·")))?.[0]);
    expect(shown).toEqual(["2015-07-27", "2015-07-25", "2015-07-23"]);
  });
});

describe("entityPages", () => {
  it("shows the entities in most stories first, at most max, and counts the rest", () => {
    const views = [
      { id: "a", stories: ["s1"] },
      { id: "b", stories: ["s1", "s2", "s3"] },
      { id: "c", stories: [] },
      { id: "d", stories: ["s2", "s4"] },
    ];
    const { shown, more } = entityPages(views, 2);
    expect(shown.map((v) => v.id)).toEqual(["b", "d"]);
    expect(more).toBe(2);
    expect(entityPages(views, 10)).toEqual({ shown: [views[1], views[3], views[0], views[2]], more: 0 });
  });
});

describe("quotesOfEntity", () => {
  it("keeps the entity's own quotes and unresolved ones, not another entity's of the same name", () => {
    const quotes = [
      { text: "a", speakerEntity: "org_1" },
      { text: "b", speakerEntity: "org_2" },
      { text: "c", speakerEntity: null },
    ];
    expect(quotesOfEntity(quotes, "org_1").map((q) => q.text)).toEqual(["a", "c"]);
  });
});
