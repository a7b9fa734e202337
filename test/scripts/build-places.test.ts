import { describe, expect, it } from "vitest";
import { chooseExemplarCities, choosePlaces, countPlaces, exemplarCities } from "../../scripts/build-places.js";
import { foldText } from "../../src/arabic/fold.js";

/** 81 distinct made-up words of three letters (بتك، بثك …). */
const letters = [..."بتثجحخدذرزسشصضطظعغفقكلمنهي"];
const words = letters.flatMap((a) => letters.slice(0, 3).map((b) => `${a}${b}ك`));

/** `n` one-sentence articles of `text`. */
const times = (n: number, text: string, title = "") => Array.from({ length: n }, () => ({ title, text }));

describe("choosePlaces", () => {
  it("takes a word news writes after منطقة/محافظة/مدينة, bare or with the article as it stands there", () => {
    const arts = [
      ...times(6, "هطلت أمطار على منطقة الباحة أمس"),
      ...times(4, "وصل الوفد إلى الباحة"),
      ...times(3, "افتتح محافظ محافظة ينبع المعرض"),
      ...times(2, "زار محافظة ينبع أمس"),
    ];
    expect(choosePlaces(countPlaces(arts)).places).toEqual(["الباحه", "ينبع"]);
  });

  it("leaves out an adjective and a common noun that follow such a word now and then", () => {
    const arts = [
      // منطقة منكوبة: elsewhere mostly definite (المناطق المنكوبة).
      ...times(6, "أعلنت الحكومة منطقة منكوبة"),
      ...times(20, "زار الوزير المناطق المنكوبة"),
      // منطقة الجزاء: elsewhere mostly bare (ركلة جزاء).
      ...times(6, "سقط اللاعب في منطقة الجزاء"),
      ...times(20, "احتسب الحكم ركلة جزاء"),
      // مدينة الملك عبدالعزيز: both words stand mostly elsewhere.
      ...times(6, "في مدينة الملك عبدالعزيز"),
      ...times(100, "استقبل الملك سلمان بن عبدالعزيز الوفد"),
    ];
    expect(choosePlaces(countPlaces(arts)).places).toEqual([]);
  });

  it("keeps a name of two words whose words seldom part, but not a city and its country's adjective", () => {
    const arts = [
      ...times(6, "في منطقة مكة المكرمة"),
      ...times(6, "وصل إلى مدينة ميلانو الإيطالية"),
      ...times(3, "في ميلانو"),
    ];
    expect(choosePlaces(countPlaces(arts)).places).toEqual(["مكه المكرمه", "ميلانو"].map(foldText));
  });

  it("leaves out a pair whose second word is an adjective or which starts a longer name, and a participle", () => {
    const arts = [
      // التراثية follows 81 words: an adjective, not the second word of the village's name.
      ...times(6, "زار الوفد قرية الليوان التراثية"),
      ...words.map((w) => ({ title: "", text: `شاهدنا ال${w} التراثية` })),
      // ريو دي is nearly always followed by جانيرو, and جانيرو by ريو دي.
      ...times(6, "وصل المنتخب إلى مدينة ريو دي جانيرو"),
      // منطقة منزوعة السلاح: a participle agreeing with منطقة.
      ...times(6, "أقيمت منطقة منزوعة السلاح"),
    ];
    expect(choosePlaces(countPlaces(arts)).places).toEqual(["الليوان", "ريو"].map(foldText));
  });

  it("keeps a side's adjective however many words it follows", () => {
    const arts = [
      ...times(6, "قصفت الطائرات منطقة الغوطة الشرقية"),
      ...words.map((w) => ({ title: "", text: `في ال${w} الشرقية` })),
    ];
    expect(choosePlaces(countPlaces(arts)).places).toEqual(["الغوطه الشرقيه"]);
  });

  it("adds the places of datelines seen twice", () => {
    const arts = [...times(2, "أبها - واس: افتتح الأمير المعرض"), ...times(1, "تيماء - واس: قال المدير")];
    expect(choosePlaces(countPlaces(arts)).places).toEqual(["ابها"]);
  });

  it("leaves out a verb with its object and a preposition glued to a more frequent word", () => {
    const arts = [
      // مدينة يقطنها: a verb and its object pronoun.
      ...times(6, "زار الوفد مدينة يقطنها آلاف"),
      // من منطقة لأخرى: ل + أخرى, a word that stands far more often alone.
      ...times(6, "ينتقل السكان من منطقة لأخرى"),
      ...times(20, "في مرة أخرى"),
      // لحج: its ل is its own; news writes it after في.
      ...times(6, "في محافظة لحج"),
      ...times(3, "قتل جندي في لحج"),
      ...times(20, "أدى الحج"),
    ];
    expect(choosePlaces(countPlaces(arts)).places).toEqual(["لحج"]);
  });

  it("marks the names mostly written for something else: after a preposition or ب or not", () => {
    const arts = [
      ...times(6, "في محافظة الخبر"),
      ...times(30, "نشر الخبر أمس"),
      ...times(6, "في محافظة جدة"),
      ...times(3, "وصل الوفد بجدة"),
      ...times(3, "قال الأمير في جدة"),
    ];
    expect(choosePlaces(countPlaces(arts))).toEqual({ places: ["الخبر", "جده"], commonWords: ["الخبر"] });
  });
});

describe("exemplarCities and chooseExemplarCities", () => {
  const zones = {
    main: {
      ar: {
        dates: {
          timeZoneNames: {
            zone: {
              Europe: { Helsinki: { exemplarCity: "هلسنكي" }, Madrid: { exemplarCity: "مدريد" } },
              America: { Argentina: { Salta: { exemplarCity: "سالطا" } }, Nome: { exemplarCity: "نوم" } },
              Antarctica: { Troll: { exemplarCity: "ترول" } },
              Pacific: { Fiji: { exemplarCity: "فيجي" }, Pago_Pago: { exemplarCity: "باغو باغو" } },
              Etc: { Unknown: { exemplarCity: "مدينة غير معروفة" } },
            },
          },
        },
      },
    },
  };

  it("reads the exemplar cities of CLDR's time zones, not the unknown city", () => {
    expect(exemplarCities(zones)).toEqual(["هلسنكي", "مدريد", "سالطا", "نوم", "ترول", "فيجي", "باغو باغو"]);
  });

  it("keeps a city news names as a place or seldom, not a common word, a name's part, a country or several words", () => {
    const arts = [
      ...times(4, "عقدت القمة في هلسنكي أمس"),
      ...times(3, "قالت هلسنكي إنها ترحب بالقمة"),
      // مدريد: mostly the club's name.
      ...times(2, "وصل الوفد إلى مدريد"),
      ...times(40, "فاز ريال مدريد على خصمه"),
      // نوم: mostly the definite noun "sleep".
      ...times(3, "لا نوم في المدينة"),
      ...times(20, "ساعات النوم قليلة"),
      // ترول: mostly the end of بترول.
      ...times(10, "ارتفعت أسعار بترول برنت"),
    ];
    const chosen = chooseExemplarCities(exemplarCities(zones), countPlaces(arts), new Set());
    expect(chosen.places).toEqual(["سالطا", "هلسنكي"]);
    expect(chosen.commonWords).toEqual([]);
  });

  it("leaves out a city the corpora listed already, and reads one mostly named otherwise after an area's word", () => {
    const arts = [...times(5, "عقدت القمة في هلسنكي أمس"), ...times(15, "قالت هلسنكي إنها ترحب")];
    const chosen = chooseExemplarCities(["هلسنكي", "سالطا"], countPlaces(arts), new Set(["سالطا"]));
    expect(chosen).toEqual({ places: ["هلسنكي"], commonWords: ["هلسنكي"] });
  });
});
