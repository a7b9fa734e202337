/** Minimal CSV reading for the evaluation and build scripts. */

import { readFileSync } from "node:fs";

/** Rows of a CSV file (see `parseCsv`). */
export function readCsv(file: string): string[][] {
  return parseCsv(readFileSync(file, "utf8"));
}

/**
 * Rows of a CSV text (RFC 4180: quoted fields with "" escapes and line breaks inside quotes; blank lines skipped).
 *
 * @example parseCsv('a,"b ""c"""\n1,2\n'); // [["a", 'b "c"'], ["1", "2"]]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((x) => x !== "")) rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
