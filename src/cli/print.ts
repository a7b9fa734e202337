import pc from "picocolors";
import type { IngestSummary } from "../pipeline.js";
import type { SearchHit, StoredArticle } from "../store/store.js";

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
  out(parts.join(" · "));
  for (const f of s.failed) out(pc.red(`  ✗ ${f.source}: ${withoutPrefix(f.message, f.source)} (${f.code})`));
  if (s.interrupted) out(pc.yellow("interrupted: committed batches are kept; run the same command again to resume"));
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
