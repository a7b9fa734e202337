import { describe, expect, it } from "vitest";
import { speakers } from "./quote.test-util.js";

/** Invented sentences, written for these tests. */
describe("findQuotes: names joined by و speak together", () => {
  it("joins countries after a verb of saying, as كل من does", () => {
    expect(speakers("وقالت روسيا وسوريا إن هناك قضايا أمنية يجب حلها.")).toEqual(["روسيا وسوريا"]);
  });

  it("joins persons named after their roles, each by name", () => {
    expect(speakers("وقال الأمير محمد بن سلمان وولي عهد أبوظبي محمد بن زايد إن التحالف مستمر.")).toEqual([
      "محمد بن سلمان ومحمد بن زايد",
    ]);
  });

  it("joins the names fronted before a verb in the dual", () => {
    expect(speakers("الصين وروسيا قالتا إن القرار غير مقبول.")).toEqual(["الصين وروسيا"]);
    expect(
      speakers("التقت الوزيرة كانغ كيونغ بالوزير مايك بومبيو. لكن كانغ وبومبيو شددا على أنهما متفقان على الحاجة."),
    ).toEqual(["كانغ كيونغ ومايك بومبيو"]);
  });

  it("keeps one speaker when what follows the و is no name of its own", () => {
    expect(speakers("وقال وزير الخارجية عادل الجبير ونظيره الأمريكي إن المحادثات بناءة.")).toEqual(["عادل الجبير"]);
  });

  it("gives a verb in the dual the two who spoke together, never one speaker before them", () => {
    expect(
      speakers(
        "وقال الجيش الإسرائيلي إنه قصف مواقع. وقالت روسيا وسوريا في بيان إنهما تحذران من التصعيد، وأكدتا أن الحل سياسي.",
      ),
    ).toEqual(["الجيش الإسرائيلي", "روسيا وسوريا", "روسيا وسوريا"]);
    expect(speakers("وقال الوزير أحمد الخالدي إن القرار نهائي. وأكدا أن الاتفاق قائم.")).toEqual(["أحمد الخالدي"]);
  });

  it("does not use a joint speaker to complete one person's name", () => {
    expect(
      speakers("لكن كانغ كيونغ وبومبيو شددا على أنهما متفقان على الحاجة. وقال بومبيو إن الولايات المتحدة مستعدة."),
    ).toEqual(["كانغ كيونغ وبومبيو", "بومبيو"]);
  });
});

describe("findQuotes: a verb in the dual after two named by a dual noun", () => {
  it("goes on with them", () => {
    expect(speakers("وقال الباحثان إن الجماعة منقسمة. وأكدا أن بعض أعضائها قلقون.")).toEqual(["الباحثان", "الباحثان"]);
  });
});

describe("findQuotes: one head for the bodies of two countries", () => {
  it("keeps nisbas joined by و with their head, as written", () => {
    expect(speakers("وكانت السلطات القطرية والتركية، قد أعلنتا أن الطائرة هبطت بسلام.")).toEqual([
      "السلطات القطرية والتركية",
    ]);
  });
});
