/**
 * fast-check generators for Arabic text, shared by the property tests of src/arabic.
 * Not a test file itself: vitest collects `*.test.ts`, and this name ends in `.test-util.ts`.
 */
import fc from "fast-check";

const range = (from: number, to: number): string[] => {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  return out;
};

/** Arabic letters U+0621–U+064A, with the hamza forms, ى and ة among them. */
export const ARABIC_LETTERS = range(0x0621, 0x063a).concat(range(0x0641, 0x064a));
/** Harakat, shadda, sukun, superscript alef. */
export const DIACRITICS = range(0x064b, 0x0652).concat(["\u0670"]);
export const TATWEEL = "\u0640";
const DIGITS = range(0x30, 0x39).concat(range(0x0660, 0x0669), range(0x06f0, 0x06f9));
const PUNCT = [
  " ",
  " ",
  " ",
  "،",
  "؛",
  "؟",
  ".",
  ",",
  "«",
  "»",
  "“",
  "”",
  '"',
  "!",
  ":",
  "\n",
  "-",
  "/",
  "(",
  ")",
  "٪",
];
const OTHER = ["\u200f", "\u200c", "\ufefb", "\ufe8d", "\u00a0", "A", "b", "É", "ک", "ی", "ٱ"];

/** One letter with up to two diacritics or tatweels after it. */
export const arabicLetter: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ARABIC_LETTERS), fc.array(fc.constantFrom(...DIACRITICS, TATWEEL), { maxLength: 2 }))
  .map(([l, marks]) => l + marks.join(""));

/** An Arabic word of 1–8 letters without marks. */
export const arabicWord: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...ARABIC_LETTERS), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(""));

/** Mixed Arabic text: letters with marks, digits in three scripts, punctuation, controls, ligatures, Latin. */
export const arabicText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: arabicLetter },
      { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
      { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
    ),
    { maxLength: 80 },
  )
  .map((a) => a.join(""));
