/**
 * Whom a headline's host receives, meets, congratulates or consoles: «أمير عسير يستقبل رئيس فرع الإفتاء»,
 * «وزير الإسكان يلتقي مدير الجمارك», «القيادة تهنئ رئيس سنغافورة». A regional emir, a minister or an
 * agency's head receives several visitors a day, and the leadership sends several national-day cables,
 * each an item of its own; their headlines share the host, the verb and the template, and the guest is
 * what tells them apart.
 */

import { foldText } from "../arabic/fold.js";
import { termOf } from "./features.js";

/**
 * Verbs of a reception, a meeting, a congratulation or a condolence (folded), in the forms headlines use,
 * and the nouns of a cable: whom they name next is the item's (the leadership's congratulations to the
 * presidents of Singapore and of Ecuador on one evening are two items).
 */
const MEETING_VERBS = new Set(
  [
    "يهنئ",
    "تهنئ",
    "يهنئان",
    "تهنئان",
    "هنأ",
    "هنأت",
    "تهنئة",
    "يعزي",
    "تعزي",
    "يعزيان",
    "تعزيان",
    "عزى",
    "يستقبل",
    "تستقبل",
    "استقبل",
    "استقبلت",
    "يلتقي",
    "تلتقي",
    "التقى",
    "التقت",
    "يجتمع",
    "تجتمع",
    "اجتمع",
    "اجتمعت",
  ].map(foldText),
);

/** Words a meeting verb's object may start with that only link it (يلتقي بمدير، يجتمع مع الوفد). */
const LINKS = new Set(["مع", "ب"].map(foldText));

/**
 * Words (folded) of a guest's rank, office or title that many guests share: they are not who the guest is
 * (رئيس فرع الإفتاء and رئيس الندوة العالمية are two visitors), and every report names a رئيس or a وزير.
 */
const RANKS = new Set(
  [
    "رئيس",
    "رئيسة",
    "وزير",
    "وزيرة",
    "سفير",
    "سفيرة",
    "مدير",
    "مديرة",
    "نائب",
    "أمين",
    "عام",
    "العام",
    "مسؤول",
    "مسؤولا",
    "مسؤولة",
    "مسؤولين",
    "وفد",
    "وفدا",
    "عدد",
    "عددا",
    "أعضاء",
    "منسوبي",
    "محافظ",
    "قائد",
    "ممثل",
    "مساعد",
    "وكيل",
    "مستشار",
    "نظيره",
    "نظيرته",
    "نظرائه",
    "الأمير",
    "الشيخ",
    "الدكتور",
    "د",
    "معالي",
    "سمو",
    "فرع",
    "المنطقة",
    "بالمنطقة",
  ].map((w) => termOf(foldText(w)) ?? foldText(w)),
);

/** A word of letters (and marks) in folded text. */
const WORD = /[\p{L}\p{M}]+/gu;
/** Where the guest's phrase ends: a colon, a comma, a dash or a full stop of the headline. */
const BREAK = /[:،,.؛\-–—]/u;
/** A verb joined by «و» after the guest starts another clause (ويؤكد، وتبحث). */
const NEXT_VERB = /^و[يت]\p{L}{3,}$/u;
/** Words after which the headline says where or when they met, not whom (يستقبل وزير الدفاع الأميركي في جدة). */
const SETTING = new Set(["في", "لدى", "خلال", "عقب", "بعد", "قبل", "ضمن", "بمناسبة", "بمقر", "بحضور"].map(foldText));
/** «في وفاة» names whom a condolence is for (يعزي في وفاة الشاعر منصور الفعر): not a setting. */
const DEATH = new Set(["وفاة", "وفاه"].map(foldText));
/**
 * An occasion glued to ب after the guest: the article (بالمنطقة، بالعيد) or an occasion's word (بذكرى
 * اليوم الوطني، بعيد الفطر، بنجاح، بفوزه). The guest's phrase ends there.
 */
const OCCASION = /^ب(?:ال|ذكر|عيد|نجاح|فوز|تعيين|اختيار|حلول|مناسب|يوم)/u;
/** Least letters a glued ب leaves of a word (بمدير; not بحث). */
const MIN_REST = 4;

/**
 * Terms (as `termOf` makes them) of whom the headline's host receives or meets: the words after its
 * first meeting verb, up to a break or another verb, without ranks and offices (`RANKS`); undefined when
 * the headline has no meeting verb, empty when the guest is only a rank.
 *
 * @example
 * headlineGuests("أمير عسير يستقبل رئيس فرع الإفتاء بالمنطقة"); // ["افتاء"]
 * headlineGuests("عبد الله بن زايد يلتقي ولد الشيخ ويؤكد دعم بلاده لليمن"); // ["ولد"]
 * headlineGuests("أمير عسير يدشّن فعاليات يوم النحال"); // undefined
 */
export function headlineGuests(title: string): string[] | undefined {
  const clause = foldText(title).split(BREAK);
  for (const part of clause) {
    const words = part.match(WORD) ?? [];
    const at = words.findIndex((w) => MEETING_VERBS.has(w) || MEETING_VERBS.has(w.replace(/^[وف]/u, "")));
    if (at < 0) continue;
    const out: string[] = [];
    for (let i = at + 1; i < words.length; i++) {
      let w = words[i]!;
      if (NEXT_VERB.test(w) || MEETING_VERBS.has(w.replace(/^و/u, ""))) break;
      if (SETTING.has(w) && !DEATH.has(words[i + 1] ?? "")) break;
      if (i > at + 1 && OCCASION.test(w)) break;
      if (LINKS.has(w) || DEATH.has(w) || SETTING.has(w)) continue;
      if (i === at + 1 && w.startsWith("ب") && w.length - 1 >= MIN_REST) w = w.slice(1);
      const t = termOf(w);
      if (t === null || RANKS.has(t) || out.includes(t)) continue;
      out.push(t);
    }
    return out;
  }
  return undefined;
}

/**
 * Terms (as `termOf` makes them) of `text`: what a headline and its lead name, against which another
 * report's guest is looked up.
 *
 * @example
 * termsOf("يستقبل رئيس فرع الإفتاء").has("افتاء"); // true
 */
export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldText(text).match(WORD) ?? []) {
    const t = termOf(w);
    if (t !== null) out.add(t);
  }
  return out;
}

/** Least letters two terms share at their start to be one word's forms (باكست and باكستان). */
const MIN_SHARED_START = 4;

/** True when `a` and `b` are one word's terms: equal, or one starts the other and shares `MIN_SHARED_START` letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_SHARED_START && long.startsWith(short);
}

/** A preposition glued to a word, after a conjunction (بعسير، لليمن، وبالمنطقة): the rest is the word. */
const GLUED = /^[وف]?[بل]/u;
/** Least letters left once a glued preposition is cut. */
const MIN_GLUED_REST = 3;

/**
 * True when more than half the terms of `guests` (each, or what follows a glued preposition) are among
 * `terms`, as the same word's terms: the other report names that guest. Half, not one: a guest's office
 * often shares a word with the host's (المنسق الإقليمي للعمليات الإنسانية, received by the head of the
 * centre «للإغاثة والأعمال الإنسانية»), and its country with the storyline (اليمن).
 */
function named(guests: Iterable<string>, terms: Iterable<string>): boolean {
  const list = [...terms];
  let all = 0;
  let found = 0;
  for (const g of guests) {
    all++;
    const glued = GLUED.exec(g);
    const rest = glued !== null && g.length - glued[0].length >= MIN_GLUED_REST ? g.slice(glued[0].length) : null;
    if (list.some((t) => sameWord(g, t) || (rest !== null && sameWord(rest, t)))) found++;
  }
  return found * 2 > all;
}

/**
 * True when two meeting headlines name two guests: each names a guest, and neither side's text (its
 * terms, `around`) names a word of the other's guest. A guest named in one headline by office and in the
 * other by name (المبعوث الأممي، ولد الشيخ) is named in the leads.
 *
 * @example
 * guestsConflict(["افتاء"], new Set(["افتاء", "عسير"]), ["ندو", "شباب"], new Set(["ندو", "شباب"])); // true
 * guestsConflict(["حجر"], new Set(["حجر", "افتاء"]), ["افتاء"], new Set(["افتاء"])); // false
 */
export function guestsConflict(
  guests: readonly string[],
  around: Iterable<string>,
  otherGuests: Iterable<string>,
  otherAround: Iterable<string>,
): boolean {
  const others = [...otherGuests];
  if (guests.length === 0 || others.length === 0) return false;
  return !named(guests, otherAround) && !named(others, around);
}
