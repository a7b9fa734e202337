import pc from "picocolors";
import type { LedgerEntry } from "../annotate/ledger.js";
import { ANALYSIS_VERSION } from "../incremental.js";
import type { Entity, EntityType, Story } from "../model/types.js";
import type { IngestSummary } from "../pipeline.js";
import type { AnalysisStatus, ReanalysisSummary } from "../reanalysis.js";
import type { SearchHit, StoredArticle, StoredQuote } from "../store/store.js";
import type { ThreadView } from "./thread-view.js";
import { type StoryView, storyListDate, timelineWindow, variantGroups } from "./views.js";

const out = (s = "") => process.stdout.write(`${s}\n`);

/** read / new / unchanged / failed, then each failure with its file and reason. */
export function printIngestSummary(s: IngestSummary): void {
  const parts = [
    `files ${s.files}`,
    `read ${s.read}`,
    pc.green(`new ${s.new}`),
    `new versions ${s.versions}`,
    `unchanged ${s.unchanged}`,
    s.failed.length > 0 ? pc.red(`failed ${s.failed.length}`) : "failed 0",
  ];
  if (s.skippedFiles > 0) parts.push(`files already ingested ${s.skippedFiles}`);
  if (s.links > 0 || s.storiesOpened > 0) parts.push(`reuse links ${s.links}`, `stories opened ${s.storiesOpened}`);
  out(parts.join(" · "));
  for (const f of s.failed) out(pc.red(`  ✗ ${f.source}: ${withoutPrefix(f.message, f.source)} (${f.code})`));
  if (s.interrupted) out(pc.yellow("interrupted: committed batches are kept; run the same command again to resume"));
}

/** Says, when it is so, that stored articles are not analysed or were analysed by an earlier Marsad. */
export function printAnalysisNotice(status: AnalysisStatus): void {
  if (status.rebuilding) {
    out(pc.yellow("the store's analysis is being rebuilt and has not finished: run marsad reanalyze to finish it"));
    return;
  }
  if (status.unanalysed > 0) {
    const n = status.unanalysed === 1 ? "1 stored article is" : `${status.unanalysed} stored articles are`;
    out(pc.yellow(`${n} not analysed (stored with --no-analysis): marsad reanalyze analyses every stored article`));
  }
  if (status.version !== undefined && status.version !== ANALYSIS_VERSION) {
    const by = status.version === "earlier" ? "before analysis versions were recorded" : `analysis ${status.version}`;
    out(
      pc.yellow(
        `this store was analysed by an earlier Marsad (${by}; this one is ${ANALYSIS_VERSION}): marsad reanalyze rebuilds its entities, quotes, copies and stories from the stored articles`,
      ),
    );
  }
}

/** What `marsad reanalyze` did. */
export function printReanalysisSummary(s: ReanalysisSummary): void {
  const parts = [pc.green(`analysed ${s.analysed}`), `reuse links ${s.links}`, `stories opened ${s.storiesOpened}`];
  if (s.resumedAfter > 0) parts.push(`after ${s.resumedAfter} analysed by the interrupted run`);
  out(parts.join(" · "));
  if (s.interrupted) out(pc.yellow("interrupted: committed batches are kept; run marsad reanalyze again to go on"));
}

/** A message that already starts with its source is not prefixed twice. */
export function withoutPrefix(message: string, source: string): string {
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}

/** Highlights `spans` of `text` for the terminal. */
export function highlight(text: string, spans: { start: number; end: number }[]): string {
  let result = "";
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    result += text.slice(at, s.start) + pc.bold(pc.yellow(text.slice(s.start, s.end)));
    at = s.end;
  }
  return result + text.slice(at);
}

export function printSearchHits(hits: SearchHit[]): void {
  if (hits.length === 0) {
    out("no matches");
    return;
  }
  for (const h of hits) {
    out(`${pc.bold(h.title)}  ${pc.dim(`${h.outlet} · ${h.publishedAt ?? "undated"} · ${h.id}`)}`);
    out(`  ${highlight(h.snippet, h.highlights).replaceAll("\n", " ")}`);
  }
}

export function printArticle(a: StoredArticle): void {
  out(pc.bold(a.title));
  const meta = [
    `id ${a.id}`,
    `outlet ${a.outlet}`,
    a.publishedAt ? `published ${a.publishedAt.value} (${a.publishedAt.evidence})` : "undated",
    a.byline ? `byline ${a.byline}` : "",
    a.dateline ? `dateline ${[a.dateline.place, a.dateline.agency].filter(Boolean).join(" · ")}` : "",
    a.url ?? "",
    `version ${a.version}${a.supersededBy ? ` (superseded by ${a.supersededBy})` : ""}`,
  ].filter(Boolean);
  out(pc.dim(meta.join("\n")));
  out();
  out(a.text);
  if (a.removed.length > 0) {
    out();
    out(pc.dim(`removed ${a.removed.length} lines:`));
    for (const r of a.removed) out(pc.dim(`  - ${r.line}  [${r.reason}]`));
  }
  for (const m of a.messages) out(pc.yellow(`note: ${m.message} (${m.code})`));
}

export function printStories(stories: Story[]): void {
  if (stories.length === 0) {
    out("no stories yet: ingest some articles first");
    return;
  }
  for (const s of stories) {
    const outlets = s.outlets.map((o) => o.outlet).join("، ");
    out(`${pc.bold(s.headline)}  ${pc.dim(`${s.id} · ${articleCount(s.articles.length)} · ${storyListDate(s)}`)}`);
    out(pc.dim(`  ${outlets}`));
  }
}

export function printStory(v: StoryView): void {
  const s = v.story;
  out(pc.bold(s.headline));
  const thread = v.threadStories > 1 ? `thread ${s.thread} (${v.threadStories} stories: marsad thread ${s.id})` : "";
  out(
    pc.dim(`story ${s.id} · ${thread ? `${thread} · ` : ""}${s.firstSeen ?? "undated"} → ${s.lastSeen ?? "undated"}`),
  );
  out();
  for (const line of s.summary) out(`  ${line}`);
  out();
  out(pc.bold("Outlets (first seen)"));
  for (const o of s.outlets) out(`  ${o.outlet}  ${pc.dim(o.firstSeen ?? "undated")}`);
  out();
  out(pc.bold("Articles"));
  for (const m of v.members) {
    const copied = [
      ...m.copiedFrom.map((c) => `${Math.round(c.share * 100)}% from ${c.outlet}`),
      ...m.sharedWith.map(
        (c) =>
          `${Math.round(c.share * 100)}% shared with ${c.outlet} ${c.agency ? `(both from ${c.agency}'s wire)` : "(who had it first is undecided)"}`,
      ),
    ].join(", ");
    out(`  ${m.publishedAt ?? "undated"}  ${m.outlet}  ${m.title}  ${pc.dim(m.id)}`);
    out(pc.dim(`      ${Math.round(m.original * 100)}% original${copied ? ` · ${copied}` : ""}`));
  }
  if (v.copyFlows.length > 0) {
    out();
    out(`${pc.bold("Who copied whom")}  ${pc.dim("(each copied word credited to one source; --json has every link)")}`);
    for (const f of v.copyFlows) {
      const own = f.agency ? pc.dim(" (the agency's wire)") : f.from === f.to ? pc.dim(" (its own earlier text)") : "";
      out(`  ${f.from} → ${f.to}${own}  ${pc.dim(`${articleCount(f.articles)} · ${f.words} words`)}`);
    }
  }
  if (v.timeline.length > 0) {
    out();
    out(pc.bold("Timeline"));
    const { shown, earlier, later } = timelineWindow(v.timeline, s.firstSeen, s.lastSeen, MAX_TIMELINE_LINES);
    if (earlier > 0) out(pc.dim(`  … ${earlier} earlier (--json shows every event)`));
    for (const e of shown) {
      const by = [...new Set(e.reports.map((r) => r.outlet))];
      out(`  ${e.date.padEnd(10)}  ${e.sentence}`);
      out(pc.dim(`              ${by.join("، ")}`));
    }
    if (later > 0) out(pc.dim(`  … ${later} later (--json shows every event)`));
  }
  if (v.numbers.length > 0) {
    out();
    out(pc.bold("Numbers reported differently"));
    const published = new Map(v.members.map((m) => [m.id, m.publishedAt ?? "undated"]));
    for (const [k, c] of v.numbers.entries()) {
      if (k > 0) out(pc.dim("    ·"));
      for (const r of c.reports) {
        const value = r.claim.valueMax === undefined ? `${r.claim.value}` : `${r.claim.value}–${r.claim.valueMax}`;
        const when = r.article === undefined ? "" : `  ${pc.dim(published.get(r.article) ?? "")}`;
        out(`    ${value.padStart(9)}  ${r.outlet}  «${r.context}»${when}`);
      }
    }
  }
  if (v.quotes.length > 0) {
    out();
    out(pc.bold("Who said what"));
    // Most widely reported first; within a reach, in time order (the ledger's).
    const widest = [...v.quotes].sort((a, b) => b.outlets.length - a.outlets.length);
    for (const e of widest.slice(0, MAX_STORY_QUOTES)) printLedgerEntry(e, "  ");
    if (widest.length > MAX_STORY_QUOTES) {
      out(pc.dim(`  … ${widest.length - MAX_STORY_QUOTES} more (--json shows every one)`));
    }
  }
  printNamed(
    "Named",
    v.entities.map((e) => ({ ...e, count: e.outlets.length })),
    "how many of the story's outlets name it",
  );
  if (v.touching.length > 0) {
    out();
    out(pc.bold("Also touched by"));
    for (const t of v.touching) out(`  ${t.outlet}  ${t.title}  ${pc.dim(t.id)}`);
  }
}

/** A storyline: its stories in time order, each with its days, size and outlets, then whom the stories name. */
export function printThread(v: ThreadView): void {
  const days = v.stories
    .flatMap((s) => [s.firstSeen, s.lastSeen])
    .filter((d): d is string => d !== null)
    .map((d) => d.slice(0, 10))
    .sort();
  const span = days.length > 0 ? `${days[0]} → ${days.at(-1)}` : "undated";
  const n = v.stories.length;
  out(pc.bold(`Thread ${v.thread.id}`));
  out(pc.dim(`${n} ${n === 1 ? "story" : "stories"} · ${span}`));
  out();
  for (const s of v.stories) {
    const outlets = [...new Set(s.outlets.map((o) => o.outlet))];
    const when = (s.firstSeen ?? "undated").slice(0, 10);
    out(`  ${when.padEnd(10)}  ${s.headline}  ${pc.dim(`${s.id} · ${articleCount(s.articles.length)}`)}`);
    out(pc.dim(`              ${outlets.join("، ")}`));
  }
  printNamed(
    "Named across the thread",
    v.entities.map((e) => ({ ...e, count: e.stories.length })),
    "how many of the thread's stories name it",
  );
}

/** Whom a page names, by type, the first `MAX_STORY_ENTITIES` of each with their `count` (explained by `legend`). */
function printNamed(
  title: string,
  entities: { name: string; type: EntityType; count: number }[],
  legend: string,
): void {
  if (entities.length === 0) return;
  out();
  out(pc.bold(title));
  for (const [type, label] of ENTITY_LABELS) {
    const of = entities.filter((e) => e.type === type);
    if (of.length === 0) continue;
    const shown = of.slice(0, MAX_STORY_ENTITIES).map((e) => `${e.name} ${pc.dim(`(${e.count})`)}`);
    const more = of.length > MAX_STORY_ENTITIES ? pc.dim(` … ${of.length - MAX_STORY_ENTITIES} more`) : "";
    out(`  ${label.padEnd(14)}${shown.join("، ")}${more}`);
  }
  out(pc.dim(`  (n): ${legend}`));
}

/** «1 article», «3 articles». */
function articleCount(n: number): string {
  return n === 1 ? "1 article" : `${n} articles`;
}

/** Events a story page prints; `story --json` has them all. */
const MAX_TIMELINE_LINES = 20;

/** Utterances a story page prints, and entities of each type; `story --json` has them all. */
const MAX_STORY_QUOTES = 12;
const MAX_STORY_ENTITIES = 8;

const ENTITY_LABELS: readonly (readonly [EntityType, string])[] = [
  ["PER", "People"],
  ["ORG", "Organisations"],
  ["LOC", "Places"],
  ["MISC", "Other"],
];

/** Opening and closing marks a quote span may already carry. */
const OPENING = /^[«"“„']/;
const CLOSING = /[»"”'][.،,]?$/;

/** A quote between « », unless its own marks already enclose it. */
export function quoted(text: string): string {
  return OPENING.test(text) && CLOSING.test(text) ? text : `«${text}»`;
}

export function printQuotes(quotes: StoredQuote[]): void {
  for (const q of quotes) {
    const who = `${q.speaker ?? "?"}${q.anonymous ? " (anonymous)" : ""}${q.via ? ` via ${q.via}` : ""}`;
    const cue = q.cue ? `cue: ${q.cue} · ` : "";
    out(`${pc.bold(who)}  ${pc.dim(`${cue}${q.kind} · ${q.outlet} · ${q.publishedAt ?? "undated"}`)}`);
    out(`  ${quoted(q.text)}`);
  }
}

export function printLedger(ledger: LedgerEntry[]): void {
  if (ledger.length === 0) {
    out("no quotes");
    return;
  }
  for (const e of ledger) printLedgerEntry(e, "");
}

/** One utterance: who, when and where, the fullest wording, and each truncated or reworded variant's diff. */
function printLedgerEntry(e: LedgerEntry, indent: string): void {
  out(`${indent}${pc.bold(e.speaker ?? "?")}  ${pc.dim(`${e.firstSeen ?? "undated"} · ${e.outlets.join("، ")}`)}`);
  out(`${indent}  ${quoted(e.text)}`);
  for (const { outlets, variant: v } of variantGroups(e.variants)) {
    const diff = v.diff
      .map((d) => (d.op === "equal" ? d.text : d.op === "insert" ? pc.green(`+[${d.text}]`) : pc.red(`-[${d.text}]`)))
      .join(" ");
    out(pc.dim(`${indent}    ${outlets.join("، ")} (${v.truncated ? "truncated" : "reworded"}): `) + diff);
  }
}

export function printEntity(e: Entity, quotes: StoredQuote[], stories: Story[]): void {
  out(`${pc.bold(e.name)}  ${pc.dim(`${e.type} · ${e.id}`)}`);
  if (e.aliases.length > 0) out(`  also: ${e.aliases.join("، ")}`);
  if (e.roles && e.roles.length > 0) out(`  roles: ${e.roles.join("، ")}`);
  if (stories.length > 0) {
    out(pc.dim(`  in ${stories.length} ${stories.length === 1 ? "story" : "stories"}, most recently seen first:`));
    for (const s of stories.slice(0, MAX_ENTITY_STORIES)) {
      out(`    ${s.headline}  ${pc.dim(`${s.id} · ${articleCount(s.articles.length)} · ${storyListDate(s)}`)}`);
    }
    if (stories.length > MAX_ENTITY_STORIES) {
      out(pc.dim(`    … ${stories.length - MAX_ENTITY_STORIES} more: marsad stories --entity '${e.name}'`));
    }
  }
  if (quotes.length > 0) {
    out(pc.dim(`  ${quotes.length} quotes:`));
    printQuotes(quotes.slice(0, 10));
  }
}

/** Stories an entity page lists; `marsad stories --entity` lists them all. */
const MAX_ENTITY_STORIES = 10;
