import { describe, expect, it } from "vitest";
import { findEntities } from "./find.js";

const mentions = (text: string) => findEntities(text).mentions.map((m) => `${m.type}:${m.text}`);

describe("a known name after a glued ل or ب", () => {
  it("is the organisation or the place the article or the alias table knows", () => {
    expect(mentions("وقال مسؤول أمني لرويترز إن الموقف معقد.")).toContain("ORG:رويترز");
    expect(mentions("وقالت وزارة الخارجية الروسية إن الوفد وصل أمس. وأضافت أن العلاقات بروسيا تتحسن.")).toContain(
      "LOC:روسيا",
    );
  });

  it("is not a name the training data often reads as a common word, nor a noun before an adjective", () => {
    expect(mentions("وسارع العمال لفتح الطريق أمام السيارات.").join(" ")).not.toContain("فتح");
    expect(mentions("توفيت الممثلة بنوبة قلبية أثناء حضورها حفل زفاف في النوبة.")).not.toContain("LOC:نوبة");
  });
});

describe("a preposition glued to a tagged name of the alias table", () => {
  it("is cut off the mention and its key, so the name resolves", () => {
    const r = findEntities("وتخللت الخطبة هتافات المصلين «الموت لأميركا» في العاصمة.");
    expect(r.mentions.map((m) => m.text)).toContain("أميركا");
    expect(r.entities.map((e) => e.name)).toContain("الولايات المتحدة");
  });

  it("leaves a name whose letters only look like one (بوروسيا دورتموند)", () => {
    expect(mentions("حذر نادي بوروسيا دورتموند الألماني لكرة القدم نادي أرسنال الإنجليزي من التعاقد معه.")).toContain(
      "ORG:بوروسيا دورتموند",
    );
  });
});
