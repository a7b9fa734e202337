/**
 * Analysing the stored articles again: after an ingest with `--no-analysis`, or after an upgrade of Marsad
 * whose annotators, linker or clusterer give other results than the ones that analysed the store. Every
 * result of the analysis is dropped and rebuilt from the stored articles, in publication order (undated
 * last), as one ingest of them would build it; the articles themselves are not touched.
 *
 * A rebuild can be interrupted: a state item says it is under way, and the next `reanalyze` goes on with the
 * articles not yet analysed (those it analysed are all earlier in time than those left), or starts again when
 * the run was killed inside a batch (its annotations may be committed and the stages' state not). An ingest
 * that would analyse refuses to run on a store in that state, since it would place new articles among half
 * the old.
 */

import { MarsadError } from "./errors.js";
import { OutletTemplates } from "./extract/index.js";
import {
  ANALYSIS_VERSION,
  ANALYSIS_VERSION_STATE,
  type AnalysisStamp,
  byPublication,
  CLUSTER_STATE,
  ENTITY_STATE,
  IncrementalAnalysis,
  LINK_STATE,
} from "./incremental.js";
import type { Article } from "./model/types.js";
import type { AnnotatedText } from "./stages.js";
import type { Store } from "./store/store.js";
import { ExtractPool } from "./workers/extract-pool.js";

/** State that marks a rebuild under way (`RebuildMark`), or null when none is. */
export const REBUILD_STATE = "analysis.rebuild";
/** Articles analysed per transaction, as in an ingest. */
export const REANALYSIS_BATCH = 500;

/** A rebuild under way. A run that finds `phase` "clearing" clears again: the clearing may not have committed. */
export interface RebuildMark {
  phase: "clearing" | "analysing";
  startedAt: string;
  /** Articles analysed by the batches that finished (their annotations, links, stories and state committed). */
  done?: number;
}

export interface ReanalysisProgress {
  done: number;
  total: number;
}

export interface ReanalysisOptions {
  /** Articles per transaction (default `REANALYSIS_BATCH`). */
  batchSize?: number;
  onProgress?: (p: ReanalysisProgress) => void;
  /** Checked after each batch: true stops with what is committed (`interrupted`). */
  shouldStop?: () => boolean;
  /** Annotate on a worker thread too (default true; false: one thread). */
  threads?: boolean;
}

export interface ReanalysisSummary {
  /** Articles analysed by this run (every stored version, superseded ones too). */
  analysed: number;
  /** Articles that an interrupted run had analysed already (0 for a new rebuild). */
  resumedAfter: number;
  links: number;
  storiesOpened: number;
  /** Stopped by `shouldStop`: run again to go on. */
  interrupted: boolean;
}

/** What a store's analysis is, for a notice before the user reads it. */
export interface AnalysisStatus {
  /** Current articles without annotations. */
  unanalysed: number;
  /** A rebuild was started and has not finished. */
  rebuilding: boolean;
  /**
   * The analysis version that built the store: `ANALYSIS_VERSION` when current, "earlier" for a store analysed
   * before versions were recorded, undefined when nothing was analysed yet.
   */
  version?: string;
}

/**
 * Drops the store's analysis and rebuilds it from its articles (or goes on with an interrupted rebuild).
 *
 * @example
 * const summary = await reanalyze(store, { onProgress: ({ done, total }) => log(`${done}/${total}`) });
 * summary.analysed; // every stored article, annotated, linked and placed in a story again
 */
export async function reanalyze(store: Store, options: ReanalysisOptions = {}): Promise<ReanalysisSummary> {
  const batchSize = options.batchSize ?? REANALYSIS_BATCH;
  const mark = await store.getState<RebuildMark | null>(REBUILD_STATE);
  const startedAt = mark?.startedAt ?? new Date().toISOString();
  // Going on is safe only when every analysed article belongs to a batch that finished. Each batch commits its
  // analysis with the mark in one transaction; a store whose count disagrees (a rebuild by an earlier Marsad,
  // which committed them apart, killed inside a batch) starts again.
  const resumedAfter = mark?.phase === "analysing" ? await countAnalysed(store) : 0;
  const resuming = mark?.phase === "analysing" && resumedAfter === (mark.done ?? 0);
  if (!resuming) {
    // Marked before clearing: a run killed in between clears again.
    await store.setState(REBUILD_STATE, { phase: "clearing", startedAt } satisfies RebuildMark);
    await store.clearAnalysis([ENTITY_STATE, LINK_STATE, CLUSTER_STATE, ANALYSIS_VERSION_STATE]);
  }
  const order = await articlesToAnalyse(store);
  const total = (resuming ? resumedAfter : 0) + order.length;
  const progressMark = (done: number) => ({
    key: REBUILD_STATE,
    value: { phase: "analysing", startedAt, done } satisfies RebuildMark,
  });
  if (!resuming) await store.setState(REBUILD_STATE, progressMark(0).value);
  options.onProgress?.({ done: resuming ? resumedAfter : 0, total });
  const analysis = await IncrementalAnalysis.open(store);
  const summary: ReanalysisSummary = {
    analysed: 0,
    resumedAfter: resuming ? resumedAfter : 0,
    links: 0,
    storiesOpened: 0,
    interrupted: false,
  };
  // The annotation of each article (most of the time) is shared with a worker thread.
  const pool = new ExtractPool(new OutletTemplates(), { worker: options.threads !== false });
  try {
    for (let i = 0; i < order.length; i += batchSize) {
      if (options.shouldStop?.()) {
        summary.interrupted = true;
        return summary;
      }
      const ids = order.slice(i, i + batchSize);
      const byId = new Map<string, Article>();
      for await (const a of store.articles({ ids })) byId.set(a.id, withoutAnnotations(a));
      const batch = ids.flatMap((id) => byId.get(id) ?? []);
      const annotated = await pool.annotateArticles(batch);
      // The mark commits with the batch's analysis: it always counts the articles of the batches that finished.
      const finished = summary.resumedAfter + summary.analysed + batch.length;
      const before = new Map(batch.map((a, k) => [a.id, annotated[k] as AnnotatedText]));
      const done = await analysis.process(batch, before, [progressMark(finished)]);
      summary.analysed += batch.length;
      summary.links += done.links;
      summary.storiesOpened += done.storiesOpened;
      options.onProgress?.({ done: finished, total });
    }
  } finally {
    await pool.close();
  }
  await store.setState(ANALYSIS_VERSION_STATE, { version: ANALYSIS_VERSION } satisfies AnalysisStamp);
  await store.setState(REBUILD_STATE, null);
  return summary;
}

/**
 * Whether the store's analysis is complete and current.
 *
 * @example
 * (await analysisStatus(store)).unanalysed; // 44 after an ingest with --no-analysis
 */
export async function analysisStatus(store: Store): Promise<AnalysisStatus> {
  const stamp = await store.getState<AnalysisStamp | null>(ANALYSIS_VERSION_STATE);
  const analysed =
    (await store.getState(ENTITY_STATE)) !== undefined || (await store.getState(CLUSTER_STATE)) !== undefined;
  const status: AnalysisStatus = {
    unanalysed: await store.unanalysed(),
    rebuilding: Boolean(await store.getState<RebuildMark | null>(REBUILD_STATE)),
  };
  if (stamp) status.version = stamp.version;
  else if (analysed) status.version = "earlier";
  return status;
}

/** Throws when a rebuild is under way: an ingest that analyses must wait until `reanalyze` has finished. */
export async function assertNotRebuilding(store: Store, where: string): Promise<void> {
  const mark = await store.getState<RebuildMark | null>(REBUILD_STATE);
  if (mark) {
    throw new MarsadError(
      "ERR_STORE",
      `the store's analysis is being rebuilt (started ${mark.startedAt} and not finished): run marsad reanalyze to finish it before ingesting with analysis, or ingest with --no-analysis`,
      where,
    );
  }
}

/**
 * Ids of every stored article (all versions) without annotations, in publication order, undated last; those
 * published at one time in the order they were stored, as an ingest orders its batch.
 */
async function articlesToAnalyse(store: Store): Promise<string[]> {
  const found: Pick<Article, "id" | "publishedAt">[] = [];
  for await (const a of store.articles({ includeSuperseded: true, analysed: false, order: "stored" })) {
    found.push(a.publishedAt ? { id: a.id, publishedAt: a.publishedAt } : { id: a.id });
  }
  return found.sort(byPublication).map((a) => a.id);
}

/** Stored articles (all versions) with annotations. */
async function countAnalysed(store: Store): Promise<number> {
  let n = 0;
  for await (const _ of store.articles({ includeSuperseded: true, analysed: true, order: "stored" })) n++;
  return n;
}

/** The article as extracted: annotations stored with it are the analysis' to make again. */
function withoutAnnotations(a: Article): Article {
  const { annotations: _, ...article } = a;
  return article;
}
