/**
 * Light stemming for matching and indexing (input is already folded, see `fold`).
 *
 * - `stripClitics`: conservative removal of attached و/ف (and), ب/ك/ل (prepositions)
 *   and the article ال/لل; what named-entity features and gazetteer lookups want.
 * - `stem`: light10 (Larkey, Ballesteros & Connell 2002; as in Lucene's ArabicStemmer):
 *   one prefix (ال وال بال كال فال لل و) and the suffixes ها ان ات ون ين يه ه ي.
 *   Because folding has already mapped ة → ه, the light10 suffixes ية/ة appear as يه/ه.
 *   Index and query go through the same function, so the known over-stemming of light10
 *   (وزير → زير) costs precision only where two words collide.
 */
import { tokenize } from "./tokens.js";

const WAW = 0x0648; // و
const FA = 0x0641; // ف
const BA = 0x0628; // ب
const KAF = 0x0643; // ك
const LAM = 0x0644; // ل
const ALEF = 0x0627; // ا
const NOON = 0x0646; // ن
const TEH = 0x062a; // ت
const HEH = 0x0647; // ه
const YEH = 0x064a; // ي

/**
 * Shortest stem `stripClitics` leaves after removing an article: two letters
 * (الام → ام is wrong, but ال + two-letter nouns such as الدم must keep "دم").
 */
const MIN_STEM_AFTER_ARTICLE = 2;
/**
 * Shortest remainder for stripping a bare و/ف (no article follows): three letters, as light10
 * does, so that وزن, فرن, ولد keep their first letter when the rest would be a two-letter word.
 */
const MIN_STEM_AFTER_CONJ = 3;

/**
 * Words whose first letter looks like a clitic but is part of the word. Only frequent
 * news words are listed: a miss costs recall in NER gazetteers, not correctness.
 */
const KEEP_WHOLE: ReadonlySet<string> = new Set([
  "وزير",
  "وزيره",
  "وزراء",
  "وزاره",
  "وكاله",
  "وكالات",
  "وقت",
  "ولايه",
  "ولايات",
  "وطن",
  "وطني",
  "وطنيه",
  "وفد",
  "وضع",
  "وقف",
  "وجود",
  "واشنطن",
  "وسط",
  "وسائل",
  "وفق",
  "وفاه",
  "وحده",
  "واحد",
  "واقع",
  "فلسطين",
  "فرنسا",
  "فريق",
  "فتره",
  "فيلم",
  "فرص",
  "فكره",
  "فصائل",
  "فنزويلا",
  "فيينا",
]);

/**
 * Removes attached conjunctions, prepositions and the article from a folded word,
 * conservatively: و/ف only when at least three letters remain (and the word is not
 * a known whole word such as وزير); ب/ك/ل only together with the article (بال، كال،
 * لل); the article ال when at least two letters remain.
 *
 * @example
 * stripClitics("والرئيس"); // "رئيس"
 * stripClitics("للرئيس"); // "رئيس"
 * stripClitics("وزير"); // "وزير"
 */
export function stripClitics(folded: string): string {
  let w = folded;
  if (KEEP_WHOLE.has(w)) return w;
  let c = w.charCodeAt(0);
  if ((c === WAW || c === FA) && w.length - 1 >= MIN_STEM_AFTER_CONJ) {
    const rest = w.slice(1);
    // A bare conjunction before a word that is itself whole (والي، فوق) is left alone
    // unless an article or preposition+article follows, which proves a clitic.
    if (!KEEP_WHOLE.has(rest)) w = rest;
    c = w.charCodeAt(0);
  }
  if ((c === BA || c === KAF || c === LAM) && w.charCodeAt(1) === ALEF && w.charCodeAt(2) === LAM) {
    if (w.length - 3 >= MIN_STEM_AFTER_ARTICLE) return w.slice(3);
  }
  if (c === LAM && w.charCodeAt(1) === LAM && w.length - 2 >= MIN_STEM_AFTER_ARTICLE) return w.slice(2);
  if (c === ALEF && w.charCodeAt(1) === LAM && w.length - 2 >= MIN_STEM_AFTER_ARTICLE) return w.slice(2);
  return w;
}

/**
 * The candidate forms of a folded word with clitics removed, most literal first, including
 * aggressive ones (a bare ب/ك/ل stripped: بغداد is also tried as غداد). For gazetteer lookups
 * that accept a match on any candidate.
 *
 * @example
 * cliticVariants("وبمصر"); // ["وبمصر", "بمصر", "مصر"]
 */
export function cliticVariants(folded: string): string[] {
  const out = [folded];
  const add = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  let w = folded;
  let c = w.charCodeAt(0);
  if ((c === WAW || c === FA) && w.length >= 3) {
    w = w.slice(1);
    add(w);
    c = w.charCodeAt(0);
  }
  const s = stripClitics(w);
  add(s);
  if ((c === BA || c === KAF || c === LAM) && w.length >= 4) add(w.slice(1));
  return out;
}

/** light10 prefixes, longest first (Lucene ArabicStemmer order); folded. */
const PREFIXES = ["ال", "وال", "بال", "كال", "فال", "لل", "و"] as const;
const NO_PREFIXES: readonly string[] = [];
/** Article prefixes that may follow a bare و (وبالرئيس، وللرئيس). */
const ARTICLES = ["بال", "كال", "لل"] as const;
/** light10 suffixes in the order they are tried, each at most once; folded (ة → ه). */
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"] as const;

/**
 * light10 stem of a folded word: one prefix, then each suffix in turn, keeping at least
 * two letters (three after a bare و). Departure from light10: a bare و is kept on the
 * frequent news words that begin with it (وزير، وكالة…), so "وزير" and "الوزير" match.
 *
 * @example
 * stem("والرئيس"); // "رئيس"
 * stem("المسؤولين"); // "مسؤول"
 * stem(foldText("الحكومية")); // "حكوم" (folded "الحكوميه")
 */
export function stem(folded: string): string {
  let w = folded;
  const first = w.charCodeAt(0);
  // Every light10 prefix starts with ا و ب ك ف ل: other words (and all Latin/digits) skip the loop.
  const prefixable = first === ALEF || first === WAW || first === BA || first === KAF || first === FA || first === LAM;
  for (const p of prefixable ? PREFIXES : NO_PREFIXES) {
    if (p === "و") {
      // light10: a bare و goes only when three letters remain.
      // Known whole words (وزير، وكالة) keep their و so that وزير and الوزير share a stem.
      if (w.length > 3 && w.charCodeAt(0) === WAW && !KEEP_WHOLE.has(w)) {
        w = w.slice(1);
        // Extension: و before a preposition + article (وبالرئيس) loses both.
        for (const q of ARTICLES) {
          if (w.length > q.length + 1 && w.startsWith(q)) {
            w = w.slice(q.length);
            break;
          }
        }
        break;
      }
    } else if (w.length > p.length + 1 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  // Every suffix ends in ا ن ت ه ي; a word ending otherwise keeps its end.
  const last = w.charCodeAt(w.length - 1);
  if (last !== ALEF && last !== NOON && last !== TEH && last !== HEH && last !== YEH) return w;
  for (const s of SUFFIXES) {
    if (w.length > s.length + 1 && w.endsWith(s)) w = w.slice(0, w.length - s.length);
  }
  return w;
}

/** A stemmed word of a text and where it stands in the original. */
export interface StemToken {
  stem: string;
  /** Half-open UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

/**
 * Tokenises, folds and stems `text`; offsets point into the original.
 *
 * @example
 * stems("قالَ الرئيسُ").map(t => t.stem); // ["قال", "رئيس"]
 */
export function stems(text: string): StemToken[] {
  const toks = tokenize(text);
  const out: StemToken[] = new Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    out[i] = { stem: stem(t.text), start: t.start, end: t.end };
  }
  return out;
}
