import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { toAnalysis } from "../analyze.js";
import { readArticles } from "../pipeline.js";
import type { ReadOptions } from "../read/index.js";
import { annotateText, runStages } from "../stages.js";
import { withoutPrefix } from "./print.js";

/** `marsad analyze --json`: prints the analysis; failures go to stderr. Returns how many inputs failed. */
export async function runAnalyze(paths: string[], read: ReadOptions): Promise<number> {
  const { articles, failed } = await readArticles(paths, { read });
  for (const f of failed)
    process.stderr.write(`marsad: ${f.source}: ${withoutPrefix(f.message, f.source)} (${f.code})\n`);
  const analysis = toAnalysis(articles, runStages(articles));
  process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  return failed.length;
}

/** One input line of `marsad annotate --jsonl`. */
export const AnnotateInput = z
  .object({
    id: z.string().min(1),
    text: z.string(),
    title: z.string().optional(),
    publishedAt: z.string().optional(),
    outlet: z.string().optional(),
  })
  .loose();

/** `marsad annotate --jsonl`: each input line back with its annotations; a bad line is reported and skipped. */
export async function runAnnotate(input: Readable, output: Writable): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      failed++;
      process.stderr.write(`marsad: stdin:${lineNo}: not JSON: ${(e as Error).message} (ERR_READ_JSON)\n`);
      continue;
    }
    const parsed = AnnotateInput.safeParse(json);
    if (!parsed.success) {
      failed++;
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "(record)";
      process.stderr.write(`marsad: stdin:${lineNo}: field ${field}: ${issue?.message} (ERR_READ_FIELD)\n`);
      continue;
    }
    const rec = parsed.data;
    const annotations = annotateText(rec.text, {
      ...(rec.title !== undefined ? { title: rec.title } : {}),
      ...(rec.publishedAt !== undefined ? { publishedAt: rec.publishedAt } : {}),
    });
    output.write(`${JSON.stringify({ ...rec, ...annotations })}\n`);
  }
  return failed;
}
