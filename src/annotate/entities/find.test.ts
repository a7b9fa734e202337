import { describe, expect, it } from "vitest";
import { findEntities } from "./find.js";

const found = (text: string) => findEntities(text).mentions.map((m) => `${m.type}:${m.text}`);

/** Invented sentences, written for these tests. */
describe("findEntities: a word after a personal pronoun", () => {
  it("reads it as what the pronoun is (أنا فخور), not as a name", () => {
    expect(found("وقال المدرب بعد المباراة: «أنا فخور بلاعبي الشروق، لقد قدموا مباراة كبيرة».")).not.toContain(
      "ORG:فخور",
    );
    expect(found("هي لمسة حانية على رأس يتيم، هي حنان ودفء.")).not.toContain("PER:حنان");
    // A name of several words after it is still a name.
    expect(found("هو محمد صلاح نجم ليفربول.")).toContain("PER:محمد صلاح");
  });
});
