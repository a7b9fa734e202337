/**
 * Cross-article entity resolution: one id space over many articles' entities. Names
 * meet by their canonical key (folded, clitics removed, alias table applied), by a
 * spelling-variant skeleton (ترامب / ترمب), and a lone surname meets the one full name
 * that ends with it. Ids are the entity ids of `findEntities` (stable hashes of type and
 * canonical key), so the same name gets the same id whatever the order of ingestion,
 * except where a variant or surname joins an entity already known (a full name that
 * arrives after its lone surname takes the surname's id).
 */

import { foldText } from "../../arabic/fold.js";
import type { Entity, EntityType } from "../../model/types.js";
import { gazKey, isFirstName, nisbaPlace } from "./features.js";
import {
  canonicalKey,
  endsOnPatronym,
  isBareOrgHead,
  isCliticForm,
  PATRONYMS,
  SKELETON_MIN_LENGTH,
  skeletonKey,
} from "./names.js";

interface Stored {
  id: string;
  type: EntityType;
  /** Creation order: the order a saved state is replayed in (the first entity to claim a key keeps it). */
  seq: number;
  /** Surface names with the number of articles that used them. */
  names: Map<string, number>;
  roles: Set<string>;
  keys: Set<string>;
}

/** The serialised form (`toJSON`). */
interface StoredJSON {
  id: string;
  type: EntityType;
  names: [string, number][];
  roles: string[];
  seq?: number;
}

/**
 * What changed since the last `takeChanges`, in the shape `Store.putStateItems` takes: the entities
 * that were created or gained a name, a count or a role, one item per entity id. Entities are never
 * removed. `EntityResolver.fromJSON({...header, items})` with the stored items rebuilds the resolver.
 */
export interface ResolverChanges {
  header: { version: 2 };
  clear: boolean;
  upserts: [id: string, entity: StoredJSON][];
  deletes: string[];
}

const TYPES: ReadonlySet<string> = new Set(["PER", "ORG", "LOC", "MISC"]);
/**
 * Merges the entities of many articles into one id space.
 *
 * @example
 * const r = new EntityResolver();
 * const ids = r.add(findEntities(text).entities); // local id → global id
 * r.entities(); // every entity seen, with merged aliases and roles
 */
export class EntityResolver {
  private readonly byId = new Map<string, Stored>();
  private readonly byKey = new Map<string, string>();
  private readonly bySkeleton = new Map<string, string>();
  /** Place and organisation names without their nationality adjective (ميناء رادس التونسي → ميناء رادس). */
  private readonly byStem = new Map<string, { id: string; adjective: string }>();
  /** Last token of multi-token person names → ids. */
  private readonly bySurname = new Map<string, Set<string>>();
  /** First and last word of multi-word person names → ids. */
  private readonly byFirstLast = new Map<string, Set<string>>();
  /** A person's role as the articles state it (canonical key) → the persons given it. */
  private readonly byRole = new Map<string, Set<string>>();
  /** Entities changed since the last `takeChanges`. */
  private readonly dirty = new Set<Stored>();
  /** True until saved as items once (a fresh resolver, or one read from a whole snapshot). */
  private rewrite = true;

  /** Adds one article's entities; returns local id → global id. */
  add(entities: Entity[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of entities) {
      const names = [e.name, ...e.aliases];
      // A person's surname alone (الجبير beside فهد الجبير) does not join someone with another full name.
      const full = e.type === "PER" ? fullestKey(names) : null;
      // A given name alone (محمد، عبد الله) joins nobody: one article's محمد is another's محمد بن سلمان.
      // (With the article it is a family name: الجبير.)
      const lone = (n: string, key: string) => e.type === "PER" && full === null && loneGivenName(n, key);
      const fits = (id: string | undefined, n: string, key: string) =>
        id !== undefined && !lone(n, key) && (full === null || units(key).length > 1 || this.compatible(id, full));
      let id: string | undefined;
      for (const n of names) {
        const key = canonicalKey(n);
        const found = this.byKey.get(`${e.type}:${key}`);
        if (fits(found, n, key)) {
          id = found;
          break;
        }
      }
      if (!id) {
        for (const n of names) {
          const key = canonicalKey(n);
          if (key.replace(/ /g, "").length < SKELETON_MIN_LENGTH) continue;
          const found = this.bySkeleton.get(`${e.type}:${skeletonKey(key)}`);
          if (fits(found, n, key)) {
            id = found;
            break;
          }
        }
      }
      if (!id && (e.type === "ORG" || e.type === "LOC")) id = this.sameWithoutAdjective(e.type, names);
      if (!id) id = this.sameOtherType(e.type, names);
      if (!id && e.type === "PER") {
        const key = canonicalKey(e.name);
        if (units(key).length === 1) {
          // A first name alone (محمد، عبد الله) is no one's surname here: too many people carry it.
          const ids = loneGivenName(e.name, key) ? undefined : this.bySurname.get(unitKey(key));
          if (ids && ids.size === 1) id = [...ids][0];
        } else {
          id = this.loneSurname(key) ?? this.fullerOrShorter(key);
        }
      }
      const stored = id ? (this.byId.get(id) as Stored) : this.create(e);
      this.merge(stored, e);
      out.set(e.id, stored.id);
    }
    return out;
  }

  /**
   * The place or organisation named with a trailing adjective or without it (ميناء رادس التونسي = ميناء
   * رادس التجاري = ميناء رادس): only when the rest holds a proper name (see `stemOf`).
   */
  private sameWithoutAdjective(type: EntityType, names: string[]): string | undefined {
    for (const n of names) {
      const byStem = this.byStem.get(`${type}:${canonicalKey(n)}`);
      if (byStem !== undefined) return byStem.id;
      const stem = stemOf(n, type);
      if (stem === null) continue;
      const bare = this.byKey.get(`${type}:${stem.key}`);
      if (bare !== undefined) return bare;
      // Another country's (… التركية / … الإيرانية) is another one.
      const other = this.byStem.get(`${type}:${stem.key}`);
      if (other !== undefined && other.adjective === stem.adjective) return other.id;
    }
    return undefined;
  }

  /**
   * The same name under another type, when one of the two is MISC (شينخوا tagged once as an organisation,
   * once as MISC): MISC is the tagger's least sure type, so the other type wins and the entity takes it.
   */
  private sameOtherType(type: EntityType, names: string[]): string | undefined {
    const others: EntityType[] = type === "MISC" ? ["ORG", "PER", "LOC"] : ["MISC"];
    for (const n of names) {
      const key = canonicalKey(n);
      if (!key) continue;
      for (const t of others) {
        const id = this.byKey.get(`${t}:${key}`);
        if (id === undefined) continue;
        const s = this.byId.get(id) as Stored;
        if (s.type === "MISC" && type !== "MISC") this.retype(s, type);
        return id;
      }
    }
    return undefined;
  }

  /** Gives a MISC entity a surer type, indexing its keys under that type too. */
  private retype(s: Stored, type: EntityType): void {
    s.type = type;
    this.dirty.add(s);
    for (const k of s.keys) if (!this.byKey.has(`${type}:${k}`)) this.byKey.set(`${type}:${k}`, s.id);
  }

  /**
   * The entity of a lone surname seen before any full name (الكناني, then سالم عبد الرضا الكناني): the
   * first full name ending with it joins it, so the ids already given to earlier articles stay right.
   * Not a given name used alone (محمد, then علي محمد), and not once the entity has a full name.
   */
  private loneSurname(key: string): string | undefined {
    const words = units(key);
    const last = words.at(-1) as string;
    if (last.length < 3 || isGivenName(last) || endsOnPatronym(words)) return undefined;
    const plain = key.split(" ");
    const lastKey = COMPOUND_HEADS.has(plain.at(-2) ?? "") ? plain.slice(-2).join(" ") : (plain.at(-1) as string);
    const id = this.byKey.get(`PER:${lastKey}`);
    const s = id === undefined ? undefined : this.byId.get(id);
    if (!s) return undefined;
    for (const k of s.keys) if (units(k).length > 1) return undefined;
    return s.id;
  }

  /**
   * The one person whose name has the same first and last word as `key` and either holds all of its
   * words in order or is held by it: حيدر الزبيدي = حيدر عبد الأمير الزبيدي. Not when two people fit,
   * and not for a first word that is only a name part (عبد، أبو، بن).
   */
  private fullerOrShorter(key: string): string | undefined {
    const words = units(key);
    const first = words[0] as string;
    if (first.length < 3 || NAME_PARTS.has(first)) return undefined;
    const ids = this.byFirstLast.get(firstLast(words));
    if (ids === undefined) return undefined;
    let found: string | undefined;
    for (const id of ids) {
      const s = this.byId.get(id) as Stored;
      if (![...s.keys].some((k) => sameFullName(units(k), words))) continue;
      if (found !== undefined) return undefined;
      found = id;
    }
    return found;
  }

  /**
   * True when the person `id` may be the one named `full`: they have no full name yet, or one that is
   * `full` with words left out or added (حيدر الزبيدي / حيدر عبد الأمير الزبيدي).
   */
  private compatible(id: string, full: string): boolean {
    const s = this.byId.get(id);
    if (!s) return false;
    const words = units(full);
    let multi = false;
    for (const k of s.keys) {
      if (units(k).length === 1) continue;
      multi = true;
      if (sameFullName(units(k), words)) return true;
    }
    return !multi;
  }

  private create(e: Entity): Stored {
    // Two different local entities with the same id (same type and key) are the same.
    const existing = this.byId.get(e.id);
    if (existing) return existing;
    const s: Stored = {
      id: e.id,
      type: e.type,
      seq: this.byId.size,
      names: new Map(),
      roles: new Set(),
      keys: new Set(),
    };
    this.byId.set(s.id, s);
    return s;
  }

  private merge(s: Stored, e: Entity): void {
    this.dirty.add(s);
    for (const n of new Set([e.name, ...e.aliases])) {
      s.names.set(n, (s.names.get(n) ?? 0) + 1);
      // An organisation's head alone (الوزارة beside وزارة الصحة) names a different ministry in every
      // article, so it is never indexed and joins nothing; an entity the article called only that shares
      // its id (the same key) with the others so called.
      if (s.type === "ORG" && isBareOrgHead(n)) continue;
      const key = canonicalKey(n);
      if (!key) continue;
      s.keys.add(key);
      const k = `${s.type}:${key}`;
      if (!this.byKey.has(k)) this.byKey.set(k, s.id);
      const stem = s.type === "ORG" || s.type === "LOC" ? stemOf(n, s.type) : null;
      if (stem !== null && !this.byStem.has(`${s.type}:${stem.key}`)) {
        this.byStem.set(`${s.type}:${stem.key}`, { id: s.id, adjective: stem.adjective });
      }
      if (key.replace(/ /g, "").length >= SKELETON_MIN_LENGTH) {
        const sk = `${s.type}:${skeletonKey(key)}`;
        if (!this.bySkeleton.has(sk)) this.bySkeleton.set(sk, s.id);
      }
      if (s.type === "PER" && units(key).length > 1) {
        const words = units(key);
        const last = words.at(-1) as string;
        // محمد بن سلمان ends on his father's name, no surname of his.
        if (!endsOnPatronym(words)) {
          const ids = this.bySurname.get(last) ?? new Set<string>();
          ids.add(s.id);
          this.bySurname.set(last, ids);
        }
        const fl = firstLast(words);
        const byFl = this.byFirstLast.get(fl) ?? new Set<string>();
        byFl.add(s.id);
        this.byFirstLast.set(fl, byFl);
      }
    }
    for (const r of e.roles ?? []) this.addRole(s, r);
  }

  private addRole(s: Stored, role: string): void {
    s.roles.add(role);
    if (s.type !== "PER") return;
    const key = canonicalKey(role);
    if (!key.includes(" ")) return;
    const ids = this.byRole.get(key) ?? new Set<string>();
    ids.add(s.id);
    this.byRole.set(key, ids);
  }

  /**
   * The person the articles so far gave the role `role` (رئيس الحكومة العراقية → سالم الكناني), when they
   * gave it to one person alone; null for a one-word role (الرئيس), an unknown one, or one held by several.
   */
  personWithRole(role: string): string | null {
    const key = canonicalKey(role);
    if (!key.includes(" ")) return null;
    const ids = this.byRole.get(key);
    return ids !== undefined && ids.size === 1 ? [...ids][0]! : null;
  }

  /** Every entity, named by its most used surface form (longest on ties). */
  entities(): Entity[] {
    const out: Entity[] = [];
    for (const s of this.byId.values()) {
      // A form with a clitic in front (ودمشق beside دمشق) is an alias, never the name; a person is
      // named by the full name, not by the surname alone, however often the articles used it.
      const all = [...s.names.keys()];
      const surnames = new Set<string>();
      if (s.type === "PER") {
        for (const k of s.keys) if (units(k).length > 1) surnames.add(units(k).at(-1) as string);
      }
      // An organisation is named by its full name, not by its head alone (الوزارة), however often used.
      const rank = (n: string) =>
        isCliticForm(n, all)
          ? 2
          : (surnames.size > 0 && surnames.has(unitKey(canonicalKey(n)))) || (s.type === "ORG" && isBareOrgHead(n))
            ? 1
            : 0;
      const names = [...s.names.entries()].sort(
        (a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
      );
      const name = names[0]?.[0] ?? "";
      // Forms with a clitic glued on (وأنقرة) are how a name was written, not other names.
      const aliases = names
        .slice(1)
        .map((n) => n[0])
        .filter((n) => !isCliticForm(n, all));
      const e: Entity = { id: s.id, name, type: s.type, aliases };
      if (s.roles.size > 0) e.roles = [...s.roles];
      out.push(e);
    }
    return out;
  }

  /** A plain-JSON snapshot for the store. */
  toJSON(): unknown {
    return { version: 1, entities: [...this.byId.values()].map(storedJSON) };
  }

  /**
   * The entities changed since the last call, as store items (see `ResolverChanges`): a batch's save is
   * proportional to the entities it met, not to the id space (9 MB after the whole corpus, written every
   * batch before).
   */
  takeChanges(): ResolverChanges {
    const clear = this.rewrite;
    const changed = clear ? this.byId.values() : this.dirty;
    const upserts: [string, StoredJSON][] = [];
    for (const s of changed) upserts.push([s.id, storedJSON(s)]);
    this.dirty.clear();
    this.rewrite = false;
    return { header: { version: 2 }, clear, upserts, deletes: [] };
  }

  /**
   * Rebuilds a resolver from `toJSON()` output, or from `takeChanges()` items (`{version: 2, items}`,
   * replayed in creation order); throws TypeError on a malformed snapshot.
   */
  static fromJSON(j: unknown): EntityResolver {
    const r = new EntityResolver();
    const o = j as { version?: unknown; entities?: unknown; items?: unknown };
    let list: StoredJSON[];
    if (o && typeof o === "object" && o.version === 2 && Array.isArray(o.items)) {
      list = (o.items as [string, StoredJSON][]).map(([, x]) => x);
      list.sort((x, y) => (x?.seq ?? 0) - (y?.seq ?? 0));
      r.rewrite = false;
    } else if (o && typeof o === "object" && o.version === 1 && Array.isArray(o.entities)) {
      list = o.entities as StoredJSON[];
    } else {
      throw new TypeError(
        "EntityResolver.fromJSON: expected {version: 1, entities: [...]} or {version: 2, items: [[id, entity], ...]}",
      );
    }
    for (const x of list) {
      if (typeof x?.id !== "string" || !TYPES.has(x.type) || !Array.isArray(x.names)) {
        throw new TypeError(`EntityResolver.fromJSON: malformed entity ${JSON.stringify(x).slice(0, 80)}`);
      }
      const s: Stored = {
        id: x.id,
        type: x.type,
        seq: r.byId.size,
        names: new Map(),
        roles: new Set(),
        keys: new Set(),
      };
      r.byId.set(s.id, s);
      for (const [name, count] of x.names) {
        r.merge(s, { id: s.id, name, type: s.type, aliases: [] });
        s.names.set(name, count);
      }
      for (const role of x.roles ?? []) r.addRole(s, role);
    }
    r.dirty.clear();
    return r;
  }
}

/**
 * A place or organisation name without its trailing nationality adjective (ميناء رادس التونسي → ميناء رادس;
 * مطار الملك خالد الدولي → مطار الملك خالد): the key without it and the adjective, or null. Three words or
 * more, and only when the rest holds a proper name, a word of four letters or more after the head without
 * the article (رادس، خالد): وزارة الصحة المصرية, هيئة الأنواء الجوية العراقية or اتحاد كرة القدم المصري
 * keep their adjective, since every country has one. Descriptive adjectives (بنك أبوظبي التجاري / الوطني،
 * مستشفى الملك فهد التخصصي / المركزي) tell institutions apart and are kept.
 */
function stemOf(name: string, type: EntityType): { key: string; adjective: string } | null {
  const words = foldText(name)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length < 3) return null;
  const adjective = gazKey(words.at(-1) as string);
  if (!(words.at(-1) as string).startsWith("ال")) return null;
  const nationality = nisbaPlace(adjective) !== null || NATIONALITIES.has(adjective.replace(/ه$/, ""));
  if (!nationality && !(type === "LOC" && PLACE_DESCRIPTORS.has(adjective))) return null;
  const proper = words.slice(1, -1).some((w) => w.length >= 4 && !/^(?:[وفلب]?ال|لل)/.test(w) && !GENERIC_NOUNS.has(w));
  return proper ? { key: canonicalKey(words.slice(0, -1).join(" ")), adjective } : null;
}

/**
 * Adjectives a place (not an institution) is named with and without (مطار الملك خالد الدولي، ميناء رادس التجاري),
 * folded. An organisation keeps them: بنك أبوظبي التجاري is not بنك أبوظبي الوطني.
 */
const PLACE_DESCRIPTORS: ReadonlySet<string> = new Set(["دولي", "دوليه", "تجاري", "تجاريه"]);

/** Nationality adjectives the nisba table does not lead to a place (folded, without the feminine ه). */
const NATIONALITIES: ReadonlySet<string> = new Set([
  "بريطاني",
  "امريكي",
  "اميركي",
  "الماني",
  "اماراتي",
  "انجليزي",
  "انكليزي",
  "اسكتلندي",
  "استكتلندي",
  "هولندي",
  "بلجيكي",
]);

/** Nouns of construct chains inside institution names that are no proper name (جمعية حقوق الإنسان). */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(["حقوق", "انباء", "شوون", "رعايه", "تنميه", "مكافحه", "حمايه"]);

/**
 * The name units of a canonical key: its words, with عبد/أبو and the word after it as one (عبد له = عبدالله, one
 * given name, not a first name and a surname).
 */
function units(key: string): string[] {
  const out: string[] = [];
  for (const w of key.split(" ")) {
    const prev = out.at(-1);
    if (prev !== undefined && COMPOUND_HEADS.has(prev)) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}
const COMPOUND_HEADS: ReadonlySet<string> = new Set(["عبد", "ابو", "ابي"]);

/** A given name: on the first-name list, or a compound (عبدله، ابوبكر) — never a surname to join by alone. */
const isGivenName = (unit: string): boolean =>
  isFirstName(unit) || [...COMPOUND_HEADS].some((h) => unit.startsWith(h) && unit.length > h.length);

/** A name of one given name (محمد، عبد الله), not a family name with the article (الجبير، العبدالله). */
function loneGivenName(name: string, key: string): boolean {
  return units(key).length === 1 && isGivenName(unitKey(key)) && !/^ال/.test(foldText(name).trim());
}

/** A key with its compound names joined (see `units`), for comparing a lone name with surnames. */
const unitKey = (key: string): string => units(key).join(" ");

/** Words that begin a compound name (عبد الله، أبو بكر، بن سلمان): no name on their own. */
const NAME_PARTS: ReadonlySet<string> = new Set(["عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "اب"]);

/** The longest multi-word key among a person's names, or null when all are one word. */
function fullestKey(names: string[]): string | null {
  let best: string | null = null;
  for (const n of names) {
    const k = canonicalKey(n);
    if (units(k).length > 1 && (best === null || k.length > best.length)) best = k;
  }
  return best;
}

const firstLast = (words: string[]): string => `${words[0]} ${words[words.length - 1]}`;

/**
 * True when two full names (two words or more) can name one person: the same first and last word, and
 * one holds all the other's words in order (حيدر الزبيدي / حيدر عبد الأمير الزبيدي; a name and itself).
 */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || firstLast(a) !== firstLast(b)) return false;
  // A chain of fathers' names (سلطان بن عبدالعزيز) leaves out no generation: سلطان بن سلمان بن عبدالعزيز
  // is his grandson.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // So does one ending on a father's name (عبدالله بن فهد بن محمد is not عبدالله محمد), and a regnal number is
  // no family name (عبدالله الثاني is not عبدالله بن ثامر آل ثاني).
  // One may leave out بن itself (أحمد علي = أحمد بن علي).
  if (endsOnPatronym(short)) return short.length === long.length && inOrder(short, long);
  if (endsOnPatronym(long)) return sameWords(withoutParticles(short), withoutParticles(long));
  if (REGNAL.has(short.at(-1) as string)) return short.length === long.length && inOrder(short, long);
  return inOrder(short, long);
}

/** Regnal numbers after a ruler's name (عبد الله الثاني، محمد السادس), canonical keys. */
const REGNAL: ReadonlySet<string> = new Set([
  "اول",
  "ثاني",
  "ثالث",
  "رابع",
  "خامس",
  "سادس",
  "سابع",
  "ثامن",
  "تاسع",
  "عاشر",
]);

const withoutParticles = (words: string[]): string[] => words.filter((w) => !PATRONYMS.has(w));
const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

/** True when every word of `short` occurs in `long`, in order. */
function inOrder(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

function storedJSON(s: Stored): StoredJSON {
  return { id: s.id, type: s.type, names: [...s.names.entries()], roles: [...s.roles], seq: s.seq };
}
