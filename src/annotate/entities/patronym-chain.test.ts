import { describe, expect, it } from "vitest";
import { canonicalKey } from "./names.js";
import { chainKeys, chainPrefixes, otherFather, twoChains } from "./patronym-chain.js";

/** Name units as the resolver reads them (canonical key words, عبد joined to the next). */
function u(name: string): string[] {
  const out: string[] = [];
  for (const w of canonicalKey(name).split(" ")) {
    const prev = out.at(-1);
    if (prev === "عبد" || prev === "ابو") out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

describe("patronym chains", () => {
  it("cuts a chain before each بن and before آل after one, never after a surname", () => {
    expect(chainPrefixes(u("محمد بن سلمان بن عبدالعزيز آل سعود")).map((p) => p.join(" "))).toEqual([
      "محمد بن سلمان بن عبدعزيز",
      "محمد بن سلمان",
    ]);
    // آل زاهر with no chain before it is a family name; الغامدي after a chain ends it.
    expect(chainPrefixes(u("طارق آل زاهر"))).toEqual([]);
    expect(chainPrefixes(u("عبدالله بن محمد الغامدي"))).toEqual([]);
  });

  it("meets by a name without بن only when its family name is written with the article", () => {
    expect(chainKeys(u("خالد الفيصل بن عبدالعزيز"), "خالد الفيصل بن عبدالعزيز")).toContain("خالد فيصل");
    expect(chainKeys(u("عبد الله سعيد بن ضاوي"), "عبد الله سعيد بن ضاوي")).not.toContain("عبدله سعيد");
    // Nor by a compound given name (شمس الدين), whose الدين is no family's.
    expect(chainKeys(u("شمس الدين بن الصائغ"), "شمس الدين بن الصائغ")).toEqual([u("شمس الدين بن الصائغ").join(" ")]);
  });

  it("tells two fathers and two chains apart from one chain", () => {
    expect(otherFather(u("أحمد بن علي"), u("أحمد بن محمد علي"))).toBe(true);
    expect(otherFather(u("محمد بن نايف بن عبدالعزيز"), u("محمد بن نايف بن أحمد"))).toBe(true);
    expect(otherFather(u("أحمد علي"), u("أحمد محمد علي"))).toBe(false);
    expect(otherFather(u("محمد بن سلمان"), u("محمد بن سلمان بن عبدالعزيز"))).toBe(false);
    expect(twoChains(u("فهد بن عبدالعزيز آل سعود"), u("فهد بن عبدالعزيز بن معمر"))).toBe(true);
    expect(twoChains(u("محمد بن سلمان"), u("محمد بن سلمان بن عبدالعزيز آل سعود"))).toBe(false);
  });
});
