/**
 * Entity-level exact-span scoring (CoNLL style): a predicted span counts only when its
 * start, end and type all equal a gold span's.
 */

import { bioSpans } from "./corpus.js";

/** Counts and figures for one type (or "ALL"). */
export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Accumulates exact-span matches over many sentences. */
export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  private get(type: string) {
    let c = this.counts.get(type);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(type, c);
    }
    return c;
  }

  /** Adds one sentence's gold and predicted BIO tags. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    const g = bioSpans(gold);
    const p = bioSpans(predicted);
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const gs = new Set(g.map(key));
    for (const s of g) this.get(s.type).gold++;
    for (const s of p) {
      const c = this.get(s.type);
      c.predicted++;
      if (gs.has(key(s))) c.correct++;
    }
  }

  /** Per-type figures, types in the given order, then the micro-average over them ("ALL"). */
  scores(types: readonly string[] = ["PER", "ORG", "LOC", "MISC"]): TypeScore[] {
    const fig = (type: string, gold: number, predicted: number, correct: number): TypeScore => {
      const precision = predicted > 0 ? correct / predicted : 0;
      const recall = gold > 0 ? correct / gold : 0;
      const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      return { type, gold, predicted, correct, precision, recall, f1 };
    };
    const out: TypeScore[] = [];
    let g = 0;
    let p = 0;
    let c = 0;
    for (const t of types) {
      const x = this.counts.get(t) ?? { gold: 0, predicted: 0, correct: 0 };
      out.push(fig(t, x.gold, x.predicted, x.correct));
      g += x.gold;
      p += x.predicted;
      c += x.correct;
    }
    out.push(fig("ALL", g, p, c));
    return out;
  }
}

/** A fixed-width text table of scores, F1 in percent. */
export function formatScores(rows: readonly TypeScore[]): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = ["type    gold  pred     P      R      F1"];
  for (const r of rows) {
    lines.push(
      `${r.type.padEnd(6)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`,
    );
  }
  return lines.join("\n");
}
