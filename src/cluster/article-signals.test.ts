import { describe, expect, it } from "vitest";
import { canonicalKey, entityId } from "../annotate/entities/names.js";
import type { Annotations, Mention } from "../model/types.js";
import { entityCounts } from "./article-signals.js";

const mention = (text: string, type: Mention["type"], entity: string, start: number): Mention => ({
  text,
  type,
  entity,
  start,
  end: start + text.length,
});
const annotations = (entities: Mention[]): Annotations => ({ entities, quotes: [], numbers: [], dates: [] });

describe("entityCounts", () => {
  const russia = `\u0001${entityId("LOC", canonicalKey("روسيا"))}`;

  it("counts a state institution for its country, once an article", () => {
    // «واتهمت بريطانيا الحكومة الروسية … بين الغرب وروسيا»: the government and روسيا both name Russia.
    const counts = entityCounts(
      annotations([
        mention("الحكومة الروسية", "ORG", "org_gov", 20),
        mention("روسيا", "LOC", entityId("LOC", canonicalKey("روسيا")), 80),
        mention("الحكومة الروسية", "ORG", "org_gov", 120),
      ]),
    );
    expect(counts.get("\u0001org_gov")).toBe(2);
    expect(counts.get(russia)).toBe(2);
  });

  it("names the country of an article that only names its institution", () => {
    expect(entityCounts(annotations([mention("الجيش الروسي", "ORG", "org_army", 0)])).get(russia)).toBe(1);
  });

  it("leaves other organisations and background mentions alone", () => {
    const counts = entityCounts(
      annotations([
        mention("وكالة الأنباء الروسية", "ORG", "org_agency", 0),
        mention("الحكومة الروسية", "ORG", "org_gov", 50),
      ]),
      [{ start: 40, end: 100 }],
    );
    expect([...counts]).toEqual([["\u0001org_agency", 1]]);
  });
});
