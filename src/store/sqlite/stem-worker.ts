/**
 * Worker thread that computes index texts (space-joined stems) while the main
 * thread writes to SQLite: ingest uses both cores (see `sqlite-store.ts`).
 * Messages in: `{ seq, texts: string[] }`; out: `{ seq, index: string[] }`.
 */
import { parentPort } from "node:worker_threads";
import { indexText } from "../index-text.js";

parentPort?.on("message", (m: { seq: number; texts: string[] }) => {
  parentPort?.postMessage({ seq: m.seq, index: m.texts.map(indexText) });
});
