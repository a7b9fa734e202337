/**
 * What `findQuotes` finds in a test sentence as the pipeline runs it, for the quote tests.
 */
import { findEntities } from "./entities/index.js";
import { findQuotes } from "./quotes.js";

/** Quotes as the pipeline finds them: with the article's entity mentions and entities. */
export function withEntities(text: string) {
  const { mentions, entities } = findEntities(text);
  return findQuotes(text, mentions, entities);
}

/** The speakers of the quotes the pipeline finds in `text`, in order. */
export const speakers = (text: string): (string | null)[] => withEntities(text).map((q) => q.speaker);
