import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic/tokens.js";
import { speakers } from "./quote.test-util.js";
import { isAccusative } from "./quote-adjuncts.js";
import { hasTanween } from "./quote-text.js";

/** Invented sentences, written for these tests. */
describe("an indefinite accusative is never the speaker", () => {
  it("reads tanween written after the final alif (اً) as well as before it (ًا)", () => {
    const text = "وقال متأسفاً ومتأسفًا ومتأسفا";
    expect(tokenize(text).map((t) => hasTanween(text, t))).toEqual([false, true, true, false]);
  });

  it("takes the circumstantial after the cue for how one spoke: the speaker goes on", () => {
    expect(speakers("قال الوزير إن البرامج هي الحل. وقال متأسفاً: إننا متأخرون كثيرا عن العالم.")).toEqual([
      "الوزير",
      "الوزير",
    ]);
  });

  it("reads the unvowelled accusative by its shape: derived participles, common adverbs and objects", () => {
    const text = "مفاجئا مستفسرا مبررا متفائلا أولا سابقا أحدا ماريا مالطا مونيكا مادونا مهروترا";
    expect(tokenize(text).map((t) => isAccusative(text, t))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("takes no participle or adverb after the cue for its speaker", () => {
    expect(speakers("وأعلن الوزير أن الخطة جاهزة. وأشار سابقا إلى أن الميزانية كافية.")).toEqual(["الوزير", "الوزير"]);
    expect(speakers("رن اللقب في أذني، فسألته مستفسرا: ومن هو ذلك الرجل؟")).not.toContain("مستفسرا");
  });

  it("reads an accusative after كان as its predicate, no subject of the verb after it", () => {
    expect(
      speakers(
        "أكد اللاعب عمر الغامدي أنه مقتنع بقرار الاعتزال. وحول قرار إبعاده هل كان مفاجئا قال: «نعم كان قرارا مفاجئا لي».",
      ),
    ).toEqual(["عمر الغامدي", "عمر الغامدي"]);
  });

  it("keeps a name spelt with م … ا", () => {
    expect(speakers("وقالت ماريا إن الفريق جاهز.")).toEqual(["ماريا"]);
    expect(speakers("وأعلنت مالطا أن الميناء سيفتح.")).toEqual(["مالطا"]);
  });
});
