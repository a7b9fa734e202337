import { describe, expect, it } from "vitest";
import { speakers, withEntities } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("على before a complementizer after a cue that takes no على", () => {
  it("is a proviso after the verb's object: no quote (أعلن المدرب القائمة، على أن يتم …)", () => {
    const text =
      "أعلن المدرب الإسباني خوان مارتينيز يوم الاثنين قائمة فريقه الأولية التي ضمت 28 لاعبا، على أن يتم الإعلان عن القائمة النهائية في يونيو.";
    expect(withEntities(text)).toEqual([]);
  });

  it('is "as" after the verb\'s object: no quote (أشار فريدمان إلى هجوم … على أنه …)', () => {
    expect(withEntities("وفي التغريدة أشار السفير ديفيد فريدمان إلى هجوم في الضفة الغربية على أنه في الشمال.")).toEqual(
      [],
    );
  });

  it("is the cue's right after the speaker's name (أوضح الوزير سامي العتيبي على أن …)", () => {
    expect(speakers("أوضح وزير الخدمة المدنية سامي العتيبي على أن نتائج المفاضلة ستعلن قريبا.")).toEqual([
      "سامي العتيبي",
    ]);
  });

  it("is the cue's after a word of stress (بيانا أكدت فيه على أن، أشار إلى تأكيد المملكة … على أن)", () => {
    expect(
      speakers("وأشار سامي العتيبي إلى تأكيد المملكة منذ عدة سنوات على أن المجتمع الدولي بحاجة إلى الحوار.").length,
    ).toBe(1);
  });
});
