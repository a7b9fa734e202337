import { describe, expect, it } from "vitest";
import { articleRoad, roadsApart, roadsOf } from "./number-roads.js";
import { conflictingNumbers, findNumbers } from "./numbers.js";

const item = (outlet: string, title: string, text: string) => ({ outlet, title, text, claims: findNumbers(text) });

describe("roadsOf", () => {
  it("reads a road's name up to a preposition, a distance or a clause end", () => {
    expect([...roadsOf("وقع حادث انقلاب بطريق الهجرة كيلو 60 قبل مركز اليتمة")]).toEqual(["هجره"]);
    expect([...roadsOf('حادث تصادم على طريق "الرياض- القصيم" قبل كوبري الملك سلمان')]).toEqual(["رياض قصيم"]);
    expect([...roadsOf("حادث سير على الطريق السريع بين القصيم / المدينة المنورة وذلك صباح اليوم")]).toEqual([
      "قصيم مدينه منوره",
    ]);
  });

  it("reads no road in a means (عن طريق), a plan (خارطة الطريق) or a definite road described (الطريق الرئيسي)", () => {
    expect(roadsOf("تم نقل 4 حالات عن طريق الإسعاف الجوي").size).toBe(0);
    expect(roadsOf("واتفقوا على خارطة الطريق للمرحلة المقبلة").size).toBe(0);
    expect(roadsOf("وسيطروا على الطريق الرئيسي المؤدي إلى المدينة").size).toBe(0);
  });
});

describe("roadsApart", () => {
  it("tells two roads apart, not one road named shorter or with its ends swapped", () => {
    expect(roadsApart(roadsOf("على طريق الهجرة"), roadsOf("على طريق الملك فهد"))).toBe(true);
    expect(
      roadsApart(
        roadsOf("على طريق الرياض - القصيم"),
        roadsOf("بين القصيم والمدينة على الطريق السريع بين القصيم والمدينة"),
      ),
    ).toBe(true);
    expect(roadsApart(roadsOf("على طريق الهجرة السريع"), roadsOf("بطريق الهجرة"))).toBe(false);
    expect(roadsApart(roadsOf("على طريق الرياض القصيم"), roadsOf("على طريق القصيم الرياض"))).toBe(false);
    expect(roadsApart(roadsOf("على طريق الهجرة"), new Set())).toBe(false);
  });
});

describe("articleRoad", () => {
  it("is the one road the title or first sentence names, none when the text names another", () => {
    expect([...articleRoad("حادث انقلاب بطريق الهجرة. وتم توجيه 4 فرق إسعافية", "")]).toEqual(["هجره"]);
    expect(articleRoad("تم توجيه 4 فرق. ووقع الحادث على طريق الهجرة", "").size).toBe(0);
    expect(articleRoad("حادث بطريق الهجرة. وحادث آخر على طريق الملك فهد", "").size).toBe(0);
  });
});

describe("conflictingNumbers: roads", () => {
  it("tells two accidents on two roads apart, the article's road speaking for a sentence that names none", () => {
    const hijra = item(
      "A",
      "مصرع وإصابة 8 أشخاص في حادث انقلاب",
      "لقي شخص مصرعه في حادث انقلاب مركبة بطريق الهجرة كيلو 60 قبل مركز اليتمة. وأضاف: تم توجيه طائرتين و4 فرق إسعافية أرضية",
    );
    const arar = item(
      "B",
      "مصرع وإصابة ثلاثة في انقلاب سيارة",
      "تلقت غرفة العمليات بلاغا بوجود حادث انقلاب على طريق الجديدة عرعر، وباشرت 3 فرق إسعافية الحادث",
    );
    expect(conflictingNumbers([hijra, arar])).toEqual([]);
    // One road named by both: the teams sent are one quantity.
    const hijra2 = item("B", "حادث انقلاب", "وقع حادث انقلاب على طريق الهجرة السريع، وباشرت 3 فرق إسعافية الحادث");
    expect(conflictingNumbers([hijra, hijra2])).toHaveLength(1);
  });
});
