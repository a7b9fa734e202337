/**
 * The words that introduce reported speech in Arabic news, in folded form
 * (see ../arabic/fold.ts), following ../shared/data/gold/quotes/README.md rule 3.
 */

/** Past-tense reporting verbs (3rd person masculine singular, folded). */
const PAST_VERBS = [
  "قال",
  "اضاف",
  "تابع",
  "اكد",
  "اوضح",
  "اشار",
  "صرح",
  "اعلن",
  "ذكر",
  "بين",
  "ابان",
  "نوه",
  "لفت",
  "شدد",
  "افاد",
  "كشف",
  "اردف",
  "زاد",
  "اعتبر",
  "راي",
  "رجح",
  "توقع",
  "حذر",
  "نفي",
  "ادعي",
  "وصف",
  "تساءل",
  "سال",
  "كتب",
  "جاء",
  "ندد",
  "اعترف",
  "استدرك",
  "اعرب",
  "طالب",
  "دعا",
  "علق",
  "اتهم",
  "برر",
  "استبعد",
  "افادت",
];

/** Present-tense reporting verbs (folded, both persons' prefixes listed). */
const PRESENT_VERBS = [
  "يقول",
  "تقول",
  "يقولون",
  "يري",
  "تري",
  "يرون",
  "يؤكد",
  "تؤكد",
  "يضيف",
  "تضيف",
  "يشير",
  "تشير",
  "يوضح",
  "توضح",
  "يعتبر",
  "تعتبر",
  "يتوقع",
  "تتوقع",
  "يستبعد",
  "تستبعد",
  "يعتقد",
  "تعتقد",
  "يدعي",
  "تدعي",
  "يدعين",
  "يؤكدون",
  "يتابع",
  "تتابع",
  "يقر",
  "تقر",
];

/** Participles that continue a speaker's report (مضيفا، مؤكدا…), folded without tanween. */
const PARTICIPLES = [
  "مضيف",
  "مؤكد",
  "مشير",
  "موضح",
  "لافت",
  "مبين",
  "قائل",
  "منوه",
  "معتبر",
  "محذر",
  "مشدد",
  "متسائل",
  "مستدرك",
  "متابع",
  "مردف",
  "سائل",
  "متمني",
  "معرب",
  "مرجح",
  "متوقع",
  "نافي",
  "مطالب",
  "داعي",
];

/** Masdar and noun cues (قوله، بالقول، بيان، تغريدة). */
const NOUN_CUES = ["قوله", "قولها", "قولهم", "قولهما", "بقوله", "بقولها", "بالقول", "بالاشاره", "رايه", "رايها"];
const DOCUMENT_CUES = ["بيان", "بيانا", "تغريده", "بتغريده", "تغريدة"];

/** Words after a verb that say how it was said and belong to the cue: وتابع بالقول. */
export const MANNER_WORDS = new Set([
  "بالقول",
  "قوله",
  "قولها",
  "بقوله",
  "بقولها",
  "ايضا",
  "كذلك",
  "النظر",
  "الانتباه",
  "باستنكار",
  "بدوره",
  "بدورها",
  // وتابعت هيفاء حديثها: the talk she went on with.
  "حديثه",
  "حديثها",
  // How the words were said (قال الوزير بوضوح إن …، قالوا بصوت واحد).
  "بصوت",
  "بوضوح",
  "بشده",
  "بحزم",
  "بصراحه",
  "بقوه",
  "بثقه",
  "بحسره",
  "باسي",
  "بغضب",
  "بفخر",
  "بهدوء",
  "باختصار",
  "بدقه",
  "بتفاؤل",
]);

/** Cues whose following noun is the one addressed, not the speaker (سائلا الله أن، داعيا الحكومة إلى). */
export const ADDRESSEE_CUES = new Set([
  "سائلا",
  "سائله",
  "سال",
  "وسال",
  "متمنيا",
  "متمنيه",
  "داعيا",
  "دعا",
  "ودعا",
  "مطالبا",
  "مطالبه",
]);

/** Speakers that mark scripture, not reported speech (قال تعالى، جل وعز). */
export const SCRIPTURE_SPEAKERS = new Set(["الله", "تعالي", "جل", "سبحانه", "عز"]);

/** Documents that speak for their issuer (وجاء في التقرير، وأكد البيان): the speaker is the issuer. */
export const DOCUMENT_WORDS = new Set(["التقرير", "البيان", "القرار", "الرساله", "الوثيقه", "المذكره", "الاعلان"]);

/** Words before a quote mark that make the quoted words a title (لصحيفة "واشنطن بوست"). */
export const TITLE_CONTEXT = new Set([
  "صحيفه",
  "لصحيفه",
  "جريده",
  "لجريده",
  "قناه",
  "لقناه",
  "وكاله",
  "لوكاله",
  "مجله",
  "لمجله",
  "موقع",
  "لموقع",
  "برنامج",
  "لبرنامج",
  "اذاعه",
  "لاذاعه",
  "شبكه",
  "لشبكه",
  "محطه",
  "لمحطه",
  "كتاب",
  // في مقاله «الجار قبل الدار»: an article's title.
  "مقال",
  "مقاله",
  "مقالها",
  "مقالته",
  "فيلم",
  "مسلسل",
  "حملة",
  "حمله",
  "مهرجان",
  // معرض "الفيصل .. شاهد وشهيد"، مؤتمر "…": an event's name.
  "معرض",
  "بمعرض",
  "لمعرض",
  "مؤتمر",
  "ملتقي",
  "ندوه",
  "مسابقه",
  "روايه",
  "مسرحيه",
  "اغنيه",
  "مبادره",
  "اسم",
  "بعنوان",
  "عنوان",
  // لقب "أفقر رئيس في العالم": a nickname.
  "لقب",
  "بلقب",
  "شعار",
  "بشعار",
  // مع تلفزيون «إيه بي سي»، دار «رالف أند روسو»، أغنية "واقفة جنبي"، منصة "بيبر ألفا"، قاعدة "العند": a station,
  // a house, a work, a rig or a place named. (Not يُدعى, "is called", which folds to the cue يدعي, "claims".)
  "تلفزيون",
  "لتلفزيون",
  "دار",
  "اغنيه",
  "اغنيته",
  "البوم",
  "منصه",
  "قاعده",
  "مسمي",
  "بمسمي",
  "احتفالات",
]);

/** Common heads that stand for an organisation named earlier (قالت الشركة → غوغل). */
export const ORG_HEADS = new Set([
  "الشركه",
  "الوزاره",
  "الوكاله",
  "الهيئه",
  "المنظمه",
  "الحكومه",
  "الصحيفه",
  "الجمعيه",
  "الرابطه",
  "الجامعه",
  "البعثه",
  "اللجنه",
  "المجموعه",
  "الحركه",
  "الجماعه",
  "المحكمه",
  "النيابه",
  "الشرطه",
  "الاداره",
  "المؤسسه",
  "البنك",
  "المجلس",
  "الاتحاد",
  "الحزب",
  "النادي",
  "الصندوق",
  "المكتب",
  "الديوان",
]);

/**
 * The past reporting verbs, folded, each as its third person masculine singular: the form an object pronoun
 * goes on (وصفه، اعتبرها) whose own ending tells the subject's gender (وصفته is hers).
 */
export const PAST_VERB_STEMS: ReadonlySet<string> = new Set(PAST_VERBS);

/** Verb suffixes: feminine, plural, dual, object pronouns (اعتبرتها). */
const VERB_SUFFIXES = ["", "ت", "وا", "ا", "تا", "ن", "ه", "ها", "هم", "تها", "ته", "وه", "هما"];
const PARTICIPLE_SUFFIXES = ["ا", "", "ه", "ين", "ون", "ان", "تين", "ات"];

export type CueClass = "verb" | "participle" | "noun" | "document";

function buildCues(): Map<string, CueClass> {
  const cues = new Map<string, CueClass>();
  const add = (form: string, cls: CueClass) => {
    for (const prefix of ["", "و", "ف"]) if (!cues.has(prefix + form)) cues.set(prefix + form, cls);
  };
  for (const v of PAST_VERBS) for (const s of VERB_SUFFIXES) add(v + s, "verb");
  // Weak-final verbs change before suffixes: راي → رات، رأوا; ادعي → ادعت; نفي → نفت.
  for (const [stem, forms] of [
    ["راي", ["رات", "راوا", "رايا"]],
    ["نفي", ["نفت", "نفوا"]],
    ["ادعي", ["ادعت", "ادعوا"]],
    ["دعا", ["دعت", "دعوا"]],
    ["جاء", ["جاءت"]],
  ] as const) {
    void stem;
    for (const f of forms) add(f, "verb");
  }
  for (const v of PRESENT_VERBS) add(v, "verb");
  for (const p of PARTICIPLES) for (const s of PARTICIPLE_SUFFIXES) add(p + s, "participle");
  // رأيه، رأيها: his, her opinion, the noun (the verb with its object is رآه), though راي + ه is among the forms above.
  for (const n of NOUN_CUES) for (const prefix of ["", "و", "ف"]) cues.set(prefix + n, "noun");
  for (const d of DOCUMENT_CUES) add(d, "document");
  // Forms that are far more often another word: وسائل (means, not و + سائل), إشارة (not أشار + ه),
  // دعاة (preachers, not دعا + ه), لافتات (banners, not لافت + ات), إفادة (a statement, not أفاد + ه).
  // بينها، بينهم: "among them" (رافعين شعارات وبينها «…»), far more often than بيّنها. إضافة: "in addition
  // (to)" (إضافة إلى أن …), not أضافه (all of 15 read over 48,000 quotes); إضافتها، إضافته: its addition
  // (يتوقع إضافتها إلى الاقتصاد).
  for (const w of [
    "وسائل",
    "فسائل",
    "اشاره",
    "لافتات",
    "دعاه",
    "افاده",
    "بينها",
    "بينهم",
    "بينهما",
    "اضافه",
    "اضافتها",
    "اضافته",
    // رأيتُ أن، رأيتها: the first or second person of the weak verb, a dream told or a thing seen, never a
    // report (43 of 43 read over 34,000 quotes were dreams or verse); so are نفيت and ادعيت.
    "رايت",
    "رايته",
    "رايتها",
    "رايتهم",
    "نفيت",
    "ادعيت",
    // راين: the Rhine (شمال الراين فستفاليا) or Ryan (راين كومينغر), not رأين (they, women, saw).
    "راين",
  ])
    for (const p of ["", "و", "ف"]) cues.delete(p + w);
  return cues;
}

/** Every folded cue form with its class. */
export const CUES: ReadonlyMap<string, CueClass> = buildCues();

/** Complementizers that open an indirect clause (أن، إن، بأن، أنه…), folded. */
export const COMPLEMENTIZERS = new Set([
  "ان",
  "انه",
  "انها",
  "انهم",
  "انهن",
  "اننا",
  "انني",
  "اني",
  "انك",
  "انكم",
  "انهما",
  "بان",
  "بانه",
  "بانها",
  "بانهم",
  "بانهن",
  "باننا",
  "بانهما",
  "وان",
  "فان",
]);

/** Today and the days of the week, definite and folded (اليوم، الأربعاء): when, never part of a name. */
export const DAY_NAMES: readonly string[] = [
  "اليوم",
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعه",
  "السبت",
];

/**
 * Words that end the speaker phrase: what follows is an adjunct (في تصريح، خلال
 * مؤتمر، أمس، الأربعاء), not part of the name.
 */
export const SPEAKER_STOPS = new Set([
  // How one spoke (وقال الشيخ وبكل وضوح إن …، بكل صراحة، فقال بسخرية، وقال ببساطة).
  "بكل",
  "وبكل",
  "بسخريه",
  "ببساطه",
  "بخبث",
  "بهدوء",
  "بحزن",
  "بثقه",
  "بمراره",
  "بحماس",
  "بحسره",
  "بغضب",
  "بفخر",
  "بصراحه",
  "بتاثر",
  "بانفعال",
  "بابتسامه",
  "بحده",
  "بلهجه",
  "بنبره",
  "بتهكم",
  "بدهشه",
  "باستغراب",
  "بتعجب",
  "بحرقه",
  "في",
  "خلال",
  "عبر",
  "امام",
  "على",
  "عقب",
  "اثناء",
  "بعد",
  "قبل",
  "امس",
  ...DAY_NAMES,
  // من كتبها للتو انتهى، وقال فورا: adverbs of when, never a speaker's first word nor more of one.
  "للتو",
  "توا",
  "حالا",
  "فورا",
  "ايضا",
  "كذلك",
  "لدي",
  "حين",
  "عندما",
  "الذي",
  "التي",
  "مساء",
  "صباح",
  "لوكاله",
  "لصحيفه",
  "لقناه",
  "للصحفيين",
  "لوسائل",
  "الي",
  "تعليقا",
  "ردا",
  "عن",
  "من",
  "يوم",
  // وأردف التشيلي حول خصمه: what it was about, after the speaker.
  "حول",
  "بشان",
  // وفي وقت سابق، حسب نص التسجيل، وفقا لبيان: an adjunct after the speaker.
  "وفي",
  "حسب",
  "بحسب",
  "وفق",
  "وفقا",
]);

/** Pronoun-like words that stand for a speaker already named (سموه، معاليه). */
export const PRONOUN_SPEAKERS = new Set([
  "سموه",
  "معاليه",
  "فضيلته",
  "سيادته",
  "حضرته",
  "سعادته",
  "سماحته",
  "جلالته",
  "فخامته",
  "سموها",
  "معاليها",
  "سعادتها",
  "سيادتها",
  "هو",
  "هي",
  "بدوره",
  "بدورها",
]);

/** Heads of unnamed sources (rule 5: anonymous). */
export const ANONYMOUS_HEADS = new Set([
  "مصدر",
  "مصادر",
  "المصدر",
  "المصادر",
  "مسؤول",
  "مسؤولون",
  "مسؤولين",
  "مسئول",
  "مسئولون",
  "شهود",
  "سكان",
  "خبراء",
  "خبير",
  "محللون",
  "محلل",
  "اقتصاديون",
  "مراقبون",
  "ناشطون",
  "نشطاء",
  "منتقدون",
  "معارضون",
  "محتجون",
  "تقارير",
  // The reports, news (وذكرت التقارير أن، أفادت أنباء بأن): unnamed as تقارير is. Not الأنباء, which may be the
  // Kuwaiti daily of that name.
  "التقارير",
  "انباء",
  "مصدرا",
  "دبلوماسيون",
  "دبلوماسي",
  // The same groups after لكن/إن (ولكن محللين يرون).
  "محللين",
  "مراقبين",
  "ناشطين",
  "منتقدين",
  "معارضين",
  "محتجين",
  "دبلوماسيين",
]);

/** Non-agent sources whose findings are not quotes (أظهرت الدراسة أن). */
export const DATA_SUBJECTS = new Set([
  "الادله",
  "الاحصائيه",
  "احصائيه",
  "الدراسه",
  "الارقام",
  "البيانات",
  "النتائج",
  "نتائج",
  "الاستطلاع",
  "استطلاعات",
  "الاستطلاعات",
  "المسح",
  "الاحصاءات",
  "الاحصائيات",
  "المؤشرات",
  "دراسه",
  "نتيجه",
  "مسح",
  "استطلاع",
  "احصاءات",
  // أشارت معلومات إلى أن: information, not someone who said it.
  "معلومات",
  "المعلومات",
  // Plurals and construct heads (تشير التقديرات، وتشير أرقام الاتحاد الأوروبي، كشفت بيانات المصارف، أشارت
  // دراسات مختلفة، يشير مؤشر مديري المشتريات): what figures and studies show.
  "ارقام",
  "بيانات",
  "تقديرات",
  "التقديرات",
  "دراسات",
  "الدراسات",
  "ابحاث",
  "الابحاث",
  "مؤشر",
  "المؤشر",
]);

/** Phrases that make the journalist the voice (يذكر أن، يشار إلى أن). */
export const NARRATOR_CUES = new Set(["يذكر", "يشار", "ويذكر", "ويشار", "يجدر", "ويجدر", "ويبدو", "يبدو"]);

/** Titles and honorifics dropped from a speaker's name (rule 4). */
export const TITLES = new Set([
  "الامير",
  "الشيخ",
  "الدكتور",
  "الدكتوره",
  "د",
  "اللواء",
  "العميد",
  "العقيد",
  "الفريق",
  "المهندس",
  "الاستاذ",
  "السيد",
  "السيده",
  "معالي",
  "سمو",
  "صاحب",
  "السمو",
  "الملكي",
  "فخامه",
  "الملك",
  "الرئيس",
  "الوزير",
  "السفير",
  "النائب",
  "القاضي",
  "المستشار",
  "سعاده",
  "الحاج",
  "الشيخه",
  "الاميره",
]);

/** Titles written without the article, which a name reading takes for its first word (دكتور عاطي القرشي). */
export const BARE_TITLES = new Set(["دكتور", "دكتوره", "بروفيسور", "البروفيسور"]);

/** Tails that attribute a clause and end it (، وفق ما نقلت…، على حد تعبيرها). */
export const ATTRIBUTION_TAILS = new Set(["وفق", "وفقا", "بحسب", "حسبما", "نقلا"]);
/** Narrator continuations after a comma that end a clause (، بينما يسعى…). */
export const NARRATOR_TAILS = new Set(["بينما", "فيما", "في حين", "وذلك"]);

/** Discourse words that open a clause and are never part of a speaker phrase (لكن الوزارة أصدرت بيانا). */
export const DISCOURSE_WORDS = new Set([
  "لكن",
  "ولكن",
  "لكنه",
  "كما",
  "ثم",
  "بينما",
  "فيما",
  "وقد",
  "فقد",
  "قد",
  "اما",
  "كان",
  "كانت",
  "وكان",
  "وكانت",
  "حيث",
  "اذ",
  "فان",
  "ان",
]);
