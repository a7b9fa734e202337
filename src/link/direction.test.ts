import { describe, expect, it } from "vitest";
import type { Article } from "../model/types.js";
import { copyDirection, creditedAgencies, outletAgency } from "./direction.js";

const BODY = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المنطقة الشرقية بسعة ثلاثمئة سرير";

function art(id: string, outlet: string, text: string, date?: string, agency?: string): Article {
  const a: Article = { id, path: "-", source: "-", outlet, title: "", text, removed: [], messages: [] };
  if (date) a.publishedAt = { value: date, evidence: "record" };
  if (agency) a.dateline = { agency, raw: `الرياض - ${agency}` };
  return a;
}

describe("creditedAgencies", () => {
  it("reads credits at the head and tail and in the dateline", () => {
    expect(creditedAgencies(art("1", "x", `الرياض - واس: ${BODY}`))).toEqual(["spa"]);
    expect(creditedAgencies(art("1", "x", `${BODY} (رويترز)`))).toEqual(["reuters"]);
    expect(creditedAgencies(art("1", "x", `بكين (شينخوا) ${BODY}`))).toEqual(["xinhua"]);
    expect(creditedAgencies(art("1", "x", `باريس (أ ف ب) - ${BODY}`))).toEqual(["afp"]);
    expect(creditedAgencies(art("1", "x", `بغداد / واع / ${BODY}`))).toEqual(["ina"]);
    expect(creditedAgencies(art("1", "x", `تونس (وات) - ${BODY}`))).toEqual(["tap"]);
    expect(creditedAgencies(art("1", "x", `${BODY} - وكالات`))).toEqual(["agencies"]);
    expect(creditedAgencies(art("1", "x", BODY, undefined, "واس"))).toEqual(["spa"]);
    expect(creditedAgencies(art("1", "x", `واس- الرياض ${BODY}`))).toEqual(["spa"]);
    // A byline that is an agency («واس», «وكالات») credits it.
    expect(creditedAgencies({ ...art("1", "x", BODY), byline: "واس" })).toEqual(["spa"]);
  });

  it("does not read short agency names used as ordinary words", () => {
    // قنا is also a city; واس only counts after a delimiter.
    expect(creditedAgencies(art("1", "x", `زار الوفد محافظة قنا ${BODY}`))).toEqual([]);
    expect(creditedAgencies(art("1", "x", `زار الوفد محافظة قنا و${BODY}`))).toEqual([]);
    expect(creditedAgencies(art("1", "x", BODY))).toEqual([]);
  });

  it("knows which outlets are agencies", () => {
    expect(outletAgency("was")).toBe("spa");
    expect(outletAgency("okaz")).toBeNull();
  });
});

describe("copyDirection", () => {
  it("prefers the agency's own wire over a reprint that credits it, whatever the dates", () => {
    const wire = art("w", "was", BODY, "2015-07-22");
    const copy = art("c", "okaz", `الرياض - واس ${BODY}`, "2015-07-21");
    const d = copyDirection(copy, wire, []);
    expect(d.source).toBe("w");
    expect(d.evidence.join(" ")).toMatch(/credits واس/);
  });

  it("falls back to the earlier publication", () => {
    const a = art("a", "okaz", BODY, "2015-07-21T08:00:00Z");
    const b = art("b", "sabq", BODY, "2015-07-21T10:30:00Z");
    expect(copyDirection(a, b, []).source).toBe("a");
    expect(copyDirection(b, a, []).source).toBe("a");
    expect(copyDirection(b, a, []).evidence.join(" ")).toMatch(/earlier publication: b .* \(by 2 h 30 min\)/);
  });

  it("compares at the shared precision and stays undecided on ties or missing dates", () => {
    const a = art("a", "okaz", BODY, "2015-07-21");
    const b = art("b", "sabq", BODY, "2015-07-21T10:30:00Z");
    expect(copyDirection(a, b, []).source).toBeNull();
    const c = art("c", "sabq", BODY);
    const d = copyDirection(a, c, []);
    expect(d.source).toBeNull();
    expect(d.evidence.join(" ")).toMatch(/undated/);
  });

  it("says neither copied the other when both credit one agency, whichever was published first", () => {
    const a = { ...art("a", "alyaum", BODY, "2015-08-04T18:58:54"), byline: "واس" };
    const b = art("b", "alwatan", `الرياض - واس ${BODY}`, "2015-08-04T19:01:24");
    const d = copyDirection(a, b, []);
    expect(d).toMatchObject({ source: null, agency: "واس" });
    expect(d.evidence.join(" ")).toMatch(/both credit واس/);
    // One credits the agency, the other credits none (an outlet that ran the wire unsigned, first): the agency's too.
    const unsigned = art("u", "3alyoum", `عمان - ${BODY}`, "2015-08-04T18:58:25");
    expect(copyDirection(unsigned, b, [])).toMatchObject({ source: null, agency: "واس" });
    // Two agencies credited: the earlier publication decides.
    const reuters = art("r", "okaz", `${BODY} (رويترز)`, "2015-08-04T18:00:00");
    expect(copyDirection(reuters, b, []).source).toBe("r");
    // «وكالات» (agencies) names no one wire: the earlier publication decides.
    const c = art("c", "okaz", `${BODY} - وكالات`, "2015-08-04T10:00:00");
    const e = art("e", "sabq", `${BODY} - وكالات`, "2015-08-04T12:00:00");
    expect(copyDirection(c, e, []).source).toBe("c");
  });

  it("records a common credited agency as a source outside the corpus", () => {
    const a = art("a", "okaz", `${BODY} (رويترز)`, "2015-07-21");
    const b = art("b", "sabq", `${BODY} (رويترز)`, "2015-07-21");
    const d = copyDirection(a, b, [{ a: { start: 0, end: 5 }, b: { start: 0, end: 5 }, words: 14 }]);
    expect(d.source).toBeNull();
    expect(d.evidence.join(" ")).toMatch(/both credit رويترز/);
    expect(d.evidence[0]).toMatch(/14 aligned words/);
  });
});
