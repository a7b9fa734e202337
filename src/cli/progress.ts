import cliProgress from "cli-progress";
import type { IngestProgress } from "../pipeline.js";
import type { ReanalysisProgress } from "../reanalysis.js";

export interface ProgressReporter {
  update: (p: IngestProgress) => void;
  stop: () => void;
}

/** A progress bar on standard error over files, with the document count; silent when not a terminal. */
export function progressReporter(enabled: boolean): ProgressReporter {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "ingest [{bar}] {value}/{total} files · {documents} documents · {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.filesTotal, p.filesDone, { documents: p.documents });
        started = true;
      }
      bar.update(p.filesDone, { documents: p.documents });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** A progress bar on standard error over the articles `marsad reanalyze` analyses; silent when not a terminal. */
export function reanalysisReporter(enabled: boolean): { update: (p: ReanalysisProgress) => void; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "reanalyze [{bar}] {value}/{total} articles · {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.total, p.done);
        started = true;
      }
      bar.update(p.done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
