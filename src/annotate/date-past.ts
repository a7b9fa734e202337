/**
 * Does a past verb put a date without its year in the past? News tells what happened in a month with the verb in
 * the perfect (ففي أغسطس، عثر على السفير; خلص تقرير صدر في كانون الأول; وافق على الإقرار بأنه مذنب في شباط), and
 * such a month lies behind the publication date even when the same month ahead is nearer. A verb of saying is left
 * out (قال إن الانتخابات في ديسمبر tells of the date, not when it was), and so is a clause whose nearest verb is in
 * the present (أعلنت أن المنتج يطرح في سبتمبر).
 */
import type { DateToken } from "../arabic/dates.js";
import { futureCue } from "./date-future.js";
import { SAY_VERBS } from "./entities/lexicon.js";
import { isFunctionWord, isVerbLike, presentShaped } from "./entities/verbs.js";
import { CUES } from "./quote-cues.js";

/** Tokens that end the clause a verb is looked for in. */
const CLAUSE_ENDS = new Set([".", "؛", ";", ":", "!", "?", "؟", "«", "»", '"', "(", ")"]);
/** How far back (tokens) the verb of a date's clause may stand. */
const PAST_WINDOW = 8;
/** How far after a fronted date (وفي مايو، قتل…) its verb may stand. */
const FRONTED_WINDOW = 2;

/** Words that open a clause of their own: a verb beyond them is not the date's (folded). */
const SUBORDINATORS = new Set([
  "ان",
  "انه",
  "انها",
  "انني",
  "اننا",
  "انهم",
  "بان",
  "لان",
  "حتي",
  "كي",
  "لكي",
  "الذي",
  "التي",
  "الذين",
]);
/**
 * Words that open a new clause (ولكن بعد 20 يوما رفض استقباله، ثم بعد أسبوعين قام، إذ بعد سنة أصبح), folded: a date
 * right after them takes the verb that follows it.
 */
const OPENERS = /^و?(?:لكن|لكنه|لكنها|لكنهم|لكنهما)$|^و?ثم$|^اذ$/;
/** أن and its forms (ذكرت أنه بعد تسعة أشهر سجلت), folded: a date right after them opens the clause they open. */
const THAT = /^(?:ب?ان(?:ه|ها|هم|ك|ني|نا)?)$/;
/**
 * Particles that put the present verb after them in the past (لم يتغير، ولم يحسم، لما يصل), folded. Only for counts
 * (لم يتمكن من ذلك إلا بعد عشر سنوات): before a month they mostly make a condition or a deadline (ما لم يصدر قرارا
 * بحلول 12 مايو، إذا لم يتوقف الصراع بحلول 30 يونيو), which lies ahead.
 */
const NEGATED_PAST = new Set(["لم", "ولم", "فلم", "لما"]);
/** Words before a past verb that make it a condition, not an event (في حال رفض، إذا فشلت). */
const CONDITIONS = new Set(["حال", "اذا", "لو", "ان", "متي"]);
/**
 * Past verbs that set a date ahead rather than tell of one behind (حدد القاضي يوم 13 نوفمبر موعدا، خصصت يوم الأربعاء
 * لمرشحي…، أرجئت المحاكمة إلى 12 أكتوبر، اقترح عقد مؤتمر في سبتمبر), folded, he and she, active and passive.
 */
const SETTING_VERBS = new Set([
  "حدد",
  "حددت",
  "خصص",
  "خصصت",
  "قرر",
  "قررت",
  "اجل",
  "اجلت",
  "ارجا",
  "ارجات",
  "ارجئ",
  "ارجئت",
  "دعا",
  "دعت",
  "اختار",
  "اختارت",
  "مدد",
  "مددت",
  "اقترح",
  "اقترحت",
  "اعتمد",
  "اعتمدت",
  "اقر",
  "اقرت",
  "جدول",
  "جدولت",
]);
/**
 * Nouns of an event being planned (عقد قمة، إجراء الانتخابات، موعد، تأجيل) between a past verb and a date: the date is
 * the planned event's (وافق كيم على عقد قمة في أبريل), not the verb's; so is an early one's (وتسببت الدعوة إلى
 * انتخابات مبكرة في 24 يونيو: an election called early is held ahead).
 */
const PLANNED = /^[وفلب]?(?:ال)?(?:عقد|اجراء|تنظيم|اقامه|موعد|موعدا|تاجيل|ارجاء|مبكره)$/;
/** Words before من that make a date the day something takes effect (اعتبارا من، ابتداء من), folded. */
const ONWARD = new Set(["اعتبارا", "ابتداء", "بدءا", "بدء"]);
/**
 * Futures and cargoes: a month after عقود، تسليم or شحنات is a delivery month, ahead whatever the verb (صعد الخام
 * لتسليم سبتمبر; رفعت أسعار شحنات النفط لآسيا في سبتمبر, the prices set for next month's cargoes), and so is one
 * after برنت (انخفضت الأسعار، حيث تراجع سعر برنت لشهر سبتمبر: the September contract).
 */
const FUTURES = /^[لب]?(?:ال)?(?:تسليم|عقود|شحنات|شحن|برنت)(?:ها)?$/;

/** A folded word without its conjunction. */
function bare(w: string): string {
  return w.length > 3 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
}

/** A verb of saying or a quote cue verb (قال، أكد، أعلن), folded, without its conjunction. */
function sayingVerb(w: string): boolean {
  const b = bare(w);
  return SAY_VERBS.has(b) || SAY_VERBS.has(w) || CUES.get(w) === "verb" || CUES.get(b) === "verb";
}

/** Perfects of becoming (بات، أصبح، صار، أضحى; he and she), folded, without their conjunction. */
const BECAME = new Set(["بات", "باتت", "اصبح", "اصبحت", "صار", "صارت", "اضحي", "اضحت"]);

/**
 * True when the verb at token `j` is one of becoming (`BECAME`) whose predicate is the date itself, at tokens
 * `first`..`after` right after it (or after في) and ending its clause: «الانتخابات التي باتت في أبريل،» tells where
 * the elections now stand, a date ahead as likely as past. With a predicate after the date (أصبح في مايو مدربا،
 * وبات الثلاثاء أول لاعب) the date is when he became it, a past event.
 */
function becomesDate(toks: readonly DateToken[], j: number, first: number, after: number): boolean {
  if (!BECAME.has(bare(toks[j]!.w))) return false;
  if (first !== j + 1 && !(first === j + 2 && toks[j + 1]!.w === "في")) return false;
  const next = toks[after]?.w;
  return next === undefined || next === "،" || next === "," || CLAUSE_ENDS.has(next);
}

/** A hollow or doubled present of three letters (يقع، يمر، يرى): no perfect verb opens on ي. */
const SHORT_PRESENT = /^ي\p{L}{2}$/u;

/** Particles a verb always follows (وقد سجن، لقد خرجت), folded: the word after them is a verb. */
const QAD = new Set(["قد", "وقد", "فقد", "لقد"]);
/**
 * A word after قد that is a perfect verb: three letters or more, not opening as a present does (قد يتم، قد تتم،
 * قد نرى), and not a particle (قد لا تعقد). تم after قد is one (`DONE`).
 */
const AFTER_QAD = /^[^يتن]\p{L}{2,}$/u;
/** تم + a verbal noun, the news' past passive (تم تغيير النتيجة، وتم نقله), folded. */
const DONE = new Set(["تم", "وتم", "فتم"]);
/**
 * Verbal nouns of setting a date that تم makes a setting verb (تم تخصيص يوم الاثنين، في جلسة تم تحديدها ليوم 4
 * جانفي، تم إقرار 5 ماي): the date is set ahead, as after `SETTING_VERBS`, folded.
 */
const SETTING_NOUNS = /^(?:تحديد|تخصيص|اقرار|ضبط|تاجيل|ارجاء|تمديد|اعتماد|اختيار|جدوله|برمجه)(?:ها|ه|هم)?$/;
/**
 * A perfect verb of she or of I (خرجت، انتهت، اقيلت، انسحبت) that the verb table may not know, folded: four letters
 * ending in ت (فعلت, no و or ي second: لوقت، بيوت), five opening on ا or with ا second (أفعلت، فاعلت), six opening on
 * ا (انفعلت، افتعلت). Not a plural or a noun in ات، وت، يت (مباريات، بيروت، توقيت), a definite noun, a participle
 * (م…), or a present (ي، ت، ن…); a feminine noun ends in ة, which never reads as ت.
 */
const FEMININE_PERFECT = /^(?!ال)(?:[^يتنم][^وي]|ا\p{L}{2}|\p{L}ا\p{L}|ا\p{L}{3})[^اوي]ت$/u;
/**
 * A perfect of she in the forms that open on ت (تعرضت، تبخرت، تراجعت: تفعّلت، تفاعلت), folded, which the present's
 * shape (`presentShaped`) would take for one: their present opens on تت. Five or six letters, not in ات، وت، يت.
 */
const TAFA33ALAT = /^ت\p{L}{2,3}[^اوي]ت$/u;
/**
 * A perfect of they (خرجوا، انسحبوا، استولوا), folded: five letters or more ending in وا; a noun ends so only short
 * and in the accusative (عضوا، نموا). Not a definite noun, a participle, or a present (يخرجوا، تقدموا، ليكونوا).
 */
const PLURAL_PERFECT = /^(?!ال|ل[يتن])[^يتنم]\p{L}{2,5}وا$/u;
/** Foreign words of those shapes that the news prints often (خام برنت، سانت بطرسبورغ، انترنت، فرنسوا). */
const FOREIGN_SHAPED = new Set(["برنت", "سانت", "انترنت", "فرنسوا"]);

/** A word of a perfect verb's shape that the verb table does not know (see `FEMININE_PERFECT`, `DONE`, `QAD`). */
function perfectShaped(toks: readonly DateToken[], j: number): boolean {
  const w = toks[j]!.w;
  if (DONE.has(w)) return true;
  if (QAD.has(toks[j - 1]?.w ?? "")) return AFTER_QAD.test(w);
  const b = bare(w);
  if (FOREIGN_SHAPED.has(w) || FOREIGN_SHAPED.has(b)) return false;
  return [w, b].some((x) => TAFA33ALAT.test(x) || PLURAL_PERFECT.test(x) || FEMININE_PERFECT.test(x));
}

/**
 * A present of she (تنتهي، تستمر، تنطلق) that the verb table does not know, folded, without its conjunction: the
 * same word with ي for ت is a known verb (ينتهي), as he and she pair in the present. Five letters or more, and not ا
 * third: the verbal nouns of تفعّل and تفاعل (تطور، تعاون، تبادل) pair with a verb so too but are nouns.
 */
const SHE_PRESENT = /^ت\p{L}[^ا]\p{L}{2,}$/u;

/** Whether `b` is a present of she that only its he form tells (`SHE_PRESENT`). */
function presentOfShe(b: string): boolean {
  return SHE_PRESENT.test(b) && isVerbLike(`ي${b.slice(1)}`);
}

/**
 * Words that are no verb before a date, folded, besides the function words the verb table already rules out
 * (`isFunctionWord`: وهي في يونيو، بحسب ماكرون، عوضا عن غرة جوان، ذات يوم): بين and هنا, which it keeps as the listed
 * verbs بيّن and هنّأ but which before a date are a preposition and an adverb (بين مارس ومايو). The look back goes
 * on past them.
 */
const NOT_VERBS = new Set(["بين", "هنا"]);

/** Whether the folded word is no verb before a date (`NOT_VERBS`, `isFunctionWord`). */
const notVerb = (w: string) => NOT_VERBS.has(w) || isFunctionWord(w);
/**
 * A count after بين X و Y (العلاقات بين البلدين بعد عام كامل من المفاوضات، فتح الحدود بين إريتريا وإثيوبيا بعد 20
 * عاما) mostly measures what the pair went through, from an event told before: for a count, بين still ends the look
 * back as a past verb (`eventInPast` with `denied`).
 */
const PAIR = "بين";

/** What the word at token `j` tells of tense: "past" for a perfect verb, "present" for a present one, else null; with `denied` (a count), بين is a past one (`PAIR`). */
function verbTense(toks: readonly DateToken[], j: number, denied = false): "past" | "present" | null {
  const w = toks[j]!.w;
  if ((notVerb(w) || notVerb(bare(w))) && !(denied && w === PAIR)) return null;
  if (!isVerbLike(w)) {
    if (perfectShaped(toks, j)) return "past";
    return presentOfShe(bare(w)) || presentOfShe(w) ? "present" : null;
  }
  const b = bare(w);
  if (TAFA33ALAT.test(b)) return "past";
  return presentShaped(b) || presentShaped(w) || SHORT_PRESENT.test(b) || SHORT_PRESENT.test(w) ? "present" : "past";
}

/**
 * -1 when the verb at token `j` is a past one that tells of an event: not saying, setting a date, or a condition;
 * with `denied` (a count), also a present verb after لم (لم يتغير، لم يتمكن), and a verb of saying: with no أن
 * between them it is the saying that the count dates (لكنه أعلن بشكل مفاجئ بعد أربعة أيام عن عزمه التنحي), counted
 * from an event told before, while a count it reports stands after أن (وأعلن أنه بعد 15 يوما ستتولى الشركات).
 */
function eventInPast(toks: readonly DateToken[], j: number, denied: boolean): -1 | 0 {
  const w = toks[j]!.w;
  const negated = denied && verbTense(toks, j, denied) === "present" && NEGATED_PAST.has(toks[j - 1]?.w ?? "");
  if (verbTense(toks, j, denied) !== "past" && !negated) return 0;
  if ((sayingVerb(w) && !denied) || SETTING_VERBS.has(bare(w))) return 0;
  if (DONE.has(w) && SETTING_NOUNS.test(toks[j + 1]?.w ?? "")) return 0;
  // إذا ما ذهبت الانتخابات إلى جولة ثانية: ما after the condition word.
  const p = toks[j - 1]?.w === "ما" ? toks[j - 2]?.w : toks[j - 1]?.w;
  return CONDITIONS.has(p ?? "") ? 0 : -1;
}

/**
 * The verb right after a date that opens its clause (وفي مايو، قتل), within `FRONTED_WINDOW` tokens and its clause:
 * -1 or 0 as `eventInPast` reads it, or null when there is none.
 */
function verbAfter(toks: readonly DateToken[], after: number, denied: boolean): -1 | 0 | null {
  let k = after;
  if (toks[k]?.w === ",") k++;
  for (let n = 0; n < FRONTED_WINDOW && k < toks.length; n++, k++) {
    if (CLAUSE_ENDS.has(toks[k]!.w) || toks[k]!.w === ",") return null;
    if (verbTense(toks, k, denied) !== null) return eventInPast(toks, k, denied);
  }
  return null;
}

/** A word after which a date opens a new clause (`OPENERS`, `THAT`). */
function opener(w: string | undefined): boolean {
  return w !== undefined && (OPENERS.test(w) || THAT.test(w));
}

/**
 * -1 when the verb of the clause of the date at tokens `first`..`after` (exclusive) is in the past and tells what
 * happened: the nearest verb before it in its clause, or, for a date opening its clause (وفي مايو، قتل), the verb
 * right after it; else 0. With `denied`, a present verb after لم counts as past (`NEGATED_PAST`: for counts only).
 *
 * @example
 * pastVerbAround(dateTokens(fold("ففي اغسطس، عثر على السفير").text), 1, 2); // -1
 */
export function pastVerbAround(toks: readonly DateToken[], first: number, after: number, denied = false): -1 | 0 {
  // اعتبارا من السابع من أغسطس: the day a measure takes effect, which news announces ahead.
  if (toks[first - 1]?.w === "من" && ONWARD.has(toks[first - 2]?.w ?? "")) return 0;
  const p = toks[first - 1]?.w;
  const p2 = toks[first - 2]?.w;
  // لكن بعد ثلاثة أيام طرحت، ثم في يناير حجبت، أنه بعد عام سجلت: the verb after the date is its own. Without one
  // (لكن بعد 5 أيام فوجئ), the clause before tells the tense of the story.
  if (opener(p) || (p === "في" && opener(p2))) {
    const v = verbAfter(toks, after, denied);
    if (v !== null) return v;
  }
  for (let j = first - 1; j >= 0 && j >= first - PAST_WINDOW; j--) {
    const w = toks[j]!.w;
    // A plan in the clause (كانت مقررة في ديسمبر، من المقرر): its date is the plan's, past or not.
    if (futureCue(w)) return 0;
    if (CLAUSE_ENDS.has(w) || SUBORDINATORS.has(bare(w)) || FUTURES.test(w) || PLANNED.test(w)) break;
    if (verbTense(toks, j, denied) !== null)
      return becomesDate(toks, j, first, after) ? 0 : eventInPast(toks, j, denied);
  }
  // A date that opens its clause (وفي مايو، قتل…; ففي أغسطس، عثر…): the verb after it, in the same clause.
  const opens =
    p === undefined ||
    CLAUSE_ENDS.has(p) ||
    p === "," ||
    /^[وف](?:في|منذ)$/.test(p) ||
    (p === "في" && (p2 === undefined || CLAUSE_ENDS.has(p2) || p2 === ","));
  return opens ? (verbAfter(toks, after, denied) ?? 0) : 0;
}

/** How far back (tokens) «قبل أن» may open the clause of a count (قبل أن يفرج عنه بعد أربع سنوات: 4). */
const SEQUEL_WINDOW = 6;

/**
 * Whether the count «بعد N …» at token `i` (بعد) is in a clause opened by «قبل أن» + a verb (وحكم عليه بالسجن، قبل أن
 * يفرج عنه بعد أربع سنوات; قبل أن ينتخب رئيسا بعد عام): news tells with it what followed an event it has told, so the
 * count runs from that event, not from the publication date. A future cue in the clause is the caller's to check.
 *
 * @example
 * narratedSequel(dateTokens(fold("قبل أن يفرج عنه بعد أربع سنوات").text), 4); // true
 */
export function narratedSequel(toks: readonly DateToken[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - SEQUEL_WINDOW; j--) {
    const w = toks[j]!.w;
    if (CLAUSE_ENDS.has(w) || w === "،" || w === "," || futureCue(w)) return false;
    // قبل أن, then at least a verb before the count.
    if (w === "ان" && j < i - 1 && /^[وف]?قبل$/.test(toks[j - 1]!.w)) return true;
  }
  return false;
}
