import { describe, expect, it } from "vitest";
import { found } from "./found.test-util.js";

describe("findEntities: clubs named by a common noun", () => {
  it("reads الشباب and شباب as the young people outside sport", () => {
    // A mention of the word alone; the youth's organisation (المؤسسة العامة للشباب والرياضة) is a name.
    const youth = (t: string) => found(t).filter((m) => /^[A-Z]+:\S*شباب\S*$/u.test(m));
    const project = "وأضاف: إن مشروع (مدينة شباب 2030) الذي تنظمه المؤسسة العامة للشباب والرياضة جاء لتدريب الشباب.";
    expect(youth(project)).toEqual([]);
    expect(found(project)).toContain("ORG:المؤسسة العامة للشباب والرياضة");
    expect(youth("وكان من الأولى أن تكون من نصيب الشباب السعودي الذي نجح في البرامج التلفزيونية.")).toEqual([]);
  });

  it("takes no aim or tour (الأهداف، جولة) for a match", () => {
    const text =
      "وتشعر أيضا بحيوية الشباب ونبل الأهداف، فور أن تلتقي بطاقم العمل في المركز الذي يتكون من خيرة الشباب من مختلف الجنسيات.";
    expect(found(text)).toEqual([]);
  });

  it("keeps the club in a text about sport", () => {
    expect(found("وفاز الشباب على النصر 2 - 1 في الجولة الثانية من الدوري.")).toEqual(["ORG:الشباب", "ORG:النصر"]);
    expect(found("وكان من الأولى أن يلعب مع الشباب السعودي الذي فاز بالدوري.")).toContain("ORG:الشباب");
  });

  it("keeps the club in a text that names it as one, with no match in it", () => {
    expect(
      found(
        "أعلنت اللجنة القائمة النهائية للمرشحين لرئاسة وعضوية مجلس نادي الاتفاق. وقال رئيس الاتفاق إن الانتخابات نزيهة.",
      ),
    ).toEqual(["ORG:الاتفاق", "ORG:الاتفاق"]);
  });
});
