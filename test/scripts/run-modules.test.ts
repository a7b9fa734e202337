import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { runModules } from "../../scripts/run-modules.js";

describe("runModules", () => {
  it("runs every module exporting run(), skips helpers when running all, and refuses a named helper", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "marsad-run-modules-"));
    writeFileSync(
      path.join(dir, "alpha.ts"),
      "export async function run() { (globalThis as any).__ran.push('alpha'); }\n",
    );
    writeFileSync(path.join(dir, "helper.ts"), "export function pearson() { return 0; }\n");
    writeFileSync(path.join(dir, "_shared.ts"), "export const x = 1;\n");
    const ran: string[] = [];
    (globalThis as { __ran?: string[] }).__ran = ran;
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const url = pathToFileURL(`${dir}/`);
      await runModules(url, "eval", []);
      expect(ran).toEqual(["alpha"]);
      await expect(runModules(url, "eval", ["helper"])).rejects.toThrow(/helper\.ts exports no run\(\)/);
      await expect(runModules(url, "eval", ["missing"])).rejects.toThrow(/no module named missing/);
    } finally {
      write.mockRestore();
    }
  });
});
