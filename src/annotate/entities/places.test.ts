import { describe, expect, it } from "vitest";
import { foldText } from "../../arabic/fold.js";
import { gazKey, isCityKey, isCityWord, isPlaceKey } from "./features.js";
import { found, mentionsOf } from "./found.test-util.js";

const key = (w: string) => gazKey(foldText(w));

// All sentences below are written for these tests, after SaudiNewsNet's.
describe("the cities of places.data.ts", () => {
  it("hold the Saudi regions and cities the country lists lack", () => {
    for (const w of ["عسير", "جازان", "نجران", "الباحة", "أبها", "ينبع", "القصيم"]) {
      expect(isPlaceKey(key(w))).toBe(false);
      expect(isCityKey(key(w))).toBe(true);
    }
    expect(isCityKey(`${key("مكة")} ${key("المكرمة")}`)).toBe(true);
    expect(isCityKey(key("الحكومة"))).toBe(false);
    expect(isCityWord(foldText("وايومنغ"))).toBe(true);
  });

  it("are places right after a word for an area, or joined by و to a place just named, where the tagger left them", () => {
    expect(mentionsOf("LOC", "وكرم وكيل إمارة منطقة الباحة الرعاة والداعمين.")).toEqual(["منطقة الباحة"]);
    expect(mentionsOf("LOC", "أغلقت إدارة صحة البيئة ببلدية محافظة بلقرن محل دواجن.")).toEqual(["بلقرن"]);
    expect(mentionsOf("LOC", "نفذ مكتب عمل محافظة المندق حملة تفتيش.")).toEqual(["المندق"]);
    // Not a city's word anywhere else: الخبر is also "the news".
    expect(mentionsOf("LOC", "ونقل الخبر عن مصادر مطلعة.")).toEqual([]);
  });

  it("are places after a preposition too, written as listed and unless mostly a common word", () => {
    expect(mentionsOf("LOC", "وأوضح مدير فرع مكتب العمل بخيبر أن الجولة شملت المحلات.")).toEqual(["خيبر"]);
    expect(mentionsOf("LOC", "وقدم الفريق عرضا في الأحساء ثم انتقل من جازان إلى الباحة.")).toEqual([
      "الأحساء",
      "جازان",
      "الباحة",
    ]);
    expect(mentionsOf("LOC", "وأقيم الحفل في مقر الجمعية وبالأحساء أمس.")).toEqual(["الأحساء"]);
    // الخبر is mostly "the news" (places.data.ts COMMON_WORD_CITIES); خبر without the article is not the city.
    expect(mentionsOf("LOC", "وقالت الصحيفة في خبر نشرته أمس إن الاجتماع تأجل.")).toEqual([]);
    expect(mentionsOf("LOC", "وتحدث المذيع في الخبر عن الحادث.")).toEqual([]);
    // بحجة: "on the pretext of", not the governorate of Hajjah.
    expect(mentionsOf("LOC", "ومنع العامل الأسرة من الدخول بحجة أن المطعم ممتلئ.")).toEqual([]);
    // A place of two words named for a person is her name after a preposition (places.data.ts: حليمة السعدية).
    expect(mentionsOf("LOC", "كانت أمي تذكرني بحليمة السعدية في كرمها.")).toEqual([]);
  });

  it("hold CLDR's cities abroad, read after a preposition, but not a city that begins an idiom", () => {
    expect(mentionsOf("LOC", "التقى ترامب وبوتين في هلسنكي الاثنين الماضي.")).toEqual(["هلسنكي"]);
    expect(mentionsOf("LOC", "وأقام المعرض في بودابست ثم انتقل إلى نواكشوط.")).toEqual(["بودابست", "نواكشوط"]);
    // مسقط رأسه: his birthplace, not Muscat.
    expect(mentionsOf("LOC", "وعاد الكاتب إلى مسقط رأسه بعد غياب.")).toEqual([]);
    expect(mentionsOf("LOC", "ويقيم الكاتب في مسقط منذ سنوات.")).toEqual(["مسقط"]);
  });

  it("are places in the name of an event named for them, as the annotated corpora tag them", () => {
    expect(mentionsOf("LOC", "شهد معرض الفضة بمهرجان أبها للتسوق إقبالا.")).toEqual(["أبها"]);
    expect(mentionsOf("LOC", "وتتواصل فعاليات مهرجان أملج التراثي البحري.")).toEqual(["أملج"]);
    // الخبر is mostly "the news": not read after an event's word either.
    expect(mentionsOf("LOC", "ويقام مهرجان الخبر غدا.")).toEqual([]);
  });

  it("are places of two words after a preposition when the second is a side's adjective", () => {
    expect(mentionsOf("LOC", "وقال إن في الغوطة الشرقية متشددين.")).toEqual(["الغوطة الشرقية"]);
    expect(mentionsOf("LOC", "وقال إن بالغوطة الشرقية متشددين.")).toEqual(["الغوطة الشرقية"]);
  });

  it("are places after the words for several areas and for an area's people", () => {
    expect(mentionsOf("LOC", "وتوقعت الأرصاد هطول أمطار على مناطق تبوك والجوف وحائل.")).toEqual([
      "تبوك",
      "الجوف",
      "حائل",
    ]);
    expect(mentionsOf("LOC", "وما زال أهالي الباحة متمسكين بعاداتهم.")).toEqual(["الباحة"]);
  });

  it("leave a preposition or conjunction glued to a city out of its mention, but not a city's own و", () => {
    expect(mentionsOf("LOC", "ويشمل ذلك منطقة عسير وجازان ونجران.")).toEqual(["منطقة عسير", "جازان", "نجران"]);
    expect(mentionsOf("LOC", "بعد إقصائهما لممثلي ولاية وايومنغ في النهائي.")).toEqual(["وايومنغ"]);
    // كال of كاليفورنيا is the name's own, not ك and the article.
    expect(mentionsOf("LOC", "واندلعت الحرائق في كاليفورنيا ثم امتدت بين نيفادا وكاليفورنيا.")).toEqual([
      "كاليفورنيا",
      "نيفادا",
      "كاليفورنيا",
    ]);
  });
});

describe("findEntities: a waterway named with قناة", () => {
  it("is a place (قناة السويس), while a body's head before it makes the body (هيئة قناة السويس)", () => {
    expect(found("وشاركت المملكة في الاحتفالات بافتتاح قناة السويس الجديدة")).toEqual(["LOC:قناة السويس"]);
    expect(found("قال رئيس هيئة قناة السويس إن الإيرادات ارتفعت")).toEqual(["ORG:هيئة قناة السويس"]);
  });
});
