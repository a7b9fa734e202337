import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("a blessing on the one speaking (رحمه الله، رضي الله عنه) is no part of the speaker", () => {
  it("ends the speaker's name at it", () => {
    expect(speakers("عند ذلك قال حذيفة رضي الله عنه: فما تأمرني إن أدركني ذلك؟")).toEqual(["حذيفة"]);
  });

  it("opens no speaker right after the cue; the one named before goes on", () => {
    expect(
      speakers("قال الشيخ محمد العثيمين إن العلم نور. ويقول رحمه الله: «العلم يرفع صاحبه في الدنيا والآخرة»."),
    ).toEqual(["محمد العثيمين", "محمد العثيمين"]);
  });
});
