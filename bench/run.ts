/**
 * `npm run bench`: every benchmark (each bench/*.ts exports `run()` and prints speed and
 * memory with a peer measured in the same run). `npm run bench -- NAME…` runs only those.
 */
import { runModules } from "../scripts/run-modules.js";

await runModules(new URL(".", import.meta.url), "bench", process.argv.slice(2));
