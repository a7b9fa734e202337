import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

const values = (t: string, pub: string) => findDates(t, pub).map((d) => d.value);

describe("a return or a first time after years counts back to a past event", () => {
  it("leaves no value for بعد N with a verb of returning or لأول مرة", () => {
    expect(values("وتعود الكشافة السعودية لليابان بعد 45 عاما، حين شاركت في الجامبوري", "2015-07-26")).toEqual([null]);
    expect(values("الأقرب للفوز باللقب لأول مرة بعد 11 عاما", "2015-07-24")).toEqual([null]);
    expect(values("بعد 20 عاما، يعود جيل الورثة إلى نصف النهائي", "2018-07-12")).toEqual([null]);
    expect(values('عاد مارك زوكربيرغ مؤسس "فيس بوك" بعد 12 سنة إلى جامعة هارفارد', "2017-06-17")).toEqual([null]);
    expect(values("عادت العلاقات الدبلوماسية بين دمشق وواشنطن مباشرة بعد شهر واحد", "2018-04-14")).toEqual([null]);
  });
  it("keeps the count of a return still to come", () => {
    expect(values("وسوف تعود الأمور إلى الوضع الطبيعي بعد سنتين", "2015-08-06")).toEqual(["2017"]);
    expect(values("من المقرر أن يعود اللاعب بعد شهرين", "2015-08-06")).toEqual(["2015-10"]);
    expect(values("وسيعود بعد عامين", "2018-05-01")).toEqual(["2020"]);
    // Days and weeks: a present return is mostly the coming one (يعود الرئيس بعد يومين).
    expect(values("يعود الرئيس إلى البلاد بعد يومين", "2018-05-01")).toEqual(["2018-05-03"]);
  });
});
