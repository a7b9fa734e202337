import cliProgress from "cli-progress";
import type { IngestProgress } from "../pipeline.js";
import type { ReanalysisProgress } from "../reanalysis.js";

export interface ProgressReporter<P = IngestProgress> {
  update: (p: P) => void;
  stop: () => void;
}

/** A progress bar on standard error over files, with the document count; silent when not a terminal. */
export function progressReporter(enabled: boolean): ProgressReporter {
  return terminalBar(
    enabled,
    "ingest [{bar}] {value}/{total} files · {documents} documents · {eta_formatted} left",
    (p) => ({
      value: p.filesDone,
      total: p.filesTotal,
      payload: { documents: p.documents },
    }),
  );
}

/** A progress bar on standard error over the articles `marsad reanalyze` analyses; silent when not a terminal. */
export function reanalysisReporter(enabled: boolean): ProgressReporter<ReanalysisProgress> {
  return terminalBar(enabled, "reanalyze [{bar}] {value}/{total} articles · {eta_formatted} left", (p) => ({
    value: p.done,
    total: p.total,
    payload: {},
  }));
}

/** A bar started on the first update, with `format`'s tokens read from each progress report by `read`. */
function terminalBar<P>(
  enabled: boolean,
  format: string,
  read: (p: P) => { value: number; total: number; payload: Record<string, unknown> },
): ProgressReporter<P> {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      const { value, total, payload } = read(p);
      if (!started) {
        bar.start(total, value, payload);
        started = true;
      }
      bar.update(value, payload);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
