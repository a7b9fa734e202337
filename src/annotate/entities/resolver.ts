/**
 * Cross-article entity resolution: one id space over many articles' entities. Names
 * meet by their canonical key (folded, clitics removed, alias table applied), by a
 * spelling-variant skeleton (ترامب / ترمب), a lone surname meets the one full name
 * that ends with it, and a name that goes on by fathers' names meets the one person of
 * the shorter name (محمد بن سلمان / محمد بن سلمان بن عبدالعزيز آل سعود). Ids are the entity ids of `findEntities` (stable hashes of type and
 * canonical key), so the same name gets the same id whatever the order of ingestion,
 * except where a variant or surname joins an entity already known (a full name that
 * arrives after its lone surname takes the surname's id).
 */

import { foldText } from "../../arabic/fold.js";
import type { Entity, EntityType } from "../../model/types.js";
import { gazKey, isFirstName, NATIONALITY_PLACES, nisbaPlace } from "./features.js";
import { isBareHead } from "./mention-resolution.js";
import { canonicalKey, endsOnPatronym, isCliticForm, PATRONYMS, SKELETON_MIN_LENGTH, skeletonKey } from "./names.js";
import { chainKeys, otherFather, twoChains } from "./patronym-chain.js";

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
 * How many times more often than the others together one person of a first name and title must be named to be the
 * one a lone first name with that title means: a misspelt full name is a one-off; two real holders of the name and
 * title (two princes called محمد) are each named often.
 */
const DOMINANT_USES = 5;
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
  /**
   * Person names (units) → the persons with that name or one that extends it by fathers' names (محمد بن سلمان →
   * the person of محمد بن سلمان بن عبدالعزيز آل سعود): see `alongChain`.
   */
  private readonly byChain = new Map<string, Set<string>>();
  /** First name (unit) of multi-word person names → ids: a name two people are called by first is a given name. */
  private readonly byFirst = new Map<string, Set<string>>();
  /** The last word of a person's role, the title before the name (الملك، الأمير، الرئيس) → the persons given it. */
  private readonly byTitle = new Map<string, Set<string>>();
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
      // A person's first name alone, or their father's or family's (محمد، سلمان، سعود beside محمد بن سلمان بن
      // عبدالعزيز آل سعود), is how the article named them, not a name of theirs that tells them apart: it joins
      // nobody (see `notByItself`).
      const byItself = e.type === "PER" ? notByItself([e.name, ...e.aliases].map(canonicalKey)) : null;
      const names = [e.name, ...e.aliases].filter((n) => !(byItself?.has(unitKey(canonicalKey(n))) ?? false));
      // A person's surname alone (الجبير beside فهد الجبير) does not join someone with another full name.
      const full = e.type === "PER" ? fullestKey(names) : null;
      // A given name alone (محمد، عبد الله) joins nobody: one article's محمد is another's محمد بن سلمان.
      // (With the article it is a family name: الجبير.)
      const lone = (n: string, key: string) => e.type === "PER" && full === null && this.loneGivenName(n, key);
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
          if (fits(found, n, key) && this.spelledAlike(found as string, key, e.type)) {
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
          // A first name alone (محمد، عبد الله) is no one's surname here: too many people carry it; it is the one
          // person of that first name with the title the article gives (الملك سلمان).
          const given = this.loneGivenName(e.name, key);
          const ids = given ? this.byFirstAndTitle(unitKey(key), e.roles ?? []) : this.bySurname.get(unitKey(key));
          if (ids && ids.size === 1) id = [...ids][0];
        } else {
          id = this.loneSurname(key) ?? this.fullerOrShorter(key) ?? this.alongChain(units(key), e.name, e.roles ?? []);
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
   * The one person whose name `words` (written `name`) extends by fathers' names, or whose name extends it (محمد بن
   * سلمان / محمد بن سلمان بن عبدالعزيز آل سعود, خالد الفيصل / خالد الفيصل بن عبدالعزيز), whichever the articles
   * named first. Not when two people have names on the chain (محمد بن نايف بن عبدالعزيز and محمد بن نايف بن أحمد:
   * محمد بن نايف is neither), nor when the one person found may be someone else (see `onePerson`).
   */
  private alongChain(words: string[], name: string, roles: string[]): string | undefined {
    if (NAME_PARTS.has(words[0] as string)) return undefined;
    const [own, ...prefixes] = chainKeys(words, name);
    // A name that names no chain (عبد الله السعيد written عبد الله سعيد) has none of its own.
    if (own !== words.join(" ")) return undefined;
    // The longest shorter name known first; then the name itself, which a longer one known holds.
    for (const key of [...prefixes, own]) {
      const ids = this.byChain.get(key);
      if (ids === undefined) continue;
      const id = ids.size === 1 ? ([...ids][0] as string) : undefined;
      return id !== undefined && this.onePerson(id, words, roles) ? id : undefined;
    }
    return undefined;
  }

  /**
   * True when person `id`, found along the chain of `words`, may be the one so named with `roles`: no name of theirs
   * goes on along another chain (see `twoChains`) or gives another father (see `otherFather`), and the roles the articles gave both share a word (الأمير، رئيس نادي النصر): a name of two
   * generations is many people's (مدير جامعة الإمام is not الأمير محمد بن سعود بن نايف; اللواء سعود بن عبدالله is
   * not الأمير سعود بن عبدالله بن منصور بن جلوي; رئيس لجنة الاحتفالات is not the mufti عبدالعزيز بن عبدالله آل
   * الشيخ), and one without a role tells nothing (عبد الرحمن بن عبد الله بن محمد, once).
   */
  private onePerson(id: string, words: string[], roles: string[]): boolean {
    const s = this.byId.get(id) as Stored;
    const names: string[][] = [];
    for (const k of s.keys) {
      const u = units(k);
      if (u.length > 1 && u[0] === words[0]) names.push(u);
    }
    if (names.some((k) => twoChains(k, words) || otherFather(k, words))) return false;
    const theirs = roleWords(s.roles);
    const ours = roleWords(roles);
    return [...ours].some((w) => theirs.has(w));
  }

  /**
   * True when the entity `id` has a name `key` may be a spelling of, word for word (`spellingsOfOne`: ترامب / ترمب،
   * أمريكا / أميركا) though not every name of one skeleton is (سعود / سعيدي، السودان / سيدني، بيروت / بورتو); for a
   * person, not where a listed given name meets another word (محمد / محمود, سعد / سعيد).
   */
  private spelledAlike(id: string, key: string, type: EntityType): boolean {
    const sk = skeletonKey(key);
    const words = key.split(" ");
    for (const k of this.byId.get(id)?.keys ?? []) {
      if (skeletonKey(k) !== sk) continue;
      const other = k.split(" ");
      const alike = (w: string, i: number) => {
        const o = other[i] as string;
        if (w === o) return true;
        // A listed given name is spelled one way: another word with its skeleton is another name.
        return spellingsOfOne(w, o) && !(type === "PER" && (isGivenName(w) || isGivenName(o)));
      };
      if (words.every(alike)) return true;
    }
    return false;
  }

  /**
   * True when the person `id` may be the one named `full`: they have no full name yet, or one that is
   * `full` with words left out or added (حيدر الزبيدي / حيدر عبد الأمير الزبيدي).
   */
  private compatible(id: string, full: string): boolean {
    const s = this.byId.get(id);
    if (!s) return false;
    // An entity of given names alone (every article's محمد) has no full name to wait for.
    if ([...s.keys].every((k) => units(k).length === 1 && this.loneGivenName(k, k))) return false;
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
    const all = [e.name, ...e.aliases];
    const byItself = s.type === "PER" ? notByItself([...s.keys, ...all.map(canonicalKey)]) : null;
    for (const n of new Set(all)) {
      s.names.set(n, (s.names.get(n) ?? 0) + 1);
      if (byItself?.has(unitKey(canonicalKey(n)))) continue;
      // An organisation's head alone (الوزارة beside وزارة الصحة، الصندوق beside صندوق النقد الدولي) names a
      // different body in every article, so it is never indexed and joins nothing, whatever type the tagger gave
      // it; an entity the article called only that has an id of that article's (`isBareHead`).
      if (isBareHead(n)) continue;
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
        // محمد بن سلمان ends on his father's name, no surname of his; سلمان بن عبدالعزيز آل سعود on his
        // dynasty's, which alone (سعود) is a given name.
        if (!endsOnPatronym(words) && !(words.at(-2) === "ال" && words.some((w) => PATRONYMS.has(w)))) {
          const ids = this.bySurname.get(last) ?? new Set<string>();
          ids.add(s.id);
          this.bySurname.set(last, ids);
        }
        if (!NAME_PARTS.has(words[0] as string)) {
          for (const k of chainKeys(words, n))
            this.byChain.set(k, (this.byChain.get(k) ?? new Set<string>()).add(s.id));
        }
        const fl = firstLast(words);
        const byFl = this.byFirstLast.get(fl) ?? new Set<string>();
        byFl.add(s.id);
        this.byFirstLast.set(fl, byFl);
        const first = words[0] as string;
        if (!NAME_PARTS.has(first)) this.byFirst.set(first, (this.byFirst.get(first) ?? new Set<string>()).add(s.id));
      }
    }
    for (const r of e.roles ?? []) this.addRole(s, r);
  }

  private addRole(s: Stored, role: string): void {
    s.roles.add(role);
    if (s.type !== "PER") return;
    const key = canonicalKey(role);
    const title = key.split(" ").at(-1) ?? "";
    if (title) this.byTitle.set(title, (this.byTitle.get(title) ?? new Set<string>()).add(s.id));
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

  /**
   * A name of one given name (محمد، عبد الله), not a family name with the article (الجبير، العبدالله): on the
   * first-name list, or the first name of two people or more the articles named in full (سعود الفيصل، سعود بن نايف).
   */
  private loneGivenName(name: string, key: string): boolean {
    if (loneGivenName(name, key)) return true;
    const u = units(key);
    return u.length === 1 && !/^ال/.test(foldText(name).trim()) && (this.byFirst.get(u[0] as string)?.size ?? 0) >= 2;
  }

  /**
   * The persons called `first` first whom the articles gave the title one of `roles` ends on (الملك سلمان → سلمان
   * بن عبدالعزيز, the one سلمان who is a king). Undefined when the roles hold no title.
   */
  private byFirstAndTitle(first: string, roles: string[]): Set<string> | undefined {
    const people = this.byFirst.get(first);
    if (people === undefined) return undefined;
    const out = new Set<string>();
    for (const r of roles) {
      const title = canonicalKey(r).split(" ").at(-1) ?? "";
      for (const id of this.byTitle.get(title) ?? []) if (people.has(id)) out.add(id);
    }
    return out.size > 0 ? this.dominant(out) : undefined;
  }

  /**
   * The one of `ids` the articles named far more often than all the others together (the king beside a misspelt
   * سلمان بن عبد العزيزن), or all of them when none is: a misspelling is no second person to choose from.
   */
  private dominant(ids: Set<string>): Set<string> {
    if (ids.size < 2) return ids;
    const uses = (id: string) => [...(this.byId.get(id)?.names.values() ?? [])].reduce((a, b) => a + b, 0);
    const ranked = [...ids].map((id) => [id, uses(id)] as const).sort((a, b) => b[1] - a[1]);
    const rest = ranked.slice(1).reduce((a, [, n]) => a + n, 0);
    return (ranked[0] as readonly [string, number])[1] >= DOMINANT_USES * rest ? new Set([ranked[0]![0]]) : ids;
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
      // A person's first name alone (محمد beside محمد بن سلمان) is neither their name nor an alias.
      const byItself = s.type === "PER" ? notByItself(s.keys) : null;
      const given = (n: string) => byItself?.has(unitKey(canonicalKey(n))) === true;
      // An organisation is named by its full name, not by its head alone (الوزارة), however often used.
      const rank = (n: string) =>
        isCliticForm(n, all) || given(n)
          ? 2
          : (surnames.size > 0 && surnames.has(unitKey(canonicalKey(n)))) || (s.type === "ORG" && isBareHead(n))
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
        .filter((n) => !isCliticForm(n, all) && !given(n));
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
      // All names at once, so that a first name alone is known as one whatever the order of the list.
      const [first, ...rest] = x.names.map(([name]) => name);
      if (first !== undefined) r.merge(s, { id: s.id, name: first, type: s.type, aliases: rest });
      for (const [name, count] of x.names) s.names.set(name, count);
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

/**
 * Nationality adjectives the nisba table does not lead to a place (folded, without the feminine ه): those whose
 * country the gazetteer knows, and the nations within Britain.
 */
const NATIONALITIES: ReadonlySet<string> = new Set([
  ...NATIONALITY_PLACES.keys(),
  "انجليزي",
  "انكليزي",
  "اسكتلندي",
  "استكتلندي",
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

/** Letters from which a word's vowels may differ by two edits rather than one (فاينانشيال / فايننشال). */
const LONG_WORD = 8;

/**
 * True when two words of one skeleton (they differ in long vowels only) are one name's spellings: one vowel added,
 * dropped, changed or moved (ترامب / ترمب، جازان / جيزان، أمريكا / أميركا), two in a long word. Two in a short one
 * are two names (سعود / سعيدي، الشارقة / الشرقية، الغانم / الغنيم).
 */
function spellingsOfOne(a: string, b: string): boolean {
  return editDistance(a, b) <= (Math.max(a.length, b.length) >= LONG_WORD ? 2 : 1);
}

/** Edits (insert, delete, change, swap two neighbours) that turn one word into the other. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, (d[i - 2] as number[])[j - 2]! + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

/** A given name: on the first-name list, or a compound (عبدله، ابوبكر) — never a surname to join by alone. */
const isGivenName = (unit: string): boolean =>
  isFirstName(unit) || [...COMPOUND_HEADS].some((h) => unit.startsWith(h) && unit.length > h.length);

/** A name of one given name (محمد، عبد الله), not a family name with the article (الجبير، العبدالله). */
function loneGivenName(name: string, key: string): boolean {
  return units(key).length === 1 && isGivenName(unitKey(key)) && !/^ال/.test(foldText(name).trim());
}

/**
 * The single names a person with these full names (canonical keys) is not told apart by when written alone: the
 * first name (محمد of محمد بن سلمان), a father's name (سلمان after بن) and the family's after آل (سعود of آل سعود).
 * A lone surname (الكاظمي of مصطفى الكاظمي) is not among them.
 */
function notByItself(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const surnames = new Set<string>();
  for (const k of keys) {
    const u = units(k);
    if (u.length < 2) continue;
    out.add(u[0] as string);
    // آل after a chain of fathers' names is a dynasty's (سلمان بن عبدالعزيز آل سعود); طارق آل زاهر is زاهر.
    const chain = u.some((w) => PATRONYMS.has(w));
    const notAlone = (i: number) => PATRONYMS.has(u[i - 1] as string) || (chain && u[i - 1] === "ال");
    for (let i = 1; i < u.length; i++) if (notAlone(i)) out.add(u[i] as string);
    if (!notAlone(u.length - 1)) surnames.add(u.at(-1) as string);
  }
  for (const n of surnames) out.delete(n);
  return out;
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

/** The words of a person's roles (canonical keys) long enough to tell a role (الأمير، مدير، جامعة), not في or من. */
function roleWords(roles: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const w of canonicalKey(r).split(" ")) if (w.length >= 3) out.add(w);
  return out;
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
