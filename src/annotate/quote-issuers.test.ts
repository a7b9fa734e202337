import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a document speaks for the one whose verb issued it", () => {
  it("takes the definite words the tagger left off the issuer's name", () => {
    const text =
      "أصدر الاتحاد السعودي للكرة الطائرة بيانا إعلاميا على خلفية ما أثير مؤخرا. وقال البيان إن مجلس الإدارة يرفض بشدة حضور مثل هذه المناسبات.";
    expect(speakers(text)).toEqual(["الاتحاد السعودي للكرة الطائرة"]);
  });
});
