/**
 * One article against one story: the join score (content with the event-day, speaker, copy and headline-conflict
 * evidence, under the story decay) and the thread score (content under the thread decay), with their parts.
 */

import { sharesAny } from "./article-signals.js";
import { guestsConflict } from "./guests.js";
import { countsConflict } from "./headline.js";
import type { ClusterOptions } from "./options.js";
import { placesConflict } from "./places.js";
import type { Query, StoryRec, StoryScore, ThreadParts } from "./story-records.js";
import { cosineWithout, decay, dot, headCosine } from "./term-vectors.js";
import { trendConflict } from "./trend.js";

/**
 * Cosines of the article's novel text and whole text with the core of the story's thread (`ThreadCore`):
 * the most the story's body cosine may count for in its thread score; and of its entities with the thread's
 * entity core (its stories' normalised entity vectors summed), the most the story's entity cosine may count for.
 */
export interface ThreadReach {
  novel: number;
  full: number;
  entity: number;
}

/** A thread without a core (one story): its story's centroid is its core. */
export const NO_CORE: ThreadReach = { novel: 1, full: 1, entity: 1 };

/** Shared distinctive numbers that give the full `numberWeight` bonus. */
const NUMBER_ANCHORS = 2;

/**
 * Scores of one article against one story: joining (story decay) and thread linking (thread decay), with their
 * parts. `dt` is the time between the article and the story's first article; `articleStory` maps each clustered
 * article to its story.
 *
 * @example
 * // in StoryClusterer.add, for each candidate story s of the article's query q:
 * const { score, thread } = storyScore(q, s, Math.abs(q.f.time - s.first), articleStory, options);
 * score >= options.joinThreshold; // the article may join s
 */
export function storyScore(
  q: Query,
  s: StoryRec,
  dt: number,
  articleStory: ReadonlyMap<string, string>,
  o: ClusterOptions,
): StoryScore {
  const { f, vec, fullVec, titleVec, ents, nums } = q;
  const title = s.titleNorm === 0 ? 0 : dot(titleVec, s.titleSum) / s.titleNorm;
  const wsum = o.bodyWeight + o.titleWeight;
  let entity = 0;
  const hasEntities = ents.terms.length > 0 && s.entityNorm > 0;
  if (hasEntities) {
    // Cosine of idf-weighted entity vectors: a shared minister or village counts, a country
    // named in every report barely does, and the article's own people not in the story count against.
    entity = dot(ents, s.entities) / s.entityNorm;
  }
  let sharesBackground = false;
  for (const l of f.links) {
    if (!l.event && articleStory.get(l.other) === s.id) sharesBackground = true;
  }
  // Against a story holding the article it shares background with, the background is left out
  // of the story's side too (its first member still carries it in the centroid).
  const centroidBody = sharesBackground
    ? cosineWithout(vec, s.sum, f.backgroundTerms)
    : s.sumNorm === 0
      ? 0
      : dot(vec, s.sum) / s.sumNorm;
  // A story whose members say different things has a centroid that names their common topic, and
  // an article on that topic is close to it without being close to any member: the chain by which
  // a day's storyline became one story. The spread (centroid norm over members: 1 when they all
  // say the same, 1/√n when they share nothing) scales the body cosine toward the average of the
  // article's cosines with the members, so a story that has drifted needs closer evidence.
  const spread = s.sumNorm === 0 ? 1 : Math.min(1, s.sumNorm / Math.max(1, s.members.length));
  let body = centroidBody * spread ** o.spreadPenalty;
  if (s.heads.length > 0 && o.headMembers > 0) {
    // Close to the centroid is not enough: the article must also be close to one of the story's first
    // reports, which state its event (see `headMembers`).
    let nearest = 0;
    const skip = sharesBackground ? f.backgroundTerms : null;
    for (let k = 0; k < Math.min(s.heads.length, o.headMembers); k++) {
      nearest = Math.max(nearest, headCosine(q, s.heads[k]!, skip));
    }
    body = Math.min(body, nearest);
  }
  const mix = (b: number) =>
    hasEntities
      ? (o.bodyWeight * b + o.titleWeight * title + o.entityWeight * entity) / (wsum + o.entityWeight)
      : (o.bodyWeight * b + o.titleWeight * title) / wsum;
  let numberHits = 0;
  if (nums.size > 0 && s.numbers.size > 0) for (const n of nums) if (s.numbers.has(n)) numberHits++;
  const numberBonus = o.numberWeight * Math.min(1, numberHits / NUMBER_ANCHORS);
  let content = mix(body) + numberBonus;
  let coverage = 0;
  let sharedWords = 0;
  for (const l of f.links) {
    if (articleStory.get(l.other) !== s.id) continue;
    // A copy holds the other's lead, its event: an item pasted whole into a digest's later paragraphs is
    // covered by the digest but copies its side item, whose story is not the digest's (see `otherLead`).
    if (l.otherLead) coverage = Math.max(coverage, l.coverage);
    sharedWords = Math.max(sharedWords, l.words);
  }
  // Same event, same day: a lead that reports its event on a day the story's leads report counts
  // for it, when the body reads like the story's first reports (every lead of a news day says
  // «أمس», see `eventDayBodyFloor`); on another day only, against it (two hearings, two statements,
  // day one and the deal of a strike), and more so from a later day (see `laterDayPenalty`). Only
  // for joining: the thread is where the day-by-day reports of a storyline meet.
  let event = content;
  let day: StoryScore["day"] = "unknown";
  if (q.days.size > 0 && s.days.size > 0) {
    day = "other";
    for (const d of q.days) if (s.days.has(d)) day = "same";
    const penalty = dt > o.storyGrace ? o.laterDayPenalty : o.eventDayPenalty;
    const bonus = body >= o.eventDayBodyFloor ? o.eventDayBonus : 0;
    event = day === "same" ? content * (1 + bonus) : content * (1 - penalty);
  }
  // One person's statement, one event: a lead that quotes a person the story's leads quote counts for
  // the story (one press conference, one interview), unless a shared day has counted already.
  if (day !== "same" && sharesAny(q.speakers, s.speakers)) event *= 1 + o.leadSpeakerBonus;
  if (coverage >= o.copyCoverage) {
    content = Math.max(content, o.copyScore);
    // A copy whose lead reports another day is a recurring bulletin's template (a weather
    // forecast, a campaign's daily tally) unless it is near-verbatim (a late republication).
    if (day !== "other" || coverage >= o.otherDayCopyCoverage) event = Math.max(event, o.copyScore);
  }
  // Headlines that count one thing with other numbers report two events (two committees' billboards,
  // two days' tallies), however alike the wording: even a copy of a template, unless near-verbatim.
  const countConflict = coverage < o.otherDayCopyCoverage && countsConflict(q.counts, s.counts);
  if (countConflict) event *= 1 - o.headlineCountPenalty;
  // Headlines that name two regions, neither named by the other report, are one template's items for two
  // regions (labour inspections in Khaybar and in al-Jouf), unless near-verbatim: two events.
  if (coverage < o.otherDayCopyCoverage && placesConflict(q.places, q.around, s.places.keys(), s.around))
    event *= 1 - o.headlinePlacePenalty;
  // A headline whose market moved the other way than the story's headlines say is another session's
  // report (oil's fall on Monday, its rise on Tuesday), unless near-verbatim: two events.
  if (coverage < o.otherDayCopyCoverage && trendConflict(q.trend, s.trend)) event *= 1 - o.headlineTrendPenalty;
  // A meeting or cable headline whose guest the story's such headlines and text never name, and whose text
  // names none of theirs, is another visitor's reception by the same host (the emir of Asir receives the
  // head of the fatwa branch and a family) or another country's cable, unless near-verbatim: two events.
  if (
    q.guests !== undefined &&
    s.guests.size > 0 &&
    coverage < o.otherDayCopyCoverage &&
    guestsConflict(q.guests, q.guestAround, s.guests.keys(), s.sum.keys())
  )
    event *= 1 - o.headlineGuestPenalty;
  // Headlines that share no word name two events unless the leads' day says otherwise: what the bodies
  // share is then the storyline (its actors and background). Only with annotations, which date the leads.
  const disjoint = title === 0 && titleVec.terms.length > 0 && s.titleNorm > 0;
  if (q.annotated && disjoint && day !== "same" && coverage < o.copyCoverage) event *= 1 - o.disjointHeadlinePenalty;
  const joinable = s.joinable && dt <= o.storyWindow;
  // Capped: a bonus on a copy's score does not make it more than certain.
  const score = joinable ? Math.min(1, event) * decay(dt, o.storyGrace, o.storyHalfLife) : 0;
  const fullBody = fullVec === vec ? centroidBody : s.sumNorm === 0 ? 0 : dot(fullVec, s.sum) / s.sumNorm;
  const parts: ThreadParts = {
    centroidBody,
    fullBody,
    title,
    entity: hasEntities ? entity : null,
    numberBonus,
    copy: coverage >= o.copyCoverage,
    pasted: sharedWords >= o.threadSharedWords,
    countConflict,
    decay: s.joinable ? decay(dt, o.threadGrace, o.threadHalfLife) : 0,
  };
  const thread = threadScore(parts, NO_CORE, o);
  return { score, thread, threadParts: parts, content, body, title, entity, numberHits, day, dt };
}

/**
 * The thread score of one story (under the thread decay) from its parts, its body cosines no higher than
 * the article's with the story's thread's core: close to one of its stories is not enough (`ThreadReach`).
 * Nor are the people and bodies it shares with one of them: a region's governor and police chief are named
 * in all its news, and a thread that a chain of resemblances gathered (a condolence in Najran, then the
 * governor of Asir's reception of a security official) shares them with one story only, where those of one
 * storyline share its actors across its stories. So the story's entity cosine counts no more than the
 * article's with the thread's entity core. Dev (eval/stories.ts): the Asir emir's funeral prayer for the
 * victims of the emergency-forces mosque bombing had continued that Najran thread at 0.321 through the
 * reception (entity cosine 0.585, with the core 0.433: 0.291) and now continues the bombing's, whose
 * reactions of the day add up to 0.317; "related" pairs in one thread 91.0% → 92.3% (two of the bombing's
 * in, one out: the Mufti's second statement, whose thread of ministers' and officials' condemnations has a
 * thin entity core, 0.104), "different" 26.9% → 25.8%; same-story decisions, in-corpus decisions and ANT
 * purity unchanged (they run without annotations, so without entities). SaudiNewsNet 6–9 August 2015 with
 * annotations (7,315 articles): stories unchanged, 184 of 4,153 change thread; of 95 read, 45 better (a
 * region's or a market's catch-all gives back Hajj, university, private-sector and honey-festival stories),
 * 13 worse (the prison directors' meeting and Catalonia into catch-alls), the rest from one wrong thread to
 * another; threads of two stories or more 382 → 401, the largest 175 110 100 → 172 109 83.
 *
 * @example
 * const { threadParts } = storyScore(q, s, dt, articleStory, o);
 * threadScore(threadParts, { novel: 0.1, full: 0.1, entity: 0.2 }, o); // as though the story said no more than 0.1, named no more than 0.2
 */
export function threadScore(p: ThreadParts, reach: ThreadReach, o: ClusterOptions): number {
  const wsum = o.bodyWeight + o.titleWeight;
  const entity = p.entity === null ? null : Math.min(p.entity, reach.entity);
  const mix = (b: number) =>
    entity !== null
      ? (o.bodyWeight * b + o.titleWeight * p.title + o.entityWeight * entity) / (wsum + o.entityWeight)
      : (o.bodyWeight * b + o.titleWeight * p.title) / wsum;
  // The thread is the storyline, whose stories do spread: it is scored on the centroid itself.
  let threadContent = mix(Math.min(p.centroidBody, reach.novel)) + p.numberBonus;
  if (p.copy) threadContent = Math.max(threadContent, o.copyScore);
  const fullText = (o.bodyWeight * Math.min(p.fullBody, reach.full) + o.titleWeight * p.title) / wsum;
  let tcontent = Math.max(threadContent, fullText);
  if (p.pasted) tcontent = 1;
  // Nor are they one storyline: two companies' half-year results, two committees' billboards are
  // parallel routine items, however alike the template (see `threadCountPenalty`).
  if (p.countConflict) tcontent *= 1 - o.threadCountPenalty;
  return tcontent * p.decay;
}
