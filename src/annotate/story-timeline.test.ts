import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";
import { storyTimeline, type TimelineReport } from "./story-timeline.js";

const report = (article: string, outlet: string, publishedAt: string, text: string): TimelineReport => ({
  article,
  outlet,
  publishedAt,
  text,
  dates: findDates(text, publishedAt),
});

describe("storyTimeline", () => {
  it("gives each dated event once, with every outlet that wrote it, in date order", () => {
    const a = report(
      "a",
      "الرافدين",
      "2025-04-27",
      "ارتفعت حصيلة ضحايا السيول إلى سبعة قتلى مساء اليوم الأحد. وكانت هيئة الأنواء الجوية قد حذرت، الخميس الماضي، من موجة أمطار غزيرة حتى منتصف الأسبوع المقبل.",
    );
    const b = report(
      "b",
      "دجلة",
      "2025-04-27",
      "وكانت هيئة الأنواء الجوية العراقية قد حذرت، الخميس الماضي، من موجة أمطار غزيرة حتى منتصف الأسبوع المقبل. ويستمر البحث عن المفقودين.",
    );
    const events = storyTimeline([b, a]);
    expect(events.map((e) => e.date)).toEqual(["2025-04-24", "2025-04-27"]);
    // One event for the warning, reported by both; dated by the first date the sentence names, not the week after.
    expect(events[0]!.reports.map((r) => r.outlet).sort()).toEqual(["الرافدين", "دجلة"].sort());
    expect(events[0]!.sentence).toContain("حذرت");
    const first = events[0]!.reports[0]!;
    const text = first.article === "a" ? a.text : b.text;
    expect(text.slice(first.start, first.end)).toContain("الخميس الماضي");
    expect(events[1]!.sentence).toContain("سبعة قتلى");
  });

  it("dates a sentence by its event, not by the start of a span it names (منذ مساء أمس)", () => {
    const a = report(
      "a",
      "الرافدين",
      "2025-04-27",
      "لقي ستة أشخاص مصرعهم جراء سيول جارفة إثر أمطار هطلت منذ مساء أمس السبت، حسبما أفاد مسؤول محلي اليوم (الأحد).",
    );
    expect(storyTimeline([a]).map((e) => e.date)).toEqual(["2025-04-27"]);
    // A span's start alone still dates its sentence.
    const b = report("b", "دجلة", "2025-04-27", "تتواصل الأمطار منذ مساء أمس السبت على المحافظات الشمالية.");
    expect(storyTimeline([b]).map((e) => e.date)).toEqual(["2025-04-26"]);
  });

  it("dates a sentence by a day it names over a month or a year before it (SaudiNewsNet)", () => {
    const a = report(
      "a",
      "الرياض",
      "2015-08-04",
      "وتعرض المسجد إلى تفجير إرهابي خلال صلاة الجمعة في شهر رمضان المبارك في 26 يونيو الماضي ما أدى إلى مقتل 26 شخصا.",
    );
    const b = report(
      "b",
      "الاقتصادية",
      "2015-08-04",
      "اعترف المشتبه به الرئيسي في تفجير مسجد في الكويت في نهاية حزيران بانتمائه إلى التنظيم لدى بدء محاكمته الثلاثاء.",
    );
    const c = report("c", "الرياض", "2015-08-04", "يخوض منتخب الناشئين مواليد 2000 مباراته الثالثة عصر اليوم.");
    expect(storyTimeline([a, b, c]).map((e) => e.date)).toEqual(["2015-06-26", "2015-08-04", "2015-08-04"]);
  });

  it("dates no sentence by the year of a numbered law or case", () => {
    const a = report(
      "a",
      "الرياض",
      "2015-08-04",
      "وقالت النيابة إنها فرغت من التحقيق في الجناية (رقم 40 لسنة 2015 حصر أمن دولة). وصدر القانون رقم 10 لعام 2014 في مايو 2014.",
    );
    expect(storyTimeline([a]).map((e) => [e.date, e.sentence.slice(0, 9)])).toEqual([["2014-05", "وصدر القا"]]);
  });

  it("keeps two different things that happened on one date apart, and sorts a week by its Monday", () => {
    const a = report(
      "a",
      "x",
      "2025-04-27",
      "أعلن المحافظ تعطيل الدوام اليوم الأحد في جميع المدارس. وانتشلت فرق الإنقاذ جثة طفل اليوم قرب النهر. وتبدأ أعمال الإعمار الأسبوع المقبل.",
    );
    const events = storyTimeline([a]);
    expect(events.map((e) => e.date)).toEqual(["2025-04-27", "2025-04-27", "2025-W18"]);
    expect(storyTimeline([])).toEqual([]);
    expect(storyTimeline([report("u", "y", "2025-04-27", "لا تاريخ في هذا الخبر.")])).toEqual([]);
  });
});
