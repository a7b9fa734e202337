import { describe, expect, it } from "vitest";
import { findEntities } from "./find.js";

const mentions = (text: string) => findEntities(text).mentions.map((m) => `${m.type}:${m.text}`);

describe("teams in a match's result", () => {
  it("reads the countries on both sides of a score as teams", () => {
    const found = mentions(
      "وفي نيروبي خسرت كينيا أمام إريتريا 1 - 2 ضمن المجموعة السادسة، بينما فازت الغابون على مدغشقر 4 - صفر.",
    );
    expect(found).toEqual(expect.arrayContaining(["ORG:كينيا", "ORG:إريتريا", "ORG:الغابون", "ORG:مدغشقر"]));
    expect(found).toContain("LOC:نيروبي");
  });

  it("reads the beaten side as a team when the winner is not named before it", () => {
    expect(mentions("وتأهل المنتخب الأمريكي بفوز صعب على هايتي 1 - صفر في الجولة الأخيرة.")).toContain("ORG:هايتي");
  });

  it("leaves a place that no score follows", () => {
    expect(mentions("ووصل الوفد إلى نيروبي قادما من إريتريا.")).toContain("LOC:إريتريا");
  });
});

describe("places naming teams", () => {
  it("reads a place right after a club's or a team's noun as the club", () => {
    expect(mentions("انتقل اللاعب من نادي الرياض إلى الهلال.")).toContain("ORG:الرياض");
    expect(mentions("وغاب الحارس عن تمارين فريقه ساو باولو أمس.")).toContain("ORG:ساو باولو");
    expect(mentions("ويتسع ملعب لوفتس رود التابع لنادي كوينز بارك رينجرز لـ18439 مشجعا.")).toContain("ORG:كوينز بارك");
  });

  it("leaves the place where the club is, and a place's clubs", () => {
    const where = mentions("وتمت مراسم التوقيع في مقر النادي بمكة المكرمة أمس.");
    expect(where.filter((m) => m.startsWith("ORG:"))).toEqual([]);
    expect(mentions("وشاركت أندية الرياض في البطولة.")).toContain("LOC:الرياض");
  });
});
