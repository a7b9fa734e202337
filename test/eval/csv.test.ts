import { describe, expect, it } from "vitest";
import { parseCsv } from "../../eval/csv.js";
import { pearson } from "../../eval/stats.js";

describe("parseCsv", () => {
  it("reads quoted fields with escaped quotes, commas and line breaks", () => {
    expect(parseCsv('id,text\n1,"a, ""b""\nc"\r\n2,plain\n')).toEqual([
      ["id", "text"],
      ["1", 'a, "b"\nc'],
      ["2", "plain"],
    ]);
  });

  it("skips blank lines and keeps a last row without a line break", () => {
    expect(parseCsv("a,b\n\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("pearson", () => {
  it("is 1 for a positive linear relation, −1 for a negative one, and agrees with a hand computation", () => {
    expect(pearson([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x̄ = 2, ȳ = 13/3: Σdxdy = 5, Σdx² = 2, Σdy² = 38/3.
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(5 / Math.sqrt(2 * (38 / 3)), 12);
  });
});
