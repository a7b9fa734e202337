/**
 * Words and bounds the clause reader (quote-clauses.ts) shares with its helpers quote-adjuncts.ts and
 * quote-shares.ts: relative pronouns, clause openers, channels, the objects of على, place words.
 */

import { gazKey, isPlaceKey } from "./entities/features.js";

/** An indirect clause (أن، إن) opens closer to its cue: past this, the longer gap is for a colon or a quote mark. */
export const MAX_INDIRECT_GAP_TOKENS = 16;

/** Channels after على (على تويتر، على صفحته): where it was said, not who. */
export const CHANNELS = new Set([
  "تويتر",
  "فيسبوك",
  "فيس",
  "انستغرام",
  "انستجرام",
  "انستقرام",
  "انستاغرام",
  "يوتيوب",
  "سناب",
  "صفحته",
  "صفحتها",
  "حسابه",
  "حسابها",
  "موقعه",
  "موقعها",
  "الموقع",
]);

/** Words after على that make it the preposition: where it was written (موقع، حساب) or what is stressed. */
export const ALA_OBJECTS = new Set(["موقع", "حساب", "صفحه", "منصه", "تطبيق", "ضروره", "اهميه", "وجوب", "رفض", "حد"]);

/** Words after which a verb can open a clause (وقد بيّن، كما بيّن). */
export const CLAUSE_OPENERS = new Set([
  "و",
  "كما",
  "قد",
  "وقد",
  "فقد",
  "فيما",
  "بينما",
  "حيث",
  "ثم",
  "وكان",
  "كان",
  "اذ",
]);

/** Relative pronouns whose antecedent is the speaker (مصادر «المدينة» المطلعة التي أشارت إلى أن). */
export const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "والذي", "والتي", "والذين"]);

export const isPlaceWord = (w: string) => isPlaceKey(gazKey(w));
