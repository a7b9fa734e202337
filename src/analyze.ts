/**
 * One-shot analysis without a store: the `marsad analyze --json` contract.
 * The shape is documented by schema/analyze.schema.json (validated in tests).
 */

import { conflictingNumbers } from "./annotate/numbers.js";
import type {
  Annotations,
  Article,
  DateMention,
  Entity,
  Mention,
  NumberClaim,
  Quote,
  Reuse,
  Story,
  Thread,
} from "./model/types.js";

export interface AnalyzedArticle {
  id: string;
  path: string;
  source: string;
  outlet: string;
  url: string | null;
  title: string;
  publishedAt: string | null;
  byline: string | null;
  dateline: { place: string | null; agency: string | null } | null;
  text: string;
  removed: { line: string; reason: string }[];
  messages: { stage: string; code: string; message: string }[];
  entities: { text: string; type: string; start: number; end: number; entity: string }[];
  quotes: {
    text: string;
    start: number;
    end: number;
    speaker: string | null;
    speakerEntity: string | null;
    cue: string | null;
    kind: "direct" | "indirect";
    via?: string;
    anonymous?: boolean;
  }[];
  numbers: { text: string; start: number; end: number; value: number; valueMax?: number; unit: string | null }[];
  dates: { text: string; start: number; end: number; value: string | null }[];
}

export interface Analysis {
  articles: AnalyzedArticle[];
  entities: { id: string; name: string; type: string; aliases: string[]; roles?: string[] }[];
  reuse: {
    a: string;
    b: string;
    kind: string;
    similarity: number;
    direction: { source: string | null; evidence: string[] };
    passages: { a: { start: number; end: number }; b: { start: number; end: number }; words: number }[];
  }[];
  stories: {
    id: string;
    articles: string[];
    headline: string;
    thread: string;
    touching: string[];
    /** Quantities the story's articles report differently: one claim (a span of its article) per article. */
    numbers: {
      unit: string;
      reports: {
        article: string;
        outlet: string;
        start: number;
        end: number;
        text: string;
        value: number;
        valueMax?: number;
      }[];
    }[];
  }[];
  threads: { id: string; stories: string[] }[];
}

/** What the later stages produced for a batch; every part is optional. */
export interface AnalysisParts {
  annotations?: Map<string, Annotations>;
  entities?: Entity[];
  reuse?: Reuse[];
  stories?: Story[];
  threads?: Thread[];
}

/** Builds the `analyze --json` object from articles and what the stages found. */
export function toAnalysis(articles: Article[], parts: AnalysisParts = {}): Analysis {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const numbersOf = (s: Story) =>
    conflictingNumbers(
      s.articles.flatMap((id) => {
        const a = byId.get(id);
        const claims = (parts.annotations?.get(id) ?? a?.annotations)?.numbers ?? [];
        return a && claims.length > 0
          ? [
              {
                outlet: a.outlet,
                article: id,
                text: a.text,
                claims,
                publishedAt: a.publishedAt?.value ?? null,
                title: a.title,
              },
            ]
          : [];
      }),
    ).map((c) => ({
      unit: c.unit,
      reports: c.reports.map((r) => ({
        article: r.article ?? "",
        outlet: r.outlet,
        start: r.claim.start,
        end: r.claim.end,
        text: r.claim.text,
        value: r.claim.value,
        ...(r.claim.valueMax === undefined ? {} : { valueMax: r.claim.valueMax }),
      })),
    }));
  return {
    articles: articles.map((a) => analyzedArticle(a, parts.annotations?.get(a.id) ?? a.annotations)),
    entities: (parts.entities ?? []).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.roles ? { roles: e.roles } : {}),
    })),
    reuse: (parts.reuse ?? []).map((r) => ({
      a: r.a,
      b: r.b,
      kind: r.kind,
      similarity: r.similarity,
      direction: r.direction,
      passages: r.passages.map((p) => ({ a: span(p.a), b: span(p.b), words: p.words })),
    })),
    stories: (parts.stories ?? []).map((s) => ({
      id: s.id,
      articles: s.articles,
      headline: s.headline,
      thread: s.thread,
      touching: s.touching,
      numbers: numbersOf(s),
    })),
    threads: (parts.threads ?? []).map((t) => ({ id: t.id, stories: t.stories })),
  };
}

function analyzedArticle(a: Article, ann: Annotations | undefined): AnalyzedArticle {
  return {
    id: a.id,
    path: a.path,
    source: a.source,
    outlet: a.outlet,
    url: a.url ?? null,
    title: a.title,
    publishedAt: a.publishedAt?.value ?? null,
    byline: a.byline ?? null,
    dateline: a.dateline ? { place: a.dateline.place ?? null, agency: a.dateline.agency ?? null } : null,
    text: a.text,
    removed: a.removed.map((r) => ({ line: r.line, reason: r.reason })),
    messages: a.messages.map((m) => ({ stage: m.stage, code: m.code, message: m.message })),
    entities: (ann?.entities ?? []).map(mention),
    quotes: (ann?.quotes ?? []).map(quote),
    numbers: (ann?.numbers ?? []).map(numberClaim),
    dates: (ann?.dates ?? []).map(dateMention),
  };
}

const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });

const mention = (m: Mention) => ({ text: m.text, type: m.type, start: m.start, end: m.end, entity: m.entity });

function quote(q: Quote): AnalyzedArticle["quotes"][number] {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    speaker: q.speaker,
    speakerEntity: q.speakerEntity,
    cue: q.cue,
    kind: q.kind,
    ...(q.via !== undefined ? { via: q.via } : {}),
    ...(q.anonymous !== undefined ? { anonymous: q.anonymous } : {}),
  };
}

function numberClaim(n: NumberClaim): AnalyzedArticle["numbers"][number] {
  return {
    text: n.text,
    start: n.start,
    end: n.end,
    value: n.value,
    ...(n.valueMax !== undefined ? { valueMax: n.valueMax } : {}),
    unit: n.unit,
  };
}

const dateMention = (d: DateMention) => ({ text: d.text, start: d.start, end: d.end, value: d.value });
