import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { extractBatch } from "../extract/batch.js";
import { OutletTemplates } from "../extract/templates.js";
import type { RawDocument } from "../model/types.js";
import { expandInputs, readFile } from "../read/index.js";
import { annotateArticle } from "../stages.js";
import { ExtractPool } from "./extract-pool.js";

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/corpus/input");

async function corpusDocs(): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for (const file of await expandInputs([CORPUS])) {
    for await (const item of readFile(file, file)) if (item.kind === "document") docs.push(item.doc);
  }
  return docs;
}

/** The sample corpus five times over, in batches of `size`: enough lines recur for templates to matter. */
async function batches(size: number): Promise<RawDocument[][]> {
  const docs = await corpusDocs();
  const all = [...docs, ...docs, ...docs, ...docs, ...docs];
  const out: RawDocument[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

let pool: ExtractPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("ExtractPool", () => {
  it("extracts on the worker exactly what one thread extracts, batch by batch, templates included", async () => {
    const bs = await batches(20);
    const reference = new OutletTemplates();
    const expected = bs.map((b) => extractBatch(b, reference));

    pool = new ExtractPool(new OutletTemplates(), { minBatch: 20 });
    // All batches handed over at once: they must still come back in order, each after the one before.
    const got = await Promise.all(bs.map((b, i) => pool!.extract(b, { snapshot: i === bs.length - 1 })));
    expect(pool.threaded).toBe(true);
    for (const [i, g] of got.entries()) {
      expect(g.articles).toEqual(expected[i]!.articles);
      expect(g.failed).toEqual(expected[i]!.failed);
    }
    expect(got.at(-1)!.templates).toEqual(reference.toJSON());
    expect(got.flatMap((g) => g.articles.flatMap((a) => a.removed)).some((r) => r.reason === "template")).toBe(
      expected.flatMap((e) => e.articles.flatMap((a) => a.removed)).some((r) => r.reason === "template"),
    );
  });

  it("starts no thread for small batches, and hands what it learnt inline to the worker later", async () => {
    const bs = await batches(10);
    const reference = new OutletTemplates();
    const expected = bs.map((b) => extractBatch(b, reference));
    pool = new ExtractPool(new OutletTemplates(), { minBatch: 11 });
    const first = await pool.extract(bs[0]!);
    expect(pool.threaded).toBe(false);
    expect(first.articles).toEqual(expected[0]!.articles);
    const merged = bs.slice(1, 3).flat();
    const second = await pool.extract(merged, { snapshot: true });
    expect(pool.threaded).toBe(true);
    const check = new OutletTemplates();
    extractBatch(bs[0]!, check);
    expect(second.articles).toEqual(extractBatch(merged, check).articles);
    expect(second.templates).toEqual(check.toJSON());
  });

  it("annotates with the worker what annotateArticle gives on this thread", async () => {
    const [first] = await batches(30);
    pool = new ExtractPool(new OutletTemplates(), { minBatch: 1, annotate: true });
    const got = await pool.extract(first!);
    expect(pool.threaded).toBe(true);
    // Both threads annotate the batch, each article once; together they give what one thread gives.
    const annotated = await got.annotate!();
    expect(annotated).toHaveLength(got.articles.length);
    expect(annotated).toEqual(got.articles.map(annotateArticle));
    expect(annotated.some((a) => a.quotes.length > 0 && a.entities.length > 0)).toBe(true);
  });

  it("annotates articles already extracted on both threads, as annotateArticle does", async () => {
    const [first] = await batches(30);
    const articles = extractBatch(first!, new OutletTemplates()).articles;
    pool = new ExtractPool(new OutletTemplates(), { minBatch: 1 });
    const annotated = await pool.annotateArticles(articles);
    expect(pool.threaded).toBe(true);
    expect(annotated).toEqual(articles.map(annotateArticle));
    expect(annotated.some((a) => a.quotes.length > 0 && a.entities.length > 0)).toBe(true);
    // Without a worker, on this thread alone.
    const inline = new ExtractPool(new OutletTemplates(), { worker: false });
    expect(await inline.annotateArticles(articles)).toEqual(annotated);
    await inline.close();
  });

  it("goes on inline from the last snapshot when the worker dies", async () => {
    const bs = await batches(20);
    pool = new ExtractPool(new OutletTemplates(), { minBatch: 1 });
    const a = await pool.extract(bs[0]!, { snapshot: true });
    // Kill the worker from outside, as a crash would.
    await (pool as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const b = await pool.extract(bs[1]!);
    expect(pool.threaded).toBe(false);
    const check = OutletTemplates.fromJSON(a.templates);
    expect(b.articles).toEqual(extractBatch(bs[1]!, check).articles);
  });
});
