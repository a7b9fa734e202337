/**
 * The whole pipeline on the bundled sample corpus (examples/corpus), against its gold
 * story membership (examples/corpus/stories.json): same-story pair precision/recall/F1,
 * threads, agency copy families found as reuse with the right source, and the roundup.
 * Needs nothing from ../shared: the corpus is the project's own.
 */

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/model/types.js";
import { readArticles } from "../src/pipeline.js";
import { runStages } from "../src/stages.js";

const CORPUS = fileURLToPath(new URL("../examples/corpus/", import.meta.url));

interface GoldArticle {
  input: string;
  record?: number;
  url: string | null;
  story: string;
  touches: string[];
}
interface Gold {
  threads: { id: string; stories: string[] }[];
  stories: { id: string; thread: string; articles: string[] }[];
  copies: { family: string; articles: { id: string; edits: string }[] }[];
  articles: Record<string, GoldArticle>;
}

/** Gold id of an extracted article: by its input file when that holds one article, else by URL. */
function goldIdOf(a: Article, gold: Gold): string | undefined {
  const rel = relative(CORPUS, a.source.replace(/[:#]\d+$/, ""));
  const inFile = Object.entries(gold.articles).filter(([, g]) => g.input === rel);
  if (inFile.length === 1) return inFile[0]![0];
  return inFile.find(([, g]) => g.url !== null && g.url === a.url)?.[0];
}

export async function run(): Promise<void> {
  const gold = JSON.parse(readFileSync(join(CORPUS, "stories.json"), "utf8")) as Gold;
  const { articles, failed } = await readArticles([join(CORPUS, "input")]);
  const parts = runStages(articles);
  const goldOf = new Map<string, string>();
  for (const a of articles) {
    const g = goldIdOf(a, gold);
    if (g) goldOf.set(a.id, g);
  }
  process.stdout.write(
    `sample corpus: ${articles.length} articles (${failed.length} failed), ${goldOf.size} matched to gold\n`,
  );

  // Same-story pairs.
  const storyOf = new Map<string, string>();
  const threadOf = new Map<string, string>();
  for (const s of parts.stories ?? []) {
    for (const a of s.articles) {
      storyOf.set(a, s.id);
      threadOf.set(a, s.thread);
    }
  }
  const ids = [...goldOf.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let threadPairs = 0;
  let threadOk = 0;
  const goldThread = new Map(gold.stories.map((s) => [s.id, s.thread]));
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const x = ids[i]!;
      const y = ids[j]!;
      const gx = gold.articles[goldOf.get(x)!]!;
      const gy = gold.articles[goldOf.get(y)!]!;
      const same = gx.story === gy.story;
      const found = storyOf.get(x) !== undefined && storyOf.get(x) === storyOf.get(y);
      if (same && found) tp++;
      else if (found) fp++;
      else if (same) fn++;
      if (!same && goldThread.get(gx.story) === goldThread.get(gy.story)) {
        threadPairs++;
        if (threadOf.get(x) !== undefined && threadOf.get(x) === threadOf.get(y)) threadOk++;
      }
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  process.stdout.write(
    `stories: ${parts.stories?.length ?? 0} found vs ${gold.stories.length} gold; same-story pairs P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}\n` +
      `different stories of one thread in one thread: ${threadOk}/${threadPairs}\n`,
  );

  // Agency copy families: every pair of a family linked.
  const byGold = new Map([...goldOf].map(([id, g]) => [g, id]));
  const linked = new Set((parts.reuse ?? []).map((x) => [x.a, x.b].sort().join("|")));
  let pairs = 0;
  let found = 0;
  for (const f of gold.copies) {
    const members = f.articles.map((m) => byGold.get(m.id)).filter((x): x is string => x !== undefined);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        pairs++;
        if (linked.has([members[i]!, members[j]!].sort().join("|"))) found++;
      }
  }
  process.stdout.write(
    `agency copy pairs linked as reuse: ${found}/${pairs} (${parts.reuse?.length ?? 0} links in all)\n`,
  );

  // The roundup: main story and the story it touches.
  for (const [gid, g] of Object.entries(gold.articles)) {
    if (g.touches.length === 0) continue;
    const id = byGold.get(gid);
    const touching = (parts.stories ?? []).filter((s) => id && s.touching.includes(id)).length;
    process.stdout.write(
      `roundup ${gid}: member of a story: ${id && storyOf.has(id) ? "yes" : "no"}, touching ${touching} other stor${touching === 1 ? "y" : "ies"} (gold ${g.touches.length})\n`,
    );
  }
  const annotations = [...(parts.annotations?.values() ?? [])];
  const count = (k: "entities" | "quotes" | "numbers" | "dates") => annotations.reduce((n, a) => n + a[k].length, 0);
  process.stdout.write(
    `annotations: ${count("entities")} entity mentions (${parts.entities?.length ?? 0} entities), ${count("quotes")} quotes, ${count("numbers")} numbers, ${count("dates")} dates\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
