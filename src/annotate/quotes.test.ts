import { describe, expect, it } from "vitest";
import { findEntities } from "./entities/index.js";
import { speakers, withEntities } from "./quote.test-util.js";
import { findQuotes } from "./quotes.js";

/** The speaker of the words in `text`, after a first sentence in which الوزير speaks. */
const speakerAfterMinister = (text: string) => speakers(`وقال الوزير إن الوضع صعب. ${text}`)[1];

/** Invented sentences, written for these tests. */
describe("findQuotes", () => {
  it("finds indirect speech with its speaker and continuation by وأضاف", () => {
    const text =
      "وقال وزير الموارد المائية خالد العمري في مؤتمر صحفي إن المحطة ستخدم مئة ألف نسمة. وأضاف أن العمل سينتهي قبل الصيف.";
    const q = findQuotes(text);
    expect(q).toHaveLength(2);
    expect(q[0]).toMatchObject({ kind: "indirect", resolution: "explicit", cue: "وقال" });
    expect(q[0]!.text).toBe("المحطة ستخدم مئة ألف نسمة");
    expect(q[0]!.speaker).toContain("خالد العمري");
    expect(q[1]).toMatchObject({
      kind: "indirect",
      resolution: "continuation",
      cue: "وأضاف",
      text: "العمل سينتهي قبل الصيف",
    });
    expect(q[1]!.speaker).toBe(q[0]!.speaker);
    for (const x of q) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("finds direct quotes in every mark shape, unbalanced ones to the paragraph end", () => {
    const marks = [
      ["«", "»"],
      ["“", "”"],
      ['"', '"'],
    ];
    for (const [o, c] of marks) {
      const text = `وقالت الناطقة باسم البلدية سلمى الحسن: ${o}سنفتح الجسر أمام السيارات غدا${c}.`;
      const [q] = findQuotes(text);
      expect(q, o).toMatchObject({ kind: "direct", text: "سنفتح الجسر أمام السيارات غدا" });
    }
    const open = "وأضاف المدير: «لن نتراجع عن الخطة مهما كانت الظروف\nفقرة أخرى.";
    expect(findQuotes(open)[0]?.text).toBe("لن نتراجع عن الخطة مهما كانت الظروف");
  });

  it("keeps nested straight quotes inside the outer quotation", () => {
    const text = 'وقال الرئيس: "لست أنا الذي وضع "الخط الأحمر" في ذلك العام".';
    expect(findQuotes(text)[0]?.text).toBe('لست أنا الذي وضع "الخط الأحمر" في ذلك العام');
  });

  it("ignores scare quotes, newspaper names and scripture", () => {
    expect(findQuotes('ووصف البيان الخطوة بـ"التاريخية" فقط.')).toHaveLength(0);
    expect(findQuotes('وقالت سفيرتها لصحيفة "واشنطن بوست" إن الاتفاق قريب.')[0]?.text).toBe("الاتفاق قريب");
    expect(findQuotes("قال تعالى: «وأوفوا بالعهد»")).toHaveLength(0);
  });

  it("resolves relayed speech and anonymous sources", () => {
    const relayed = findQuotes("ونقلت وكالة الأنباء الرسمية عن المتحدث سامر يوسف قوله إن الحدود ستفتح الأحد.");
    expect(relayed[0]).toMatchObject({ speaker: "سامر يوسف", via: "وكالة الأنباء الرسمية", cue: "قوله" });
    const anon = findQuotes("وقال مصدر مطلع في الوزارة إن القرار سيصدر قريبا.");
    expect(anon[0]).toMatchObject({ anonymous: true, speaker: "مصدر مطلع" });
    // Reports and news are unnamed sources too.
    expect(findQuotes("وذكرت التقارير أن انتقال المهاجم توقف.")[0]).toMatchObject({ anonymous: true });
    expect(findQuotes("أفادت أنباء بأن الرئيس سيزور موسكو قريبا.")[0]).toMatchObject({ anonymous: true });
  });

  it("cuts an indirect clause at a new cue and an attribution tail", () => {
    const text = "وأكد المحافظ سعيد الراوي أن المياه انحسرت، مشيرا إلى أن الطرق ستفتح، وفقا لوكالة محلية.";
    const q = findQuotes(text);
    expect(q.map((x) => x.text)).toEqual(["المياه انحسرت", "الطرق ستفتح"]);
    expect(q[1]!.resolution).toBe("explicit");
  });

  it("does not take an inference from a fact (وهذا يؤكد أن، مما يعني أن) for speech", () => {
    expect(findQuotes("قال فهد التخيفي إن الأرقام مهمة. وهذا يؤكد أن القطاع الخاص يواجه تحديات.")).toHaveLength(1);
    expect(findQuotes("قال فهد التخيفي إن النسبة بلغت 38%. وذلك يعني أن القطاع الخاص يواجه تحديات.")).toHaveLength(1);
    // إلى ذلك (besides) and في غضون ذلك (meanwhile) hold the demonstrative: the verb has its own subject.
    expect(speakers("إلى ذلك، تشير البروفسورة لويز ريتشاردسون إلى أن الإرهاب خليط قاتل.")).toEqual(["لويز ريتشاردسون"]);
    expect(findQuotes("في غضون ذلك، يشير تقرير صادر عن المنظمات إلى أن الوضع خطير.")).toHaveLength(1);
  });

  it("does not treat the journalist's voice or study findings as quotes", () => {
    expect(findQuotes("ويذكر أن المهرجان يقام كل عام.")).toHaveLength(0);
    expect(findQuotes("وكشفت الدراسة أن نصف السكان يستخدمون النقل العام.")).toHaveLength(0);
    // An impersonal passive with no source is not the last speaker's continuation.
    const passive = findQuotes("وقال سامي الخطيب إن الطريق مغلق. ويتوقع أن يفتح الطريق غدا.");
    expect(passive.map((x) => x.text)).toEqual(["الطريق مغلق"]);
  });

  it("strips role phrases and resolves later roles and surnames to the person named earlier", () => {
    const text =
      "وقال وزير النقل الأردني سامي الخطيب إن الطريق سيفتح غدا. " +
      "وأكد الوزير الأردني أن العمل مستمر ليلا. " +
      "وأوضح الخطيب أن الكلفة لم تتجاوز الميزانية.";
    const q = findQuotes(text);
    expect(q.map((x) => x.speaker)).toEqual(["سامي الخطيب", "سامي الخطيب", "سامي الخطيب"]);
    expect(q.map((x) => x.resolution)).toEqual(["explicit", "explicit", "explicit"]);
  });

  it("resolves a one-word role to the one person the article gave it, and only then", () => {
    const text =
      "تفقد الدكتور سامر الحلبي، وزير الصحة والسكان، اليوم مراكز التطعيم.\n\n" +
      "وأكد الوزير، خلال جولته، أن اللقاح آمن تماما.";
    const start = text.indexOf("سامر");
    const mentions = [{ text: "سامر الحلبي", type: "PER" as const, start, end: start + 11, entity: "per_s" }];
    const entities = [{ id: "per_s", name: "سامر الحلبي", type: "PER" as const, aliases: [], roles: ["وزير الصحة"] }];
    expect(findQuotes(text, mentions, entities)[0]).toMatchObject({ speaker: "سامر الحلبي", speakerEntity: "per_s" });
    // Two ministers named: «الوزير» could be either, so it stays as written.
    const two =
      "وقال وزير الصحة سامي الخطيب إن المراكز تعمل. وقال وزير النقل مازن العلي إن الطرق مفتوحة. " +
      "وأكد الوزير أن العمل مستمر ليلا.";
    expect(findQuotes(two).map((x) => x.speaker)).toEqual(["سامي الخطيب", "مازن العلي", "الوزير"]);
  });

  it("reads a role modifier coordinated by و as part of the role, not of the name", () => {
    const text = "وقال مدير عام الهيئة العامة للسدود والخزانات حيدر الزبيدي إن الخزين لا يتجاوز 40 بالمئة.";
    expect(findQuotes(text)[0]?.speaker).toBe("حيدر الزبيدي");
  });

  it("does not take prepositions, addressees, time adjuncts or the outlet told for speakers", () => {
    const speakers = (t: string) => findQuotes(t).map((q) => q.speaker);
    // على after شدد/مشددا is the verb's preposition, not the name Ali.
    expect(speakers("شدد رئيس الحكومة العراقية على أن مهمة البعثة «استشارية وتدريبية» فقط.")).toEqual([
      "رئيس الحكومة العراقية",
    ]);
    expect(
      speakers("وقال سامي الخطيب إن البعثة مهمة. وأضاف أن القوات جاهزة، مشددا على أن دور البعثة «استشاري حصرا».").at(
        -1,
      ),
    ).toBe("سامي الخطيب");
    // مطالبا الحكومة بـ…: the government is asked, the speaker is still the one who spoke.
    expect(
      speakers(
        "وقال سامي الخطيب إن «المحافظة تواجه كارثة حقيقية»، مطالبا الحكومة الاتحادية بإرسال فرق إغاثة «بشكل عاجل».",
      ).at(-1),
    ).toBe("سامي الخطيب");
    // بحسب بيان لمكتبه: the journalist's source for the words, not a new speaker.
    expect(speakers("وقال سامي الخطيب خلال اللقاء، بحسب بيان لمكتبه الإعلامي: «العراق يقدر التعاون عاليا».")).toEqual([
      "سامي الخطيب",
    ]);
    expect(speakers("وأكد سامي الخطيب، حسب بيان صادر عن مكتبه، أن دور البعثة يقتصر على التدريب.")).toEqual([
      "سامي الخطيب",
    ]);
    // A time after the speaker, the one told before it, a purpose in construct inside the role.
    expect(speakers("وحذرت الأمم المتحدة الأسبوع الماضي من أن أي هجوم على الميناء سيحدث اضطرابا.")).toEqual([
      "الأمم المتحدة",
    ]);
    expect(speakers("وأعلنت الوزارة أمس أن الطريق مفتوح أمام الشاحنات.")).toEqual(["الوزارة"]);
    expect(speakers("وقال لي وزير الخارجية سامي الحلبي إن الدول المقاطعة تسعى إلى الهيمنة.")).toEqual(["سامي الحلبي"]);
    expect(
      speakers("وقال المتحدث باسم التحالف العربي لدعم الشرعية في اليمن تركي المالكي: «نريد قطع الشريان».").map((x) =>
        x?.endsWith("المالكي"),
      ),
    ).toEqual([true]);
    expect(speakers("وقال الأمين العام للمجلس النرويجي للاجئين يان إيغلاند إن القوات تقف على أعتاب المدينة.")).toEqual([
      "يان إيغلاند",
    ]);
    // The outlet told before a colon is not the speaker; a name that starts with ل still is.
    const told = 'مريم يحيى، مصممة أزياء تقيم في دبي، تقول لبي بي سي: "الترخيص محاولة لتنظيم السوق".';
    expect(speakers(told)).not.toContain("لبي بي سي");
    const fabius = 'وقال لوران فابيوس: "التصويت بدأ".';
    const tagged = findEntities(fabius);
    expect(findQuotes(fabius, tagged.mentions, tagged.entities).map((q) => q.speaker)).toEqual(["لوران فابيوس"]);
    // وسائل is "means", not و + سائل; a negated masdar (عدم ذكر) is no cue; جاء is one only with في.
    expect(speakers("وذكرت وسائل إعلام محلية أن ثمانية أشخاص على الأقل قتلوا.")).toEqual(["وسائل إعلام محلية"]);
    expect(speakers("وقال المصدر الذي فضل عدم ذكر اسمه إن المليشيا انسحبت من القاعدة.")).toEqual(["المصدر"]);
    expect(speakers("وقال مصدر طلب عدم ذكر اسمه إن المليشيا انسحبت من القاعدة.")).toEqual(["مصدر"]);
    expect(speakers("وأقيمت 14 مواجهة جاءت نتائجها على النحو التالي: فوز النصر على الزلفي.")).toEqual([]);
    expect(speakers("وما أود قوله هنا أن الإرهاب خطر على الجميع.")).not.toContain("هنا");
    // How the words were said, and where the office is.
    expect(speakers("وقال الوزير بوضوح إن الحرب انتهت منذ أشهر.")).toEqual(["الوزير"]);
    expect(speakers("وقال مدير الشرطة بمحافظة البصرة، علي حسن، إن الطريق مفتوح.")).toEqual(["علي حسن"]);
    // A long role (with a second role and where it is held) set off by commas before the name.
    expect(
      speakers("وأوضح الباحث والأستاذ في علم الفلك في جامعة ليستر البريطانية، جون بريدجز، أن العلماء حللوا البيانات."),
    ).toEqual(["جون بريدجز"]);
    expect(speakers("وقال الباحث والأخصائي في التوليد، فيسل غانزيفورت، إن الفريق أراد أن يظهر النتائج.")).toEqual([
      "فيسل غانزيفورت",
    ]);
    // An outlet named in quotes is the speaker with its name; ب + a delivery noun and لل + a noun are adjuncts.
    expect(speakers('قالت قناة "الإخبارية" السعودية إن الدفاعات الجوية اعترضت صاروخا.')).toEqual([
      'قناة "الإخبارية" السعودية',
    ]);
    expect(speakers('تقول صحيفة "لوفيغارو" بأن رئيس الوزراء هاجم طهران.')).toEqual(['صحيفة "لوفيغارو"']);
    expect(speakers('وقال مصدر لصحيفة "واشنطن بوست" إن الاتفاق قريب.')).toEqual(["مصدر"]);
    expect(speakers('وقال أردوغان إنه فاز. وقال بخطاب في إسطنبول "النتائج واضحة".')).toEqual(["أردوغان", "أردوغان"]);
    // Adverbs with a pronoun and a passive's place open no speaker; a construct chain stays in the role.
    expect(speakers('أن ترتدي سترة كتب عليها "أنا في الصورة".')).toEqual([]);
    expect(speakers("وقال مدير مكتب تحقيقات الخلفيات الأمنية أمام الكونغرس إنه لم ير هذا المستوى من الأخطاء.")).toEqual(
      ["مدير مكتب تحقيقات الخلفيات الأمنية"],
    );
    expect(speakers("نساء يرددن الشعار، في إشارة إلى قرار الحكومة أن ترفع الأسعار.")).toEqual([]);
    // The object after a speaker, adverbs and demonstratives where a speaker would open, hashtag speakers.
    expect(speakers("وطالب الكوكباني جميع المنظمات الإنسانية أن ينقذوا ما تبقى.")).toEqual(["الكوكباني"]);
    expect(speakers("وكان مسؤول بالشرطة قد أعلن سابقا أن تفجيرا وقع في العاصمة.")).toEqual(["مسؤول بالشرطة"]);
    expect(speakers("أعلنت #الشرطة_النمساوية أنها اعتقلت مشتبها به في فيينا.")).toEqual(["الشرطة النمساوية"]);
    // An indefinite head takes the hashtag after it as its genitive: where the role is, not the holder's name.
    expect(speakers("قال محافظ #صعدة، اللواء هادي طرشان الوايلي، إن قوات الشرعية تتقدم في خمس جبهات.")[0]).toMatch(
      /^محافظ/,
    );
    // A hashtag after a role opens the holder's name, tagged or not; an institution's hashtag is the role's.
    expect(speakers("قالت الممثلة اللبنانية #باميلا_الكك إنها انتهت من تصوير فيلم جديد.")).toEqual(["باميلا الكك"]);
    expect(speakers("وقال رئيس #صندوق_الثروة_السيادية الصيني إن حربا تجارية لا يمكن تفاديها.")[0]).toMatch(/^رئيس/);
    // لل + a noun (a purpose, the one a role is for) is no name: the institution as written, or the holder after it.
    expect(speakers("وقالت الوكالة الوطنية للبحث والإنقاذ إن الفريق استطاع انقاذ شخصين.")).toEqual([
      "الوكالة الوطنية للبحث والإنقاذ",
    ]);
    expect(speakers("ويقول المصمم التنفيذي للسيارة كين باركنسون إن التصميم الجديد يعكس تراثها.")).toEqual([
      "كين باركنسون",
    ]);
    expect(speakers("وسترد بقوة إذا أكدت الأدلة أن روسيا مسؤولة عن الهجوم.")).toEqual([]);
    // Unnamed sources before the verb, opening their clause.
    expect(speakers("وقال الوزير إن الإنتاج سيرتفع. لكن خبراء قالوا إن السوق لن تلبي الطلب.")).toEqual([
      "الوزير",
      "خبراء",
    ]);
    expect(speakers("ولكن محللين يرون أن جذور الخلاف أقدم من ذلك.")).toEqual(["محللين"]);
    // A person the tagger found right before the verb speaks.
    const svo = "وقال الوزير إن الخطة جاهزة. لكن دونالد ترامب قال إن الاتفاق سيء للغاية.";
    const svoTagged = findEntities(svo);
    expect(findQuotes(svo, svoTagged.mentions, svoTagged.entities).map((q) => q.speaker)).toEqual([
      "الوزير",
      "دونالد ترامب",
    ]);
    // يتابع X الأحداث: follows, not a cue.
    expect(speakers("يتابع فلسطينيو القدس أحداث غزة بعميق الحزن والأسى، لكنهم لا يستطيعون فعل شيء.")).toEqual([]);
    // A time word ends a name.
    expect(speakers("وقال رئيس الكنيست ياريف ليفين عشية النقل إن المشروع سيغير وجه القدس.")).toEqual(["ياريف ليفين"]);
    // بين after a noun is "between", not بيّن.
    expect(speakers("وكان سببا في تردي العلاقات بين البلدين أن الحكومة السابقة رفضت الحوار.")).toEqual([]);
    expect(speakers("كما بين الوزير أن الطريق مفتوح أمام الشاحنات.")).toEqual(["الوزير"]);
    // A number of people with its من; no speaker opens with بـ, ما or على حد.
    expect(speakers("وأكد عدد من المعلقين في مواقع التواصل أن الفتاة طالبة.")).toEqual(["عدد من المعلقين"]);
    expect(speakers("وكان السائق يقول ما يعني أن فطرة الإنسان واحدة.")).not.toContain("ما يعني");
    expect(speakers("الرئيس السادات الذي يرى على حد قوله «إن الأوراق كلها في يد واشنطن».")).toEqual(["الرئيس السادات"]);
    expect(speakers("في موقف الرئيس السادات الذي يرى على حد قوله «إن الأوراق كلها في يد واشنطن».")).not.toContain(
      "على حد",
    );
    // وصف X المياه بأنها: the object after the role is not part of the speaker.
    expect(speakers("فيما وصف نائب الرئيس التركي المياه بأنها «جسر للتعاون».")).toEqual(["نائب الرئيس التركي"]);
    expect(speakers("وأكد رئيس الوزراء العراقي السابق أن الحكومة فشلت.")).toEqual(["رئيس الوزراء العراقي السابق"]);
    // أعلنت الأسبوع الماضي: a time, not who announced.
    expect(
      speakers("قد أعلنت الأسبوع الماضي عن إضراب لمدة ثلاثة أيام، احتجاجا على «عدم تفعيل الاتفاقيات الممضاة»."),
    ).not.toContain("الأسبوع الماضي");
    // مصدر مطلع لـ«آفاق»: told to the outlet; after a role, لـ says whose office it is.
    expect(speakers("وأوضح مصدر حكومي مطلع لـ«آفاق» أن اللقاء تناول توسيع برامج التدريب.")).toEqual([
      "مصدر حكومي مطلع",
    ]);
    const office = 'وقالت المديرة العامة لـ"أوكس" باسكال ديلكومينيت إن القرار سيكون له أثر كبير.';
    const at = office.indexOf("باسكال");
    const person = [{ text: "باسكال ديلكومينيت", type: "PER" as const, start: at, end: at + 17, entity: "per_p" }];
    expect(findQuotes(office, person)[0]?.speaker).toMatch(/باسكال ديلكومينيت$/);
  });

  it("keeps an unnamed office holder as written and finds a name in apposition or past an adjunct", () => {
    expect(findQuotes("وقال رئيس البلدية إن المياه انحسرت.")[0]?.speaker).toBe("رئيس البلدية");
    expect(findQuotes("وقال قائد الشرطة، مازن العلي، إن الطرق مغلقة.")[0]?.speaker).toBe("مازن العلي");
    // A place adjunct inside the role (the tagger's LOC mention marks the place).
    const adjunct = "وقال النائب العام في بغداد حيدر الساعدي إن التحقيق بدأ. وأكد النائب العام أن المتهمين أوقفوا.";
    const at = adjunct.indexOf("بغداد");
    const place = [{ text: "بغداد", type: "LOC" as const, start: at, end: at + 5, entity: "loc_b" }];
    expect(findQuotes(adjunct, place).map((x) => x.speaker)).toEqual(["حيدر الساعدي", "حيدر الساعدي"]);
  });

  it("drops a description before the name and does not take conjunctions for complements", () => {
    const q = findQuotes("كشف المغني البريطاني الشهير جون سميث عن أنه سيعتزل الغناء.");
    expect(q[0]).toMatchObject({ speaker: "جون سميث", text: "سيعتزل الغناء" });
    expect(findQuotes("وحفيدته الرابعة تدعى مايا غير أنه لم يطلق اسمها على سفينة.")).toHaveLength(0);
  });

  it("reads بينه وبين as between, and a relative pronoun's cue as the nearest person's", () => {
    const text = "وغاب المدرب سامي الخطيب لسفره والذي أكد عبر اتصال بينه وبين الإدارة أن رأيه مع الأغلبية.";
    const start = text.indexOf("سامي");
    const mentions = [{ text: "سامي الخطيب", type: "PER" as const, start, end: start + 11, entity: "per_s" }];
    expect(findQuotes(text, mentions)[0]).toMatchObject({ speaker: "سامي الخطيب", cue: "أكد" });
  });

  it("ends a clause where a masdar cue opens its own quotation", () => {
    const q = findQuotes("وأوضح سامي الخطيب أنه سيعتذر للجمهور بقوله: أنا مخطئ في حالة واحدة.");
    expect(q.map((x) => x.text)).toEqual(["سيعتذر للجمهور", "أنا مخطئ في حالة واحدة"]);
  });

  it("ends a speaker phrase at a channel or a day, and keeps a quoted organisation after a role", () => {
    expect(findQuotes("وكتبت منى الخطيب على صفحتها أن الطريق مغلق.")[0]?.speaker).toBe("منى الخطيب");
    expect(findQuotes("وقال المدرب سامي الخطيب يوم الأحد إن الفريق جاهز.")[0]?.speaker).toBe("سامي الخطيب");
    const q = findQuotes('وقالت رئيسة "مجلس رؤساء الشرطة" سارة ثورنتون إن الحوادث تزايدت.');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ kind: "indirect", text: "الحوادث تزايدت" });
  });

  it("does not take a person after a preposition for the subject of a pronoun cue", () => {
    const text = "وقال سامي الخطيب إن الطريق مغلق. وفي رده على سؤال حول مازن العلي، قال إن الأمر لا يعنيه.";
    const start = text.indexOf("مازن");
    const mentions = [{ text: "مازن العلي", type: "PER" as const, start, end: start + 10, entity: "per_m" }];
    expect(findQuotes(text, mentions)[1]).toMatchObject({ speaker: "سامي الخطيب", resolution: "continuation" });
  });

  it("reads a person an institution is named for as part of its name, not as its spokesperson", () => {
    expect(
      speakers("وأكد المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن السفينة وصلت."),
    ).toEqual(["رأفت الصباغ"]);
    expect(speakers("وقال مدير مكتب الأمير محمد بن سلمان إن الزيارة ناجحة.")).toEqual([
      "مدير مكتب الأمير محمد بن سلمان",
    ]);
    expect(speakers("وقال المتحدث باسم مركز الملك سلمان للإغاثة إن السفينة وصلت.")).toEqual([
      "المتحدث باسم مركز الملك سلمان للإغاثة",
    ]);
    // The person a spokesperson speaks for is not the speaker (rule 4: متحدث باسم باريمور).
    expect(
      speakers("وأعلن متحدث باسم هيلاري كلينتون المرشحة للانتخابات الرئاسية، أنها ستمثل أمام لجنة تحقيق."),
    ).toEqual(["متحدث باسم هيلاري كلينتون"]);
    expect(speakers("وقال الناطق باسم الجيش العميد يحيى رسول إن القوات تقدمت.")).toEqual(["يحيى رسول"]);
    // A minister with a royal title after the ministry's name is the minister.
    expect(speakers("وقال وزير الخارجية الأمير سعود الفيصل إن الزيارة ناجحة.")).toEqual(["سعود الفيصل"]);
  });

  it("finds the name closing a long role after a rank, or after a place named for someone", () => {
    expect(
      speakers(
        "كشف الناطق الرسمي لإمارة منطقة جازان الوكيل المساعد للتطوير والتقنية الأستاذ علي بن موسى زعلة أن الإمارة تابعت التقارير.",
      ),
    ).toEqual(["علي بن موسى زعلة"]);
    expect(speakers("وقال مدير جمرك مطار الملك عبدالعزيز الدولي محمد العقيل إن الضبط تم.")).toEqual(["محمد العقيل"]);
    // A compound name's ولد الشيخ does not open a second name.
    expect(speakers("وقال إسماعيل ولد الشيخ أحمد إن الحل سياسي. وقال ولد الشيخ أحمد إن الحوار مستمر.")).toEqual([
      "إسماعيل ولد الشيخ أحمد",
      "إسماعيل ولد الشيخ أحمد",
    ]);
  });

  it("takes a document's issuer from its relative clause, a quoted programme for its name, and no purpose أن", () => {
    expect(speakers("وأكد البيان الذي نشرته وزارة الداخلية أن الأمن مستتب.")).toEqual(["وزارة الداخلية"]);
    expect(speakers('وقال برنامج "الراصد" الذي عرضته القناة: "سجل المحرر موقفا مهنيا لافتا".')).toEqual([
      'برنامج "الراصد"',
    ]);
    // من أجل أن is "so that": no reported clause.
    expect(speakers("وقال المدرب خالد العلي إن الخطوة مهمة، معتبرا إياها فرصة من أجل أن يتم تدعيم الفريق.")).toEqual([
      "خالد العلي",
    ]);
  });

  it("reads a group of unnamed sources after غير أن / إلا أن, and without its و", () => {
    expect(speakers("وأغلقت السلطات المصانع، غير أن نشطاء قالوا إن الرخام يفقد بريقه.")).toEqual(["نشطاء"]);
    expect(speakers("وأثار القرار جدلا بين الوزارة، ومعارضين يرون أن القرار متأخر.")).toEqual(["معارضين"]);
  });

  it("ends a speaker at a demonstrative after a definite word or ألا, reads فان before در as a name, and skips an event's quoted name", () => {
    expect(speakers("وأعلنت الحكومة هذا الأسبوع أن الدعم سيلغى.")).toEqual(["الحكومة"]);
    // A construct head takes the demonstrative: the speaker is the whole phrase.
    expect(speakers("وقال أحد هؤلاء الرجال إن القرية تغيرت.")).toEqual(["أحد هؤلاء الرجال"]);
    expect(speakers("وتساءل المهني ألا يفترض أن يكون المستثمر أجنبيا؟")).toEqual(["المهني"]);
    expect(speakers("وقال فان در كلاوو إنه رغم القتال فإن المساعدات تصل.")).toEqual(["فان در كلاوو"]);
    // An exhibition's name in quote marks is no quotation.
    expect(
      withEntities(
        "ووصف المهندس المخرج هذه المناسبة بالذكرى الغالية وهي تستضيف معرض “الفيصل .. شاهد وشهيد”، هذا الملك.",
      ),
    ).toEqual([]);
  });

  it("resolves a bare organisation head to the organisation named before", () => {
    const text = "أطلقت شركة نجمة خدمة جديدة أمس. وقالت الشركة إن الخدمة مجانية.";
    expect(findQuotes(text)[0]?.speaker).toContain("نجمة");
    // A description after the head (شركة مصنعة للذهب، شركة هندية) names no company: the one named before it does.
    const described = "أعلنت شركة نجمة نتائجها. وهي شركة مصنعة للذهب. وقالت الشركة إن الأرباح ارتفعت.";
    expect(findQuotes(described)[0]?.speaker).toContain("نجمة");
  });

  it("resolves a bare newspaper or agency head to the outlet named before, quoted or not", () => {
    const q = findQuotes('قالت صحيفة "نيويورك تايمز" إن الفكرة مطروحة. لكن الصحيفة قالت إنه ليست هناك خطة.');
    expect(q.map((x) => x.speaker)).toEqual(['صحيفة "نيويورك تايمز"', "صحيفة نيويورك تايمز"]);
    expect(findQuotes("وذكرت وكالة رويترز أن الاتفاق وقع. وقالت الوكالة إن الجانبين راضيان.")[1]?.speaker).toBe(
      "وكالة رويترز",
    );
  });

  it("reads experts and scholars as roles before their names, and an unnamed one as a description", () => {
    const field = findQuotes(
      "فيما رأى الخبير في شؤون المياه الدكتور فراس الموسوي أن «الاختبار الحقيقي سيكون في يوليو».",
    );
    expect(field[0]?.speaker).toBe("فراس الموسوي");
    const two = findQuotes('قال عالم الاجتماع والمحلل أوسكار رينيه فارغاس، إن "أورتيغا لن يتخلى عن الحكم".');
    expect(two[0]?.speaker).toContain("أوسكار رينيه فارغاس");
    // An indefinite occupation and words no name list knows: who they are is not said.
    expect(findQuotes("اعتبرت خبيرة فنية بارزة أن اللوحة مزيفة.")[0]?.speaker).toBe("خبيرة فنية بارزة");
    const described = findQuotes("كشف خبير بالهواتف الذكية طريقة استعادة الملفات. وأوضح الخبير أنه يجب تثبيت التطبيق.");
    expect(described.at(-1)?.speaker).toBe("الخبير");
  });

  it("reads the office's region in a role (بمنطقة جازان) and a first name's family name before the colon", () => {
    const jazan =
      'وقال نائب المتحدث الرسمي باسم مديرية الدفاع المدني بمنطقة جازان الرائد محمد بن حسن آل صمغان: "باشرت الفرق الموقع في الساعة الحادية عشرة".';
    const tagged = findEntities(jazan);
    expect(findQuotes(jazan, tagged.mentions, tagged.entities)[0]?.speaker).toBe("محمد بن حسن آل صمغان");
    const family = findQuotes(
      "بدوره، قال أمين عام مجلس التنمية السياحية المهندس محمد العمرة: «حرصنا أن نصمم فعاليات للأطفال».",
    );
    expect(family[0]?.speaker).toBe("محمد العمرة");
    // The one told is not the family name.
    const told = findQuotes("وقال الأمير محمد لرويترز: «المفاوضات تشرف على نهايتها».");
    expect(told[0]?.speaker).not.toContain("لرويترز");
  });

  it("gives a masdar's pronoun (رغم قوله) to the person nearest before it, even inside the words quoted", () => {
    const text =
      'وقالت سارة هاكابي ساندرز إن الخيارات مطروحة. فيما أضافت ساندرز أن دونالد ترامب لم يحدد موعدا، وذلك رغم قوله في تغريدة إن الصواريخ "قادمة".';
    const tagged = findEntities(text);
    expect(findQuotes(text, tagged.mentions, tagged.entities).at(-1)?.speaker).toBe("دونالد ترامب");
  });

  it("reads a long speaker phrase before a colon, a web address's dot, and not متابعة or تابعة لـ as cues", () => {
    const long = findQuotes(
      "وقال داي يتنغهام الرئيس التنفيذي للجنة سلامة الطيران في المملكة المتحدة في حديث للدايلي ميل تعليقاً على الحادثة: «اخترق الطائر الزجاج الأمامي للطائرة».",
    );
    expect(long[0]?.speaker).toContain("داي يتنغهام");
    const web = findQuotes(
      'قالت لينا خليل، الشريك المؤسس في شركة ممزورلد.كوم للتجارة الإلكترونية، إن شركتها "تطمح لأن تصل إلى الأمهات".',
    );
    expect(web[0]?.speaker).toBe("لينا خليل");
    // A reporter's credit (عبدالحكيم شار – متابعة) and an affiliation are no reports.
    expect(findQuotes("عبدالحكيم شار متابعة: أشادت القناة بالبرنامج.").map((q) => q.cue)).not.toContain("متابعة");
    expect(findQuotes("وقتل عنصر في خلية تابعة لتنظيم داعش: نفذت الهجوم.").map((q) => q.cue)).toEqual([]);
  });

  it("keeps a participle's act on someone (، مطالبا إياهم بتقديم …) inside the reported words", () => {
    const q = findQuotes(
      "ذكرت تقارير صحفية إسبانية أن تيبو كورتوا خاطب مسؤولين في ريال مدريد، مطالبا إياهم بتقديم عرض لضمه قبل كأس العالم.",
    );
    expect(q[0]?.text).toContain("مطالبا إياهم بتقديم عرض");
    // A participle with its own clause still opens the next quote.
    expect(findQuotes("وقال الوزير إن الخطة جاهزة، مضيفا أن التنفيذ يبدأ غدا.").map((x) => x.text)).toEqual([
      "الخطة جاهزة",
      "التنفيذ يبدأ غدا",
    ]);
  });

  it("reads اكتفى بالإشارة إلى أن as speech", () => {
    const q = findQuotes("وقال المدعي العام إن التهم ثابتة. واكتفى بالإشارة إلى أن الملف ثمرة جرأة النساء.");
    expect(q.at(-1)).toMatchObject({ cue: "بالإشارة", text: "الملف ثمرة جرأة النساء" });
  });

  it("ends an indirect clause before ، ثم + a verb of saying, which opens the next quote", () => {
    const q = findQuotes(
      'وأوضح هولاند أن تركيا وفرنسا عضوتان في الناتو، ثم تابع باستنكار "من هو هذا الحليف الذي يقصف حلفاءنا؟".',
    );
    expect(q.map((x) => [x.cue, x.text])).toEqual([
      ["وأوضح", "تركيا وفرنسا عضوتان في الناتو"],
      ["تابع", "من هو هذا الحليف الذي يقصف حلفاءنا؟"],
    ]);
  });

  it("ends an indirect clause at ، + a bare verb of saying whose complement comes after how it was said", () => {
    const q = findQuotes(
      "أعلن الوزير خالد العمر أن الاجتماع مثمر وبناء، أكد عبر حسابه في موقع التواصل الاجتماعي تويتر على أن الاتفاق يمنع السلاح النووي.",
    );
    expect(q.map((x) => [x.speaker, x.cue, x.text])).toEqual([
      ["خالد العمر", "أعلن", "الاجتماع مثمر وبناء"],
      ["خالد العمر", "أكد", "الاتفاق يمنع السلاح النووي"],
    ]);
  });

  it("reads كان's predicate before a comma and the verb as no subject, its subject when كان opens the clause", () => {
    const q = findQuotes("قال الوزير إن الاجتماع كان مثمرا، أكد على أن الاتفاق يمنع السلاح النووي.");
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([
      ["الوزير", "قال"],
      ["الوزير", "أكد"],
    ]);
    expect(
      speakers("وقال الكرملين إن الأمر معقد. وكانت وزارة الخارجية الروسية، قالت إنها لا تستبعد وقف الرحلات."),
    ).toEqual(["الكرملين", "وزارة الخارجية الروسية"]);
  });

  it("ends an indirect clause where the journalist frames the quoted words (، في رسالة …)", () => {
    const q = findQuotes(
      "وقال الكناني إن القوات العراقية «باتت قادرة على مسك الأرض»، في رسالة يرى محللون أنها موجهة إلى الفصائل.",
    );
    expect(q[0]?.text).toBe("القوات العراقية «باتت قادرة على مسك الأرض»");
  });

  it("takes the subject before كان … قد and the verb, not the object after it", () => {
    const text = 'وكان موقع هاف بوست، النسخة الأمريكية، قد وصف المقابلة بأنها "مفبركة" ونقل عن متحدث قوله ذلك.';
    const tagged = findEntities(text);
    expect(findQuotes(text, tagged.mentions, tagged.entities)[0]?.speaker).toBe("موقع هاف بوست");
    const office = findQuotes(
      "وفق ما أفاد به ديوان البحرية التجارية والموانئ اليوم. وأوضح الديوان أن 1800 حاوية تراكمت.",
    );
    expect(office[0]?.speaker).toBe("ديوان البحرية التجارية والموانئ");
  });

  it("takes a role or organisation phrase opening the clause before its verb as the speaker", () => {
    const text = "وقال الوزير إن الخطة جاهزة. رئيس الوزراء العراقي أكد أن الحكومة ماضية في الإصلاح.";
    expect(findQuotes(text).map((q) => q.speaker)).toEqual(["الوزير", "رئيس الوزراء العراقي"]);
    const spokesman = findQuotes("المتحدث باسم وزارة الخارجية قال للصحفيين إن الاجتماع كان مثمرا.");
    expect(spokesman[0]).toMatchObject({ speaker: "المتحدث باسم وزارة الخارجية", text: "الاجتماع كان مثمرا" });
    expect(findQuotes("وقال الوزير إن الخطة جاهزة. لكن المحكمة قالت إن القرار نهائي.")[1]?.speaker).toBe("المحكمة");
  });

  it("finds fronted subjects: a relative pronoun's antecedent and كان X قد", () => {
    const rel = findQuotes("ووقع الحادث ليلا، وفقا لمصادر أمنية التي أشارت إلى أن السائق نجا.");
    expect(rel[0]).toMatchObject({ speaker: "مصادر أمنية", anonymous: true, text: "السائق نجا" });
    const aux = findQuotes("وكانت الحكومة قد أعلنت أن المدارس ستفتح الأحد.");
    expect(aux[0]).toMatchObject({ speaker: "الحكومة", text: "المدارس ستفتح الأحد" });
    // An object before التي is not a speaker.
    expect(findQuotes("وأشاد بالمباني الجديدة التي وصفها بأنها تضاهي الفنادق.")[0]?.speaker ?? null).not.toBe(
      "المباني الجديدة",
    );
  });

  it("gives a document's words to the issuer named where the document was introduced", () => {
    const text =
      "ونشر تقرير للهيئة الوطنية للمياه أمس. وقال الوزير سامي الخطيب إن الوضع مستقر. وجاء في التقرير أن المخزون يكفي عاما.";
    const q = findQuotes(text);
    expect(q[1]).toMatchObject({ text: "المخزون يكفي عاما", resolution: "continuation" });
    expect(q[1]!.speaker).toContain("الهيئة الوطنية");
  });

  it("ends an indirect clause where the speaker's quoted words close and the journalist goes on", () => {
    const texts = (t: string) => findQuotes(t).map((q) => t.slice(q.start, q.end));
    // A cut before a closing mark keeps the mark.
    expect(texts("قالت وزارة النقل في بيان إنها «تتفهم مطالب العمال»، ودعت الطرفين إلى جلسة.")).toEqual([
      "«تتفهم مطالب العمال»",
    ]);
    // و + a verb after the close: the speaker's next act, not their words.
    expect(texts("وقال الوزير سالم الكناني إنه «يتفهم مطالب العمال» ودعا الطرفين إلى جلسة.")).toEqual([
      "«يتفهم مطالب العمال»",
    ]);
    // و + a pronoun after the close: the journalist's comment.
    expect(
      texts(
        "وقال الوزير سالم الكناني إن العراق «لن يقبل بعد اليوم أن يدفع ثمن شح المياه»، وهي عبارة موجهة إلى الجيران.",
      ),
    ).toEqual(["العراق «لن يقبل بعد اليوم أن يدفع ثمن شح المياه»"]);
    // و + إن continues the speaker's words.
    expect(texts("وقال الوزير سالم الكناني إن «الخطة جاهزة» وإن التنفيذ سيبدأ قريبا.")).toEqual([
      "«الخطة جاهزة» وإن التنفيذ سيبدأ قريبا",
    ]);
  });
  it("cuts nothing inside the speaker's own marked words (a cue or وفق within «…»)", () => {
    const texts = (t: string) => findQuotes(t).map((q) => t.slice(q.start, q.end));
    expect(texts("وأكد القائد ماركو بيليني أن الحلف «ملتزم بدعم العراق وفق أولويات حكومته» ودعا إلى الحوار.")).toEqual([
      "الحلف «ملتزم بدعم العراق وفق أولويات حكومته»",
    ]);
    expect(texts('وقال بندر إن الشركات "تبتعد عن التلفزيون وترى أنها تربح أكثر عبر الإنترنت" كما قال.')).toEqual([
      'الشركات "تبتعد عن التلفزيون وترى أنها تربح أكثر عبر الإنترنت" كما قال',
    ]);
    // A closing mark whose opening came before the clause marks nothing: the tail still cuts.
    expect(texts('وقال المتحدث سالم الكناني إن المدينة هادئة" الآن، وفق ما نقلت الوكالة.')).toEqual([
      'المدينة هادئة" الآن',
    ]);
  });

  it("reads سي إن إن as a name, not as إن opening the clause", () => {
    const q = findQuotes("وقالت شبكة سي إن إن الأمريكية إن الممثل اعتذر عن تصريحاته.");
    expect(q.map((x) => [x.speaker, x.text])).toEqual([["شبكة سي إن إن الأمريكية", "الممثل اعتذر عن تصريحاته"]]);
    // بي بي سي إن …: the channel told, then the clause.
    const b = findQuotes("وقالت الباحثة سالي سليمان لبي بي سي إن الأمر أشبه بتجريد الأثر.");
    expect(b.map((x) => x.text)).toEqual(["الأمر أشبه بتجريد الأثر"]);
  });

  it("looks back at a quote before a full stop only after a link word", () => {
    // «…». وأكدت الوكالة خبر …: a new sentence with an object, not the quote's attribution.
    expect(findQuotes('وذلك بحسب موقع "تي إم زد الأمريكي للأخبار". وأكدت الوكالة خبر الخطوبة.')).toEqual([]);
    const q = findQuotes("«لن نتراجع عن هذا القرار أبدا». بهذه الكلمات علق الوزير سالم الكناني.");
    expect(q.map((x) => x.speaker)).toEqual(["سالم الكناني"]);
  });

  it("leaves a document followed by ، وقال to the verb (في تغريدة …، وقال إن …)", () => {
    const text = "ونشر المذيع بريت باير بيان الشبكة في تغريدة بموقع تويتر، وقال إن شبكته تتضامن مع منافسيها.";
    const q = findQuotes(text, findEntities(text).mentions);
    expect(q.map((x) => [x.speaker, x.cue, x.text])).toEqual([["بريت باير", "وقال", "شبكته تتضامن مع منافسيها"]]);
  });

  it("drops a title written without its article from the speaker's name (دكتور، دكتورة)", () => {
    const text =
      "وأوضح المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي أن التحقيق مستمر. وقالت دكتورة هند العمري إن اللقاح آمن.";
    const q = withEntities(text);
    expect(q.map((x) => x.speaker)).toEqual(["عاطي بن عطية القرشي", "هند العمري"]);
  });

  it("reads بين X وY with no complement as between, and a name after a role ending in لل + noun", () => {
    expect(findQuotes("وإذا كان بين الانتقال للمستشفى وتوقف التنفس نصف ساعة، فهذا تقصير واضح.")).toEqual([]);
    const q = findQuotes(
      "وبين المشرف على برامج وفعاليات القرية إبراهيم الألمعي أن القرية ستفتح أبوابها. وأوضح المتحدث الرسمي للمركز رأفت الصباغ أن الدفعة وصلت.",
    );
    expect(q.map((x) => x.text)).toEqual(["القرية ستفتح أبوابها", "الدفعة وصلت"]);
    expect(q[1]!.speaker).toBe("رأفت الصباغ");
  });

  it("takes the person after a rank closing a long role as the speaker, not the role or a name candidate", () => {
    expect(speakers("وقال الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري إن الخطة جاهزة.")).toEqual(["حاتم المطيري"]);
    expect(speakers("وقال مدير الشؤون الصحية بمنطقة حائل الدكتور يوسف بن محمد الثويني إن الحالات مستقرة.")).toEqual([
      "يوسف بن محمد الثويني",
    ]);
    // The addressees after the speaker are not the speaker.
    expect(
      speakers("وقال الأمير خالد الفيصل لرجلي الأمن المكرمين وهما العقيد عمر بن عبد الهادي السلطان: حرصت على لقائكم."),
    ).toEqual(["خالد الفيصل"]);
  });

  it("reads an outlet named in quote marks after its head as the speaker phrase, not a person's name", () => {
    expect(speakers("وكشف موقع «كالتشيو ميركاتو» أن نادي الاتحاد يفاوض اللاعب.")).toEqual(["موقع «كالتشيو ميركاتو»"]);
    expect(speakers("وقال الناطق باسم شبكة «الجزيرة» الإعلامية: «نشعر بغضب بالغ من التأجيل».")).toEqual([
      "الناطق باسم شبكة «الجزيرة» الإعلامية",
    ]);
    // The outlet told, after the person who speaks, stays out of the name.
    expect(speakers('وقال النجم تييري هنري لشبكة "سكاي" إن الفريق قوي.')).toEqual(["تييري هنري"]);
  });

  it("reads no speaker in a cited source (وأضاف بحسب «رويترز»), no report in ومما لفت انتباهي", () => {
    const text =
      "وقال عبد الله البدري في مؤتمر صحافي: «لا أتوقع هبوط الأسعار». وأضاف بحسب «رويترز»، أن أوبك لا تعتزم خفض الإنتاج.";
    const q = withEntities(text);
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ["عبد الله البدري", "لا أتوقع هبوط الأسعار"],
      ["عبد الله البدري", "أوبك لا تعتزم خفض الإنتاج"],
    ]);
    expect(findQuotes("ومما لفت انتباهي قبل مدة يسيرة أن أحد الجيران باع منزله.")).toEqual([]);
    expect(findQuotes("ولفت الوزير سالم الكناني الانتباه إلى أن الخطة جاهزة.").map((x) => x.text)).toEqual([
      "الخطة جاهزة",
    ]);
  });

  it("reads names holding الله as speakers, and scripture, the Prophet's sayings and praise as none", () => {
    expect(speakers("وقال عبد الله البدري في مؤتمر صحافي: «لا أتوقع هبوط الأسعار».")).toEqual(["عبد الله البدري"]);
    expect(speakers("وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة.")).toEqual(["حسن نصر الله"]);
    expect(speakers("قال الله تعالى: «إنا لله وإنا إليه راجعون».")).toEqual([]);
    expect(speakers("وقال رسول الله صلى الله عليه وسلم: «الدين النصيحة لمن أراد الخير».")).toEqual([]);
    expect(speakers("داعين المولى عز وجل أن يمن عليه بالشفاء العاجل.")).toEqual([]);
  });

  it("starts a clause after أنّ's shadda, reads قبيل وفاته as a time and معلومات as no speaker", () => {
    const [q] = findQuotes("وشدّد رئيس الحكومة الحبيب الصيد على أنّ التطلّعات كبيرة.");
    expect(q?.text).toBe("التطلّعات كبيرة");
    expect(findQuotes("وأشارت معلومات إلى أن المعلمة توفيت داخل المبنى.")).toEqual([]);
    const [r] = findQuotes("وكان المذيع الراحل سالم الكناني قد صرح قبيل وفاته بأنه نقل البيانات كما وصلته.");
    expect(r?.speaker).toBe("سالم الكناني");
  });

  it("reads فان in a name and a nickname after لقب as no quote", () => {
    const speakers = (text: string) => withEntities(text).map((q) => [q.speaker, q.text]);
    expect(speakers("وقال المدرب لويس فان جال إن دي خيا باق في الفريق.")).toEqual([
      ["لويس فان جال", "دي خيا باق في الفريق"],
    ]);
    expect(speakers('وكان الرئيس خوسيه موخيكا قد حمل لقب "أفقر رئيس في العالم" طوال ولايته.')).toEqual([]);
  });

  it("reaches the clause past a relative clause between commas, and reads من بينها as among them", () => {
    const text =
      'قال رئيس أوروغواي السابق، خوسيه موخيكا، الذي أطلق عليه لقب "أفقر رئيس في العالم"، بسبب أسلوب حياته شديد التقشف، إنه لا يرغب في أي راتب تقاعدي.';
    expect(withEntities(text).map((q) => [q.speaker, q.text])).toEqual([["خوسيه موخيكا", "لا يرغب في أي راتب تقاعدي"]]);
    expect(findQuotes('قدم المخرج أفلاما كثيرة من بينها "مهمة مستحيلة" و"العراب الأخير".')).toEqual([]);
  });

  it("reads a past passive (كُتب، ذُكر) as no report, the present's يُ prefix as active", () => {
    expect(findQuotes('وكُتب على قاعدة المسلة السطور التالية: "في حضور الملك نقلت هذه المسلة إلى باريس".')).toEqual([]);
    expect(findQuotes("وكُشف النقاب عن أن المشتري كان أميرا سعوديا.")).toEqual([]);
    expect(withEntities("ويُشير الخبير سالم الكناني إلى أن الأسعار سترتفع.").map((q) => q.speaker)).toEqual([
      "سالم الكناني",
    ]);
  });

  it("finds a long subject between كان and قد", () => {
    const q = findQuotes(
      "وأوضح الديوان أن الحاويات تراكمت. وكانت الجامعة العامة للنقل التابعة للاتحاد العام التونسي للشغل قد أعلنت الأسبوع الماضي عن إضراب، احتجاجا على «عدم تفعيل اتفاقيات ممضاة منذ سنة 2023».",
    );
    expect(q.map((x) => x.speaker)).toEqual(["الديوان", "الجامعة العامة للنقل التابعة للاتحاد العام التونسي للشغل"]);
  });
  it("continues a speaker of the cue's gender: وتضيف after a man's words is the woman who spoke before", () => {
    const q = findQuotes(
      'وقالت العارضة ماريسا بابين إن عملها شكل من أشكال الحرية. ووصف حاخام الحائط العمل بأنه "خطير ومؤسف". وتضيف: "هدفي أن أصطحبك معي إلى جزيرتي".',
    );
    expect(q.map((x) => x.speaker)).toEqual(["ماريسا بابين", "حاخام الحائط", "ماريسا بابين"]);
    // Same gender: the last speaker, as before.
    const m = findQuotes(
      "وقال الوزير خالد العمري إن المحطة جاهزة. وقال المحافظ سعيد الراوي إن التمويل متوفر. وأضاف أن العمل يبدأ غدا.",
    );
    expect(m.map((x) => x.speaker)).toEqual(["خالد العمري", "سعيد الراوي", "سعيد الراوي"]);
  });
  it("attributes a quote to the speaker named after it", () => {
    const q = findQuotes("«سنعيد بناء الجسر قبل الشتاء»، قال وزير النقل سامي الخطيب. وأضاف أن العمل بدأ.");
    expect(q[0]).toMatchObject({ text: "سنعيد بناء الجسر قبل الشتاء", speaker: "سامي الخطيب", resolution: "after" });
    expect(q[1]).toMatchObject({ speaker: "سامي الخطيب", resolution: "continuation" });
    const words = findQuotes('"الأمطار كانت غزيرة جدا هذا العام".. بهذه الكلمات علق سامي الخطيب على الفيضان.');
    expect(words[0]).toMatchObject({ speaker: "سامي الخطيب", cue: "علق", kind: "direct" });
  });

  it("gives a pronoun cue the subject of the sentence before when that sentence has no quote", () => {
    const text =
      "وقال مازن العلي إن الطرق مغلقة. وحذر وزير النقل سامي الخطيب السائقين من السفر. وقال: «ننتظر تحسن الطقس غدا».";
    const q = findQuotes(text);
    expect(q[1]).toMatchObject({ speaker: "سامي الخطيب", resolution: "continuation", kind: "direct" });
  });

  it("runs unmarked speech after a colon over its paragraph until a new cue", () => {
    const text = "وكتب مازن العلي: الطرق مغلقة. لا تخرجوا من البيوت!\nوقال سامي الخطيب: العمل مستمر.";
    const q = findQuotes(text);
    // The final punctuation is left out (rule 3), the inner sentence end is kept.
    expect(q.map((x) => x.text)).toEqual(["الطرق مغلقة. لا تخرجوا من البيوت", "العمل مستمر"]);
    // In a long paragraph the narrator speaks again after the first sentence.
    const narrator = "تشهد المنطقة هدوءا حذرا منذ أيام بعد أسابيع من المواجهات. ".repeat(8);
    const long = findQuotes(`وقال مازن العلي: الطرق مغلقة. ${narrator}`);
    expect(long.map((x) => x.text)).toEqual(["الطرق مغلقة"]);
    const cut = findQuotes("وكتب مازن العلي: الطرق مغلقة. وأضاف العلي: العمل مستمر.");
    expect(cut.map((x) => x.text)).toEqual(["الطرق مغلقة", "العمل مستمر"]);
  });

  it("uses the entity tagger's mentions: a person mention bounds the name", () => {
    const text = "وندد ماركوس بقيام الشركة بطرد العمال وقال إن القرار ظالم.";
    const start = text.indexOf("ماركوس");
    const mentions = [{ text: "ماركوس", type: "PER" as const, start, end: start + 6, entity: "per_x" }];
    const entities = [{ id: "per_x", name: "ماركوس لوبيز", type: "PER" as const, aliases: ["ماركوس"] }];
    const [q] = findQuotes(text, mentions, entities);
    expect(q).toMatchObject({ speaker: "ماركوس لوبيز", speakerEntity: "per_x" });
  });

  it("reads no speaker into على, a manner word, the outlet told or the speaker's age", () => {
    // على before a channel, a stressed noun or a noun with a pronoun is the preposition: the last speaker goes on.
    expect(
      speakers("وقال وزير الخارجية سامي الخطيب إن الوضع خطير. وكتب على موقع تويتر: «لن نتراجع عن قرارنا».").at(-1),
    ).toBe("سامي الخطيب");
    expect(
      speakers("وقال وزير الخارجية سامي الخطيب إن الوضع خطير. وشدد على ضرورة رحيل الحكومة «فورا ودون تأخير».").at(-1),
    ).toBe("سامي الخطيب");
    expect(
      speakers('وقال المتحدث باسم وزارة الخارجية الإيرانية على حسابه على تطبيق "تلغرام" السبت "نفذت القوات الهجوم".'),
    ).toEqual(["المتحدث باسم وزارة الخارجية الإيرانية"]);
    // … but the name Ali, tagged, still speaks.
    expect(speakers("وقال الباحث والأستاذ الجامعي علي مراد إن الأحزاب تعمل بجد.")).toEqual(["علي مراد"]);
    // How one spoke (مخاطبا، مازحا) is no speaker.
    expect(
      speakers("وقال الرئيس سامي الخطيب إن الحوار مفيد. وتابع مخاطبا الرئيس الضيف «أتمنى أن نعمل معا».").at(-1),
    ).toBe("سامي الخطيب");
    // The outlet told, right after the cue or after the speaker, is neither the speaker nor part of them.
    expect(speakers("وكان مسؤول كبير في غزة صرح لوكالة الأنباء الفرنسية أن الفصائل أوقفت إطلاق الصواريخ.")).toEqual([
      "مسؤول كبير في غزة",
    ]);
    expect(speakers("وقالت مصادر لرويترز إن الاجتماع تأجل.")).toEqual(["مصادر"]);
    // The speaker's age ends the speaker phrase.
    expect(speakers('وقال اللاعب البالغ من العمر 31 عاما في مؤتمر صحفي "لدينا مسؤولية كبيرة".')).toEqual(["اللاعب"]);
  });

  it("keeps an asked-for anonymity out of the cues and reads the name after هو", () => {
    // طالبا عدم نشر اسمه is a condition, not a second report with «عدم نشر اسمه» for speaker.
    const q = findQuotes("وقال أحد الدبلوماسيين طالبا عدم نشر اسمه إن «العالم ينتظر من مجلس الأمن أن يتحرك».");
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([["أحد الدبلوماسيين", "وقال"]]);
    expect(speakers("وقال طالبا عدم كشف اسمه «إنه يوم تاريخي لنا جميعا».")).not.toContain("طالبا عدم كشف اسمه");
    // متحدث ثان باسم الوزارة هو الرائد X: the name after هو speaks, and ثان belongs to the role.
    expect(
      speakers("بدوره قال متحدث ثان باسم وزارة الدفاع هو الميجور آدريان رانكين إن العمليات مستمرة في المنطقة."),
    ).toEqual(["الميجور آدريان رانكين"]);
    // لكن خبراء قانونيين قالوا: an unnamed group with its adjective before the verb.
    expect(speakers("لكن خبراء قانونيين قالوا لبي بي سي إن القرار يتسق مع القانون.")).toEqual(["خبراء قانونيين"]);
  });

  it("gives a participle cue to the organisation its sentence opens with, when the participle agrees", () => {
    const text =
      "وقال وزير الخارجية سامي الخطيب إن الحوار مستمر. وأشادت وزارة الصحة بجهود الفرق الميدانية، مؤكدة أن الحملة مستمرة.";
    expect(speakers(text)).toEqual(["سامي الخطيب", "وزارة الصحة"]);
    // مؤكدا (masculine) is not the ministry's: the last speaker goes on.
    expect(speakers(text.replace("مؤكدة", "مؤكدا")).at(-1)).toBe("سامي الخطيب");
  });

  it("reads an event as a cue's object, and ends the speaker at وهو, a time or a manner adverb", () => {
    // أكدت مصادر مصرع القيادي «أبو كميل الحاكم»: a name inside the object, no reported words …
    expect(findQuotes('فقد أكدت مصادر عسكرية مصرع القيادي الحوثي "أبو كميل الحاكم" في المواجهات.')).toEqual([]);
    // … but words quoted after a comma are the statement's.
    expect(
      findQuotes(
        'وقال الوزير إن الوضع هادئ. وأكد البيان اعتقال المعتدي، "إلا أن دوافع الجريمة لم تعرف بعد والتحقيق مستمر".',
      ).at(-1)?.text,
    ).toBe("إلا أن دوافع الجريمة لم تعرف بعد والتحقيق مستمر");
    expect(speakers('وكتب السفير سامي الخطيب وهو متزعم المباحثات "كلهم يريدون المال فقط".')).toEqual(["سامي الخطيب"]);
    expect(speakers("وأضافت المنظمة عشية الذكرى الرابعة للحادث أن المتشددين دأبوا على خطف الصغار.")).toEqual([
      "المنظمة",
    ]);
    expect(speakers("وكان الرئيس سامي الخطيب أعلن بصورة مفاجئة أنه ينوي نشر الجيش على الحدود.")).toEqual([
      "سامي الخطيب",
    ]);
  });

  it("cuts a short indirect clause at ، و + a verb of saying", () => {
    const q = findQuotes("وقال مدير الشركة خالد العمري إن العطل بسيط، وأشار إلى أن عدد المتضررين قرابة 600 مشترك.");
    expect(q.map((x) => [x.cue, x.text])).toEqual([
      ["وقال", "العطل بسيط"],
      ["وأشار", "عدد المتضررين قرابة 600 مشترك"],
    ]);
  });

  it("reads a role's possessed noun and its place in construct as part of the role, not of the name", () => {
    expect(speakers("رجحت رئيسة وزراء بريطانيا تيريزا ماي الاثنين أن تكون موسكو وراء التسميم.")).toEqual([
      "تيريزا ماي",
    ]);
    expect(speakers("وقال وزير خارجيتها محمد جواد ظريف إن بلاده منفتحة.")).toEqual(["محمد جواد ظريف"]);
    expect(speakers("لكن المتحدثة باسمه ساره ساندرز أوضحت أنه أراد القول.")).toEqual(["ساره ساندرز"]);
    expect(speakers("وقال رئيس الوزراء المنتهية ولايته ماتيو رينزي إننا لن نشكل حكومة.")).toEqual(["ماتيو رينزي"]);
    // A possessed noun after the name is not its family name.
    expect(speakers("وأكدت الدكتورة مها المنيف حديثها أن البرنامج مستمر.")).toEqual(["مها المنيف"]);
  });

  it("keeps a military rank's qualifiers (الركن، طيار) with the rank, out of the name", () => {
    expect(
      speakers("وقال المتحدث باسم قوات التحالف العقيد الركن طيار تركي المالكي إن الدفاعات الجوية اعترضت صاروخا."),
    ).toEqual(["تركي المالكي"]);
    expect(speakers("وقال المتحدث الرسمي لقوات التحالف العقيد ركن تركي المالكي إن العملية مستمرة.")).toEqual([
      "تركي المالكي",
    ]);
  });

  it("skips a cue's pronoun object before the speaker and ends the speaker at حسب or وفي", () => {
    expect(speakers("وهي الضربات التي نددت بها دمشق بأنها عمل غير مشروع.")).toEqual(["دمشق"]);
    expect(speakers('وقال المهندس سامي الخطيب حسب نص التسجيل إنه "سجلت بعض التشققات في الجسر".')).toEqual([
      "سامي الخطيب",
    ]);
    expect(speakers("وقال الوزير سامي الخطيب بحسب البيان إن الطريق مغلق.")).toEqual(["سامي الخطيب"]);
  });

  it("reads the dots of an abbreviation (إن.إتش.كيه) as no sentence end", () => {
    expect(
      speakers("وقالت هيئة الإذاعة والتلفزيون اليابانية (إن.إتش.كيه) إن ما لا يقل عن 64 شخصا لقوا حتفهم."),
    ).toEqual(["هيئة الإذاعة والتلفزيون اليابانية"]);
    // A sentence run on without its space still ends at its dot.
    expect(speakers("وقال الوزير سامي الخطيب إن الطريق مغلق.وأكد أن العمل مستمر.")).toEqual([
      "سامي الخطيب",
      "سامي الخطيب",
    ]);
  });

  it("finds the name after a role's field set off by commas", () => {
    expect(
      speakers(
        "وقال النائب الأعلى لرئيس الشركة الوطنية، للتكرير والمعالجة والتسويق عبدالعزيز القديمي، إن الاستحواذ مهم.",
      ),
    ).toEqual(["عبدالعزيز القديمي"]);
  });

  it("reads أما X فيقول with X speaking when X is an agent, and cuts a clause at ، + a verb with its own أن", () => {
    const q = withEntities(
      "أما الفيلسوف الأمريكي “ويليام جيمس” فيقول: إن العقل البشري جزئي بطبعه، يرى هذا الفيلسوف أن العقل لا يرى إلا ما يريد.",
    );
    expect(q.map((x) => x.text)).toEqual(["العقل البشري جزئي بطبعه", "العقل لا يرى إلا ما يريد"]);
    expect(speakers("أما الوزير سامي الخطيب فقال إن الوضع جيد.")).toEqual(["سامي الخطيب"]);
    // أما أولاده فيقول: "as for his children, he says": the topic is no agent.
    expect(speakers("وقال الرجل إنه سعيد، أما أولاده فيقول إنه لن يعدهم.")).toEqual(["الرجل", "الرجل"]);
    // An impersonal يعتبر (is considered) opens no statement.
    expect(findQuotes("وقال المأذون إن من تقدم للزواج، يعتبر أن ذلك كاف للموافقة.").map((x) => x.text)).toEqual([
      "من تقدم للزواج، يعتبر أن ذلك كاف للموافقة",
    ]);
  });

  it("ends a role at a relative clause, and keeps بالإنابة and بهذا الخصوص out of names", () => {
    expect(
      speakers("واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الحكومة بأنها قصفت ثلاث مرات ناقلات نفط."),
    ).toEqual(["المؤسسة الوطنية للنفط"]);
    // The spokesman of the group its leader heads speaks, not the leader.
    expect(
      speakers("وقال الناطق باسم الجماعة التي يقودها سامي الخطيب إن المقاتلين انسحبوا.").map(
        (s) => s?.includes("الخطيب") ?? false,
      ),
    ).toEqual([false]);
    expect(speakers("وقال الوزير سامي الخطيب إن الوضع جيد. وقال بهذا الخصوص «لقد تم التوافق على بعض النقاط».")).toEqual(
      ["سامي الخطيب", "سامي الخطيب"],
    );
  });

  it("gives a participle repeating a verb of saying to the subject named between them", () => {
    const text =
      "وقال الدكتور عبدالله الكعيد إن العهد زاهر. وقال الشيخ محمد النجيمي إن الملك حازم. وأردف الكعيد قائلاً: «أنجز الملك الكثير في 100 يوم».";
    expect(speakers(text).at(-1)).toBe("عبدالله الكعيد");
  });

  it("keeps an apposition, a role's complement and the verb's object out of the speaker's name", () => {
    // وهو …: what the speaker is, between commas, not a name.
    expect(speakers("وقال الرئيس الروسي، وهو ضابط مخابرات سابق، إن الفضيحة جرى تضخيمها عمدا.")).toEqual([
      "الرئيس الروسي",
    ]);
    // ل + a noun after the role is its complement; the tagged name after it is the holder's.
    expect(speakers("وقال الأمين العام لأوبك عبد الله البدري إن السوق متوازنة.")).toEqual(["عبد الله البدري"]);
    // A role right after a name is that person's: the verb's object after it names nobody.
    const meeting =
      "عقد الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب اجتماعا بمجلس الإدارة. وقال الرئيس العام إن القرار له إيجابيات عديدة.";
    expect(speakers(meeting)).toEqual(["عبدالله بن مساعد"]);
  });

  it("reads an institution after a role and في as the role's, when a name follows it", () => {
    expect(speakers("وقال الأستاذ في جامعة القاهرة جون سميث إن الدراسة مهمة.")).toEqual(["جون سميث"]);
    expect(speakers("ويقول مدير التسويق في «غوغل» مارتن نايل إن الخدمة مجانية.")).toEqual(["مارتن نايل"]);
    expect(speakers("وقال الوزير في مجلس الشعب، محمد علي، إن الدراسة مهمة.")).toEqual(["محمد علي"]);
    // No name after it: the role speaks, في مجلس الشعب is where.
    expect(speakers("وقال الوزير في مجلس الشعب إن الدراسة مهمة.")).toEqual(["الوزير"]);
  });

  it("reads a country in construct with a role head as the role's, and على written with ى as the preposition", () => {
    expect(speakers("كما أعلن أمير قطر أن بلاده ستقدم مجموعة من المشاريع.")).toEqual(["أمير قطر"]);
    const briefed =
      "وأطلع وزير الخارجية الأمريكي أمير قطر على تفاصيل الاتفاق مع إيران. وقال أمير قطر إن الاتفاق خطوة مهمة.";
    expect(speakers(briefed)).toEqual(["أمير قطر"]);
  });

  it("keeps an unnamed official's nationality in the role and ends the speaker at ل + a Latin outlet", () => {
    expect(speakers("وقال لواء روسي رفيع المستوى لـCNN، إن معركة إدلب قد تبدأ قريبا.")).toEqual([
      "لواء روسي رفيع المستوى",
    ]);
    expect(speakers("وقال وزير استرالي إن الحكومة ستراجع القرار.")).toEqual(["وزير استرالي"]);
  });

  it("leaves the object of اعتبر / وصف / اتهم out of the speaker", () => {
    expect(speakers('واعتبرت البحرين خطوة واشنطن "تندرج ضمن الجهود الأمريكية لمجابهة الإرهاب".')).toEqual(["البحرين"]);
    expect(speakers('ووصفت الخارجية المصرية القرار بأنه "خطوة مهمة".')).toEqual(["الخارجية المصرية"]);
    expect(speakers('واعتبرت الحكومة القرار "خطوة مهمة في الاتجاه الصحيح".')).toEqual(["الحكومة"]);
  });

  it("gives words introduced by جاء ذلك في تغريدة to the speaker, not to ذلك", () => {
    const text =
      'قال أنور قرقاش، وزير الدولة للشؤون الخارجية، إن الخطاب تطاول. جاء ذلك في تغريدة على صفحته بموقع تويتر، حيث قال: "خطاب اليوم تطاول على الدولة".';
    expect(speakers(text)).toEqual(["أنور قرقاش", "أنور قرقاش"]);
  });

  it("skips the topic pronoun (عنه، عنها) between a cue and its subject", () => {
    expect(speakers("وقال عنه المؤرخ الذهبي إنه الإمام العلامة الحافظ.")).toEqual(["المؤرخ الذهبي"]);
    expect(speakers("وقالت عنها لجنة التحكيم إنها رواية رائعة ببساطة.")).toEqual(["لجنة التحكيم"]);
  });

  it("reads أن after مقابل, بشرط or a modal (يمكن أن) as no complement of a cue", () => {
    expect(findQuotes("وأعاد فرض العقوبات التي علقت مقابل أن تخفض إيران نشاطها النووي.")).toEqual([]);
    expect(findQuotes("كما دعا الحكومة إلى تقديم تفاصيل عن الحالات التي يمكن أن يكون أهال قد طردوا فيها.")).toEqual([]);
  });

  it("takes the name in apposition after a role that ends on a quoted name", () => {
    expect(
      speakers('قال المتحدث الرسمي باسم تحالف "دعم الشرعية في اليمن"، تركي المالكي، إنه يعتقد أن المنظمة أخطأت.'),
    ).toEqual(["تركي المالكي"]);
  });

  it("reads المهم after a cue as what matters, not a speaker", () => {
    const text =
      "وقال المدرب فؤاد المسلم إن الفريق جاهز. وعن تأخير التدريبات قال المهم في الأمر أن تكون المدة كافية للإعداد.";
    expect(speakers(text)).toEqual(["فؤاد المسلم", "فؤاد المسلم"]);
  });

  it("gives a document's words to its issuer (وذكر بيان الجيش، بيان للقيادة، بيان الوزارة)", () => {
    expect(speakers("وذكر بيان للقيادة المشتركة أن 17 ضربة جوية نفذت قرب دير الزور.")).toEqual(["القيادة المشتركة"]);
    const ministry = "وأصدرت وزارة الداخلية التونسية بيانا. وذكر بيان الوزارة أن القوات تمكنت من قتل عنصرين.";
    expect(speakers(ministry)).toEqual(["وزارة الداخلية التونسية"]);
  });

  it("does not complete an organisation to a person named with a role in it", () => {
    // (The tagger reads the role into the person here: رامي عبدالرحمن مدير المرصد.)
    const text =
      'ووفقا لوكالة الأنباء الفرنسية، قال رامي عبدالرحمن مدير المرصد: "سقط الصاروخ على حي المغاير الشعبي في حلب القديمة". وأشار المرصد إلى أن جبهة النصرة انسحبت من الحي.';
    expect(speakers(text).at(-1)).toBe("المرصد");
  });

  it("reads صاحب + an elative as the person just named, and an owner of a thing as someone new", () => {
    const speech =
      "وألقى الرئيس حسن روحاني خطابا أمام البرلمان. وأضاف صاحب أعلى منصب تنفيذي في إيران: «اجتماعنا يأتي في مرحلة حساسة»";
    expect(speakers(speech)).toEqual(["حسن روحاني"]);
    const shop = "وقال الطبيب خالد العمري إن المريض بخير. وقالت صاحبة متجر قريب إنها لم تلتق به قط.";
    expect(speakers(shop)).toEqual(["خالد العمري", "صاحبة متجر قريب"]);
  });

  it("reads إفادة, راية, طالبة and بينها as nouns, and a station's quoted name as its own", () => {
    expect(
      withEntities("وقال رئيس الاتحاد الآسيوي في إفادة صحفية «بالتأكيد نحن تابعنا قرار بلاتر بالتنحي».").map((q) => [
        q.speaker,
        q.cue,
      ]),
    ).toEqual([["رئيس الاتحاد الآسيوي", "وقال"]]);
    expect(findQuotes("رفع المشاركون شعارات تبرز تعلقهم بوطنهم وبينها «أنا لبناني أصيل».")).toEqual([]);
    expect(findQuotes("ودعا الناس إلى الانضواء تحت راية «الدولة» والتدرب على السلاح.")).toEqual([]);
    // A verb's form with ta marbuta is a noun (a student, a recipe), never «he asked him», «he described it».
    expect(
      findQuotes("انضمت طالبة القانون، غوادالوبي مارتينيز، إلى الفريق للتأكد من أن المعطف لن يقع تحت طائلة القانون."),
    ).toEqual([]);
    expect(findQuotes("هذا الأمر بمثابة وصفة للفشل، ويجب أن نمنح الأمر مزيدا من الوقت.")).toEqual([]);
    expect(findQuotes("وجه المنتخب لطمة قوية إلى مضيفه الفرنسي وقلب تأخره إلى فوز.")).toEqual([]);
    expect(speakers('وأشارت محطة "صوت أميركا" إلى أن المركز يضم 400 سجين.')).toEqual(['محطة "صوت أميركا"']);
  });

  it("reads a role over a place mention that opens with مدينة/منطقة by the place's name (أمير منطقة عسير)", () => {
    const text =
      "أكد أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة الأمير فيصل بن خالد، أن فوز مدينة أبها باللقب جعل المسؤولية مضاعفة. " +
      "وقال أمير عسير عقب رعايته حفل افتتاح مهرجان أبها مساء أمس بممشى الضباب: أبها ستحتاج منا جميعا إلى عمل وجهد مضاعفين.";
    expect(speakers(text)).toEqual(["فيصل بن خالد", "فيصل بن خالد"]);
  });

  it("reads كشف هويته، ذكر اسمه as a name withheld, not as a report, and finds the source that spoke", () => {
    expect(speakers("وقال المسؤول الذي لم يشأ كشف هويته إن الهجوم على القنصلية مرتبط بحزب التحرر.")).toEqual([
      "المسؤول",
    ]);
    expect(
      speakers("وأكدت والدة إحدى الضحايا رافضة كشف اسمها لوكالة الصحافة الفرنسية: «سجلوا شريطا لابني في 2011»."),
    ).toEqual(["والدة إحدى الضحايا"]);
    expect(
      speakers("ونقلت الوكالة عن مصدر في حكومة كوريا الجنوبية لم تكشف عن اسمه قوله، إن التعليق سيؤثر على المناورات."),
    ).toEqual(["مصدر في حكومة كوريا الجنوبية"]);
    expect(speakers('ثم قال مسؤول في طالبان للوكالة، طالبا أيضا عدم الكشف عن اسمه "حسب معلومات لقد توفي".')).toEqual([
      "مسؤول",
    ]);
  });

  it("ends an outlet before a participle whose complement the phrase lost (صحيفة «آس» الصادرة من مدريد)", () => {
    expect(speakers('وذكرت صحيفة "آس" الصادرة من مدريد أن ريال مدريد اعتمد على سياسة النجوم.')).toEqual(['صحيفة "آس"']);
    expect(speakers("وقالت صحيفة آفي المقربة من الحكومة إن الاتفاق قريب.")).toEqual(["صحيفة آفي"]);
  });

  it("reads the office's place into the role (مدير أمن عدن، في منطقة عسير) and finds the holder after it", () => {
    expect(speakers("أكد نائب مدير أمن عدن فضل الراعي أن الجسر الجوي الإغاثي وصل.")).toEqual(["فضل الراعي"]);
    expect(
      withEntities(
        "وأوضح المنسق العام للجنة المحلية للانتخابات في منطقة عسير علي شطوان أنه تم تأمين المراكز بجميع التجهيزات.",
      ).map((q) => q.speaker),
    ).toEqual(["علي شطوان"]);
  });

  it("does not give a role to a name inside a relative clause after it", () => {
    const text =
      "ونوه المهندس عبدالعزيز آل حسن مدير عام السياحة والتراث الوطني في منطقة الرياض بالدعم الذي يوليه الأمير سلطان بن سلمان رئيس الهيئة العامة للسياحة والتراث الوطني. " +
      "وأشار مدير عام السياحة والتراث الوطني في منطقة الرياض إلى أن هيئة السياحة تعول على البرامج.";
    expect(withEntities(text).map((q) => q.speaker)).toEqual(["عبدالعزيز آل حسن"]);
  });

  it("reads an organisation named before its verb as the speaker (لكن مجموعة «الخوذ البيضاء» قالت إن)", () => {
    expect(
      speakers('دعا الرئيس بشار الأسد إلى العودة. لكن مجموعة "الخوذ البيضاء" قالت إن نحو 650 من عناصرها عالقون.'),
    ).toEqual(['مجموعة "الخوذ البيضاء"']);
    expect(speakers("لكن وزارة الخارجية قالت إن الوضع صعب.")).toEqual(["وزارة الخارجية"]);
    // A group described, not named; a clause a comma closes before the verb.
    expect(speakers("وآخر يعزو الظاهرة إلى التبرعات، ومجموعة أخرى ترى أن شبكات التواصل لعبت دورا.")).toEqual([]);
    expect(speakers("لكن محكمة التمييز العراقية أعادت دراسة الملف، واعتبرت أن الأمر لم يكن بسيطا.")).toEqual([]);
  });

  it("gives words with no speaker to the organisation whose stance the sentence before reported", () => {
    const text =
      'وأدانت اللجنة الدولية للصليب الأحمر على حسابها عبر تويتر الهجمات. وكتبت "من السويداء... أخبار مفجعة. المدنيون ليسوا أهدافا".';
    expect(withEntities(text).map((q) => q.speaker)).toEqual(["اللجنة الدولية للصليب الأحمر"]);
    // A narrated act is no stance: the words stay the last speaker's.
    const act =
      'وقال المدرب جوسيب غوارديولا إن الموسم كان صعبا. وأنهى مانشستر سيتي الموسم الماضي في المركز الثالث. وتابع "لكن في نفس الوقت لم نستسلم أبدا".';
    expect(withEntities(act).map((q) => q.speaker)).toEqual(["جوسيب غوارديولا", "جوسيب غوارديولا"]);
  });

  it("keeps the day out of an organisation named before its bare head (وزارة الدفاع الروسية اليوم … الوزارة)", () => {
    const text =
      "أعلنت وزارة الدفاع الروسية اليوم الأربعاء أن السلطات أقامت مركزا. وقالت الوزارة في بيان إن المركز يعمل.";
    expect(speakers(text)).toEqual(["وزارة الدفاع الروسية", "وزارة الدفاع الروسية"]);
  });

  it("reads إضافة as 'in addition', not as a verb of saying", () => {
    expect(findQuotes('ويأتي هذا التكريم إضافة لتحقيق الشركة المرتبة الثانية عن فئة "دراسة الجودة المبدئية".')).toEqual(
      [],
    );
  });

  it("reads a role's nisba adjectives and the outlet told as no name (متحدث عسكري حوثي، متحدث رسمي لوكالة رويترز)", () => {
    expect(speakers("وقال متحدث عسكري حوثي إن الطائرات قصفت المصفاة.")).toEqual(["متحدث عسكري حوثي"]);
    expect(withEntities("وقال متحدث رسمي لوكالة رويترز إن الفريق سعيد.").map((q) => q.speaker)).toEqual(["متحدث رسمي"]);
  });

  it("reads the organisation a role is in before the holder's name, or closing the phrase (مدرب ريال مدريد)", () => {
    const text = "وقال مدرب ريال مدريد زين الدين زيدان إن المباراة صعبة. وأضاف مدرب ريال مدريد أن الفريق جاهز.";
    expect(withEntities(text).map((q) => q.speaker)).toEqual(["زين الدين زيدان", "زين الدين زيدان"]);
    expect(
      withEntities("وقال قائد شرطة دبي الفريق ضاحي خلفان إن القادم سيقضي على سمعة نصر الله.").map((q) => q.speaker),
    ).toEqual(["ضاحي خلفان"]);
    // The club's apposition goes on: the name after the comma speaks.
    const apposed =
      "أعلن مدرب بايرن ميونيخ بطل دوري الدرجة الأولى الألماني لكرة القدم، نيكو كوفاتش، الثلاثاء، أن ليفاندوفسكي يريد الرحيل.";
    expect(withEntities(apposed).map((q) => q.speaker)).toEqual(["نيكو كوفاتش"]);
  });

  it("reads a quoted outlet after لـ as the one told, neither a quote nor part of the speaker", () => {
    const text =
      'وأوضح المالكي لـ"سكاي نيوز عربية" أن هناك ازدواجية في المعايير. وأضاف: "هناك عدم حيادية من منظمات دولية".';
    expect(findQuotes(text).map((q) => [q.speaker, q.text])).toEqual([
      ["المالكي", "هناك ازدواجية في المعايير"],
      ["المالكي", "هناك عدم حيادية من منظمات دولية"],
    ]);
    expect(findQuotes('وأكدت مصادر لـ"سكاي نيوز عربية" قيام الميليشيا بقصف المدينة.')).toEqual([]);
  });

  it("reads the topic أما fronts as the subject of a verb after فقد (أما المؤيدون فقد رأوا أن)", () => {
    expect(speakers("أما المؤيدون فقد رأوا أن القرار كان ضروريا في ظل تعدد خيارات الهجوم.")).toEqual(["المؤيدون"]);
    const minister =
      "قال الرئيس روحاني إن بلاده مستعدة للتعاون. أما وزير خارجيته فقد أعرب عن أمله بأن تقوم باريس وطهران بتوثيق علاقاتهما.";
    expect(speakers(minister)).toEqual(["روحاني", "وزير خارجيته"]);
  });

  it("does not take the one spoken about (تحدث عن) or an accusative plural object (ودعت الجمهوريين) for the speaker", () => {
    const about = 'وتحدث حسين منتظري عن ياسر الحبيب دون تسميته بالقول: "هنالك العديد من الأدلة التي تثبت ذلك".';
    expect(withEntities(about).map((q) => q.speaker)).toEqual(["حسين منتظري"]);
    const object =
      "وقالت كلينتون إن الانتخابات حاسمة، ودعت الجمهوريين إلى «الاستماع لمطالب الشعب الكوبي»، مضيفة أن «الغالبية تريد تقاربا».";
    expect(withEntities(object).map((q) => q.speaker)).toEqual(["كلينتون", "كلينتون", "كلينتون"]);
  });

  it("reads a person right before الذي as the speaker of the relative clause, unless the verb makes them its object", () => {
    const text = "وكان ذبيح الله مجاهد الذي يقول إنه المتحدث باسم طالبان قد تواصل مع وسائل الإعلام.";
    const at = text.indexOf("ذبيح");
    const person = [{ text: "ذبيح الله مجاهد", type: "PER" as const, start: at, end: at + 15, entity: "per_z" }];
    expect(findQuotes(text, person).map((q) => q.speaker)).toEqual(["ذبيح الله مجاهد"]);
    const object = 'وقال ترامب إن بلاده لن تدفع شيئا لإطلاق القس أندرو برانسون الذي وصفه بأنه "رهينة وطني عظيم".';
    const at2 = object.indexOf("أندرو");
    const brunson = [{ text: "أندرو برانسون", type: "PER" as const, start: at2, end: at2 + 13, entity: "per_b" }];
    expect(findQuotes(object, brunson).map((q) => q.speaker)).not.toContain("أندرو برانسون");
  });

  it("reads a verb form with a pronoun right after a verb of saying as the speaker's name (وأضاف زاده أن)", () => {
    const text = 'وقال المسؤول إن الوضع صعب. وأضاف زاده أن "كثيرين من حملة الشهادات على استعداد للعمل".';
    expect(findQuotes(text).map((q) => [q.speaker, q.cue])).toEqual([
      ["المسؤول", "وقال"],
      ["زاده", "وأضاف"],
    ]);
  });

  it("reads وبين after an earlier بين of its sentence as 'and between', and إضافتها as a noun", () => {
    const between =
      "وقال الكاتب إن النقد مفيد. لم أفرق بين حالة شعرية ذات بعد انفعالي، قد تكون معبرة عن لحظة، وبين موقف الشاعر من التشاؤم، ثانيا: النظرة المتشائمة واقعية نقدية.";
    expect(findQuotes(between).map((q) => q.cue)).toEqual(["وقال"]);
    expect(findQuotes("فإن المليارات التي يتوقع إضافتها إلى الاقتصاد السعودي تزيد عن موازنات دول بأكملها.")).toEqual(
      [],
    );
  });

  it("reads رأيت as a dream or a thing seen, and the name رايت as a name, not a cue", () => {
    expect(findQuotes("غصن مبلل ام حمد ـ الدمام رأيت انني على رأس جبل وفيه غيمة ثقيلة ونزلت قطرات.")).toEqual([]);
    const wright = "ويقول دكتور أندرو رايت، أستاذ الجلدية بجامعة بيدفورد، إن المشكلة ليست في الكلور في حد ذاته.";
    expect(withEntities(wright).map((q) => [q.speaker, q.cue])).toEqual([["أندرو رايت", "ويقول"]]);
  });

  it("keeps the gender of a weak-final verb (نفى) for the feminine cue after it", () => {
    const text =
      "كشفت وثائق مسربة أن التخفيض ساهم في الجرائم. وفي وقت سابق، نفى وزراء بريطانيون أن يكون الانخفاض سببا في الجرائم. وذكرت الوثيقة أن عدد الضباط انخفض.";
    expect(speakers(text)).toEqual(["وثائق مسربة", "وزراء بريطانيون", "وثائق مسربة"]);
  });

  it("reads المؤسسة as an institution, not a founder, so it is not the one whose role names it", () => {
    const text =
      "أوضحت المؤسسة العامة للخطوط الحديدية أن القطار رقم (6) قد توقف عند الكيلو 310. وقال المتحدث الإعلامي للمؤسسة العامة للخطوط الحديدية ناصر الدوسري، إنه تم على الفور فحص القطار.";
    expect(withEntities(text).map((q) => q.speaker)).toEqual(["المؤسسة العامة للخطوط الحديدية", "ناصر الدوسري"]);
  });

  it("reads a mark before a comma as closing words opened without one, and ل + a possessed noun as the one told", () => {
    const closing =
      'وفي بيان للتنظيم، اعلن مسؤوليته عن تفجير سيارة مفخخة في منطقة الزعفرانية"، واخرى في منطقة بغداد الجديدة".';
    expect(findQuotes(closing)).toEqual([]);
    // An ellipsis may open the words.
    const ellipsis = 'وقالت مديرة البرنامج "... في واقع الأمر لا يوجد شيء طوعي بشأنها".';
    expect(findQuotes(ellipsis).map((q) => q.text)).toEqual(["... في واقع الأمر لا يوجد شيء طوعي بشأنها"]);
    const told = 'تجعل الزوجة تقول لزوجها عند عودتها إليه بعد الحفل: "تصدق عاد! خطبتني أكثر من وحدة!".';
    expect(findQuotes(told).map((q) => q.speaker)).not.toContain("لزوجها عند عودتها إليه");
  });

  it("reads a person right after دعا as its subject, and a group there as the one called on", () => {
    const text =
      "وقال وزير الخارجية الماليزي حنيفة أمان إن الوضع صعب. من جهته، دعا وزير الخارجية الفليبيني البرت ديل روزاريو الذي انخرطت بلاده في المواجهات، إلى «وقف استصلاح الأراضي ووقف البناء».";
    expect(withEntities(text).map((q) => q.speaker)).toEqual(["حنيفة أمان", "البرت ديل روزاريو"]);
    expect(speakers("وقال الوزير إن الوضع صعب. ودعا الحكومة إلى «وقف استصلاح الأراضي ووقف البناء».")).toEqual([
      "الوزير",
      "الوزير",
    ]);
  });

  it("reads فرع and قسم as the office a role heads (مدير فرع الوزارة), and ب + a place as where it is", () => {
    expect(withEntities("وأوضح مدير فرع الوزارة أن المعرض شمل سبعين لوحة.").map((q) => q.speaker)).toEqual([
      "مدير فرع الوزارة",
    ]);
    expect(withEntities("وقالت الشرطة بمحافظة جدة إن المدعي تقدم بشكوى.").map((q) => q.speaker)).toEqual([
      "الشرطة بمحافظة جدة",
    ]);
    const office =
      "وأوضح مدير مكتب الحملة بلبنان وليد بن علي الجلال أن البرنامج مستمر. من جانبه، أبان مدير مكتب الحملة بتركيا خالد بن عبدالرحمن السلامة، أن الأفران مستمرة في إنتاج الخبز.";
    expect(withEntities(office).map((q) => q.speaker)).toEqual(["وليد بن علي الجلال", "خالد بن عبدالرحمن السلامة"]);
  });

  it("gives words after وجاء في بيان + its issuer to that issuer", () => {
    const issuer = speakerAfterMinister;
    expect(issuer("وجاء في بيان وزارة الخارجية الروسية أن السلطات تحققت من ذلك.")).toBe("وزارة الخارجية الروسية");
    expect(issuer("وجاء في بيان صادر عن الجبهة ونشر في حساباتها، أن «مجموعة دخلت قبل أيام إلى سوريا».")).toBe("الجبهة");
    expect(issuer("وجاء في بيان للمجلس أوردته وكالة الأنباء السعودية، أن المهلة انتهت.")).toBe("المجلس");
    expect(issuer("وجاء في بيان للجنة منظمة اليونسكو المجتمعة في المنامة أن المدينة تقدم معارف جمة.")).toBe("اليونسكو");
    // No issuer after it: the last speaker goes on.
    expect(issuer("وجاء في بيان لها أن السلطات تحققت من ذلك.")).toBe("الوزير");
  });

  it("gives a feminine participle to a country named after the sentence's feminine verb", () => {
    const text =
      "وقال مولود تشاوش أوغلو إن الحرب طويلة. وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية، مشيرة الى انها تستهدف ناشطين من حزب العمال.";
    expect(withEntities(text).map((q) => q.speaker)).toEqual(["مولود تشاوش أوغلو", "تركيا"]);
  });

  it("ends the speaker at حول and at حديثها, and leaves a stance named as the object out of it", () => {
    const about =
      "وقال أليكسيس سانشيز إن الفوز مهم. وأردف التشيلي حول خصمه في النهائي: الفيصلي فريق قوي جدا، لعبوا بشكل جيد.";
    expect(withEntities(about).map((q) => q.speaker)).toEqual(["أليكسيس سانشيز", "التشيلي"]);
    const talk = 'قالت هيفاء وهبي إن الكلام غلط. وتابعت هيفاء حديثها حول المشهد المسرب: "وبالنسبة للمشهد كان بروفة".';
    expect(withEntities(talk).map((q) => q.speaker)).toEqual(["هيفاء وهبي", "هيفاء وهبي"]);
    const stance = 'وقال الرئيس إن الوضع صعب. وأكد إدانة "معاداة السامية بجميع أشكالها".';
    expect(speakers(stance)).toEqual(["الرئيس", "الرئيس"]);
  });

  it("reads what a relative clause says was said (التي قالها) as no report of the words after it", () => {
    const text =
      'وقال الرئيس إن القدس عاصمة. ونفى الملاحظات التي قالها خلال اجتماع للمجلس المركزي، وكانت الولايات المتحدة دعته في مسودة البيان إلى "الامتناع عن التعليقات المعادية".';
    expect(findQuotes(text).map((q) => q.cue)).toEqual(["وقال"]);
  });

  it("reads the place a role rules after عام or as a named place, and a second role joined by و", () => {
    const second = speakerAfterMinister;
    expect(second("من جهة أخرى، أكد مدعي عام نيويورك أن جيفري ويب اعترف بالتهم.")).toBe("مدعي عام نيويورك");
    expect(second("وأوضح نائب مدير مطار عدن الدولي أن هناك تنسيقا يجري مع قوات التحالف.")).toBe(
      "نائب مدير مطار عدن الدولي",
    );
    expect(second("وأعلن مدعي عام باريس ومسؤول نيابة مكافحة الإرهاب فرنسوا مولانس أن لقديم أدرج على اللائحة.")).toBe(
      "فرنسوا مولانس",
    );
  });

  it("reads بين after a noun as 'between' inside the phrase after a cue, and a first بين a later وبين closes", () => {
    const kremlin =
      'وقال الكرملين في بيان، الجمعة، إثر اتصال هاتفي بين الرئيسين: "من الضروري تجنب أي عمل متهور وخطير".';
    expect(withEntities(kremlin).map((q) => [q.speaker, q.cue])).toEqual([["الكرملين", "وقال"]]);
    const pair =
      "المؤتمر الذي انعقد في السعودية، الخميس، بين سامح شكري، وزير الخارجية المصري، وبين عادل الجبير، وزير الخارجية السعودي.";
    expect(findQuotes(pair)).toEqual([]);
    // A poll's finding, past a بين of its dates, is no one's words.
    const poll =
      'وقال الوزير إن الحوار متعثر. وجاء في استطلاع للرأي أعدته مؤسسة "كيد غالوب" في الفترة ما بين 5 و15 أيار/مايو أن 63 بالمئة يطالبون برحيل الرئيس.';
    expect(findQuotes(poll).map((q) => q.speaker)).toEqual(["الوزير"]);
  });

  it("stops a document's scan at a verb after a comma, and reads لـ + a name closing a role as its purpose", () => {
    const verse =
      "فكان من الأهمية بمكانه: كشف الشبهات وبيان الحق ودحض الباطل، وقد قال تعالى: ( بل نقذف بالحق على الباطل فيدمغه ).";
    expect(findQuotes(verse)).toEqual([]);
    const festival =
      'قال الأمير خالد الفيصل إن المهرجان ناجح. وقال سمو أمير منطقة مكة المكرمة رئيس اللجنة الإشرافية لسوق عكاظ :" إن تنمية الثقافة والأدب مهمة".';
    expect(withEntities(festival).map((q) => q.speaker)).toEqual(["خالد الفيصل", "خالد الفيصل"]);
  });

  it("reads وصف/وصفت with ب right after it as the passive, and a club's league as no part of its name", () => {
    const passive =
      "وقال وزير الخارجية إن التحركات مقلقة. وتابع عمليات الاستصلاح التي تقوم بها بلاده ووصفت بأنها تؤدي إلى «عسكرة» بحر الصين الجنوبي.";
    expect(findQuotes(passive).map((q) => q.cue)).toEqual(["وقال"]);
    const powell = 'وفي خطاب مقتضب أمام الكونغرس، وصف باول "آفاقا اقتصادية قوية" للولايات المتحدة.';
    expect(withEntities(powell).map((q) => q.cue)).toEqual(["وصف"]);
    const club = "أكد أرسنال المنتمي للدوري الإنجليزي الممتاز لكرة القدم أن مهاجمه أوليفييه جيرو لم يفقد وعيه.";
    expect(withEntities(club).map((q) => q.speaker)).toEqual(["أرسنال"]);
  });

  it("reports nothing for a masdar after a modal, the Prophet's saying after a pronoun, or a banner (لافتة)", () => {
    const said = "وقال المدير إن الإحصائيات مهمة. ";
    const cues = (s: string) => findQuotes(said + s).map((q) => q.cue);
    expect(cues("ويمكن وصف تلك البيئة بأنها محمية طبيعية نباتية وحيوانية.")).toEqual(["وقال"]);
    expect(
      cues("وروى الشيخان عن النبي صلى الله عليه وسلم أنه قال: «من كان في حاجة أخيه كان الله في حاجته».").length,
    ).toBe(1);
    expect(cues("تخيل أنك تجد لافتة مكتوبا عليها: «مدينة رشيد تقع على بعد 200 كيلومتر».")).toEqual(["وقال"]);
    // The participle goes on with its complement.
    expect(cues("وتابعت أن مبيعاتها تجاوزت 800 ريال، لافتة أنه ورغم صغر سنها تتقن الحرفة.")).toContain("لافتة");
  });

  it("keeps a title that leaves only 'other' behind as the noun (والفريق الآخر يرى)", () => {
    expect(speakers("والفريق الآخر يرى أن مصدر هذا التهديد هو «داعش».")).toEqual(["الفريق الآخر"]);
  });

  it("reads a name in quote marks after تلفزيون, دار, أغنية, قاعدة as a name, not the words said", () => {
    const station =
      "وقال نتنياهو في مقابلة مع تلفزيون «إيه بي سي» إن «الحل الوحيد الذي سنقبل به هو تفكيك كل الإمكانات».";
    expect(findQuotes(station).map((q) => q.text)).toEqual(["الحل الوحيد الذي سنقبل به هو تفكيك كل الإمكانات"]);
    const base = 'ووصف ما يجري حالياً في قاعدة "العند" بأنه عمليات تكتيكية على الأرض تهدف لتحقيق نتائج.';
    expect(findQuotes(base).map((q) => q.text)).not.toContain("العند");
  });

  it("reads an organisation's nationality between it and the holder's name as the role's (ريال مدريد الإسباني)", () => {
    const coach = "وقال مدرب ريال مدريد الإسباني زين الدين زيدان إن المباراة صعبة.";
    expect(withEntities(coach).map((q) => q.speaker)).toEqual(["زين الدين زيدان"]);
    const club = "وقال رئيس نادي ريفر بليت الأرجنتيني رودولفو دونوفريو إن اللاعب لم يوقع.";
    expect(withEntities(club).map((q) => q.speaker)).toEqual(["رودولفو دونوفريو"]);
  });

  it("ends the speaker at how they spoke (قالوا بصوت واحد)", () => {
    const text = "سمع الطلاب الكلام فما كان منهم إلا أن قالوا بصوت واحد: «لا يا أستاذ، ها هو جبل رضوى أمامنا».";
    expect(findQuotes(text).map((q) => q.speaker)).not.toContain("بصوت واحد");
  });

  it("gives a plural cue with no subject of its own to a group, never to the one person named before", () => {
    // The group fronted in the cue's clause, with its quantity (بعض الدبلوماسيين أكدوا).
    const fronted =
      "وقال وزير الخارجية أحمد علي إن الوضع صعب. لكن بعض الدبلوماسيين أكدوا أن الخيار الأرجح هو العقوبات.";
    expect(speakers(fronted)).toEqual(["أحمد علي", "بعض الدبلوماسيين"]);
    // The group the sentence opens with, for a plural participle and for وقالوا after it.
    const opening =
      "استنكر دبلوماسيون عرب ومصريون مزاعم نوري المالكي ضد المملكة، مؤكدين أنها تتصدى للإرهاب، وقالوا إن مواقفه تخدم مصالح إيران.";
    expect(speakers(opening)).toEqual(["دبلوماسيون عرب ومصريون", "دبلوماسيون عرب ومصريون"]);
    expect(withEntities(opening)[0]!.anonymous).toBe(true);
    // A plural in construct with its genitive (مدراء الشركة، أبناء الحي), and البعض by itself.
    expect(speakers("لكن مدراء الشركة قالوا إنه من المهم أن نتذكر الربع الأخير.")).toEqual(["مدراء الشركة"]);
    expect(speakers("وانتقده البعض وقالوا إنه غير مطلع على التكنولوجيا.")).toEqual(["البعض"]);
    // No group named: the words are nobody's we can tell, not the last speaker's.
    const nobody =
      "وقال رونالدينيو إنه سعيد بالزيارة. وأشار إلى أنه سمع عن السعودية كثيرا وقالوا له إن الناس هنا يحبون الكرة.";
    expect(speakers(nobody)).toEqual(["رونالدينيو", "رونالدينيو"]);
    // A group quoted last goes on with وأضافوا; وأضاف after it is one person again.
    const residents =
      "وقال الوزير خالد العمري إن المحطة جاهزة. وقال سكان محليون إن الصواريخ سقطت على الحي. وأضافوا أن الحريق امتد. وأضاف أن الفرق تعمل.";
    expect(speakers(residents)).toEqual(["خالد العمري", "سكان محليون", "سكان محليون", "خالد العمري"]);
  });

  it("reads a time adverb after the cue (أعلنت أخيرا أن) as no speaker", () => {
    const text = "وكانت فيدريكا موغيريني قد أعلنت أخيرا أن الاتحاد مستعد لفرض عقوبات. وقال أخيرا إن الأمر انتهى.";
    expect(speakers(text)).not.toContain("أخيرا");
  });

  it("reads قالت الشركة as the company last quoted when the one named after it was an object", () => {
    const text =
      "قدمت شركة هيربالايف طلبا إلى شركة تويتر للحصول على بيانات مستخدم. وقالت هيربالايف إنها تريد معلومات عنه. " +
      "وقالت الشركة في الطلب: «التغريدات تحتوي على تشهير كثير».";
    expect(speakers(text)).toEqual(["هيربالايف", "هيربالايف"]);
    // Named as a source, the newspaper last named is meant.
    const paper =
      'وكشفت صحيفة "داريو تاندي" أن المدرب وافق. وأضافت الصحيفة أن العقد جاهز. ويطلب المدرب ثلاثة ملايين دولار، ' +
      'بحسب صحيفة "نيويورك بوست" التي كشفت أن الاتحاد اتصل به. وزادت الصحيفة أن المدرب طلب مهلة.';
    expect(speakers(paper).at(-1)).toBe("صحيفة نيويورك بوست");
  });

  it("reads the words after a plural verb as its object, its subject standing before it", () => {
    const text = "وخرج مسؤولو الهيئة ببيانات وتصريحات صحفية يؤكدون جاهزية الكويت للتنظيم، وأن «قرارات الاتحاد نهائية».";
    expect(speakers(text)).not.toContain("جاهزية الكويت");
  });

  it("gives a feminine cue after a man's words to the organisation its sentence opens with (وكانت اللجنة قد)", () => {
    const text =
      'وقال المسعد: "اللجنة يحق لها التوضيح للرأي العام". ' +
      "وكانت لجنة المنشطات قد برأت اللاعب من خلال بيانها الصادر أمس، وأكدت من خلاله أن الإبرة غير محظورة دوليا.";
    expect(speakers(text)).toEqual(["المسعد", "لجنة المنشطات"]);
  });

  it("reads God in a prayer (سائلين المولى أن) as the one asked, and the Rhine (راين), a clause or manner as no speaker", () => {
    const prayer = "وعبر أهالي الحي عن حزنهم سائلين المولى عز وجل أن يتغمده بواسع رحمته.";
    expect(speakers(prayer)).toEqual(["أهالي الحي"]);
    expect(speakers("وقال إن ولاية شمال راين فستفاليا تستقبل اللاجئين.")).not.toContain("فستفاليا");
    const clause = "وقال عمر الشريف إن الفيلم جميل. ثم نظر إلينا فقال وهو يبتسم إن النقاد لا يفهمون.";
    expect(speakers(clause)).toEqual(["عمر الشريف", "عمر الشريف"]);
    const manner = "وقال عمر الشريف إن الفيلم جميل. ثم نظر إلينا فقال بسخرية إن النقاد لا يفهمون.";
    expect(speakers(manner)).toEqual(["عمر الشريف", "عمر الشريف"]);
  });

  it("reads a name the tagger found in quote marks as no words said, and goes on to the words after it", () => {
    const text =
      "قال المتحدث باسم البيت الأبيض، جوش إرنست، في مقابلة خاصة مع “سكاي نيوز عربية”، إن واشنطن حريصة على أمن الخليج.";
    expect(withEntities(text).map((q) => q.text)).toEqual(["واشنطن حريصة على أمن الخليج"]);
    expect(speakers('وفقا لما قاله رئيس فولكان ايروسبيس "تشاك بيمز".')).toEqual([]);
  });

  it("does not take the one asked (فسأل زوجته) or the one given condolences (لخادم الحرمين) for the speaker", () => {
    const asked = "مرض الملك، فسأل زوجته الرابعة: (أحببتك أكثر من باقي زوجاتي فهل ترضين أن تأتي معي)";
    expect(speakers(asked)).not.toContain("زوجته الرابعة");
    const condolences =
      "قال رئيس المجلس الدكتور خالد بن محمد اليوسف إن الجريمة نكراء. " +
      "ورفع الدكتور اليوسف التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، سائلاً الله أن يتغمد الشهداء برحمته.";
    expect(speakers(condolences)).toEqual(["خالد بن محمد اليوسف", "خالد بن محمد اليوسف"]);
  });

  it("reads the subject of a verb before a comma and a participle past the outlet told in quote marks", () => {
    const text =
      "بحسب ما أكد وولتر غولييلموني للصحيفة الأسبوعية الفرنسية «جورنال دو ديمانش»، قائلا: «أعربت أندية أوروبية كبرى عن اهتمامها بجهود كافاني».";
    expect(speakers(text)).toEqual(["وولتر غولييلموني"]);
    const confirmed =
      'أكد الوزير سامح شكري ذلك، وهو ما أكده عادل الجبير، قائلا: "السعودية على دراية كاملة بما تقوم به القاهرة".';
    expect(speakers(confirmed)).toEqual(["عادل الجبير"]);
  });

  it("reads ل + an office right after the cue as the one told (الذي أكد لوزير الخارجية عادل الجبير أن)", () => {
    const text =
      "وجاء ذلك في تصريح الشيخ محمد بن زايد ولي عهد الإمارات، الذي أكد لوزير الخارجية عادل الجبير أن السعودية تمثل حجر الزاوية.";
    expect(speakers(text)).toEqual(["محمد بن زايد"]);
  });

  it("gives a verb of saying joined to its sentence's first verb that verb's organisation (ورفض أرسنال …، لكنه قال)", () => {
    const text =
      "وقال الوزير خالد العمري إن الاتفاق مهم. ورفض أرسنال تأكيد قيمة عقد الرعاية، لكنه قال إن رواندا أحدثت نقلة كبيرة.";
    expect(speakers(text)).toEqual(["خالد العمري", "أرسنال"]);
    // Not the outlet that relays another's words (ونقلت فرانس برس عن ماكرون …، قبل أن يضيف).
    const relay =
      'ونقلت "فرانس برس" عن إيمانويل ماكرون في مقابلة إن بوتين "رجل قوي جدا"، قبل أن يضيف "علينا ألا نبدو ضعفاء أمامه".';
    expect(speakers(relay)).not.toContain("فرانس برس");
  });

  it("gives no speaker to whoever says it (ممن يرون، من يعتبر أن), but keeps one named after the verb", () => {
    const whoever = "انتقد رئيس الحزب سمير جعجع من يعتبر أن المقاومة هي القوة الوحيدة.";
    expect(speakers(whoever)).toEqual([]);
    const named = "حذرت رئيسة الوزراء تيريزا ماي الرئيس التركي من حملته ضد من تعتقد أنقرة أنهم وراء محاولة الانقلاب.";
    expect(speakers(named)).toEqual(["أنقرة"]);
  });

  it("ends when an organisation mention starts inside a token (بالهيئة), where it once looped", () => {
    const text =
      "وشارك في الجولة المدير العام لفرع الهيئة بالمنطقة المهندس عبداللطيف البنيان، والمدير العام لإدارة التراخيص بالهيئة المهندس عمر المبارك، ومدير إدارة الرقابة المهندس عبدالرحمن الركبان، ورافقهم عدد من المفتشين. " +
      "ولفت المهندس البنيان إلى أنه تم تحقيق العقوبات على المنشآت التي سجل عليها مخالفات في الإخلال بالجودة.";
    const quotes = withEntities(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toMatch(/البنيان$/);
  });

  it("stays linear on pathological input", () => {
    const text = `${"قال ".repeat(20000)}${"«".repeat(5000)} نص بلا نهاية ${'"'.repeat(5000)}`;
    const t = performance.now();
    findQuotes(text);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it("grows linearly up to a 200 KB article, with and without sentence punctuation", () => {
    for (const unit of [
      "وقال وزير النقل سامي الخطيب إن الطريق مغلق، وأضاف أن العمل مستمر وقالت الشركة إن الخدمة مجانية ",
      "وأكد الوزير أن المياه انحسرت. وكانت الحكومة قد أعلنت أن المدارس ستفتح. وقال: العمل مستمر. ",
    ]) {
      const time = (size: number) => {
        const text = unit.repeat(Math.ceil(size / unit.length));
        const t0 = performance.now();
        expect(findQuotes(text).length).toBeGreaterThan(size / 200);
        return performance.now() - t0;
      };
      const small = time(50_000);
      const big = time(200_000);
      // Four times the text: about four times the time (quadratic would be sixteen); noise allowed.
      expect(big).toBeLessThan(8 * small + 500);
    }
  }, 60_000);
});

describe("findQuotes: the place of the speaker's office", () => {
  it("is read with the role, not into the name, when ب glues it before the holder's name", () => {
    expect(speakers("وقال مدير فرع الهيئة بتبوك سالم العنزي إن العمل مستمر.")).toEqual(["سالم العنزي"]);
    expect(speakers("وأوضح مدير إدارة المرور بحائل فهد الشمري أن العمل مستمر.")).toEqual(["فهد الشمري"]);
    // Not a given name before a kunya.
    expect(speakers("وقال الممثل بديع أبو شقرا إن العمل مستمر.")).toEqual(["بديع أبو شقرا"]);
  });
});

describe("findQuotes: what is not a speaker or not a quote (session 14 samples)", () => {
  it("takes a feminine circumstantial after the cue for how she spoke, not for her name", () => {
    const text =
      "قالت ناديا تولوكونيكوفا إن الأغنية رد على ترامب. وأضافت موجهة رسالة إلى ترامب: «لا تتغابى، لا تكن أحمق».";
    expect(speakers(text)).toEqual(["ناديا تولوكونيكوفا", "ناديا تولوكونيكوفا"]);
  });

  it("reads the speaker past من خلاله between the verb and its subject", () => {
    const text = "رد النادي في بيان قوي، أشارت من خلاله الإدارة إلى أنها لن تحترم قرار العقوبة.";
    expect(speakers(text)).toEqual(["الإدارة"]);
  });

  it("drops what figures, estimates and studies show (rule 1: findings of non-agent sources)", () => {
    for (const text of [
      "وتشير أرقام الاتحاد الأوروبي إلى أن ألمانيا تستورد نصف غازها من روسيا.",
      "وتشير التقديرات إلى أن ثلاثة آلاف شخص يحضرون برامج التأهيل كل عام.",
      "وكشفت بيانات المصارف أن النقد الأجنبي ارتفع.",
      "وأشارت دراسات مختلفة إلى أن الشوكولاتة تحسن المزاج.",
    ])
      expect(withEntities(text)).toEqual([]);
  });

  it("drops what a fact shows after ما (the journalist's inference), not what someone says after it", () => {
    expect(withEntities("وسجلت الشركة إنفاقا بلغ 831 مليون دولار، وهو ما يشير إلى أنها ستنفق المزيد.")).toEqual([]);
    expect(withEntities("وتعاقد النادي مع مدرب جديد، مما يؤكد أن هناك عملا جادا.")).toEqual([]);
    expect(withEntities("وتأخر إعلان الأسماء، ما يؤكد صحة الاتهامات بأن الإدارات تتحكم في الأمر.")).toEqual([]);
    // What someone says: «ما يقول» keeps its speaker.
    expect(speakers("وقال الوزير إن الأمر صعب. وكشفت الشركة ما تقول إنه عدد من الحسابات المزيفة.")).toHaveLength(2);
  });
});

describe("findQuotes: continuations, channels and polls (session 14 samples)", () => {
  it("reads a speaker's gender off a possessive cue (بقوله), so وقالت goes back to the woman", () => {
    const text =
      "وكتبت المغنية تايلور سويفت على إنستغرام إن الانتخابات مهمة. ورد الرئيس دونالد ترامب بقوله إن إعجابه بموسيقاها تراجع. وقالت «أؤمن بالنضال من أجل الحقوق».";
    const q = withEntities(text);
    expect(q.map((x) => x.cue)).toEqual(["وكتبت", "بقوله", "وقالت"]);
    expect(q[2]!.speaker).toBe(q[0]!.speaker);
  });

  it("ends the speaker at ب + where the words were written, and reads على + a platform as the preposition", () => {
    expect(speakers("وكتب الوزير خالد العمري بموقع تويتر «سنفتتح المحطة غدا».")).toEqual(["خالد العمري"]);
    expect(speakers("وقال الوزير خالد العمري إن العمل مستمر. وكتب على إنستغرام «سنفتتح المحطة غدا».")).toEqual([
      "خالد العمري",
      "خالد العمري",
    ]);
  });

  it("drops what polls show when they open the sentence before the verb", () => {
    const text =
      "وقالت المرشحة هند السالم إن الوضع صعب. لكن استطلاعات الرأي في الآونة الأخيرة تشير إلى أن المنافسة حامية.";
    expect(withEntities(text).map((q) => q.cue)).toEqual(["وقالت"]);
    // "As a result" is no finding.
    const result = "وقال باحثون من معهد باستور إن البكتيريا ظلت في المصنع. ونتيجة لذلك، قالوا إن 25 طفلا تأثروا.";
    expect(withEntities(result).map((q) => q.cue)).toEqual(["وقال", "قالوا"]);
  });

  it("goes on with the last real speaker, not a fragment taken for one (كتب تحتها السؤال التالي)", () => {
    const question = "ونشر الشاب صورة للشيخ وكتب تحتها السؤال التالي: «هل هذا شيخ أم داعية للفتنة في بلادنا؟».";
    const after = "وأوضح أن المشكلة في الثقافة التي تؤسس للغلو.";
    const q = withEntities(`وقال الوزير خالد العمري إن المحطة جاهزة. ${question} ${after}`);
    expect(q.map((x) => x.resolution)).toEqual(["explicit", "explicit", "continuation"]);
    expect(q[2]!.speaker).toBe("خالد العمري");
    // With no one named before, the continuation is no one's we can tell.
    expect(withEntities(`${question} ${after}`).map((x) => x.resolution)).toEqual(["explicit"]);
  });
});

describe("findQuotes: an institution's name is no holder's name", () => {
  it("keeps the role as written when the word after بنادي names the club", () => {
    const text =
      "أكد فؤاد المسلم مدير فريق هجر أن المرحلة الأولى ناجحة. وأوضح مدير الكرة بنادي هجر أن التدريبات ستكون على فترتين.";
    expect(speakers(text)).toEqual(["فؤاد المسلم", "مدير الكرة بنادي هجر"]);
  });
});

describe("findQuotes: the one interviewed", () => {
  it("speaks when a verb with فيها follows مقابلة مع + a name", () => {
    const text =
      "وقالت المحطة إن اللقاء استمر ثلاث ساعات. وأجرى مراسل التلفزيون مقابلة مع أبي مالك الشامي، قال فيها «إذا خرجت أخواتنا من السجون أكرمهم».";
    expect(speakers(text)).toEqual(["المحطة", "أبي مالك الشامي"]);
  });
});

describe("findQuotes: a holder named after في and the institution", () => {
  it("takes the name after the institution, not the bare role the phrase stopped at", () => {
    expect(speakers("وقال الباحث في معهد واشنطن ديفيد شينكر إن الوضع مستقر.")).toEqual(["ديفيد شينكر"]);
    expect(speakers("وقال المسؤول في وزارة الخارجية الأمريكية جون كيربي إن الوضع مستقر.")).toEqual(["جون كيربي"]);
    expect(speakers("وقال القيادي في حركة حماس إسماعيل رضوان إن الوضع مستقر.")).toEqual(["إسماعيل رضوان"]);
  });

  it("does not take a name past a preposition after the channel", () => {
    expect(speakers("وقال الوزير في مؤتمر صحفي مع نظيره جان إيف لودريان إن الوضع مستقر.")).toEqual(["الوزير"]);
  });
});

describe("findQuotes: complements and relays", () => {
  it("takes إلى + a noun right after the cue for its whole complement, not a later أن", () => {
    const text = "وقال الوزير خالد العمري إن الوضع صعب. كما أشار إلى تورط نساء سبق لهن أن أقمن في معسكرات التنظيم.";
    expect(withEntities(text).map((q) => q.cue)).toEqual(["وقال"]);
    expect(speakers("وأشار الوزير خالد العمري إلى أن العمل مستمر.")).toEqual(["خالد العمري"]);
    // Words quoted after إلى + a noun and a colon are still the quote.
    const pointing =
      "وقال رافايل بينيتيز إن الفريق جيد. وقال بصوت مسموع مشيرًا إلى شباك المرمى: «الكرة يجب أن تدخل هنا».";
    expect(withEntities(pointing).map((q) => q.text)).toEqual(["الفريق جيد", "الكرة يجب أن تدخل هنا"]);
  });

  it("gives words ascribed (نسبت … إلى / لـ … قوله) to the one they are ascribed to, via the outlet", () => {
    const q = withEntities(
      "وقال الرئيس دونالد ترامب إن الأمر سخيف. ونسبت صحيفة واشنطن بوست إلى أحد المصادر قوله إنه سمع التسجيلات.",
    );
    expect(q[1]).toMatchObject({ speaker: "أحد المصادر", via: "صحيفة واشنطن بوست" });
    expect(
      speakers("وقال الرئيس دونالد ترامب إن الأمر سخيف. ونسبت شبكة سي إن إن لمصدر سعودي قوله إن الرجل ضابط."),
    ).toEqual(["دونالد ترامب", "مصدر سعودي"]);
  });
});

/**
 * The speakers of `text` with hand-made person mentions: each `[surface, entity id]` is the next occurrence of
 * `surface` after the previous mention; each entity is `[id, name, ...aliases]`.
 */
function speakersTagged(text: string, tags: [string, string][], people: string[][]): (string | null)[] {
  let from = 0;
  const mentions = tags.map(([surface, entity]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { text: surface, type: "PER" as const, start, end: from, entity };
  });
  const entities = people.map(([id, name, ...aliases]) => ({ id: id!, name: name!, type: "PER" as const, aliases }));
  return findQuotes(text, mentions, entities).map((q) => q.speaker);
}

describe("findQuotes: the name a speaker is shown by", () => {
  it("is never a tagger's run across a preposition", () => {
    const text = "ورد بوتين على أوباما أمس. وقال بوتين إن روسيا عصية على العزلة.";
    const run = "بوتين على أوباما";
    const tags: [string, string][] = [
      [run, "per_x"],
      ["بوتين", "per_x"],
    ];
    expect(speakersTagged(text, tags, [["per_x", run, "بوتين"]])).toEqual(["بوتين"]);
  });

  it("is not a fuller name that holds it only inside (the son's suffix: دونالد ترامب جي أر)", () => {
    const text =
      "وكان دونالد ترامب جي أر قد علق على الصورة. وكتب ترامب على تويتر «كاني ويست قدم خدمة عظيمة لمجتمع السود».";
    const son = "دونالد ترامب جي أر";
    const tags: [string, string][] = [
      [son, "per_j"],
      ["ترامب", "per_t"],
    ];
    expect(
      speakersTagged(text, tags, [
        ["per_j", son],
        ["per_t", "ترامب"],
      ]),
    ).toEqual(["ترامب"]);
  });

  it("keeps the name Ali spelt with ى after a first name or بن", () => {
    const name = "محمد على المقدشي";
    const text = `وقال وزير الدفاع ${name} إن الجيش مستعد.`;
    expect(speakersTagged(text, [[name, "per_m"]], [["per_m", name]])).toEqual([name]);
  });
});

describe("findQuotes: acting holders and fathers' names", () => {
  it("reads القائم بأعمال as a role before the holder's name", () => {
    expect(speakers("وقال القائم بأعمال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو سترد.")).toEqual([
      "سيرغي ريابكوف",
    ]);
  });

  it("never completes a name to one that holds it as the father's name", () => {
    const text =
      "وأكد ولي ولي العهد الأمير محمد بن سلمان بن عبد العزيز أن المملكة قوية. وقال الملك سلمان إن الأمة تحتاج إلى وحدتها.";
    expect(speakers(text)[1]).not.toContain("محمد");
    // A family name after بن is the name's own.
    expect(speakers("وقال الصحفي فتحي بن لزرق إن الوضع صعب. ويقول لزرق إن الحرب طويلة.")).toEqual([
      "فتحي بن لزرق",
      "فتحي بن لزرق",
    ]);
  });
});

describe("findQuotes: epithets and fronted groups (session 14, third sample)", () => {
  it("reads بين before a span of numbers as between, not بيّن", () => {
    const text =
      "وكان ستار، الذي عمل في مجموعة ميلينيوم، بين عامي 1998 و2003 أن كثيرا من الاكتشافات لم تصبح أدوية. ويرى الباحثون أن السوق تغير.";
    expect(withEntities(text).map((q) => q.cue)).not.toContain("بين");
  });

  it("reads a nationality standing for a person as the one the article named with it", () => {
    const text =
      "وجه رئيس الاتحاد الدولي لألعاب القوى البريطاني سيباستيان كو انتقادات للهوس بالعداء الجامايكي أوساين بولت. وقال البريطاني على هامش المنافسات «هذا الهوس غريب جدا».";
    expect(speakers(text)).toEqual(["سيباستيان كو"]);
    // Not a country, a family name or a club.
    const country = "وكتب الصحفي السعودي جمال خاشقجي مقالا. وتقول السعودية إن الصحفي دخل القنصلية وخرج منها.";
    expect(speakers(country)).toEqual(["السعودية"]);
    const club = "وقال مدرب النادي الأهلي محمد الشهري إن الفريق جاهز. وقال الأهلي في بيان إن المباراة مهمة.";
    expect(speakers(club)[1]).toBe("الأهلي");
  });

  it("takes بعض + a group before the verb for its subject, past بالفعل after it", () => {
    const text =
      "وقال الوزير خالد العمري إن الإضراب مستمر. لكن بعض النقابات العمالية أشارت بالفعل إلى أنها ستشدد من مواقفها.";
    const q = withEntities(text);
    expect(q[1]!.speaker).toMatch(/^بعض النقابات/);
    expect(q[1]!.resolution).toBe("explicit");
  });
});

describe("findQuotes: honorific pronouns", () => {
  it("reads سعادته، سماحته، معاليه after a cue as a continuation of the one named before (rule: continuation)", () => {
    const text =
      "وقال الرئيس العام لشؤون المسجد الحرام عبدالرحمن السديس إن المشروع يتقدم. وأوضح معاليه في بيان صحفي اليوم أن العمل مستمر. وأضاف سعادته أن الأعمال تنتهي قريبا. وقال سماحته: إن الهدف خدمة الزوار.";
    const q = withEntities(text);
    expect(q.map((x) => x.speaker)).toEqual(Array(4).fill("عبدالرحمن السديس"));
    expect(q.slice(1).map((x) => x.resolution)).toEqual(["continuation", "continuation", "continuation"]);
    // With no one quoted before, the person named with the title it stands for; with no such person, as written.
    const emir =
      "وجه أمير منطقة عسير الأمير فيصل بن خالد بتسمية طرقات المنطقة بأسماء الشهداء. وأكد سموّه أن الإجراء يأتي وفاء للشهداء.";
    expect(withEntities(emir).map((x) => [x.speaker, x.resolution])).toEqual([["فيصل بن خالد", "continuation"]]);
    expect(speakers("وقال سماحته: إن الهدف من ذلك هو التغرير بالشباب.")).toEqual(["سماحته"]);
  });
});

describe("findQuotes: session 15 sample (SNN 28000–29000, ANT 20000–21000)", () => {
  it("reads an honorific before an office as the office's holder, never as an empty speaker", () => {
    const text =
      "أدان وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري العمل الإرهابي. وأشار سعادة الوكيل إلى أن هذا العمل جبان.";
    expect(speakers(text)).toEqual(["حامد بن مالح الشمري"]);
    expect(speakers("وأشار سعادة الوكيل إلى أن هذا العمل جبان.")).toEqual(["الوكيل"]);
    // When the office was held is no name of its holder.
    expect(speakers("ورأى وكيل وزارة المياه لشؤون المياه سابقا، أن يرفع المستهلك درجة حذره.")).toEqual([
      "وكيل وزارة المياه لشؤون المياه سابقا",
    ]);
    expect(speakers("يشير وكيل سابق لوزارة العدل إلى أن الاستثمارات تراجعت.")).toEqual(["وكيل سابق لوزارة العدل"]);
  });

  it("shows the holder's name when the office stands as the holder's mention (وأضاف مفتي أوغندا)", () => {
    const text =
      "أكد الشيخ شعبان موباجا مفتي أوغندا أن الفتاوى بلاء. وأضاف مفتي أوغندا أن قوى إقليمية تريد إضعاف المسلمين.";
    expect(speakers(text)).toEqual(["شعبان موباجا", "شعبان موباجا"]);
  });

  it("finds the holder named after a long office with على (المشرف العام على المهرجان)", () => {
    const text = "وأوضح المشرف العام على مهرجان صيف ينبع غالي بن ناجي الجهني، أن اختيار البرامج جاء بعد دراسة.";
    expect(speakers(text)).toEqual(["غالي بن ناجي الجهني"]);
  });

  it("reads رأي with ي as the noun (an opinion) or a name, and رأى with ى as the cue", () => {
    expect(withEntities("بما ينسجم مع رأي اللجنة القانونية بأن يطلب الوزير تعديل النظام.")).toEqual([]);
    expect(withEntities("وأظهر استطلاع رأي أجرته رويترز أن الاقتصاد سينمو.").map((q) => q.cue)).not.toContain("رأي");
    expect(speakers("ورأى الوزير أن القرار صائب.")).toEqual(["الوزير"]);
    // Chiang Rai's governor speaks, not the word راي.
    const rai = "وقال محافظ تشيانغ راي السبت إن فرق الإنقاذ أمامها ثلاثة أيام.";
    expect(withEntities(rai).map((q) => q.cue)).toEqual(["وقال"]);
  });

  it("takes no quote from a report denied (لم يوضح، لم تؤكد، دون أن توضح), but keeps a stance denied", () => {
    expect(withEntities('ولم يوضح الرئيس الإيراني "طبيعة تلك الخطط الجديدة".')).toEqual([]);
    expect(withEntities("ولم تؤكد الوكالة أن الاتفاق تم.")).toEqual([]);
    expect(withEntities("وحذفت المغنية كلماتها دون أن توضح أن الخلاف انتهى.")).toEqual([]);
    expect(speakers("ولم يستبعد القاضي أن تستغرق الجلسة ساعتين.")).toEqual(["القاضي"]);
    expect(speakers("ولا يعتقد المدرب أن المنتخب أضعف من منافسه.")).toEqual(["المدرب"]);
  });

  it("reads a report as its issuer named in a relative clause on an earlier mention (التقرير، الذي أعده …)", () => {
    const text =
      'وأوضح التقرير، الذي أعده مكتب التدقيق الحكومي الأميركي، أن البرامج تجعل العسكريين أكثر قوة. وأعلن وزير الدفاع جيمس ماتيس أن الوزارة ستعمل. وقالت بريطانيا إن روسيا منبوذة. وقال التقرير: "بسبب نقص التركيز على الأمن فمن المرجح أن يكون هناك جيل كامل من الأنظمة".';
    expect(speakers(text)).toEqual([
      "مكتب التدقيق الحكومي الأميركي",
      "جيمس ماتيس",
      "بريطانيا",
      "مكتب التدقيق الحكومي الأميركي",
    ]);
  });

  it("takes no clause before a comma for the subject of the verb after it (كان له رأي آخر، فهو اعتبر)", () => {
    const text =
      "إلا أن مدير المرصد السوري لحقوق الإنسان، رامي عبد الرحمن، كان له رأي آخر، فهو اعتبر أن إيران تعرضت للخيانة.";
    expect(speakers(text)).toEqual(["رامي عبد الرحمن"]);
  });

  it("names «بعض» + a group with its adjectives, anonymous when its head is", () => {
    const q = withEntities("وأكدت بعض المصادر الرسمية الأميركية أن الأوروبيين يتشاركون المخاوف.");
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([["بعض المصادر الرسمية الأميركية", true]]);
    expect(speakers("ويرى بعض المحللين الاقتصاديين أن الأسعار سترتفع.")).toEqual(["بعض المحللين الاقتصاديين"]);
  });
});

describe("findQuotes: session 16 sample (SNN 10000–11000, ANT 5000–6000)", () => {
  it("reads a document of the one its sentence reports (في تقرير له، في بيان لها) as that speaker's, never «ه»", () => {
    const report =
      'كشف صندوق النقد الدولي في تقرير له أن كبار السن يجففون موارد العمل. ويأتي التقرير في وقت تتنامى فيه المشاعر السلبية. وجاء في التقرير "إذا لم تشارك أعداد متزايدة في سوق العمل فإن النمو سيتباطأ".';
    expect(speakers(report)).toEqual(["صندوق النقد الدولي", "صندوق النقد الدولي"]);
    const statement =
      'وقالت وزارة الخزانة الأميركية إن العقوبات ستعود، كما أشارت في بيان لها إلى أن صادرات الطائرات ستتأثر. وقال الرئيس ترامب إن الاتفاق سيئ. وأضاف البيان: "لدينا اهتمام مشترك مع حلفائنا في أوروبا".';
    expect(speakers(statement).at(-1)).toBe("وزارة الخزانة الأميركية");
    // Unquoted there: the one its sentence names first.
    const unquoted =
      "أعلن محمد حمية، مرشح منطقة بعلبك الهرمل، في بيان له انسحابه من الانتخابات. وأوضح البيان أن القرار جاء على خلفية الضغوط.";
    expect(speakers(unquoted)).toEqual(["محمد حمية"]);
  });

  it("reads a document as the issuer of the verb that issued it (أصدرت X بيانا … وأضاف البيان → X)", () => {
    const text =
      'وأصدرت وزارة الخارجية الأميركية أيضاً بياناً نشرته على موقعها الإلكتروني. وقال الرئيس ترامب إن الاتفاق سيئ. وأضاف البيان: "لدينا اهتمام مشترك مع حلفائنا في أوروبا".';
    expect(speakers(text).at(-1)).toBe("وزارة الخارجية الأميركية");
    // The day it was issued is no part of the issuer.
    const today = "أصدرت وزارة الداخلية اليوم بياناً بشأن تنفيذ الحكم، فيما يلي نصه: إن الجاني اعترف بجريمته.";
    expect(speakers(today)).toEqual(["وزارة الداخلية"]);
  });

  it("reads في بيان before a verb of saying as where that verb's speaker spoke (وفي بيان … قالت ليدي غاغا)", () => {
    const text =
      "وكان الحفل قد ألغي. وفي بيان مصاحب على وسائل التواصل الاجتماعي قالت المغنية ليدي غاغا إنها تشعر بأسف عميق.";
    expect(withEntities(text).map((q) => [q.speaker, q.cue])).toEqual([["ليدي غاغا", "قالت"]]);
  });

  it("ends a speaker at an adverb of when (آنذاك، حينها، مرة) and reads no adverb as a name", () => {
    expect(speakers("وقال الجيش الإسرائيلي آنذاك إن الجندي أطلق النار.")).toEqual(["الجيش الإسرائيلي"]);
    expect(speakers("وقال الرئيس الأميركي مرة إن الأموال شحنت على طائرة.")).toEqual(["الرئيس الأميركي"]);
    // Nor what a role word is followed by in an earlier sentence (أكثر، بإحباط).
    const text =
      'أصيب الرئيس الأميركي بإحباط من الشركاء. لكن ما يؤرق الرئيس الأميركي أكثر من الاتفاق هو ما فعلته إيران. وقال الرئيس الأميركي: "هل تذكرون التصرفات الإيرانية السيئة؟".';
    expect(speakers(text)).toEqual(["الرئيس الأميركي"]);
  });

  it("takes no predicate of كان before a verb joined by و for its subject (كان سيئاً، وقال)", () => {
    const text = "يرى الرئيس الأميركي أن الاتفاق النووي كان سيئاً، وقال مرة إن الأموال شحنت على طائرة.";
    expect(speakers(text)).toEqual(["الرئيس الأميركي", "الرئيس الأميركي"]);
  });

  it("reads قيادة as a command's head and إمام (not أمام) as an imam inside a speaker phrase", () => {
    expect(speakers('وقالت قيادة قوات التحالف في بيان "تقرر أن تبدأ الهدنة الإنسانية الليلة".')).toEqual([
      "قيادة قوات التحالف",
    ]);
    expect(findQuotes("وقال إمام المسجد إن الشباب كنز الأمة.").map((q) => q.speaker)).toEqual(["إمام المسجد"]);
  });

  it("reads a short quoted name set off by commas before the colon as part of the speaker phrase", () => {
    const text =
      'يقول سياران أوليري، وهو شريك في "إيرلي بيرد"، وهي شركة لرأس المال في برلين: "أن يقول أكثر الناس انعزالا إنه يجب أن ينشروا المال هنا يعد فكرة مهمة".';
    const q = withEntities(text);
    expect(q.map((x) => [x.speaker, x.text.slice(0, 10)])).toEqual([["سياران أوليري", "أن يقول أك"]]);
  });

  it("keeps an organisation's name in brackets after its head, and ends the speaker there", () => {
    const text = "قالت جماعة (المساواة الآن) للدفاع عن حقوق الإنسان إن الزواج القسري مستمر رغم القوانين.";
    expect(speakers(text)).toEqual(["جماعة (المساواة الآن)"]);
    // Not an age: وقال إنييستا (34 عاماً).
    expect(speakers("وقال اللاعب أندريس إنييستا (34 عاماً) إن هناك احتمالين.")).toEqual(["أندريس إنييستا"]);
  });

  it("reads an imam the tagger took for a person's name as his office, not as the speaker's name", () => {
    const text =
      "أكد إمام وخطيب المسجد الحرام الشيخ الدكتور سعود الشريم أن المرء العاقل يستحضر عدم كمال الحياة. وأضاف أن التغافل قيمة رحبة.";
    expect(speakers(text)).toEqual(["سعود الشريم", "سعود الشريم"]);
  });

  it("takes no title before a cue for words quoted before it (وفي تقرير لصحيفة «نيويورك تايمز» قالت هوا)", () => {
    const text = "وفي تقرير لصحيفة «نيويورك تايمز» قالت هوا الكثير عن تجربتها مع المستثمرين.";
    expect(withEntities(text)).toEqual([]);
  });

  it("completes a rank and a family name to the fuller name said earlier (اللواء التركي → منصور التركي)", () => {
    const text =
      "أوضح اللواء منصور التركي المتحدث الأمني أن القوات ضبطت المتهمين. وأشار اللواء التركي إلى أن التحقيقات مستمرة.";
    expect(speakers(text)).toEqual(["منصور التركي", "منصور التركي"]);
  });

  it("reads an occupation with a nationality as the person named with that nationality (اللاعب البلجيكي)", () => {
    const text =
      'ومن أبرز اللاعبين البلجيكي روميلو لوكاكو، الذي كان يخشى الفقر. وقال اللاعب البلجيكي في عمود نشره: "عندما رأيت والدتي تمزج اللبن بالماء أدركت أن كل شيء انتهى".';
    expect(speakers(text)).toEqual(["روميلو لوكاكو"]);
    // Not one named with that nationality after another occupation: the Swiss coach is no Swiss defender.
    const other = "وقال المدرب السويسري لوسيين فافري إن الفريق جاهز. وقال المدافع السويسري لصحيفة بليك إنه باق.";
    expect(speakers(other)).toEqual(["لوسيين فافري", "المدافع السويسري"]);
  });

  it("reads a bare head as the organisation the tagger found with a proper name after it (مؤسسة بلومبيرغ)", () => {
    const text =
      "وتقول مؤسسة بلومبيرغ إن العام الماضي شهد رقما قياسيا. وأشارت المؤسسة إلى أن قطاع التكنولوجيا يحرز تقدما.";
    expect(speakers(text)).toEqual(["مؤسسة بلومبيرغ", "مؤسسة بلومبيرغ"]);
  });

  it("reads a study as the one who made it (بحث أجرته اللجنة، تقرير أصدرته منظمة … أشار)", () => {
    const study = "كما يشير بحث أجرته اللجنة الحكومية بشأن تغير المناخ إلى أن غانا ستفقد أراضي كثيرة.";
    expect(speakers(study)).toEqual(["اللجنة الحكومية"]);
    const report =
      "وقال جون ماكدونيل إن الأجور راكدة. ويأتي خطابه في أعقاب تقرير أصدرته منظمة العفو الدولية أشار إلى أن الأسر عانت.";
    expect(speakers(report)).toEqual(["جون ماكدونيل", "منظمة العفو الدولية"]);
  });

  it("takes the name in apposition when a place or a purpose stands where the holder's name would (لجنة دلهي للمرأة)", () => {
    const text = "وقالت رئيسة لجنة دلهي للمرأة، سواتي ماليوال، إنها ستبدأ إضرابا عن الطعام.";
    expect(speakers(text)).toEqual(["سواتي ماليوال"]);
  });

  it("reads جاء في + an outlet as that outlet's report (وجاء في وكالة رويترز أن)", () => {
    const text = "وقال مراسل بي بي سي إن الإدارة تتمهل. وجاء في وكالة رويترز أن المسؤولين حصلوا على عينات.";
    expect(speakers(text)).toEqual(["مراسل بي بي سي", "وكالة رويترز"]);
  });
});

describe("findQuotes: session 17", () => {
  it("reads a share of a survey's respondents as the speaker, without its figures (أكثر من نصف المجيبين)", () => {
    const text =
      "وقال أكثر من نصف المجيبين (51,3٪) أن شركتهم تحتفل بالمناسبات الخاصة بالموظفين. ويرى أربعة من كل خمسة مجيبين في المنطقة أنهم يتحكمون بشكل كامل بمسارهم المهني. وقال حوالي 6,6٪ من المجيبين أنهم لا يتطلعون للعودة إلى العمل.";
    const q = withEntities(text);
    expect(q.map((x) => [x.speaker, x.anonymous, x.text.slice(0, 12)])).toEqual([
      ["أكثر من نصف المجيبين", true, "شركتهم تحتفل"],
      ["أربعة من كل خمسة مجيبين في المنطقة", true, "يتحكمون بشكل"],
      ["حوالي 6,6٪ من المجيبين", true, "لا يتطلعون ل"],
    ]);
  });

  it("reads أكثر after a cue as how one spoke (يوضح أكثر، أكثر من مرة), not as a speaker", () => {
    const text =
      "وأضاف الجبير: «التصريحات التي نتجت عن هذا الخبر غير دقيقة». ثم يوضح أكثر: «موقف المملكة بالنسبة لحماس لم يتغير».";
    expect(speakers(text)).toEqual(["الجبير", "الجبير"]);
    const often = "وقال المدرب أكثر من مرة إن الفريق يحتاج إلى مهاجم.";
    expect(speakers(often)).toEqual(["المدرب"]);
  });

  it("reads بيان after a woman's title as her given name, not as a statement (المحامية بيان زهران)", () => {
    const text =
      'بدورها، قالت المحامية بيان زهران "وكيلة الأم" لـ"الوطن" إن "والدة الطفلة لجأت إليّ وهي منهارة وباكية". وأكدت المستشارة القانونية والمحامية بيان زهران لـ"الوطن"، أنه من الناحية القانونية فإن القاضي سيصدر الحكم.';
    expect(withEntities(text).map((q) => [q.speaker, q.cue])).toEqual([
      ["بيان زهران", "قالت"],
      ["بيان زهران", "وأكدت"],
    ]);
    // A statement after its subject stays one.
    expect(
      withEntities('وقالت المنظمة بيان إن "قرار القضاء الإيراني بحظر تطبيق تلغرام هو تقييد".').map((q) => q.cue),
    ).toEqual(["بيان"]);
  });

  it("reads لأول مرة and a pronoun on إلى or أثناء after a cue as no speaker (أشارت إليها وزارة الخزانة)", () => {
    const text =
      "وقالت الممثلة إن الدور صعب. ولكن الحقيقة التي أعلنها لأول مرة أن غيابه ضايقني كثيرا. وكشف لأول مرة رئيس النادي أن الصفقة تمت.";
    expect(speakers(text)).toEqual(["الممثلة", "الممثلة", "رئيس النادي"]);
    const pointed =
      'أو لننظر في قضية "الخطوط الجوية الإيرانية"، التي أشارت إليها وزارة الخزانة بأنها قد استخدمت من قبل الحرس الثوري.';
    expect(speakers(pointed)).toEqual(["وزارة الخزانة"]);
    const during = "وقال أثنائها رئيس الجمعية محمد الغامدي: إن السينما وما يتصل بها من إنتاج ليست ممنوعة.";
    expect(speakers(during)).toEqual(["محمد الغامدي"]);
  });

  it("reads a participle's speaker as the family name the sentence opens with (ورفض الملقي …، قائلا)", () => {
    const text =
      "ويطالب محتجون بإقالة رئيس الوزراء هاني الملقي. ورفض الملقي سحب التشريع المقترح، قائلا إن الأمر متروك للبرلمان كي يتخذ قرارا بشأنه.";
    expect(withEntities(text).map((q) => [q.speaker, q.cue, q.resolution])).toEqual([
      ["هاني الملقي", "قائلا", "explicit"],
    ]);
  });

  it("ends a speaker at نقلاً عن or عنه (whom it relays or speaks of), and takes no على before أنه for one", () => {
    const text = "وأفادت مصادر أمنية نقلاً عن الموقوفين بأن بعض عناصر الخلية تدربت مع سعوديين في إيران.";
    expect(withEntities(text).map((q) => [q.speaker, q.anonymous])).toEqual([["مصادر أمنية", true]]);
    const about =
      'رفضت وزارة الإعلام السعودية الإدعاء الصادر حول ما يعرف بـ"بي أوت كيو" التي قال الاتحاد عنه بأنه يتخذ من السعودية مقراً له.';
    expect(speakers(about)).toEqual(["الاتحاد"]);
    // Nor is على before the complementizer, written with ى (تشير إليه على أنه), any speaker: it is "as", after
    // the verb's object, and opens no quote (quote-ala.ts).
    expect(speakers("وقال المدير إن الوضع جيد. وتشير إليه على أنه المسؤول الأول عن الصفقة.")).toEqual(["المدير"]);
  });

  it("takes no preposition before a document for its issuer (مقطعا مصورا، مع تغريدة تقول)", () => {
    const text =
      'وكان فريق سبارتاك قد نشر عبر موقع تويتر مقطعا مصورا لبعض اللاعبين السود أثناء التدريب، مع تغريدة تقول: "انظروا كيف تذوب الشوكولاتة في الشمس".';
    expect(speakers(text)).not.toContain("مع");
  });

  it("takes no hadith for a quote: a companion's narration (رضي الله عنه قال) or the Prophet's words (rule 1)", () => {
    const text =
      'وقال المدير إن الوضع جيد. وعن أبي هريرة رضي الله عنه قال: جاء رجل إلى النبي صلى الله عليه وسلم. إن كان نبينا الكريم يقول "من قتل معاهدا حرم الله عليه الجنة".';
    expect(speakers(text)).toEqual(["المدير"]);
    // Nor النبي alone.
    const prophet = "وقال المدير إن الوضع جيد. وعندنا وزانٌ يزن بالأجر، فقال له النبي: «يَا وَزَّانُ، زِنْ وَأَرْجِحْ».";
    expect(speakers(prophet)).toEqual(["المدير"]);
  });
});

describe("findQuotes: session 18", () => {
  it("reads a share written as a per cent figure as the speaker (وقال 43٪ من المجيبين), not a bare count", () => {
    const text =
      "وقال 43٪ من المجيبين إن الوضع الاقتصادي سيئ. وقالت 9 في المئة فقط من المشاركات إن الموقع لا يفعل ما يجب، في حين قال 36,5٪ منهن إنهن راضيات.";
    expect(withEntities(text).map((q) => [q.speaker, q.anonymous, q.text])).toEqual([
      ["43٪ من المجيبين", true, "الوضع الاقتصادي سيئ"],
      ["9 في المئة فقط من المشاركات", true, "الموقع لا يفعل ما يجب"],
      ["36,5٪ منهن", true, "راضيات"],
    ]);
    // A figure that is no share opens no speaker.
    expect(speakers("وقال 3 إن الوضع صعب.")).toEqual([]);
    // Nor is a share one to fall back on: وأضاف after it is the person quoted before.
    expect(speakers("وقال المدير إن الشركة تنمو. وقال 43٪ من الموظفين إنهم راضون. وأضاف أن الأرباح زادت.")).toEqual([
      "المدير",
      "43٪ من الموظفين",
      "المدير",
    ]);
  });

  it("takes no share inside a poll's finding for a quote of its own (… إلى أن 55 في المئة …، فيما يرى 41 في المئة أن)", () => {
    const text =
      "وأشارت نتيجة مسح أجرته الشركة إلى أن 55 في المئة من المستخدمين يتفقدون هواتفهم كل ساعة، ويرى 41 في المئة من المشاركين أن شركاءهم يفرطون في استخدام الهاتف.";
    expect(speakers(text)).toEqual([]);
  });

  it("reads كما نقلت عنها وكالة … as an aside: the outlet is no speaker, nor part of the words", () => {
    const text = "وقالت الوزيرة هند صبري إن الوضع صعب. وأضافت كما نقلت عنها صحيفة الأهرام أن الحكومة ستتدخل.";
    expect(speakers(text)).toEqual(["هند صبري", "هند صبري"]);
    const tail = "وقال المدير إن الشركة لا تملك سيارة خاصة به، كما نقل عنه موقع أوتوموتيف نيوز المتخصص.";
    expect(withEntities(tail).map((q) => q.text)).toEqual(["الشركة لا تملك سيارة خاصة به"]);
  });

  it("takes no quote by the Prophet however his name was reached, nor him as a continuation's speaker", () => {
    const text =
      'وقال المدير إن الوضع جيد. رسولنا الكريم غضب من أسامة لأنه قتل رجلا في المعركة، حين قال "إنما قالها متعوذا". وكلنا أحببنا نبينا نبي الرحمة الذي قال: إن امرأة دخلت النار لأنها حبست هرة.';
    expect(speakers(text)).toEqual(["المدير"]);
    // A participle is the sentence's speaker's, whoever the sentence names (مبينا after the imam's words).
    expect(
      speakers(
        "وقال الشيخ علي الحذيفي إن الحوض حق. ومن يرد على النبي صلى الله عليه وسلم الحوض يسعد، مبينا أن الشرب منه فوز.",
      ),
    ).toEqual(["علي الحذيفي", "علي الحذيفي"]);
    // (Not a name with a word of praise: عز الدين.)
    expect(speakers("وقال عز الدين الأصبحي إن الحكومة عادت إلى عدن.")).toEqual(["عز الدين الأصبحي"]);
  });

  it("takes no cue with its own subject inside someone's quoted words for a new quote («… ويعتقد المسلمون أن …»)", () => {
    const text =
      "وفي تعليق على الإجراءات، قال الأمين العام لـ«المجلس الإسلامي في بريطانيا»، وهو من الجمعيات الإسلامية في البلاد، الدكتور شجاع شافي: «نحن نؤيد التدابير التي تواجه الإرهاب بشكل فعال، ويعتقد المسلمون في جميع أنحاء العالم أن الإرهاب لا دين له».";
    expect(speakers(text)).not.toContain("المسلمون");
    // Not where the paragraph does not pair its marks (« at both ends of a name).
    const loose =
      "وشهد المران القائد « عمر عبدالعزيز « والمدافع « فواز فلاته «. وأوضح المدرب أن الفريق جاهز » للمباراة.";
    expect(speakers(loose)).toEqual(["المدرب"]);
  });

  it("reads the name after a rank set off by commas after a role (المتحدث باسم البنتاغون، العقيد روب مانينغ، في بيان)", () => {
    const text = "وقال المتحدث باسم البنتاغون، العقيد روب مانينغ، في بيان إن الوزارة والبيت الأبيض اتفقا.";
    expect(speakers(text)).toEqual(["روب مانينغ"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: session 19", () => {
  it("reads the people after كل من, not كل, as the speakers, together (وقال كل من محمد العلي وسعد الحربي إن)", () => {
    const text = "وقال كل من محمد العلي وسعد الحربي إن الزحام مستمر. وأضافوا أن المهلة قصيرة.";
    expect(speakers(text)).toEqual(["محمد العلي وسعد الحربي", "محمد العلي وسعد الحربي"]);
    // (One of them named later is that one: no fuller name of his.)
    expect(speakers(`${text} ويقول محمد العلي إن الحل قريب.`)[2]).toBe("محمد العلي");
  });

  it("reads three or more people after كل من, past the commas of the list (كل من A، B، وC)", () => {
    const text = "وقال كل من محمد العلي، وسعد الحربي، وخالد الشمري إن الزحام مستمر. وأضافوا أن المهلة قصيرة.";
    const all = "محمد العلي، وسعد الحربي، وخالد الشمري";
    expect(speakers(text)).toEqual([all, all]);
    // (A comma before a description ends the list: the one described is no new member.)
    expect(speakers("وقال كل من محمد العلي وسعد الحربي، المحامي في الرياض، إن الزحام مستمر.")).toEqual([
      "محمد العلي وسعد الحربي",
    ]);
  });

  it("reads the issuer after the document after بحسب (وبحسب بيان الإنتربول السعودي، فإن), not بحسب", () => {
    const text = "وبحسب بيان الإنتربول السعودي، فإن المواطن امتنع عن التنفيذ.";
    expect(speakers(text)).toEqual(["الإنتربول السعودي"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: session 20", () => {
  it("reads an أن far after its cue when the titles and offices before the name fill the gap", () => {
    const text =
      "وأوضح معالي وزير الصحة وزير النقل بالنيابة الدكتور خالد بن محمد العتيبي في تصريح لوكالة الأنباء ، عقب الاجتماع ، أن اللجنة ناقشت عددا من المشاريع.";
    expect(speakers(text)).toEqual(["خالد بن محمد العتيبي"]);
  });
  it("leaves an أن far after its cue to the verb right before it (ويفترض أن), not to the long-headed cue", () => {
    const text =
      "كشف رئيس لجنة الاحتراف الدكتور سامي العتيبي عن أمور كثيرة تخص عقود اللاعبين المحترفين في الأندية هذا الموسم ويفترض أن تنتهي قريبا.";
    expect(speakers(text)).toEqual([]);
    // شدد … على أن is the cue's own.
    const own =
      "وشدد وزير الخارجية الدكتور سامي العتيبي، خلال مؤتمر صحافي مع نظيره الإيطالي في روما قبل يومين، على أن الحل سياسي.";
    expect(speakers(own)).toEqual(["سامي العتيبي"]);
  });
  it("reads an honorific pronoun as the latest person named with its title, not a continuation without it", () => {
    const text =
      'رأس صاحب السمو الملكي الأمير فهد بن سلطان جلسة المجلس أمس. وقال سموه " إن افتتاح المشروع يخدم أهالي المنطقة ". وحضر الجلسة معالي وزير المالية الدكتور سعد الحربي. وبين معاليه أن المجلس ناقش الميزانية. وأكد سموه أن المشاريع ستنجز قريبا.';
    expect(speakers(text)).toEqual(["فهد بن سلطان", "سعد الحربي", "فهد بن سلطان"]);
    // (The one speaking, named with the honorific's title, goes on.)
    expect(speakers("وقال وزير المالية سعد الحربي إن الميزانية جاهزة. وأضاف معاليه أن العجز تراجع.")).toEqual([
      "سعد الحربي",
      "سعد الحربي",
    ]);
  });
  it("reads an untagged first person after كل من when و + a tagged one follows (كل من إيتشلز وآندي بشبليسكي)", () => {
    const text = "وقال كل من سميث ومحمد العلي إن الدراسات لا تظهر ذلك.";
    expect(speakers(text)).toEqual(["سميث ومحمد العلي"]);
  });

  it("reads the person after an institution's name closed by لل + a noun as the holder (مركز دبي للإحصاء عارف المهيري)", () => {
    const text = "وأكد المدير التنفيذي لمركز دبي للإحصاء عارف المهيري، أن نتائج المسح عكست قوة الاقتصاد.";
    expect(speakers(text)).toEqual(["عارف المهيري"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: an impersonal verb right after a noun", () => {
  it("is its passive, said by no one the sentence names", () => {
    expect(
      speakers("ومن المقرر أن يعقد كيري اجتماعا مع نظيره الروسي بحضور وزير الخارجية القطري يتوقع أن يركز على سوريا."),
    ).toEqual([]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: the subject after an adverb of addition or turn", () => {
  it("reads the subject past أيضا، كذلك، بدوره or من جهته between the verb and it", () => {
    const first = "وقال وزير الصحة خالد الفالح إن الوضع مستقر.";
    expect(speakers(`${first} وقالت أيضا القوات الخاصة إن الحدود آمنة.`)[1]).toBe("القوات الخاصة");
    expect(speakers(`${first} وأكد كذلك المتحدث الأمني منصور التركي أن الحدود آمنة.`)[1]).toBe("منصور التركي");
    expect(speakers(`${first} وأكد من جهته المتحدث الأمني منصور التركي أن الحدود آمنة.`)[1]).toBe("منصور التركي");
    // With no subject after it, the one who spoke before goes on.
    expect(speakers(`${first} وقال أيضا في تصريح صحفي إن الأمن مستتب.`)[1]).toBe("خالد الفالح");
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: a role's construct chain before the holder's name", () => {
  it("keeps the chain's nouns out of the name, even where the tagger starts the name on one (مدير وحدة كهرباء فيفاء سليمان الفيفي)", () => {
    const text =
      "وقال مدير وحدة كهرباء فيفاء سليمان الفيفي إن التيار سيعود غدا. وأكد الفيفي أن الأعطال كثيرة. وأضاف أن الفرق تعمل.";
    expect(speakers(text)).toEqual(["سليمان الفيفي", "سليمان الفيفي", "سليمان الفيفي"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: a continuation after another person's sentence", () => {
  it("goes with the person a sentence opened by a turn opener named (من ناحيته، أكد نائب الرئيس إياد علاوي …)", () => {
    const text =
      "وقال رئيس الوزراء حيدر العبادي إن الحكومة مستعدة. من ناحيته، أكد نائب رئيس الجمهورية إياد علاوي أهمية الحوار. وقال في بيان إن الحوار مهم.";
    expect(speakers(text)).toEqual(["حيدر العبادي", "إياد علاوي"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: a given name that is also a role head (أمين، سلطان)", () => {
  it("reads أمين before a family name as the holder's given name, after the organisation (مدير عام شركة أرامكو أمين الناصر)", () => {
    expect(speakers("وقال مدير عام شركة أرامكو أمين الناصر إن الإنتاج سيرتفع.")).toEqual(["أمين الناصر"]);
    expect(speakers("وأكد المهندس سلطان الثنيان رئيس لجنة التمور أن الموسم جيد.")).toEqual(["سلطان الثنيان"]);
  });
  it("keeps أمين before a city as the city's mayor (أمين الأحساء)", () => {
    expect(speakers("وقال أمين الأحساء إن المشاريع تسير وفق الخطة.")).toEqual(["أمين الأحساء"]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: a sentence that opens with a role and no name", () => {
  const thanks =
    "بدوره، قدم أمين الأحساء شكره لأمين منطقة المدينة المنورة على مبادرته، وأكد أن الإمكانات بمتناول الجميع.";
  it("gives a later cue in it to the role holder, not to the last one quoted", () => {
    const text = `وقال أمين منطقة المدينة المنورة خالد طاهر إن التعاون مستمر. ${thanks}`;
    expect(speakers(text)).toEqual(["خالد طاهر", "أمين الأحساء"]);
  });
  it("leaves a role with a nationality no one was named with to the one named otherwise (وأشاد المدرب التونسي)", () => {
    const text =
      "وقال التونسي جلال قادري مدرب فريق الخليج إن الفريق جاهز. وأشاد المدرب التونسي بأداء فريقه، مشيرا إلى أنه قدم مستوى مميزا.";
    expect(speakers(text)).toEqual(["جلال قادري", "جلال قادري"]);
  });
});

describe("findQuotes: a noun cue with its owner's pronoun (رأيه، قوله)", () => {
  it("gives the words to the one the pronoun stands for, never to the words after the noun", () => {
    const text =
      "وقال الملك سلمان بن عبدالعزيز إن المركز سيخدم الجميع. وأراد الملك، سدد الله رأيه وألهمه التوفيق، أن تصل الرسالة للجميع بأن علاقة المملكة باليمن قوية.";
    expect(findQuotes(text).map((q) => [q.speaker, q.resolution])).toEqual([
      ["سلمان بن عبدالعزيز", "explicit"],
      ["سلمان بن عبدالعزيز", "continuation"],
    ]);
  });
});

/** Invented sentences, written for these tests. */
describe("findQuotes: a plural cue far from the group last quoted", () => {
  const officials = "قال مسؤولون في البلدية إن الأمطار أغلقت الطرق الرئيسية في المدينة.";
  const crowds = "وشهدت الشوارع ازدحاما كبيرا طوال اليوم بعد توقف حركة القطارات.";
  it("gives «وقالوا» one sentence on to the group still", () => {
    const text = `${officials}\n${crowds}\n\nوقالوا إن المياه غمرت المنازل.`;
    expect(speakers(text)).toEqual(["مسؤولون", "مسؤولون"]);
  });
  it("leaves it unattributed when more sentences, naming others, come between", () => {
    const text = `${officials}\n${crowds}\nوتعود الأزمة إلى سنوات طويلة من الإهمال في صيانة شبكة التصريف.\nوعاد الجنود إلى القرية بعد أسابيع، وقالوا إنهم يريدون هدم المنازل.`;
    expect(speakers(text)).toEqual(["مسؤولون"]);
  });
});

describe("a plural verb of describing with an object pronoun (اعتبروه، وصفوها)", () => {
  it("is the group named before it", () => {
    expect(
      speakerAfterMinister(
        "كما رفع المحتجون شعارات ضد القرار الحكومي الذي اعتبروه «أحادي الجانب وسببا في تعمق التهميش».",
      ),
    ).toBe("المحتجون");
  });

  it("is no one when no group is named, not the one man quoted before", () => {
    expect(
      speakerAfterMinister("اكتشاف ناسا للكوكب الشبيه بكوكبنا الذي وصفوه بأنه ابن العم الأكبر لأرضنا اكتشاف غير مهم."),
    ).toBeUndefined();
  });
});
