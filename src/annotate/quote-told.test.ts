import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: the person told after قال ل is never the speaker", () => {
  it("takes the speaker from before the verb, not the one told", () => {
    const said = speakers(
      "وكان الرئيس الروسي فلاديمير بوتين قد زار طوكيو. وذكرت الوزارة أن رئيس الوزراء الياباني، شينزو آبي، قال لبوتين عبر الهاتف إن الجزر يابانية.",
    );
    expect(said).not.toContain("فلاديمير بوتين");
    expect(said).toContain("شينزو آبي");
  });

  it("keeps a name that starts with ل", () => {
    expect(speakers("وقال لويس فان غال إن الفريق جاهز.")).toEqual(["لويس فان غال"]);
  });
});
