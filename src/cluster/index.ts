/** Stories and threads: incremental clustering and synthesis (see clusterer.ts, synthesize.ts). */
export {
  type ClusterOptions,
  clusterArticles,
  defaultClusterOptions,
  type Placement,
  resolveClusterOptions,
  StoryClusterer,
  type SynthesizedStory,
} from "./clusterer.js";
export { type CopyEdge, copyGraph, type Synthesis, synthesize } from "./synthesize.js";
