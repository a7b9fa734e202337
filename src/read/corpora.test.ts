import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFile } from "./index.js";
import type { ReadItem } from "./types.js";

const SHARED = fileURLToPath(new URL("../../../shared/data/corpora/", import.meta.url));
const ANT = `${SHARED}ant-multisource/ant_multisource_v2.1.jsonl.gz`;
const JAWHARA = `${SHARED}ant-jawharafm/ant_jawharafm_v1.1.jsonl.gz`;
const SNN = `${SHARED}saudinewsnet/2015-07-22.json.gz`;

/** The first `n` items of a file (stops reading early: also checks that an abandoned reader closes cleanly). */
async function head(file: string, n: number): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readFile(file, file)) {
    out.push(item);
    if (out.length >= n) break;
  }
  return out;
}

describe.skipIf(!existsSync(SHARED))("shared corpora (field mapping on the real files)", () => {
  it("ANT multisource: gzipped JSONL, src → outlet, time_iso → declaredDate, author → byline", async () => {
    const items = await head(ANT, 300);
    const ds = items.flatMap((i) => (i.kind === "document" ? [i.doc] : []));
    expect(ds.length).toBeGreaterThan(290);
    for (const d of ds) {
      expect(d.container).toBe("jsonl");
      expect(d.source).toMatch(/\.jsonl\.gz:\d+$/);
      expect(d.url).toMatch(/^https?:\/\//);
      expect(d.title).toBeTruthy();
      expect(d.declaredDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
      expect(d.content.length).toBeGreaterThan(20);
      expect(d.format).toBe("text");
    }
    expect(new Set(ds.map((d) => d.outlet))).toContain("alarabia");
  });

  it("ANT JawharaFM: records with an empty text field fail with ERR_READ_FIELD naming the line", async () => {
    const items = await head(JAWHARA, 400);
    const bad = items.filter((i) => i.kind === "failed");
    expect(bad.length).toBeGreaterThan(0);
    for (const b of bad) {
      expect(b).toMatchObject({ code: "ERR_READ_FIELD", path: JAWHARA });
      expect(b.kind === "failed" && b.source).toMatch(/:\d+$/);
    }
  });

  it("SaudiNewsNet: gzipped JSON array, source → outlet, content → text, items numbered #N", async () => {
    const items = await head(SNN, 50);
    const d = items.find((i) => i.kind === "document");
    expect(d?.kind === "document" && d.doc).toMatchObject({ source: `${SNN}#1`, container: "json", format: "text" });
    expect(d?.kind === "document" && d.doc.outlet).toMatch(/^[a-z0-9]+$/);
    expect(d?.kind === "document" && d.doc.declaredDate).toMatch(/^2015-0[78]-\d\d \d\d:\d\d:\d\d$/);
  });
});
