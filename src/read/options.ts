/**
 * Options of the readers: one type (`ReadOptions`, in types.ts), one default, validated at the
 * boundary with unknown keys rejected (STYLE rule 6).
 */
import { z } from "zod";
import { MarsadError } from "../errors.js";
import type { FieldMapping, ReadOptions } from "./types.js";

const fieldName = z.string().trim().min(1);

export const FieldMappingSchema = z.strictObject({
  title: fieldName.optional(),
  text: fieldName.optional(),
  html: fieldName.optional(),
  url: fieldName.optional(),
  outlet: fieldName.optional(),
  date: fieldName.optional(),
  byline: fieldName.optional(),
  id: fieldName.optional(),
});

export const ReadOptionsSchema = z.strictObject({
  fields: FieldMappingSchema.optional(),
  outlet: z.string().trim().min(1).optional(),
  recursive: z.boolean().optional(),
  stdin: z
    .custom<NodeJS.ReadableStream>(
      (v) => typeof (v as { on?: unknown } | null)?.on === "function",
      "must be a readable stream",
    )
    .optional(),
});

/** The defaults: recurse into folders; no field mapping (the defaults in `DEFAULT_FIELDS`), no default outlet. */
export const defaultReadOptions: Readonly<ReadOptions> = Object.freeze({ recursive: true });

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Merges options over the defaults and validates them; unknown keys are rejected with ERR_OPTIONS.
 *
 * @example
 * resolveReadOptions({ fields: { text: "body" } }).recursive; // true
 * resolveReadOptions({ feilds: {} } as never); // throws MarsadError ERR_OPTIONS
 */
export function resolveReadOptions(options?: ReadOptions): ReadOptions {
  if (options === undefined) return defaultReadOptions;
  const r = ReadOptionsSchema.safeParse({ ...defaultReadOptions, ...options });
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.join(".") || (issue && "keys" in issue ? String(issue.keys) : "options");
    throw new MarsadError(
      "ERR_OPTIONS",
      `invalid read option ${where}: ${issue?.message ?? "invalid"}; valid keys are fields, outlet, recursive, stdin`,
      "read options",
    );
  }
  const { fields, ...rest } = r.data;
  const out = dropUndefined(rest) as ReadOptions;
  if (fields) out.fields = dropUndefined(fields) as FieldMapping;
  return out;
}
