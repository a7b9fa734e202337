/**
 * Crafted Arabic articles for the cluster tests (written for these tests; no real news text).
 */
import type { Article, Reuse } from "../model/types.js";

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 2, 1, 8, 0, 0);

export function iso(dayOffset: number, hours = 0): string {
  return new Date(BASE + dayOffset * DAY + hours * 3_600_000).toISOString();
}

let counter = 0;

export function art(
  outlet: string,
  title: string,
  text: string,
  when: string | null,
  id = `a${String(++counter).padStart(4, "0")}`,
): Article {
  const a: Article = { id, path: "test", source: id, outlet, title, text, removed: [], messages: [] };
  if (when !== null) a.publishedAt = { value: when, evidence: "test" };
  return a;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

/** A made-up word of 4–7 letters (not a real word, so it cannot collide with the crafted events). */
export function fakeWord(r: () => number): string {
  const n = 4 + Math.floor(r() * 4);
  let w = "";
  for (let i = 0; i < n; i++) w += LETTERS[Math.floor(r() * LETTERS.length)];
  return w;
}

/** Unrelated filler articles on made-up topics, to give document frequencies some body. */
export function fillers(n: number, seed: number, when: (i: number) => string | null): Article[] {
  const r = rng(seed);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const topic = Array.from({ length: 6 }, () => fakeWord(r));
    const words: string[] = [];
    for (let k = 0; k < 60; k++) words.push(r() < 0.5 ? topic[Math.floor(r() * 6)]! : fakeWord(r));
    out.push(art(`filler${i % 5}`, `${topic[0]} ${topic[1]} ${topic[2]}`, words.join(" "), when(i), `f${seed}-${i}`));
  }
  return out;
}

/** Event A: a (fictional) bridge opened in the city of Wadi al-Nour, reported by three outlets. */
export const bridge = [
  art(
    "outlet-a",
    "افتتاح جسر الوادي الجديد في مدينة وادي النور",
    "افتتح محافظ مدينة وادي النور صباح الثلاثاء جسر الوادي الجديد الذي يربط الضفة الشرقية بالضفة الغربية للنهر بطول ثمانمائة متر.\n\nوقال المحافظ إن الجسر سيخفف الزحام المروري عن وسط المدينة ويختصر زمن التنقل بين الضفتين إلى عشر دقائق.\n\nوبلغت تكلفة المشروع مئة وعشرين مليون دينار ونفذته شركة محلية خلال ثلاث سنوات.",
    iso(0, 1),
    "bridge-1",
  ),
  art(
    "outlet-b",
    "محافظ وادي النور يفتتح الجسر الجديد على النهر",
    "دشن محافظ وادي النور جسر الوادي الجديد فوق النهر اليوم الثلاثاء، في حفل حضره عدد من المسؤولين وسكان الضفتين.\n\nويمتد الجسر ثمانمائة متر ويربط الضفة الشرقية بالغربية، وأكد المحافظ أنه سينهي أزمة الزحام في وسط المدينة.\n\nوكلف المشروع مئة وعشرين مليون دينار.",
    iso(0, 3),
    "bridge-2",
  ),
  art(
    "outlet-c",
    "جسر الوادي يفتح أمام السيارات في وادي النور",
    "فتح جسر الوادي الجديد في مدينة وادي النور أمام حركة السيارات بعد أن افتتحه المحافظ الثلاثاء، ليربط ضفتي النهر ويختصر التنقل إلى عشر دقائق.\n\nوقالت الشركة المنفذة إن أعمال البناء استمرت ثلاث سنوات بتكلفة مئة وعشرين مليون دينار.",
    iso(0, 6),
    "bridge-3",
  ),
];

/** Event B, same days: a (fictional) football final in another city. */
export const final = [
  art(
    "outlet-a",
    "نادي الصقور يتوج بكأس البطولة بعد فوزه على نادي النجوم",
    "توج نادي الصقور بكأس البطولة الوطنية لكرة القدم بعد فوزه على نادي النجوم بثلاثة أهداف مقابل هدف في المباراة النهائية على ملعب العاصمة.\n\nوسجل مهاجم الصقور هدفين في الشوط الثاني وسط حضور جماهيري كبير.",
    iso(0, 2),
    "final-1",
  ),
  art(
    "outlet-b",
    "الصقور أبطال الكأس على حساب النجوم",
    "فاز نادي الصقور على نادي النجوم بثلاثة أهداف لهدف في نهائي كأس البطولة الوطنية لكرة القدم، ليحرز اللقب للمرة الرابعة.\n\nوأحرز مهاجم الصقور هدفين في الشوط الثاني من المباراة النهائية.",
    iso(0, 4),
    "final-2",
  ),
];

/** A roundup: its lead is the bridge, a later paragraph the final. */
export const roundup = art(
  "outlet-d",
  "حصاد اليوم: افتتاح جسر الوادي في وادي النور",
  "افتتح محافظ وادي النور جسر الوادي الجديد الذي يربط ضفتي النهر بطول ثمانمائة متر، وقال إنه سيخفف الزحام عن وسط المدينة.\n\nوبلغت تكلفة الجسر مئة وعشرين مليون دينار ونفذته شركة محلية خلال ثلاث سنوات.\n\nمن جهة أخرى، توج نادي الصقور بكأس البطولة الوطنية لكرة القدم بعد فوزه على نادي النجوم بثلاثة أهداف مقابل هدف في المباراة النهائية وسجل مهاجم الصقور هدفين.",
  iso(0, 8),
  "roundup-1",
);

/**
 * The background paragraph two agency reports paste verbatim (the 17-day trap), below
 * their leads as such paragraphs stand (a passage in the first 300 characters counts as the event).
 */
export const BACKGROUND =
  "وكانت جولة سابقة من المفاوضات بين حكومة جزيرة المرجان وتحالف الصيادين قد انتهت دون اتفاق بعد خلاف حول حصص الصيد في المياه الإقليمية وتعويضات المتضررين من إغلاق الموانئ، وتبادل الطرفان الاتهامات بالمسؤولية عن تعثر المحادثات التي رعتها لجنة الوساطة الإقليمية منذ مطلع العام.";

export const talks1 = art(
  "agency",
  "استئناف مفاوضات جزيرة المرجان مع تحالف الصيادين في مدينة الميناء",
  `استؤنفت في مدينة الميناء الأحد جولة جديدة من المفاوضات بين حكومة جزيرة المرجان وتحالف الصيادين بحضور وفد من لجنة الوساطة.\n\nوقال رئيس وفد الحكومة إن الجلسة الأولى ناقشت جدول الأعمال وآلية عمل اللجان الفنية، على أن تعقد الجلسة الثانية مساء الاثنين في مقر الغرفة التجارية.\n\nوطالب ممثلو التحالف برفع الحظر عن قوارب الصيد الصغيرة خلال أشهر الشتاء، فيما دعت الحكومة إلى تقديم قوائم بأسماء أصحاب القوارب قبل نهاية الأسبوع.\n\n${BACKGROUND}`,
  iso(1),
  "talks-1",
);

export const talks2 = art(
  "agency",
  "توقيع اتفاق حصص الصيد بين جزيرة المرجان وتحالف الصيادين",
  `وقعت حكومة جزيرة المرجان وتحالف الصيادين الخميس اتفاقا يحدد حصص الصيد لكل قارب ويقضي بصرف تعويضات لأصحاب القوارب خلال شهرين.\n\nوأعلن الوسيط أن الاتفاق يدخل حيز التنفيذ الشهر المقبل وأن لجنة مشتركة ستراقب تطبيقه.\n\nوينص الاتفاق على إعادة فتح الموانئ الثلاثة المغلقة تدريجيا وتخصيص صندوق لدعم الأسر المتضررة تموله الحكومة والبلديات الساحلية.\n\n${BACKGROUND}`,
  iso(18),
  "talks-2",
);

/** A reuse link for the pasted background between two articles. */
export function backgroundReuse(a: Article, b: Article): Reuse {
  const sa = a.text.indexOf(BACKGROUND);
  const sb = b.text.indexOf(BACKGROUND);
  return {
    a: a.id,
    b: b.id,
    kind: "shared-passages",
    passages: [
      {
        a: { start: sa, end: sa + BACKGROUND.length },
        b: { start: sb, end: sb + BACKGROUND.length },
        words: BACKGROUND.split(/\s+/).length,
      },
    ],
    direction: { source: a.id, evidence: ["earlier publication"] },
    similarity: 0.3,
  };
}
