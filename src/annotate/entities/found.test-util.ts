/**
 * What `findEntities` finds in a test sentence, in the shapes the entity tests compare.
 */
import type { EntityType } from "../../model/types.js";
import { findEntities } from "./find.js";

/** Every mention of `text` (and `title`) as TYPE:text, in text order. */
export const found = (text: string, title?: string): string[] =>
  findEntities(text, title).mentions.map((m) => `${m.type}:${m.text}`);

/** The texts of the mentions of one type in `text`, in text order. */
export const mentionsOf = (type: EntityType, text: string): string[] =>
  findEntities(text)
    .mentions.filter((m) => m.type === type)
    .map((m) => m.text);
