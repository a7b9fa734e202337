/** The `marsad` executable: runs the CLI and sets the exit code. */
import { main } from "./main.js";

// A reader that stops early (`marsad quotes | head`) closes the pipe: stop quietly, as Unix tools do,
// instead of an unhandled 'error' event with a stack trace. Nothing is lost: a command writes to
// standard output only after its store work is committed.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`marsad: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
