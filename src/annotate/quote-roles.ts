/**
 * Words of roles, offices, organisations and nationalities as the quote finder reads them around a
 * speaker's name (role heads, possessed and definite nouns, group plurals, name-breaking prepositions).
 */

import { foldText } from "../arabic/fold.js";
import { gazKey, isCityKey, isFirstName, isPlaceKey, nisbaPlace } from "./entities/features.js";
import { ORG_CUES, PERSON_TITLES, ROLE_HEADS, ROLE_SYNONYMS } from "./entities/lexicon.js";
import { commonWithArticle, isFirstName as isGivenName } from "./entities/name-words.js";
import { ANONYMOUS_HEADS, CUES, ORG_HEADS, TITLES } from "./quote-cues.js";
import { bare, bareForms, bareIn, OFFICE_HEADS, type Speaker, stripArticle } from "./quote-text.js";

/** Definite adjectives that follow a definite noun in one phrase (الأمين العام، المجلس الأعلى), folded. */
export const DEFINITE_ADJECTIVES: ReadonlySet<string> = new Set([
  "العام",
  "العامه",
  "الاعلي",
  "السابق",
  "الاسبق",
  "الجديد",
  "الجديده",
  "الرسمي",
  "الاول",
  "الثاني",
  "الدائم",
  "المتحده",
  "الكبير",
  "الكبري",
]);

/**
 * A word that may qualify the noun before it: a definite adjective, a nisba (المصرية، الأمريكيون) or a sound
 * plural (المفترضين، المعتقلون).
 */
export function isAdjectiveLike(w: string): boolean {
  return DEFINITE_ADJECTIVES.has(w) || /(?:ي|يه|ين|ون|يان)$/.test(w);
}

/** Heads of a number of people, followed by من (عدد من المعلقين، بعض النواب). */
export const QUANTITY_HEADS = new Set([
  "عدد",
  "بعض",
  "كثير",
  "العديد",
  "مجموعه",
  "عشرات",
  "مئات",
  "الاف",
  "جمع",
  "حشد",
]);

/** A word that heads a described subject (مسؤول، المتحدث، الوزارة): who may be "from somewhere". */
export function isSubjectHead(w: string): boolean {
  return ANONYMOUS_HEADS.has(w) || ORG_HEADS.has(w) || isRoleHead(w) || isOrgWord(w);
}

/** An indefinite plural nisba adjective (قانونيين، غربيون، سوريين): a group's description. */
export function isNisba(w: string): boolean {
  return w.length > 5 && !w.startsWith("ال") && /ي(?:ين|ون)$/.test(w);
}

/** A PER mention that holds a name, not only a role phrase (الرئيس الفرنسي السابق). */
export function isNameMention(mention: string): boolean {
  // إمام (an imam, spelt with its hamza below) is an office the tagger at times calls a person; folded, it would
  // read as أمام "before", no role.
  const words = foldText(mention.replace(/(?<!\p{L})(?:ال)?إمام(?!\p{L})/gu, " "))
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return (
    words.some((w) => !w.startsWith("ال") && !isRoleHead(w) && !HONORIFICS.has(w) && !isOrgWord(w)) ||
    givenNameBeforeFamily(words)
  );
}

/**
 * Whether folded `words` open with a role head that is also a given name (أمين، سلطان، أميرة) before a family name:
 * أمين الناصر، سلطان البازعي are people, أمين الأحساء، أمين المنطقة الشرقية a city's mayor, سلطان الشريف left as
 * the tagger's role (الشريف is a common word too).
 *
 * @example givenNameBeforeFamily(["امين", "الناصر"]) // true
 * @example givenNameBeforeFamily(["امين", "الاحساء"]) // false
 */
export function givenNameBeforeFamily(words: string[]): boolean {
  if (words.length < 2 || !isRoleHead(words[0]!) || !isGivenName(words[0]!)) return false;
  const family = words[1]!;
  const key = gazKey(family);
  return (
    family.startsWith("ال") &&
    !commonWithArticle(family) &&
    !isPlaceKey(key) &&
    !isCityKey(key) &&
    !isRoleHead(family) &&
    !isOrgWord(family)
  );
}

export const HONORIFICS = new Set([
  "معالي",
  "سمو",
  "صاحب",
  "السمو",
  "الملكي",
  "فخامه",
  "سعاده",
  "جلاله",
  "سماحه",
  "فضيله",
  "دوله",
  "معاليه",
]);

export const NAME_PARTICLES = new Set(["بن", "بنت", "ابن", "ابو", "ال", "عبد", "ابي", "دي", "دو", "فان", "فون"]);

/**
 * Role heads whose feminine is far more often an institution: المؤسسة العامة للخطوط الحديدية, not a
 * founder (مؤسس).
 */
const INSTITUTIONS_NOT_ROLES: ReadonlySet<string> = new Set(["مؤسسه"]);

/**
 * Memo of `isRoleHead` by word: it is asked of most tokens many times over (speaker phrases, names, groups), and
 * each answer reads the word's bare forms against four lists. Cleared when full, so a long run's vocabulary does
 * not pile up in it.
 */
const roleHeadMemo = new Map<string, boolean>();

const ROLE_HEAD_MEMO_MAX = 1 << 16;

export function isRoleHead(w: string): boolean {
  let known = roleHeadMemo.get(w);
  if (known === undefined) {
    if (roleHeadMemo.size >= ROLE_HEAD_MEMO_MAX) roleHeadMemo.clear();
    known = readsAsRoleHead(w);
    roleHeadMemo.set(w, known);
  }
  return known;
}

function readsAsRoleHead(w: string): boolean {
  const forms = bareForms(w);
  const inSet = (set: ReadonlySet<string>) => forms.some((b) => set.has(b));
  if (inSet(INSTITUTIONS_NOT_ROLES)) return false;
  return (
    inSet(ROLE_HEADS) ||
    inSet(OFFICES) ||
    (inSet(OCCUPATIONS) && !/^(?:[وف]?ال|لل)عالم$/.test(w)) ||
    TITLES.has(w) ||
    (w.length > 3 && /^[وف]/.test(w) && TITLES.has(w.slice(1))) ||
    // القائم بأعمال السفير: the acting holder of an office (exactly: not قائمة, a list, nor بالقائمة).
    /^[وف]?(?:ال)?قائم$/.test(w)
  );
}

/**
 * Offices the tagger's role lexicon (model features) lacks: وكيل الإمارة، وكيلة الوزارة، المشرف العام على
 * المهرجان، عضوة اللجنة (the lexicon has عضو only, too short for bareForms to read its feminine). Kept here, as
 * `OCCUPATIONS` is.
 */
const OFFICES: ReadonlySet<string> = new Set(["وكيل", "وكيله", "مشرف", "مشرفه", "عضوه"]);

/**
 * Occupations that stand before a name like a role (الباحث في علم الفلك، جون بريدجز). Kept here, not in the
 * tagger's role lexicon, whose words are model features.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  "باحث",
  "باحثه",
  "استاذ",
  "استاذه",
  "طبيب",
  "طبيبه",
  "اخصائي",
  "اخصائيه",
  "محامي",
  "محاميه",
  "كاتب",
  "كاتبه",
  "صحفي",
  "صحفيه",
  "مؤرخ",
  "ناشط",
  "ناشطه",
  "دبلوماسي",
  "مدرب",
  "مصور",
  "مهندس",
  "مهندسه",
  "خبير",
  "خبيره",
  "محلل",
  "محلله",
  "عالم", // عالم الاجتماع، عالمة الآثار (العالم alone is "the world": see isRoleHead)
  "عالمه",
  // The writers a cultural page quotes (القاص والناقد علي الشدوي، الشاعرة والكاتبة خديجة السيد).
  "قاص",
  "قاصه",
  "ناقد",
  "ناقده",
  "شاعر",
  "شاعره",
  "روائي",
  "روائيه",
]);

export function isOrgWord(w: string): boolean {
  return bareIn(w, ORG_CUES) !== null || bareIn(w, OFFICE_HEADS) !== null;
}

/** A role phrase as a comparable key: bare words, synonyms merged. */
export function roleKey(words: string[]): string[] {
  return words
    .filter((w) => !HONORIFICS.has(w))
    .map((w) => {
      const b = bare(w);
      return foldSynonym(b);
    });
}

function foldSynonym(b: string): string {
  return ROLE_SYNONYMS.get(b) ?? ROLE_SYNONYMS.get(`ال${b}`)?.replace(/^ال/, "") ?? b;
}

/** A definite word that ends a construct chain, not الله closing a name (ذبيح الله مجاهد، عبد الله), folded. */
export function definiteNoun(w: string): boolean {
  return w.startsWith("ال") && w !== "الله";
}

/** A word ending in a possessive pronoun other than ه (حديثها، ولايته، خارجيتها), not a known first name. */
export function isPossessed(w: string): boolean {
  return w.length > 4 && /(?:ها|هما|هم|تهم|يته)$/.test(w) && !isFirstName(w);
}

/** The fullest form of a name in the article (كارتر → آشتون كارتر), or null. */
/** Second parts of compound names and titles a first name may follow inside one name (عبد الله محمد، ولد الشيخ أحمد). */
const NAME_COMPOUND_TAILS: ReadonlySet<string> = new Set([
  "الله",
  "الدين",
  "الرحمن",
  "الاسلام",
  "الحق",
  "الشيخ",
  "السيد",
]);

/** A first name after a definite word that is no compound's tail starts a second name (الدولي | محمد الشهري). */
export function opensAnotherName(w: string, prev: string): boolean {
  return (
    !w.startsWith("ال") &&
    isFirstName(w) &&
    !isRoleHead(w) &&
    prev.startsWith("ال") &&
    !NAME_PARTICLES.has(prev) &&
    !NAME_COMPOUND_TAILS.has(prev) &&
    !TITLES.has(prev) &&
    !PERSON_TITLES.has(prev)
  );
}

/** Prepositions that are no word of a person's name, as written (folded, على is the name Ali). */
const NAME_BREAKING_PREPOSITIONS = new Set(["على", "في", "من", "عن", "إلى", "الى", "مع", "حول", "ضد"]);

/**
 * Whether a name as written holds a preposition: a tagger's run across two names (رد بوتين على أوباما) or into
 * what follows (بترجي على). Not على after a first name or بن, the name Ali spelt with ى (محمد على المقدشي).
 */
export function crossesPreposition(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, k) => {
    if (!NAME_BREAKING_PREPOSITIONS.has(w)) return false;
    if (w !== "على" || k === 0 || k === words.length - 1) return true;
    const prev = foldText(words[k - 1]!);
    return !isFirstName(prev) && !NAME_PARTICLES.has(prev);
  });
}

/**
 * What makes صاحب X an epithet for someone named before: an elative or a number (صاحب أعلى سلطة، صاحب الـ24
 * هدفا). A noun may describe someone new (صاحبة متجر، أما صاحب الطلبية فقال).
 */
export function isEpithetObject(w: string): boolean {
  return /^(?:ال)?\p{N}/u.test(w) || ELATIVES.has(w);
}

const ELATIVES: ReadonlySet<string> = new Set(["اعلي", "اكبر", "اكثر", "اول", "اقدم", "اسرع", "افضل", "اطول"]);

/** Nationalities the place lists miss (بريطانيا، أمريكا are named otherwise there), as gazKey gives them. */
const MORE_NATIONALITIES = new Set(["بريطاني", "امريكي", "اميركي", "امريكيه", "اميركيه", "بريطانيه"]);

/** A definite nationality adjective (البريطاني، الفرنسية), folded. */
export function isNationality(w: string): boolean {
  if (!w.startsWith("ال")) return false;
  const key = gazKey(w);
  // (Not a place's own name: السعودية, the kingdom.)
  return !isPlaceKey(key) && (nisbaPlace(key) !== null || MORE_NATIONALITIES.has(key));
}

/** A cue in the plural (قالوا، يرون، مؤكدين), folded; not بين and مبين, singular forms that end the same way. */
export function isPluralCue(cue: string): boolean {
  return /(?:وا|ون|ين)$/.test(cue) && !/^[وف]?م?بين$/.test(cue);
}

/**
 * A verb of saying in the dual (قالا، أكدتا، يقولان), folded: a verb's form plus ا, تا or ان. Not a participle
 * (مؤكدا is one man), a verb whose own stem ends in ا (دعا), one with an object pronoun (وصفها، اعتبرتها), nor a
 * form far more often a noun in the accusative (طالبا، كتبا، ذكرا).
 */
export function isDualCue(cue: string): boolean {
  const w = /^[وف]/.test(cue) && CUES.has(cue.slice(1)) ? cue.slice(1) : cue;
  if (DUAL_LOOKALIKES.has(w) || w.endsWith("ها")) return false;
  if (/^[يت].{3,}ان$/.test(w)) return CUES.get(w.slice(0, -2)) === "verb";
  if (!w.endsWith("ا")) return false;
  return CUES.get(w.endsWith("تا") ? w.slice(0, -2) : w.slice(0, -1)) === "verb";
}

/**
 * A noun in the dual heading a speaker (الباحثان، المرأتان، صحيفتا، حركتا), folded: the two a verb in the dual
 * goes on with. With the article before ان (not a name: سلمان، إيران), or ending in تان، تين، تا.
 */
export function isDualHead(w: string): boolean {
  return /^ال.{3,}ان$/.test(w) || /^.{3,}(?:تان|تين|تا)$/.test(w);
}

/** Dual verb forms that are far more often an accusative noun or adjective (طالبا، كتبا، ذكرا، حذرا), folded. */
const DUAL_LOOKALIKES: ReadonlySet<string> = new Set(["طالبا", "كتبا", "ذكرا", "كشفا", "وصفا", "حذرا", "بينا"]);

/** Broken plurals that name a group of people (a sound plural ends in ون/ين). */
export const GROUP_PLURALS: ReadonlySet<string> = new Set([
  "مصادر",
  "شهود",
  "سكان",
  "خبراء",
  "نشطاء",
  "علماء",
  "اهالي",
  "ابناء",
  "اعضاء",
  "مسؤولو",
  "ممثلو",
  "قاده",
  "زعماء",
  "وزراء",
  "نواب",
  "اطباء",
  "طلاب",
  "لاعبو",
  "مشجعو",
  "اقرباء",
  "اصدقاء",
  "اشقاء",
  "ذوو",
  "ذوي",
  "عناصر",
  "افراد",
  "ضباط",
  "الحضور",
  "جميعهم",
  "كلهم",
  "كثيرون",
  "بعضهم",
  "معظمهم",
  "شركات",
  "حكومات",
  "منظمات",
  "جهات",
  "اطراف",
  "فرق",
  "اسر",
  "عائلات",
  "ابناؤه",
  "ابناؤها",
  "ابناؤهم",
  "ابناء",
  "اولياء",
  "اقارب",
  "اقاربه",
  "اقاربها",
  "اقاربهم",
  "صناع",
  "دعاه",
  "مشايخ",
  "شيوخ",
  "مدراء",
  "مديرو",
  "رؤساء",
  "شباب",
  "اناس",
  "ناس",
]);

/** A folded word that heads a group of people: a quantity, a broken plural of people, a sound masculine plural. */
export function isGroupHead(w: string, soundObliqueToo: boolean): boolean {
  // وزراء is one word, وذوو is و + ذوو.
  if (GROUP_PLURALS.has(stripArticle(w))) return true;
  const b = stripArticle(w.replace(/^[وف](?=.{3})/, ""));
  if (GROUP_PLURALS.has(b)) return true;
  if (ANONYMOUS_HEADS.has(b) && /(?:ون|ين)$/.test(b)) return true;
  if (CUES.has(w) || isFirstName(b)) return false;
  // منتقدو القرار، معدو الدراسة: a participle's plural in construct, its ن dropped (not باولو، ماريو).
  if (isConstructPlural(b, soundObliqueToo)) return true;
  if (!PEOPLE_PLURAL.test(b)) return false;
  return soundObliqueToo || b.endsWith("ون");
}

/**
 * A participle's plural in construct, its ن dropped (مسؤولو، منتقدو; with `obliqueToo` also مسؤولي after لكن),
 * folded and without ال.
 */
export function isConstructPlural(b: string, obliqueToo = false): boolean {
  return (b.endsWith("و") || (obliqueToo && b.endsWith("ي"))) && PEOPLE_PLURAL.test(`${b}ن`) && b.startsWith("م");
}

/**
 * The sound masculine plural of a participle (مراقبون، المتظاهرين), a nisba (سياسيون، الفلسطينيين) or a فاعل
 * (باحثون، اللاجئين), without the article: words in ون/ين that name people, unlike قانون، فلسطين، عشرين.
 */
export const PEOPLE_PLURAL =
  /^(?!(?:ملايين|مضامين|ميادين|موازين)$)(?:م(?!ا)\p{L}{3,}|\p{L}{3,}ي|[^\sم]ا\p{L}{2})(?:ون|ين)$/u;

/** A speaker named by a sound masculine plural (مسؤولين صينيين، المحللون): a feminine verb never continues them. */
export function soundPlural(s: Speaker): boolean {
  const words = foldText(s.name).split(/\s+/);
  const head = stripArticle(
    (QUANTIFIERS.has(words[0] ?? "") ? words.find((w, k) => k > 0 && w !== "من") : words[0]) ?? "",
  );
  return PEOPLE_PLURAL.test(head);
}

/** Words that count a group named after them (بعض المحللين، معظم المشاركين، عدد من الخبراء). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  ...QUANTITY_HEADS,
  "جميع",
  "معظم",
  "غالبيه",
  "اغلب",
  "اغلبيه",
  "اكثريه",
  "كل",
  "الكثير",
  "كبار",
]);
