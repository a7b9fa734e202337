/**
 * The roads a sentence names (طريق الهجرة، طريق الملك فهد، الطريق السريع بين القصيم والمدينة المنورة): a road accident's
 * place when no city is named, or when the cities named are the ends of two roads that share one (الرياض - القصيم beside
 * القصيم - المدينة المنورة). Two reports of one story that name two roads tell of two accidents, and their counts of
 * the injured or of ambulance teams are two quantities.
 */

import { words } from "./number-words.js";

/** The noun of a road with the article or a clitic (بطريق، على الطريق، والطريق), folded. */
const ROAD = /^(?:[وبلف]|وب)?(?:ال)?طريق$/;

/** Words before a road noun that make it a means, not a road (عن طريق الإسعاف الجوي) or a plan (خارطة الطريق), folded. */
const NOT_ROAD_BEFORE = /^(?:[وف]?عن|خارطه|خريطه|منتصف|نصف)$/;

/** Words between a road noun and its name or ends (الطريق السريع بين القصيم …، طريق رقم 15), folded. */
const ROAD_FILLER = /^(?:ال)?(?:سريع|دولي|بين|رقم)$/;

/**
 * Words that end a road's name: prepositions, directions, distances and times (طريق الهجرة كيلو 60 قبل مركز اليتمة
 * باتجاه جدة), folded.
 */
const NAME_END =
  /^(?:[وف]?(?:قبل|بعد|عند|قرب|بالقرب|باتجاه|اتجاه|في|علي|من|الي|عن|مع|حيث|حتي|امام|خلف|كيلو|كم|مما|ما|وذلك|ذلك|الذي|التي|صباح|مساء|فجر|ظهر|اليوم|امس|شمال|جنوب|شرق|غرب|داخل|خارج|بمحافظه|بمنطقه|محافظه|منطقه|مدينه|مركز))$/;

/** The most name words read after a road noun: «طريق المدينة المنورة السريع»، «بين القصيم / المدينة المنورة». */
const NAME_WORDS = 3;

/** Clause and sentence ends: a road's name never runs past one (not «-» or «/» between a road's two ends). */
const BREAK = /[.!?؟،؛:;()\n]|,(?![0-9])/u;

/**
 * The roads `text` names, each as its name's words without the article, joined by a space (طريق الهجرة → «هجره»،
 * «على طريق "الرياض- القصيم"» → «رياض قصيم»). Not «عن طريق» (by way of) nor «خارطة الطريق».
 *
 * @example
 * roadsOf("وقع حادث انقلاب بطريق الهجرة كيلو 60 قبل مركز اليتمة"); // Set {"هجره"}
 */
export function roadsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const clause of text.split(BREAK)) {
    const ws = words(clause);
    for (let k = 0; k < ws.length; k++) {
      if (!ROAD.test(ws[k]!) || NOT_ROAD_BEFORE.test(ws[k - 1] ?? "")) continue;
      let j = k + 1;
      let between = false;
      while (j < ws.length && ROAD_FILLER.test(ws[j]!)) between ||= ws[j++] === "بين";
      // الطريق الرئيسي، الطريق المؤدي إلى، الطريق الساحلي: a definite road is described, not named, but between its ends.
      if (/ال(?=طريق$)/.test(ws[k]!) && !between) continue;
      const name: string[] = [];
      for (; j < ws.length && name.length < NAME_WORDS; j++) {
        const w = ws[j]!;
        if (NAME_END.test(w) || /^[0-9]/.test(w) || ROAD.test(w)) break;
        // بين القصيم والمدينة: the second end; elsewhere a word with و opens the next clause (طريق الهجرة وأصيب).
        if (w.startsWith("و") && !(between && name.length > 0)) break;
        const bare = (between && name.length > 0 ? w.replace(/^و/, "") : w).replace(/^ال(?=..)/, "");
        if (!ROAD_FILLER.test(bare)) name.push(bare);
      }
      if (name.length > 0) out.add(name.join(" "));
    }
  }
  return out;
}

/** True when two roads' names are one road: the words of one are all in the other (طريق الهجرة، طريق الهجرة السريع). */
function sameRoad(a: string, b: string): boolean {
  const [wa, wb] = [a.split(" "), b.split(" ")];
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

/**
 * True when two figures' sentences name roads and no road of one is a road of the other (طريق الهجرة beside طريق
 * الجديدة عرعر): two accidents. A sentence that names no road tells nothing.
 *
 * @example
 * roadsApart(roadsOf("على طريق الهجرة"), roadsOf("على طريق الملك فهد")); // true
 */
export function roadsApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => [...b].some((y) => sameRoad(x, y)));
}

/**
 * The road an article is about when its title or first sentence names it and the text names no other (every road
 * named is that one, the longest name kept: «الطريق السريع بين القصيم / المدينة المنورة» and «طريق المدينة المنورة
 * السريع»): it speaks for figures whose sentences name none («وأضاف: تم توجيه 4 فرق إسعافية»). Empty otherwise: a
 * road named deep in a roundup is one incident's.
 *
 * @example
 * articleRoad("حادث على طريق الهجرة. وتم توجيه 4 فرق", ""); // Set {"هجره"}
 */
export function articleRoad(text: string, title: string): ReadonlySet<string> {
  const lead = roadsOf(`${title}\n${text.split(/[.!?؟\n]/u)[0]}`);
  const roads = [...roadsOf(`${title}\n${text}`)];
  if (lead.size === 0 || !roads.every((r) => roads.every((s) => sameRoad(r, s)))) return new Set();
  return new Set([roads.reduce((a, b) => (b.split(" ").length > a.split(" ").length ? b : a))]);
}
