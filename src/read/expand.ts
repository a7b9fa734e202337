/**
 * Inputs → files: paths, folders (recursive), globs and `-` (stdin).
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { MarsadError } from "../errors.js";
import { resolveReadOptions } from "./options.js";
import type { ReadOptions } from "./types.js";

/** Code-unit order: stable across machines and locales (no `localeCompare`). */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Joins a folder as the user wrote it with a relative name, keeping the user's style (`./x/` stays `./x/…`). */
function joinGiven(dir: string, rel: string): string {
  return dir.endsWith("/") || dir.endsWith(path.sep) ? `${dir}${rel}` : `${dir}/${rel}`;
}

/**
 * Expands one input. Files of a folder are listed without hidden files and folders (`.git`, `.DS_Store`).
 * Throws MarsadError ERR_READ_NOT_FOUND when it matches nothing.
 */
export async function expandOne(input: string, options: ReadOptions = {}): Promise<string[]> {
  if (input === "-") return ["-"];
  const st = await stat(input).catch(() => undefined);
  if (st?.isDirectory()) {
    const rels = await glob(options.recursive === false ? ["*"] : ["**/*"], {
      cwd: input,
      onlyFiles: true,
      dot: false,
      followSymbolicLinks: true,
      expandDirectories: false,
    });
    if (rels.length === 0) {
      throw new MarsadError("ERR_READ_NOT_FOUND", "the folder holds no files; check the path", input);
    }
    return rels.sort(byCodeUnit).map((r) => joinGiven(input, r));
  }
  if (st) return [input];
  if (isDynamicPattern(input)) {
    const matches = await glob([input], {
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      absolute: path.isAbsolute(input),
    });
    if (matches.length === 0) {
      throw new MarsadError(
        "ERR_READ_NOT_FOUND",
        "the pattern matches no file; check it (quote it so the shell does not expand it)",
        input,
      );
    }
    // tinyglobby returns paths relative to cwd; keep a leading "./" if the user wrote one.
    const dotSlash = input.startsWith("./");
    return matches.map((m) => (dotSlash && !m.startsWith("./") && !path.isAbsolute(m) ? `./${m}` : m)).sort(byCodeUnit);
  }
  throw new MarsadError("ERR_READ_NOT_FOUND", "no such file or folder; check the path", input);
}

/**
 * Expands paths, folders (recursive unless `recursive: false`), globs and `-` (stdin) to the files to
 * read, each input's files in code-unit order, inputs in the order given, duplicates dropped.
 * Throws MarsadError ERR_READ_NOT_FOUND for a path/glob that matches nothing.
 *
 * @example await expandInputs(["corpus/", "extra/*.jsonl.gz", "-"]) // ["corpus/a.html", "corpus/b/c.txt", "extra/x.jsonl.gz", "-"]
 */
export async function expandInputs(inputs: string[], readOptions?: ReadOptions): Promise<string[]> {
  const options = resolveReadOptions(readOptions);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const input of inputs) {
    for (const f of await expandOne(input, options)) {
      const key = f === "-" ? f : path.resolve(f);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(f);
      }
    }
  }
  return out;
}
