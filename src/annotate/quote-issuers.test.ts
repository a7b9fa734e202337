import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: a document speaks for the one whose verb issued it", () => {
  it("takes the definite words the tagger left off the issuer's name", () => {
    const text =
      "أصدر الاتحاد السعودي للكرة الطائرة بيانا إعلاميا على خلفية ما أثير مؤخرا. وقال البيان إن مجلس الإدارة يرفض بشدة حضور مثل هذه المناسبات.";
    expect(speakers(text)).toEqual(["الاتحاد السعودي للكرة الطائرة"]);
  });

  it("reads a report as its issuer after it: with ل, in construct, or the latest of its reports", () => {
    expect(speakers("ذكر تقرير للبنك الدولي أن أسعار السلع ستظل ضعيفة خلال العام الحالي.")).toEqual(["البنك الدولي"]);
    expect(speakers("وأبان تقرير مركز معلومات غرفة مكة أن العقار في مكة ارتفع.")).toEqual(["مركز معلومات غرفة مكة"]);
    expect(speakers('وذكر أحدث تقارير "أوبك" أن المنظمة تراهن على تحسن كبير.')).toEqual(["أوبك"]);
    expect(speakers("وأكد تقرير حديث أن المملكة تخطط للطاقة.")).toEqual(["تقرير حديث"]);
  });
});
