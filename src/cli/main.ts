/**
 * `marsad`: the command line. Each command is a few lines around a pure function
 * or the pipeline; printing lives in ./print.ts.
 */

import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { MarsadError } from "../errors.js";
import type { Entity } from "../model/types.js";
import { type IngestSummary, ingest } from "../pipeline.js";
import type { FieldMapping } from "../read/index.js";
import { analysisStatus, type ReanalysisSummary, reanalyze } from "../reanalysis.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/store.js";
import { runAnalyze, runAnnotate } from "./analyze-command.js";
import { ARTICLE_TABLE, QUOTE_TABLE, quoteReports, STORY_TABLE, writeExport } from "./export.js";
import {
  printAnalysisNotice,
  printArticle,
  printEntity,
  printIngestSummary,
  printLedger,
  printQuotes,
  printReanalysisSummary,
  printSearchHits,
  printStories,
  printStory,
  printThread,
} from "./print.js";
import { progressReporter, reanalysisReporter } from "./progress.js";
import { threadView } from "./thread-view.js";
import { entityPages, ledgerOf, quotesOfEntity, storyView } from "./views.js";

/** Entities `marsad entity` lists when a name matches none exactly and several hold it. */
const MAX_SUGGESTIONS = 10;

/** Where the embedded store lives unless `--db` or MARSAD_DB says otherwise. */
export const DEFAULT_DB = "marsad.db";

/** The bundled sample corpus, relative to the package (works from src/ and dist/). */
export const SAMPLE_CORPUS = fileURLToPath(new URL("../../examples/corpus/input", import.meta.url));

const dbOption = () => new Option("--db <file>", "the store file").env("MARSAD_DB").default(DEFAULT_DB);

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("marsad")
    .description("Arabic news intelligence: clean articles, copies, stories, who said what.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command("ingest")
    .description(
      "read Arabic news (text, HTML, JSON/JSONL, WARC, gzip; files, folders, globs, - for stdin) into the store",
    )
    .argument("<paths...>", "files, folders, globs, or - for stdin")
    .addOption(dbOption())
    .option("--outlet <name>", "outlet for documents that name none")
    .option("--fields <mapping>", "record field mapping, e.g. text=body,title=headline,date=pubDate", parseFields)
    .option("--batch <n>", "documents per transaction (default 500, or 2000 with --no-analysis)", parsePositive)
    .option("--no-progress", "do not show a progress bar")
    .option("--no-analysis", "only store the articles: no entities, quotes, links or stories")
    .option("--json", "print the summary as JSON")
    .action(async (paths: string[], opts) => {
      const [summary, status] = await withStore(opts.db, async (store) => [
        await ingestWithProgress(paths, store, {
          db: opts.db,
          outlet: opts.outlet,
          fields: opts.fields,
          batch: opts.batch,
          progress: opts.progress && !opts.json,
          analyze: opts.analysis,
        }),
        await analysisStatus(store),
      ]);
      if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else {
        printIngestSummary(summary);
        printAnalysisNotice(status);
      }
      exitCode = summary.interrupted ? 130 : summary.failed.length > 0 ? 1 : 0;
    });

  program
    .command("demo")
    .description("ingest the bundled sample corpus into the default store and show what Marsad found")
    .addOption(dbOption())
    .action(async (opts) => {
      await withStore(opts.db, async (store) => {
        process.stdout.write(`Ingesting the sample corpus (${SAMPLE_CORPUS}) into ${opts.db}\n`);
        const summary = await ingestWithProgress([SAMPLE_CORPUS], store, {
          db: opts.db,
          batch: 500,
          progress: true,
          analyze: true,
        });
        printIngestSummary(summary);
        printAnalysisNotice(await analysisStatus(store));
        const { articles, outlets } = await store.count();
        process.stdout.write(`\nThe store holds ${articles} articles from ${outlets} outlets.\n`);
        for (const o of await store.outlets()) process.stdout.write(`  ${o.outlet}: ${o.articles}\n`);
        process.stdout.write("\nStories, most recent first:\n");
        printStories((await store.stories()).slice(0, 8));
        const query = "الاستراتيجية";
        process.stdout.write(`\nSearch «${query}» (matches every spelling and attached و/ب/ل/ال):\n`);
        printSearchHits(await store.search(query, { limit: 3 }));
        const quotes = await store.quotes();
        process.stdout.write(`\n${quotes.length} quotes; the first three:\n`);
        printQuotes(quotes.slice(0, 3));
        process.stdout.write(
          "\nTry: marsad stories · marsad story ID · marsad thread ID · marsad quotes --speaker NAME · marsad entity NAME · marsad search QUERY · marsad export --format csv\n",
        );
      });
    });

  program
    .command("reanalyze")
    .description(
      "analyse every stored article again (after ingest --no-analysis, or an upgrade of Marsad): rebuilds entities, quotes, numbers, dates, copies, stories and threads; the articles stay as stored",
    )
    .addOption(dbOption())
    .option("--no-progress", "do not show a progress bar")
    .option("--json", "print the summary as JSON")
    .action(async (opts) => {
      const summary = await withStore(opts.db, (store) => reanalyzeWithProgress(store, opts.progress && !opts.json));
      if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else printReanalysisSummary(summary);
      exitCode = summary.interrupted ? 130 : 0;
    });

  program
    .command("search")
    .description("full-text search across spelling variants (أ/إ/آ/ا, ة/ه, ى/ي, diacritics, و/ب/ل/ال)")
    .argument("<query...>", "words, or a quoted phrase")
    .addOption(dbOption())
    .option("--limit <n>", "how many hits", parsePositive, 20)
    .option("--outlet <name>", "only this outlet")
    .option("--json", "print hits as JSON")
    .action(async (words: string[], opts) => {
      const hits = await withStore(opts.db, (store) =>
        store.search(words.join(" "), { limit: opts.limit, ...(opts.outlet ? { outlet: opts.outlet } : {}) }),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
      else printSearchHits(hits);
    });

  program
    .command("show")
    .description("show one article: metadata, clean text, removed boilerplate")
    .argument("<id>", "article id (or a unique prefix of 6+ characters)")
    .addOption(dbOption())
    .option("--json", "print as JSON")
    .action(async (id: string, opts) => {
      const article = await withStore(opts.db, (store) => store.getArticle(id));
      if (!article) throw new MarsadError("ERR_NOT_FOUND", `no article with id ${id}; try marsad search`, opts.db);
      if (opts.json) process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
      else printArticle(article);
    });

  program
    .command("stories")
    .description("stories (events), most recently seen first")
    .addOption(dbOption())
    .option("--since <date>", "only stories seen on or after this date (YYYY-MM-DD)", parseDay)
    .option("--outlet <name>", "only stories this outlet carried")
    .option("--entity <name>", "only stories that name this entity (any spelling or alias)")
    .option("--limit <n>", "how many", parsePositive, 50)
    .option("--json", "print as JSON")
    .action(async (opts) => {
      const [stories, outlets, status] = await withStore(opts.db, async (store) => [
        await store.stories({
          ...(opts.since ? { since: opts.since } : {}),
          ...(opts.outlet ? { outlet: opts.outlet } : {}),
          ...(opts.entity ? { entities: (await entitiesNamed(store, opts.entity, opts.db)).map((e) => e.id) } : {}),
        }),
        await store.outlets(),
        await analysisStatus(store),
      ]);
      const shown = stories.slice(0, opts.limit);
      if (opts.json) process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      else if (shown.length === 0 && (opts.since || opts.outlet || opts.entity) && outlets.length > 0) {
        // The store is not empty: say that the filter matched nothing, and which outlets there are.
        const names = outlets.map((o) => o.outlet);
        const some = names.slice(0, MAX_SUGGESTIONS).join("، ") + (names.length > MAX_SUGGESTIONS ? "، …" : "");
        process.stdout.write(`no stories match ${filterText(opts)}; outlets in the store: ${some}\n`);
      } else if (status.rebuilding || (shown.length === 0 && status.unanalysed > 0)) {
        // Stories of a store whose analysis is unfinished, or none because nothing was analysed: say why.
        printAnalysisNotice(status);
        if (shown.length > 0) printStories(shown);
      } else printStories(shown);
    });

  program
    .command("story")
    .description("one story: outlets, summary, members in time order, who copied whom, who said what, whom it names")
    .argument("<id>", "story id")
    .addOption(dbOption())
    .option("--json", "print as JSON")
    .action(async (id: string, opts) => {
      await withStore(opts.db, async (store) => {
        const view = await storyView(store, id);
        if (!view) throw new MarsadError("ERR_NOT_FOUND", `no story with id ${id}; try marsad stories`, opts.db);
        if (opts.json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        else printStory(view);
      });
    });

  program
    .command("thread")
    .description("a storyline: its stories in time order, and whom they name")
    .argument("<id>", "a thread id, or a story id for the story's thread")
    .addOption(dbOption())
    .option("--json", "print as JSON")
    .action(async (id: string, opts) => {
      await withStore(opts.db, async (store) => {
        const view = await threadView(store, id);
        if (!view) {
          throw new MarsadError("ERR_NOT_FOUND", `no thread or story with id ${id}; try marsad stories`, opts.db);
        }
        if (opts.json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
        else printThread(view);
      });
    });

  program
    .command("quotes")
    .description("who said what: quotes with their speakers, grouped into utterances across outlets")
    .addOption(dbOption())
    .option("--speaker <name>", "only this speaker (any spelling or alias)")
    .option("--json", "print the ledger as JSON")
    .action(async (opts) => {
      const quotes = await withStore(opts.db, (store) => store.quotes(opts.speaker ? { speaker: opts.speaker } : {}));
      const ledger = ledgerOf(quotes);
      if (opts.json) process.stdout.write(`${JSON.stringify(ledger, null, 2)}\n`);
      else printLedger(ledger);
    });

  program
    .command("entity")
    .description("an entity: its names, roles, the stories that name it, and what it said")
    .argument("<name...>", "a name, in any spelling or alias")
    .addOption(dbOption())
    .option("--json", "print as JSON")
    .action(async (words: string[], opts) => {
      await withStore(opts.db, async (store) => {
        const name = words.join(" ");
        const views = [];
        for (const e of await entitiesNamed(store, name, opts.db)) {
          views.push({
            entity: e,
            quotes: quotesOfEntity(await store.quotes({ speaker: e.name }), e.id),
            stories: await store.stories({ entities: [e.id] }),
          });
        }
        if (opts.json) process.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
        else {
          const { shown, more } = entityPages(views, MAX_SUGGESTIONS);
          for (const v of shown) printEntity(v.entity, v.quotes, v.stories);
          if (more > 0) {
            process.stdout.write(
              `${more} more entities are named ${name} (each in fewer stories: a bare name its article does not expand); --json lists them all\n`,
            );
          }
        }
      });
    });

  program
    .command("export")
    .description("write the stored articles, quotes (grouped into utterances) or stories as JSON lines or CSV")
    .addOption(
      new Option("--what <records>", "what to export").choices(["articles", "quotes", "stories"]).default("articles"),
    )
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .addOption(dbOption())
    .option("--out <file>", "write to a file instead of standard output")
    .option("--outlet <name>", "only this outlet's articles, reports or stories")
    .option("--since <date>", "only articles or reports published, or stories seen, on or after this date", parseDay)
    .action(async (opts) => {
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const what = opts.what as "articles" | "quotes" | "stories";
      const filter = { ...(opts.outlet ? { outlet: opts.outlet } : {}), ...(opts.since ? { since: opts.since } : {}) };
      const n = await withStore(opts.db, async (store) => {
        if (what === "stories") return writeExport(await store.stories(filter), opts.format, out, STORY_TABLE);
        if (what === "articles") return writeExport(store.articles(filter), opts.format, out, ARTICLE_TABLE);
        // The ledger of every stored quote, so that utterance ids and speakers do not depend on the filter.
        const reports = quoteReports(ledgerOf(await store.quotes())).filter(
          (r) =>
            (opts.outlet === undefined || r.outlet === opts.outlet) &&
            (opts.since === undefined || (r.publishedAt ?? "") >= opts.since),
        );
        return writeExport(reports, opts.format, out, QUOTE_TABLE);
      });
      if (opts.out) {
        await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
        process.stderr.write(`wrote ${n} ${what === "quotes" ? "quote reports" : what} to ${opts.out}\n`);
      }
    });

  program
    .command("analyze")
    .description("one-shot analysis without a store; prints one JSON object (schema/analyze.schema.json)")
    .argument("<paths...>", "files, folders, globs, or - for stdin")
    .option("--json", "print JSON (the only output format)", true)
    .option("--outlet <name>", "outlet for documents that name none")
    .option("--fields <mapping>", "record field mapping, e.g. text=body,title=headline", parseFields)
    .action(async (paths: string[], opts) => {
      const failed = await runAnalyze(paths, {
        ...(opts.outlet ? { outlet: opts.outlet } : {}),
        ...(opts.fields ? { fields: opts.fields } : {}),
      });
      exitCode = failed > 0 ? 1 : 0;
    });

  program
    .command("annotate")
    .description("read {id, text, title?, publishedAt?, outlet?} lines on stdin, write each back with annotations")
    .option("--jsonl", "JSON lines in and out (the only format)", true)
    .action(async () => {
      const failed = await runAnnotate(process.stdin, process.stdout);
      exitCode = failed > 0 ? 1 : 0;
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof MarsadError) {
      process.stderr.write(`marsad: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The store's own files: never read as input when the store sits inside an input folder. */
function storeFiles(db: string): string[] {
  return ["", "-wal", "-shm", "-journal"].map((suffix) => `${db}${suffix}`);
}

interface IngestCliOptions {
  db: string;
  outlet?: string;
  fields?: FieldMapping;
  batch: number;
  progress: boolean;
  analyze: boolean;
}

/** Ingest with a progress bar and a clean stop on Ctrl-C (the current batch is committed first). */
async function ingestWithProgress(paths: string[], store: Store, opts: IngestCliOptions): Promise<IngestSummary> {
  const progress = progressReporter(opts.progress);
  try {
    return await stoppable((shouldStop) =>
      ingest(paths, store, {
        read: { ...(opts.outlet ? { outlet: opts.outlet } : {}), ...(opts.fields ? { fields: opts.fields } : {}) },
        batchSize: opts.batch,
        analyze: opts.analyze,
        exclude: storeFiles(opts.db),
        onProgress: progress.update,
        shouldStop,
      }),
    );
  } finally {
    progress.stop();
  }
}

/** `reanalyze` with a progress bar and a clean stop on Ctrl-C (the current batch is committed first). */
async function reanalyzeWithProgress(store: Store, showProgress: boolean): Promise<ReanalysisSummary> {
  const progress = reanalysisReporter(showProgress);
  try {
    return await stoppable((shouldStop) => reanalyze(store, { onProgress: progress.update, shouldStop }));
  } finally {
    progress.stop();
  }
}

/**
 * Runs batch work that stops cleanly on Ctrl-C or SIGTERM: `shouldStop` turns true and the work ends after
 * committing its current batch; a second Ctrl-C quits at once (committed batches are safe).
 */
async function stoppable<T>(work: (shouldStop: () => boolean) => Promise<T>): Promise<T> {
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write("\nstopping after the current batch (Ctrl-C again to quit now)…\n");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await work(() => stop);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

const FIELD_KEYS = new Set(["title", "text", "html", "url", "outlet", "date", "byline", "id"]);

/** Parses `text=body,title=headline` into a FieldMapping. */
export function parseFields(value: string): FieldMapping {
  const mapping: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const [key, field] = pair.split("=").map((s) => s.trim());
    if (!key || !field || !FIELD_KEYS.has(key)) {
      throw new InvalidArgumentError(
        `"${pair}" is not KEY=FIELD with KEY one of ${[...FIELD_KEYS].join(", ")} (e.g. text=body,title=headline)`,
      );
    }
    mapping[key] = field;
  }
  return mapping as FieldMapping;
}

/** `--since 2018-03-14 --outlet BBC` as the user wrote it, for a message. */
function filterText(opts: { since?: string; outlet?: string; entity?: string }): string {
  return [
    opts.since ? `--since ${opts.since}` : "",
    opts.outlet ? `--outlet ${opts.outlet}` : "",
    opts.entity ? `--entity ${opts.entity}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * The entities a name given on the command line means: those with that name or alias, else the one entity whose
 * name holds its words. Throws ERR_NOT_FOUND naming the entities that hold it when that is none or several.
 */
async function entitiesNamed(store: Store, name: string, db: string): Promise<Entity[]> {
  const named = await store.entities({ name });
  if (named.length > 0) return named;
  const holding = await store.entities({ containing: name });
  if (holding.length === 1) return holding;
  const some = holding.slice(0, MAX_SUGGESTIONS).map((e) => `${e.name} (${e.type})`);
  const more = holding.length > MAX_SUGGESTIONS ? ` and ${holding.length - MAX_SUGGESTIONS} more` : "";
  const hint = some.length > 0 ? `; names holding it: ${some.join("، ")}${more}` : "";
  throw new MarsadError("ERR_NOT_FOUND", `no entity named ${name}${hint}`, db);
}

/**
 * A calendar day as YYYY-MM-DD. Stored dates are ISO strings compared as text, so another form
 * (14/03/2018) would silently compare wrong (it sorts before every ISO date and selects everything).
 */
export function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new InvalidArgumentError(`"${value}" is not a date as YYYY-MM-DD (e.g. 2018-03-14)`);
  }
  return value.trim();
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}
