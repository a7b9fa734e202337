/**
 * What a number counts: the noun after it (or before it, or shared across أو), normalised to one form
 * (plurals to the singular the corpus counts, pronouns and articles cut), and the words that are no unit (verbs,
 * prepositions with the article).
 */

import { lookupMonth, lookupWeekday } from "../arabic/months.js";
import { isStopword, isStopwordLoose } from "../arabic/stopwords.js";
import { isCityWord, isCommonCityWord, isPlaceKey } from "./entities/features.js";
import { isVerbLike } from "./entities/verbs.js";
import { isUnitPrefix, UNIT_ABBREVIATIONS, unitAfterPrefix, unitSpelling } from "./number-unit-spellings.js";
import { type Ctx, isNumberWord, PERCENT_WORDS, type Tok } from "./number-words.js";

/** Unit value of `NumberClaim.unit` for percentages. */
export const PERCENT = "percent";

/** Broken plurals and irregular singulars of nouns commonly counted in news (folded). */
const SINGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    اشخاص: "شخص",
    قتلي: "قتيل",
    جرحي: "جريح",
    عناصر: "عنصر",
    اطفال: "طفل",
    رجال: "رجل",
    نساء: "امراه",
    جنود: "جندي",
    دول: "دوله",
    مدن: "مدينه",
    قري: "قريه",
    منازل: "منزل",
    بيوت: "بيت",
    ايام: "يوم",
    اشهر: "شهر",
    شهور: "شهر",
    سنوات: "سنه",
    سنين: "سنه",
    اعوام: "عام",
    عقود: "عقد",
    قرون: "قرن",
    ساعات: "ساعه",
    دقائق: "دقيقه",
    اسابيع: "اسبوع",
    طلاب: "طالب",
    عمال: "عامل",
    اسري: "اسير",
    صواريخ: "صاروخ",
    قذائف: "قذيفه",
    دولارات: "دولار",
    ريالات: "ريال",
    جنيهات: "جنيه",
    دنانير: "دينار",
    دراهم: "درهم",
    امتار: "متر",
    كيلومترات: "كيلومتر",
    اطنان: "طن",
    // The accusative of a three-letter noun (500 طنا), too short for the tanween rule of `unitOf`.
    طنا: "طن",
    براميل: "برميل",
    نواب: "نائب",
    اعضاء: "عضو",
    ضحايا: "ضحيه",
    مشاريع: "مشروع",
    مواقع: "موقع",
    احزاب: "حزب",
    اصوات: "صوت",
    مقاعد: "مقعد",
    افراد: "فرد",
    مسلحين: "مسلح",
    ملايين: "مليون",
    مليارات: "مليار",
    الاف: "الف",
    شبان: "شاب",
    شباب: "شاب",
    مرضي: "مريض",
    اطباء: "طبيب",
    سجناء: "سجين",
    معتقلين: "معتقل",
    لاجئين: "لاجئ",
    وزراء: "وزير",
    وظائف: "وظيفه",
    وثائق: "وثيقه",
    وفيات: "وفاه",
    وسائل: "وسيله",
    وجبات: "وجبه",
    // Sound plurals whose singular the suffix rules of `unitOf` do not give.
    اخرين: "اخر",
    اخرون: "اخر",
    مباريات: "مباراه",
    مستشفيات: "مستشفي",
    مستويات: "مستوي",
    معسكرات: "معسكر",
    مشروعات: "مشروع",
    مخيمات: "مخيم",
    مستودعات: "مستودع",
    مسارات: "مسار",
    ممرات: "ممر",
    مقترحات: "مقترح",
    مجالات: "مجال",
    محلات: "محل",
    مطارات: "مطار",
    ملفات: "ملف",
    حسابات: "حساب",
    قطاعات: "قطاع",
    كيانات: "كيان",
    بلاغات: "بلاغ",
    قرارات: "قرار",
    عقارات: "عقار",
    نباتات: "نبات",
    طلبات: "طلب",
    تعادلات: "تعادل",
    تجمعات: "تجمع",
    اطارات: "اطار",
    عيارات: "عيار",
    قضايا: "قضيه",
    // Broken plurals whose singular the corpus also counts (SaudiNewsNet + ANT: 47 نقاط beside 82 نقطة).
    نقاط: "نقطه",
    اهداف: "هدف",
    سفن: "سفينه",
    مرات: "مره",
    اضعاف: "ضعف",
    اميال: "ميل",
    مراكز: "مركز",
    تصاريح: "تصريح",
    الغام: "لغم",
    قاده: "قائد",
    ضباط: "ضابط",
    سياح: "سائح",
    ركاب: "راكب",
    مصانع: "مصنع",
    جثث: "جثه",
    حجاج: "حاج",
    ثوان: "ثانيه",
    هواتف: "هاتف",
    بنوك: "بنك",
    مراحل: "مرحله",
    اشواط: "شوط",
    مواسم: "موسم",
    طوابق: "طابق",
    محاور: "محور",
    مكاتب: "مكتب",
    ملاعب: "ملعب",
    رؤساء: "رئيس",
    شهداء: "شهيد",
    اجهزه: "جهاز",
    رسائل: "رساله",
    مناطق: "منطقه",
    مدارس: "مدرسه",
    محال: "محل",
    // فعاليل and فواعيل plurals, whose ين is the pattern's own (see `FAALIL`), with the singular the corpus counts.
    قوانين: "قانون",
    جوالين: "جالون",
    ميادين: "ميدان",
    دواوين: "ديوان",
    عناوين: "عنوان",
    بساتين: "بستان",
    براكين: "بركان",
    سلاطين: "سلطان",
    شياطين: "شيطان",
    شرايين: "شريان",
    تمارين: "تمرين",
    فساتين: "فستان",
    دلافين: "دلفين",
    فناجين: "فنجان",
    سكاكين: "سكين",
    دكاكين: "دكان",
    جثامين: "جثمان",
    قرابين: "قربان",
    ثعابين: "ثعبان",
    مضامين: "مضمون",
    مجانين: "مجنون",
    مساكين: "مسكين",
    موازين: "ميزان",
    // Borrowed nouns whose final ا is their own, not the accusative's (47 فيلا، 21 كاميرا), and their plurals.
    كاميرا: "كاميرا",
    كاميرات: "كاميرا",
    فيلا: "فيلا",
    فيلات: "فيلا",
    فلل: "فيلا",
    بيتزا: "بيتزا",
    فيزا: "فيزا",
    سينما: "سينما",
  }),
);

/** Time units: the same count of days in two articles is rarely the same quantity. */
export const TIME_UNITS = new Set([
  "يوم",
  "شهر",
  "سنه",
  "عام",
  "عقد",
  "قرن",
  "ساعه",
  "دقيقه",
  "اسبوع",
  "ثانيه",
  "ليله",
]);

/**
 * Words around a number that make it a clock time, not a count: after it (1056 بتوقيت جرينتش، 10 صباحا)
 * or before it (الساعة 10).
 */
export const CLOCK_AFTER: ReadonlySet<string> = new Set([
  "بتوقيت",
  "توقيت",
  "صباحا",
  "صباح",
  "مساء",
  "مساءا",
  "ظهرا",
  "عصرا",
  "ليلا",
  "فجرا",
]);

/** Adverbs that follow a number without being what it counts (نحو 50 تقريبا، 3 مرات يوميا). */
const ADVERBS_AFTER_NUMBERS: ReadonlySet<string> = new Set([
  "تقريبا",
  "فقط",
  "فحسب",
  "يوميا",
  "سنويا",
  "شهريا",
  "اسبوعيا",
  "ايضا",
  "حاليا",
  "مجددا",
  // بدءا من، ابتداء من، اعتبارا من: "starting from", the start of what follows.
  "بدءا",
  "ابتداء",
  "اعتبارا",
]);

/** A preposition with a pronoun (3 منهم، شخص واحد بإمكانه، 5 لديهم), folded: never what a number counts. */
const PREPOSITION_PRONOUNS: ReadonlySet<string> = new Set(
  ["من", "عن", "في", "ب", "ل", "علي", "الي", "لدي", "بامكان", "عند", "مع", "بين"].flatMap((p) =>
    ["ه", "ها", "هم", "هما", "هن", "كم", "نا"].map((x) => `${p}${x}`),
  ),
);

/** The singular forms the plural table leads to (شخص، طفل…). */
const SINGULAR_FORMS: ReadonlySet<string> = new Set(SINGULAR.values());

/** Shortest folded word accepted as a counted noun. */
const MIN_UNIT_LENGTH = 2;

/** Shortest word whose final ا is taken for the accusative ending (عنصرا → عنصر). */
const MIN_TANWEEN_LENGTH = 4;

/** Shortest word whose sound-plural ending (ات، ين، ون) is removed. */
const MIN_SOUND_PLURAL_LENGTH = 5;

/**
 * The word without an article-bearing prefix (ال، وال، بال، لل، كال، فال). A counted noun
 * carries no bare conjunction (it was rejected before), and a bare ف/و is often a root letter
 * (فلسطينيين، وحدات), so `stripClitics` would over-strip here.
 */
export function stripArticle(w: string): string {
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= MIN_UNIT_LENGTH) return w.slice(p.length);
  }
  return w;
}

const ARTICLE_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"] as const;

/**
 * Singular folded dictionary form of a counted noun (folded input, clitics allowed), a unit of measure in its one
 * spelling (`unitSpelling`).
 *
 * @example
 * unitOf(foldText("أشخاص")); // "شخص"
 * unitOf("عنصرا"); // "عنصر"
 * unitOf("المصابين"); // "مصاب"
 * unitOf("ميجاوات"); // "ميغاواط"
 */
export function unitOf(folded: string): string {
  const w = stripArticle(folded);
  // A bare prefix (جيجا) before its final ا is taken for the accusative's.
  const spelled = unitSpelling(w);
  return spelled === w ? unitSpelling(singularOf(w)) : spelled;
}

/** `unitOf` before the spelling of units: the singular of a word without its article. */
function singularOf(word: string): string {
  let w = word;
  const direct = SINGULAR.get(w);
  if (direct) return direct;
  // هدايا، شظايا، خلايا (فعايا): the final ا is the plural's, not the accusative's; the singular is فعية.
  if (/^\p{L}{2}ايا$/u.test(w)) return `${w.slice(0, 2)}يه`;
  if (w.length >= MIN_TANWEEN_LENGTH && w.endsWith("ا") && !w.endsWith("اا")) {
    w = w.slice(0, -1);
    const s = SINGULAR.get(w);
    if (s) return s;
  }
  if (w.length >= MIN_SOUND_PLURAL_LENGTH) {
    if (w.endsWith("ات")) {
      const stem = w.slice(0, -2);
      if (WATT.test(w)) return w;
      return MASCULINE_AT_STEM.test(stem) ? stem : `${stem}ه`;
    }
    if (w.endsWith("ين") || w.endsWith("ون")) {
      const stem = w.slice(0, -2);
      return SOUND_PLURAL_STEM.test(stem) && !FAALIL.test(w) ? stem : w;
    }
  }
  return w;
}

/**
 * Singulars of an ات plural that take no ة: a final hamza (لقاءات، إجراءات، اعتداءات), verbal nouns of the
 * derived forms (اتهامات، انتصارات، اتجاهات، استنكارات، إصدارات، تطبيقات، تشكيلات) and units of measure
 * (كيلوغرامات، سنتيمترات، هكتارات، يوروات). Folded stems, without ات. استراحات، استقالات are feminine.
 */
const MASCULINE_AT_STEM =
  /^(?:\p{L}+ء|(?!است)ا\p{L}ت\p{L}ا\p{L}|ان\p{L}\p{L}ا\p{L}|است\p{L}\p{L}ا\p{L}|ا\p{L}\p{L}ا\p{L}|ت\p{L}\p{L}ي\p{L}|\p{L}*(?:متر|غرام|جرام|لتر|هكتار|يورو|سنت|بنس))$/u;

/** Units of power, singular though they end in ات (ميجاوات، ميغاوات، جيجاوات، كيلووات). */
const WATT = /(?:ميجا|ميغا|جيجا|غيغا|كيلو)وات$/;

/**
 * Stems a sound plural's ين or ون is taken from: participles (مصاب، متظاهر، مقاتل), adjectives of origin
 * (مدني، فلسطيني), فاعل (عامل، لاعب، ناخب), فعّال (جوال، طيار) and فعيل (خريج). Elsewhere the ending is
 * the word's own: تمرين، توربين، قانون، حلزون، كانون، أستون.
 */
const SOUND_PLURAL_STEM = /^(?:م\p{L}{2,}|\p{L}{2,}ي|\p{L}ا\p{L}{2}|\p{L}{2}[اي]\p{L})$/u;

/**
 * Broken plurals of the فعاليل and فواعيل shapes (CCāCīn) whose ين is not a sound plural's ending, folded: a و second
 * (قوانين، جوالين "gallons", دواوين; not after م, a participle's: الموالين), a و or ي before ين (عناوين، شرايين) or تفاعيل (تمارين). A فعّال's sound
 * plural has the same letters (طيارين، صيادين، فنانين beside سكاكين), and keeps losing its ين to the stem: only shapes
 * no فعّال takes are listed here; other فعاليل are in `SINGULAR`.
 */
const FAALIL = /^(?:[^م]وا\p{L}|\p{L}{2}ا[وي]|ت\p{L}ا\p{L})ين$/u;

// ---- parsing ---------------------------------------------------------------------------

/**
 * Words that make «من X» after a number a part of a whole that a second number counts: من أصل، من إجمالي، من
 * مجموع، من بين، من آخر (folded). Not the counted noun (أصل had been read as one in 66 of 87 «N من أصل M» in
 * SaudiNewsNet + ANT): the part counts what the whole counts (20 من أصل 30 مقعدا), or nothing.
 */
export const PARTITIVE_HEADS = new Set(["اصل", "اجمالي", "مجموع", "بين", "اخر"]);

/**
 * Nouns ending in و whose accusative (عضوا، كيلوا) ends as a past verb of «they» does (قتلوا، أصيبوا), folded.
 */
const WAW_NOUNS: ReadonlySet<string> = new Set(["عضو", "كيلو", "يورو", "مدعو", "نمو", "عدو", "فيديو", "راديو"]);

/** A present verb's shape (يمثل، تشمل، سيكون، يحتاجون): ي، ت or ن, with the future's س, and three letters or more. */
const PRESENT_VERB_SHAPE = /^[وف]?س?[يتن]\p{L}{3,}$/u;

/** Nouns of that shape: verbal nouns تفعيل، تفاعل (تمرين، تطبيق، تابع), sound plurals, accusatives (تحديا). */
const PRESENT_SHAPED_NOUN = /^(?:ت..ي.|تا\p{L}+|\p{L}+(?:ات|ين|ا))$/u;

/**
 * A present verb of «they» (يحملون، ينحدرون، يلعبون): ي or ت, three letters or more, ون; not after ي, where
 * the word is a people's plural (يمنيون، يابانيون).
 */
const PRESENT_PLURAL_VERB = /^[وف]?س?[يت]\p{L}{2,}[^ي]ون$/u;

/** Object pronouns a verb carries (خاضها، أحرزها، سجلهما، يشتريها), folded. */
const OBJECT_PRONOUN = /^(\p{L}{3,}?)(?:ها|هما|هم|هن)$/u;

/**
 * True when the word after a number is a verb, which counts nothing: the number is its subject or object
 * (11 قتلوا في قاعدة، 600 أطلقت باتجاه إسرائيل، المباريات الـ 40 التي خاضها). A past verb of «they» (…وا), a
 * verb with an object pronoun, a present verb or a past one of «she» (…ت) the word clusters read as a verb
 * (`isVerbLike`; nouns of those shapes are left alone: تمرين، تابع، انشاءات، بيت).
 *
 * @example
 * verbAfterNumber("قتلوا"); // true
 * verbAfterNumber("عضوا"); // false
 */
function verbAfterNumber(w: string): boolean {
  if (w.length >= 4 && w.endsWith("وا")) return !WAW_NOUNS.has(w.slice(0, -1));
  if (PRESENT_PLURAL_VERB.test(w)) return true;
  const pronoun = OBJECT_PRONOUN.exec(w);
  if (pronoun && isVerbLike(pronoun[1]!)) return true;
  if (PRESENT_VERB_SHAPE.test(w)) return !PRESENT_SHAPED_NOUN.test(w) && isVerbLike(w);
  return /[^ا]ت$/u.test(w) && isVerbLike(w);
}

/**
 * Superlatives (folded) a part of a whole stands before (واحد من أكبر، من أهم، من أبرز، من أسوأ): 676 numbers of
 * SaudiNewsNet + ANT had one as their counted noun. أشهر (months, or "most famous") is left out.
 */
const SUPERLATIVES: ReadonlySet<string> = new Set(
  "اكبر اهم ابرز اقوي اسوا افضل اكثر اقدم اعلي اخطر اغني اطول اجمل احسن اصغر اقل اسرع ادني اقرب ابعد اوسع اعرق اغلي اشد".split(
    " ",
  ),
);

/** Possessive pronouns on a noun (مقاتليها، رفاقهم، سكانهما، مقدراتنا), folded; a lone ه is handled apart. */
const POSSESSIVE = /^(\p{L}{3,}?)(?:ها|هما|هم|هن|كم|كما|نا)$/u;

/** Letters a noun ends with before a lone possessive ه (قيمته، مرافقيه، أبنائه، ثكناته), where ه is no ة. */
const BEFORE_LONE_HA = /[تيئاوء]$/;

/** Shortest noun left after a possessive or a construct ي is taken off. */
const MIN_POSSESSED_LENGTH = 4;

/**
 * The noun a group after من is named by, without the possessive pronoun or the construct ending it carries
 * (1700 من مقاتليها، من أبرز قادتها، ثلاثة من جنودها، 3 من مسلحي الميليشيا), folded: the construct form goes
 * back to the noun's own (مقاتلي → مقاتل، قادت → قاده، أبنائ → أبناء). A word the plural tables know is left as
 * it is (مستشفي), and so is a lone ه after a consonant unless a known plural is left (عناصره، جنوده; but
 * فريقه، مياه: no telling ه from ة).
 *
 * Returns the noun and whether it is already singular (a construct ي taken off leaves the singular: مقاتل).
 *
 * @example
 * possessed("مقاتليها"); // ["مقاتل", true]
 * possessed("قادتها"); // ["قاده", false]
 */
function possessed(w: string): [string, boolean] {
  if (w.startsWith("ال") || SINGULAR.has(w) || SINGULAR_FORMS.has(w)) return [w, false];
  const pronoun = POSSESSIVE.exec(w);
  let base = pronoun
    ? pronoun[1]!
    : w.endsWith("ه") &&
        w.length > MIN_POSSESSED_LENGTH &&
        (BEFORE_LONE_HA.test(w.slice(0, -1)) || SINGULAR.has(w.slice(0, -1)) || SINGULAR_FORMS.has(w.slice(0, -1)))
      ? w.slice(0, -1)
      : w;
  if (base.length < MIN_POSSESSED_LENGTH - 1) return [w, false];
  if (base.endsWith("ئ")) base = `${base.slice(0, -1)}ء`;
  else if (base.endsWith("ت") && !base.endsWith("ات")) base = `${base.slice(0, -1)}ه`;
  // مقاتلي، مرافقي، قاطني: a sound plural's construct form (مباراتي, a dual, keeps its ي).
  if (base.endsWith("ي") && base.length > MIN_POSSESSED_LENGTH && !base.endsWith("تي")) {
    const stem = base.slice(0, -1);
    if (SOUND_PLURAL_STEM.test(stem) && !SINGULAR_FORMS.has(base)) return [stem, true];
  }
  return [base, false];
}

/**
 * Nouns that stand with a glued ب or ل for the phrase it opens after a figure, folded: a cause, a manner or a
 * purpose (أصيب 14 بجروح، فاز 2 بهدف، ارتفع 3 بنسبة، 2 لصالح). Whatever the figure counts, it is not them.
 */
const PREPOSITIONAL_HEADS: ReadonlySet<string> = new Set(
  (
    "بهدف بحلول بعدم بنسبه بنسب باتجاه بحسب بواقع بفضل بزياده بقياده بقيمه بشان بفارق برتبه بحجم بعنوان بطريقه " +
    "بصيغه بصعوبه بصحبه بخلاف بدل بدلا بدون بنحو بحوالي بنهايه بنفس بسبب بحيث بحضور بجروح بحروق باصابه " +
    "باصابات برصاص بنيران بركله بضربه بحادث بخساره بجائزه بلقب بصفه بحجه بدافع بغرض بدوري بفوز بجنوب بشمال " +
    "بشرق بغرب بوسط بحي بكاس بينما لصالح لفتره لضمان لدعم لاسباب لعدم لقيام لحساب لغايه لدوري لبطوله لكاس " +
    "كحد بعدما"
  ).split(" "),
);

/** True when `w` (folded) is one of the phrase heads with a glued preposition (بجروح، برصاص، بنسبة). */
export function isPrepositionalHead(w: string): boolean {
  return PREPOSITIONAL_HEADS.has(w);
}

/** A present verb after ل (ليصل، لتصبح، ليتأهل: "so as to reach"), folded; ليرة، ليلة، ليالي are nouns. */
const LAM_VERB = /^ل[يت](?!ا)\p{L}{2,}$/u;

/** Endings of nouns and adjectives, not of a verb after ل (ليرة، ليبي، ليبيين، ليبيون، ليلات، ليونا). */
const NOUN_ENDING = /(?:ه|ي|ين|ون|ات|ا)$/;

/**
 * True when the word after a number carries a glued ب or ل that opens a phrase of its own (أصيب 14 بجروح،
 * على بعد 5 بمحافظة، 2 لكل، 3 ليصل): a counted noun takes no preposition, so the number counts something else
 * (the people the verb is about) or nothing named. Told from nouns whose ب or ل is their own (برميل، بلد، بنك،
 * لاعب، لاجئ، لتر) by the phrase heads news writes after a figure (`PREPOSITIONAL_HEADS`), a function word or a
 * noun the plural tables count (بكل، لان، لقد، بيوم، لعام), a م or ت after the clitic (بمقدار، لمدة، بتهمة،
 * لتعزيز: verbal and place nouns; no noun counted in news starts so), a doubled ب (ببطولة) and ل before a present
 * verb (`LAM_VERB`). Units of measure (لترات، بت) are their own words.
 *
 * @example
 * gluedPreposition("بجروح"); // true
 * gluedPreposition("برميل"); // false
 */
function gluedPreposition(w: string): boolean {
  const c = w[0];
  if ((c !== "ب" && c !== "ل" && c !== "ك") || w.length < 3) return false;
  if (PREPOSITIONAL_HEADS.has(w)) return true;
  if (c === "ك" || unitSpelling(unitOf(w)) !== unitOf(w) || MEASURE_WORDS.test(w)) return false;
  const rest = w.slice(1);
  if (isStopword(rest) || SINGULAR.has(rest) || SINGULAR_FORMS.has(rest) || TIME_UNITS.has(rest)) return true;
  if (w.length >= 4 && (rest[0] === "م" || rest[0] === "ت") && !SINGULAR_FORMS.has(unitOf(w))) return true;
  // لاستقبال، لاستكمال: the verbal noun of استفعل (no noun counted in news starts so after ب or ل).
  if (rest.startsWith("است")) return true;
  // 3 لقطر، 2 لدمشق: to a country or a city (the score of a match, a vote), never a noun a number counts.
  if (c === "ل" && (isPlaceKey(rest) || isCityWord(rest)) && !isCommonCityWord(rest)) return true;
  return w.startsWith("بب") || (c === "ل" && LAM_VERB.test(w) && !NOUN_ENDING.test(w));
}

/** Words of a distance, a length, a height or a speed (بطول، مسافة، بسرعة، يبعد), folded: a كيلو after them is a kilometre. */
const DISTANCE_WORDS = new Set(
  ["مسافه", "طول", "طولها", "طوله", "عمق", "ارتفاع", "عرض", "سرعه", "يبعد", "تبعد", "يمتد", "تمتد", "قطع"].flatMap(
    (w) => [w, `و${w}`, `ب${w}`, `وب${w}`, `ل${w}`],
  ),
);

/** A compass direction after a distance (70 كيلو غرب الأفلاج، شمالي), folded. */
const DIRECTIONS = /^(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?$/;

/** How many words before the number a distance word may stand (على مسافة تصل إلى نحو 5 كيلو). */
const DISTANCE_REACH = 5;

/**
 * The unit a bare كيلو after a number is short for, token k being the كيلو: a kilometre after a word of distance
 * (على بعد 5 كيلو، بطول 12 كيلو) or before «في الساعة» (a speed) or a direction (70 كيلو غرب الأفلاج); the unit a
 * range's other bound writes whole (2 كيلو ونصف إلى 3 كيلو مترات); else a kilogram (بواقع 100 كيلو من اللحوم، 20
 * كيلو حشيش), which is what news means by it elsewhere.
 */
function bareKilo(toks: readonly Tok[], k: number): string {
  const next = toks[k + 1]?.w ?? "";
  if ((next === "في" && /^(?:ال)?ساعه$/.test(toks[k + 2]?.w ?? "")) || DIRECTIONS.test(next)) return "كيلومتر";
  // 2 كيلو ونصف إلى 3 كيلو مترات: a range's other bound names the unit.
  for (let i = k + 1; i <= k + DISTANCE_REACH && i < toks.length; i++) {
    const w = toks[i]!.w;
    if (w === "كيلو" && toks[i + 1]?.kind === "word") {
      const joined = unitAfterPrefix("كيلو", unitOf(toks[i + 1]!.w));
      if (joined !== null) return joined;
    }
  }
  for (let i = k - 1; i >= Math.max(0, k - DISTANCE_REACH); i--) {
    const w = toks[i]!.w;
    // «على بعد» is a distance; a bare بعد is «after» (بعد أن ضبط 3 كيلو).
    if (DISTANCE_WORDS.has(w) || (w === "بعد" && /^و?علي$/.test(toks[i - 1]?.w ?? ""))) return "كيلومتر";
  }
  return "كيلوغرام";
}

/**
 * True when the original word at `start` is ب or ل on a word that opens with a hamza on its alef (3 لأسهم، 5
 * لإعلان، 4 بأسعار): no noun's own first letter is followed by أ, إ or آ, so the ب or ل is a preposition. Folding
 * writes those alefs as ا, as it does the own ا of لاعب، لاجئ.
 */
function hamzaAfterClitic(text: string, start: number): boolean {
  const c = text[start];
  return (c === "ل" || c === "ب") && /[أإآ]/.test(text[start + 1] ?? "");
}

/** Services whose members news counts as «رجال X» (رجال الإطفاء، رجل أمن), folded, without the article. */
const MEN_OF: ReadonlySet<string> = new Set(["اطفاء", "امن", "شرطه", "انقاذ", "اسعاف", "مرور", "جمارك", "دفاع"]);

/** Units of measure that begin with ب or ل (لتر، لترات، بت، بايت، بكسل). */
const MEASURE_WORDS = /^(?:لتر|ليتر|بت|بايت|بكسل|بيكسل)(?:ا|ات)?$/;

/** The counted noun after token index `k` (skipping من and an article), folded singular, or null. */
export function unitAfter(ctx: Ctx, k: number, approx: boolean): string | null {
  const { toks } = ctx;
  let t = toks[k];
  if (t?.kind !== "word") return null;
  const afterOf = t.w === "من";
  if (afterOf) t = toks[k + 1];
  // واحد من أكبر مناجم الفحم، اثنان من أبرز القادة: "one of the biggest mines"; the noun after the superlative.
  if (afterOf && t?.kind === "word" && SUPERLATIVES.has(t.w)) t = toks[k + 2];
  // 3 من أصل مغربي: of Moroccan origin; أصل, إجمالي… after من are no counted noun.
  if (t?.kind !== "word" || (afterOf && PARTITIVE_HEADS.has(t.w))) return null;
  // يومي 14 و17 من الشهر الجاري: a day of the month, not a count of months.
  if (afterOf && t.w === "الشهر") return null;
  const w = t.w;
  // With its accusative ending too (240 شخصا، 52 عاما): some of those forms are on the stopword lists.
  const bare = w.length >= MIN_TANWEEN_LENGTH && w.endsWith("ا") ? w.slice(0, -1) : "";
  const known =
    SINGULAR.has(w) || SINGULAR_FORMS.has(w) || TIME_UNITS.has(w) || SINGULAR_FORMS.has(bare) || TIME_UNITS.has(bare);
  // Numbers 3–10 and digits take an indefinite noun (ثلاثة أشخاص، 6 أشخاص); a noun with the
  // article is the start of something else (سبع البحر), unless من or a vague plural precedes.
  if (!afterOf && !approx && w.startsWith("ال") && w.length > 3) return null;
  // للدولار، بالإضافة، للمرة، والمقاتلين: a preposition or a conjunction with the article opens what follows
  // (3.75 ريال للدولار is per dollar, the rate counts riyals), never the noun right after a number.
  if (!afterOf && /^(?:لل|[بكفو]ال)\p{L}{2,}/u.test(w)) return null;
  // أصيب 14 بجروح، 2 لصالح، 5 بمحافظة: nor a noun with a glued preposition, which opens a phrase of its own.
  if (gluedPreposition(w) || hamzaAfterClitic(ctx.original, ctx.starts[t.s]!)) return null;
  // A word starting with و after a number is usually a conjunction opening a new clause
  // (قتل 5 وأصيب 10): accept it only as a known noun or a sound plural (وحدات، وزراء).
  if (w[0] === "و" && !known && !/(?:ات|ين|ون)$/.test(w)) return null;
  // 230 كم، 70 كلم، 50 ملم: an abbreviation (كم is «how many» on the stopword lists).
  const abbreviation = afterOf ? undefined : UNIT_ABBREVIATIONS.get(w);
  if (abbreviation !== undefined) return abbreviation;
  // 66 كيلو مترا، 12 ميجا بيكسل، عشرات الكيلو مترات: a metric prefix written apart from its unit.
  const unit = toks[k + (afterOf ? 2 : 1)];
  const prefix = stripArticle(w);
  if (isUnitPrefix(prefix) && unit?.kind === "word") {
    const joined = unitAfterPrefix(prefix, unitOf(unit.w));
    if (joined !== null) return joined;
  }
  // The stopword lists carry time nouns (سنوات، يوم، عام) that are real units here.
  // لكنها، لكنه: a function word with a pronoun on it (a lone ه only after لكن: عينه، كلمه are nouns with ة).
  const withoutPronoun = w === "لكنه" ? "لكن" : /^(\p{L}{3,}?)(?:ها|هم|هما)$/u.exec(w)?.[1];
  if (withoutPronoun !== undefined && isStopword(withoutPronoun)) return null;
  if ((!known && isStopwordLoose(w)) || isNumberWord(w) || PERCENT_WORDS.has(w) || PREPOSITION_PRONOUNS.has(w))
    return null;
  if (lookupMonth(w) || lookupWeekday(w) !== undefined || ADVERBS_AFTER_NUMBERS.has(w) || CLOCK_AFTER.has(w))
    return null;
  // After من a pronoun is a possessive (أربعة من رفاقهم، 1700 من مقاتليها, a verb's shape): a noun is read there.
  if (!known && !afterOf && verbAfterNumber(w)) return null;
  const [noun, singular] = afterOf ? possessed(w) : [w, false];
  const u = singular ? unitSpelling(noun) : unitOf(noun);
  // 11 رجل إطفاء، 10 رجال شرطة، 8 من رجال الأمن: the men of a service are that service's (not 13 رجلا خطفوا).
  const service = toks[k + (afterOf ? 2 : 1)];
  if (u === "رجل" && service?.kind === "word" && MEN_OF.has(stripArticle(service.w)))
    return `رجل ${stripArticle(service.w)}`;
  // 8500 إطفائي beside ألفا رجل إطفاء: one noun of the service for both.
  if (u === "اطفائي") return "رجل اطفاء";
  if (u === "كيلو") return bareKilo(ctx.toks, k);
  // 1437 يوم الأحد: a day named by its weekday is a date after the number, not what it counts.
  if (
    u === "يوم" &&
    toks[k + (afterOf ? 2 : 1)]?.kind === "word" &&
    lookupWeekday(toks[k + (afterOf ? 2 : 1)]!.w) !== undefined
  )
    return null;
  return u.length >= MIN_UNIT_LENGTH ? u : null;
}
