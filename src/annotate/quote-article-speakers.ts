/**
 * The article's people as the quote finder knows them (`ArticleSpeakers`): the entity tagger's names and
 * roles, role phrases split from names (وزير الدفاع الأمريكي آشتون كارتر), surnames completed (خلفان → ضاحي
 * خلفان) and a later bare role resolved to the person named with it (الرئيس الفرنسي السابق → فرانسوا هولاند).
 * Which words can be part of a name is quote-name-words.ts's.
 */

import { foldText } from "../arabic/fold.js";
import type { Token } from "../arabic/tokens.js";
import type { Entity, Mention, Quote } from "../model/types.js";
import { gazKey, isFirstName, nisbaPlace } from "./entities/features.js";
import { PERSON_TITLES, ROLE_HEADS } from "./entities/lexicon.js";
import { isFirstName as isGivenName } from "./entities/name-words.js";
import { isPlaceWord, RELATIVES } from "./quote-clause-words.js";
import { DEMONSTRATIVES, isAlaPreposition, isToldOutlet } from "./quote-clauses.js";
import { COMPLEMENTIZERS, CUES, SPEAKER_STOPS, TITLES } from "./quote-cues.js";
import { conjunctionCut, joinsLeft, nameStartIn } from "./quote-mention-starts.js";
import {
  appositeName,
  isLetterRank,
  isNameWord,
  MAX_APPOSITION_TOKENS,
  NAMED_PLACE_HEADS,
  placeAfterPrefix,
  RANK_QUALIFIERS,
  RANKS,
  REGION_HEADS,
} from "./quote-name-words.js";
import { MAX_ROLE_TOKENS, ROLE_LINKS, sentTo } from "./quote-phrases.js";
import {
  crossesPreposition,
  definiteNoun,
  HONORIFICS,
  isNameMention,
  isOrgWord,
  isPossessed,
  isRoleHead,
  NAME_PARTICLES,
  OCCUPATIONS,
  opensAnotherName,
  roleKey,
} from "./quote-roles.js";
import {
  bareIn,
  containsAll,
  containsRun,
  firstTokenAt,
  indexByWords,
  insideOnly,
  isInitialDot,
  joinedAt,
  stripArticle,
} from "./quote-text.js";

/** A person's name as the article writes it, with its folded words. */
interface NameCandidate {
  words: string[];
  name: string;
  /** The tagger found it as a person, or it starts with a known first name. */
  strong?: boolean;
}

/** A role the entity tagger attached to a person (طارق الجمال، وزير الصحة), with the person's fullest name. */
interface EntityRole {
  role: string[];
  name: string;
  entity: string;
}

/** A role phrase stated with a name in apposition (وزير الدفاع الأمريكي آشتون كارتر). */
interface RoleCandidate {
  role: string[];
  name: NameCandidate;
  at: number;
  /** Where the name is in the text (its PER mention, when the tagger found one, is the person's entity). */
  nameSpan: { start: number; end: number };
}

/**
 * What the article says about people, gathered once per article: names (for
 * completion: خلفان → ضاحي خلفان) and roles stated with a name (for a later bare
 * role: الرئيس السوداني → عمر البشير). Built lazily, in one linear pass.
 */
export class ArticleSpeakers {
  private namesCache: NameCandidate[] | null = null;
  private rolesCache: RoleCandidate[] | null = null;
  readonly perTokens: Set<number>;
  /** For a token inside a PER name mention: the index after the mention's last token. */
  readonly perEnd: Map<number, number>;
  private readonly sorted: Mention[];
  private readonly locTokens = new Set<number>();
  /** For the first token of an ORG or MISC mention: the index after its last token. */
  readonly orgEnd = new Map<number, number>();
  /** The joint speakers read so far (روسيا وسوريا، كانغ كيونغ ومايك بومبيو), see quote-joint-speakers.ts. */
  readonly joint = new Set<string>();
  /** For a token a person's mention starts inside of, after its conjunction (و|شريف): where the mention starts. */
  readonly cutStarts = new Map<number, number>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly mentions: Mention[],
    readonly entityById: Map<string, Entity>,
  ) {
    // Tokens inside a PER mention: an ال-word there is a family name, not a role modifier.
    this.sorted = [...mentions].sort((a, b) => a.start - b.start);
    this.perTokens = new Set();
    this.perEnd = new Map();
    for (const m of mentions) {
      if (m.type === "LOC") this.locTokens.add(firstTokenAt(tokens, m.start));
      const a = firstTokenAt(tokens, m.start);
      let b = a;
      while (b < tokens.length && tokens[b]!.start < m.end) b++;
      // (A mention inside one token, after a clitic cut, covers no whole token: no end.)
      if ((m.type === "ORG" || m.type === "MISC") && b > a) this.orgEnd.set(a, b);
      if (!isNameMention(m.text) || m.type === "ORG") continue;
      // وشريف: a person's mention after its conjunction, cut off inside the token, holds the token all the same.
      const cut = m.type === "PER" && a > 0 && conjunctionCut(text, tokens[a - 1]!, m);
      if (cut) this.cutStarts.set(a - 1, m.start);
      for (let k = cut ? a - 1 : a; k < b; k++) {
        // The tagger sometimes calls a foreign name a place (هولاند): its end still bounds the name.
        if (m.type === "PER") this.perTokens.add(k);
        this.perEnd.set(k, b);
      }
    }
  }

  /**
   * Whether an ORG or MISC mention opens at token `k` with a person's name right after it, maybe past a rank
   * (ريال مدريد | زين الدين زيدان، شرطة دبي | الفريق ضاحي خلفان).
   */
  orgBeforePerson(k: number): boolean {
    let end = this.orgEnd.get(k);
    if (end === undefined) return false;
    // مدرب ريال مدريد الإسباني زين الدين زيدان: the organisation's nationality between it and the name.
    const next = this.tokens[end]?.text ?? "";
    if (next.startsWith("ال") && !this.perTokens.has(end) && nisbaPlace(gazKey(next)) !== null) end++;
    const ranked =
      end < this.tokens.length && (RANKS.has(this.tokens[end]!.text) || TITLES.has(this.tokens[end]!.text));
    return this.perTokens.has(end) || (ranked && this.perTokens.has(end + 1));
  }

  private entityNames: Map<string, string> | null = null;

  /** The id of the article's entity written `name` (its name or an alias, folded), or null. */
  entityNamed(name: string): string | null {
    if (!this.entityNames) {
      this.entityNames = new Map();
      for (const e of this.entityById.values()) {
        for (const n of [e.name, ...e.aliases]) {
          const key = foldText(n).trim();
          if (!this.entityNames.has(key)) this.entityNames.set(key, e.id);
        }
      }
    }
    return this.entityNames.get(foldText(name).trim()) ?? null;
  }

  /** Token `k` names a place (gazetteer or a LOC mention): في مانهاتن inside a role phrase. */
  isPlace(k: number): boolean {
    return this.locTokens.has(k) || isPlaceWord(this.tokens[k]!.text);
  }

  /** The first mention of `type` that starts inside [start, end). */
  mentionIn(start: number, end: number, type: Mention["type"]): Mention | undefined {
    for (const m of this.mentionsFrom(start)) {
      if (m.start >= end) return undefined;
      if (m.type === type) return m;
    }
    return undefined;
  }

  /** Mentions starting at or after `offset`, in text order. */
  *mentionsFrom(offset: number): Generator<Mention> {
    const ms = this.sorted;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ms.length; k++) yield ms[k]!;
  }

  /** Role phrases followed by a name, in text order. */
  roles(): RoleCandidate[] {
    if (this.rolesCache) return this.rolesCache;
    const out: RoleCandidate[] = [];
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (!isRoleHead(tokens[i]!.text)) continue;
      const split = splitRole(this, i, Math.min(tokens.length, i + MAX_ROLE_TOKENS + MAX_NAME_TOKENS));
      if (split.roleEnd > i && afterNamedHolder(this, i, split.roleEnd)) {
        // The role is the name's before it (الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب).
        let a = i;
        // (Not past a name its conjunction opens: بلاتر وجيروم فالك الأمين العام.)
        while (a > 0 && this.perTokens.has(a - 1) && joinedAt(this.text, tokens, a) && joinsLeft(this, a)) {
          // The name, without the titles and roles the mention may hold (المحامي خالد أبو راشد، العميد عبد الأمير).
          const w = tokens[a - 1]!.text;
          const particleBefore = NAME_PARTICLES.has(tokens[a - 2]?.text ?? "");
          if (!particleBefore && (RANKS.has(w) || HONORIFICS.has(w) || isRoleHead(w) || isOrgWord(w))) break;
          a--;
        }
        if (a === i) {
          i = Math.max(i, split.roleEnd - 1);
          continue;
        }
        out.push({
          role: roleKey(tokens.slice(i, split.roleEnd).map((t) => t.text)),
          name: this.candidate(a, i),
          at: tokens[i]!.start,
          nameSpan: { start: tokens[a]!.start, end: tokens[i - 1]!.end },
        });
      } else if (
        split.nameEnd > split.nameStart &&
        split.roleEnd > i &&
        !unnamedOccupation(this, i, split) &&
        // متحدث رسمي لشبكة «سكاي»: the outlet told, no holder's name; مدرب ريال مدريد زين الدين زيدان: the club,
        // then the name.
        !isToldOutlet(tokens[split.nameStart]!.text) &&
        !isToldOutlet(`ل${tokens[split.nameStart]!.text}`) &&
        !this.orgBeforePerson(split.nameStart) &&
        !sentTo(tokens, i, split.nameStart)
      ) {
        out.push({
          role: roleKey(tokens.slice(i, split.roleEnd).map((t) => t.text)),
          name: this.candidate(split.nameStart, split.nameEnd),
          at: tokens[i]!.start,
          nameSpan: { start: tokens[split.nameStart]!.start, end: tokens[split.nameEnd - 1]!.end },
        });
      }
      i = Math.max(i, split.roleEnd - 1);
    }
    this.rolesCache = out;
    return out;
  }

  private nameIndex: Map<string, NameCandidate[]> | null = null;
  private roleIndex: Map<string, RoleCandidate[]> | null = null;
  private entityRoleIndex: Map<string, EntityRole[]> | null = null;

  /** Names holding the word `w`, in text order. */
  namesWith(w: string): NameCandidate[] {
    if (!this.nameIndex) this.nameIndex = indexByWords(this.names(), (c) => c.words);
    return this.nameIndex.get(w) ?? [];
  }

  private spoken: NameCandidate[] = [];
  private spokenSeen = new Set<string>();
  private spokenCount = 0;

  /** Distinct names of the named (not anonymous) speakers of `quotes`, folded once. */
  speakerNames(quotes: Quote[]): NameCandidate[] {
    for (; this.spokenCount < quotes.length; this.spokenCount++) {
      const q = quotes[this.spokenCount]!;
      if (!q.speaker || q.anonymous || this.spokenSeen.has(q.speaker)) continue;
      // كل من أحمد معرفي وهاشم بهبهاني: people quoted together, no one person's fuller name.
      if (q.speakerSpan && /^كل\s+من\s/.test(this.text.slice(q.speakerSpan.start, q.speakerSpan.start + 8))) continue;
      // روسيا وسوريا، كانغ كيونغ ومايك بومبيو: names joined by و, none of them the fuller name of the one alone.
      if (this.joint.has(q.speaker)) continue;
      this.spokenSeen.add(q.speaker);
      this.spoken.push({ words: foldText(q.speaker).split(/\s+/), name: q.speaker });
    }
    return this.spoken;
  }

  /** Role phrases (stated with a name) holding the bare word `w`, in text order. */
  rolesWith(w: string): RoleCandidate[] {
    if (!this.roleIndex) this.roleIndex = indexByWords(this.roles(), (r) => r.role);
    return this.roleIndex.get(w) ?? [];
  }

  /** Roles the entity tagger attached to entities, with the entity's fullest name. */
  entityRolesWith(w: string): EntityRole[] {
    if (!this.entityRoleIndex) {
      const all: EntityRole[] = [];
      for (const e of this.entityById.values()) {
        const name = e.roles && e.roles.length > 0 ? bestName(this, e) : null;
        if (!name) continue;
        for (const r of e.roles ?? []) all.push({ role: roleKey(foldText(r).split(/\s+/)), name, entity: e.id });
      }
      this.entityRoleIndex = indexByWords(all, (r) => r.role);
    }
    return this.entityRoleIndex.get(w) ?? [];
  }

  /** Every full person name the article writes: PER mentions, PER entities' aliases, names after roles. */
  names(): NameCandidate[] {
    if (this.namesCache) return this.namesCache;
    const out: NameCandidate[] = [];
    const heldNames = new Map<number, RoleCandidate>();
    for (const r of this.roles()) {
      out.push(r.name);
      heldNames.set(r.nameSpan.end, r);
    }
    for (const m of this.mentions) {
      if (m.type !== "PER") continue;
      // مدير وحدة كهرباء فيفاء سليمان الفيفي: a mention the tagger started inside the role phrase, on its last
      // noun, is the name the role holds (سليمان الفيفي), not a fuller one.
      const held = heldNames.get(m.end);
      if (held !== undefined && held.at < m.start && m.start < held.nameSpan.start) continue;
      const k = firstTokenAt(this.tokens, m.start);
      let e = k;
      while (e < this.tokens.length && this.tokens[e]!.end <= m.end) e++;
      const split = splitRole(this, k, e);
      if (split.nameEnd > split.nameStart) out.push(this.candidate(split.nameStart, split.nameEnd));
    }
    this.namesCache = out;
    return out;
  }

  candidate(from: number, b: number): NameCandidate {
    // م. عادل الملحم: a rank written as its letter leads the name and is no part of it.
    let a = from;
    while (a < b - 1 && isLetterRank(this.tokens[a]!.text)) a++;
    const words = this.tokens.slice(a, b).map((t) => t.text);
    // وجيروم فالك: the name without the conjunction its first token carries.
    const start = nameStartIn(this, a);
    if (start > this.tokens[a]!.start) words[0] = words[0]!.slice(start - this.tokens[a]!.start);
    const strong =
      this.perTokens.has(a) || (isFirstName(words[0]!) && !isAlaPreposition(this.tokens, a, this.perTokens));
    return { words, name: this.text.slice(start, this.tokens[b - 1]!.end), strong };
  }
}

/**
 * Candidates looked at per name or role lookup (the latest ones): keeps a 200 KB
 * article linear; an ordinary article has a few dozen names.
 */
export const MAX_LOOKUPS = 256;

/** A role set off by a comma before the name may run longer (… في علم الفلك في جامعة ليستر البريطانية، جون بريدجز). */
const MAX_APPOSED_ROLE_TOKENS = 12;

/** Person names run at most this many tokens (عبدالله بن محمد بن إبراهيم آل الشيخ). */
export const MAX_NAME_TOKENS = 7;

/**
 * An indefinite occupation followed by words no tagger or name list vouches for as a name: a description,
 * not a name (كشف خبير بالهواتف الذكية طريقة استعادة الملفات، اعتبرت خبيرة فنية بارزة أن). A definite one
 * (الباحثة باتريشا ريد) and office roles (الوزير، المتحدث) keep their weaker names: news names them far more
 * often than it describes them.
 */
export function unnamedOccupation(
  ctx: ArticleSpeakers,
  i: number,
  split: { roleEnd: number; nameStart: number; nameEnd: number },
): boolean {
  let h = i;
  while (h < split.roleEnd && HONORIFICS.has(ctx.tokens[h]!.text)) h++;
  const head = ctx.tokens[h]?.text ?? "";
  return (
    split.roleEnd > i &&
    !/^[وف]?ال/.test(head) &&
    bareIn(head, OCCUPATIONS) !== null &&
    bareIn(head, ROLE_HEADS) === null &&
    !ctx.candidate(split.nameStart, split.nameEnd).strong
  );
}

/** Indefinite nisba adjectives that qualify a role (متحدث عسكري، مسؤول أمني، مصدر حكومي), folded. */
const ROLE_NISBAS: ReadonlySet<string> = new Set([
  "رسمي",
  "عسكري",
  "حكومي",
  "امني",
  "سياسي",
  "دبلوماسي",
  "اعلامي",
  "محلي",
  "اقليمي",
  "دولي",
  "اممي",
  "قضائي",
  "طبي",
  "برلماني",
  "حزبي",
  "ميداني",
  "قبلي",
  "حوثي",
  "كردي",
  "شيعي",
  "سني",
  "عربي",
  "غربي",
  "اجنبي",
  "اوروبي",
  "خليجي",
]);

/**
 * Whether the organisation mention at token `k`, after an indefinite role head in construct (مدرب ريال مدريد),
 * closes the speaker phrase: the cue's complement, a colon or a comma follows it, not more words of the phrase
 * (مدرب بايرن ميونيخ بطل دوري الدرجة الأولى، نيكو كوفاتش: an apposition goes on).
 */
function closesRole(ctx: ArticleSpeakers, k: number): boolean {
  const { text, tokens } = ctx;
  const head = tokens[k - 1]!.text;
  if (!isRoleHead(head) || head.startsWith("ال")) return false;
  const end = ctx.orgEnd.get(k)!;
  if (end >= tokens.length) return true;
  const next = tokens[end]!.text;
  return COMPLEMENTIZERS.has(next) || /[:،,.]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start));
}

/**
 * The token after the institution the tagger named from its indefinite head at token `k` (before `end`), in
 * construct with its name, when it holds no person and no punctuation (مدير جامعة الملك عبدالعزيز المكلف: the king
 * in the university's name is no role head whose holder follows), else `k + 1`. Not from a definite head, which
 * takes no genitive: a tagger's mention from there runs into the holder's name (رئيس الاتحاد محمد إسلام).
 */
function institutionEnd(ctx: ArticleSpeakers, k: number, end: number): number {
  const b = ctx.orgEnd.get(k);
  if (b === undefined || b > end || /^(?:[وفلب]?ال|لل)/.test(ctx.tokens[k]!.text)) return k + 1;
  for (let j = k + 1; j < b; j++) if (ctx.perTokens.has(j) || !joinedAt(ctx.text, ctx.tokens, j)) return k + 1;
  return b;
}

/**
 * The token after the place that starts at token `k` (before `end`): past the whole mention when one starts
 * there (نائب مدير مطار عدن الدولي), else past `k`.
 */
function placeEnd(ctx: ArticleSpeakers, k: number, end: number): number {
  const { tokens, text } = ctx;
  // Only a place named with its head (مطار، ميناء، منطقة): a tagger's place may run into the name after it
  // (وزيرة خارجية كوريا الجنوبية كانغ كونغ-وا).
  if (!NAMED_PLACE_HEADS.has(tokens[k]!.text) && !REGION_HEADS.has(tokens[k]!.text)) return k + 1;
  const place = ctx.mentionIn(tokens[k]!.start, tokens[k]!.start + 1, "LOC");
  let j = k + 1;
  while (place && j < end && joinedAt(text, tokens, j) && tokens[j]!.start < place.end) j++;
  return j;
}

/**
 * Splits the phrase starting at token `i` into a role (titles, role heads and their
 * modifiers) and the name after it. Stops at punctuation between tokens.
 */
/** Indefinite nouns a role's construct chain may hold before the holder's given name (وحدة كهرباء فيفاء). */
const MAX_CHAIN_NOUNS = 3;

/**
 * Where a chain of indefinite nouns in construct at `k` ends at a given name that opens a person's name of two
 * words or more, one the tagger found (مدير | وحدة كهرباء فيفاء | سليمان الفيفي): the given name's index, or -1.
 * An indefinite role head is in construct with what follows it, so those nouns are the role's, never the name's.
 */
function chainBeforeGivenName(ctx: ArticleSpeakers, k: number, end: number): number {
  const { tokens, text } = ctx;
  for (let p = k; p < Math.min(end - 1, k + MAX_CHAIN_NOUNS + 1); p++) {
    if (!joinedAt(text, tokens, p)) return -1;
    const w = tokens[p]!.text;
    if (isGivenName(w)) {
      const rest = tokens[p + 1]!.text;
      const named = ctx.perTokens.has(p) && ctx.perTokens.has(p + 1);
      return p > k && named && joinedAt(text, tokens, p + 1) && !isRoleHead(rest) ? p : -1;
    }
    if (
      w.length < 3 ||
      w.startsWith("ال") ||
      /^[لب]/.test(w) ||
      /^(?:عبد|ابو|ابن)/.test(w) ||
      // (A noun may open with و or ف, وحدة، فرع; not a conjunction before a name or a role: وخالد، ووزير.)
      (/^[وف]/.test(w) && (isGivenName(w.slice(1)) || isRoleHead(w.slice(1)) || w.startsWith("ال", 1))) ||
      NAME_PARTICLES.has(w) ||
      isRoleHead(w) ||
      RELATIVES.has(w) ||
      COMPLEMENTIZERS.has(w)
    )
      return -1;
  }
  return -1;
}

/**
 * Whether the role head at token `k` (inside the phrase from `i` to `end`) is a given name a title leads (ويتابع د.
 * أمين قائلا، الدكتور سلطان الزهراني): أمين and سلطان are offices as well, but a title or rank goes before a
 * person's name, never before an office in construct (أمين منطقة الرياض المهندس …, not المهندس أمين منطقة). Not
 * the office whose genitive is عام (الدكتور أمين عام الجامعة).
 */
export function givenNameAfterTitle(ctx: ArticleSpeakers, k: number, i: number, end: number): boolean {
  const { tokens, text } = ctx;
  if (k === i || k >= end || !isRoleHead(tokens[k]!.text) || !isFirstName(tokens[k]!.text)) return false;
  const title = tokens[k - 1]!.text;
  if (!RANKS.has(title) && !TITLES.has(title)) return false;
  const next = k + 1 < end && joinedAt(text, tokens, k + 1) ? tokens[k + 1]!.text : "";
  return next !== "عام" && next !== "العام";
}

/** Nouns that name an expert's field after في (الخبير في شؤون المياه). */
const FIELD_NOUNS = new Set(["شؤون", "الشؤون", "مجال", "قضايا", "علم", "علوم", "ملف", "ملفات", "شان", "الشان"]);

export function splitRole(
  ctx: ArticleSpeakers,
  i: number,
  end: number,
): { roleEnd: number; nameStart: number; nameEnd: number } {
  const { tokens, text } = ctx;
  let k = i;
  const joined = (a: number) => a === i || joinedAt(text, tokens, a);
  // في at `j`, a head of `heads`, then a definite word (or, with `place`, a place): الخبير في شؤون المياه، في منطقة عسير.
  const headAfterFi = (j: number, heads: ReadonlySet<string>, place: boolean) =>
    tokens[j]!.text === "في" &&
    j + 2 < end &&
    joined(j + 1) &&
    joined(j + 2) &&
    heads.has(tokens[j + 1]!.text) &&
    (tokens[j + 2]!.text.startsWith("ال") || (place && ctx.isPlace(j + 2))) &&
    !ctx.perTokens.has(j + 2);
  while (k < end && joined(k)) {
    const w = tokens[k]!.text;
    if (HONORIFICS.has(w)) {
      k++;
      continue;
    }
    if (!isRoleHead(w) || (ctx.perTokens.has(k) && !TITLES.has(w) && !PERSON_TITLES.has(w))) break;
    if (givenNameAfterTitle(ctx, k, i, end)) break;
    k++;
    // Modifiers of the role: الدفاع الأمريكي، باسم وزارة الخارجية، مجلس الشورى. A role that has its
    // nationality (نائب الرئيس التركي) takes no further noun: وصف نائب الرئيس التركي المياه بأنها …
    let national = false;
    while (k < end && joined(k)) {
      const m = tokens[k]!.text;
      // المؤسسة الوطنية للنفط التي يوجد مقرها …: a relative clause ends the role (التي is no definite noun).
      if (RELATIVES.has(m)) break;
      // العقيد الركن طيار، اللواء ركن: a rank's qualifiers, even where the tagger starts the name on them.
      if (RANK_QUALIFIERS.has(m)) {
        k++;
        continue;
      }
      // A person with لل glued on (الوزير المؤيد للبريكست، المستشار للرئيس) is the role's object, not its holder.
      if (ctx.perTokens.has(k) && !(m.startsWith("لل") && m.length > 4)) break;
      const withArticle = stripArticle(m) !== m;
      // A modifier coordinated with the one before (وزير الصحة والسكان، مدير عام السدود والخزانات).
      // Or a second role of the same person (الباحث والأستاذ، العالم والدبلوماسي).
      const coordinated =
        (m.length > 5 && m.startsWith("وال") && k > i && !isRoleHead(m.slice(1))) ||
        (m.length > 3 &&
          m[0] === "و" &&
          (isRoleHead(m.slice(1)) || m === "ومسؤول" || m === "ومسؤوله") &&
          // عالم الاجتماع والمحلل أوسكار فارغاس: a definite second role before the name is the same person's.
          (!ctx.perTokens.has(k + 1) || m.startsWith("وال")));
      // (A prepositional one still belongs to it: المجلس النرويجي للاجئين.)
      const noun = withArticle && m.length > 3 && !isRoleHead(m) && (!national || m.startsWith("لل"));
      const workplace = m === "في" ? workplaceEnd(ctx, k + 1) : -1;
      // أمير قطر، ملك الأردن، رئيس مصر: the country an indefinite role head is in construct with; لواء روسي،
      // مسؤول أمريكي: its indefinite nationality.
      // (Also after عام: مدعي عام نيويورك، أمين عام حزب الله.)
      const head = tokens[k - 1]!.text === "عام" && k - 2 >= i ? tokens[k - 2]!.text : tokens[k - 1]!.text;
      const ruledPlace =
        !national &&
        !head.startsWith("ال") &&
        isRoleHead(head) &&
        (ctx.isPlace(k) || (!m.startsWith("ال") && nisbaPlace(gazKey(m)) !== null)) &&
        !ctx.perTokens.has(k);
      if (ROLE_LINKS.has(m) || isOrgWord(m) || noun || coordinated || ruledPlace) {
        if (withArticle && nisbaPlace(gazKey(m)) !== null) national = true;
        k = ruledPlace ? placeEnd(ctx, k, end) : isOrgWord(m) ? institutionEnd(ctx, k, end) : k + 1;
      } else if (m === "في" && k + 1 < end && joined(k + 1) && ctx.isPlace(k + 1)) k += 2;
      // متحدث عسكري حوثي، مسؤول أمني: indefinite nisba adjectives after an indefinite role head describe it.
      else if (
        (ROLE_NISBAS.has(m) || (!m.startsWith("ال") && nisbaPlace(gazKey(m)) !== null)) &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        !tokens[k - 1]!.text.startsWith("ال") &&
        (isRoleHead(tokens[k - 1]!.text) || /ي$/u.test(tokens[k - 1]!.text))
      )
        k++;
      // مدرب ريال مدريد زين الدين زيدان، قائد شرطة دبي الفريق ضاحي خلفان، وأضاف مدرب ريال مدريد أن: the
      // organisation the role is in, tagged, before the holder's name or closing the phrase.
      else if (ctx.orgBeforePerson(k) || (ctx.orgEnd.has(k) && closesRole(ctx, k))) k = ctx.orgEnd.get(k)!;
      // مدير النادي الأدبي في منطقة الحدود الشمالية: في, a region's head, its name.
      else if (headAfterFi(k, REGION_HEADS, true)) k += 3;
      // الأستاذ في جامعة القاهرة جون سميث، الطاهي التنفيذي في «كلاريدجز» مارتن نايل: the institution the role is
      // in, when a tagged name follows it.
      else if (workplace > 0) k = workplace;
      // The field of an expert (الخبير في شؤون المياه، الباحث في مجال الطاقة): في, the field noun, its genitive.
      else if (headAfterFi(k, FIELD_NOUNS, false)) k += 3;
      // A construct chain going on (مدير مكتب تحقيقات الخلفيات): an indefinite noun after an indefinite one,
      // before a definite one; not a name after a definite word (محافظ البصرة أسعد العيداني، المتحدث الرسمي
      // للمركز رأفت الصباغ).
      else if (
        m.length > 3 &&
        k > i &&
        stripArticle(tokens[k - 1]!.text) === tokens[k - 1]!.text &&
        !/^[وفلب]/.test(m) &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        k + 1 < end &&
        joined(k + 1) &&
        !ctx.perTokens.has(k + 1) &&
        (definiteNoun(tokens[k + 1]!.text) ||
          // (Two indefinite nouns before it: مسؤول نيابة مكافحة الإرهاب.)
          (k + 2 < end &&
            joined(k + 2) &&
            !/^[وفلب]/.test(tokens[k + 1]!.text) &&
            !isFirstName(tokens[k + 1]!.text) &&
            !ctx.isPlace(k + 1) &&
            !ctx.perTokens.has(k + 2) &&
            definiteNoun(tokens[k + 2]!.text)))
      )
        k++;
      // مدير مكتب الحملة بتركيا خالد السلامة: ب/ل + a place alone, where the office is.
      else if (m.length > 3 && !isFirstName(m) && !ctx.perTokens.has(k) && placeAfterPrefix(ctx, k)) k++;
      // بكوريا الجنوبية، بمحافظة البصرة، بمنطقة جازان: where the office is (not a name that starts with ب:
      // بشار، بلال).
      else if (
        m.length > 3 &&
        m[0] === "ب" &&
        !isFirstName(m) &&
        !COMPLEMENTIZERS.has(m) &&
        k + 1 < end &&
        joined(k + 1) &&
        !RELATIVES.has(tokens[k + 1]!.text) &&
        (tokens[k + 1]!.text.startsWith("ال") || (ctx.isPlace(k + 1) && !ctx.perTokens.has(k + 1)))
      )
        k += tokens[k + 1]!.text.startsWith("ال") ? 1 : 2;
      // مدير فرع الوزارة بحائل صالح الأحمري، مدير الشؤون الصحية بجازان بيشي الصرخي: ب + a place no list knows,
      // after a definite word and right before the holder's tagged name, which findEntities starts after it. Not
      // before a name that opens with a particle (الممثل بديع | أبو شقرا: a given name the lists lack before it).
      else if (
        m.length > 3 &&
        m[0] === "ب" &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        tokens[k - 1]!.text.startsWith("ال") &&
        k + 1 < end &&
        joined(k + 1) &&
        ctx.perTokens.has(k + 1) &&
        !NAME_PARTICLES.has(tokens[k + 1]!.text) &&
        tokens[k + 1]!.text !== "ام"
      )
        k++;
      // A purpose in construct (التحالف العربي لدعم الشرعية), not the outlet told (لوكالة الأنباء). (Also one
      // with a name that closes the phrase: رئيس اللجنة الإشرافية لسوق عكاظ.)
      else if (
        /^ل[^ل]/.test(m) &&
        m.length > 3 &&
        !isOrgWord(m.slice(1)) &&
        !isFirstName(m) &&
        k + 1 < end &&
        joined(k + 1) &&
        !ctx.perTokens.has(k) &&
        !ctx.perTokens.has(k + 1) &&
        (tokens[k + 1]!.text.startsWith("ال") || (k + 2 === end && tokens[k - 1]!.text.startsWith("ال"))) &&
        !RELATIVES.has(tokens[k + 1]!.text)
      )
        k += 2;
      else if (m === "لدي" && k + 1 < end && joined(k + 1) && stripArticle(tokens[k + 1]!.text) !== tokens[k + 1]!.text)
        k++;
      // وزير خارجيتها، المتحدثة باسمه، المنتهية ولايته: the role's noun with a pronoun for whose it is.
      else if (isPossessed(m) || m === "باسمه" || m === "باسمها") k++;
      // رئيسة وزراء بريطانيا، مدير كهرباء تعز، وزير خارجية إيران، مدير أمن عدن: an indefinite noun in construct
      // with a place.
      else if (
        m.length > 2 &&
        !m.startsWith("ال") &&
        !/^[فلب]/.test(m) &&
        !isFirstName(m) &&
        !ctx.perTokens.has(k) &&
        k + 1 < end &&
        joined(k + 1) &&
        ctx.isPlace(k + 1) &&
        !ctx.perTokens.has(k + 1)
      )
        k = placeEnd(ctx, k + 1, end);
      // مدير وحدة كهرباء فيفاء سليمان الفيفي: indefinite nouns in construct up to the given name that opens the
      // holder's name, even where the tagger starts that name on the chain's last noun.
      else if (k > i && !tokens[k - 1]!.text.startsWith("ال") && chainBeforeGivenName(ctx, k, end) > k)
        k = chainBeforeGivenName(ctx, k, end);
      else break;
    }
  }
  let roleEnd = k;
  // A role that runs on past its modifiers to a comma and a tagged name is all role: الباحث والأستاذ في
  // علم الفلك في جامعة ليستر البريطانية، جون بريدجز، أن …
  if (k > i) {
    for (let a = k; a < Math.min(end, k + MAX_APPOSED_ROLE_TOKENS); a++) {
      const gap = text.slice(tokens[a - 1]!.end, tokens[a]!.start);
      if (/^\s*[،,]\s*$/.test(gap) && (ctx.perTokens.has(a) || appositeName(ctx, a) >= 2)) {
        roleEnd = a;
        break;
      }
      const w = tokens[a]!.text;
      if (/[^\s]/.test(gap) || ctx.perTokens.has(a) || CUES.has(w) || COMPLEMENTIZERS.has(w)) break;
    }
  }
  // A name in apposition between commas (قائد الشرطة، مارك روبرتس، إن).
  if (
    roleEnd > i &&
    roleEnd < tokens.length &&
    /^\s*[،,]\s*$/.test(text.slice(tokens[roleEnd - 1]!.end, tokens[roleEnd]!.start))
  ) {
    const tagged = ctx.perTokens.has(roleEnd) ? ctx.perEnd.get(roleEnd) : undefined;
    if (tagged !== undefined) return { roleEnd, nameStart: roleEnd, nameEnd: tagged };
    let a = roleEnd;
    const stop = Math.min(tokens.length, roleEnd + MAX_APPOSITION_TOKENS);
    while (a < stop && (a === roleEnd || joinedAt(text, tokens, a)) && isNameWord(ctx, a, a > roleEnd)) a++;
    if (a > roleEnd && a < tokens.length && /^\s*[،,]/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) {
      return { roleEnd, nameStart: roleEnd, nameEnd: a };
    }
  }
  // على before a complementizer is the verb's preposition, not the name Ali (شدد رئيس الحكومة على أن); so
  // is على the tagger reads no name at or after (المتحدث باسم الوزارة على حسابه).
  if (
    tokens[k]?.text === "علي" &&
    (COMPLEMENTIZERS.has(tokens[k + 1]?.text ?? "") || isAlaPreposition(tokens, k, ctx.perTokens))
  ) {
    return { roleEnd, nameStart: k, nameEnd: k };
  }
  // أطلع الوزير أمير قطر على تفاصيل الاتفاق: على written with ى that the tagger reads as no name is the
  // preposition; its object is the role's (المشرف العام على المهرجان عبد الله المحمدي: the name after it).
  if (tokens[k]?.text === "علي" && k > i && !ctx.perTokens.has(k) && text[tokens[k]!.end - 1] === "ى") {
    const p = firstTaggedAfter(ctx, k, Math.min(end, k + MAX_ALA_OBJECT_TOKENS + 1));
    if (p < 0) return { roleEnd, nameStart: k, nameEnd: k };
    k = p;
  }
  // مقترحات الرئيس العام لإيقاف تزايد …، المكتب الإعلامي لمنطقة روستوف: ل + a verbal noun or a definite
  // word after the role is its complement, no name.
  if (k > i && k < end && isLamComplement(ctx, k)) {
    // الأمين العام لأوبك عبد الله البدري، المحامي الشخصي للرئيس رودي جولياني: the tagged name after the
    // complement is the holder's. (السكرتير الخاص للرئيس هادي reads so too: which office a name right after
    // ل + a role holds, the text does not say.)
    const p = firstTaggedAfter(ctx, k, end);
    if (p < 0) return { roleEnd, nameStart: k, nameEnd: k };
    k = p;
  }
  // م. عبداللطيف البنيان: a rank written as its letter and a dot leads the name, whose words start after it (the dot
  // parts them, so the name read from the letter would be the letter alone). Past the phrase's end, no name.
  if (
    k > i &&
    k < end &&
    k + 1 < tokens.length &&
    isLetterRank(tokens[k]!.text) &&
    /^\.\s*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))
  )
    k++;
  let n = k;
  // A name the tagger found ends where its mention ends (هولاند بقيام → هولاند), unless a particle follows.
  const mentionEnd = ctx.perEnd.get(k);
  if (mentionEnd !== undefined) {
    n = pastInitial(ctx, Math.min(end, mentionEnd), end);
    // نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود: a long role and
    // its honorifics leave the window before the family name; آل never ends a name the mention goes on past.
    if (n > k && n < mentionEnd && tokens[n - 1]!.text === "ال") n++;
    if (n >= end || !NAME_PARTICLES.has(tokens[n]!.text)) return { roleEnd, nameStart: k, nameEnd: n };
  }
  // الممثلة اللبنانية #باميلا_الكك: a hashtag after the role opens the name, tagged or not. Not an institution's
  // (رئيس الشركة #أرامكو_السعودية), nor the genitive an indefinite head is in construct with (رئيس #بوينغ السعودية،
  // محافظ #صعدة، مدير #برنامج_حساب_المواطن: where the role is).
  const tag = tokens[k]?.text.split("_")[0] ?? "";
  const hashtag =
    n === k &&
    k > i &&
    k < end &&
    /^[وف]?ال/.test(tokens[k - 1]!.text) &&
    /^[ \t\u00a0]*#$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) &&
    !tag.startsWith("ال") &&
    !isOrgWord(tag) &&
    !isRoleHead(tag);
  // (A given name that is an office as well, after a title: ويتابع د. أمين.)
  const titled = givenNameAfterTitle(ctx, k, i, end);
  while (
    n < end &&
    n - k < MAX_NAME_TOKENS &&
    (joined(n) || (n === k && hashtag)) &&
    (isNameWord(ctx, n, n > k) || (n === k && titled))
  )
    n++;
  // آل takes the family name after it, even a word that is a title elsewhere (عبدالله بن محمد آل الشيخ).
  if (n > k && n < end && tokens[n - 1]!.text === "ال" && joined(n)) n++;
  // A name does not end on a particle (بن، عبد).
  while (n > k && NAME_PARTICLES.has(tokens[n - 1]!.text)) n--;
  return { roleEnd, nameStart: k, nameEnd: n };
}

/**
 * Where a name the tagger ended at token `n` (before `end`) ends once the initial it ends on, or the initial right
 * after it, takes the family name after its dot (ستيفين جي | . مكهيل، جون | إف. كينيدي): the tagger stops at the
 * dot, though the initial is a middle name's.
 */
function pastInitial(ctx: ArticleSpeakers, n: number, end: number): number {
  const { text, tokens } = ctx;
  const dotAfter = (x: number) =>
    x + 1 < end &&
    /^\.[ \t]+$/.test(text.slice(tokens[x]!.end, tokens[x + 1]!.start)) &&
    isInitialDot(text, tokens[x]!.end);
  // (A spelled Latin letter: a one-letter Arabic initial is a title before the next name, د. فهد.)
  const latin = (x: number) => tokens[x]!.text.length > 1;
  if (n > 0 && n < end && dotAfter(n - 1) && latin(n - 1) && isNameWord(ctx, n, true)) return n + 1;
  if (n < end && joinedAt(text, tokens, n) && dotAfter(n) && latin(n) && isNameWord(ctx, n + 1, true)) return n + 2;
  return n;
}

/**
 * Where a name found by `splitRole` ends once a first name alone takes the one or two words left before the
 * speaker phrase ends as its family name, whatever the name lists say of them (المهندس محمد العمرة:). Not a
 * stop word, a demonstrative or ل + a word (لرويترز، للرئيس بوتين: the one told).
 */
export function familyNameEnd(
  ctx: ArticleSpeakers,
  split: { nameStart: number; nameEnd: number },
  last: number,
): number {
  const { tokens, text } = ctx;
  const rest = last - split.nameEnd;
  if (split.nameEnd - split.nameStart !== 1 || rest <= 0 || rest > 2) return split.nameEnd;
  if (!isFirstName(tokens[split.nameStart]!.text)) return split.nameEnd;
  for (let k = split.nameEnd; k < last; k++) {
    const w = tokens[k]!.text;
    if (!joinedAt(text, tokens, k) || CUES.has(w) || SPEAKER_STOPS.has(w) || DEMONSTRATIVES.has(w))
      return split.nameEnd;
    if (w.startsWith("ل") && !w.startsWith("لا")) return split.nameEnd;
  }
  return last;
}

/**
 * A role right after a tagged name of two words or more is that person's apposition: an untagged word after it is
 * the verb's object, not a second holder's name (عقد الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب
 * اجتماعا). Not a one-word role, nor one inside the name (عبدالعزيز الشيخ), nor when a tagged name follows the role
 * closely (استقبل الشيخ عبدالله بن زايد المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد: the guest's role).
 */
function afterNamedHolder(ctx: ArticleSpeakers, role: number, roleEnd: number): boolean {
  const { text, tokens, perTokens } = ctx;
  // A one-word role right after a name may be its family name (صالح القاضي، عبدالعزيز الشيخ), unless its field
  // follows (سيباستيان أبيس الباحث في مؤسسة …).
  const field = tokens[roleEnd]?.text === "في" && roleEnd < tokens.length && joinedAt(text, tokens, roleEnd);
  if (role < 2 || (roleEnd - role < 2 && !field) || perTokens.has(role) || !perTokens.has(role - 1)) return false;
  if (!perTokens.has(role - 2)) return false;
  if (!joinedAt(text, tokens, role) || !joinedAt(text, tokens, role - 1)) return false;
  for (let k = roleEnd; k < Math.min(tokens.length, roleEnd + MAX_HOLDER_GAP_TOKENS); k++) {
    if (k > roleEnd && !joinedAt(text, tokens, k)) break;
    // … بالدعم الذي يوليه الأمير سلطان: a name inside a relative clause after the role does not hold it.
    if (RELATIVES.has(tokens[k]!.text)) break;
    if (perTokens.has(k)) return false;
  }
  return true;
}

/** How far after a role a tagged name may stand and still be the role's holder (المبعوث الأممي إلى اليمن X). */
const MAX_HOLDER_GAP_TOKENS = 4;

/** Words of the object of على a role may have before the holder's name (المشرف العام على مهرجان بريدة للتمور المهندس). */
const MAX_ALA_OBJECT_TOKENS = 5;

/** The first token in (from, to) inside a tagged person's name, with no punctuation before it; or -1. */
function firstTaggedAfter(ctx: ArticleSpeakers, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (!joinedAt(ctx.text, ctx.tokens, k)) return -1;
    if (ctx.perTokens.has(k)) return k;
  }
  return -1;
}

/** ل + a verbal noun or a definite word, or بال + a word (لإيقاف، للبحث، لمنطقة، بالمجمع), not a tagged name or a first name. */
function isLamComplement(ctx: ArticleSpeakers, k: number): boolean {
  const w = ctx.tokens[k]!.text;
  return w.length >= 5 && /^(?:ل[لامت]|بال)/.test(w) && !ctx.perTokens.has(k) && !isFirstName(w);
}

/**
 * Where an organisation the tagger found at token `a` ends, when a tagged person follows it right away or after
 * a comma (quote marks allowed around it): the token after it, else -1.
 */
function workplaceEnd(ctx: ArticleSpeakers, a: number): number {
  const { text, tokens } = ctx;
  const b = ctx.orgEnd.get(a);
  if (b === undefined || b >= tokens.length || !ctx.perTokens.has(b)) return -1;
  const loose = (k: number) => /^[\s«»"“”]*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  for (let k = a; k < b; k++) if (!loose(k)) return -1;
  // القيادي في حركة النهضة، عبد الكريم الهاروني، إن: the name may stand in apposition after a comma.
  return loose(b) || /^[\s«»"“”]*[،,]\s*$/.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start)) ? b : -1;
}

export function completeName(ctx: ArticleSpeakers, run: string[], earlier: Quote[]): string | null {
  let best: NameCandidate | null = null;
  const consider = (c: NameCandidate) => {
    if (c.words.length <= (best?.words.length ?? run.length - 1)) return;
    if (c.words.length > MAX_NAME_TOKENS) return;
    // A rank inside is a role read into the name (بمنطقة حائل الدكتور يوسف الثويني).
    if (c.words.some((w, i) => (i > 0 && RANKS.has(w)) || RANK_QUALIFIERS.has(w))) return;
    // A name does not open with لل (للحج والعمرة لشؤون الحج عبدالقادر الجبرتي): a role's tail read into it.
    if (c.words[0]!.startsWith("لل")) return;
    // Nor holds a purpose (مركز الملك سلمان للإغاثة … رأفت الصباغ): an institution's name read into it.
    if (c.words.some((w, i) => i < c.words.length - 1 && w.startsWith("لل") && w.length > 4)) return;
    // Nor a role in construct before its last word (رامي عبدالرحمن مدير المرصد): the role after the name, read
    // into it (a last word may be a family name: عاصم شيخ).
    const roleInside = (w: string, i: number) =>
      i > 0 &&
      i < c.words.length - 1 &&
      !w.startsWith("ال") &&
      isRoleHead(w) &&
      !isFirstName(w) &&
      !NAME_PARTICLES.has(c.words[i - 1]!);
    if (c.words.some(roleInside)) return;
    // A first name after a family name opens another name (مطار الملك خالد الدولي | محمد الشهري).
    if (c.words.some((w, i) => i > 1 && opensAnotherName(w, c.words[i - 1]!))) return;
    // Nor a preposition (بوتين على أوباما): a tagger's run across two names.
    if (crossesPreposition(c.name)) return;
    // Nor one that holds the run only inside (دونالد ترامب جي أر for ترامب: the son, by his suffix).
    if (containsRun(c.words, run) && !insideOnly(c.words, run)) best = c;
  };
  const key = run[0]!;
  for (const k of [key, key.length > 2 ? key.slice(1) : key]) {
    const list = ctx.namesWith(k);
    for (let c = Math.max(0, list.length - MAX_LOOKUPS); c < list.length; c++) consider(list[c]!);
  }
  const spoken = ctx.speakerNames(earlier);
  for (let q = Math.max(0, spoken.length - MAX_LOOKUPS); q < spoken.length; q++) consider(spoken[q]!);
  return (best as NameCandidate | null)?.name ?? null;
}

/**
 * The person the article named with `role` (الرئيس السوداني → عمر البشير), with their entity when the
 * tagger found them, or null. A one-word role (الوزير) names the person only when the article gave that
 * role to one person alone (تفقد الدكتور طارق الجمال، وزير الصحة … وأكد الوزير): with two ministers it
 * stays the role as written. With `onlyBefore`, a role given after `before` (or at it: the phrase itself, read
 * with the words after it as a name) does not count.
 */
export function personForRole(
  ctx: ArticleSpeakers,
  role: string[],
  before: number,
  onlyBefore = false,
): { name: string; entity: string | null } | null {
  if (role.length === 0) return null;
  if (role.length === 1) return onlyPersonWithRole(ctx, role[0]!, before);
  // Prefer a name the tagger or the first-name list vouches for (not خادم الحرمين), then the latest before.
  let found: RoleCandidate | null = null;
  let foundScore = -1;
  const list = ctx.rolesWith(role.at(-1)!);
  for (let c = Math.max(0, list.length - MAX_LOOKUPS); c < list.length; c++) {
    const r = list[c]!;
    if (!containsAll(r.role, role) || (onlyBefore && r.at >= before)) continue;
    const score = (r.name.strong ? 2 : 0) + (r.at < before ? 1 : 0);
    if (score >= foundScore && (r.at < before || score > foundScore)) {
      found = r;
      foundScore = score;
    }
  }
  if (found) return { name: found.name.name, entity: roleEntity(ctx, found) };
  // Roles the entity tagger attached to an entity (its own in-article resolution).
  const tagged = ctx.entityRolesWith(role.at(-1)!);
  for (let c = 0; c < Math.min(tagged.length, MAX_LOOKUPS); c++) {
    const r = tagged[c]!;
    if (containsAll(r.role, role)) return { name: r.name, entity: r.entity };
  }
  return null;
}

/** Quotes back that quotedWithRole looks for a holder of the role among. */
const MAX_RECENT_QUOTES = 5;

/**
 * The latest of the `quotes` whose speaker the article gave `role` before `before` (or the tagger did), or null:
 * وأشاد المدرب التونسي بأداء فريقه after وقال قادري, the coach named so before; when personForRole cannot tell which
 * of several holders (two ministers) is meant, the one just quoted.
 */
export function quotedWithRole(
  ctx: ArticleSpeakers,
  role: string[],
  before: number,
  quotes: Quote[],
): { name: string; entity: string | null } | null {
  if (role.length === 0) return null;
  const holders: string[] = [];
  for (const r of ctx.rolesWith(role.at(-1)!))
    if (r.at < before && containsAll(r.role, role)) holders.push(r.name.name);
  for (const r of ctx.entityRolesWith(role.at(-1)!)) if (containsAll(r.role, role)) holders.push(r.name);
  const keys = holders.map((h) => foldText(h));
  for (let q = quotes.length - 1; q >= Math.max(0, quotes.length - MAX_RECENT_QUOTES); q--) {
    const { speaker, speakerEntity } = quotes[q]!;
    if (!speaker) continue;
    const key = foldText(speaker);
    if (keys.some((h) => h.includes(key) || key.includes(h))) return { name: speaker, entity: speakerEntity };
  }
  return null;
}

/** The one person given a role with the head `head` before `before` (or by the tagger), or null when none or several. */
function onlyPersonWithRole(
  ctx: ArticleSpeakers,
  head: string,
  before: number,
): { name: string; entity: string | null } | null {
  let found: { name: string; entity: string | null } | null = null;
  const seen = new Set<string>();
  const consider = (name: string, entity: string | null) => {
    const key = foldText(name);
    // The same person written twice (آشتون كارتر, كارتر) is one: the longer form is kept.
    for (const k of seen) if (k.includes(key) || key.includes(k)) return;
    seen.add(key);
    found = seen.size === 1 ? { name, entity } : null;
  };
  const list = ctx.rolesWith(head);
  for (let c = Math.max(0, list.length - MAX_LOOKUPS); c < list.length; c++) {
    const r = list[c]!;
    if (r.at < before && r.role[0] === head) consider(r.name.name, roleEntity(ctx, r));
  }
  const tagged = ctx.entityRolesWith(head);
  for (let c = 0; c < Math.min(tagged.length, MAX_LOOKUPS); c++) {
    const r = tagged[c]!;
    if (r.role[0] === head) consider(r.name, r.entity);
  }
  return seen.size === 1 ? found : null;
}

/** The PER entity of a role candidate's name, when the tagger found one there. */
function roleEntity(ctx: ArticleSpeakers, r: RoleCandidate): string | null {
  return ctx.mentionIn(r.nameSpan.start, r.nameSpan.end, "PER")?.entity ?? null;
}

/** An entity's fullest name that is a name, not a role phrase. */
export function bestName(ctx: ArticleSpeakers, e: Entity): string | null {
  let best: string | null = null;
  let bestWords = 0;
  for (const a of [e.name, ...e.aliases]) {
    const words = foldText(a).split(/\s+/).filter(Boolean);
    // (Nor a tagger's run across a preposition: بوتين على أوباما.)
    if (
      words.length === 0 ||
      words.some((w) => isRoleHead(w) || RANK_QUALIFIERS.has(w)) ||
      crossesPreposition(a) ||
      words[0]!.startsWith("ال")
    )
      continue;
    if (words.length > bestWords) {
      best = a;
      bestWords = words.length;
    }
  }
  void ctx;
  return best;
}
