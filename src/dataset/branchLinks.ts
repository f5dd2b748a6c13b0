/**
 * How members find their branch: by the org's full name, normalised the same way on both sides
 * (`normalizeOrgName`), the first org of a name winning when names repeat (`tree.name.duplicate`
 * reports those). A loose key (no 中共 prefix, 党支部 ≡ 支部委员会 …) only serves "did you mean".
 * @module
 */

/** The name endings written both ways: short form → the full form on seals. */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['党总支部', '总支部委员会'],
  ['党总支', '总支部委员会'],
  ['党支部', '支部委员会'],
  ['党委', '委员会'],
];

/**
 * The loose form of an org name, for suggestions only: without the 中共 / 中国共产党 prefix and with
 * the ending in its full form.
 * @example
 * looseOrgKey('湾底村党支部') // '湾底村支部委员会'
 * looseOrgKey('中共湾底村支部委员会') // '湾底村支部委员会'
 */
export function looseOrgKey(name: string): string {
  if (typeof name !== 'string') return '';
  let key = name.startsWith('中国共产党') ? name.slice(5) : name.startsWith('中共') ? name.slice(2) : name;
  for (const [short, full] of ENDINGS) {
    if (key.endsWith(short)) {
      key = key.slice(0, key.length - short.length) + full;
      break;
    }
  }
  if (key.endsWith('支部') && !key.endsWith('总支部')) key += '委员会';
  return key;
}

/**
 * Org names → index, and the loose index built on the first miss.
 * @example
 * new BranchLinks().find('中共甲支部委员会') // -1
 */
export class BranchLinks {
  private readonly byName = new Map<string, number>();
  private loose: Map<string, string> | undefined;
  /** Members of a branch mostly come one after another: the last name found is at hand. */
  private lastName: string | undefined;
  private lastIndex = -1;

  /** Registers an org's (normalised) name; the first org of a name keeps it. */
  add(name: string | undefined, index: number): void {
    if (name !== undefined && !this.byName.has(name)) this.byName.set(name, index);
  }

  /** Index of the org with this normalised name, or -1. */
  find(name: string): number {
    if (name === this.lastName) return this.lastIndex;
    const index = this.byName.get(name) ?? -1;
    this.lastName = name;
    this.lastIndex = index;
    return index;
  }

  /** The org name a mistyped branch name probably meant, if any. */
  suggest(name: string): string | undefined {
    if (this.loose === undefined) {
      this.loose = new Map();
      for (const known of this.byName.keys()) {
        const key = looseOrgKey(known);
        if (!this.loose.has(key)) this.loose.set(key, known);
      }
    }
    const hit = this.loose.get(looseOrgKey(name));
    return hit !== name ? hit : undefined;
  }
}
