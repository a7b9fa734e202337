import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MarsadError } from "../errors.js";
import { expandInputs, readInputs } from "./index.js";
import { collect, FIXTURES, tempDir } from "./testkit.js";

function tree(): string {
  const dir = tempDir();
  for (const f of [
    "b.txt",
    "a.html",
    "sub/z.jsonl",
    "sub/deeper/y.json.gz",
    ".hidden/x.txt",
    ".DS_Store",
    "sub/B.txt",
  ]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), "نص");
  }
  return dir;
}

describe("expandInputs", () => {
  it("lists a folder recursively in code-unit order, skipping hidden entries", async () => {
    const dir = tree();
    expect(await expandInputs([dir])).toEqual(
      ["a.html", "b.txt", "sub/B.txt", "sub/deeper/y.json.gz", "sub/z.jsonl"].map((f) => `${dir}/${f}`),
    );
    expect(await expandInputs([`${dir}/`], { recursive: false })).toEqual([`${dir}/a.html`, `${dir}/b.txt`]);
  });

  it("expands globs (sorted), keeps plain paths and '-', and drops duplicates", async () => {
    const dir = tree();
    expect(await expandInputs([`${dir}/**/*.json*`, "-", `${dir}/sub/z.jsonl`, `${dir}/b.txt`])).toEqual([
      `${dir}/sub/deeper/y.json.gz`,
      `${dir}/sub/z.jsonl`,
      "-",
      `${dir}/b.txt`,
    ]);
  });

  it("throws ERR_READ_NOT_FOUND for a missing path, a glob matching nothing, an empty folder", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "empty"));
    for (const input of [path.join(dir, "nope.txt"), `${dir}/*.warc`, path.join(dir, "empty")]) {
      const err = await expandInputs([input]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MarsadError);
      expect((err as MarsadError).code).toBe("ERR_READ_NOT_FOUND");
      expect((err as MarsadError).where).toBe(input);
    }
  });

  it("keeps a relative folder's style in the file paths, and readInputs uses them as path", async () => {
    const rel = path.relative(process.cwd(), path.join(FIXTURES, "site-a"));
    const files = await expandInputs([rel]);
    expect(files).toEqual([`${rel}/nested/page.html`, `${rel}/scraped.txt`]);
    const items = await collect(readInputs([rel]));
    expect(items.map((i) => (i.kind === "document" ? i.doc.path : i.code))).toEqual(files);
  });
});

describe("options", () => {
  it("rejects unknown keys and bad values with ERR_OPTIONS", async () => {
    const err = await expandInputs(["-"], { recursiv: false } as never).catch((e: unknown) => e);
    expect((err as MarsadError).code).toBe("ERR_OPTIONS");
    const err2 = await collect(readInputs(["-"], { fields: { text: "" } })).catch((e: unknown) => e);
    expect((err2 as MarsadError).code).toBe("ERR_OPTIONS");
    expect(String(err2)).toMatch(/fields\.text/);
  });
});
