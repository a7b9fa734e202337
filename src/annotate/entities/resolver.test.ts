import { describe, expect, it } from "vitest";
import type { Entity } from "../../model/types.js";
import { EntityResolver } from "./resolver.js";

const entity = (id: string, name: string, type: Entity["type"]): Entity => ({ id, name, type, aliases: [] });

/** Invented entity lists, written for these tests. */
describe("EntityResolver across names and types", () => {
  it("joins a place named with and without its nationality adjective when the rest holds a proper name", () => {
    const r = new EntityResolver();
    const bare = r.add([entity("a", "ميناء رادس", "LOC")]).get("a");
    expect(r.add([entity("b", "ميناء رادس التونسي", "LOC")]).get("b")).toBe(bare);
    // Descriptive adjectives tell institutions apart: two banks of Abu Dhabi.
    const commercial = r.add([entity("c", "بنك أبوظبي التجاري", "ORG")]).get("c");
    expect(r.add([entity("c2", "بنك أبوظبي الوطني", "ORG")]).get("c2")).not.toBe(commercial);
    // Two countries' are two (the second adjective meets the first one's stem, not the bare name).
    const turkish = r.add([entity("c3", "جمعية أنصار البيئة التركية", "ORG")]).get("c3");
    expect(r.add([entity("c4", "جمعية أنصار البيئة الإيرانية", "ORG")]).get("c4")).not.toBe(turkish);
    // The adjective form first, the bare name after it.
    const airport = r.add([entity("d", "مطار الملك خالد الدولي", "LOC")]).get("d");
    expect(r.add([entity("e", "مطار الملك خالد", "LOC")]).get("e")).toBe(airport);
    // Generic names keep their nationality: every country has a health ministry and a met office.
    const ministry = r.add([entity("f", "وزارة الصحة", "ORG")]).get("f");
    const fa = r.add([entity("f2", "اتحاد كرة القدم", "ORG")]).get("f2");
    expect(r.add([entity("f3", "اتحاد كرة القدم المصري", "ORG")]).get("f3")).not.toBe(fa);
    expect(r.add([entity("g", "وزارة الصحة المصرية", "ORG")]).get("g")).not.toBe(ministry);
    const met = r.add([entity("h", "هيئة الأنواء الجوية", "ORG")]).get("h");
    expect(r.add([entity("i", "هيئة الأنواء الجوية العراقية", "ORG")]).get("i")).not.toBe(met);
    // A place's commercial port is the port (an organisation keeps التجاري, as the banks above).
    expect(r.add([entity("k", "ميناء رادس التجاري", "LOC")]).get("k")).toBe(bare);
    // The merge survives a save and a reload.
    const back = EntityResolver.fromJSON(JSON.parse(JSON.stringify(r.toJSON())));
    expect(back.add([entity("j", "ميناء رادس التونسي", "LOC")]).get("j")).toBe(bare);
  });

  it("joins a name tagged MISC once to the same name of a surer type, which it then takes", () => {
    const r = new EntityResolver();
    const misc = r.add([entity("a", "شينخوا", "MISC")]).get("a");
    expect(r.add([entity("b", "شينخوا", "ORG")]).get("b")).toBe(misc);
    expect(r.entities().filter((e) => e.name === "شينخوا")).toMatchObject([{ type: "ORG" }]);
    const org = r.add([entity("c", "رويترز", "ORG")]).get("c");
    expect(r.add([entity("d", "رويترز", "MISC")]).get("d")).toBe(org);
    // Two sure types stay apart (a person and a place may share a name).
    const per = r.add([entity("e", "عمان", "LOC")]).get("e");
    expect(r.add([entity("f", "عمان", "PER")]).get("f")).not.toBe(per);
  });

  it("keeps a given name alone from joining anyone, and reads عبد الله as one given name", () => {
    const r = new EntityResolver();
    const add = (name: string, aliases: string[] = []) => r.add([{ id: name, name, type: "PER", aliases }]).get(name);
    const king = add("عبد الله الثاني بن الحسين", ["عبد الله"]);
    // Another article's عبد الله is somebody's given name, not the king's.
    expect(add("أيمن عبد الله", ["عبد الله"])).not.toBe(king);
    expect(add("عبد الله")).not.toBe(king);
    const mbs = add("محمد بن سلمان", ["محمد"]);
    expect(add("محمد")).not.toBe(mbs);
    // A compound given name before the surname still meets the fuller name (عبدالرحمن البنيان).
    const full = add("عبدالرحمن بن صالح البنيان");
    expect(add("عبد الرحمن البنيان")).toBe(full);
  });

  it("leaves out no father's name and takes no regnal number for a family name", () => {
    const r = new EntityResolver();
    const add = (name: string) => r.add([{ id: name, name, type: "PER", aliases: [] }]).get(name);
    const chain = add("عبدالله بن فهد بن محمد");
    expect(add("عبد الله محمد")).not.toBe(chain);
    const king = add("عبدالله الثاني");
    expect(add("عبدالله بن ثامر آل ثاني")).not.toBe(king);
    // بن itself may be left out.
    const ahmad = add("أحمد بن علي");
    expect(add("أحمد علي")).toBe(ahmad);
  });

  it("keeps a person's first, father's or family name alone out of their aliases and out of joining", () => {
    const r = new EntityResolver();
    const add = (name: string, aliases: string[] = [], roles?: string[]) =>
      r.add([{ id: name, name, type: "PER", aliases, ...(roles ? { roles } : {}) }]).get(name);
    // A lone محمد first, then a full name written with it: the full name does not join the lone one.
    const lone = add("محمد");
    const mbs = add("محمد بن سلمان بن عبدالعزيز", ["محمد", "محمد بن سلمان"]);
    expect(mbs).not.toBe(lone);
    // Nor does one that ends with it: every article's lone محمد is no one's full name.
    expect(add("دياري محمد", ["محمد"])).not.toBe(lone);
    const king = add("سلمان بن عبدالعزيز آل سعود", ["سعود", "سلمان", "سلمان بن عبدالعزيز"], ["الملك"]);
    // Another article's سعود is not the king (سعود of آل سعود is his family's name).
    expect(add("سعود")).not.toBe(king);
    // The son is not his father.
    expect(add("محمد بن سلمان بن عبد العزيز")).toBe(mbs);
    expect(add("سلمان بن عبد العزيز")).toBe(king);
    const listed = r.entities();
    expect(listed.find((e) => e.id === mbs)?.aliases).not.toContain("محمد");
    expect(listed.find((e) => e.id === king)?.aliases).not.toContain("سعود");
    expect(listed.find((e) => e.id === king)?.aliases).not.toContain("سلمان");
  });

  it("joins a first name alone to the one person of that first name the articles gave its title", () => {
    const r = new EntityResolver();
    const add = (name: string, roles: string[] = []) =>
      r.add([{ id: name, name, type: "PER", aliases: [], roles }]).get(name);
    const king = add("سلمان بن عبدالعزيز", ["خادم الحرمين الشريفين الملك"]);
    const sheikh = add("سلمان العودة", ["الشيخ"]);
    // A misspelt full name with the title, once, is no second king to choose from.
    for (let k = 0; k < 5; k++) add("سلمان بن عبدالعزيز", ["الملك"]);
    add("سلمان بن عبد العزيزن", ["الملك"]);
    expect(add("سلمان", ["الملك"])).toBe(king);
    expect(add("سلمان", ["الشيخ"])).toBe(sheikh);
    // Two princes called محمد: الأمير محمد is neither.
    const a = add("محمد بن سلمان", ["الأمير"]);
    const b = add("محمد بن نايف", ["الأمير"]);
    const prince = add("محمد", ["الأمير"]);
    expect(prince).not.toBe(a);
    expect(prince).not.toBe(b);
  });

  it("meets a spelling variant by its skeleton, but not another given name with the same skeleton", () => {
    const r = new EntityResolver();
    const add = (name: string) => r.add([{ id: name, name, type: "PER", aliases: [] }]).get(name);
    const trump = add("دونالد ترامب");
    expect(add("دونالد ترمب")).toBe(trump);
    const mohammed = add("محمد عبد الله");
    expect(add("محمود عبد الله")).not.toBe(mohammed);
  });

  it("meets a spelling one vowel apart (two in a long word), not another name of the same skeleton", () => {
    const r = new EntityResolver();
    const add = (name: string, type: Entity["type"] = "PER") =>
      r.add([{ id: name, name, type, aliases: [] }]).get(name);
    // One vowel changed or moved, or two in a long word: one name.
    const ministry = add("وزارة الخارجية الأمريكية", "ORG");
    expect(add("وزارة الخارجية الأميركية", "ORG")).toBe(ministry);
    expect(add("جازان", "LOC")).toBe(add("جيزان", "LOC"));
    expect(add("فاينانشيال تايمز", "ORG")).toBe(add("فايننشال تايمز", "ORG"));
    // Two vowels apart in a short word: two names, though their skeletons meet (سعد، شرقه، برت).
    const analyst = add("عبد الرحمن سعيدي");
    expect(add("عبد الرحمن سعود")).not.toBe(analyst);
    expect(add("الساعدي")).not.toBe(analyst);
    expect(add("الشرقية", "LOC")).not.toBe(add("الشارقة", "LOC"));
    expect(add("بيروت", "LOC")).not.toBe(add("بورتو", "LOC"));
    expect(add("كيريتارو", "LOC")).not.toBe(add("كارتر", "LOC"));
  });

  describe("a name that goes on by fathers' names", () => {
    const person = (name: string, roles: string[] = ["الأمير"]): Entity => ({
      id: name,
      name,
      type: "PER",
      aliases: [],
      roles,
    });
    const adder = (r: EntityResolver) => (name: string, roles?: string[]) => r.add([person(name, roles)]).get(name);
    /** The resolver of `r` saved as store items and read back (as `IncrementalAnalysis.open` does). */
    const reloaded = (r: EntityResolver) => {
      const { header, upserts } = r.takeChanges();
      return EntityResolver.fromJSON(JSON.parse(JSON.stringify({ ...header, items: upserts })));
    };

    it("is the person of the shorter name, whichever comes first, also after a restart", () => {
      // The shorter name first.
      const a = new EntityResolver();
      const mbs = adder(a)("محمد بن سلمان");
      expect(adder(a)("محمد بن سلمان بن عبدالعزيز")).toBe(mbs);
      expect(adder(a)("محمد بن سلمان بن عبد العزيز آل سعود")).toBe(mbs);
      const khalid = adder(a)("خالد الفيصل");
      expect(adder(reloaded(a))("خالد الفيصل بن عبدالعزيز")).toBe(khalid);
      // The longer name first: the shorter one joins it, before and after a restart.
      const b = new EntityResolver();
      const full = adder(b)("محمد بن سلمان بن عبدالعزيز آل سعود");
      const back = reloaded(b);
      expect(adder(back)("محمد بن سلمان")).toBe(full);
      expect(adder(b)("محمد بن سلمان بن عبدالعزيز")).toBe(full);
      expect(adder(back)("محمد بن سلمان بن عبدالعزيز")).toBe(full);
      expect(adder(reloaded(back))("محمد بن سلمان")).toBe(full);
      expect(adder(b)("خالد الفيصل بن عبدالعزيز")).toBe(adder(b)("خالد الفيصل"));
    });

    it("joins neither of two people whose names go on along two chains", () => {
      const r = new EntityResolver();
      const add = adder(r);
      const first = add("محمد بن نايف بن عبدالعزيز");
      const other = add("محمد بن نايف بن أحمد");
      expect(other).not.toBe(first);
      const short = add("محمد بن نايف");
      expect([first, other]).not.toContain(short);
      // The shorter name first, then two chains: the second is someone else.
      const s = new EntityResolver();
      const sultan = adder(s)("فهد بن سلطان");
      expect(adder(s)("فهد بن سلطان بن عبدالعزيز")).toBe(sultan);
      expect(adder(s)("فهد بن سلطان بن زايد")).not.toBe(sultan);
      // Nor one whose names give two fathers.
      const t = new EntityResolver();
      const mixed = t.add([{ ...person("أحمد بن علي"), aliases: ["أحمد بن محمد علي"] }]).get("أحمد بن علي");
      expect(adder(t)("أحمد بن علي بن سعيد")).not.toBe(mixed);
    });

    it("needs roles that meet, and a family name written with its article", () => {
      const r = new EntityResolver();
      const add = adder(r);
      const university = add("محمد بن سعود", ["مدير جامعة الإمام"]);
      expect(add("محمد بن سعود بن نايف", ["الأمير"])).not.toBe(university);
      const once = add("عبد الرحمن بن عبد الله بن محمد", []);
      expect(add("عبدالرحمن بن عبدالله", ["اللواء"])).not.toBe(once);
      // عبد الله السعيد: a surname; عبد الله سعيد بن ضاوي: a father's name.
      const said = add("عبد الله السعيد", ["الأمير"]);
      expect(add("عبد الله سعيد بن ضاوي", ["الأمير"])).not.toBe(said);
    });
  });
});

describe("EntityResolver: a patronym written ابن or بن", () => {
  it("is one person across articles (خالد ابن عبدالعزيز الصفيان = خالد بن عبدالعزيز الصفيان), but not ابن opening a name", () => {
    const r = new EntityResolver();
    const ibn = r.add([entity("a", "خالد ابن عبدالعزيز الصفيان", "PER")]).get("a");
    expect(r.add([entity("b", "خالد بن عبدالعزيز الصفيان", "PER")]).get("b")).toBe(ibn);
    const khaldun = r.add([entity("c", "ابن خلدون", "PER")]).get("c");
    expect(r.add([entity("d", "بن خلدون", "PER")]).get("d")).not.toBe(khaldun);
  });
});

describe("EntityResolver and heads written alone", () => {
  it("joins no two bodies through the bare head each article also called them by", () => {
    const r = new EntityResolver();
    const add = (id: string, name: string, aliases: string[]) => r.add([{ id, name, type: "ORG", aliases }]).get(id);
    const imf = add("a", "صندوق النقد الدولي", ["الصندوق"]);
    expect(add("b", "الصندوق السعودي للتنمية", ["الصندوق"])).not.toBe(imf);
    expect(add("c", "معهد الإدارة العامة", ["المعهد"])).not.toBe(add("d", "معهد ماساتشوستس للتقنية", ["المعهد"]));
    // The full name still joins.
    expect(add("e", "صندوق النقد الدولي", [])).toBe(imf);
    expect(r.entities().find((e) => e.id === imf)?.name).toBe("صندوق النقد الدولي");
  });
});
