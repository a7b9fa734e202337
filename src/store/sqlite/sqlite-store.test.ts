import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MarsadError } from "../../errors.js";
import { storeContract, testArticle } from "../contract.js";
import { MIGRATIONS, type Migration, migrate, SCHEMA_VERSION } from "./migrations.js";
import { openStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempPath = () => join(dir, `store-${++n}.db`);

storeContract("sqlite :memory:", () => openStore(":memory:"));
storeContract("sqlite file", () => openStore(tempPath()));

describe("SQLite store", () => {
  it("uses WAL and foreign keys, and records its migrations", async () => {
    const path = tempPath();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const versions = db.prepare("SELECT version FROM schema_version ORDER BY version").all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    db.close();
    const s = openStore(path);
    // Foreign keys are enforced: annotations need their article.
    await expect(
      s.putAnnotations("nope00000000", { entities: [], quotes: [], numbers: [], dates: [] }),
    ).rejects.toThrow(MarsadError);
    await s.close();
  });

  it("keeps everything across a reopen", async () => {
    const path = tempPath();
    const a = testArticle("keep00000001", "قالت الوزارة إن المشروع اكتمل.", { url: "https://example.test/k" });
    const a2 = testArticle("keep00000002", "قالت الوزارة إن المشروع تأخر.", { url: "https://example.test/k" });
    let s = openStore(path);
    await s.putArticles([a]);
    await s.putArticles([a2]);
    await s.putAnnotations(a2.id, { entities: [], quotes: [], numbers: [], dates: [] });
    await s.setState("clusterer", { stories: 3 });
    await s.markSourceDone("in.jsonl", "1:1");
    await s.putEntities([{ id: "e1", name: "الوزارة", type: "ORG", aliases: ["وزارة الصحة"] }]);
    await s.close();
    await expect(s.count()).rejects.toThrow(/closed/);
    s = openStore(path);
    expect(await s.count()).toEqual({ articles: 1, outlets: 1 });
    expect((await s.search("المشروع")).map((h) => h.id)).toEqual([a2.id]);
    expect((await s.getArticle(a.id))?.supersededBy).toBe(a2.id);
    expect(await s.getAnnotations(a2.id)).toBeDefined();
    expect(await s.getState("clusterer")).toEqual({ stories: 3 });
    expect(await s.sourceDone("in.jsonl", "1:1")).toBe(true);
    expect((await s.entities({ name: "وزارة الصحه" })).map((e) => e.id)).toEqual(["e1"]);
    expect(await s.putArticles([a, a2])).toEqual([
      { kind: "unchanged", id: a.id },
      { kind: "unchanged", id: a2.id },
    ]);
    await s.close();
  });

  it("opens read-only without writing", async () => {
    const path = tempPath();
    const w = openStore(path);
    await w.putArticles([testArticle("ro0000000001", "نص للقراءة فقط.")]);
    await w.close();
    const r = openStore(path, { readonly: true });
    expect((await r.search("للقراءة")).length).toBe(1);
    await expect(r.putArticles([testArticle("ro0000000002", "نص")])).rejects.toThrow(/ERR_STORE/);
    await r.close();
  });

  it("wraps open failures in ERR_STORE with the path", () => {
    expect(() => openStore(join(dir, "no", "such", "dir", "x.db"))).toThrow(/no\/such\/dir.*ERR_STORE/);
    const garbage = tempPath();
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    expect(() => openStore(garbage)).toThrow(/store-\d+\.db: .*not a database.*ERR_STORE/);
  });

  it("re-indexes grouped numbers of a store indexed before they were one term (migration 6)", async () => {
    const path = tempPath();
    const a = testArticle("num000000001", "وصلت 1,200 حاوية إلى الميناء أمس.");
    let s = openStore(path);
    await s.putArticles([a]);
    await s.close();
    // The store as migration 5 left it: the number split into two terms, and no migration 6 recorded.
    const db = new Database(path);
    const { rowid } = db.prepare("SELECT rowid FROM articles WHERE id = ?").get(a.id) as { rowid: number };
    db.prepare("DELETE FROM fts WHERE rowid = ?").run(rowid);
    db.prepare("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)").run(rowid, "", "وصل 1 200 حاوي ميناء امس");
    db.prepare("DELETE FROM schema_version WHERE version = 6").run();
    db.close();
    s = openStore(path);
    expect((await s.search("1200")).map((h) => h.id)).toEqual([a.id]);
    expect((await s.search("١٢٠٠")).map((h) => h.id)).toEqual([a.id]);
    expect((await s.search("حاوية")).map((h) => h.id)).toEqual([a.id]);
    await s.close();
  });

  it("rolls back a failed migration and names it", () => {
    const db = new Database(":memory:");
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: "a broken one",
        up: (d) => {
          d.exec("CREATE TABLE half_done (x)");
          d.exec("THIS IS NOT SQL");
        },
      },
    ];
    let err: unknown;
    try {
      migrate(db, broken, "test.db");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MarsadError);
    expect((err as MarsadError).code).toBe("ERR_STORE_MIGRATION");
    expect((err as MarsadError).message).toContain(`migration ${MIGRATIONS.length + 1} "a broken one" failed`);
    expect((err as MarsadError).message).toContain(`stays at schema version ${MIGRATIONS.length}`);
    // The earlier migrations are applied; the broken one left nothing behind.
    expect(db.prepare("SELECT max(version) AS v FROM schema_version").get()).toEqual({ v: MIGRATIONS.length });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    // Applying again is a no-op; a store newer than the code is refused.
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.prepare("INSERT INTO schema_version VALUES (99, 'future', '')").run();
    expect(() => migrate(db, MIGRATIONS, "test.db")).toThrow(/schema version 99/);
    db.close();
  });

  it("survives a kill -9 mid-ingest and resumes without loss or duplication", async () => {
    const path = tempPath();
    const script = fileURLToPath(new URL("../../../test/fixtures/store/ingest-child.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
    const FILES = 6;
    const PER_FILE = 300;
    const BATCH = 100;
    const run = (killAfter: number | null) =>
      new Promise<{ committed: number; code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
        const child = spawn(tsx, [script, path, String(FILES), String(PER_FILE), String(BATCH)], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        let committed = 0;
        let err = "";
        let buffer = "";
        child.stdout.on("data", (chunk: Buffer) => {
          buffer += chunk.toString();
          const lines = buffer.split("\n");
          buffer = lines.pop() ?? "";
          for (const line of lines) {
            if (!line.startsWith("committed ")) continue;
            committed = Number(line.slice(10));
            if (killAfter !== null && committed >= killAfter) child.kill("SIGKILL");
          }
        });
        child.stderr.on("data", (c: Buffer) => {
          err += c.toString();
        });
        child.on("error", reject);
        child.on("exit", (code, signal) => {
          if (code !== 0 && signal === null) reject(new Error(`child failed (${code}): ${err}`));
          else resolve({ committed, code, signal });
        });
      });

    const first = await run(7);
    expect(first.signal).toBe("SIGKILL");

    // The reopened file is consistent: whole batches only, index intact, done files complete.
    const db = new Database(path);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.exec("INSERT INTO fts (fts) VALUES ('integrity-check')");
    const stored = (db.prepare("SELECT count(*) AS c FROM articles").get() as { c: number }).c;
    expect(stored % BATCH).toBe(0);
    expect(stored).toBeGreaterThanOrEqual(first.committed);
    const done = db.prepare("SELECT source FROM sources").all() as { source: string }[];
    for (const { source } of done) {
      const c = db.prepare("SELECT count(*) AS c FROM articles WHERE json_extract(doc, '$.path') = ?").get(source) as {
        c: number;
      };
      expect(c.c).toBe(PER_FILE);
    }
    db.close();

    const second = await run(null);
    expect(second.code).toBe(0);
    const s = openStore(path);
    expect(await s.count()).toEqual({ articles: FILES * PER_FILE, outlets: FILES });
    for (let f = 0; f < FILES; f++) expect(await s.sourceDone(`file-${f}.jsonl`, "fp")).toBe(true);
    expect(await s.search("الموسم", { limit: 1000 })).toHaveLength(Math.min(1000, FILES * PER_FILE));
    const ids = new Set<string>();
    for await (const a of s.articles()) ids.add(a.id);
    expect(ids.size).toBe(FILES * PER_FILE);
    await s.close();
  }, 120_000);
});
