/**
 * Runs every module of a folder that exports `run()` (eval/ and bench/), one after
 * another, or only those named on the command line. Modules without `run()` are the
 * folder's shared helpers (eval/csv.ts, eval/stats.ts): skipped when running all, an
 * error when named.
 */

import { readdirSync } from "node:fs";

export async function runModules(dir: URL, label: string, wanted: string[]): Promise<void> {
  const modules = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_") && !f.endsWith(".test.ts"))
    .map((f) => f.replace(/\.ts$/, ""))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();
  if (wanted.length > 0 && modules.length < wanted.length) {
    throw new Error(
      `${label}: no module named ${wanted.filter((w) => !modules.includes(w)).join(", ")} in ${dir.pathname}`,
    );
  }
  for (const name of modules) {
    const mod = (await import(new URL(`${name}.ts`, dir).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== "function") {
      if (wanted.length === 0) continue;
      throw new Error(`${label}/${name}.ts exports no run(): it is a helper of the others, not a ${label}`);
    }
    process.stdout.write(`\n=== ${label}: ${name} ===\n`);
    const started = performance.now();
    await mod.run();
    process.stdout.write(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}
