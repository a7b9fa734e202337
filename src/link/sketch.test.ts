import { describe, expect, it } from "vitest";
import { shingleHashes } from "./signature.js";
import { ShingleCounts } from "./sketch.js";

describe("ShingleCounts", () => {
  it("counts articles holding a shingle and forgets them on removal", () => {
    const counts = new ShingleCounts();
    const a = shingleHashes("قال الرئيس إن المحادثات ستستأنف الأسبوع المقبل");
    const b = shingleHashes("قال الرئيس إن المحادثات انتهت دون اتفاق");
    const first = a[0] as number; // "قال الرئيس إن المحادثات ستستأنف"
    counts.update(a, 1);
    counts.update(b, 1);
    expect(counts.count(first)).toBe(1);
    expect(counts.count(b[0] as number)).toBe(1);
    counts.update(a, 1);
    expect(counts.count(first)).toBe(2);
    counts.update(a, -1);
    counts.update(a, -1);
    expect(counts.count(first)).toBe(0);
    counts.update(a, -1); // never below zero
    expect(counts.count(first)).toBe(0);
    expect(counts.count(b[0] as number)).toBe(1);
  });
});
