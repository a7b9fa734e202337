import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("a name the tagger missed after a person's description", () => {
  it("is the hashtag closing the phrase (كشفت الفنانة #لطيفة → لطيفة)", () => {
    expect(speakers("كشفت الفنانة #لطيفة أنها تلقت نصيحة من الشاعر الراحل.")).toEqual(["لطيفة"]);
  });

  it("is a hashtag set off by commas (الممثل اللبناني، #باسم_مغنية، أنه → باسم مغنية)", () => {
    expect(speakers("كشف الممثل اللبناني، #باسم_مغنية، أنه يحضر لمسلسل درامي جديد.")).toEqual(["باسم مغنية"]);
  });

  it("is name words set off by commas before the complementizer (المخرج الإيراني، أصغر فرهادي، أن)", () => {
    expect(speakers("رأى المخرج الإيراني، أصغر فرهادي، أن عرض الأفلام في المهرجان أمر جيد.")).toEqual(["أصغر فرهادي"]);
  });

  it("is one bare word closing the description (أعلنت الفنانة سابين → سابين)", () => {
    expect(speakers("أعلنت الفنانة سابين أنها ستغني في المهرجان.")).toEqual(["سابين"]);
  });

  it("is what the bare description stands for later (وبينت الفنانة أن → لطيفة)", () => {
    expect(speakers("كشفت الفنانة #لطيفة أنها تلقت نصيحة. وبينت الفنانة أن والدها رحل باكرا.")).toEqual([
      "لطيفة",
      "لطيفة",
    ]);
  });

  it("is no nationality, preposition or time (المطرب المصري، الفنانة للصحيفة، المسؤول، مساء أمس،)", () => {
    expect(speakers("وقال المطرب المصري إنه سعيد.")).toEqual(["المطرب المصري"]);
    expect(speakers("وقالت الفنانة للصحيفة إنها سعيدة.")).toEqual(["الفنانة للصحيفة"]);
    expect(speakers("وقال المسؤول، مساء أمس، إن القرار نهائي.")).toEqual(["المسؤول"]);
    // Nor a clitic's word, a pronoun's noun or a place between the commas.
    expect(speakers("وقال المرصد السوري، ومقره بريطانيا، إن القتال مستمر.")).toEqual(["المرصد السوري"]);
    expect(speakers("وأوضح الأمن المصري، بشمال سيناء، أن معارك عنيفة اندلعت.")).toEqual(["الأمن المصري"]);
  });
});
