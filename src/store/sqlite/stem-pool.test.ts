import { describe, expect, it } from "vitest";
import { indexText } from "../index-text.js";
import { StemPool } from "./stem-pool.js";

describe("StemPool", () => {
  it("stems on a worker thread exactly as indexText does, in order", async () => {
    const pool = new StemPool();
    const texts = ["والرئيسُ قال", "بالاتفاق للحكومة", "", "2,500 عنصر"];
    const [a, b] = await Promise.all([pool.index(texts), pool.index(["الوزير"])]);
    expect(a).toEqual(texts.map(indexText));
    expect(b).toEqual(["وزير"]);
    expect(pool.available).toBe(true);
    await pool.close();
    expect(pool.available).toBe(false);
    await expect(pool.index(["x"])).rejects.toThrow(/not available/);
  });
});
