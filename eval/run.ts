/**
 * `npm run eval`: every quality evaluation (each eval/*.ts exports `run()` and prints
 * its metric against the gold data in ../shared/data, or says it skipped when that is
 * absent). `npm run eval -- NAME…` runs only those.
 */
import { runModules } from "../scripts/run-modules.js";

await runModules(new URL(".", import.meta.url), "eval", process.argv.slice(2));
