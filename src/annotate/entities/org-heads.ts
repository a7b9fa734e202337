/**
 * Organisations the tagger cut at their head word: a head written without the article (وزارة، هيئة) takes its
 * genitive (وزارة | العمل → وزارة العمل), and a definite head its name's adjectives (الهيئة | العامة للسياحة).
 */

import { isStopword } from "../../arabic/stopwords.js";
import { gazKey, isCityKey, isPlaceKey, nisbaPlace } from "./features.js";
import { type Raw, type Tok, WORDY } from "./folded-tokens.js";
import { isNationality, trimmedStart, WITH_ARTICLE } from "./name-words.js";
import { knownAlias, NAME_OPENING_HEADS, NAMING_TITLES, ORG_HEAD_KEYS } from "./names.js";
import { ORDINALS, PUNCT, TIME_WORDS } from "./tagged-spans.js";
import { loadTagger } from "./tagger.js";
import { isVerbLike } from "./verbs.js";

/** Indefinite words an organisation's genitive may open with before its definite word (هيئة حقوق الإنسان). */
const MAX_INDEFINITE_GENITIVE = 1;

/** Adjectives a name may take after its genitive (وزارة الخارجية الأمريكية، وزارة التعليم العالي), at most. */
const MAX_NAME_ADJECTIVES = 2;

/**
 * How many letters of conjunction or preposition are glued before an organisation's head word written without the
 * article (وهيئة، لوزارة: 1; وبوزارة: 2), or -1 for a word that is none.
 */
function bareHeadAt(w: string): number {
  // للوزارة، وللهيئة: ل before the article, whose alif it drops.
  if (/^[وف]?لل/u.test(w)) return -1;
  for (let cut = 0; cut <= 2 && w.length - cut >= 3; cut++) {
    if (cut > 0 && !/^[وفبل]$/u.test(w[cut - 1] as string)) break;
    if (ORG_HEAD_KEYS.has(w.slice(cut))) return cut;
  }
  return -1;
}

/** A definite word that can stand in a name (التعليم), folded: not a word of time (اليوم) or a function word. */
function definiteWord(t: Tok | undefined): boolean {
  if (t === undefined || t.group >= 0 || !/^ال[^\s]{2,}$/u.test(t.text)) return false;
  return !isStopword(t.text) && !TIME_WORDS.has(t.text);
}

/** A definite adjective of relation (الأمريكية، العالي، الوطني), folded: what a name goes on with after its genitive. */
function nisbaAdjective(t: Tok | undefined): boolean {
  return (
    definiteWord(t) && /^ال[^\s]{2,}(?:ي|يه)$/u.test((t as Tok).text) && !PLURALS_IN_YA.has(gazKey((t as Tok).text))
  );
}

/**
 * Broken plurals that end in ي as an adjective of relation does (التعازي، الأراضي، المباني), folded keys: the object
 * or genitive after a name, never one of its adjectives (رئيس المجلس الأعلى للقضاء | التعازي).
 */
const PLURALS_IN_YA: ReadonlySet<string> = new Set(
  [
    "التعازي",
    "الأراضي",
    "المباني",
    "الأهالي",
    "المعاني",
    "الضواحي",
    "الليالي",
    "الأغاني",
    "المساعي",
    "النواحي",
    "الأيادي",
    "المواشي",
    "المقاهي",
    "المراعي",
    "الأماني",
    "التهاني",
    "الدواعي",
    "المآسي",
    "الأعالي",
  ].map(gazKey),
);

/** Marks a quoted or bracketed name opens with (هيئة «نزاهة»، شركة (أرامكو)). */
const OPENING = /^[«"“([]$/u;

/** Marks a quoted or bracketed name closes with. */
const CLOSING = /^[»"”)\]]$/u;

/** Words a quoted name after a bare head may have, at most (حزب «المؤتمر الشعبي العام»). */
const MAX_QUOTED_WORDS = 4;

/**
 * The index of the mark that closes a quoted name of one to `MAX_QUOTED_WORDS` words opened at `open` on one line
 * (هيئة | «نزاهة»), or -1: words only, none a function word or in a person's or a role's mention.
 */
function quotedEnd(toks: Tok[], raws: Raw[], open: number): number {
  const o = toks[open];
  if (o === undefined || !OPENING.test(o.text)) return -1;
  for (let j = open + 1; j <= open + MAX_QUOTED_WORDS + 1; j++) {
    const t = toks[j];
    if (t === undefined || t.line !== o.line) return -1;
    if (CLOSING.test(t.text)) return j > open + 1 ? j : -1;
    if (!WORDY.test(t.text) || isStopword(t.text) || t.group >= 0) return -1;
    if (raws.some((r) => r.a <= j && j < r.b && (r.type === "PER" || r.role))) return -1;
  }
  return -1;
}

/** A word that is a name by itself without the article: a listed place or city, or one the training data tagged. */
function properName(t: Tok | undefined): boolean {
  if (t === undefined || t.group >= 0 || !WORDY.test(t.text) || isStopword(t.text)) return false;
  const k = gazKey(t.text);
  return isPlaceKey(k) || isCityKey(k) || loadTagger().taggedAs(k).length > 0;
}

/** A word an indefinite genitive can be: a word, not a function word, punctuation or a number. */
function indefiniteWord(t: Tok | undefined): boolean {
  return (
    t !== undefined &&
    t.group < 0 &&
    WORDY.test(t.text) &&
    !/\p{N}/u.test(t.text) &&
    !t.text.startsWith("ال") &&
    !isStopword(t.text)
  );
}

/**
 * An organisation's mention of one head word written without the article (وزارة، هيئة، لشركة) is a noun in the
 * construct state, which is no name until its genitive: the mention takes it, with a span the tagger found there
 * and the adjectives of relation after it (أكدت وزارة | العمل → وزارة العمل، هيئة حقوق الإنسان، وزارة الخارجية
 * الأمريكية), or a name of its own without the article (لبنك | برقان), and is written without the preposition
 * glued to it (لوزارة العمل → وزارة العمل). Before a quoted or bracketed name of a few words (هيئة «نزاهة»، لهيئة
 * "توب 500") the mention is that name, without the head, as the tagger writes a name it finds in quotes (تنظيم «داعش»
 * → داعش); over SNN 0-6000 + ANT 0-3000 10 articles change, all for the better (19 bare heads gone, 5 names gained).
 * Before other punctuation or a function word it heads nothing and is dropped (طالبا بجامعة،).
 */
export function headsTakeTheirGenitive(toks: Tok[], raws: Raw[]): void {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    const first = toks[r.a] as Tok;
    const cut = r.type === "ORG" && !r.role && r.b - r.a === 1 ? bareHeadAt(first.text) : -1;
    if (cut < 0) continue;
    let g = r.b;
    while (g - r.b < MAX_INDEFINITE_GENITIVE && indefiniteWord(toks[g]) && definiteWord(toks[g + 1])) g++;
    const next = raws[k + 1];
    let b: number;
    if (next !== undefined && next.a === r.b && !next.role && next.type !== "PER") {
      // The tagger found the genitive as a name of its own (وزارة | الصحة): one mention over both.
      b = next.b;
      raws.splice(k + 1, 1);
    } else if (definiteWord(toks[g])) {
      b = g + 1;
      for (let n = 0; n < MAX_NAME_ADJECTIVES && nisbaAdjective(toks[b]); n++) b++;
      b = coordinatedField(toks, raws, b);
    } else if (properName(toks[r.b])) {
      // بنك برقان، جامعة هارفارد: a name of its own in the genitive.
      b = r.b + 1;
    } else if (quotedEnd(toks, raws, r.b) > 0) {
      // هيئة «نزاهة»، تنظيم «داعش»: the quoted name is the mention, without the head, as the tagger writes
      // the name it finds in quotes.
      const close = quotedEnd(toks, raws, r.b);
      for (let j = raws.length - 1; j > k; j--) {
        const x = raws[j] as Raw;
        if (x.a > r.b && x.b <= close) raws.splice(j, 1);
      }
      r.a = r.b + 1;
      r.b = close;
      r.s = (toks[r.a] as Tok).s;
      r.e = (toks[close - 1] as Tok).e;
      r.key = toks.slice(r.a, close).map((t) => gazKey(t.text));
      continue;
    } else {
      // طالبا بجامعة، | وزارة في: nothing it could be the head of. A verb or an adjective after it is left alone:
      // they cannot be told from a name the training data never saw.
      const after = toks[r.b];
      if (after === undefined || isStopword(after.text) || (PUNCT.test(after.text) && !OPENING.test(after.text)))
        raws.splice(k, 1);
      continue;
    }
    // لهيئة كهرباء ومياه دبي: the name without the preposition, as the article writes it elsewhere.
    r.s = first.s + cut;
    r.b = b;
    r.e = (toks[b - 1] as Tok).e;
    r.key = [
      first.text.slice(cut),
      ...toks
        .slice(r.a + 1, b)
        .filter((t) => !PUNCT.test(t.text))
        .map((t) => gazKey(t.text)),
    ];
  }
}

/**
 * The end of a second field joined with و to an organisation's genitive ending at `b` (هيئة الاتصالات | وتقنية
 * المعلومات، هيئة التحقيق | والادعاء العام): a definite word with و, or و + a noun and its definite genitive, and an
 * adjective after; `b` where none is, or where the word with و heads another organisation or begins a mention.
 */
function coordinatedField(toks: Tok[], raws: Raw[], b: number): number {
  const and = toks[b];
  if (and === undefined || !/^و[^\s]{3,}$/u.test(and.text) || raws.some((r) => r.a === b)) return b;
  const word = { ...and, text: and.text.slice(1) };
  if (ORG_HEAD_KEYS.has(gazKey(word.text))) return b;
  let e: number;
  if (definiteWord(word)) e = b + 1;
  else if (indefiniteWord(word) && !isVerbLike(and.text) && definiteWord(toks[b + 1])) e = b + 2;
  else return b;
  while (e - b < 3 && nameAdjective(toks[e])) e++;
  return e;
}

/**
 * An organisation's mention right after a bare head word the tagger left out of it (حركة | فتح، بجامعة | هارفارد)
 * takes the head in: the head in the construct state is the first word of the name, as both training corpora write
 * it (`NAME_OPENING_HEADS`). Without the preposition or conjunction glued to the head (العضوية في حركة فتح → حركة
 * فتح); not across a line or into a hashtag, not when the head is in another mention, not before a preposition glued
 * to the name (لجنة | للأمم المتحدة، لجنة | بالكونغرس: the head is no construct there), and not before an organisation
 * the alias table names in several words (لجنة | الأمم المتحدة، منظمة | الأمم المتحدة): that name is whole, the head
 * names a body of it or repeats what it is. The entity stays the name after the head (`Raw.ns`), so that an article's
 * later bare name (سيريزا after حزب سيريزا) keeps its type and entity. Over SNN 0-6000 + ANT 0-3000 75 articles
 * change, 73 for the better (حركة حماس، جامعة أكسفورد، بنك جولدمان ساكس، وزارة التربية والتعليم، هيئة الهلال الأحمر);
 * in the held-out tenth حركة فتح is gained and حركة العسكر الطيبة lost (NewsFANE leaves حركة out 8 times in 33).
 */
export function headsBeforeNames(toks: Tok[], raws: Raw[]): void {
  const covered = new Uint8Array(toks.length);
  for (const r of raws) covered.fill(1, r.a, r.b);
  for (const r of raws) {
    if (r.type !== "ORG" || r.role || r.a === 0 || covered[r.a - 1]) continue;
    const head = toks[r.a - 1] as Tok;
    const first = toks[r.a] as Tok;
    const cut = bareHeadAt(head.text);
    if (cut < 0 || !NAME_OPENING_HEADS.has(head.text.slice(cut)) || head.group >= 0 || first.group >= 0) continue;
    if (head.line !== first.line || r.s !== first.s || ORG_HEAD_KEYS.has(gazKey(first.text))) continue;
    if (r.key.length >= 2 && knownAlias(r.key.join(" "))?.type === "ORG") continue;
    // The entity stays the name (`Raw.ns`, as for مدينة قلقيلية): حزب سيريزا and سيريزا alone are one.
    r.ns = r.s;
    r.a--;
    r.s = head.s + cut;
    covered[r.a] = 1;
  }
}

/**
 * Bodies of a state that a definite adjective of its country names (الجيش الإسرائيلي، الشرطة الإثيوبية، الحكومة
 * اليونانية), folded keys, and the form of the adjective that agrees with each (masculine ي, feminine ية).
 */
const STATE_BODIES: ReadonlyMap<string, RegExp> = new Map([
  ["جيش", /[^\s]ي$/u],
  ["شرطه", /[^\s]يه$/u],
  ["حكومه", /[^\s]يه$/u],
]);

/**
 * A definite army, police or government followed by the adjective of a country that agrees with it (الجيش
 * الإسرائيلي، بالشرطة الإثيوبية، للحكومة اليونانية) is that state's organisation: a mention over both, without the
 * glued conjunction or preposition, where no mention was, and the type of a person's or place's mention over the two
 * words alone (الجيش اليمني, read as a person from a hashtag). The tagger leaves most untagged (الجيش اليمني 18
 * times in SNN 0-3000). Run after names are spread, so that a longer name the article writes elsewhere keeps its
 * mention (الجيش السوري الحر). An adjective that does not agree qualifies the word before (رئيس الحكومة الإيطالي:
 * the Italian head of government); القوات and الأمن are left out: NewsFANE tags القوات + a country's adjective once
 * in 12.
 */
export function stateBodiesOfCountries(toks: Tok[], raws: Raw[]): void {
  const added: Raw[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Tok;
    const adjective = toks[i + 1] as Tok;
    if (head.group >= 0 || adjective.group >= 0 || head.line !== adjective.line) continue;
    // A mention over the two words alone that is not the body's is retyped; any other one is left as it is.
    const over = raws.find((r) => r.a <= i + 1 && i < r.b);
    if (over && (over.a !== i || over.b !== i + 2 || over.role || over.type === "ORG")) continue;
    if (!/^[وف]?(?:[بلك]?ال|لل)[^\s]{3,}$/u.test(head.text)) continue;
    const agrees = STATE_BODIES.get(gazKey(head.text));
    if (!agrees || !nisbaAdjective(adjective) || !agrees.test(adjective.text)) continue;
    if (nisbaPlace(gazKey(adjective.text)) === null) continue;
    if (over) {
      over.type = "ORG";
      continue;
    }
    added.push({
      a: i,
      b: i + 2,
      type: "ORG",
      s: head.s + trimmedStart(head.text, "ORG"),
      e: adjective.e,
      key: [gazKey(head.text), gazKey(adjective.text)],
    });
    i++;
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/**
 * Heads whose construct with a definite genitive names an organisation wherever the tagger left both words untagged
 * (وزارة الإسكان، بنك الاستثمار الأوروبي، محكمة الاستئناف، نقابة الممثلين، مؤسسة النقد، جمعية الثقافة والفنون),
 * folded keys. Not صندوق (صندوق القمامة، صندوق البريد), حركة (حركة المرور), مديرية or جبهة (Yemen's districts and
 * fronts), مجلس، لجنة، هيئة (مجلس الإدارة، لجنة التحكيم، هيئة التدريس): bodies of another or no name.
 */
const GENITIVE_HEADS: ReadonlySet<string> = new Set([
  "وزاره",
  "بنك",
  "جامعه",
  "محكمه",
  "نقابه",
  "مؤسسه",
  "جمعيه",
  "وكاله",
]);

/** Titles a genitive opens an institution named for a person with (جامعة الأمير سطام), folded: the name goes on. */
const TITLES: ReadonlySet<string> = new Set([...NAMING_TITLES, "الامام"]);

/**
 * Adjectives that describe any organisation of its kind and name none (وكالة الأنباء الرسمية، وكالة التصنيف
 * الائتماني، وكالة الأنباء الموالية لحكومة طرابلس), folded: status, stance or field. Not الدولية or العالمية, which
 * stand in names (محكمة الجنايات الدولية، مؤسسة الإعمار العالمية), nor الخاصة (محكمة الإعلام والنشر الخاصة بقضايا).
 */
const DESCRIPTORS: ReadonlySet<string> = new Set([
  "الرسميه",
  "الرسمي",
  "الحكوميه",
  "الحكومي",
  "المحليه",
  "المحلي",
  "الائتماني",
  "المواليه",
  "النظاميه",
]);

/**
 * Whether a head and its genitive go on with a descriptor (وكالة الأنباء | الرسمية، وكالة التصنيف | الائتماني
 * الدولية): the words say what kind of body it is and name none. After a country's adjective a descriptor is
 * left in (وكالة الأنباء اليمنية الرسمية): the name is before it, and its short name in brackets after it.
 */
function describedOnly(toks: Tok[], from: number): boolean {
  return DESCRIPTORS.has(toks[from]?.text ?? "");
}

/**
 * Whether an indefinite noun in the construct state stands between a head at `i` and its definite genitive (محكمة
 * مكافحة الإرهاب، جمعية حماية المستهلك، وكالة أنباء الشرق الأوسط): a word, not one with ل (مؤسسة للاستشارات
 * القانونية، محكمة لمكافحة الفساد: the head is indefinite, and a complement says what it is for), a verb (جامعة
 * تستضيف المؤتمر), a nationality or another adjective that agrees with the head (محكمة مصرية الحكم). The definite
 * word after it is a noun, not an adjective of relation or a descriptor (وكالة وفا الرسمية، وكالة أعماق التابعة:
 * the indefinite word is a name of its own, described).
 */
function constructBefore(toks: Tok[], i: number): boolean {
  const t = toks[i + 1];
  const definite = toks[i + 2];
  if (!indefiniteWord(t) || !definiteWord(definite) || (definite as Tok).line !== (toks[i] as Tok).line) return false;
  const w = (t as Tok).text;
  if (w.startsWith("ل") || isVerbLike(w) || isNationality(w) || /يه$/u.test(w) || nisbaPlace(gazKey(w)) !== null)
    return false;
  const d = (definite as Tok).text;
  return !nisbaAdjective(definite) && !DESCRIPTORS.has(d) && !/^التابع/u.test(d);
}

/**
 * A bare head of `GENITIVE_HEADS` (وزارة، لبنك، بجامعة) and its definite genitive, with neither in a mention, is an
 * organisation's name the tagger missed: a mention over them, a second field coordinated with وال (وزارة الثقافة
 * والإعلام) and the name's adjectives (صندوق الاستثمارات العامة، بنك الاستثمار الأوروبي), without the glued
 * preposition. Not before a place or its adjective (محكمة ألمانية: a description), a title (the person's name
 * follows it), or a mention right after (the name is the mention's). Over SNN 0-6000 + ANT 0-3000 336 articles
 * change, at most 26 with a doubtful mention (مؤسسة الرئاسة، جامعة المسجد، بنك الطعام). The genitive may open with
 * one indefinite noun (`constructBefore`: محكمة مكافحة الإرهاب، جمعية مراكز الأحياء): 31 more articles, 39 mentions
 * gained, one wrong (نائب الرئيس مايك بنك وابنة الرئيس), two cut short (مؤسسة سعفة القدوة | الحسنة).
 */
export function headsWithGenitives(toks: Tok[], raws: Raw[]): void {
  const added: Raw[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Tok;
    const cut = bareHeadAt(head.text);
    if (cut < 0 || head.group >= 0 || !GENITIVE_HEADS.has(head.text.slice(cut))) continue;
    // محكمة مكافحة | الإرهاب، وزارة شؤون | المرأة: one word of the genitive may come before its definite word.
    const g = constructBefore(toks, i) ? i + 2 : i + 1;
    const definite = toks[g] as Tok;
    if (!definiteWord(definite) || definite.line !== head.line || TITLES.has(definite.text)) continue;
    const key = gazKey(definite.text);
    if (nisbaPlace(key) !== null || isPlaceKey(key)) continue;
    let b = g + 1;
    const and = toks[b];
    if (and && /^وال[^\s]{2,}$/u.test(and.text) && definiteWord({ ...and, text: and.text.slice(1) })) {
      if (!ORG_HEAD_KEYS.has(gazKey(and.text))) b++;
    }
    const named = b;
    for (let n = 0; n < MAX_NAME_ADJECTIVES && nameAdjective(toks[b]); n++) b++;
    if (describedOnly(toks, named)) continue;
    if (raws.some((r) => r.a <= b && i < r.b)) continue;
    added.push({
      a: i,
      b,
      type: "ORG",
      s: head.s + cut,
      e: (toks[b - 1] as Tok).e,
      key: [head.text.slice(cut), ...toks.slice(i + 1, b).map((t) => gazKey(t.text))],
    });
    i = b - 1;
  }
  if (added.length === 0) return;
  raws.push(...added);
  raws.sort((x, y) => x.a - y.a);
}

/** Adjectives of rank that stand in organisations' names besides those of relation (الهيئة العامة، المحكمة العليا), folded. */
const RANK_ADJECTIVES: ReadonlySet<string> = new Set(["العامه", "العام", "العليا", "الاعلي", "الكبري"]);

/**
 * Heads of organisations named for a field with ل (الهيئة السعودية للمواصفات، الاتحاد السعودي لكرة القدم، الجمعية
 * السعودية للثقافة), folded keys. Not a government, bank, party or force: after those a phrase with ل is what they
 * do (الحكومة المصرية لخفض الدعم، البنك المركزي للحكومة).
 */
const FIELD_HEADS: ReadonlySet<string> = new Set(
  ["هيئه", "جمعيه", "شركه", "اتحاد", "مؤسسه", "لجنه", "وكاله", "منظمه", "مجلس", "مركز", "صندوق"].map(gazKey),
);

/** An adjective a definite organisation's name goes on with: of relation (السعودي، الملكية) or of rank (العامة). */
function nameAdjective(t: Tok | undefined): boolean {
  if (t === undefined || ORDINALS.has(t.text)) return false;
  return nisbaAdjective(t) || RANK_ADJECTIVES.has(t.text);
}

/**
 * A complement with ل that says what an organisation is for, from token `i`: ل with the article (للسياحة) or with
 * a word and its definite genitive (لكرة القدم، لقصور الثقافة), not a place (المجلس البلدي | لمصراتة). Its end, or -1.
 */
function forComplement(toks: Tok[], i: number): number {
  const t = toks[i];
  if (t === undefined || t.group >= 0 || isStopword(t.text) || isVerbLike(t.text)) return -1;
  if (/^لل[^\s]{2,}$/u.test(t.text)) return i + 1;
  const rest = t.text.slice(1);
  if (!/^ل[^\s]{3,}$/u.test(t.text) || rest.startsWith("ال") || isPlaceKey(gazKey(rest)) || isCityKey(gazKey(rest)))
    return -1;
  return definiteWord(toks[i + 1]) ? i + 2 : -1;
}

/**
 * The end of an organisation's field from token `b`: the complement with ل (`forComplement`), its adjectives of
 * relation, and a second field joined to it with وال (للسياحة | والتراث الوطني). -1 where no complement is.
 */
function fieldEnd(toks: Tok[], raws: Raw[], b: number): number {
  const end = forComplement(toks, b);
  if (end < 0) return -1;
  let e = end;
  while (e - end < MAX_NAME_ADJECTIVES && nisbaAdjective(toks[e])) e++;
  // Not a relative pronoun (والتي), the head of a second organisation (للتقاعد | والمؤسسة العامة للتأمينات), nor
  // after a field of two words a noun with adjectives of its own, which goes on the sentence (لكرة القدم |
  // والمكاسب المادية; لشؤون البترول والمعادن).
  const and = toks[e];
  const second =
    and !== undefined &&
    /^وال[^\s]{2,}$/u.test(and.text) &&
    !ORG_HEAD_KEYS.has(gazKey(and.text)) &&
    (end === b + 1 || !nisbaAdjective(toks[e + 1]));
  if (second && definiteWord({ ...and, text: and.text.slice(1) }) && !raws.some((x) => x.a === e)) {
    const joined = e;
    e++;
    while (nisbaAdjective(toks[e]) && e - joined <= MAX_NAME_ADJECTIVES) e++;
  }
  return e;
}

/**
 * An organisation's mention of a definite head word and its name's adjectives (الاتحاد السعودي، الهيئة العامة) that
 * the tagger cut short: a head alone takes the adjectives after it (رئيس الاتحاد | العربي السعودي), a head with adjectives one of a place, and a head named
 * for a field (FIELD_HEADS) with an adjective the complement with ل after them (الاتحاد السعودي | لكرة القدم،
 * الهيئة العامة | للسياحة والتراث الوطني). An organisation the alias table knows (الاتحاد الأوروبي) is whole;
 * one it reads as a place once the head is dropped (الشركة السعودية → السعودية) is the company. A bare head
 * without adjectives stays a reference to the organisation named before (الاتحاد | للتأهل).
 */
export function headsTakeTheirAdjectives(toks: Tok[], raws: Raw[]): void {
  for (const r of raws) {
    // The tagger reads a Saudi or Arab company's name as the place (الشركة السعودية): with its head it is no place.
    if ((r.type !== "ORG" && r.type !== "LOC") || r.role || r.b - r.a > MAX_NAME_ADJECTIVES + 1) continue;
    const w = (toks[r.a] as Tok).text;
    if (!WITH_ARTICLE.test(w) || !ORG_HEAD_KEYS.has(gazKey(w)) || knownAlias(r.key.join(" "))?.type === "ORG") continue;
    if (!toks.slice(r.a + 1, r.b).every((t) => nameAdjective(t))) continue;
    if (raws.some((x) => x.a === r.b)) continue;
    let b = r.b;
    // A head alone takes its adjectives; one place's adjective at most (الاتحاد الأوروبي | الفرنسي ميشيل بارنييه).
    // A span with adjectives takes only a place's (الاتحاد العربي | السعودي), not an epithet (الحكومة اليمنية | الشرعية).
    const place = (t: Tok) => nisbaPlace(gazKey(t.text)) !== null;
    let places = toks.slice(r.a + 1, r.b).filter(place).length;
    while (b - r.a <= MAX_NAME_ADJECTIVES && nameAdjective(toks[b])) {
      const t = toks[b] as Tok;
      if (place(t) ? ++places > 1 : r.b - r.a > 1) break;
      b++;
    }
    const end = b - r.a >= 2 && FIELD_HEADS.has(gazKey(w)) ? fieldEnd(toks, raws, b) : -1;
    if (end > 0) b = end;
    if (b === r.b) continue;
    r.type = "ORG";
    r.b = b;
    r.e = (toks[b - 1] as Tok).e;
    r.key = toks
      .slice(r.a, b)
      .filter((t) => !PUNCT.test(t.text))
      .map((t) => gazKey(t.text));
  }
}

/** Definite nouns a club's adjective-shaped name follows as its name (النادي الأهلي، الفريق الإسماعيلي), folded keys. */
const TEAM_NOUNS: ReadonlySet<string> = new Set(["نادي", "فريق", "منتخب"].map(gazKey));

/** Nouns of bodies an adjective after them names with them (التحالف العربي، بالجيش السوفياتي), besides ORG_HEAD_KEYS. */
const BODY_NOUNS: ReadonlySet<string> = new Set(["تحالف", "جيش", "صندوق", "معهد", "مركز", "كليه"].map(gazKey));

/**
 * An organisation's mention of one definite adjective of relation right after a definite noun (الأمن | العربي،
 * العالم العربي، الربيع العربي، العمل الخيري) is the adjective agreeing with the noun, not a name: dropped, and after
 * the noun of a body (التحالف العربي، الجيش السوفياتي) the mention takes the noun in. Not a word the training data
 * tagged an organisation's at least 80% of the times (الأهلي), nor after a team's noun (النادي الإسماعيلي).
 */
export function adjectivesReadAsNames(toks: Tok[], raws: Raw[]): void {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type !== "ORG" || r.role || r.b - r.a !== 1 || r.a === 0) continue;
    const t = toks[r.a] as Tok;
    const before = toks[r.a - 1] as Tok;
    // Not a head that ends like an adjective (الكلية): the college.
    if (!nisbaAdjective(t) || ORG_HEAD_KEYS.has(gazKey(t.text)) || BODY_NOUNS.has(gazKey(t.text))) continue;
    if (isStopword(before.text) || !(definiteWord(before) || WITH_ARTICLE.test(before.text))) continue;
    if (raws.some((x) => x.a <= r.a - 1 && r.a - 1 < x.b) || before.line !== t.line) continue;
    const noun = gazKey(before.text);
    if (TEAM_NOUNS.has(noun) || loadTagger().knownType(gazKey(t.text)) === "ORG") continue;
    if (ORG_HEAD_KEYS.has(noun) || BODY_NOUNS.has(noun)) {
      r.a--;
      r.s = before.s + trimmedStart(before.text, "ORG");
      r.key = [noun, ...r.key];
    } else raws.splice(k, 1);
  }
}

/**
 * An organisation's mention of a feminine head written without the article and an adjective without it that agrees
 * with it (جمعية خيرية، شركة عقارية، جامعة سعودية، محكمة مصرية، قوات أمريكية) describes an organisation, it names
 * none: dropped. A name after such a head is a definite genitive (جمعية البر) or a name of its own (جامعة تينيسي,
 * شركة فيرساتشي), and names of their own seldom end in ية; not a word the gazetteer or the training data knows as a
 * name.
 */
export function descriptionsReadAsNames(toks: Tok[], raws: Raw[]): void {
  const tagger = loadTagger();
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type !== "ORG" || r.role || r.b - r.a !== 2) continue;
    const head = (toks[r.a] as Tok).text;
    const adjective = (toks[r.a + 1] as Tok).text;
    if (bareHeadAt(head) < 0 || !/(?:ه|ات)$/u.test(head) || !/^[^\s]{3,}يه$/u.test(adjective)) continue;
    const key = gazKey(adjective);
    if (adjective.startsWith("ال")) continue;
    // سعودية without the article is the adjective of the country (السعودية), whatever the gazetteer says of the word.
    const name = isPlaceKey(key) || isCityKey(key) || tagger.knownType(key) !== null;
    if (name && nisbaPlace(key) === null) continue;
    raws.splice(k, 1);
  }
}

/**
 * A name that opens with a bare head and its definite genitive (وزارة التربية والتعليم، لمجلس الأمن القومي) goes on
 * with the adjective of its country right after it that agrees with the head (وزارة التربية والتعليم الأردنية، مجلس
 * الأمن القومي الروسي): the tagger often stops before it, where both training corpora take it in (48 times in 53; the
 * rest NewsFANE's حزب الله اللبناني, which the alias table lists as one name with حزب الله). Not after a name the
 * alias table knows as it is written, nor an adjective that is no country's (وزارة التعليم العالي) or that does not
 * agree with the head.
 */
export function headedNamesTakeTheirCountry(toks: Tok[], raws: Raw[]): void {
  for (const [k, r] of raws.entries()) {
    if (r.type !== "ORG" || r.role || r.b - r.a < 2) continue;
    const head = toks[r.a] as Tok;
    const cut = bareHeadAt(head.text);
    if (cut < 0 || head.text.slice(cut).startsWith("ال")) continue;
    const inner = toks.slice(r.a + 1, r.b);
    if (!inner.every((t) => definiteWord(t) || /^وال[^\s]{2,}$/u.test(t.text))) continue;
    const adjective = toks[r.b];
    const next = raws[k + 1];
    if (adjective === undefined || adjective.line !== head.line || (next !== undefined && next.a === r.b)) continue;
    if (!nisbaAdjective(adjective) || nisbaPlace(gazKey(adjective.text)) === null) continue;
    // The head's gender: وزارة takes الأردنية, مجلس الروسي.
    const feminine = /ه$/u.test(head.text);
    if (feminine !== /يه$/u.test(adjective.text)) continue;
    if (knownAlias(r.key.join(" "))?.type === "ORG") continue;
    r.b++;
    r.e = adjective.e;
    r.key = [...r.key, gazKey(adjective.text)];
  }
}

/**
 * Heads of an institution named for its place (جامعة دمشق، بلدية لندن، بنك اليابان), folded: the construct names the
 * university, the municipality or the central bank, not the place. Both training corpora tag head and place as one
 * organisation (بلدية + a listed place 27 times of 28, جامعة 5 of 5, بنك 2 of 2).
 */
const PLACE_INSTITUTION_HEADS: ReadonlySet<string> = new Set(["جامعه", "بلديه", "بنك"]);

/** Letters of conjunction or preposition glued before a head of `PLACE_INSTITUTION_HEADS` (وبجامعة: 2), or -1. */
function placeInstitutionHeadAt(w: string): number {
  if (/^[وف]?لل/u.test(w)) return -1;
  for (let cut = 0; cut <= 2 && w.length - cut >= 3; cut++) {
    if (cut > 0 && !/^[وفبل]$/u.test(w[cut - 1] as string)) break;
    if (PLACE_INSTITUTION_HEADS.has(w.slice(cut))) return cut;
  }
  return -1;
}

/**
 * A place's mention right after a bare head of `PLACE_INSTITUTION_HEADS` that no mention covers (بجامعة | كاليفورنيا،
 * بلدية | الخرمة، بنك | اليابان) is the institution's name: an organisation over head and place, with the name's
 * adjectives after it (جامعة سنغافورة الوطنية), without the preposition glued to the head. The tagger and the city
 * list know the place and leave the head out. Not across a line or out of a hashtag.
 */
export function institutionsOfPlaces(toks: Tok[], raws: Raw[]): void {
  const covered = new Uint8Array(toks.length);
  for (const r of raws) covered.fill(1, r.a, r.b);
  for (const r of raws) {
    if (r.type !== "LOC" || r.role || r.a === 0 || covered[r.a - 1]) continue;
    const head = toks[r.a - 1] as Tok;
    const first = toks[r.a] as Tok;
    const cut = placeInstitutionHeadAt(head.text);
    if (cut < 0 || head.group >= 0 || first.group >= 0 || head.line !== first.line) continue;
    let b = r.b;
    for (let n = 0; n < MAX_NAME_ADJECTIVES && !covered[b] && nameAdjective(toks[b]); n++) b++;
    r.type = "ORG";
    r.a--;
    r.s = head.s + cut;
    r.key = [head.text.slice(cut), ...toks.slice(r.a + 1, b).map((t) => gazKey(t.text))];
    r.b = b;
    r.e = (toks[b - 1] as Tok).e;
    covered.fill(1, r.a, b);
  }
}

/**
 * Nouns after ل that name what a body belongs to, not its field (المجلس السياسي | للجماعة، الصندوق السيادي | للدولة),
 * folded keys, besides the heads and bodies of organisations and a team's nouns (اللجنة التنفيذية | لمنظمة التحرير،
 * الجمعية العمومية | للنادي: a body of another).
 */
const OWNER_NOUNS: ReadonlySet<string> = new Set(["دوله", "بلاد", "بلد", "مملكه", "جماعه", "حركه"]);

/** Whether a complement's word with ل (للسياحة، لكرة، لمنظمة) can open a field: not an owner's noun or a body's head. */
function fieldWord(w: string): boolean {
  const k = gazKey(w.replace(/^لل/u, "ال").replace(/^ل/u, ""));
  return !ORG_HEAD_KEYS.has(k) && !BODY_NOUNS.has(k) && !TEAM_NOUNS.has(k) && !OWNER_NOUNS.has(k);
}

/**
 * A definite head named for a field (`FIELD_HEADS`) with its name's adjectives and a complement with ل, in no
 * mention (المؤسسة العربية لضمان الاستثمار، المؤسسة العامة للتعليم الفني والتدريب المهني، المجلس الأعلى للقضاء), is
 * an organisation's full name the tagger missed: a mention over it, without the glued conjunction or preposition. A
 * mention the tagger found in the field alone (الدائرة المركزية | للتنظيم والبناء) is taken in. Not when the field
 * is an organisation (اللجنة التنفيذية للمنظمة، الجمعية العمومية للشركة: a body of another), nor when a person's or
 * a place's mention is in it.
 */
export function fieldNamesOfDefiniteHeads(toks: Tok[], raws: Raw[]): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    const head = toks[i] as Tok;
    // للمؤسسة: ل before the article, whose alif it drops; the name cannot be written without it.
    if (head.group >= 0 || !WITH_ARTICLE.test(head.text) || /^[وف]?لل/u.test(head.text)) continue;
    if (!FIELD_HEADS.has(gazKey(head.text))) continue;
    let b = i + 1;
    while (b - i <= MAX_NAME_ADJECTIVES && nameAdjective(toks[b])) b++;
    if (b === i + 1) continue;
    const end = fieldEnd(toks, raws, b);
    if (end < 0 || (toks[end - 1] as Tok).line !== head.line) continue;
    if (!fieldWord((toks[b] as Tok).text)) continue;
    // A mention in the field is taken in only when it is the field's word the tagger read as a name (للتنظيم).
    const over = raws.filter((r) => r.a < end && i < r.b);
    const field = (r: Raw) => r.a === b && r.type === "ORG" && !r.role && r.b <= end;
    if (!over.every((r) => field(r) && loadTagger().knownType(gazKey((toks[b] as Tok).text)) !== "ORG")) continue;
    for (const r of over) raws.splice(raws.indexOf(r), 1);
    const added: Raw = {
      a: i,
      b: end,
      type: "ORG",
      s: head.s + trimmedStart(head.text, "ORG"),
      e: (toks[end - 1] as Tok).e,
      key: toks
        .slice(i, end)
        .filter((t) => !PUNCT.test(t.text))
        .map((t) => gazKey(t.text)),
    };
    const at = raws.findIndex((r) => r.a > i);
    raws.splice(at < 0 ? raws.length : at, 0, added);
    i = end - 1;
  }
}

/** A minister's title written bare, in the construct state, with a glued conjunction or preposition (ووزير، لوزيرة). */
const MINISTER = /^[وف]?[بل]?وزير(?:ه|ا)?$/u;

/**
 * An organisation's mention of a definite word right after a minister's bare title (وزير | الأوقاف، وزير | التربية
 * والتعليم، وزير | الشباب) is the title's genitive, the field of the ministry: part of the role, no organisation's
 * name (both training corpora leave the word after وزير untagged 110 times in 112). Dropped; a bare head after the
 * title (وزير | حزب الله: a minister of the party) names its organisation and stays.
 */
export function fieldsOfMinisters(toks: Tok[], raws: Raw[]): void {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type !== "ORG" || r.role || r.a === 0) continue;
    const title = toks[r.a - 1] as Tok;
    const first = toks[r.a] as Tok;
    if (title.group >= 0 || title.line !== first.line || !MINISTER.test(title.text)) continue;
    if (!/^ال[^\s]{2,}$/u.test(first.text) || r.s !== first.s) continue;
    raws.splice(k, 1);
  }
}

/** A bare تنظيم (an organisation, organising), with a conjunction or preposition glued on (لتنظيم، وتنظيم). */
const TANZIM = /^[وف]?[بل]?تنظيم$/u;

/**
 * Mentions of a bare head alone that spreading the article's names made (هيئة | السياحة، تنظيم | داعش): a head
 * of `ORG_HEAD_KEYS` takes its genitive or is dropped as `headsTakeTheirGenitive` says (and a description it makes
 * is dropped: هيئة حكومية), and a bare تنظيم, which names nothing by itself (تنظيم الندوات: organising; تنظيم |
 * داعش: the name after it is a mention of its own), is dropped. Run after `propagate`. Over SNN 0-6000 + ANT 0-3000
 * 102 articles change: 132 تنظيم and about 60 bare heads gone, about 60 heads with their genitive (هيئة السياحة،
 * وزارة الخزانة), some cut short (هيئة الأمر | بالمعروف، هيئة الاتصالات | وتقنية المعلومات), 3 wrong (هيئة التدريس).
 */
export function bareHeadsLeftAlone(toks: Tok[], raws: Raw[]): void {
  headsTakeTheirGenitive(toks, raws);
  descriptionsReadAsNames(toks, raws);
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k] as Raw;
    if (r.type === "ORG" && !r.role && r.b - r.a === 1 && TANZIM.test((toks[r.a] as Tok).text)) raws.splice(k, 1);
  }
}
