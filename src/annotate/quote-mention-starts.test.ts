import { describe, expect, it } from "vitest";
import type { Entity, Mention } from "../model/types.js";
import { findEntities } from "./entities/index.js";
import { findQuotes } from "./quotes.js";

/** The speakers of `text` given its person mentions, each written as its text (found from `from` on). */
function speakersWith(text: string, persons: [name: string, from?: number][]): (string | null)[] {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  persons.forEach(([name, from], n) => {
    const start = text.indexOf(name, from ?? 0);
    const id = `p${n}`;
    mentions.push({ start, end: start + name.length, text: name, type: "PER", entity: id });
    entities.push({ id, name, type: "PER", aliases: [], roles: [] } as unknown as Entity);
  });
  return findQuotes(text, mentions, entities).map((q) => q.speaker);
}

/** Invented sentences, written for these tests. */
describe("a person's mention that starts after the conjunction its token carries", () => {
  it("is the person's for X الذي يقول إن (وشريف الذي يقول → نواز شريف)", () => {
    const text = "التقى الرئيس نواز شريف بالوفد. وتحدث الوفد مطولا، وشريف الذي يقول إن بلاده لن تتراجع يواجه ضغوطا.";
    const { mentions, entities } = findEntities(text);
    expect(findQuotes(text, mentions, entities).map((q) => q.speaker)).toEqual(["نواز شريف"]);
  });

  it("names the speaker from the mention's start, without the و (وأسامة النجيفي → أسامة النجيفي)", () => {
    const text =
      "وصل أسامة إلى بغداد. وحضر اللقاء سليم الجبوري وأسامة النجيفي رئيس كتلة متحدون. وأضاف النجيفي أن الحوار ضروري.";
    const at = text.indexOf("وأسامة") + 1;
    expect(speakersWith(text, [["أسامة"], ["سليم الجبوري"], ["أسامة النجيفي", at]])).toEqual(["أسامة النجيفي"]);
  });

  it("keeps the letter when the article never writes the rest alone (والد كامبل cut as الد كامبل)", () => {
    const text = "وصل كامبل إلى لندن أمس. وقال والد كامبل إنه فخور بابنه.";
    expect(speakersWith(text, [["كامبل"], ["الد كامبل"]])).toEqual(["والد كامبل"]);
  });

  it("ends the name before it: two people, not one (بلاتر وجيروم فالك الأمين العام)", () => {
    const text =
      "وأكد الرئيس سيب بلاتر أن الانتخابات ستجرى. وحضر الاجتماع بلاتر وجيروم فالك الأمين العام للفيفا. وقال بلاتر مرارا إنه لن يترشح.";
    const at = text.indexOf("وجيروم") + 1;
    const persons: [string, number?][] = [
      ["سيب بلاتر"],
      ["بلاتر", text.indexOf("الاجتماع")],
      ["جيروم فالك", at],
      ["بلاتر", text.indexOf("وقال")],
    ];
    expect(speakersWith(text, persons)).toEqual(["سيب بلاتر", "سيب بلاتر"]);
  });

  it("does not join the name before its conjunction to it (سليم الجبوري وأسامة النجيفي الذي قال)", () => {
    const text = "وصل أسامة إلى بغداد. وحضر اللقاء سليم الجبوري وأسامة النجيفي الذي قال إن الحوار ضروري.";
    const at = text.indexOf("وأسامة") + 1;
    expect(speakersWith(text, [["أسامة"], ["سليم الجبوري"], ["أسامة النجيفي", at]])).toEqual(["أسامة النجيفي"]);
  });
});

describe("a person's mention the tagger opened with the verb of saying before it", () => {
  it("leaves the verb out of the name (وطالب الحارثي → الحارثي)", () => {
    const text = "وذكر الحارثي أن السوق ضيقة. وطالب الحارثي بضرورة توسعة السوق، مشيرا إلى أن التجار يشتكون.";
    const persons: [string, number?][] = [["الحارثي"], ["وطالب الحارثي"]];
    expect(speakersWith(text, persons)).toEqual(["الحارثي", "الحارثي"]);
  });
});
