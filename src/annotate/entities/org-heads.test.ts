import { describe, expect, it } from "vitest";
import { fold } from "../../arabic/fold.js";
import { findEntities } from "./find.js";
import { type Raw, tokenizeForTagging } from "./folded-tokens.js";
import { found } from "./found.test-util.js";
import { headsTakeTheirGenitive } from "./org-heads.js";

describe("findEntities: organisations cut at their head word", () => {
  it("gives a bare head's quoted name the mention, without the head (هيئة «نزاهة»)", () => {
    expect(found("وقالت هيئة «نزاهة» إنها تحقق في القضية.")).toEqual(["ORG:نزاهة"]);
    const list = 'وجاء الإعلان عن ترتيب "شاهين 2" في أحدث قائمة لهيئة "توب 500" التي تصدر مرتين سنوياً.';
    expect(found(list)).toEqual(["ORG:توب 500"]);
  });

  it("gives a head written without the article its genitive, and drops one that heads nothing", () => {
    expect(found("أكدت وزارة العمل على الفصل بالإجماع أو الأغلبية في مطالبات العمال.")).toEqual(["ORG:وزارة العمل"]);
    expect(found("فلا تكتفي بأن تكتب طالبا بجامعة، فمن الأفضل أن تذكر التخصص.")).toEqual([]);
  });

  it("gives a definite head its name's adjectives and its field with ل", () => {
    expect(found("وسط متابعة دقيقة من عضو الاتحاد العربي السعودي لكرة القدم، رئيس لجنة الحكام.")).toContain(
      "ORG:الاتحاد العربي السعودي لكرة القدم",
    );
    expect(found("أعلنت الشركة السعودية للكهرباء أمس عن مشروع جديد.")).toContain("ORG:الشركة السعودية للكهرباء");
  });

  it("ends a name before a broken plural in ي, the object after it (للقضاء | التعازي)", () => {
    const condolences = "ورفع رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين الشريفين.";
    expect(found(condolences)).toContain("ORG:المجلس الأعلى للقضاء");
    expect(found(condolences)).not.toContain("ORG:المجلس الأعلى للقضاء التعازي");
  });

  it("leaves whole a name the alias table knows and a head without adjectives", () => {
    expect(found("وأعلن الاتحاد الأوروبي للمطالب اليونانية رفضه.")).toContain("ORG:الاتحاد الأوروبي");
    expect(found("وقالت الحكومة المصرية لخفض الدعم إن الخطة جاهزة.")).not.toContain("ORG:الحكومة المصرية لخفض الدعم");
  });

  it("takes a definite adjective after a definite noun for no name, and after a body's noun for the body's", () => {
    const society =
      "وأضاف: أن ما نعمله هو إضافة للثقافة المسرحية السعودية، مضيفا أن إيجاد فرقة سعودية مئة في المئة تحاكي المجتمع العربي، أهم من كل الاعتبارات أو المكاسب المادية والمعنوية.";
    expect(found(society)).not.toContain("ORG:العربي");
    const coalition =
      "وكان الحوثيون الذين يواجهون عملية للقوات الموالية للحكومة اليمنية الشرعية تجري بدعم من طيران التحالف العربي بقيادة السعودية، قصفوا أحد أحياء شمال عدن.";
    expect(found(coalition)).toContain("ORG:التحالف العربي");
    // A name the training data knows as an organisation's (الأهلي), and after a team's noun.
    expect(found("وفاز النادي الأهلي على الزمالك في المباراة.")).toContain("ORG:الأهلي");
  });
});

describe("findEntities: an institution named for a person", () => {
  it("is an organisation with its adjectives, and the person named alone later is the person (مؤسسة محمد بن سلمان … الخيرية)", () => {
    const { mentions, entities } = findEntities(
      "أعلنت مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية عن إطلاق برنامج جديد. وقال الأمير محمد بن سلمان إن البرنامج يخدم الشباب.",
    );
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      "ORG:مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية",
      "PER:محمد بن سلمان",
    ]);
    expect(entities.find((e) => e.type === "PER")?.aliases ?? []).toEqual([]);
  });
  it("is written without the preposition glued to its head (لمكتبة الملك عبدالعزيز)", () => {
    expect(found("وأهدى نسخة من الكتاب لمكتبة الملك عبدالعزيز")).toEqual(["ORG:مكتبة الملك عبدالعزيز"]);
  });
  it("is not a school of thought (مدرسة وارن بوفيت)", () => {
    expect(found("تقوم على مدرسة وارن بوفيت للتحليل المالي")).toContain("PER:وارن بوفيت");
  });
});

describe("findEntities: a feminine head and an adjective without the article", () => {
  it("describes an organisation and names none (جمعية خيرية، جامعة سعودية), unlike a name of its own (جامعة تينيسي)", () => {
    expect(found("وتبرعت جمعية خيرية بمبلغ كبير للمستشفى")).toEqual([]);
    expect(found("ويدرس في جامعة سعودية منذ عامين")).toEqual([]);
    expect(found("وقال إن جامعة تينيسي أعلنت النتائج")).toEqual(["ORG:جامعة تينيسي"]);
  });
});

describe("findEntities: a bare head before an organisation's name", () => {
  it("opens the name (حركة فتح، جامعة نورث وسترن), and the entity stays the name", () => {
    expect(found("وتم اعتقال ستة فلسطينيين بدعوى العضوية في حركة فتح.")).toContain("ORG:حركة فتح");
    expect(found("قام باحثون من جامعة نورث وسترن في شيكاغو بتحليل البيانات.")).toContain("ORG:جامعة نورث وسترن");
    const r = findEntities("تعمق الأزمة داخل حزب سيريزا اليساري. وكانت الوعود التي قطعها سيريزا للناخبين كثيرة.");
    const party = r.mentions.filter((m) => m.entity === r.mentions[0]?.entity).map((m) => m.text);
    expect(party).toEqual(["حزب سيريزا", "سيريزا"]);
  });

  it("is left out before a name the alias table knows in several words, and before a preposition", () => {
    expect(found("وأوضح لدى مشاركته باجتماع لجنة الأمم المتحدة للنطاق العريض.")).toContain("ORG:الأمم المتحدة");
    expect(found("انتقدت لجنة للأمم المتحدة النظام السياسي.")).not.toContain("ORG:لجنة للأمم المتحدة");
  });
});

describe("findEntities: an army, police or government and its country's adjective", () => {
  it("names the state's body, without the glued preposition", () => {
    expect(found("وكثفت الحركة هجماتها ردا على تدخل الجيش الكيني في الصومال.")).toContain("ORG:الجيش الكيني");
    expect(found("وكانت الشرطة الأوكرانية قد أوضحت أمس أن الصحافي توفي.")).toContain("ORG:الشرطة الأوكرانية");
    expect(found("أمام حرب متصاعدة ضد الإرهاب كالجيش اللبناني وحده.")).toContain("ORG:الجيش اللبناني");
    // The headline's hashtag was read as a person's name and spread to the body.
    const body = "وتمكن الجيش اليمني، بإسناد من التحالف، من تحرير مواقع جديدة.";
    expect(found(body, "#الجيش_اليمني يحرر مواقع جديدة في #صعدة")).toEqual(["ORG:الجيش اليمني"]);
  });

  it("leaves an adjective that agrees with the word before, and a longer name, alone", () => {
    expect(found("ينتظر أن يقوم رئيس الحكومة الإسباني خوسيه لويس ثاباتيرو بزيارة.")).not.toContain(
      "ORG:الحكومة الإسباني",
    );
    expect(found("وقاتل الجيش السوري الحر قرب حلب. وقال الجيش السوري الحر إنه تقدم.")).not.toContain(
      "ORG:الجيش السوري",
    );
  });
});

describe("findEntities: a bare head and its definite genitive the tagger missed", () => {
  it("names the organisation, with a coordinated field and its adjectives", () => {
    expect(found("كما أوضح أن لوعود وزارة الإسكان دورا كبيرا في هذا الركود.")).toContain("ORG:وزارة الإسكان");
    expect(found("وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد العربي السعودي عن شهر مايو.")).toContain(
      "ORG:مؤسسة النقد العربي السعودي",
    );
    expect(found("وأعلنت وزارة الثقافة والإعلام أمس برنامجها.")).toContain("ORG:وزارة الثقافة والإعلام");
  });

  it("leaves a description alone", () => {
    expect(found("وقضت محكمة ألمانية بسجن الرجل.")).toEqual([]);
  });

  it("names an agency, but not one its genitive goes on to describe (وكالة الأنباء الرسمية، وكالة التصنيف الائتماني)", () => {
    expect(found("وقال مدير وكالة الاستخبارات المركزية إن التقرير دقيق.")).toContain("ORG:وكالة الاستخبارات المركزية");
    expect(found("ونقلت وكالة الأنباء اليمنية الرسمية عن مصدر عسكري قوله.")).toContain(
      "ORG:وكالة الأنباء اليمنية الرسمية",
    );
    expect(found("وقال البيان الذي نشرته وكالة الأنباء الرسمية إن الثلاثة اعتقلوا.")).toEqual([]);
    expect(found("وذكرت وكالة التصنيف الائتماني أن قرارها جاء بعد هبوط العملة.")).toEqual([]);
  });

  it("takes one indefinite word of the genitive before its definite word, but no complement with ل", () => {
    const court = "وأعاد النظر في الحكم الصادر عن محكمة مكافحة الإرهاب في حقه.";
    expect(found(court)).toContain("ORG:محكمة مكافحة الإرهاب");
    expect(found("ولفت إلى أن الشعبة ستعقد اجتماعا مع جمعية نقل البضائع خلال الأسبوع.")).toContain(
      "ORG:جمعية نقل البضائع",
    );
    expect(found("وقال المحامي إنها مؤسسة للاستشارات القانونية في المدينة.")).toEqual([]);
    expect(found("بعد أسبوع من صدور حكم من محكمة لمكافحة الفساد.")).toEqual([]);
  });
});

describe("findEntities: a definite head with its adjectives and field the tagger missed", () => {
  it("names the organisation, and takes in a field the tagger read as a name", () => {
    expect(found("وقال تقرير المؤسسة العربية لضمان الاستثمار حول مناخ الاستثمار في الدول العربية.")).toContain(
      "ORG:المؤسسة العربية لضمان الاستثمار",
    );
    expect(found("وأعلنت المؤسسة العامة للتعليم الفني والتدريب المهني عن وظائف.")).toContain(
      "ORG:المؤسسة العامة للتعليم الفني والتدريب المهني",
    );
    expect(found("وقال رئيس المركز الفلسطيني للبحوث المسحية إن النتائج واضحة.")).toContain(
      "ORG:المركز الفلسطيني للبحوث المسحية",
    );
  });

  it("leaves a body of another organisation, a verb, and a second organisation or a clause after the field", () => {
    const plo = "وكان أبو يوسف عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية قد صرح بذلك.";
    expect(found(plo)).toContain("ORG:منظمة التحرير الفلسطينية");
    expect(found("وحصل على أصوات أعضاء الجمعية العمومية للنادي أمس.")).toEqual([]);
    expect(found("وعاد المراهقون إلى المركز التأهيلي لاحظ الباحثون تحسنا.")).toEqual([]);
    expect(found("ويصرف المعاش من المؤسسة العامة للتقاعد والمؤسسة العامة للتأمينات الاجتماعية.")).toContain(
      "ORG:المؤسسة العامة للتقاعد",
    );
    expect(found("وتجتمع الجمعية العمومية للفيفا والتي تملك سلطة التعديل.")).not.toContain(
      "ORG:الجمعية العمومية للفيفا والتي",
    );
  });
});

describe("findEntities: a head's name and its country's adjective", () => {
  it("takes in the adjective of the head's country that agrees with the head", () => {
    expect(found("عمد لودريان الذي كان عضوا في لجنة الدفاع في مجلس النواب الفرنسي إلى ذلك.")).toContain(
      "ORG:مجلس النواب الفرنسي",
    );
    expect(found("أعلنت هيئة الأرصاد الجوية الاسترالية اليوم الثلاثاء ان ظاهرة النينيو عادت.")).toContain(
      "ORG:هيئة الأرصاد الجوية الاسترالية",
    );
  });

  it("leaves an adjective that does not agree with the head", () => {
    expect(found("وأعلنت وزارة التعليم العالي أمس برنامجها.")).toContain("ORG:وزارة التعليم العالي");
  });
});

describe("findEntities: a preposition or a conjunction glued to an organisation's head", () => {
  it("leaves the letter out of the mention", () => {
    expect(found("وأكد رئيس لجنة الإغاثة أن ثلاث شاحنات تابعة لهيئة الهلال الأحمر وصلت.")).toContain(
      "ORG:هيئة الهلال الأحمر",
    );
    expect(found("وقال مصدر بوزارة العدل إن القضية أحيلت إلى المحكمة.")).toContain("ORG:وزارة العدل");
  });

  it("keeps the و of وزارة, which is its own", () => {
    expect(found("وأعلنت وزارة الداخلية أن الطريق مغلق.")).toContain("ORG:وزارة الداخلية");
  });
});

describe("findEntities: an institution named for its place", () => {
  it("reads a university, a municipality or a bank before a place as the institution", () => {
    expect(found("وقال باحث بجامعة كاليفورنيا إن النتائج مشجعة.")).toEqual(["ORG:جامعة كاليفورنيا"]);
    expect(found("وأعلن بنك اليابان إبقاء سعر الفائدة دون تغيير.")).toEqual(["ORG:بنك اليابان"]);
    expect(found("وأعلنت بلدية الخرمة عن مشروع جديد لتصريف السيول.")).toEqual(["ORG:بلدية الخرمة"]);
    expect(found("وتخرج في جامعة سنغافورة الوطنية قبل عامين.")).toEqual(["ORG:جامعة سنغافورة الوطنية"]);
  });

  it("takes no phrase of place in brackets after an organisation for its short name", () => {
    expect(found("وأعلنت منظمة الصحة العالمية (في جنيف) أن عدد الإصابات ارتفع.")).toEqual([
      "ORG:منظمة الصحة العالمية",
      "LOC:جنيف",
    ]);
  });
});

describe("findEntities: the field of a minister's title", () => {
  it("is part of the role, no organisation (وزير الأوقاف، وزيرة الثقافة)", () => {
    const text = "ومن جانبه قال وزير الأوقاف والمقدسات الإسلامية عبد الفتاح صلاح إن الخطة جاهزة.";
    expect(found(text).filter((m) => m.startsWith("ORG:"))).toEqual([]);
    expect(found("وقدم الشكر لوزيرة الثقافة في مهمتها الجديدة.")).toEqual([]);
  });

  it("leaves an organisation named with a bare head after the title (وزير حزب الله)", () => {
    expect(found("والتقى وزير حزب الله محمد فنيش بالوفد.")).toContain("ORG:حزب الله");
  });
});

describe("findEntities: a bare head the article's names spread alone", () => {
  it("drops a bare تنظيم, which names nothing by itself", () => {
    const text =
      "وقال إن تنظيم داعش يسيطر على المدينة. وأضاف أن تنظيم «داعش» خسر مواقع. ويبدأ الإرهابيون في تنظيم الندوات داخلها.";
    expect(found(text)).toEqual(["ORG:تنظيم داعش", "ORG:داعش"]);
  });
});

describe("headsTakeTheirGenitive: a second field joined with و", () => {
  /** The mention a bare head's mention becomes in `text` (the head is its first word with و cut). */
  const grown = (text: string, head: string): string => {
    const f = fold(text);
    const toks = tokenizeForTagging(f);
    const a = toks.findIndex((t) => t.text === fold(head).text);
    const t = toks[a] as (typeof toks)[number];
    const raws: Raw[] = [{ a, b: a + 1, type: "ORG", s: t.s, e: t.e, key: [t.text] }];
    headsTakeTheirGenitive(toks, raws);
    return raws.map((r) => f.text.slice(r.s, r.e)).join(" | ");
  };

  it("takes in a noun and its genitive, or a definite word, with its adjective", () => {
    expect(grown("ولفتت دراسة أجرتها هيئة الاتصالات وتقنية المعلومات مؤخرا النظر.", "هيئة")).toBe(
      fold("هيئة الاتصالات وتقنية المعلومات").text,
    );
    expect(grown("وما زالت بانتظار رد هيئة التحقيق والادعاء العام على الطلب.", "هيئة")).toBe(
      fold("هيئة التحقيق والادعاء العام").text,
    );
  });

  it("stops before a second organisation's head", () => {
    expect(grown("مع هيئة الرقابة والهيئة العامة للاستثمار.", "هيئة")).toBe(fold("هيئة الرقابة").text);
  });
});
