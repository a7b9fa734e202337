import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../src/cli/bin.ts", import.meta.url));
/** tsx resolved from the repo, so that the CLI also runs from another working directory. */
const TSX = import.meta.resolve("tsx");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `marsad ARGS` from the TypeScript sources, as a user would from a shell. */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, ["--import", TSX, BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? "",
    encoding: "utf8",
    env: cliEnv(options.env),
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr } satisfies CliResult;
}

/** Starts `marsad ARGS` in the background (for interruption tests). */
export function startCli(args: string[], cwd = REPO) {
  return spawn(process.execPath, ["--import", TSX, BIN, ...args], {
    cwd,
    env: cliEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The test's environment, without a MARSAD_DB of the user's, without colours. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...extra };
  if (!("MARSAD_DB" in extra)) delete env.MARSAD_DB;
  return env;
}
