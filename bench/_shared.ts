/** Where the shared evaluation data lives (../shared/data beside the repo, or MARSAD_SHARED). */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const SHARED = process.env.MARSAD_SHARED ?? resolve(REPO_ROOT, "../shared/data");

/** The shared data path, or null (and a message) when it is absent. */
export function sharedPath(rel: string, label: string): string | null {
  const p = resolve(SHARED, rel);
  if (!existsSync(p)) {
    process.stdout.write(`${label}: skipped (${p} is absent)\n`);
    return null;
  }
  return p;
}

/** Peak resident memory in MiB so far (the process's high-water mark). */
export const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};
