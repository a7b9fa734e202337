/**
 * Per-outlet templates: a line that recurs in many articles of one outlet is that outlet's chrome
 * (a signature, a slogan, "تابعونا على تويتر", a fixed disclaimer), even when no phrase rule knows it.
 */

import { lineKey } from "./chrome.js";

/**
 * A line must recur in at least this many articles of an outlet before it counts as template: below 5 the
 * evidence is too thin (two wire copies of one story share many lines verbatim).
 */
export const TEMPLATE_MIN_ARTICLES = 5;
/**
 * …and in at least this share of the outlet's articles: 20% keeps recurring agency credits of a busy desk
 * (a story line shared by a running series) out, while a footer line that is on every page is far above it.
 */
export const TEMPLATE_MIN_SHARE = 0.2;
/**
 * Lines longer than this (characters, folded) are never template candidates: chrome lines are short, and a
 * long line recurring across articles is a syndicated paragraph, which `link` must see, not lose.
 */
export const TEMPLATE_MAX_LINE_CHARS = 200;
/** Distinct lines kept per outlet before the once-seen ones are pruned (bounds memory on large ingests). */
const MAX_KEYS_PER_OUTLET = 50_000;

interface OutletStats {
  articles: number;
  counts: Map<string, number>;
}

interface TemplatesJson {
  version: 1;
  outlets: Record<string, { articles: number; lines: [string, number][] }>;
}

/**
 * Counts, per outlet, in how many articles each distinct line appears.
 *
 * @example
 * const t = new OutletTemplates();
 * for (let i = 0; i < 10; i++) t.observe("sabq", ["تابعونا على تويتر", `خبر رقم ${i}`]);
 * t.isTemplate("sabq", "تابعونا على تويتر"); // true
 * t.isTemplate("sabq", "خبر رقم 3"); // false
 */
export class OutletTemplates {
  private readonly outlets = new Map<string, OutletStats>();

  /** Records the lines of one article of `outlet` (each distinct line counted once). */
  observe(outlet: string, lines: string[]): void {
    this.observeKeyed(outlet, lines);
  }

  /** `observe` with the lines' `lineKey`s already computed (`keys[i]` of `lines[i]`). */
  observeKeyed(outlet: string, lines: string[], keys?: string[]): void {
    let s = this.outlets.get(outlet);
    if (!s) {
      s = { articles: 0, counts: new Map() };
      this.outlets.set(outlet, s);
    }
    s.articles++;
    const seen = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      // Folding only shortens a line (marks, tatweel): a line this long can never be a template key.
      if ((lines[i] as string).length > TEMPLATE_MAX_LINE_CHARS * 3) continue;
      const key = keys?.[i] ?? lineKey(lines[i] as string);
      if (key.length === 0 || key.length > TEMPLATE_MAX_LINE_CHARS || seen.has(key)) continue;
      seen.add(key);
      s.counts.set(key, (s.counts.get(key) ?? 0) + 1);
    }
    // Prune down to half the bound, rarest lines first, so that pruning runs once per
    // MAX_KEYS_PER_OUTLET / 2 new lines and not on every article once the bound is reached.
    for (let rare = 1; s.counts.size > MAX_KEYS_PER_OUTLET / (rare === 1 ? 1 : 2); rare++) {
      for (const [k, n] of s.counts) if (n <= rare) s.counts.delete(k);
    }
  }

  /** True when `line` recurs in ≥ TEMPLATE_MIN_ARTICLES and ≥ TEMPLATE_MIN_SHARE of the outlet's articles. */
  isTemplate(outlet: string, line: string): boolean {
    return this.isTemplateKey(outlet, lineKey(line));
  }

  /** `isTemplate` for a line already keyed with `lineKey`. */
  isTemplateKey(outlet: string, key: string): boolean {
    const s = this.outlets.get(outlet);
    if (!s || s.articles < TEMPLATE_MIN_ARTICLES || key.length > TEMPLATE_MAX_LINE_CHARS) return false;
    const n = s.counts.get(key) ?? 0;
    return n >= TEMPLATE_MIN_ARTICLES && n / s.articles >= TEMPLATE_MIN_SHARE;
  }

  /** Number of articles observed for `outlet`. */
  articles(outlet: string): number {
    return this.outlets.get(outlet)?.articles ?? 0;
  }

  /** Serialisable state; lines seen only once are left out (they cannot become template on their own soon). */
  toJSON(): unknown {
    return this.serialise(false);
  }

  /** `toJSON()` with the lines seen once too: the whole state, to hand to another thread mid-run. */
  toCompleteJSON(): unknown {
    return this.serialise(true);
  }

  private serialise(complete: boolean): unknown {
    const out: TemplatesJson = { version: 1, outlets: {} };
    for (const [o, s] of this.outlets) {
      out.outlets[o] = {
        articles: s.articles,
        lines: complete ? [...s.counts] : [...s.counts].filter(([, n]) => n > 1),
      };
    }
    return out;
  }

  /** Restores `toJSON()` output; throws a TypeError naming the bad field on anything else. */
  static fromJSON(json: unknown): OutletTemplates {
    const t = new OutletTemplates();
    const j = json as Partial<TemplatesJson> | null;
    if (!j || typeof j !== "object" || j.version !== 1 || typeof j.outlets !== "object" || j.outlets === null) {
      throw new TypeError("OutletTemplates.fromJSON: expected {version: 1, outlets: {...}} as written by toJSON()");
    }
    for (const [o, s] of Object.entries(j.outlets)) {
      if (!s || typeof s.articles !== "number" || !Array.isArray(s.lines)) {
        throw new TypeError(
          `OutletTemplates.fromJSON: outlets.${o} must be {articles: number, lines: [line, count][]}`,
        );
      }
      const counts = new Map<string, number>();
      for (const pair of s.lines) {
        if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "number") {
          throw new TypeError(`OutletTemplates.fromJSON: outlets.${o}.lines has an entry that is not [string, number]`);
        }
        counts.set(pair[0], pair[1]);
      }
      t.outlets.set(o, { articles: s.articles, counts });
    }
    return t;
  }
}
