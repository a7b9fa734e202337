import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicWord } from "../../arabic/arbitraries.test-util.js";
import { foldText } from "../../arabic/fold.js";
import { MarsadError } from "../../errors.js";
import { defaultClusters } from "./clusters.js";
import { bioSpans, isHeldOut, parseNewsFane, parseWojood, repairBio } from "./corpus.js";
import {
  buildMemory,
  gazKey,
  isSportSentence,
  MAX_FEATURES,
  N_TAGS,
  neighbourFeatures,
  neighbourHashes,
  ownFeatures,
  prepare,
  staticFeatures,
  TAGS,
  tokenFacts,
  wordFeatures,
} from "./features.js";
import { findEntities } from "./find.js";
import { found, mentionsOf } from "./found.test-util.js";
import { decodeModel, encodeModel, ModelFormatError } from "./model-file.js";
import { canonicalKey, entityId, isCliticForm, knownAlias } from "./names.js";
import { PerceptronModel, sumsAreExact, trainPerceptron } from "./perceptron.js";
import { EntityResolver } from "./resolver.js";
import { SpanScorer } from "./score.js";
import { loadTagger, readTagger } from "./tagger.js";

const foldedWord = arabicWord.map((w) => foldText(w));

const SHARED = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const MODEL = fileURLToPath(new URL("../../../models/ner.bin", import.meta.url));

// All article text below is written for these tests.
const ARTICLE = `قال رئيس الوزراء العراقي مصطفى الكاظمي، اليوم الأحد، إن حلف شمال الأطلسي (الناتو) سيبقى في بغداد. والتقى وزير الخارجية العراقي فؤاد حسين نظيره الأمريكي أنتوني بلينكن في واشنطن.
وأضاف الكاظمي أن "العراق يقدر عاليا التعاون مع الناتو". وأكد رئيس الحكومة العراقية أن تنظيم داعش هُزم. #مصطفى_الكاظمي #عاجل
Reuters reported that NATO will stay.`;

describe("corpus readers", () => {
  it("re-attaches NewsFANE's split clitics and maps fine classes", () => {
    const s = parseNewsFane(
      "و\tO\nالعراق\tB-Nation\nسجل\tO\nه\tO\nاحمد\tB-Politician\nعلي\tI-Politician\n\t\nالعرب\tB-Group\n",
    );
    expect(s).toHaveLength(2);
    expect(s[0]?.tokens).toEqual(["والعراق", "سجله", "احمد", "علي"]);
    expect(s[0]?.tags).toEqual(["B-LOC", "O", "B-PER", "I-PER"]);
    expect(s[1]?.tags).toEqual(["O"]);
  });
  it("flattens Wojood's nested layers to the outermost kept span", () => {
    const s = parseWojood(
      "مجلس B-ORG\nالأمن I-ORG\nضد I-ORG\nالأسد I-ORG B-PERS\n\nسكرتير B-OCC\nاللجنة I-OCC B-ORG\nفي I-OCC\nنابلس I-OCC B-GPE\n",
    );
    expect(s[0]?.tags).toEqual(["B-ORG", "I-ORG", "I-ORG", "I-ORG"]);
    expect(s[1]?.tags).toEqual(["O", "B-ORG", "O", "B-LOC"]);
  });
  it("repairs BIO and reads spans", () => {
    expect(repairBio(["O", "I-PER", "I-PER", "I-LOC"])).toEqual(["O", "B-PER", "I-PER", "B-LOC"]);
    expect(bioSpans(["B-PER", "I-PER", "O", "B-LOC"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 4, type: "LOC" },
    ]);
  });
  it("splits held-out sentences deterministically, about a tenth", () => {
    const sents = Array.from({ length: 2000 }, (_, i) => ({ tokens: [`w${i}`, "x"], tags: ["O", "O"] }));
    const held = sents.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(150);
    expect(held).toBeLessThan(250);
    expect(sents.filter(isHeldOut).length).toBe(held);
  });
  it("scores exact spans only", () => {
    const s = new SpanScorer();
    s.add(["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]);
    const per = s.scores().find((x) => x.type === "PER");
    expect(per).toMatchObject({ gold: 1, predicted: 1, correct: 0 });
  });
});

describe("entity memory", () => {
  it("labels a word with the types it was tagged and, after h, the names of several words it opened", () => {
    const m = buildMemory([
      { tokens: ["قال", "وزاره", "الصحه"], tags: ["O", "B-ORG", "I-ORG"] },
      { tokens: ["في", "وزاره", "الخارجيه"], tags: ["O", "B-ORG", "I-ORG"] },
      { tokens: ["زار", "بغداد"], tags: ["O", "B-LOC"] },
      { tokens: ["في", "مدينه", "غزه"], tags: ["O", "B-LOC", "I-LOC"] },
      { tokens: ["مدينه", "كبيره"], tags: ["O", "O"] },
    ]);
    expect(m.tokens.get("وزاره")).toBe("ORG2 hORG2");
    // Keys are clitic-stripped (gazKey): الخارجيه → خارجيه.
    expect(m.tokens.get(gazKey("الخارجيه"))).toBe("ORG2"); // inside a name, never its first word
    expect(m.tokens.get("بغداد")).toBe("LOC2"); // a name of one word opens no longer name
    expect(m.tokens.get("مدينه")).toBe("LOC1 hLOC1"); // one of its two occurrences
    expect(m.tokens.has("قال")).toBe(false);
  });
});

describe("match reports", () => {
  const sport = (text: string) => {
    const w = foldText(text).split(" ");
    return isSportSentence(w, w.map(gazKey));
  };
  it("knows a match report by a score or a match word, not by a year range", () => {
    expect(sport("خسرت كينيا أمام إريتريا 1 - 2")).toBe(true);
    expect(sport("فاز سلتيك على ضيفه 1 - صفر")).toBe(true);
    expect(sport("انتهت المباراة بالتعادل")).toBe(true);
    expect(sport("قال وزير الخارجية إن الاجتماع 2020 - 2021 مهم")).toBe(false);
    expect(sport("التقى الرئيس نظيره في كينيا")).toBe(false);
  });
  it("gives a word in a match report one feature more, and nothing else changes", () => {
    const feats = (text: string) => {
      const c = prepare(foldText(text).split(" "));
      const out = new Int32Array(MAX_FEATURES);
      return new Set(out.subarray(0, staticFeatures(c, 0, (1 << 20) - 1, out, 0)));
    };
    // The same first six words; only the end makes the sentence a match report (3 - 1, not 3 - 2019).
    const inMatch = feats("كينيا أمام إريتريا أمس في نيروبي 3 - 1");
    const inNews = feats("كينيا أمام إريتريا أمس في نيروبي 3 - 2019");
    expect([...inMatch].filter((f) => !inNews.has(f))).toHaveLength(1);
    expect([...inNews].filter((f) => !inMatch.has(f))).toHaveLength(0);
  });
});

describe("perceptron and model file", () => {
  const data = [
    { tokens: ["قال", "احمد", "علي", "في", "بغداد"], tags: [0, 1, 2, 0, 5] },
    { tokens: ["زار", "سمير", "حسن", "مدينة", "البصره"], tags: [0, 1, 2, 0, 5] },
  ];
  it("learns a toy set and survives a round trip through the binary format", () => {
    const m = trainPerceptron(data, { bits: 12, epochs: 5, seed: 1 });
    expect([...m.predictIndices(data[0]?.tokens ?? [])]).toEqual(data[0]?.tags);
    const bytes = encodeModel(m, 2, { note: "toy" });
    const d = decodeModel(bytes);
    expect(d.meta).toEqual({ note: "toy" });
    expect([...d.model.predictIndices(data[1]?.tokens ?? [])]).toEqual(data[1]?.tags);
  });
  it("scores tokens bit for bit as the plain sum of the weight rows of staticFeatures", () => {
    const committed = decodeModel(readFileSync(MODEL)).model;
    committed.clusters = defaultClusters();
    const toy = trainPerceptron(data, { bits: 12, epochs: 5, seed: 1 });
    // A weight far below the others makes the sums inexact: rows are then added in order.
    const inexact = trainPerceptron(data, { bits: 12, epochs: 5, seed: 1 });
    inexact.weights[7] = 1e-30;
    expect(sumsAreExact(committed.weights)).toBe(true);
    expect(sumsAreExact(inexact.weights)).toBe(false);
    const tokens = foldText(ARTICLE).split(/\s+/);
    for (const m of [committed, toy, inexact]) {
      // Twice: the second pass reads the words' own-feature sums from the model's cache.
      for (const pass of [1, 2]) {
        const c = prepare(tokens, m.memory, m.clusters);
        const want = new Float64Array(tokens.length * N_TAGS);
        const f = new Int32Array(MAX_FEATURES);
        for (let i = 0; i < tokens.length; i++) {
          const k = staticFeatures(c, i, m.mask, f, 0);
          for (let j = 0; j < k; j++)
            for (let t = 0; t < N_TAGS; t++)
              want[i * N_TAGS + t] =
                (want[i * N_TAGS + t] as number) + (m.weights[(f[j] as number) * N_TAGS + t] as number);
        }
        expect(Buffer.from(m.staticScores(tokens).stat.buffer).equals(Buffer.from(want.buffer)), `pass ${pass}`).toBe(
          true,
        );
      }
    }
  });
  it("splits staticFeatures into the word's own features and its neighbours' without losing or adding one", () => {
    const m = decodeModel(readFileSync(MODEL)).model;
    const clusters = defaultClusters();
    // Real words (names, places, aliases, cue words) mixed with random ones, so that
    // gazetteer bits, multi-token names, memory spans and clusters all occur.
    const known = foldText(ARTICLE).split(/\s+/);
    const word = fc.oneof(fc.constantFrom(...known), foldedWord);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (tokens) => {
        const c = prepare(tokens, m.memory, clusters);
        const a = new Int32Array(MAX_FEATURES);
        const b = new Int32Array(MAX_FEATURES);
        const nh = tokens.map((t, i) => neighbourHashes(t, c.s[i] as string));
        for (let i = 0; i < tokens.length; i++) {
          const ka = staticFeatures(c, i, m.mask, a, 0);
          const f = tokenFacts(tokens[i] as string, m.memory, clusters);
          let kb = ownFeatures(tokens[i] as string, f.s, f.st, f.shape, m.mask, b, 0);
          kb = wordFeatures(f.s, f.gaz, f.mem, f.cl, clusters.levels, m.mask, b, kb);
          kb = neighbourFeatures(c, i, f.gaz, nh, m.mask, b, kb);
          expect([...b.subarray(0, kb)].sort()).toEqual([...a.subarray(0, ka)].sort());
        }
      }),
      { numRuns: 200 },
    );
  });
  it("is reproducible: same data, same seed, same weights", () => {
    const a = trainPerceptron(data, { bits: 12, epochs: 3, seed: 7 });
    const b = trainPerceptron(data, { bits: 12, epochs: 3, seed: 7 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
  it("rejects corrupt files", () => {
    const bytes = encodeModel(trainPerceptron(data, { bits: 12, epochs: 2, seed: 1 }), 2, {});
    const mid = bytes.length >> 1;
    bytes[mid] = (bytes[mid] as number) ^ 0xff;
    expect(() => decodeModel(bytes)).toThrow(ModelFormatError);
    expect(() => decodeModel(new Uint8Array(10))).toThrow(/too short/);
    expect(decodeModel(encodeModel(new PerceptronModel(12), 2, {})).model.weights.every((x) => x === 0)).toBe(true);
  });
  it("names the file in ERR_MODEL when missing or corrupt", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "marsad-ner-"));
    const missing = path.join(dir, "none.bin");
    expect(() => readTagger(missing)).toThrow(MarsadError);
    expect(() => readTagger(missing)).toThrow(/none\.bin.*ERR_MODEL/);
    const bad = path.join(dir, "bad.bin");
    writeFileSync(bad, "not a model at all, not a model at all, not a model");
    expect(() => readTagger(bad)).toThrow(/bad\.bin.*ERR_MODEL/);
  });
});

describe("committed tagger", () => {
  it("loads in well under a second and tags a name, an organisation and a place", () => {
    expect(existsSync(MODEL)).toBe(true);
    const t0 = performance.now();
    const fresh = readTagger(MODEL);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(N_TAGS).toBe(TAGS.length);
    const tags = fresh.tag("قال وزير الخارجية فؤاد حسين في بغداد إن وزارة الصحة العراقية".split(" "));
    expect(tags.slice(3, 5)).toEqual(["B-PER", "I-PER"]);
    expect(tags[6]).toBe("B-LOC");
    expect(tags[8]).toBe("B-ORG");
    expect(loadTagger()).toBe(loadTagger());
  });
});

describe("findEntities", () => {
  const r = findEntities(ARTICLE, "الكاظمي يستقبل وفدا من حلف الناتو");
  const byText = (t: string) => r.mentions.filter((m) => m.text === t);
  const entity = (id: string | undefined) => r.entities.find((e) => e.id === id);

  it("returns spans into the original text", () => {
    expect(r.mentions.length).toBeGreaterThan(8);
    for (const m of r.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
  });
  it("resolves a later surname to the full name (also where the tagger missed it), with the role in apposition", () => {
    const full = byText("مصطفى الكاظمي")[0];
    const short = byText("الكاظمي")[0];
    expect(full?.type).toBe("PER");
    expect(short?.entity).toBe(full?.entity);
    expect(entity(full?.entity)?.roles).toContain("رئيس الوزراء العراقي");
    expect(entity(byText("فؤاد حسين")[0]?.entity)?.roles).toContain("وزير الخارجية العراقي");
  });
  it("resolves a bare role phrase to the person named with that role", () => {
    expect(byText("رئيس الحكومة العراقية")[0]?.entity).toBe(byText("مصطفى الكاظمي")[0]?.entity);
    // The role phrase points to the person; it is not one of their names.
    expect(entity(byText("مصطفى الكاظمي")[0]?.entity)?.aliases).not.toContain("رئيس الحكومة العراقية");
  });
  it("does not run a role phrase across a list or a clause", () => {
    const x = findEntities("حضر اللواء سامي، والمهندس خالد يوسف الاجتماع. وقال الوزير إن الاجتماع ناجح.");
    for (const e of x.entities) for (const role of e.roles ?? []) expect(role).not.toMatch(/والمهندس|،/);
  });
  it("starts a person's name at the first name, not at a conjoined noun before it", () => {
    const per = mentionsOf("PER", "وقال مدير عام السدود والخزانات حيدر عبد الأمير الزبيدي إن الخزين منخفض.");
    expect(per).toContain("حيدر عبد الأمير الزبيدي");
    expect(per.join(" ")).not.toContain("والخزانات");
  });
  it("gives aliases one entity: الناتو = حلف شمال الأطلسي = NATO; داعش → تنظيم الدولة الإسلامية", () => {
    const nato = byText("حلف شمال الأطلسي")[0]?.entity;
    expect(nato).toBeDefined();
    expect(byText("الناتو").every((m) => m.entity === nato)).toBe(true);
    expect(byText("NATO")[0]?.entity).toBe(nato);
    const daesh = r.mentions.find((m) => m.text.includes("داعش"));
    expect(daesh?.text).toBe("تنظيم داعش"); // the generic head the tagger split off is joined back
    expect(entity(daesh?.entity)?.name).toBe("تنظيم الدولة الإسلامية");
  });
  it("treats a hashtag as one name mention and ignores a hashtag that is not a name", () => {
    const h = byText("مصطفى_الكاظمي")[0];
    expect(h?.entity).toBe(byText("مصطفى الكاظمي")[0]?.entity);
    expect(byText("عاجل")).toHaveLength(0);
  });
  it("handles empty, Latin-only and punctuation-only text", () => {
    expect(findEntities("")).toEqual({ mentions: [], entities: [] });
    expect(findEntities("!!! ... ،،، «»").mentions).toEqual([]);
    expect(() => findEntities("Only English text, no Arabic at all.")).not.toThrow();
  });
  it("stays linear on a 200 KB article without sentence punctuation", () => {
    const unit = "التقى وزير الخارجية فؤاد حسين نظيره في بغداد وبحث معه التعاون مع حلف الناتو ";
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const big = unit.repeat(Math.ceil(200_000 / unit.length));
    findEntities(small); // warm-up
    // The fastest of three runs each: a busy machine slows one run, not all.
    const timed = (text: string) => {
      let ms = Number.POSITIVE_INFINITY;
      let found = findEntities("");
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        found = findEntities(text);
        ms = Math.min(ms, performance.now() - t);
      }
      return { ms, found };
    };
    const a = timed(small);
    const b = timed(big);
    expect(big.length).toBeGreaterThanOrEqual(200_000);
    expect(b.found.mentions.length).toBeGreaterThan(3 * a.found.mentions.length);
    // Four times the text: well under sixteen times the time (quadratic), with room for noise (a floor of 3 s: on a
    // shared machine at load 6 the 200 KB run took 2.1 s while the 50 KB one took 0.25 s).
    expect(b.ms).toBeLessThan(Math.max(8 * a.ms, 3000));
  }, 60_000);
});

describe("EntityResolver", () => {
  it("merges aliases, spelling variants and surnames across articles, with stable ids", () => {
    const r = new EntityResolver();
    const a = findEntities(
      "قال الأمين العام لحلف الناتو إن الحلف مستعد. وصرح الرئيس الأمريكي دونالد ترامب بأن الحلف قوي.",
    );
    const b = findEntities("ذكر حلف شمال الأطلسي في بيان أن ترمب سيحضر القمة.");
    const ma = r.add(a.entities);
    const mb = r.add(b.entities);
    const natoA = a.mentions.find((m) => m.text.includes("الناتو"))?.entity;
    const natoB = b.mentions.find((m) => m.text.includes("الأطلسي"))?.entity;
    expect(natoA).toBeDefined();
    expect(ma.get(natoA as string)).toBe(mb.get(natoB as string));
    expect(natoA).toBe(entityId("ORG", canonicalKey("الناتو")));
    const trumpA = a.mentions.find((m) => m.text === "دونالد ترامب")?.entity;
    const trumpB = b.mentions.find((m) => m.text === "ترمب")?.entity;
    if (trumpA && trumpB) expect(mb.get(trumpB)).toBe(ma.get(trumpA));
    const c = r.add([{ id: "x", name: "الحلبوسي", type: "PER", aliases: [] }]);
    const d = r.add([{ id: "y", name: "مصطفى الكاظمي", type: "PER", aliases: [], roles: ["رئيس الوزراء"] }]);
    const e = r.add([{ id: "z", name: "الكاظمي", type: "PER", aliases: [] }]);
    const f = r.add([{ id: "w", name: "محمد الحلبوسي", type: "PER", aliases: [] }]);
    expect(e.get("z")).toBe(d.get("y")); // a lone surname joins the one full name ending with it
    // A surname seen before any full name: the first full name ending with it takes its id.
    expect(f.get("w")).toBe(c.get("x"));
    const back = EntityResolver.fromJSON(JSON.parse(JSON.stringify(r.toJSON())));
    expect(back.entities()).toEqual(r.entities());
    expect(back.add([{ id: "q", name: "حلف الناتو", type: "ORG", aliases: [] }]).get("q")).toBe(
      ma.get(natoA as string),
    );
    expect(() => EntityResolver.fromJSON({ version: 2 })).toThrow(TypeError);
  });
  it("joins a lone surname seen first to the full name that follows, named by the full name", () => {
    const r = new EntityResolver();
    const lone = r.add([{ id: "a", name: "الكناني", type: "PER", aliases: [] }]).get("a");
    r.add([{ id: "b", name: "الكناني", type: "PER", aliases: [] }]);
    const full = r.add([{ id: "c", name: "سالم عبد الرضا الكناني", type: "PER", aliases: [] }]).get("c");
    expect(full).toBe(lone);
    // Named by the full name although the articles used the surname alone more often.
    expect(r.entities()).toMatchObject([{ id: lone, name: "سالم عبد الرضا الكناني", aliases: ["الكناني"] }]);
    // Once it has a full name, another full name with that surname is someone else.
    expect(r.add([{ id: "d", name: "أحمد الكناني", type: "PER", aliases: [] }]).get("d")).not.toBe(lone);
    // A given name used alone is not a surname: علي محمد is not the محمد seen before.
    const m = r.add([{ id: "e", name: "محمد", type: "PER", aliases: [] }]).get("e");
    expect(r.add([{ id: "f", name: "علي محمد", type: "PER", aliases: [] }]).get("f")).not.toBe(m);
    // Places and organisations never join this way.
    const iraq = r.add([{ id: "g", name: "العراق", type: "LOC", aliases: [] }]).get("g");
    expect(r.add([{ id: "h", name: "جنوب العراق", type: "LOC", aliases: [] }]).get("h")).not.toBe(iraq);
    // A restored resolver continues the same way.
    const back = EntityResolver.fromJSON(JSON.parse(JSON.stringify(r.toJSON())));
    expect(back.entities()).toEqual(r.entities());
    const lone2 = back.add([{ id: "i", name: "الزاملي", type: "PER", aliases: [] }]).get("i");
    expect(back.add([{ id: "j", name: "حاكم الزاملي", type: "PER", aliases: [] }]).get("j")).toBe(lone2);
  });
  it("ends a person's name before an accusative with tanween", () => {
    const names = (t: string) => mentionsOf("PER", t);
    expect(names("نهض السيد هاشم مدهوشًا وبادر إليّ يقول: قم يا أستاذ.")).toEqual(["هاشم"]);
    // A place in front of the first name is the office's, not the name's (محافظ الزاب ليث العبيدي).
    expect(names("من جانبه، أعلن محافظ الزاب ليث العبيدي تعطيل الدوام الرسمي في الدوائر الحكومية.")).toEqual([
      "ليث العبيدي",
    ]);
    expect(names("وسجل للمرجان يوسف الرشيدي في الدقيقة 12.")).toEqual(["يوسف الرشيدي"]);
    // The office holder the tagger left untagged after a role head; not an expression or a place named for a king.
    expect(names("بحضور رئيس النادي هشام مرسي ومدير الاحتراف فراس مؤذن، بناء على توصية المدرب.")).toContain(
      "فراس مؤذن",
    );
    expect(names("شاركت في الاحتفال حرم الرئيس انتصار السيسي ترافقها جيهان السادات.")).toContain("انتصار السيسي");
    expect(names("ورفع مدير الجامعتين المكلف أسمى آيات الشكر والتقدير لوزير التعليم.")).toEqual([]);
    expect(names("على مسرح مركز الملك فهد الثقافي، وتناولت المشكلات.")).toEqual([]);
    expect(names("أن يجري وزير المال التركي براءة البيرق محادثات.")).not.toContain("التركي براءة");
    expect(names("وقال رئيس باراغواي هوراسيو كارتيس إن السفارة ستنقل.")).toEqual(["هوراسيو كارتيس"]);
    expect(names("تصدر الوسم قائمة الأكثر تداولا على منصة إكس في العراق.")).toEqual([]);
    // No name holds a digit: قال لفرانس24 is the outlet told.
    expect(names('كامل شاب يعمل في فندق. وقال لفرانس24: "أتابع ما يحدث وأنا حزين".')).toEqual([]);
    // A family name seen in the article is not a person where it follows a definite noun (its adjective).
    expect(names("وكان علي حسن المجيد الكيماوي قد أعدم. واستخدم النظام السلاح الكيماوي في حلبجة.")).toEqual([
      "علي حسن المجيد الكيماوي",
    ]);
    expect(names("وقال لي وزير الخارجية إن الأزمة طويلة.")).not.toContain("لي");
    expect(names("وكان في استقبال سمو ولي ولي العهد لدى وصوله المطار.")).toEqual([]);
    expect(names("وحكم الملك عبد الله الثاني البلاد. وفي يناير (كانون الثاني) 2011 قامت الثورة.")).not.toContain(
      "الثاني",
    );
    // على (folded علي, also Ali) before a platform is the preposition.
    expect(names("وأشار ترامب على تويتر إلى تقارير إخبارية.")).toEqual(["ترامب"]);
    expect(names("وقال محمد علي حسن إن التقارير كاذبة.")).toEqual(["محمد علي حسن"]);
  });
  it("does not take a country in parentheses for an organisation's short name", () => {
    const { mentions } = findEntities("وتأهل ريال مدريد (إسبانيا) إلى الدور المقبل.");
    expect(mentions.find((m) => m.text === "إسبانيا")?.type).not.toBe("ORG");
  });
  it("takes no currency for a name, but keeps the club ريال مدريد and الريال where a text is about the club", () => {
    const texts = (t: string) => findEntities(t).mentions.map((m) => m.text);
    const money = texts(
      "وبلغت قيمة التداول 2.26 مليون ريال عماني. وحصل كل فائز على تسعة آلاف ريال. وارتفع سعر الريال السعودي أمام الدولار، وانهار الريال الإيراني.",
    );
    expect(money.filter((m) => /ريال|دولار/.test(m))).toEqual([]);
    // The club: named in full, or alone in a match report or a text that names it in full.
    expect(texts("وفاز ريال مدريد على برشلونة في الدوري. وقال مدرب الريال إن الفريق جاهز.")).toContain("الريال");
    expect(texts("وكان حارس ريال مدريد قد التحق بالريال عام 2012.")).toContain("ريال مدريد");
    expect(texts("واشترى الريال اللاعب في صفقة بلغت 80 مليون يورو.")).toContain("الريال");
    expect(texts("وقال المحلل إن الريال فقد نصف قيمته منذ العام الماضي.")).not.toContain("الريال");
  });
  it("finds one person per item of a list the tagger read as one name", () => {
    const names = (t: string) => mentionsOf("PER", t);
    expect(names("وسجل تياجو نيفيز وناصر الشمراني هدفي الهلال.")).toEqual(["تياجو نيفيز", "ناصر الشمراني"]);
    expect(names("قال الممثل جورج كلوني إن بوش وشارون وبلير أخطأوا.")).toEqual(["جورج كلوني", "بوش", "شارون", "بلير"]);
    // A name that starts with و is a name, not a list (وليد، وائل).
    expect(names("وقال وليد الخطيب ووائل الدحدوح إن الطريق مفتوح.")).toEqual(["وليد الخطيب", "وائل الدحدوح"]);
  });
  it("cuts a preposition glued to a place named elsewhere, a title before a name, and no name ends on بن", () => {
    const places = findEntities(
      "فرضت الولايات المتحدة عقوبات على إيران، وقال بولتون إن لإيران خيارات. ووصل إلى هافانا بكوبا.",
    );
    const names = places.entities.map((e) => e.name);
    expect(names).toContain("إيران");
    expect(names).toContain("كوبا");
    expect(names).not.toContain("لإيران");
    expect(names).not.toContain("بكوبا");
    // A name that begins with the letter stays whole, also beside its form with لـ (لليفربول is ل + ليفربول).
    expect(findEntities("وزار الوزير لبنان وبلجيكا.").entities.map((e) => e.name)).toContain("لبنان");
    const club = findEntities("وفاز ليفربول على روما. وقال مدرب روما إن الفوز لليفربول كان مستحقا.").entities;
    expect(club.map((e) => e.name)).not.toContain("يفربول");
    const titled = findEntities(
      "قال الدكتور علي بن ناصر الغفيص إن التدريب مستمر. وأضاف الدكتور الغفيص أن الكلية جاهزة.",
    );
    expect(titled.entities.filter((e) => e.type === "PER").map((e) => e.name)).toEqual(["علي بن ناصر الغفيص"]);
    // معاليه is His Excellency, not a name.
    expect(findEntities("وأكد معاليه أن الوزارة جاهزة.").mentions.map((m) => m.text)).not.toContain("معاليه");
  });
  it("cuts و before a place the training data knows, not ف before a name that begins with it", () => {
    const names = findEntities("وزار الوزير باريس ولندن ودمشق، ثم فرانكفورت.").entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["لندن", "دمشق"]));
    expect(names).not.toContain("ولندن");
    expect(names).not.toContain("رانكفورت");
  });
  it("knows the place after a head word (مطار الأحساء) where it stands alone", () => {
    const { mentions } = findEntities(
      "وصلت الطائرة إلى مطار الأحساء مساء أمس. وقال مدير الشؤون الصحية إن المصابين نقلوا من الأحساء إلى عمان.",
    );
    expect(mentions.filter((m) => m.type === "LOC").map((m) => m.text)).toContain("الأحساء");
  });
  it("reads a person after a place head and a title as the place's name (باستاد الملك فهد الدولي)", () => {
    const seen = (text: string) => findEntities(text).mentions.map((m) => `${m.type}:${m.text}`);
    expect(seen("أقيمت المباراة النهائية مساء الجمعة باستاد الملك فهد الدولي في الرياض.")).toEqual([
      "LOC:استاد الملك فهد الدولي",
      "LOC:الرياض",
    ]);
    expect(seen("تخرج في جامعة الملك سعود عام 1990.")).toEqual(["ORG:جامعة الملك سعود"]);
    // The king himself stays a person, and so does an office holder after a definite head or a role.
    expect(seen("التقى الملك فهد الرئيس الفرنسي.")).toContain("PER:الملك فهد");
    expect(seen("نقل المصاب إلى مستشفى جورج بومبيدو في باريس.")).toContain("ORG:مستشفى جورج بومبيدو");
    expect(seen("وقال أمير المنطقة فهد بن سلطان إن العمل مستمر.").some((m) => m.startsWith("LOC:"))).toBe(false);
  });
  it("ends a person's name before a verb of saying with its complement (فاروق | يرى أن)", () => {
    const { mentions } = findEntities("لكن الخبير الاقتصادي عبد الخالق فاروق يرى أن التضخم قد يصل إلى 20 في المئة.");
    expect(mentions.filter((m) => m.type === "PER").map((m) => m.text)).toEqual(["عبد الخالق فاروق"]);
  });
  it("points a bare role to a person only when the article names one person with that head", () => {
    const text =
      "وأعرب الرئيس الصومالي حسن شيخ محمود عن استيائه. وقال الرئيس إن النائب قضى. ومنذ سقوط الرئيس سياد باري لا دولة مركزية.";
    const { mentions } = findEntities(text);
    // Two presidents: the bare الرئيس is neither (it had been سياد باري, named after it).
    expect(mentions.some((m) => m.text === "الرئيس")).toBe(false);
    const one = findEntities("وأعرب الرئيس الصومالي حسن شيخ محمود عن استيائه. وقال الرئيس إن النائب قضى.").mentions;
    const president = one.find((m) => m.text === "حسن شيخ محمود");
    expect(one.find((m) => m.text === "الرئيس")?.entity).toBe(president?.entity);
  });
  it("keeps the family name after آل, even a word that is a title elsewhere", () => {
    const { entities } = findEntities(
      "رفع معالي رئيس مجلس الشورى الشيخ الدكتور عبدالله بن محمد بن إبراهيم آل الشيخ أسمى آيات الشكر.",
    );
    expect(entities.map((e) => e.name)).toContain("عبدالله بن محمد بن إبراهيم آل الشيخ");
  });
  it("ends a name at a dash written as tatweel between spaces", () => {
    const { mentions } = findEntities("وكتب طلال عبدالله ـ جدة");
    expect(mentions.map((m) => [m.type, m.text])).toEqual([
      ["PER", "طلال عبدالله"],
      ["LOC", "جدة"],
    ]);
    // Tatweel inside a word stays what it is: no dash there.
    expect(mentionsOf("PER", "وقال سمـــير سـليمان الـنوري إن الطريق مغلق.")).toEqual(["سمـــير سـليمان الـنوري"]);
  });
  it("splits two coordinated organisations and reads a quoted outlet and floods for what they are", () => {
    // The tagger reads "وزارة الداخلية والمديرية العامة للجوازات" as one name.
    const orgs = mentionsOf("ORG", "اجتمع ممثلو وزارة الداخلية والمديرية العامة للجوازات أمس.");
    expect(orgs).toEqual(["وزارة الداخلية", "المديرية العامة للجوازات"]);
    // A name in quote marks after لـ / عليها is the outlet told or cited, one organisation.
    const outlet = findEntities("وفي تصريح لـ«الضفاف نيوز»، قال أحد العمال إن الإضراب مستمر.").mentions;
    expect(outlet.map((m) => [m.type, m.text])).toContainEqual(["ORG", "الضفاف نيوز"]);
    expect(outlet.some((m) => m.text === "نيوز")).toBe(false);
    // The preposition before the mark stays out, however often the outlet is told (the tagger takes it in some).
    const told = mentionsOf(
      "ORG",
      "وقال مصدر لـ«الشرق الأوسط» إن المقاومة تواصل تقدمها. وأضاف لـ«الشرق الأوسط» أن الوضع مستقر.",
    );
    expect(told).toEqual(["الشرق الأوسط", "الشرق الأوسط"]);
    // It also ends a name run on to the outlet, which is one of its own.
    expect(mentionsOf("ORG", "وقال حزب الكوملة لـ«الشرق الأوسط» إن الهجوم فشل.")).toEqual([
      "حزب الكوملة",
      "الشرق الأوسط",
    ]);
    // A name that a mark opens or closes inside it takes the other mark too.
    expect(mentionsOf("ORG", "وقالت وكالة أنباء «الأناضول» إن القصف مستمر.")).toEqual(["وكالة أنباء «الأناضول»"]);
    expect(mentionsOf("ORG", 'وقالت صحيفة "ماركا" الإسبانية إن اللاعب انتقل.')).toEqual(['صحيفة "ماركا"']);
    // Such a name is its own short name: words in brackets after it describe it.
    expect(mentionsOf("ORG", "خاصة في مجلة «ناشيونال ريفيو» (المحافظة). ومنذ ذلك الوقت.")).toEqual([
      "مجلة «ناشيونال ريفيو»",
    ]);
    // سيول is floods here, not Seoul.
    const floods = findEntities("ارتفعت حصيلة ضحايا السيول في الزاب، بعدما لقي 6 أشخاص مصرعهم جراء سيول جارفة.");
    expect(floods.mentions.filter((m) => /سيول/.test(m.text))).toEqual([]);
  });
  it("resolves a bare fund's, college's or organisation's head to the one named before it", () => {
    const nameOf = (text: string, mention: string) => {
      const { mentions, entities } = findEntities(text);
      return entities.find((e) => e.id === mentions.find((m) => m.text === mention)?.entity)?.name;
    };
    const imf =
      "وقالت مصادر إن الحكومة تفاوض صندوق النقد الدولي على قرض جديد. ووافق المجلس التنفيذي للصندوق مساء أول من أمس على القرض.";
    expect(nameOf(imf, "للصندوق")).toBe("صندوق النقد الدولي");
    const college = "وشارك 5 طالبات من كلية آل مكتوم في البرنامج. وذكر أن الكلية تسعى إلى تعزيز التعاون.";
    expect(nameOf(college, "الكلية")).toBe("كلية آل مكتوم");
  });
  it("resolves a bare organisation head to the one named before it, and names entities without a preposition", () => {
    const { mentions, entities } = findEntities(
      "أعلنت وزارة الصحة المصرية انطلاق الحملة الوطنية. وقالت الوزارة في بيان إن نسبة التغطية تجاوزت 93 في المئة.",
    );
    const ministry = mentions.find((m) => m.text === "الوزارة");
    expect(entities.find((e) => e.id === ministry?.entity)?.name).toBe("وزارة الصحة المصرية");
    const names = findEntities(
      "وكانت الجامعة العامة للنقل التابعة للاتحاد العام التونسي للشغل قد أعلنت. وأقيمت المباراة في مدينة الرياض باستاد الملك فهد الدولي.",
    ).entities.map((e) => e.name);
    expect(names).toContain("الاتحاد العام التونسي للشغل");
    expect(names).toContain("استاد الملك فهد الدولي");
  });
  it("does not read the name before و in a list as the next person's role", () => {
    const list = findEntities("فيما أحرز سلطان المطيري وماتيوس ريبيرو هدفي الشروق.").entities;
    expect(list.find((e) => e.name.includes("ريبيرو"))?.roles).toBeUndefined();
    // A given name that starts with و is still a name in apposition.
    const walid = findEntities("وقال الناطق باسم الوزارة وليد الخطيب إن الطريق مفتوح.").entities;
    expect(walid.find((e) => e.name === "وليد الخطيب")?.roles).toEqual(["الناطق باسم الوزارة"]);
  });
  it("does not join two people with one surname through the surname alone", () => {
    const r = new EntityResolver();
    const adel = r.add([{ id: "a", name: "عادل الجبير", type: "PER", aliases: ["الجبير"] }]).get("a");
    // Another article: فهد الجبير, called الجبير further down.
    const fahd = r.add([{ id: "b", name: "فهد الجبير", type: "PER", aliases: ["الجبير"] }]).get("b");
    expect(fahd).not.toBe(adel);
    // The same person by the same surname still joins, also with a middle name left out.
    expect(r.add([{ id: "c", name: "عادل بن أحمد الجبير", type: "PER", aliases: ["الجبير"] }]).get("c")).toBe(adel);
    // A lone surname joins the first person who had it.
    expect(r.add([{ id: "d", name: "الجبير", type: "PER", aliases: [] }]).get("d")).toBe(adel);
  });
  it("joins a name with a middle name left out to the one person it fits", () => {
    const r = new EntityResolver();
    const full = r.add([{ id: "a", name: "حيدر عبد الأمير الزبيدي", type: "PER", aliases: [] }]).get("a");
    expect(r.add([{ id: "b", name: "حيدر الزبيدي", type: "PER", aliases: [] }]).get("b")).toBe(full);
    // The other way round: the shorter name first.
    const short = r.add([{ id: "c", name: "محمد الحلبوسي", type: "PER", aliases: [] }]).get("c");
    expect(r.add([{ id: "d", name: "محمد ريكان الحلبوسي", type: "PER", aliases: [] }]).get("d")).toBe(short);
    // Two people fit: no guess.
    r.add([{ id: "e", name: "حمد بن خليفة آل ثاني", type: "PER", aliases: [] }]);
    r.add([{ id: "f", name: "حمد بن جاسم آل ثاني", type: "PER", aliases: [] }]);
    const hamad = r.add([{ id: "g", name: "حمد آل ثاني", type: "PER", aliases: [] }]).get("g");
    expect(hamad).toBe("g");
    // A compound first part (عبد) says too little.
    const a = r.add([{ id: "h", name: "عبد الله ناصر العلي", type: "PER", aliases: [] }]).get("h");
    expect(r.add([{ id: "i", name: "عبد الرحمن العلي", type: "PER", aliases: [] }]).get("i")).not.toBe(a);
  });
  it("names an entity by its form without a clitic in front, lists no clitic form, and keeps وكالة whole", () => {
    expect(isCliticForm("ودمشق", ["ودمشق", "دمشق"])).toBe(true);
    expect(isCliticForm("للعراق", ["العراق", "للعراق"])).toBe(true);
    expect(isCliticForm("دمشق", ["ودمشق", "دمشق"])).toBe(false);
    expect(isCliticForm("وليد", ["وليد", "ليد"])).toBe(true); // only against a form the articles wrote
    expect(isCliticForm("وليد", ["وليد"])).toBe(false);
    const r = new EntityResolver();
    r.add([{ id: "a", name: "ودمشق", type: "LOC", aliases: [] }]);
    r.add([{ id: "b", name: "دمشق", type: "LOC", aliases: [] }]);
    // The clitic form is how the name was written, not another name of the place.
    expect(r.entities()).toMatchObject([{ name: "دمشق", aliases: [] }]);
    // و + كالة is the word وكالة, not و + ك + الة.
    const { mentions } = findEntities("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن الطريق مفتوح.");
    expect(mentions.map((m) => m.text).join(" ")).not.toMatch(/^الة|\sالة/);
  });
  it("names the one person the articles gave a role, for a speaker named only by it", () => {
    const r = new EntityResolver();
    r.add([{ id: "a", name: "سامر الحلبي", type: "PER", aliases: [], roles: ["رئيس الحكومة العراقية", "الرئيس"] }]);
    const samer = r.entities()[0]!.id;
    expect(r.personWithRole("رئيس الحكومة العراقية")).toBe(samer);
    expect(r.personWithRole("الرئيس")).toBeNull(); // one word: which president?
    expect(r.personWithRole("وزير الخارجية")).toBeNull();
    expect(EntityResolver.fromJSON(r.toJSON()).personWithRole("رئيس الحكومة العراقية")).toBe(samer);
    // Two people given the role: no guess.
    r.add([{ id: "b", name: "مازن العلي", type: "PER", aliases: [], roles: ["رئيس الحكومة العراقية"] }]);
    expect(r.personWithRole("رئيس الحكومة العراقية")).toBeNull();
    expect(EntityResolver.fromJSON(r.toJSON()).personWithRole("رئيس الحكومة العراقية")).toBeNull();
  });
  it("saves the entities each batch changed as items and rebuilds the same resolver from them", () => {
    // The store's semantics: an upsert moves its item to the end.
    const items = new Map<string, unknown>();
    const save = (r: EntityResolver) => {
      const ch = JSON.parse(JSON.stringify(r.takeChanges())) as ReturnType<EntityResolver["takeChanges"]>;
      if (ch.clear) items.clear();
      for (const [k, v] of ch.upserts) {
        items.delete(k);
        items.set(k, v);
      }
      return ch;
    };
    const r = new EntityResolver();
    r.add(findEntities("قال رئيس الوزراء مصطفى الكاظمي إن العراق يقدر التعاون مع حلف الناتو.").entities);
    expect(save(r)).toMatchObject({ clear: true });
    r.add([{ id: "p", name: "محمد الحلبوسي", type: "PER", aliases: [] }]);
    const second = save(r);
    expect(second.clear).toBe(false);
    expect(second.upserts.map(([, e]) => e.names[0]?.[0])).toEqual(["محمد الحلبوسي"]);
    // The first entity gains a name: its item moves to the end of the store, its place in the id space does not.
    const kazimi = r.entities().find((e) => e.name.includes("الكاظمي"))!;
    r.add([{ id: "q", name: "الكاظمي", type: "PER", aliases: ["مصطفى الكاظمي"] }]);
    expect(save(r).upserts.map(([id]) => id)).toEqual([kazimi.id]);
    expect(save(r).upserts).toEqual([]);
    const back = EntityResolver.fromJSON({ version: 2, items: [...items] });
    expect(back.entities()).toEqual(r.entities());
    expect(back.takeChanges()).toMatchObject({ clear: false, upserts: [] });
    // Read from a whole snapshot, the first save rewrites everything as items.
    expect(EntityResolver.fromJSON(r.toJSON()).takeChanges()).toMatchObject({ clear: true });
  });
  it("joins عبد العزيز and عبدالعزيز, and keeps a father's name after بن from joining his son", () => {
    const r = new EntityResolver();
    const ids = (text: string) => {
      const { entities } = findEntities(text);
      const m = r.add(entities);
      return new Map(entities.map((e) => [e.name, m.get(e.id)]));
    };
    const a = ids("وصل الأمير سلطان بن سلمان بن عبد العزيز إلى الرياض.");
    const b = ids("استقبل الأمير سلطان بن سلمان بن عبدالعزيز الوفد.");
    expect(b.get("سلطان بن سلمان بن عبدالعزيز")).toBe(a.get("سلطان بن سلمان بن عبد العزيز"));
    // A grandson's chain of names is not his grandfather's (no generation is left out).
    const c = ids("وكان الأمير سلطان بن عبدالعزيز وزيرا للدفاع.");
    expect(c.get("سلطان بن عبدالعزيز")).not.toBe(a.get("سلطان بن سلمان بن عبد العزيز"));
    // In one article, the lone سلمان is not محمد بن سلمان, whose father he is.
    const { mentions } = findEntities("وأعلن الأمير محمد بن سلمان الخطة. وكان الملك سلمان قد وجه بذلك.");
    const [son, father] = [mentions[0], mentions[1]];
    expect([son?.text, father?.text]).toEqual(["محمد بن سلمان", "سلمان"]);
    expect(son?.entity).not.toBe(father?.entity);
    // Across the store either: a later lone سلمان does not join the son.
    const d = ids("وأكد سلمان أن المملكة ماضية في الإصلاح.");
    expect(d.get("سلمان")).not.toBe(ids("وقال محمد بن سلمان إن الإصلاح مستمر.").get("محمد بن سلمان"));
  });
  it("does not join two ministries across the store through the bare head both articles used", () => {
    const r = new EntityResolver();
    const health = findEntities("أعلنت وزارة الصحة المصرية انطلاق الحملة. وأشارت الوزارة إلى نجاحها.").entities;
    const transport = findEntities("أعلنت وزارة النقل التونسية الاتفاق. وأكدت الوزارة أن العمل استؤنف.").entities;
    const a = r.add(health);
    const b = r.add(transport);
    const id = (m: Map<string, string>, es: typeof health, name: string) => m.get(es.find((e) => e.name === name)!.id);
    expect(id(a, health, "وزارة الصحة المصرية")).not.toBe(id(b, transport, "وزارة النقل التونسية"));
    expect(r.entities().find((e) => e.id === id(a, health, "وزارة الصحة المصرية"))?.name).toBe("وزارة الصحة المصرية");
  });
  it("learns an acronym or short name given in parentheses, in the article and across the store", () => {
    const a = findEntities("قالت منظمة أطباء بلا حدود (MSF) إن الوضع صعب، وأضافت MSF أن الفرق تعمل.");
    const ids = new Set(a.mentions.map((m) => m.entity));
    expect(a.mentions.filter((m) => m.text === "MSF")).toHaveLength(2);
    expect(ids.size).toBe(1);
    expect(a.entities[0]?.aliases).toContain("MSF");
    const r = new EntityResolver();
    const ga = r.add(a.entities);
    const b = findEntities("وصل فريق من MSF إلى المخيم.");
    const msf = b.mentions.find((m) => m.text === "MSF");
    if (msf) expect(r.add(b.entities).get(msf.entity)).toBe(ga.get(a.entities[0]?.id as string));
    // After a place, parentheses hold the dateline's agency, not an alias.
    const c = findEntities("فرانكفورت (د ب أ) أعلن اتحاد صناعة السيارات في ألمانيا");
    expect(c.entities.every((e) => !e.aliases.some((x) => x.includes("د ب")))).toBe(true);
  });
  it("knows the alias table", () => {
    expect(knownAlias("تنظيم داعش")?.canonical).toBe("تنظيم الدولة الإسلامية");
    expect(knownAlias("حزب الله")?.canonical).toBe("حزب الله");
    expect(knownAlias("مدينة الموصل")).toBeNull();
  });
});

describe.skipIf(!existsSync(path.join(SHARED, "ner/wojood-sample/test.txt")))("quality floor on shared data", () => {
  it("keeps entity F1 on the Wojood sample test file above the measured floor", () => {
    const sents = parseWojood(readFileSync(path.join(SHARED, "ner/wojood-sample/test.txt"), "utf8"));
    const t = loadTagger();
    const s = new SpanScorer();
    for (const x of sents)
      s.add(
        x.tags,
        Array.from(t.tagFolded(x.tokens), (i) => TAGS[i] as string),
      );
    const all = s.scores().find((x) => x.type === "ALL");
    // Measured 76.1 (eval/entities.ts, the model is deterministic); below 74 is a regression.
    expect(all?.f1).toBeGreaterThan(0.74);
  });
});

describe("findEntities is per article", () => {
  it("does not carry names from one article into the next", () => {
    // "حزب" also begins an alias-table name (حزب الله): names found in one article must not
    // be added to the shared alias lists.
    const b = "يحب الناس حزب الدعوة كثيرا";
    const before = findEntities(b);
    const a = findEntities("قال حزب الدعوة في بيان إن وزير الخارجية فؤاد حسين زار طهران. وأضاف حسين أن الزيارة ناجحة.");
    expect(a.mentions.map((m) => m.text)).toContain("حزب الدعوة");
    expect(findEntities(b)).toEqual(before);
  });
});

describe("findEntities: common words and cut names", () => {
  it("reads a city and a club tail as one club, and two one-word organisations side by side as one", () => {
    expect(found("وتعادل ساوثهامبتون مع ضيفه ستوك سيتي سلبيا، وفاز ليستر سيتي على سندرلاند.")).toEqual(
      expect.arrayContaining(["ORG:ستوك سيتي", "ORG:ليستر سيتي"]),
    );
    expect(found("وانضم المدرب الإسباني لفريق باريس سان جيرمان من إشبيلية قبل عامين.")).toContain(
      "ORG:باريس سان جيرمان",
    );
    expect(found("وشارك بعد ذلك في تقديم برنامج على شبكة فوكس نيوز المحافظة.")).toEqual(["ORG:فوكس نيوز"]);
  });

  it("keeps a name hyphenated without spaces whole", () => {
    expect(found("وشكرت الرئيسة الكرواتية كوليندا غرابار-كيتاروفيتش الجماهير الروسية على حرارة الاستقبال.")).toEqual([
      "PER:كوليندا غرابار-كيتاروفيتش",
    ]);
  });

  it("takes no indefinite nationality for a person, even where a family name المصري is known", () => {
    const m = found(
      "وقال الداعية وجدي غنيم المصري إن القائمة باطلة. وتضم القائمة: - يوسف عبدالله القرضاوي - مصري. - محمد جاسم السليطي - قطري.",
    );
    expect(m).toContain("PER:يوسف عبدالله القرضاوي");
    expect(m).not.toContain("PER:مصري");
    expect(found("وقال المتحدث أبو أحمد التونسي إن التنظيم أعلن مقتل تونسي ضمن عناصره.")).not.toContain("PER:تونسي");
  });

  it("reads أبي (my father) alone as no person", () => {
    expect(found("وتلقى أبي البرقية التالية، فحملني أبي إلى المخرج الكبير.")).toEqual([]);
  });

  it("ends a name before the verb's object (برقية) and before أول", () => {
    expect(
      found(
        "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس سنغافورة بمناسبة اليوم الوطني.",
      ),
    ).toContain("PER:سلمان بن عبدالعزيز آل سعود");
    expect(
      found("وأجرى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز أول مكالمة هاتفية اليوم بالرئيس الأمريكي."),
    ).toContain("PER:سلمان بن عبد العزيز");
  });
});

describe("findEntities: known names over the tagger's spans, quoted words, common nouns", () => {
  it("reads an organisation's name from the alias table whole where the tagger cut it into places", () => {
    const r = findEntities(
      "وأوضح المدير الجهوي للصحة في تصريح لوكالة تونس إفريقيا للأنباء أن المستشفى استقبل المصابين.",
    );
    expect(r.mentions.map((m) => `${m.type}:${m.text}`)).toEqual(["ORG:وكالة تونس إفريقيا للأنباء"]);
    expect(r.entities[0]?.name).toBe("وكالة تونس إفريقيا للأنباء");
    expect(found("وسيطرت قوات سوريا الديمقراطية على أحياء جديدة شرق النهر.")).toEqual(["ORG:قوات سوريا الديمقراطية"]);
    // Two organisations each named by the tagger stay two, though the alias table knows the whole.
    expect(found("وصوّت مجلس الأمن التابع للأمم المتحدة على القرار بالإجماع.")).toEqual([
      "ORG:مجلس الأمن",
      "ORG:للأمم المتحدة",
    ]);
  });
});

describe("findEntities: common words read as organisations", () => {
  it("reads الحماس as enthusiasm, not as Hamas, whether tagged or spread from the alias table", () => {
    expect(found("ومن الواضح أن المرأة لديها الحماس الجيد والوعي الكافي لخوض التجربة.")).toEqual([]);
    expect(found("وقالت حماس في بيان إن شباب غزة يملكون الحماس لمواصلة الطريق.")).toEqual(["ORG:حماس", "LOC:غزة"]);
  });

  it("takes no definite common noun alone in quote marks for an organisation", () => {
    expect(found("ويعتمد المزارعون على النظام المبتكر والمسمى «الهيدروبونك» والتعويض عنها بمحاليل مغذية.")).toEqual([]);
    expect(found('وقال الأب إن ابنه شعر كأنه في "الجنة" عندما كان فاقدا الوعي.')).toEqual([]);
    // A definite nisba in marks is a magazine's, a club's or a hospital's name.
    expect(found('وتفهم الدور الثقافي الكبير الذي تقوم به "العربي" في نشر المعرفة.')).toContain("ORG:العربي");
  });
});

describe("findEntities: common words known only inside a name", () => {
  it("reads كيماوي after هجوم and خطيب after إمام as no person, and keeps the family name الخطيب", () => {
    expect(found("وتنفي دمشق وقوع هجوم كيماوي في دوما بريف دمشق.")).not.toContain("PER:كيماوي");
    expect(found("وأوصى إمام وخطيب المسجد الحرام فضيلة الشيخ عبدالرحمن السديس المسلمين بتقوى الله.")).toEqual([
      "LOC:المسجد الحرام",
      "PER:عبدالرحمن السديس",
    ]);
    expect(found("وقال عبد الإله الخطيب إن الاجتماع كان مثمرا، وأضاف الخطيب أن الحل سياسي.")).toEqual([
      "PER:عبد الإله الخطيب",
      "PER:الخطيب",
    ]);
  });
});
