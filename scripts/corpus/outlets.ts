import type { Outlet, StorySpec } from "./model.js";

/** Eight fictional outlets; hosts use the reserved `.example` TLD so none can collide with a real site. */
export const OUTLETS: Outlet[] = [
  {
    key: "rafidain",
    name: "الرافدين اليوم",
    host: "rafidain-today.example",
    format: "text",
    style: "rafidain",
    months: "levantine",
    tz: "+03:00",
    mostRead: [
      "انطلاق معرض بغداد الدولي للكتاب بمشاركة 300 دار نشر",
      "الموارد المائية تعلن خطة لتأهيل السدود الصغيرة في ديالى",
      "منتخب الشباب يبدأ معسكره التدريبي في أربيل",
    ],
  },
  {
    key: "dijla",
    name: "بوابة دجلة الإخبارية",
    host: "dijla-gate.example",
    format: "html",
    style: "wp",
    months: "levantine",
    tz: "+03:00",
    mostRead: [
      "أسعار صرف الدولار في بورصة الكفاح ببغداد",
      "التربية تحدد موعد الامتحانات الوزارية للسادس الإعدادي",
      "افتتاح جسر جديد على شط العرب في البصرة",
    ],
  },
  {
    key: "marfa",
    name: "صحيفة المرفأ",
    host: "almarfa.example",
    format: "html",
    style: "react",
    months: "egyptian",
    tz: "+03:00",
    mostRead: [
      "موسم الرياض يعلن جدول فعاليات الصيف",
      "هيئة الطيران المدني: نمو حركة المسافرين في الربع الأول",
      "جامعة الملك سعود تطلق برنامجا للذكاء الاصطناعي",
    ],
  },
  {
    key: "dhifaf",
    name: "الضفاف نيوز",
    host: "dhifaf-news.example",
    format: "text",
    style: "dhifaf",
    months: "maghreb",
    tz: "+01:00",
    mostRead: [
      "ارتفاع أسعار زيت الزيتون في الأسواق الأسبوعية",
      "الترجي يستعد لمواجهة حاسمة في البطولة",
      "نابل: انطلاق موسم جني البرتقال المالطي",
    ],
  },
  {
    key: "nile",
    name: "النيل بوست",
    host: "nile-post.example",
    format: "jsonl",
    style: "jsonl",
    months: "egyptian",
    tz: "+02:00",
    // Egypt moved its clocks to summer time on the last Friday of April (25 April 2025).
    summerFrom: "2025-04-25",
    summerTz: "+03:00",
    mostRead: [],
  },
  {
    key: "wadi",
    name: "الوادي",
    host: "alwadi.example",
    format: "html",
    style: "table",
    months: "levantine",
    tz: "+03:00",
    mostRead: [
      "مهرجان الربيع يعود إلى الموصل بعد غياب",
      "ارتفاع أسعار الطماطم في الأسواق المحلية",
      "وزارة الكهرباء: خطة لزيادة ساعات التجهيز في الصيف",
    ],
  },
  {
    key: "afaq",
    name: "آفاق عربية",
    host: "afaq-arabia.example",
    format: "warc",
    style: "portal",
    months: "egyptian",
    tz: "+01:00",
    mostRead: [
      "لماذا يتراجع الإقبال على الصحف الورقية في العالم العربي؟",
      "حوار مع روائي شاب يكتب عن مدن المنفى",
      "أسواق النفط بين مخاوف الركود وقرارات المنتجين",
    ],
  },
  {
    key: "manara",
    name: "المنارة",
    host: "almanara.example",
    format: "text",
    style: "manara",
    months: "egyptian",
    tz: "+02:00",
    // Egypt moved its clocks to summer time on the last Friday of April (25 April 2025).
    summerFrom: "2025-04-25",
    summerTz: "+03:00",
    mostRead: [
      "الأرصاد: طقس حار نهارا على أغلب الأنحاء",
      "مواعيد قطارات الصعيد بعد التعديلات الجديدة",
      "الأهلي يواصل تدريباته استعدادا للقمة",
    ],
  },
];

/** Seven stories in four storylines: the two water events share one thread. */
export const STORIES: StorySpec[] = [
  { id: "water-talks-ankara", thread: "water", label: "Technical water talks in Ankara (20 April)" },
  { id: "water-summit-baghdad", thread: "water", label: "Baghdad water summit signs a memorandum (23 April)" },
  { id: "nato-mission", thread: "nato", label: "Iraqi PM receives the NATO mission commander (24 April)" },
  { id: "port-strike-rades", thread: "rades", label: "Three-day dockworkers' strike at Radès port (21–24 April)" },
  { id: "football-final", thread: "gulf-cup", label: "Gulf club cup final in Riyadh (25 April)" },
  { id: "measles-campaign", thread: "measles", label: "Egypt's measles vaccination campaign (12–24 April)" },
  { id: "zab-flood", thread: "zab-flood", label: "Flash floods in the fictional Zab governorate (26–27 April)" },
];
