import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a definite subject with ف glued opens its clause before the verb", () => {
  it("takes the ف-word, not كان's subject before the comma", () => {
    const said = speakers("وإذا كانت أميركا طرفا محايدا، فالحوثي يقول: الموت لأميركا، ويزعم أن الحرب تحالف.");
    expect(said[0]).toMatch(/الحوثي$/);
    expect(said).not.toContain("أميركا");
  });
});

describe("findQuotes: فإن opens the clause of the person after it", () => {
  it("takes the titled person after فإن, not the first one the sentence names", () => {
    const said = speakers(
      "ورغم استمرار المعارك بين القبائل وفلول صالح حتى اليوم، فإن الشيخ حمد أكد أنها لم تعد كما كانت.",
    );
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/حمد/);
  });
});

describe("findQuotes: a report's issuer named in its relative clause, past the report's adjectives", () => {
  it("gives the issuer for التقرير الحادي والخمسون الذي أصدرته", () => {
    expect(
      speakers(
        "وكشف التقرير الحادي والخمسون الذي أصدرته مؤسسة النقد العربي السعودي أن القروض ارتفعت. وأوضح أن الرصيد بلغ 310 مليارات ريال.",
      ),
    ).toEqual(["مؤسسة النقد العربي السعودي", "مؤسسة النقد العربي السعودي"]);
  });
});
