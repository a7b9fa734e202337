/**
 * Mentions of one article resolved to its entities: a later part of a name (الكاظمي) to the full name stated
 * before, an alias to its name, a role to its holder; the article's entity list with names, aliases and roles.
 */

import { createHash } from "node:crypto";
import { type Folded, foldText, toOriginal } from "../../arabic/fold.js";
import type { Entity, EntityType, Mention } from "../../model/types.js";
import { gazKey, isPlaceKey, nisbaPlace } from "./features.js";
import type { Raw, Tok } from "./folded-tokens.js";
import { bracketedShortName } from "./known-names.js";
import { everPersonWord, isFirstName, listedGivenName, WITH_ARTICLE } from "./name-words.js";
import {
  canonicalKey,
  entityId,
  isCliticForm,
  knownAlias,
  NAMING_TITLES,
  nameTokens,
  ORG_HEAD_KEYS,
  PATRONYMS,
  PLACE_HEAD_KEYS,
  patronymKey,
} from "./names.js";
import { roleNotes } from "./role-rules.js";
import { COMPOUND_NAME_ENDS, PREPOSITION_LIKE_NAMES } from "./tagged-spans.js";

/** أبو or أم, maybe after و or ف (folded): the first word of a kunya. */
const KUNYA_KEYS: ReadonlySet<string> = new Set(["ابو", "ام"]);

interface Cluster {
  type: EntityType;
  key: string[];
  /** What mentions are matched on: `key` without a royal title the tagger took in, particles apart (`matchKey`). */
  match: string[];
  canonical: string | null;
  names: Map<string, number>;
  roles: Map<string, string>;
  typeVotes: Map<EntityType, number>;
  id: string;
}

export function resolve(parts: { text: string; f: Folded; toks: Tok[]; raws: Raw[]; keep: boolean }[]): {
  mentions: Mention[];
  entities: Entity[];
} {
  /** `surface` is the mention's text; `name` the entity's name in it (قلقيلية in مدينة قلقيلية), if other. */
  type Item = { p: number; r: Raw; surface: string; name?: string; order: number };
  const items: Item[] = [];
  let order = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as (typeof parts)[number];
    for (const r of part.raws) {
      const span = toOriginal(part.f, { start: r.s, end: r.e });
      const it: Item = { p, r, surface: part.text.slice(span.start, span.end), order: order++ };
      if (r.ns !== undefined) {
        const named = toOriginal(part.f, { start: r.ns, end: r.e });
        it.name = part.text.slice(named.start, named.end);
      }
      items.push(it);
    }
  }
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const byToken = new Map<string, Cluster[]>();
  const assigned = new Map<Item, Cluster>();
  const newCluster = (
    type: EntityType,
    key: string[],
    canonical: string | null,
    match = particlesApart(key),
  ): Cluster => {
    const c: Cluster = {
      type,
      key,
      match,
      canonical,
      names: new Map(),
      roles: new Map(),
      typeVotes: new Map(),
      id: "",
    };
    clusters.push(c);
    byKey.set(`${type}:${match.join(" ")}`, c);
    if (type === "PER") {
      for (const t of match) {
        const l = byToken.get(t) ?? [];
        l.push(c);
        byToken.set(t, l);
      }
    }
    return c;
  };
  /** Starts a mention one letter later: the clitic glued to its first word is not part of it. */
  const dropFirstLetter = (it: Item) => {
    const part = parts[it.p] as (typeof parts)[number];
    it.r.s += 1;
    const span = toOriginal(part.f, { start: it.r.s, end: it.r.e });
    it.surface = part.text.slice(span.start, span.end);
  };
  const attach = (it: Item, c: Cluster) => {
    assigned.set(it, c);
    if (it.r.role) return; // a role phrase points to the person; it is not one of their names
    const name = it.name ?? it.surface;
    c.names.set(name, (c.names.get(name) ?? 0) + 1);
    c.typeVotes.set(it.r.type, (c.typeVotes.get(it.r.type) ?? 0) + 1);
  };
  // A person's name with a bare preposition or conjunction glued on (لبيكاسو، لديفيد
  // روكفلر, وسالم): cut it when the rest is a name the article writes without it, or a
  // known first name. Bare ب/ل/ك are not clitics by rule (بغداد، لبنان), hence the evidence.
  const perWords = new Set<string>();
  for (const it of items) if (it.r.type === "PER" && !it.r.role) for (const k of it.r.key) perWords.add(k);
  // Evidence that a first word is a name as written (محمد كريم): it stands inside a name. A first word alone
  // is none, or the cut could never fire (بطارق حامد's own بطارق would keep it).
  const innerWords = new Set<string>();
  for (const it of items) if (it.r.type === "PER" && !it.r.role) for (const k of it.r.key.slice(1)) innerWords.add(k);
  // Surfaces written without a clitic (كومي), so that وكومي can be cut back to them.
  const bareFirst = new Set<string>();
  for (const it of items) {
    const t = (parts[it.p] as (typeof parts)[number]).toks[it.r.a];
    if (t && it.r.key[0] === t.text) bareFirst.add(t.text);
  }
  for (const it of items) {
    const part = parts[it.p] as (typeof parts)[number];
    const t = part.toks[it.r.a] as Tok;
    const k0 = it.r.key[0];
    if (
      !it.r.role &&
      k0 !== undefined &&
      it.r.s === t.s &&
      "وف".includes(t.text[0] as string) &&
      t.text.slice(1) === k0 &&
      bareFirst.has(k0)
    ) {
      dropFirstLetter(it);
    }
  }
  // A place or organisation the same way (لواشنطن، بكوبا، لإيران): cut when the rest is a place name or the
  // first word of a mention of that type the article writes without it.
  const firstWords = new Map<EntityType, Set<string>>();
  for (const it of items) {
    const k0 = it.r.key[0];
    if (it.r.role || k0 === undefined || it.r.type === "PER") continue;
    // Written so, without a clitic cut off by the key (لليفربول's key is يفربول).
    if ((parts[it.p] as (typeof parts)[number]).toks[it.r.a]?.text !== k0) continue;
    const set = firstWords.get(it.r.type) ?? new Set<string>();
    set.add(k0);
    firstWords.set(it.r.type, set);
  }
  const knownAs = (type: EntityType, w: string) =>
    firstWords.get(type)?.has(w) === true || (type === "LOC" && isPlaceKey(w));
  for (const it of items) {
    const part = parts[it.p] as (typeof parts)[number];
    const first = part.toks[it.r.a] as Tok | undefined;
    const w = first?.text ?? "";
    if (it.r.type === "PER" || it.r.role || !first || w.length < 4 || !"لبك".includes(w[0] as string)) continue;
    const rest = w.slice(1);
    // Not a name that begins with the letter (لبنان، بلجيكا): the whole is no place name of its own.
    if (!knownAs(it.r.type, rest) || isPlaceKey(w)) continue;
    if (it.r.s === first.s) dropFirstLetter(it);
    it.r.key = [gazKey(rest), ...it.r.key.slice(1)];
  }
  for (const it of items) {
    const k0 = it.r.key[0];
    if (it.r.type !== "PER" || it.r.role || k0 === undefined || k0.length < 4 || !"لبكوف".includes(k0[0] as string))
      continue;
    const rest = k0.slice(1);
    if ((innerWords.has(k0) || PREPOSITION_LIKE_NAMES.has(k0)) && !perWords.has(rest)) continue;
    if ((perWords.has(rest) || listedGivenName(rest)) && !isFirstName(k0)) {
      const firstTok = (parts[it.p] as (typeof parts)[number]).toks[it.r.a] as Tok;
      if (it.r.s === firstTok.s) dropFirstLetter(it);
      it.r.key = [rest, ...it.r.key.slice(1)];
    }
  }
  // بالوتيلي، بالادينو: a family name that begins with بال, as the article writes it inside a full name (ماريو
  // بالوتيلي), keeps its ب where it stands alone too (وأضاف بالوتيلي), which trimmedStart read as بـ + الوتيلي.
  const writtenInside = new Set<string>();
  for (const it of items) {
    if (it.r.type !== "PER" || it.r.role) continue;
    const toks = (parts[it.p] as (typeof parts)[number]).toks;
    for (let k = it.r.a + 1; k < it.r.b; k++) writtenInside.add((toks[k] as Tok).text);
  }
  for (const it of items) {
    const part = parts[it.p] as (typeof parts)[number];
    const t = part.toks[it.r.a] as Tok;
    if (it.r.type !== "PER" || it.r.role || it.r.s !== t.s + 1 || !t.text.startsWith("بال")) continue;
    if (!writtenInside.has(t.text)) continue;
    it.r.s = t.s;
    const span = toOriginal(part.f, { start: it.r.s, end: it.r.e });
    it.surface = part.text.slice(span.start, span.end);
  }
  // Names first, longest first, so that full names head their clusters.
  const names = items.filter((it) => !it.r.role && it.r.key.length > 0);
  const matchOf = new Map<Item, string[]>(
    names.map((it) => [it, matchKey(parts[it.p] as (typeof parts)[number], it.r)]),
  );
  const mk = (it: Item) => matchOf.get(it) as string[];
  names.sort((x, y) => mk(y).length - mk(x).length || x.order - y.order);
  for (const it of names) {
    const m = mk(it);
    const alias = knownAlias(it.r.key.join(" "));
    // ترامب alone where the article names إيفانكا ترامب: the article's own full name, not the listed person's.
    const ownFullName =
      alias?.type === "PER" &&
      it.r.key.length === 1 &&
      (byToken.get(it.r.key[0] as string) ?? []).some((c) => c.canonical === null && c.key.length > 1);
    if (alias && !ownFullName) {
      const key = nameTokens(alias.canonical);
      const c = byKey.get(`${alias.type}:${key.join(" ")}`) ?? newCluster(alias.type, key, alias.canonical);
      attach(it, c);
      continue;
    }
    const exact = byKey.get(`${it.r.type}:${m.join(" ")}`);
    if (exact) {
      attach(it, exact);
      continue;
    }
    // A part of a person's full name (الكاظمي ⊂ مصطفى الكاظمي), or a surname the tagger typed otherwise.
    if (
      (it.r.type === "PER" || (it.r.key.length === 1 && !isPlaceKey(it.r.key[0] as string))) &&
      !tailOfUntaggedName(parts[it.p] as (typeof parts)[number], it.r)
    ) {
      const cands = (byToken.get(m[0] as string) ?? []).filter(
        (c) => c.match.length > m.length && containsRun(c.match, m) && !fathersNameToo(c.match, m),
      );
      const distinct = [...new Set(cands)];
      if (distinct.length >= 1 && (it.r.type === "PER" || distinct.length === 1)) {
        const pick = distinct.length === 1 ? distinct[0] : nearest(distinct, it, assigned);
        attach(it, pick ?? (distinct[0] as Cluster));
        continue;
      }
    }
    // الوزارة alone: the ministry named in full before it (وزارة الصحة المصرية).
    const named = it.r.type === "ORG" ? namedBefore(it, items, assigned) : null;
    if (named) {
      attach(it, named);
      continue;
    }
    attach(it, newCluster(it.r.type, it.r.key, null, m));
  }
  explainedAliases(parts, items, assigned, clusters, attach);
  // Roles stated in apposition.
  const itemOf = new Map<Raw, Item>(items.map((x) => [x.r, x]));
  const roleOwners = new Map<string, Set<Cluster>>();
  const headOwners = new Map<string, Set<Cluster>>();
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as (typeof parts)[number];
    for (const n of roleNotes.get(part.raws) ?? []) {
      const raw = part.raws[n.person] as Raw;
      const it = itemOf.get(raw);
      const c = it ? assigned.get(it) : undefined;
      if (!c) continue;
      const span = toOriginal(part.f, { start: n.s, end: n.e });
      const role = (n.lead ?? "") + part.text.slice(span.start, span.end).trim();
      if (!c.roles.has(n.key)) c.roles.set(n.key, role);
      const add = (m: Map<string, Set<Cluster>>, k: string) => {
        const s = m.get(k) ?? new Set<Cluster>();
        s.add(c);
        m.set(k, s);
      };
      add(roleOwners, n.key);
      add(headOwners, n.head);
    }
  }
  // Bare role phrases → the one person the article names with that role.
  for (const it of items.filter((x) => x.r.role)) {
    const key = it.r.key[0] as string;
    const head = key.slice(0, key.indexOf("|"));
    const place = key.slice(key.indexOf("|") + 1);
    // A bare role (الرئيس) is any president the article names (الرئيس الصومالي حسن شيخ محمود، الرئيس سياد
    // باري): it points to one only when the article names one.
    // An office after its area's word (أمير منطقة مكة المكرمة) nobody was named with is its head's alone, as a bare
    // head is (أمير → the one prince the article names).
    const owners =
      (place === "" ? headOwners.get(head) : roleOwners.get(key)) ??
      (it.r.area ? headOwners.get(head.split(" ")[0] as string) : undefined);
    if (owners && owners.size === 1) attach(it, [...owners][0] as Cluster);
  }
  // Entities: name = the longest surface form, or the alias table's canonical name.
  const entities: Entity[] = [];
  const used = new Set<Cluster>();
  const mentions: Mention[] = [];
  let scope: string | undefined;
  for (const it of items) {
    if (!(parts[it.p] as (typeof parts)[number]).keep) continue;
    const c = assigned.get(it);
    if (!c) continue;
    used.add(c);
  }
  for (const c of clusters) {
    let type = c.type;
    if (c.canonical === null) {
      let best = 0;
      for (const [t, v] of c.typeVotes) {
        if (v > best) {
          best = v;
          type = t;
        }
      }
    }
    c.type = type;
    const key = c.canonical !== null ? canonicalKey(c.canonical) : c.key.join(" ");
    // A bare head the article does not expand (الهيئة with no هيئة … named before it) is some body of this article's,
    // another in the next one: its id is the article's own, so that no two articles' bare heads meet in the store.
    if (isBareReference(c, items, parts, assigned)) {
      scope ??= articleScope(parts);
      c.id = entityId(type, `${key}#${scope}`);
    } else c.id = entityId(type, key);
    if (!used.has(c)) continue;
    const surfaces = [...c.names.keys()];
    const plain = surfaces.filter((s) => !isCliticForm(s, surfaces));
    const longest = plain.reduce((a, b) => (nameTokens(b).length > nameTokens(a).length ? b : a), plain[0] ?? "");
    const name = c.canonical ?? withoutPreposition(longest, type);
    // Forms with a clitic glued on (وأنقرة beside أنقرة) are how the name was written, not other names.
    const e: Entity = { id: c.id, name, type, aliases: plain.filter((s) => s !== name && s !== longest) };
    if (c.roles.size > 0) e.roles = [...new Set(c.roles.values())];
    entities.push(e);
  }
  for (const it of items) {
    if (!(parts[it.p] as (typeof parts)[number]).keep) continue;
    const c = assigned.get(it);
    if (!c) continue;
    const part = parts[it.p] as (typeof parts)[number];
    const span = toOriginal(part.f, { start: it.r.s, end: it.r.e });
    mentions.push({
      start: span.start,
      end: span.end,
      text: it.surface,
      type: it.r.role ? "PER" : c.type,
      entity: c.id,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities };
}

/**
 * Heads of organisation names besides names.ts `ORG_HEAD_KEYS` that an article writes alone for the one it named
 * in full (صندوق النقد الدولي … وافق عليه الصندوق، تنظيم داعش … عناصر التنظيم، معهد …، كلية …), folded keys.
 */
const REFERRING_HEADS: ReadonlySet<string> = new Set(
  ["صندوق", "معهد", "كليه", "مركز", "تنظيم", "مستشفي", "مجمع", "جهاز", "مصرف"].map(gazKey),
);

/**
 * True for an organisation written by a head alone (الوزارة، الهيئة، التنظيم): a reference to the body the article
 * names with that head, not a name shared across articles. See `isBareOrgHead` and `REFERRING_HEADS`.
 *
 * @example
 * isBareHead("وللهيئة"); // true
 * isBareHead("هيئة الهلال الأحمر"); // false
 */
export function isBareHead(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.length === 1 && (ORG_HEAD_KEYS.has(tokens[0] as string) || REFERRING_HEADS.has(tokens[0] as string));
}

/**
 * Nouns a club's name follows (نادي الاتحاد، لفريق الاتحاد، لاعبي الاتحاد، مدرب الاتحاد، جماهير الاتحاد), folded,
 * with a clitic or two and a possessive ending (ناديه): a head right after them is the club's own name, the same club
 * in every article that names it so, not a reference to a body named before.
 */
const CLUB_NOUN = /^[وف]?[بل]?(?:(?:نادي|فريق)(?:ه|ها|هم)?|لاعب[يو]?|مدرب|مهاجم|جماهير|جمهور)$/;

/**
 * True when the cluster `c` is an organisation the article calls only by a bare head (see `isBareHead`), never
 * after a club's noun (نادي الاتحاد is the club, in every article that names it so).
 */
function isBareReference<T extends { p: number; r: Raw }>(
  c: Cluster,
  items: T[],
  parts: { toks: Tok[] }[],
  assigned: Map<T, Cluster>,
): boolean {
  if (c.type !== "ORG" || c.canonical !== null || c.names.size === 0) return false;
  for (const n of c.names.keys()) if (!isBareHead(n)) return false;
  return !items.some(
    (it) => assigned.get(it) === c && CLUB_NOUN.test((parts[it.p] as { toks: Tok[] }).toks[it.r.a - 1]?.text ?? ""),
  );
}

/** A digest of the article's text: what ties an entity id to one article (`isBareReference`). */
function articleScope(parts: { text: string }[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p.text).update("\u0000");
  return h.digest("hex").slice(0, 16);
}

/**
 * The organisation a bare definite head (الوزارة، الشركة) refers to: the latest one named before it in
 * full with that head (وزارة الصحة المصرية). Null when the article names none.
 */
function namedBefore<T extends { r: Raw; order: number }>(
  it: T,
  items: T[],
  assigned: Map<T, Cluster>,
): Cluster | null {
  const key = it.r.key;
  if (key.length !== 1 || !(ORG_HEAD_KEYS.has(key[0] as string) || REFERRING_HEADS.has(key[0] as string))) return null;
  let best: T | null = null;
  for (const x of items) {
    if (x.order >= it.order || x.r.type !== "ORG" || x.r.key.length < 2 || x.r.key[0] !== key[0]) continue;
    if (!assigned.has(x)) continue;
    if (best === null || x.order > best.order) best = x;
  }
  return best ? (assigned.get(best) ?? null) : null;
}

/**
 * An organisation's or place's name without the preposition its longest form was written with:
 * للاتحاد العام التونسي للشغل → الاتحاد العام التونسي للشغل, باستاد الملك فهد → استاد الملك فهد; a hashtag's
 * name with spaces (#مصطفى_الكاظمي → مصطفى الكاظمي).
 */
function withoutPreposition(name: string, type: EntityType): string {
  if (type !== "ORG" && type !== "LOC") return name.replace(/_/g, " ");
  if (name.includes("_")) return withoutPreposition(name.replace(/_/g, " "), type);
  const f = foldText(name);
  if (/^لل\p{L}{3,}/u.test(f)) return `ال${name.slice(2)}`;
  const first = f.split(/\s+/)[0] ?? "";
  if (
    /^[بل]/.test(first) &&
    first.length > 4 &&
    (PLACE_HEAD_KEYS.has(gazKey(first.slice(1))) || ORG_HEAD_KEYS.has(gazKey(first.slice(1))))
  )
    return name.slice(1);
  return name;
}

/**
 * An organisation's name followed by a short name in parentheses, حلف شمال الأطلسي (الناتو)
 * or World Health Organization (WHO): the parenthesised name is an alias of the same entity.
 * Only after organisations: after a place it is the dateline's agency, فرانكفورت (د ب أ).
 */
function explainedAliases<T extends { p: number; r: Raw; surface: string; order: number }>(
  parts: { text: string; f: Folded; toks: Tok[] }[],
  items: T[],
  assigned: Map<T, Cluster>,
  clusters: Cluster[],
  attach: (it: T, c: Cluster) => void,
): void {
  const at = new Map<string, T>();
  for (const it of items) if (!it.r.role) at.set(`${it.p}:${it.r.a}:${it.r.b}`, it);
  for (const x of items) {
    const cx = assigned.get(x);
    if (x.r.role || !cx || cx.type !== "ORG") continue;
    const part = parts[x.p] as (typeof parts)[number];
    const open = x.r.b;
    const close = bracketedShortName(part.toks, open);
    if (close < 0) continue;
    const inner = part.toks.slice(open + 1, close);
    const y = at.get(`${x.p}:${open + 1}:${close}`);
    if (y) {
      const cy = assigned.get(y);
      if (!cy || cy === cx) continue;
      // Merge y's cluster into x's (the alias table's canonical name wins if y has one).
      if (cy.canonical !== null && cx.canonical === null) {
        cx.canonical = cy.canonical;
        cx.type = cy.type;
      }
      for (const [it, c] of assigned) {
        if (c !== cy) continue;
        assigned.delete(it);
        attach(it, cx);
      }
      for (const [k, v] of cy.roles) if (!cx.roles.has(k)) cx.roles.set(k, v);
      clusters.splice(clusters.indexOf(cy), 1);
    } else {
      const first = inner[0] as Tok;
      const last = inner[inner.length - 1] as Tok;
      const r: Raw = {
        a: open + 1,
        b: close,
        type: "ORG",
        s: first.s,
        e: last.e,
        key: inner.map((t) => gazKey(t.text)),
      };
      const span = toOriginal(part.f, { start: r.s, end: r.e });
      const it = { p: x.p, r, surface: part.text.slice(span.start, span.end), order: x.order } as T;
      items.push(it);
      attach(it, cx);
    }
  }
}

/**
 * True when a given name alone is the last word of a name the tagger took no more of (حفظ الرحمن | محمد): the
 * word before it ends a compound name (الرحمن، الدين) or is a first name. Not a part of a full name the article
 * named (محمد بن سلمان): another person's.
 */
function tailOfUntaggedName(part: { toks: Tok[]; raws: Raw[] }, r: Raw): boolean {
  if (r.type !== "PER" || r.key.length !== 1 || r.a === 0 || !isFirstName(r.key[0] as string)) return false;
  const before = (part.toks[r.a - 1] as Tok).text;
  if (part.raws.some((x) => x !== r && x.a <= r.a - 1 && r.a - 1 < x.b)) return false;
  return COMPOUND_NAME_ENDS.has(before) || (isFirstName(before) && !WITH_ARTICLE.test(before));
}

/**
 * True when the full name holds `needle` as a father's name too (عبد العزيز in عبد العزيز بن سطام بن عبد العزيز):
 * the name alone may be either, often the better known ancestor's.
 */
function fathersNameToo(hay: string[], needle: string[]): boolean {
  for (let i = 1; i + needle.length <= hay.length; i++) {
    if (!PATRONYMS.has(hay[i - 1] as string)) continue;
    if (needle.every((w, j) => hay[i + j] === w)) return true;
  }
  return false;
}

/**
 * The key a mention is matched on: a person's without the royal title the tagger took into the name (الملك سلمان،
 * الأمير سلطان → سلمان، سلطان), so that it meets the full name the article gives (سلمان بن عبدالعزيز); the mention
 * keeps the title, as the tagger's training data writes it (Wojood's الملك حسين). Not before a nationality (الملك
 * الأردني: the office). Particles written joined are set apart (`particlesApart`).
 */
function matchKey(part: { toks: Tok[] }, r: Raw): string[] {
  const first = part.toks[r.a]?.text ?? "";
  const title =
    r.type === "PER" &&
    r.key.length >= 2 &&
    NAMING_TITLES.has(first) &&
    r.key[0] === gazKey(first) &&
    nisbaPlace(r.key[1] as string) === null;
  return particlesApart(title ? r.key.slice(1) : r.key);
}

/** Particles outlets write joined to the name after them or apart (عبدالله / عبد الله، أبوثنين / أبو ثنين), folded. */
const JOINED_PARTICLES: readonly string[] = ["عبد", "ابو"];

/**
 * A key with each particle written joined set apart (عبدالله ثاني → عبد له ثاني), as `canonicalKey` does across
 * articles: one person written both ways is one name (عبدالله الثاني and عبد الله; سلمان بن عبدالعزيز and سلمان بن عبد
 * العزيز), and ابن inside a name as بن (خالد ابن عبدالعزيز and خالد بن عبدالعزيز).
 */
function particlesApart(key: readonly string[]): string[] {
  return key.map(patronymKey).flatMap((w) => {
    const p = JOINED_PARTICLES.find((x) => w.startsWith(x) && w.length - x.length >= 3);
    return p ? [p, gazKey(w.slice(p.length))] : [w];
  });
}

/** آل (the family of) as a match key. */
const FAMILY_KEY = gazKey(foldText("آل"));

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) if (hay[i + j] !== needle[j]) ok = false;
    // سلمان in محمد بن سلمان is the father's name, عماد in أم عماد the child's, سعود in a chain of fathers' names
    // ending on آل سعود the dynasty's: the lone سلمان, عماد or سعود is not this person (طارق آل زاهر is زاهر). A
    // word no given name after أبو is a family's name (أبو ريشة، أبو الطيور) and is. The word after عبد is half
    // of one name (مجيد of عبد المجيد).
    const prev = hay[i - 1] ?? "";
    if (
      ok &&
      !PATRONYMS.has(prev) &&
      prev !== "عبد" &&
      !(prev === FAMILY_KEY && hay.some((w) => PATRONYMS.has(w))) &&
      !(KUNYA_KEYS.has(prev) && !needle[0]?.startsWith("ال") && everPersonWord(needle[0] ?? ""))
    )
      return true;
  }
  return false;
}

/** Of several candidate clusters, the one mentioned last before `it` (or null). */
function nearest<T extends { order: number }>(cands: Cluster[], it: T, assigned: Map<T, Cluster>): Cluster | null {
  let best: Cluster | null = null;
  let bestOrder = -1;
  for (const [x, c] of assigned) {
    if (x.order < it.order && x.order > bestOrder && cands.includes(c)) {
      best = c;
      bestOrder = x.order;
    }
  }
  return best;
}
