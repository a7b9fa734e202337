import { describe, expect, it } from "vitest";
import { OutletTemplates, TEMPLATE_MIN_ARTICLES, TEMPLATE_MIN_SHARE } from "./templates.js";

function feed(t: OutletTemplates, outlet: string, n: number, shared: string, withShared: number) {
  for (let i = 0; i < n; i++) t.observe(outlet, i < withShared ? [shared, `سطر ${i}`, shared] : [`سطر ${i}`]);
}

describe("OutletTemplates", () => {
  it("a line in every article is template; unique lines are not", () => {
    const t = new OutletTemplates();
    feed(t, "a", 10, "تابعونا على منصاتنا", 10);
    expect(t.isTemplate("a", "تابعونا على منصاتنا")).toBe(true);
    expect(t.isTemplate("a", "سطر 3")).toBe(false);
    expect(t.articles("a")).toBe(10);
  });

  it("matches the line folded (hamza, tatweel, spaces)", () => {
    const t = new OutletTemplates();
    feed(t, "a", 10, "تابعونا على منصاتنا", 10);
    expect(t.isTemplate("a", "تابعـونا  على  منصاتنا")).toBe(true);
  });

  it(`needs ≥ ${TEMPLATE_MIN_ARTICLES} articles`, () => {
    const t = new OutletTemplates();
    feed(t, "a", TEMPLATE_MIN_ARTICLES - 1, "سطر متكرر", TEMPLATE_MIN_ARTICLES - 1);
    expect(t.isTemplate("a", "سطر متكرر")).toBe(false);
    t.observe("a", ["سطر متكرر"]);
    expect(t.isTemplate("a", "سطر متكرر")).toBe(true);
  });

  it(`needs ≥ ${TEMPLATE_MIN_SHARE * 100}% of the outlet's articles`, () => {
    const t = new OutletTemplates();
    const n = 100;
    const below = Math.floor(n * TEMPLATE_MIN_SHARE) - 1;
    feed(t, "a", n, "سطر قليل", below);
    expect(t.isTemplate("a", "سطر قليل")).toBe(false);
  });

  it("is per outlet", () => {
    const t = new OutletTemplates();
    feed(t, "a", 10, "سطر", 10);
    expect(t.isTemplate("b", "سطر")).toBe(false);
  });

  it("round-trips through JSON", () => {
    const t = new OutletTemplates();
    feed(t, "a", 10, "تابعونا على منصاتنا", 10);
    const u = OutletTemplates.fromJSON(JSON.parse(JSON.stringify(t.toJSON())));
    expect(u.isTemplate("a", "تابعونا على منصاتنا")).toBe(true);
    expect(u.articles("a")).toBe(10);
  });

  it("rejects malformed JSON with the bad field named", () => {
    expect(() => OutletTemplates.fromJSON({ version: 2 })).toThrow(/version/);
    expect(() => OutletTemplates.fromJSON({ version: 1, outlets: { a: { articles: 1, lines: [[1, 2]] } } })).toThrow(
      /outlets\.a\.lines/,
    );
  });
});
