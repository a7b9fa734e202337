/**
 * Keys of entity names for matching: folded, clitics removed, aliases and spelling
 * variants brought to one form. Pure helpers shared by the in-article and the
 * cross-article resolver.
 */

import { createHash } from "node:crypto";
import { foldText } from "../../arabic/fold.js";
import type { EntityType, Mention } from "../../model/types.js";
import { gazKey } from "./features.js";
import { ALIASES, KNOWN_PERSONS, ORG_GENERIC_HEADS } from "./lexicon.js";

const SPLIT = /[\s\p{P}\p{S}]+/u;

/** Match tokens of a name: folded, split on spaces, punctuation and `_`, clitics removed. */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .split(SPLIT)
    .filter((t) => t.length > 0)
    .map(gazKey);
}

/** Heads of place names a preposition ب/ل may be glued to (باستاد الملك فهد، بميناء رادس), match keys. */
export const PLACE_HEAD_KEYS: ReadonlySet<string> = new Set(
  ["استاد", "ملعب", "مدينه", "محافظه", "ولايه", "ميناء", "مطار", "مستشفي", "جامعه", "قريه", "منطقه", "مخيم"].map(
    gazKey,
  ),
);

/**
 * Heads of institutions named for a person (مؤسسة الوليد بن طلال الإنسانية، كلية الأمير سلطان), folded keys: in
 * construct before a person's name they make an organisation. Not a government's, an administration's or a force's
 * (حكومة نتنياهو، إدارة ترامب، قوات حفتر): the person there is the one who leads it; nor a school (مدرسة), which
 * is as often a school of thought (مدرسة وارن بوفيت للتحليل المالي، مدرسة يوسف وهبي).
 */
export const NAMED_FOR_PERSON_HEADS: ReadonlySet<string> = new Set(
  ["مؤسسه", "جمعيه", "معهد", "كليه", "مكتبه"].map(gazKey),
);

/**
 * Words for a settlement or an administrative area a place's name follows (منطقة عسير، محافظة القنفذة، ولاية
 * صفاقس), folded: places.data.ts lists the words written after them (scripts/build-places.ts).
 */
export const AREA_HEADS: readonly string[] = ["منطقه", "محافظه", "مدينه", "بلده", "قريه", "ولايه", "معتمديه", "اماره"];

/**
 * A folded word that is one of `AREA_HEADS` or `extra`, with a conjunction and a preposition glued on or not; never
 * with the article (المنطقة الشرقية: an adjective follows).
 */
export function areaHeadPattern(extra: readonly string[] = []): RegExp {
  return new RegExp(`^(?:[وف]?[بل]?)(?:${[...AREA_HEADS, ...extra].join("|")})$`, "u");
}

/**
 * Prepositions a place stands after (في جدة، من جازان إلى الباحة، بين مسندم والأحساء), folded: the positions
 * scripts/build-places.ts counts as a place's and the entity finder reads a listed city in.
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["في", "من", "الي", "وفي", "ومن", "والي", "بين"]);

/** A preposition ب glued to a word (بجدة، وبالأحساء), before the word. */
export const GLUED_BI = /^[وف]?ب/u;

/**
 * Words naming the kind of settlement or area a place is (مدينة، قرية، مخيم، منطقة), folded. Right before a
 * place's name they open its mention, as in Wojood's guidelines (مدينة قلقيلية، مخيم عين بيت الماء); NewsFANE
 * leaves them out of most spans. محافظة، ولاية and the like stay out of the mention: where the held-out tenth
 * of the training data follows NewsFANE they cost more than they bring (eval/entities.ts).
 */
export const SETTLEMENT_HEAD_KEYS: ReadonlySet<string> = new Set(["مدينه", "قريه", "مخيم", "منطقه"]);

/**
 * Letters of the conjunction and preposition glued before a settlement word (ومدينة → 1, بمدينة → 1, وبمدينة → 2,
 * مدينة → 0), or -1 when the folded word is none. The longest reading first, then without each letter.
 */
export function settlementHeadCut(folded: string): number {
  const clitics = /^[وف]?[بل]?/u.exec(folded)?.[0] ?? "";
  return [clitics.length, 1, 0].find((n) => n <= clitics.length && SETTLEMENT_HEAD_KEYS.has(folded.slice(n))) ?? -1;
}

/**
 * A place's mention without the settlement word it opens with (مدينة قلقيلية → قلقيلية), for readers that
 * look for the place's name; any other mention as it is.
 */
export function placeNameOf(m: Mention): Mention {
  if (m.type !== "LOC") return m;
  const gap = /\s+/u.exec(m.text);
  if (!gap) return m;
  const isHead = settlementHeadCut(foldText(m.text.slice(0, gap.index))) >= 0;
  if (!isHead) return m;
  const skip = gap.index + gap[0].length;
  return { ...m, start: m.start + skip, text: m.text.slice(skip) };
}

/** Royal and religious titles a place or an institution is named with (استاد الملك فهد، مركز الملك سلمان), folded. */
export const NAMING_TITLES: ReadonlySet<string> = new Set(["الملك", "الامير", "الشيخ", "السلطان", "الاميره"]);

/**
 * Heads of organisation names (folded, without ال): a second organisation coordinated with و starts at
 * one (وزارة النقل | والجامعة العامة للنقل), and one written alone with ال (الوزارة) is the one named in
 * full before it. Kept apart from the tagger's ORG_CUES, whose words are model features.
 */
export const ORG_HEAD_KEYS: ReadonlySet<string> = new Set(
  [
    "وزاره",
    "شركه",
    "هيئه",
    "منظمه",
    "حكومه",
    "جامعه",
    "وكاله",
    "صحيفه",
    "لجنه",
    "مجلس",
    "اتحاد",
    "حزب",
    "حركه",
    "جمعيه",
    "بنك",
    "محكمه",
    "نقابه",
    "ديوان",
    "مؤسسه",
    "اداره",
    "مديريه",
    "سلطات",
    "قوات",
  ].map(gazKey),
);

/**
 * Heads that open the name of the organisation after them in both training corpora (حركة فتح، جامعة هارفارد، مجلس
 * الأمن), folded keys: of the ORG spans NewsFANE writes right after one bare, it opens 412 and precedes 14 (حركة 25 to
 * 8), Wojood train opens 80 and precedes none. Not شركة، منظمة، وكالة، صحيفة، إدارة، قوات، حكومة: NewsFANE leaves those
 * out of the name about as often as it takes them in (صحيفة 9 to 26, شركة 16 to 26).
 */
export const NAME_OPENING_HEADS: ReadonlySet<string> = new Set(
  [
    "وزاره",
    "هيئه",
    "جامعه",
    "لجنه",
    "مجلس",
    "اتحاد",
    "حزب",
    "حركه",
    "جمعيه",
    "بنك",
    "محكمه",
    "نقابه",
    "مؤسسه",
    "مديريه",
    "جبهه",
  ].map(gazKey),
);

/** True for an organisation written by its head alone (الوزارة، الشركة): a reference, not a name. */
export function isBareOrgHead(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.length === 1 && ORG_HEAD_KEYS.has(tokens[0] as string);
}

/** The alias table, keyed by each alias's match key. */
const ALIAS_INDEX: Map<string, { canonical: string; type: EntityType }> = (() => {
  const m = new Map<string, { canonical: string; type: EntityType }>();
  for (const a of [...ALIASES, ...KNOWN_PERSONS]) {
    const canonical = a.names[0] as string;
    for (const n of a.names) {
      const k = nameTokens(n).join(" ");
      if (k && !m.has(k)) m.set(k, { canonical, type: a.type });
    }
  }
  return m;
})();

/**
 * The alias-table entry a name belongs to (الناتو, حلف الناتو → حلف شمال الأطلسي),
 * also after dropping a generic head when what remains is an organisation's (تنظيم داعش → داعش), or null.
 *
 * @example
 * knownAlias("حلف الناتو")?.canonical; // "حلف شمال الأطلسي"
 */
export function knownAlias(name: string): { canonical: string; type: EntityType } | null {
  const toks = nameTokens(name);
  const hit = ALIAS_INDEX.get(toks.join(" "));
  if (hit) return hit;
  if (toks.length > 1 && ORG_GENERIC_HEADS.has(toks[0] as string)) {
    // An organisation's head before a place's name names a body of it, not the place (هيئة قناة السويس).
    const rest = ALIAS_INDEX.get(toks.slice(1).join(" "));
    return rest?.type === "ORG" ? rest : null;
  }
  return null;
}

/**
 * True when `name` is one of `names` with a conjunction or preposition in front (ودمشق beside دمشق,
 * للعراق beside العراق): a form to list as an alias, not to name the entity by.
 *
 * @example
 * isCliticForm("ودمشق", ["ودمشق", "دمشق"]); // true
 */
export function isCliticForm(name: string, names: Iterable<string>): boolean {
  const f = foldText(name.trim());
  if (!/^[وفبلك]/u.test(f) || f.length < 4) return false;
  const bare = new Set<string>();
  for (const n of names) bare.add(foldText(n.trim()));
  return bare.has(f.slice(1)) || (f.startsWith("لل") && bare.has(`ا${f.slice(1)}`));
}

/** Name words written apart from the next or joined to it (عبد العزيز / عبدالعزيز، أبو ظبي / أبوظبي), folded. */
const JOINING_PARTICLES: readonly string[] = ["عبد", "ابو"];

/** Particles after which a name is a parent's, not a surname (محمد بن سلمان), folded. */
export const PATRONYMS: ReadonlySet<string> = new Set(["بن", "ابن", "بنت"]);

/** A canonical key whose last name is a father's (محمد بن سلمان، سلطان بن عبد عزيز: عبد belongs to its name). */
export function endsOnPatronym(words: readonly string[]): boolean {
  let k = words.length - 2;
  if (JOINING_PARTICLES.includes(words[k] ?? "")) k--;
  return PATRONYMS.has(words[k] ?? "");
}

/**
 * The patronym of a match key as one word: ابن inside a name, after its first word, is بن written in full (خالد ابن
 * عبدالعزيز = خالد بن عبدالعزيز); a name that opens with ابن (ابن خلدون، ابن سلمان) keeps it.
 */
export function patronymKey(w: string, i: number): string {
  return i > 0 && w === "ابن" ? "بن" : w;
}

/**
 * Canonical match key of a name: the alias table's canonical name's key, or its own, with a joined عبد or
 * أبو written apart, as often elsewhere (سلطان بن عبدالعزيز = سلطان بن عبد العزيز، أبوظبي = أبو ظبي), and ابن
 * inside it as بن (`patronymKey`).
 */
export function canonicalKey(name: string): string {
  const a = knownAlias(name);
  return foldText(a ? a.canonical : name)
    .split(SPLIT)
    .filter((t) => t.length > 0)
    .flatMap((w) => {
      const p = JOINING_PARTICLES.find((x) => w.startsWith(x) && w.length - x.length >= 3);
      return p ? [p, w.slice(p.length)] : [w];
    })
    .map(gazKey)
    .map(patronymKey)
    .join(" ");
}

/**
 * A spelling-variant key: long vowels (ا و ي) inside each token dropped, so ترامب and
 * ترمب, غوتيريش and غوتيرش meet. Only used for names long enough that two different
 * names rarely collide (see `SKELETON_MIN_LENGTH`).
 */
export function skeletonKey(key: string): string {
  return key
    .split(" ")
    .map((t) => (t.length <= 2 ? t : t[0] + t.slice(1).replace(/[اوي]/g, "")))
    .join(" ");
}

/**
 * Shortest skeleton (letters, spaces excluded) that may merge two spellings: five
 * consonants leave few distinct news names colliding; shorter ones (سعد / سعيد) do.
 */
export const SKELETON_MIN_LENGTH = 5;

/**
 * Stable entity id from the type and the canonical key: the same name gets the same id
 * in every article and every run.
 *
 * @example
 * entityId("ORG", canonicalKey("الناتو")) === entityId("ORG", canonicalKey("حلف شمال الأطلسي")); // true
 */
export function entityId(type: EntityType, key: string): string {
  const k = `${type}:${key}`;
  let id = ids.get(k);
  if (id === undefined) {
    id = `${type.toLowerCase()}_${createHash("sha256").update(k).digest("hex").slice(0, 12)}`;
    // Emptied when full: a miss costs only the hash again.
    if (ids.size >= ID_CACHE_SIZE) ids.clear();
    ids.set(k, id);
  }
  return id;
}

/** Ids already hashed (every article names its entities again: a hash costs 2 µs, a lookup far less). */
const ids = new Map<string, string>();
/** Names kept in `ids`: the frequent names of a year of news, a few MiB. */
const ID_CACHE_SIZE = 50_000;
