import { describe, expect, it } from "vitest";
import { buildLedger, sameWord } from "./ledger.js";
import { findQuotes } from "./quotes.js";

const report = (article: string, outlet: string, text: string) =>
  findQuotes(text).map((quote) => ({ article, outlet, publishedAt: "2025-04-10", quote }));

describe("buildLedger", () => {
  it("makes one entry of one utterance worded differently by two outlets", () => {
    const a = report(
      "a",
      "الرافدين",
      'وقال رئيس الوزراء سالم الكرخي: «العراق يقدر عاليا التعاون مع "الناتو" في التدريب».',
    );
    const b = report(
      "b",
      "دجلة",
      "وقال رئيس الوزراء سالم الكرخي: «العراق يقدر عاليا التعاون مع منظمة حلف شمال الأطلسي في التدريب».",
    );
    const c = report("c", "الفرات", "وقال رئيس الوزراء سالم الكرخي: «العراق يقدر عاليا التعاون».");
    const other = report("d", "دجلة", "وقال رئيس الوزراء سالم الكرخي إن الموازنة ستقر الشهر المقبل بعد نقاش طويل.");
    const ledger = buildLedger([...a, ...b, ...c, ...other]);
    expect(ledger).toHaveLength(2);
    const entry = ledger.find((e) => e.variants.length === 3)!;
    expect(entry.outlets.sort()).toEqual(["الرافدين", "الفرات", "دجلة"].sort());
    const byArticle = new Map(entry.variants.map((v) => [v.article, v]));
    expect(byArticle.get("c")!.truncated).toBe(true);
    const reworded = [byArticle.get("a")!, byArticle.get("b")!].filter((v) => v.reworded);
    expect(reworded).toHaveLength(1);
    expect(reworded[0]!.diff.some((d) => d.op !== "equal")).toBe(true);
  });

  it("names an entry by the speaker's entity when the store knows it", () => {
    const a = report("a", "x", "وقال رئيس الوفد حيدر الزبيدي إن المحادثات تناولت جداول إطلاق المياه خلال الصيف.");
    const b = report("b", "y", "وقال حيدر عبد الأمير الزبيدي إن المحادثات تناولت جداول إطلاق المياه خلال الصيف.");
    const named = [...a, ...b].map((x) => ({
      ...x,
      quote: { ...x.quote, speakerEntity: "per-zubaidi" },
      speakerName: "حيدر عبد الأمير الزبيدي",
    }));
    const ledger = buildLedger(named);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ speaker: "حيدر عبد الأمير الزبيدي", speakerEntity: "per-zubaidi" });
    // Without a store name, the speaker as the fullest report wrote it.
    expect(buildLedger(a)[0]?.speaker).toBe("حيدر الزبيدي");
    // A written name that holds the store's and says more stays (the tagger cut the organisation short).
    const org = report("c", "x", "وقالت الجامعة التونسية للمصدرين إن الخسائر تتجاوز عشرين مليون دينار يوميا.").map(
      (x) => ({
        ...x,
        speakerName: "الجامعة التونسية",
      }),
    );
    expect(buildLedger(org)[0]?.speaker).toBe("الجامعة التونسية للمصدرين");
  });

  it("keeps a template repeated on another day with new figures apart, and a same-day number change together", () => {
    const at = (article: string, outlet: string, publishedAt: string, n: string) =>
      findQuotes(`وقالت المديرية العامة للجوازات إن عدد المصحح وضعهم من اليمنيين بلغ ${n} شخصا حتى الساعة.`).map(
        (quote) => ({ article, outlet, publishedAt, quote }),
      );
    const monday = at("a", "x", "2015-07-20T10:00:00Z", "354863");
    const thursday = at("b", "y", "2015-07-23T10:00:00Z", "363378");
    expect(buildLedger([...monday, ...thursday])).toHaveLength(2);
    // The same day, a changed number is one utterance drifting between outlets: flagged, not split.
    const drift = at("c", "z", "2015-07-20T14:00:00Z", "345863");
    const [entry] = buildLedger([...monday, ...drift]);
    expect(entry?.variants).toHaveLength(2);
    expect(entry?.variants.some((v) => v.reworded)).toBe(true);
    // Ordinals count as figures too: the second batch and the third are two statements.
    const batch = (article: string, publishedAt: string, n: string) =>
      findQuotes(`وقال المتحدث رأفت الصباغ إن هذه الدفعة ${n} من المساعدات الطبية وصلت إلى مطار عدن الدولي.`).map(
        (quote) => ({ article, outlet: article, publishedAt, quote }),
      );
    expect(
      buildLedger([...batch("e", "2015-07-20T10:00:00Z", "الثانية"), ...batch("f", "2015-07-22T10:00:00Z", "الثالثة")]),
    ).toHaveLength(2);
    // Days apart with the same figures: one statement reported late.
    expect(buildLedger([...monday, ...at("d", "w", "2015-07-23T10:00:00Z", "354863")])).toHaveLength(1);
  });

  it("does not flag a variant for a particle one outlet dropped (إن الموضوع … / الموضوع …)", () => {
    const a = report("a", "x", "وقال القنصل فيصل السديري: «إن الموضوع محل اهتمام القنصلية وجرى تفعيل خطة الطوارئ».");
    const b = report("b", "y", "وقال القنصل فيصل السديري: «الموضوع محل اهتمام القنصلية وجرى تفعيل خطة الطوارئ».");
    const [entry] = buildLedger([...a, ...b]);
    expect(entry?.variants).toHaveLength(2);
    expect(entry?.variants.every((v) => !v.truncated && !v.reworded)).toBe(true);
    // The diff still shows the particle.
    expect(entry?.variants.some((v) => v.diff.some((d) => d.op !== "equal"))).toBe(true);
  });

  it("does not flag a variant that differs only in spacing (و هي / وهي، ما يلزم / مايلزم، إلى 25 / الى25)", () => {
    const a = report("a", "x", "وقال المتحدث سعيد سرحان إن المساحة تصل إلى 25 مترا و هي تضم ما يلزم من المعدات.");
    const b = report("b", "y", "وقال المتحدث سعيد سرحان إن المساحة تصل الى25 مترا وهي تضم مايلزم من المعدات.");
    const [entry] = buildLedger([...a, ...b]);
    expect(entry!.variants).toHaveLength(2);
    for (const v of entry!.variants) {
      expect(v.reworded || v.truncated).toBe(false);
      expect(v.diff.every((d) => d.op === "equal")).toBe(true);
    }
  });

  it("does not flag a variant spelled differently (ترامب / ترمب، أميركا، hashtags، لـ23، a typo)", () => {
    const said = (article: string, words: string) =>
      report(article, article, `وقال المتحدث جون كيلي: «${words}».`).map((x) => ({ ...x, outlet: article }));
    const a = said(
      "a",
      "إدارة الرئيس ترامب قررت طرد 23 دبلوماسيا بعد تسميم الجاسوس في أمريكا الشمالية ولم نتفق على العقوبات الكيماوية",
    );
    const b = said(
      "b",
      "إدارة الرئيس ترمب قررت طرد لـ23 دبلوماسيا بعد #تسميم_الجاسوس في أميركا الشمالية ولم نتفلق على العقوبات الكيمياوية",
    );
    const [entry] = buildLedger([...a, ...b]);
    expect(entry?.variants).toHaveLength(2);
    for (const v of entry!.variants) {
      expect(v.reworded || v.truncated).toBe(false);
      expect(v.diff.every((d) => d.op === "equal")).toBe(true);
    }
    // The variant's diff is in its own spelling.
    expect(entry!.variants.find((v) => v.article === "b")?.diff[0]?.text).toContain("ترمب");
    // Another word, or another person or tense of a verb, is a rewording.
    const c = said(
      "c",
      "إدارة الرئيس ترامب قررت طرد 23 دبلوماسيا بعد مقتل الجاسوس في أمريكا الشمالية ولم نتفق على العقوبات الكيماوية",
    );
    expect(buildLedger([...a, ...c])[0]?.variants.find((v) => v.article === "c")?.reworded).toBe(true);
    expect(sameWord("يعتقد", "اعتقد")).toBe(false);
    expect(sameWord("ستعمل", "سيعمل")).toBe(false);
    expect(sameWord("كتابه", "كتاب")).toBe(false);
    expect(sameWord("استانا", "استانه")).toBe(true);
  });

  it("does not flag a foreign name's g spelled غ by one outlet and ج by another (غافين / جافين)", () => {
    const said = (article: string, words: string) =>
      report(article, article, `وقال المتحدث جون كيلي: «${words}».`).map((x) => ({ ...x, outlet: article }));
    const a = said("a", "وزير الدفاع البريطاني غافين وليامسون طلب من سيرغي لافروف توضيحا بشأن الهجوم");
    const b = said("b", "وزير الدفاع البريطاني جافين وليامسون طلب من سيرجي لافروف توضيحا بشأن الهجوم");
    const [entry] = buildLedger([...a, ...b]);
    expect(entry?.variants).toHaveLength(2);
    for (const v of entry!.variants) expect(v.reworded || v.truncated).toBe(false);
    expect(sameWord("غافين", "جافين")).toBe(true);
    // Arabic words these letters tell apart stay apart.
    expect(sameWord("قريب", "غريب")).toBe(false);
    expect(sameWord("كبير", "جبير")).toBe(false);
  });

  it("does not flag a figure written in digits by one outlet and in words by another (4 / أربعة، 30 / ثلاثين)", () => {
    const said = (article: string, words: string) =>
      report(article, article, `وقال الوزير هشام عرفات: «${words}».`).map((x) => ({ ...x, outlet: article }));
    const a = said("a", "المشروع يضم 10 شركات عالمية وينتهي خلال 4 أشهر بكلفة 25 مليون دولار وخسر 30 عاملا");
    const b = said(
      "b",
      "المشروع يضم عشر شركات عالمية وينتهي خلال أربعة أشهر بكلفة خمسة وعشرين مليون دولار وخسر ثلاثين عاملا",
    );
    const [entry] = buildLedger([...a, ...b]);
    expect(entry?.variants).toHaveLength(2);
    for (const v of entry!.variants) {
      expect(v.reworded || v.truncated).toBe(false);
      expect(v.diff.every((d) => d.op === "equal")).toBe(true);
    }
    // Another figure is a rewording.
    const c = said("c", "المشروع يضم عشر شركات عالمية وينتهي خلال خمسة أشهر بكلفة 25 مليون دولار وخسر 30 عاملا");
    expect(buildLedger([...a, ...c])[0]?.variants.find((v) => v.article === "c")?.reworded).toBe(true);
  });

  it("flags another excerpt of the statement overlapping the fullest wording as partial, not reworded", () => {
    const said = (article: string, words: string) =>
      report(article, article, `وقال الرئيس دونالد ترامب: «${words}».`).map((x) => ({ ...x, outlet: article }));
    const full = said(
      "a",
      "نحن نمنع كثيرا منهم من الوصول لكننا نطردهم خارج البلاد لن تصدقوا مدى سوء هؤلاء إنهم ليسوا بشرا",
    );
    // Starts later and goes on past the fullest wording's end.
    const later = said("b", "لن تصدقوا مدى سوء هؤلاء إنهم ليسوا بشرا هم حيوانات سنطردهم");
    const variant = buildLedger([...full, ...later])[0]?.variants.find((v) => v.article === "b");
    expect(variant).toMatchObject({ truncated: true, reworded: false });
    expect(variant?.diff.map((d) => d.op)).toEqual(["delete", "equal", "insert"]);
    // A change at one end that drops and adds words, or the words reordered, is a rewording.
    const changed = said("c", "نحن نمنع كثيرا منهم من الوصول لكننا نطردهم خارج البلاد لن تصدقوا كم هم سيئون جدا");
    expect(buildLedger([...full, ...changed])[0]?.variants.find((v) => v.article === "c")?.reworded).toBe(true);
    const madrid = (article: string, words: string) =>
      report(article, article, `وقال اللاعب كريستيانو رونالدو: «${words}».`).map((x) => ({ ...x, outlet: article }));
    const reordered = buildLedger([
      ...madrid("d", "في الأيام المقبلة سأقرر مستقبلي لقد كان من الجميل اللعب لريال مدريد"),
      ...madrid("e", "اللعب لريال مدريد كان شيئا جميلا"),
    ]);
    expect(reordered[0]?.variants.find((v) => v.article === "e")).toMatchObject({ reworded: true, truncated: false });
  });

  it("does not make one utterance of a short quote and a longer one sharing three of its words", () => {
    const a = report("a", "x", "وقال القائد محمد علي جعفري إن «قرار مجلس الأمن غير مقبول».");
    const b = report(
      "b",
      "y",
      "وقال القائد محمد علي جعفري إن بعض بنود مشروع قرار مجلس الأمن تجاوزت الخطوط الحمراء التي رسمتها طهران.",
    );
    const c = report("c", "z", "وقال القائد محمد علي جعفري إن قرار مجلس الأمن «غير مقبول».");
    const ledger = buildLedger([...a, ...b, ...c]);
    expect(ledger).toHaveLength(2);
    expect(ledger.find((e) => e.variants.length === 2)?.variants.map((v) => v.article)).toEqual(["a", "c"]);
  });

  it("does not chain two statements through a report quoting a bit of each", () => {
    const may = (article: string, words: string) =>
      report(article, article, `وقالت رئيسة الوزراء تيريزا ماي: «${words}».`);
    const blame = may("a", "بريطانيا تحمل روسيا مسؤولية تسميم الجاسوس السابق سيرغي سكريبال وابنته يوليا في سالزبري");
    const expel = may("b", "بريطانيا ستطرد دبلوماسيين روس بسبب الهجوم على سكريبال وهي أكبر عملية طرد منذ ثلاثين عاما");
    // Six of its ten words in each of the other two.
    const both = may("c", "بريطانيا ستطرد دبلوماسيين روس بسبب تسميم الجاسوس السابق سيرغي سكريبال");
    const ledger = buildLedger([...blame, ...expel, ...both]);
    expect(ledger).toHaveLength(2);
    for (const e of ledger) expect(e.variants.map((v) => v.article)).not.toEqual(expect.arrayContaining(["a", "b"]));
    // A report quoting the statement twice (the lead and the body) is still one utterance.
    const twice = report(
      "d",
      "x",
      "وقالت تيريزا ماي: «روسيا مسؤولة عن تسميم الجاسوس». وأضافت: «روسيا مسؤولة عن تسميم الجاسوس» في سالزبري.",
    );
    expect(twice).toHaveLength(2);
    expect(buildLedger([...twice, ...may("e", "روسيا مسؤولة عن تسميم الجاسوس")])).toHaveLength(1);
  });

  it("does not count stopwords as words two wordings share", () => {
    const trump = (article: string, words: string) =>
      report(article, article, `وقال الرئيس دونالد ترامب: «${words}».`).map((x) => ({ ...x, outlet: article }));
    const long = trump(
      "a",
      "نؤكد دعمنا المستمر لسيادة أوكرانيا ووحدة أراضيها، والولايات المتحدة هي التي ستدافع عن حلفائها في أوروبا، وذلك ما قلناه في القمة",
    );
    // Five of its seven words in the long statement, but only two content words.
    const short = trump("b", "الولايات المتحدة هي التي ستخسر جراء ذلك");
    expect(buildLedger([...long, ...short])).toHaveLength(2);
    // Three content words and most of the words: one utterance, its verbs agreeing with another subject.
    const iraq = trump("c", "العراق لن يقبل بعد اليوم أن يدفع وحده ثمن شح المياه");
    const country = trump("d", "بلاده لن تقبل بعد اليوم أن تدفع وحدها ثمن شح المياه");
    expect(buildLedger([...iraq, ...country])).toHaveLength(1);
  });

  it("makes one entry of one utterance whose outlets name the speaker differently", () => {
    const words = "القاهرة بصدد طرح مشروع خط سكك حديدية جديد عالي السرعة سيربط بين البحرين المتوسط والأحمر";
    const by = (article: string, speaker: string, entity: string | null, extra: object = {}) =>
      report(article, article, `وقال المتحدث جون كيلي: «${words}».`).map((x) => ({
        ...x,
        outlet: article,
        quote: { ...x.quote, speaker, speakerEntity: entity },
        ...extra,
      }));
    const person = by("a", "هشام عرفات", "per-arafat", { speakerRoles: ["الوزير", "وزير النقل المصري"] });
    // The role the store knows the person by.
    const role = by("b", "وزير النقل المصري", null);
    const [entry, ...rest] = buildLedger([...role, ...person]);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ speaker: "هشام عرفات", speakerEntity: "per-arafat" });
    expect(entry?.variants).toHaveLength(2);
    // The store's roles stay out of the variants.
    expect(entry?.variants.some((v) => "speakerRoles" in v)).toBe(false);
    // A shorter and a longer description: named by the longer.
    const officials = [...by("c", "مسؤولون حكوميون", null), ...by("d", "مسؤولون حكوميون مصريون", null)];
    expect(buildLedger(officials).map((e) => e.speaker)).toEqual(["مسؤولون حكوميون مصريون"]);
    // A speaker phrase the quote finder misread, an anonymous source: named by the person.
    expect(buildLedger([...person, ...by("e", "مراسله", null)]).map((e) => e.speaker)).toEqual(["هشام عرفات"]);
    const source = by("f", "مصدر حكومي", null).map((x) => ({ ...x, quote: { ...x.quote, anonymous: true } }));
    expect(buildLedger([...source, ...person])).toHaveLength(1);
    // Two people the store knows, a name it does not know, a reading days later: apart.
    expect(buildLedger([...person, ...by("g", "شريف إسماعيل", "per-ismail")])).toHaveLength(2);
    expect(buildLedger([...person, ...by("h", "شريف إسماعيل", null)])).toHaveLength(2);
    const later = by("i", "وزير النقل المصري", null).map((x) => ({ ...x, publishedAt: "2025-04-14" }));
    expect(buildLedger([...person, ...later])).toHaveLength(2);
    // A slogan two speakers chant is too short to say whose it is.
    const slogan = (article: string, speaker: string, entity: string | null) =>
      report(article, article, "وقال المتظاهر: «الشعب يريد إسقاط النظام».").map((x) => ({
        ...x,
        quote: { ...x.quote, speaker, speakerEntity: entity },
      }));
    expect(buildLedger([...slogan("j", "أحمد سعيد", "per-said"), ...slogan("k", "المتظاهرون", null)])).toHaveLength(2);
  });

  it("never merges quotes of different speakers", () => {
    const a = report("a", "x", "وقال الوزير خالد العمري إن المحطة ستخدم مئة ألف نسمة في المدينة.");
    const b = report("b", "y", "وقال المحافظ سعيد الراوي إن المحطة ستخدم مئة ألف نسمة في المدينة.");
    expect(buildLedger([...a, ...b])).toHaveLength(2);
  });
});
