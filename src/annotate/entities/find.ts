/**
 * Entity mentions of one article, with in-article resolution: later partial names
 * (الكاظمي) join the full name (مصطفى الكاظمي), aliases join their canonical entity,
 * role phrases in apposition (وزير الخارجية العراقي فؤاد حسين) become the person's roles,
 * and a later bare role phrase (رئيس الحكومة العراقية) points to the person named with it.
 */

import { type Folded, fold } from "../../arabic/fold.js";
import type { Entity, Mention } from "../../model/types.js";
import { commonNounsReadAsClubs, sportForClubs } from "./club-words.js";
import { splitAtDashes } from "./dash-splits.js";
import { gazKey, isSportSentence } from "./features.js";
import { coveredTokens, type Raw, sentences, type Tok, tatweelDashes, tokenizeForTagging } from "./folded-tokens.js";
import {
  conjunctionsBeforeWrittenNames,
  knownNamesOverSpans,
  listedNameEnds,
  propagate,
  quotedCommonWords,
  SEED_NAMES,
} from "./known-names.js";
import { placesNamingTeams, teamsInResults } from "./match-teams.js";
import { resolve } from "./mention-resolution.js";
import { minedNamesBeforePersons } from "./mined-names.js";
import { commonWordsReadAsMovements, speaksOfPalestine } from "./movement-words.js";
import { givenNamesBeforeChains, repeatedFamilyNames, untaggedKunyas } from "./name-chains.js";
import {
  dropAccusativeTail,
  dropCommonWords,
  dropCurrencies,
  dropPredicates,
  familyNisbasAfterGivenNames,
  familyNounsAfterChains,
  gluedFirstNames,
  gluedPrepositions,
  kunyaParticles,
  namesAfterRoyalTitles,
  namesRunOnThroughPrepositions,
  nounsBeforeNames,
  personsAfterRoles,
  placesAfterGivenNames,
  wordsJoinedToNames,
  wordsNeverNames,
} from "./name-rules.js";
import {
  adjectivesReadAsNames,
  bareHeadsLeftAlone,
  descriptionsReadAsNames,
  fieldNamesOfDefiniteHeads,
  fieldsOfMinisters,
  headedNamesTakeTheirCountry,
  headsBeforeNames,
  headsTakeTheirAdjectives,
  headsTakeTheirGenitive,
  headsWithGenitives,
  institutionsOfPlaces,
  stateBodiesOfCountries,
} from "./org-heads.js";
import { citiesAfterAreaHeads, settlementHeads } from "./place-rules.js";
import { findRoles, possessedHeads } from "./role-rules.js";
import { conjoinedHamzas, hamzaInitials, spansFromTags } from "./tagged-spans.js";
import { loadTagger } from "./tagger.js";
import { verbsAfterNames } from "./verb-tails.js";

export { MAX_SENTENCE_TOKENS } from "./folded-tokens.js";
export { MAX_PAREN_ALIAS_TOKENS } from "./known-names.js";
export { MAX_ROLE_CHAIN, ROLE_WINDOW } from "./role-rules.js";

/**
 * Mentions of entities in `text` (spans into the original text), each with the id of
 * its resolved entity, and the article's entities. `title`, when given, is read first
 * so that a full name or a role stated in the title resolves mentions in the body; its
 * own mentions are not returned (they have no offsets in `text`).
 *
 * @example
 * const { mentions, entities } = findEntities("قال رئيس الوزراء مصطفى الكاظمي ... وأضاف الكاظمي");
 * mentions.map(m => m.text); // ["مصطفى الكاظمي", "الكاظمي"] (one entity id)
 * entities[0].roles; // ["رئيس الوزراء"]
 */
export function findEntities(text: string, title?: string): { mentions: Mention[]; entities: Entity[] } {
  const tagger = loadTagger();
  const known = new Map(SEED_NAMES);
  const parts: { text: string; f: Folded; toks: Tok[]; raws: Raw[]; keep: boolean }[] = [];
  const titled = title?.trim() ? fold(title) : null;
  const body = fold(text);
  // A word the article also writes with the article ال (الإضراب) is a common noun, not a name.
  const definite = (w: string) => {
    const x = w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const re = new RegExp(`(?:^|[^\\p{L}\\p{M}])[وف]?(?:[بلك]?ال|لل)${x}(?![\\p{L}\\p{M}])`, "u");
    return re.test(body.text) || (titled !== null && re.test(titled.text));
  };
  let sport = false;
  // Read over the whole article (title and body) before either is tagged: حماس in the title is the movement when
  // the body speaks of Gaza.
  const words = (f: Folded | null) => f?.text.split(/[^\p{L}\p{M}]+/u) ?? [];
  const palestine = speaksOfPalestine([...words(titled), ...words(body)]);
  if (titled && title) parts.push(analyse(title, titled, false));
  parts.push(analyse(text, body, true));

  function analyse(t: string, f: Folded, keep: boolean) {
    const toks = tokenizeForTagging(f);
    const tags = new Uint8Array(toks.length);
    const ranges = sentences(f, toks);
    for (const [a, b] of ranges) {
      const tagged = tagger.tagFolded(toks.slice(a, b).map((x) => x.text));
      tags.set(tagged, a);
    }
    const raws = spansFromTags(toks, tags, hamzaInitials(t, f, toks), conjoinedHamzas(t, f, toks));
    splitAtDashes(toks, raws, tatweelDashes(t, f, toks));
    const tagged = coveredTokens(toks, raws);
    quotedCommonWords(toks, ranges, raws);
    knownNamesOverSpans(toks, raws);
    dropAccusativeTail(t, f, toks, raws);
    const notNames = wordsNeverNames(t, f, toks);
    dropCommonWords(toks, raws, notNames);
    const sportHere = ranges.some(([a, b]) => {
      const words = toks.slice(a, b).map((x) => x.text);
      return isSportSentence(words, words.map(gazKey));
    });
    dropCurrencies(toks, raws, sportHere);
    // A sport headline makes the body's club names clubs too (the title is read first).
    sport ||= sportHere && ranges.some(([a, b]) => sportForClubs(toks.slice(a, b).map((x) => x.text)));
    commonNounsReadAsClubs(toks, raws, sport);
    const commonMovementWords = commonWordsReadAsMovements(toks, raws, palestine);
    headsTakeTheirGenitive(toks, raws);
    headsTakeTheirAdjectives(toks, raws);
    headsBeforeNames(toks, raws);
    adjectivesReadAsNames(toks, raws);
    descriptionsReadAsNames(toks, raws);
    dropPredicates(t, f, toks, raws);
    const glued = gluedPrepositions(t, f, toks);
    nounsBeforeNames(toks, raws, glued, definite);
    // A word a rule above took out of a name here (أنا فخور: what the pronoun is) is no name here even when the
    // title or another sentence names it (the headline «فخور بلاعبيّ» tagged فخور an organisation).
    const untagged = new Set([...notNames.particles, ...commonMovementWords]);
    const still = coveredTokens(toks, raws);
    tagged.forEach((c, i) => {
      if (c && !still[i]) untagged.add(i);
    });
    listedNameEnds(toks, raws);
    wordsJoinedToNames(toks, raws, known);
    namesRunOnThroughPrepositions(toks, raws);
    personsAfterRoles(t, f, toks, raws);
    namesAfterRoyalTitles(toks, raws);
    gluedFirstNames(toks, raws);
    minedNamesBeforePersons(toks, raws);
    untaggedKunyas(toks, raws);
    givenNamesBeforeChains(toks, raws);
    repeatedFamilyNames(toks, raws);
    kunyaParticles(toks, raws);
    familyNounsAfterChains(t, f, toks, raws);
    familyNisbasAfterGivenNames(toks, raws);
    placesAfterGivenNames(toks, raws);
    verbsAfterNames(toks, raws);
    propagate(toks, raws, known, untagged, glued);
    bareHeadsLeftAlone(toks, raws);
    stateBodiesOfCountries(toks, raws);
    headsWithGenitives(toks, raws);
    fieldNamesOfDefiniteHeads(toks, raws);
    fieldsOfMinisters(toks, raws);
    headedNamesTakeTheirCountry(toks, raws);
    conjunctionsBeforeWrittenNames(toks, raws);
    teamsInResults(toks, raws);
    placesNamingTeams(toks, raws);
    citiesAfterAreaHeads(toks, raws);
    institutionsOfPlaces(toks, raws);
    findRoles(toks, raws, possessedHeads(t, f, toks));
    settlementHeads(toks, raws);
    return { text: t, f, toks, raws, keep };
  }

  return resolve(parts);
}
