import { describe, expect, it } from "vitest";
import { articleId } from "./id.js";

describe("articleId", () => {
  it("is the same for the same content from one outlet, whatever the spelling of marks and spaces", () => {
    expect(articleId("قالَ الرئيسُ: «نعم»", "a.example")).toBe(articleId("قال  الرئيس نعم", "a.example"));
    expect(articleId("\ufefbعب", "a.example")).toBe(articleId("لاعب", "a.example"));
  });
  it("differs across outlets and across texts", () => {
    expect(articleId("قال الرئيس", "a.example")).not.toBe(articleId("قال الرئيس", "b.example"));
    expect(articleId("قال الرئيس", "a.example")).not.toBe(articleId("قال الوزير", "a.example"));
  });
});
