/**
 * Options of the extract stage: one type, one default, validated at the boundary (STYLE rule 6).
 */

import { z } from "zod";
import { MarsadError } from "../errors.js";

/**
 * Fewer body characters than this and there is no article (a menu page, an error page, a video stub).
 * 25 = shortest real body in the dev gold is ~600 chars; wire briefs of one sentence are ~60; 25 only rejects
 * pages whose "body" is a stray label.
 */
export const MIN_BODY_CHARS = 25;

/**
 * After a "read also" / "related" heading, up to this many short lines are taken as its headline list.
 * 12: the longest related list on the dev templates has 8 items; lists beyond 12 are sidebars Readability drops.
 */
export const MAX_RELATED_LINES = 12;

export const ExtractOptionsSchema = z.strictObject({
  /** Bodies shorter than this (in characters) fail with ERR_EXTRACT_NO_ARTICLE. */
  minBodyChars: z.number().int().min(0),
  /** Order assumed for an ambiguous numeric date such as 4/10/2021 when nothing in the page decides it. */
  numericDateOrder: z.enum(["dmy", "mdy"]),
  /** Keep short non-chrome lines between paragraphs (subheadings). */
  keepSubheadings: z.boolean(),
  /** Lines after a related-links heading that are dropped as its list (see MAX_RELATED_LINES). */
  maxRelatedLines: z.number().int().min(0),
  /** Cut a dateline (`الرياض - واس:`) off the start of the body into `Article.dateline`. */
  cutDateline: z.boolean(),
});

export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

export const defaultExtractOptions: ExtractOptions = Object.freeze({
  minBodyChars: MIN_BODY_CHARS,
  // Arab convention: day first. A weekday or a value > 12 overrides it per page.
  numericDateOrder: "dmy",
  keepSubheadings: true,
  maxRelatedLines: MAX_RELATED_LINES,
  cutDateline: true,
}) as ExtractOptions;

/**
 * Merges partial options over the defaults and validates them; unknown keys are rejected.
 *
 * @example
 * resolveExtractOptions({ numericDateOrder: "mdy" }).numericDateOrder; // "mdy"
 * resolveExtractOptions({ nope: 1 } as never); // throws MarsadError ERR_OPTIONS
 */
export function resolveExtractOptions(options?: Partial<ExtractOptions>): ExtractOptions {
  if (options === undefined) return defaultExtractOptions;
  const r = ExtractOptionsSchema.safeParse({ ...defaultExtractOptions, ...options });
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.join(".") || (issue && "keys" in issue ? String(issue.keys) : "options");
    throw new MarsadError(
      "ERR_OPTIONS",
      `invalid extract option ${where}: ${issue?.message ?? "invalid"}; see defaultExtractOptions for valid keys`,
      "extract options",
    );
  }
  return r.data;
}
