import { describe, expect, it } from "vitest";
import { withEntities } from "./quote.test-util.js";

/** Speaker, kind and text of each quote the pipeline finds. */
const read = (text: string) => withEntities(text).map((q) => [q.speaker, q.kind, q.text]);

/** Invented sentences, written for these tests, in the shape some Saudi outlets print (:» … «). */
describe("findQuotes: words opened with » after a colon and closed with « (reversed guillemets)", () => {
  it("reads them as a direct quote that ends at the closing «", () => {
    expect(
      read("وقال الشيخ عادل الكلباني في تغريدته :» لا تنقد الفكر المتطرف في الفعل وتوافقه في الفكر « . وانتهى اللقاء."),
    ).toEqual([["عادل الكلباني", "direct", "لا تنقد الفكر المتطرف في الفعل وتوافقه في الفكر"]]);
  });

  it("takes a « a word follows as a nested quotation, and a closing » as the end", () => {
    expect(
      read("وقال الناطق باسم الحراك :»الشبان فتحوا ثغرة في الجدار «مقابل الجامعة» قرب القرية». ثم انسحب الشبان."),
    ).toEqual([["الناطق باسم الحراك", "direct", "الشبان فتحوا ثغرة في الجدار «مقابل الجامعة» قرب القرية"]]);
  });

  it("leaves a » that nothing closes to the unmarked speech after a colon", () => {
    const quotes = read(
      "وقال مدير الشرطة خالد العمري :»بفضل من الله تم القبض على المتهمين. وبين العمري أن التحقيق مستمر مع المتهمين.",
    );
    expect(quotes.map(([, kind]) => kind)).toEqual(["indirect", "indirect"]);
  });
});
