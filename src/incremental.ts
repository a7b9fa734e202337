/**
 * The stateful stages during ingest: each new article is annotated, its entities
 * join the store's id space, it is linked to earlier articles and placed in a story.
 * The state of the entity resolver, the linker and the clusterer lives in the store
 * (`getState`/`setState`), so an ingest can stop and resume, and the next ingest
 * continues where this one left off.
 */

import { EntityResolver } from "./annotate/entities/index.js";
import { StoryClusterer } from "./cluster/index.js";
import { Linker, type LinkerEntryJson } from "./link/index.js";
import type { Article, Entity, Reuse } from "./model/types.js";
import { type AnnotatedText, annotateArticle, resolveAcross } from "./stages.js";
import type { StateItemsChange, Store } from "./store/store.js";

export const ENTITY_STATE = "annotate.entities";
export const LINK_STATE = "link.linker";
export const CLUSTER_STATE = "cluster.clusterer";
/** State that says which analysis version built the store's analysis (`AnalysisStamp`). */
export const ANALYSIS_VERSION_STATE = "analysis.version";
/**
 * The version of what the analysis derives from an article (annotations, links, stories): changed whenever
 * a change to the annotators, the linker or the clusterer gives a stored article other results, so that a
 * store built before says so (`analysisStatus` in reanalysis.ts) and `marsad reanalyze` brings it up to date.
 * The day of the change; a second change released on one day adds «.2» (and so on).
 */
export const ANALYSIS_VERSION = "2026-12-08.2";

/** Which analysis version built a store's analysis. */
export interface AnalysisStamp {
  version: string;
}

export interface BatchAnalysis {
  annotated: number;
  links: number;
  storiesOpened: number;
  storiesJoined: number;
}

/** The annotate → link → cluster stages over a store, batch by batch. */
export class IncrementalAnalysis {
  private constructor(
    private readonly store: Store,
    private readonly resolver: EntityResolver,
    private readonly linker: Linker,
    private readonly clusterer: StoryClusterer,
    /** True when the linker's state was stored whole (before keyed items): the next save rewrites it as items. */
    private linkerWhole: boolean,
    /** True when the store had no analysis before: the first save records `ANALYSIS_VERSION` as its builder. */
    private unstamped: boolean,
  ) {}

  /** Loads the stages' state from the store (fresh state for a new store). */
  static async open(store: Store): Promise<IncrementalAnalysis> {
    const entities = await store.getState<Record<string, unknown>>(ENTITY_STATE);
    const link = await store.getState<Record<string, unknown>>(LINK_STATE);
    const cluster = await store.getState<Record<string, unknown>>(CLUSTER_STATE);
    // The linker's working set is kept as one item per article (see `save`); a store written before that
    // holds it whole, with its entries inline.
    const whole = link !== undefined && link !== null && Array.isArray(link.entries);
    const linkState =
      link === undefined || link === null || whole
        ? (link ?? undefined)
        : { ...link, entries: (await store.stateItems<LinkerEntryJson>(LINK_STATE)).map(([, e]) => e) };
    // The clusterer's stories, threads and document frequencies are items too; its state from before that is
    // whole (version 1), or its header holds the threads (version 2): the clusterer rewrites either as items
    // on the first save.
    const clusterState =
      cluster !== undefined && cluster !== null && cluster.version !== 1
        ? { ...cluster, items: await store.stateItems(CLUSTER_STATE) }
        : (cluster ?? undefined);
    // The resolver's entities are items (one per id) since version 2; before, the whole list in one value.
    const resolver =
      entities === undefined || entities === null
        ? new EntityResolver()
        : EntityResolver.fromJSON(
            entities.version === 1 ? entities : { ...entities, items: await store.stateItems(ENTITY_STATE) },
          );
    return new IncrementalAnalysis(
      store,
      resolver,
      new Linker({}, linkState),
      new StoryClusterer({}, clusterState),
      whole,
      entities === undefined && link === undefined && cluster === undefined,
    );
  }

  /**
   * Analyses articles that were just stored (new or new versions), in time order, and writes their
   * annotations, entities, reuse links, stories and the stages' state in one transaction (`Store.putAnalysis`),
   * with `alsoState` (a caller's progress mark): a process killed meanwhile leaves the store as before the
   * batch, and the stages' state never misses an article that the stories hold, or holds one they miss.
   */
  async process(
    articles: Article[],
    annotatedBefore?: Map<string, AnnotatedText>,
    alsoState: { key: string; value: unknown }[] = [],
  ): Promise<BatchAnalysis> {
    const ordered = [...articles].sort(byPublication);
    const annotated = new Map(ordered.map((a) => [a.id, annotatedBefore?.get(a.id) ?? annotateArticle(a)]));
    const annotations = resolveAcross(annotated, this.resolver);
    const touched = new Set<string>();
    for (const a of annotations.values()) for (const m of a.entities) touched.add(m.entity);

    const reuse: Reuse[] = [];
    const result: BatchAnalysis = { annotated: ordered.length, links: 0, storiesOpened: 0, storiesJoined: 0 };
    for (const a of ordered) {
      const links = this.linker.link(a).reuse;
      reuse.push(...links);
      const placement = this.clusterer.add(a, links, annotations.get(a.id));
      if (placement.kind === "opened") result.storiesOpened++;
      else result.storiesJoined++;
    }
    result.links = reuse.length;
    // Stories that left the working set, then those in it that the batch changed (before the state's changes
    // are taken: they tell which).
    const drained = this.clusterer.drain();
    const changed = this.clusterer.changed();
    await this.store.putAnalysis({
      annotations: ordered.map((a) => ({ id: a.id, annotations: annotations.get(a.id)! })),
      reuse,
      entities: this.entitiesById(touched),
      stories: [...drained.stories, ...changed.stories],
      threads: [...drained.threads, ...changed.threads],
      ...this.stateChanges(),
      state: [...this.stamp(), ...alsoState],
    });
    return result;
  }

  /**
   * The stages' state changes since the last batch. The linker writes only the articles that entered or left
   * its working set (its whole state is tens of MB at 20,000 articles, and was a fifth of the main thread's
   * time when written every batch); the clusterer only the stories and threads the batch touched and its
   * document-frequency increments (51 MB whole after the full corpus); the resolver only the entities the
   * batch met (9 MB whole).
   */
  private stateChanges(): { stateItems: { key: string; change: StateItemsChange }[] } {
    const changes = this.linker.takeChanges();
    let link: StateItemsChange;
    if (this.linkerWhole) {
      const whole = this.linker.toJSON() as { entries: LinkerEntryJson[] };
      const upserts = whole.entries.map((e): [string, LinkerEntryJson] => [e.article.id, e]);
      link = { header: changes.header, clear: true, upserts, deletes: [] };
      this.linkerWhole = false;
    } else {
      link = { header: changes.header, upserts: changes.added, deletes: changes.removed };
    }
    return {
      stateItems: [
        { key: ENTITY_STATE, change: this.resolver.takeChanges() },
        { key: LINK_STATE, change: link },
        { key: CLUSTER_STATE, change: this.clusterer.takeChanges() },
      ],
    };
  }

  /** The analysis version, recorded with the first batch a store's analysis is built from. */
  private stamp(): { key: string; value: AnalysisStamp }[] {
    if (!this.unstamped) return [];
    this.unstamped = false;
    return [{ key: ANALYSIS_VERSION_STATE, value: { version: ANALYSIS_VERSION } }];
  }

  private entitiesById(ids: Set<string>): Entity[] {
    return this.resolver.entities().filter((e) => ids.has(e.id));
  }
}

/**
 * Publication time order (undated last); ties keep the order they were read in (the sort is stable).
 * Times are compared as instants: ISO strings with different offsets («2025-04-26T02:00:00+03:00» is
 * before «2025-04-26», midnight UTC) do not sort as text. Ties are not broken by id: across batches
 * they arrive in the order read, so by id inside a batch made the stories depend on where the batches
 * end, and differ from `clusterArticles` (examples/corpus: three date-only flood reports of 27 April;
 * by id the one that does not reach the first report (0.216 < 0.28) came first and opened a second story).
 */
export function byPublication(a: Pick<Article, "publishedAt">, b: Pick<Article, "publishedAt">): number {
  const x = instant(a);
  const y = instant(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

function instant(a: Pick<Article, "publishedAt">): number {
  const t = a.publishedAt?.value ? Date.parse(a.publishedAt.value) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}
