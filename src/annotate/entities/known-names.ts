/**
 * Names an article states once and then repeats: the known names (its mentions, aliases, seed names) matched
 * over untagged words and spans, so that a name tagged in one sentence is found in the others.
 */

import { foldText } from "../../arabic/fold.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { EntityType } from "../../model/types.js";
import { gazKey, isPlaceKey, isSportSentence, nisbaPlace, TAGS } from "./features.js";
import { type Raw, type Tok, WORDY } from "./folded-tokens.js";
import { ALIASES, KNOWN_PERSONS } from "./lexicon.js";
import type { Known, KnownName } from "./name-rules.js";
import {
  commonWithArticle,
  DEFINITE,
  everPersonWord,
  familyNisba,
  isFirstName,
  isNationality,
  NAME_PARTICLE_ENDS,
  notAName,
  trimmedStart,
  WITH_ARTICLE,
} from "./name-words.js";
import { knownAlias, nameTokens, ORG_HEAD_KEYS, PLACE_HEAD_KEYS } from "./names.js";
import {
  CLOSING_MARKS,
  CONSTRUCT_HEADS,
  isFloods,
  OPENING_MARKS,
  ORDINALS,
  OUTLET_LEADS,
  PLATFORMS,
} from "./tagged-spans.js";
import { loadTagger } from "./tagger.js";
import { isVerbLike } from "./verbs.js";

/**
 * Shortest family nisba (its key) that spreads to its form with the article when the article writes it without:
 * هزازي → الهزازي، عسيري → العسيري; نادي، وادي، قاضي (a club, a valley, a judge) are nouns that only look like one.
 */
const MIN_UNMARKED_NISBA = 5;

function addKnown(known: Known, keys: string[], type: EntityType, how: Omit<KnownName, "keys" | "type"> = {}): void {
  if (keys.length === 0 || keys.some((k) => k.length < 2)) return;
  const first = keys[0] as string;
  const old = known.get(first) ?? [];
  const same = old.findIndex((e) => e.type === type && e.keys.join(" ") === keys.join(" "));
  // A name read again with better evidence (the body's full name after the title's) loses `slight`.
  if (same >= 0 && !(old[same]?.slight && !how.slight)) return;
  // Copy on write: the lists of SEED_NAMES are shared by every article's map. In place, so that the order of the
  // readings, which decides between two types of one name, stays the order they were read in.
  const entry = { keys, type, ...how };
  const list = same >= 0 ? old.map((e, k) => (k === same ? entry : e)) : [...old, entry];
  list.sort((a, b) => b.keys.length - a.keys.length);
  known.set(first, list);
}

/**
 * Single-word aliases that are also ordinary words (فتح "opened", القاعدة "the base",
 * الإخوان "the brothers", الضفة "the bank"): never looked for outside the tagger's spans.
 */
const AMBIGUOUS_ALIASES: ReadonlySet<string> = new Set(["فتح", "قاعده", "اخوان", "ضفه", "مملكه", "حلف", "اطلسي"]);

/** Alias-table names looked for everywhere: several words, or one unambiguous word (Latin: 4+ letters). */
export const SEED_NAMES: Known = (() => {
  const k: Known = new Map();
  for (const a of ALIASES) {
    for (const n of a.names) {
      const keys = nameTokens(n);
      if (keys.length === 1) {
        const w = keys[0] as string;
        if (AMBIGUOUS_ALIASES.has(w) || (/^[a-z]+$/.test(w) && w.length < 4)) continue;
      }
      addKnown(k, keys, a.type);
    }
  }
  for (const a of KNOWN_PERSONS) {
    for (const n of a.names) {
      const bare = !foldText(n).startsWith("ال");
      addKnown(k, nameTokens(n), a.type, bare ? { listed: true, bare: true } : { listed: true });
    }
  }
  return k;
})();

/** Words right before a quoted name that make it an organisation's (صحيفة «…», شركة "…"), folded keys. */
const NAME_HEADS_BEFORE_MARKS: ReadonlySet<string> = new Set(
  [
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "موقع",
    "وكاله",
    "شبكه",
    "اذاعه",
    "شركه",
    "مجموعه",
    "علامه",
    "ماركه",
    "فريق",
    "نادي",
    "منتخب",
    "حزب",
    "حركه",
    "تنظيم",
    "جماعه",
    "منظمه",
    "جمعيه",
    "مؤسسه",
    "تطبيق",
    "برنامج",
    "مصرف",
    "بنك",
    "ائتلاف",
    "تحالف",
    "كتله",
    "فصيل",
    "لواء",
    "كتيبه",
    "مركز",
    "معهد",
    "مدرسه",
  ].map(gazKey),
);

/**
 * Organisations' names that are common nouns with the article (folded keys): حماس is Hamas, الحماس enthusiasm.
 * (الفتح is also the Saudi club, so فتح is not listed.)
 */
const BARE_ONLY_NAMES: ReadonlySet<string> = new Set(["حماس"]);

/** True for a definite common noun whose bare form names an organisation (الحماس، بالحماس). */
function definiteOfBareAlias(w: string): boolean {
  return DEFINITE.test(w) && BARE_ONLY_NAMES.has(gazKey(w));
}

/**
 * Organisation mentions that are common words: a definite common noun whose bare form is an organisation's
 * name (الحماس beside حماس; `propagate` does not spread the name to it either), and a single definite word in quote marks the tagger reads as an organisation only
 * because of the marks (ودخل الأطفال "الجنة"، «الهاراكيري»، «الأوستالجيا»): tagged again without the marks it is
 * no name, it is no nisba (العربي), no head word stands before the marks (صحيفة «…», لـ«…»), no nationality follows them («الشروق»
 * المصرية), the alias table, the places and the training data do not know it, and the sentence is not a match
 * report, where a quoted nickname names a team («الفراعنة»، «السامبا»). An indefinite quoted word («أرامكو»،
 * «هواوي»، «تويتر») is most often a brand or an outlet and is left alone.
 */
export function quotedCommonWords(toks: Tok[], ranges: [number, number][], raws: Raw[]): void {
  const tagger = loadTagger();
  const drop = new Set<Raw>();
  for (const r of raws) {
    if (r.type !== "ORG" || r.b - r.a !== 1) continue;
    const w = (toks[r.a] as Tok).text;
    if (definiteOfBareAlias(w)) {
      drop.add(r);
      continue;
    }
    const open = toks[r.a - 1];
    const close = toks[r.b];
    if (!open || !close || !OPENING_MARKS.has(open.text) || !CLOSING_MARKS.has(close.text)) continue;
    // A definite nisba («العربي» the magazine, «الجمهوري» the hospital) names outlets, clubs and hospitals.
    if (!DEFINITE.test(w) || w.endsWith("ي")) continue;
    const k = gazKey(w);
    const before = toks[r.a - 2]?.text ?? "";
    if (OUTLET_LEADS.has(before) || NAME_HEADS_BEFORE_MARKS.has(gazKey(before))) continue;
    if (nisbaPlace(gazKey(toks[r.b + 1]?.text ?? "")) !== null) continue;
    if (knownAlias(w) || isPlaceKey(k) || PLATFORMS.has(k) || tagger.knownType(k) !== null) continue;
    // جهود «الهيئة»: an organisation's head alone refers to the one named before it (see `namedBefore`).
    if (ORG_HEAD_KEYS.has(k)) continue;
    const range = ranges.find(([a, b]) => a <= r.a && r.a < b);
    if (!range) continue;
    const [a, b] = range;
    const words: string[] = [];
    let at = -1;
    for (let i = a; i < b; i++) {
      if (i === r.a - 1 || i === r.b) continue;
      if (i === r.a) at = words.length;
      words.push((toks[i] as Tok).text);
    }
    if (isSportSentence(words, words.map(gazKey))) continue;
    if (TAGS[tagger.tagFolded(words)[at] as number] === "O") drop.add(r);
  }
  if (drop.size === 0) return;
  const kept = raws.filter((r) => !drop.has(r));
  raws.length = 0;
  raws.push(...kept);
}

/**
 * An organisation's name of several words from the alias table, spelt out whole, is one mention even where the
 * tagger cut it into shorter spans (وكالة | تونس | افريقيا للأنباء read as two places; تنظيم | داعش with داعش
 * left to propagation): its spans inside the name give way to it. Not when a span runs past the name (مجلس الأمن
 * inside مجلس الأمن الدولي: the tagger's longer name stands) or when the tagger found none of its words.
 */
export function knownNamesOverSpans(toks: Tok[], raws: Raw[]): void {
  const at: (Raw | undefined)[] = new Array(toks.length);
  for (const r of raws) at.fill(r, r.a, r.b);
  const dropped = new Set<Raw>();
  const added: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = (toks[i] as Tok).text;
    if (!WORDY.test(w)) continue;
    // A preposition or conjunction glued to the head (لوكالة، بوزارة), which the key keeps.
    const glued = w.length > 4 && "لبوف".includes(w[0] as string) && !SEED_NAMES.has(gazKey(w)) ? 1 : 0;
    const list = SEED_NAMES.get(gazKey(w.slice(glued)));
    if (!list) continue;
    for (const e of list) {
      const L = e.keys.length;
      if (e.type !== "ORG" || L < 2 || i + L > toks.length) continue;
      let ok = true;
      for (let j = 1; j < L && ok; j++) ok = gazKey((toks[i + j] as Tok).text) === e.keys[j];
      if (!ok) continue;
      const inside = new Set<Raw>();
      for (let j = i; j < i + L; j++) if (at[j]) inside.add(at[j] as Raw);
      const spans = [...inside];
      if (spans.length === 0 || spans.some((r) => r.a < i || r.b > i + L)) break;
      // The tagger named the entity already (القاعدة in تنظيم القاعدة، مجلس الأمن in مجلس الأمن الدولي): whether the
      // head or the adjective belongs to the name is the corpus's convention, and the tagger learnt it.
      const alias = knownAlias(e.keys.join(" "));
      const named = (r: Raw) => r.type === "ORG" && knownAlias(r.key.join(" "))?.canonical === alias?.canonical;
      if (spans.length === 1 && named(spans[0] as Raw)) break;
      // Nor over another organisation's name (مجلس الأمن التابع | للأمم المتحدة): two mentions, each its own.
      if (spans.some((r) => r.type === "ORG" && !named(r) && knownAlias(r.key.join(" ")) !== null)) break;
      const first = toks[i] as Tok;
      for (const r of spans) dropped.add(r);
      added.push({
        a: i,
        b: i + L,
        type: "ORG",
        s: first.s + (glued || trimmedStart(first.text, "ORG")),
        e: (toks[i + L - 1] as Tok).e,
        key: e.keys,
      });
      i += L - 1;
      break;
    }
  }
  if (added.length === 0) return;
  const kept = raws.filter((r) => !dropped.has(r));
  raws.length = 0;
  raws.push(...kept, ...added);
  raws.sort((x, y) => x.a - y.a);
}

/** Whether match key `k` is the one-word name of a listed person (ترامب، بوتين، ماكرون: `KNOWN_PERSONS`). */
function listedOneWordPerson(k: string): boolean {
  return SEED_NAMES.get(k)?.some((e) => e.type === "PER" && e.listed && e.keys.length === 1) ?? false;
}

/** Words that open no name after a person's (ترامب | بشأن خاشقجي، ترامب | عبر تويتر), folded. */
const NO_NAME_OPENERS: ReadonlySet<string> = new Set(["بشان", "حول", "عبر", "ضد", "خلال", "نحو", "ازاء"]);

/**
 * A listed person's one-word name (ترامب، بوتين، ماكرون) ends a person's mention it opens: what the tagger ran on
 * after it is another person (مستشار ترامب | جاريد كوشنر، بوتين | نتنياهو) or no name at all (ترامب | كلمته، كيري |
 * مازحا). Two words or more after it stay a person's mention of their own, without a conjunction و (ماكرون | وبن
 * سلمان), unless the first is a verb, a stopword or a preposition's noun (ترامب | رشح كافانو، ترامب | بشأن
 * خاشقجي). One word stays a mention when it is a word of another person named here (ترامب | لكافانو after بريت
 * كافانو) or of a person in the name lists or training data (كيري | لافروف), and is otherwise left to the rules
 * after; «أم» between two listed names is "or" (ترامب أم بايدن). Not after a given name (عباس | عراقجي). Over the
 * 8,317 SNN and ANT articles that name one of them, 211 change, about 200 for the better.
 */
export function listedNameEnds(toks: Tok[], raws: Raw[]): void {
  const opensWithListed = (r: Raw) => {
    const first = (toks[r.a] as Tok).text;
    return r.type === "PER" && !r.role && r.b - r.a >= 2 && listedOneWordPerson(gazKey(first)) && !isFirstName(first);
  };
  // Words of the other persons' names here: a lone word after the listed name that is one of them stays a mention
  // (ترامب | لكافانو, where بريت كافانو is named), with the preposition glued to it cut; not a word with the article,
  // which a common word's key shares (ترامب | الخميس: خميس).
  const named = new Set(raws.filter((r) => r.type === "PER" && !r.role && !opensWithListed(r)).flatMap((r) => r.key));
  const added: Raw[] = [];
  for (const r of raws) {
    if (!opensWithListed(r)) continue;
    const first = toks[r.a] as Tok;
    const next = toks[r.a + 1] as Tok;
    const lone = [next.text, next.text.replace(/^[بل]/u, "")].map(gazKey).find((k) => named.has(k));
    const w = next.text.length > 2 && next.text.startsWith("و") ? next.text.slice(1) : next.text;
    const opens =
      NAME_PARTICLE_ENDS.has(w) || (WORDY.test(w) && !isStopword(w) && !isVerbLike(w) && !NO_NAME_OPENERS.has(w));
    const third = toks[r.a + 2];
    // ترامب أم بايدن: "or" between two listed persons.
    if (r.b - r.a === 3 && (next.text === "ام" || next.text === "او") && listedOneWordPerson(gazKey(third?.text ?? "")))
      added.push({ a: r.a + 2, b: r.b, type: "PER", s: (third as Tok).s, e: r.e, key: r.key.slice(2) });
    else if (r.b - r.a === 2 && lone !== undefined && next.text.endsWith(lone) && !WITH_ARTICLE.test(next.text))
      added.push({ a: r.a + 1, b: r.b, type: "PER", s: next.e - lone.length, e: r.e, key: [lone] });
    else if (r.b - r.a === 2 && opens && everPersonWord(w) && !WITH_ARTICLE.test(w))
      added.push({ a: r.a + 1, b: r.b, type: "PER", s: next.e - w.length, e: r.e, key: [gazKey(w)] });
    else if (r.b - r.a > 2 && opens)
      added.push({
        a: r.a + 1,
        b: r.b,
        type: "PER",
        s: next.e - w.length + (w === next.text ? trimmedStart(w, "PER") : 0),
        e: r.e,
        key: r.key.slice(1),
      });
    r.b = r.a + 1;
    r.e = first.e;
    r.key = [gazKey(first.text)];
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/**
 * A person's mention opening with و + a word the article writes bare in another person's mention (خضيرة وموراتا
 * beside ألفارو موراتا، وبريت كافانو beside بريت كافانو): the conjunction, not the name's letter; the mention starts
 * after it.
 */
export function conjunctionsBeforeWrittenNames(toks: Tok[], raws: Raw[]): void {
  const persons = raws.filter((r) => r.type === "PER" && !r.role);
  const uses = new Map<string, number>();
  for (const r of persons)
    for (let i = r.a; i < r.b; i++) uses.set((toks[i] as Tok).text, (uses.get((toks[i] as Tok).text) ?? 0) + 1);
  for (const r of persons) {
    const t = toks[r.a] as Tok;
    if (t.text.length <= 4 || t.text[0] !== "و" || r.s !== t.s) continue;
    const rest = t.text.slice(1);
    let own = 0;
    for (let i = r.a; i < r.b; i++) if ((toks[i] as Tok).text === rest) own++;
    if ((uses.get(rest) ?? 0) > own) r.s = t.s + 1;
  }
}

/**
 * One name, one reading per article: words the tagger left untagged that spell a name
 * found elsewhere in the article (or the title, or the alias table) become mentions
 * too; so does a lone surname of a person named in full (وأضاف الكاظمي).
 */
export function propagate(
  toks: Tok[],
  raws: Raw[],
  known: Known,
  notNames: ReadonlySet<number>,
  glued: ReadonlyMap<number, number>,
): void {
  // An organisation's short name in parentheses right after it, (البارتي) or (MSF), is a name
  // too; `explainedAliases` later makes it an alias of the organisation.
  const starts = new Set(raws.map((r) => r.a));
  for (const r of raws.slice()) {
    if (r.type !== "ORG") continue;
    const close = bracketedShortName(toks, r.b);
    if (close < 0 || starts.has(r.b + 1)) continue;
    const inner = toks.slice(r.b + 1, close);
    const first = inner[0] as Tok;
    raws.push({
      a: r.b + 1,
      b: close,
      type: "ORG",
      s: first.s,
      e: (inner[inner.length - 1] as Tok).e,
      key: inner.map((t) => gazKey(t.text)),
    });
  }
  raws.sort((x, y) => x.a - y.a);
  for (const r of raws) {
    if (r.role) continue;
    // A place's name the tagger cut on a bare construct head ([مدينة] alone) does not spread (العين does).
    if (r.type !== "PER" && CONSTRUCT_HEADS.has((toks[r.b - 1] as Tok).text)) continue;
    // A person's name read in a hashtag or as a one-word mention is a slight reading (see below).
    const slight = (toks[r.a] as Tok).group >= 0;
    addKnown(known, r.key, r.type, slight || (r.type === "PER" && r.key.length === 1) ? { slight: true } : {});
    // مطار الأحساء، محافظة الزاب: the place after its head word is a place where it stands alone too.
    if (r.type === "LOC" && r.key.length >= 2 && PLACE_HEAD_KEYS.has(r.key[0] as string)) {
      const rest = r.key.slice(1);
      if (rest.every((k) => k.length >= 3 && !isStopword(k))) addKnown(known, rest, "LOC");
    }
    if (r.type === "PER" && r.key.length >= 2) {
      const last = r.key[r.key.length - 1] as string;
      const unmarked = !/^[وفبلك]?ال/u.test((toks[r.b - 1] as Tok).text);
      if (last.length >= 3 && !isStopword(last) && !isFirstName(last))
        addKnown(known, [last], "PER", {
          ...(slight ? { slight: true as const } : {}),
          ...(unmarked ? { unmarked: true as const } : {}),
        });
    }
  }
  const covered = new Uint8Array(toks.length);
  for (const r of raws) covered.fill(1, r.a, r.b);
  const personEnds = new Set(raws.filter((r) => r.type === "PER" && !r.role).map((r) => r.b));
  const added: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || notNames.has(i) || !WORDY.test((toks[i] as Tok).text)) continue;
    // A name after a preposition glued to its hamza (لأردوغان، بأيمن الظواهري) is that name; so is an organisation
    // or a place after ل or ب (لرويترز، بروسيا: see `prepositionBeforeName`).
    const byPreposition = glued.has(i) ? 0 : prepositionBeforeName((toks[i] as Tok).text, known);
    const cut = glued.get(i) ?? byPreposition;
    const wordAt = (j: number) => gazKey((toks[j] as Tok).text.slice(j === i ? cut : 0));
    const list = known.get(wordAt(i));
    if (!list) continue;
    for (const e of list) {
      const L = e.keys.length;
      if (i + L > toks.length) continue;
      let ok = true;
      for (let j = 0; j < L && ok; j++) ok = !covered[i + j] && wordAt(i + j) === e.keys[j];
      if (!ok) continue;
      if (byPreposition > 0 && !trustedAfterPreposition(e, toks[i + L]?.text ?? "")) continue;
      // ماكرون is no الماكرون (the dessert), والماكرون neither.
      if (e.bare && /^[وف]?ال/u.test((toks[i] as Tok).text.slice(cut))) continue;
      // A lone family name after a definite noun is that noun's adjective (السلاح الكيماوي، القرن الثاني);
      // a regnal number alone (الثاني of عباس حلمي الثاني) is no name at all (كانون الثاني). Not a listed
      // person's name: الرئيس السيسي.
      const before = toks[i - 1]?.text ?? "";
      const lone = e.type === "PER" && L === 1 && !e.listed && (toks[i] as Tok).text.startsWith("ال");
      if (lone && (/^(?:ال|لل|وال|بال)/.test(before) || ORDINALS.has((toks[i] as Tok).text))) continue;
      // The family name المصري (its key مصري) is not the nationality مصري: indefinite, it is an adjective.
      if (e.type === "PER" && L === 1 && (isNationality((toks[i] as Tok).text) || notAName((toks[i] as Tok).text)))
        continue;
      if (e.type === "LOC" && L === 1 && isFloods(toks, i)) continue;
      // A person's name read only as a one-word mention or in a hashtag (المقابلة tagged once, #البيضاء) does not
      // spread to a word with the article that the tagger left untagged here: that is a common noun unless the name
      // lists or the training data know it as a person's, it is a family nisba (الصرخي), or a first name or a
      // person's mention stands right before it (منى المذبوح، عبدالله المطوع: the family name).
      if (
        e.type === "PER" &&
        L === 1 &&
        e.slight &&
        commonWithArticle((toks[i] as Tok).text.slice(cut)) &&
        !isFirstName(before) &&
        !personEnds.has(i)
      )
        continue;
      // Nor does a family name the article writes without the article (جوردن نادي، إبيفانيوس دير) spread to the word
      // with it (النادي، الدير: the club, the monastery), even one the name lists know: only when it is a family nisba
      // (هزازي … الهزازي) or a given name or a person's mention stands right before it (علي معلول … علي المعلول).
      if (
        e.type === "PER" &&
        L === 1 &&
        e.unmarked &&
        WITH_ARTICLE.test((toks[i] as Tok).text.slice(cut)) &&
        !(familyNisba((toks[i] as Tok).text.slice(cut)) && e.keys[0]!.length >= MIN_UNMARKED_NISBA) &&
        !isFirstName(before) &&
        !personEnds.has(i)
      )
        continue;
      // Nor onto a bare construct head ([مدينة] لحج from a place named المدينة).
      if (e.type !== "PER" && CONSTRUCT_HEADS.has((toks[i + L - 1] as Tok).text)) continue;
      if (e.type === "ORG" && L === 1 && definiteOfBareAlias((toks[i] as Tok).text)) continue;
      const first = toks[i] as Tok;
      added.push({
        a: i,
        b: i + L,
        type: e.type,
        s: first.s + (cut || trimmedStart(first.text, e.type)),
        e: (toks[i + L - 1] as Tok).e,
        key: e.keys,
      });
      covered.fill(1, i, i + L);
      i += L - 1;
      break;
    }
  }
  if (added.length > 0) {
    raws.push(...added);
    raws.sort((x, y) => x.a - y.a);
  }
}

/**
 * Letters of a preposition ل or ب (after و or ف, maybe) glued to a name the article or the alias table knows, which
 * the match key keeps (لرويترز، بروسيا، ولغزة), or 0. The word itself must be no known name (لبنان، بغداد) and the
 * rest a word of three letters or more; `propagate` then takes only an organisation or a place that the training
 * data tags so at least 80% of the times (رويترز، روسيا، طالبان; not فتح, as often to open: لفتح الطريق), and not a
 * name whose word is a common noun too (بحماس: with enthusiasm). Over 5,000 SNN and ANT articles 142 mentions in
 * 106 articles are added (لرويترز ×44, بتركيا، لتونس، لليبيا، بروسيا، لبكين، للندن، لطالبان، التحق بتشلسي), all
 * names; one of the wrong type (زيارته لبولندا, an article whose بولندا is a team).
 */
function prepositionBeforeName(w: string, known: Known): number {
  const m = /^[وف]?[لب]/u.exec(w);
  if (m === null || w.length - m[0].length < 3 || known.has(gazKey(w))) return 0;
  const rest = gazKey(w.slice(m[0].length));
  if (rest !== w.slice(m[0].length) || BARE_ONLY_NAMES.has(rest) || !known.has(rest)) return 0;
  return m[0].length;
}

/** An indefinite adjective in ي or ية (قلبية، عربي): the noun before it is a common one (بنوبة قلبية). */
const INDEFINITE_NISBA = /^(?!ال)\p{L}{2,}(?:ي|يه)$/u;

/**
 * Whether a known name after a glued ل or ب (`prepositionBeforeName`) is that name: an organisation or a place the
 * training data tags so at least 80% of the times, not followed by an indefinite adjective in ي/ية, which makes it a
 * common noun (بنوبة | قلبية: a heart attack, not Nubia).
 */
function trustedAfterPreposition(e: KnownName, next: string): boolean {
  if (e.type !== "ORG" && e.type !== "LOC") return false;
  return loadTagger().knownType(e.keys[0] as string) === e.type && !INDEFINITE_NISBA.test(next);
}

/** Longest alias in parentheses after an organisation's name: (الناتو), (WHO), (البارتي). */
export const MAX_PAREN_ALIAS_TOKENS = 3;

/**
 * The index of the ")" closing a short name in parentheses right after an organisation's name that ends before token
 * `b` (حلف شمال الأطلسي (الناتو)، (MSF)), or -1: words only, not all single letters, not numbers alone (بلدية البيرة
 * (1966): the letter's year), not a place (ريال مدريد (اسبانيا): the club's country) nor a phrase opening with a
 * preposition (جامعة كاليفورنيا (في بيركلي): where it is), and not after a name in quote
 * marks, which is its own short name: words in brackets after it describe it (مجلة «ناشيونال ريفيو» (المحافظة)،
 * إذاعة «إن بي آر» (شبه حكومية)).
 */
export function bracketedShortName(toks: readonly Tok[], b: number): number {
  if (toks[b]?.text !== "(" || toks[b - 1]?.text === '"') return -1;
  let close = b + 1;
  while (close < toks.length && close - b <= MAX_PAREN_ALIAS_TOKENS && toks[close]?.text !== ")") close++;
  if (toks[close]?.text !== ")" || close === b + 1) return -1;
  const inner = toks.slice(b + 1, close);
  if (inner.some((t) => !WORDY.test(t.text)) || inner.every((t) => t.text.length === 1 || !/\p{L}/u.test(t.text)))
    return -1;
  // (في بيركلي): a preposition opens a phrase that says where, no short name.
  if (isStopword((inner[0] as Tok).text)) return -1;
  return isPlaceKey(inner.map((t) => gazKey(t.text)).join(" ")) ? -1 : close;
}
