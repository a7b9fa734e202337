/**
 * Teams in a match's result: a country or a city that beat or lost to another by a score is its team, an
 * organisation (فازت كينيا على إريتريا 2 - 1), as the training data's match reports tag it.
 */

import { gazKey, isPlaceKey } from "./features.js";
import type { Raw, Tok } from "./folded-tokens.js";
import { trimmedStart } from "./name-words.js";

/** Words between two sides of a result (folded): على، أمام، ضد. */
const AGAINST: ReadonlySet<string> = new Set(["علي", "امام", "ضد"]);

/** One side's goals: one or two digits, or صفر. */
const GOALS = /^(?:\p{N}{1,2}|صفر)$/u;

/**
 * Sides of a result written «A على/أمام/ضد B 2 - 1» (وخسرت كينيا أمام إريتريا 1 - 2، فازت الغابون على مدغشقر 4 -
 * صفر، وتنزانيا على بوركينا فاسو 2 - 1): B, a place's or an organisation's mention right before the score, is a team
 * (بفوز صعب على هايتي 1 - صفر), and so is A, the mention right before the word «against»: a place's mention becomes an organisation's. A side the
 * tagger left untagged that is a country of the gazetteer, maybe after و (الغابون، واوغندا), becomes one too. The
 * score right after the second side makes the pattern a match's whatever the sentence's other words.
 */
export function teamsInResults(toks: Tok[], raws: Raw[]): void {
  const endingAt = new Map<number, Raw>();
  for (const r of raws) endingAt.set(r.b, r);
  const added: Raw[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    if (
      (toks[i] as Tok).text !== "-" ||
      !GOALS.test((toks[i - 1] as Tok).text) ||
      !GOALS.test((toks[i + 1] as Tok).text)
    )
      continue;
    const second = endingAt.get(i - 1);
    if (second === undefined || second.role || (second.type !== "LOC" && second.type !== "ORG")) continue;
    const against = toks[second.a - 1];
    if (against === undefined || !AGAINST.has(against.text)) continue;
    second.type = "ORG";
    let first = endingAt.get(second.a - 1);
    if (first === undefined) {
      const t = toks[second.a - 2];
      const cut = t === undefined ? 0 : trimmedStart(t.text, "LOC");
      if (t === undefined || !isPlaceKey(gazKey(t.text.slice(cut)))) continue;
      first = { a: second.a - 2, b: second.a - 1, type: "LOC", s: t.s + cut, e: t.e, key: [gazKey(t.text.slice(cut))] };
      added.push(first);
    }
    if (!first.role && first.type === "LOC") first.type = "ORG";
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/**
 * A club's or a team's noun in the construct state, folded, maybe after و or ف and ب or ل, or with a possessive
 * pronoun (نادي، لنادي، وفريق، فريقه، ناديها): the name right after it is the club's. Not with the article (مقر النادي
 * بمكة: where the club is), nor plural (أندية الرياض، فرق المنطقة: a place's clubs), nor منتخب: the training data
 * writes منتخب هولندا both as a place after the word and as an organisation over both.
 */
const TEAM_NOUN = /^[وف]?[بل]?(?:نادي|فريق)(?:ه|ها)?$/u;

/**
 * A place's mention right after a club's or a team's noun in the construct state (نادي الرياض، لنادي كوينز بارك،
 * فريقه ساو باولو، فريق لوس أنجلوس ليكرز) names the club or the team: an organisation, as the training data tags the
 * name after نادي and فريق (نادي تشارلتون، فريق المغرب الفاسي). Run after names are spread, so that the city itself
 * stays a place elsewhere in the article.
 */
export function placesNamingTeams(toks: Tok[], raws: Raw[]): void {
  for (const r of raws) {
    if (r.type !== "LOC" || r.role || r.area || r.a === 0) continue;
    const noun = toks[r.a - 1] as Tok;
    if (noun.group >= 0 || noun.line !== (toks[r.a] as Tok).line || !TEAM_NOUN.test(noun.text)) continue;
    r.type = "ORG";
  }
}
