import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { runCli, startCli } from "./run-cli.js";

/** Deterministic pseudo-random Arabic articles (generated, not real). */
function syntheticArticles(n: number, seed: number): string[] {
  const words =
    "الحكومة الوزير المدينة المحطة المياه الكهرباء المجلس البرلمان الميناء السفينة الطريق الجسر المدرسة الجامعة الطلاب المستشفى الأطباء السوق الأسعار القمح النفط الغاز الموازنة المشروع الشركة العمال المزارعون الأمطار الفيضان الملعب المنتخب المباراة المهرجان الكتاب المعرض الزوار الشرطة المحكمة القرار الاتفاق الوفد القمة العاصمة الحدود".split(
      " ",
    );
  let s = seed;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const sentence = () => Array.from({ length: 14 }, () => words[rnd() % words.length]).join(" ");
    out.push(
      JSON.stringify({
        title: `خبر رقم ${seed}-${i} ${sentence().slice(0, 30)}`,
        text: [sentence(), sentence(), sentence()].join(". "),
        source: `outlet${i % 5}`,
        url: `https://outlet${i % 5}.example/${seed}/${i}`,
      }),
    );
  }
  return out;
}

/** Starts an ingest, waits until at least `atLeast` articles are committed, then kills it hard. */
async function killMidway(args: string[], db: string, atLeast: number): Promise<number> {
  const child = startCli(args);
  // Listened for from the start: a child that finished before the kill has already exited.
  const exited = new Promise((r) => child.once("exit", r));
  let stored = 0;
  for (let i = 0; i < 4800 && stored < atLeast; i++) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const store = await openStore(db);
      stored = (await store.count()).articles;
      await store.close();
    } catch {
      // the store may not exist yet
    }
  }
  child.kill("SIGKILL");
  await exited;
  return stored;
}

/** The resume test's input: files of synthetic articles. */
const FILES = 3;
const PER_FILE = 8000;

describe("interrupted ingest", () => {
  it("resumes after kill -9 without loss or duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-resume-"));
    // Enough articles that the kill lands mid-way at text-path speed (thousands per second); on a fast machine
    // 9,000 could all be stored between two looks at the store.
    for (let f = 0; f < FILES; f++)
      writeFileSync(join(dir, `part${f}.jsonl`), `${syntheticArticles(PER_FILE, f + 1).join("\n")}\n`);
    const db = join(dir, "resume.db");
    // Batches of 250 go to the extraction thread (from 200 documents).
    const args = ["ingest", "--db", db, "--batch", "250", "--no-progress", "--no-analysis", dir];
    const stored = await killMidway(args, db, 300);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(FILES * PER_FILE);

    const resumed = runCli([...args, "--json"]);
    expect(resumed.code, resumed.stderr + resumed.stdout).toBe(0);
    const store = await openStore(db);
    expect((await store.count()).articles).toBe(FILES * PER_FILE);
    await store.close();
    const again = JSON.parse(runCli([...args, "--json"]).stdout);
    expect(again.new).toBe(0);
  }, 300_000);

  it("analyses, after a kill, the articles stored but not yet analysed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-resume-analysis-"));
    for (let f = 0; f < 2; f++)
      writeFileSync(join(dir, `part${f}.jsonl`), `${syntheticArticles(120, f + 7).join("\n")}\n`);
    const db = join(dir, "resume.db");
    const args = ["ingest", "--db", db, "--batch", "20", "--no-progress", dir];
    await killMidway(args, db, 20);
    const resumed = runCli([...args, "--json"]);
    expect(resumed.code, resumed.stderr + resumed.stdout).toBe(0);
    const store = await openStore(db);
    expect((await store.count()).articles).toBe(240);
    let missing = 0;
    for await (const a of store.articles()) if (!(await store.getAnnotations(a.id))) missing++;
    await store.close();
    expect(missing).toBe(0);
  }, 300_000);
});
