/**
 * Starting a worker thread from this package, whether it runs compiled (dist/, the
 * CLI) or from TypeScript sources through tsx (tests, `npx tsx` scripts).
 */

import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * A worker running the module `name` (without extension) next to the module at `here`
 * (pass `import.meta.url`): the compiled `.js` file, or the `.ts` source through tsx.
 */
export function spawnWorker(here: string, name: string): Worker {
  if (!here.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, here));
  const source = new URL(`./${name}.ts`, here).href;
  const tsxApi = tsxEsmApi(here);
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(source)}); })`;
  return new Worker(code, { eval: true });
}

/** URL of tsx's ESM API (its `register()` makes a worker load TypeScript). */
function tsxEsmApi(from: string): string {
  try {
    return import.meta.resolve("tsx/esm/api");
  } catch {
    // Under a runner without import.meta.resolve: the file the package's "import" export names.
    const pkg = createRequire(from).resolve("tsx/package.json");
    return pathToFileURL(path.join(path.dirname(pkg), "dist/esm/api/index.mjs")).href;
  }
}
