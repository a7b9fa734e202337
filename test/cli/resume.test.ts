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

describe("interrupted ingest", () => {
  it("resumes after kill -9 without loss or duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-resume-"));
    for (let f = 0; f < 6; f++)
      writeFileSync(join(dir, `part${f}.jsonl`), `${syntheticArticles(1500, f + 1).join("\n")}\n`);
    const db = join(dir, "resume.db");
    const child = startCli(["ingest", "--db", db, "--batch", "100", "--no-progress", dir]);
    // Wait until some batches are committed, then kill hard.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 1000; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const store = await openStore(db);
        stored = (await store.count()).articles;
        await store.close();
      } catch {
        // the store may not exist yet
      }
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(stored).toBeGreaterThan(0);

    const resumed = runCli(["ingest", "--db", db, "--json", "--no-progress", dir]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const store = await openStore(db);
    const { articles } = await store.count();
    await store.close();
    expect(articles).toBe(9000);
    const again = JSON.parse(runCli(["ingest", "--db", db, "--json", dir]).stdout);
    expect(again.new).toBe(0);
  }, 240_000);
});
