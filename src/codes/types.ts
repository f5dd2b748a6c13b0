import type { Result } from '../result.js';
import type { MessageOptions } from '../rules/define.js';

/**
 * How sure the sources are of an entry or a table. An entry marked `low` is accepted by
 * {@link CodeTable.check} with a `code.unverified` warning.
 * @example
 * codeTables.orgCategory.get('612')?.confidence // 'low'
 * @category Codes
 */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * Where a table's data comes from.
 * @example
 * codeTables.workPost.data.sources[0]?.what.startsWith('PRIMARY') // true
 * @category Codes
 */
export interface CodeSource {
  /** A short name: a standard, a template, a repository path. */
  name: string;
  /** What this source contributed. */
  what: string;
}

/**
 * One code of a table, as stored in `codes/*.json`.
 * @example
 * codeTables.ethnicity.get('01')?.roman // 'Han'
 * @category Codes
 */
export interface CodeEntry {
  /** The code as printed: a string of ASCII letters and digits; leading zeros are meaning (`011` ≠ `11`). */
  code: string;
  /** Official name; `''` where the sources give the code but not its name. */
  name: string;
  /** Parent code; absent at the top level (`''` and `null` are read as absent by {@link defineCodeTable}). */
  parent?: string;
  /** Other names people type for it (支部 → 党支部). */
  aliases?: string[];
  /** How sure the sources are of this entry; absent = the table's `confidence`. */
  confidence?: Confidence;
  /** Why the entry is uncertain, or where it comes from. */
  note?: string;
  /**
   * Extra columns some tables carry, described in {@link CodeTableData.columns}: 民族 `roman`/`letter`,
   * 组织类别 `kind`, GB/T 4658 `mapsTo`/`mapsToConfidence`.
   */
  [extra: string]: unknown;
}

/**
 * An extra column of a table's entries (for the generated docs).
 * @example
 * codeTables.ethnicity.data.columns?.map((c) => c.key) // ['roman', 'letter']
 * @category Codes
 */
export interface CodeColumn {
  /** The entry property: `roman`. */
  key: string;
  /** Column heading, Chinese and English: `罗马字母拼写 Romanisation`. */
  title: string;
  /** What the column means. */
  note?: string;
}

/**
 * A table's data file: `codes/<id>.json`. {@link defineCodeTable} takes the same shape.
 * @example
 * codeTables.orgCategory.data.complete // false
 * @category Codes
 */
export interface CodeTableData {
  /** Table id, also its key in `codeTables`: `orgCategory`. */
  id: string;
  /** Chinese title: 中共组织类别代码. */
  title: string;
  /** English title. */
  titleEn?: string;
  /** The form's field name, used in messages: 组织类别 (default: the title without a final 代码). */
  label?: string;
  /** English field name for messages: `organisation category` (default: the id). */
  labelEn?: string;
  /** The standard or document it follows. */
  standard: string;
  /** False when codes are known to be missing: unknown codes then give `code.unverified`. */
  complete: boolean;
  /** The table as a whole; entries may say otherwise. */
  confidence: Confidence;
  /** What the table-level confidence covers (which codes are sure, which are not). */
  confidenceNote?: string;
  /**
   * True when every child's code extends its parent's code (`6` → `63` → `631`); checked by
   * {@link defineCodeTable}. False for tables such as GB/T 4658 (`10` → `11`) or flat ones.
   */
  hierarchicalCodes?: boolean;
  /** Extra entry columns shown in the docs. */
  columns?: CodeColumn[];
  /** Extra columns whose values also resolve through `find` (民族: `roman`, `letter`). */
  aliasColumns?: string[];
  sources: CodeSource[];
  /** What is known to be missing or doubtful. */
  gaps?: string;
  entries: CodeEntry[];
}

/**
 * An entry as a table hands it out: frozen, its codes typed.
 * @example
 * codeTables.orgCategory.get('631')?.parent // '63'
 * @category Codes
 */
export type CodeTableEntry<C extends string = string> = Readonly<CodeEntry> & {
  readonly code: C;
  readonly parent?: C;
};

/**
 * Options of {@link CodeTable.check}.
 * @example
 * codeTables.orgCategory.check('6', { leafOnly: false }).ok // true
 * @category Codes
 */
export interface CheckCodeOptions extends MessageOptions {
  /** Only leaf codes are accepted (forms carry leaves: 631, never 6); default true. */
  leafOnly?: boolean;
  /** Warn (`code.unverified`) when the entry found has confidence `low`; default true. */
  flagLowConfidence?: boolean;
}

/**
 * How {@link CodeTable.check} read the input:
 * - `code` — the code as text (after trimming and folding full-width characters);
 * - `number` — a number or bigint holding the code (`631`);
 * - `padded` — leading zeros added or dropped where only one code fits (`1` → `01` in 民族);
 * - `name` / `alias` — the official name or a known alias instead of the code (党支部 → 631);
 * - `dropdown` — a `code name` cell as the templates export it (`631 党支部`).
 * @example
 * codeTables.orgCategory.check('支部').value?.resolvedBy // 'alias'
 * @category Codes
 */
export type ResolvedBy = 'code' | 'number' | 'padded' | 'name' | 'alias' | 'dropdown';

/**
 * The value of a successful {@link CodeTable.check}. With a `code.unverified` warning for a code
 * the table does not list, `code` is the well-formed code as given and `name` is `''`.
 * @example
 * codeTables.ethnicity.check(1).value // { code: '01', name: '汉族', resolvedBy: 'padded' }
 * @category Codes
 */
export interface CodeCheckValue<C extends string = string> {
  code: C;
  name: string;
  resolvedBy: ResolvedBy;
}

/**
 * A code table with O(1) look-ups. `C` is the literal union of its codes.
 * @example
 * codeTables.orgCategory.ancestors('631') // ['63', '6']
 * @category Codes
 */
export interface CodeTable<C extends string = string> {
  readonly id: string;
  readonly title: string;
  /** The table's data, frozen. */
  readonly data: Readonly<CodeTableData>;
  /** The entry for an exact code; `undefined` for anything else. */
  get(code: string): CodeTableEntry<C> | undefined;
  has(code: string): boolean;
  /** True for a code that exists and has no children. */
  isLeaf(code: string): boolean;
  parent(code: string): C | undefined;
  /** Direct children in table order; `[]` for leaves and unknown codes. */
  children(code: string): C[];
  /** Parent, grandparent … up to the top level (nearest first); `[]` at the top or for unknown codes. */
  ancestors(code: string): C[];
  /**
   * Code for an exact name or a known alias (ignoring spaces, full-width forms and letter case);
   * `undefined` when none, or when the name belongs to several codes.
   */
  find(name: string): C | undefined;
  /** All entries in table order. */
  entries(): CodeTableEntry<C>[];
  /** All leaf codes in table order. */
  leaves(): C[];
  /**
   * Accepts what spreadsheets hold (numbers, full-width digits, spaces, `631 党支部` cells, a name
   * instead of a code) and returns the code, or `code.unknown` / `code.notLeaf` / `code.unverified` /
   * `code.nameMismatch` / `code.ambiguous`. Never throws. Issue paths are `[]`.
   */
  check(input: unknown, options?: CheckCodeOptions): Result<CodeCheckValue<C>>;
}

/**
 * The tables the validators use, by name (the keys of {@link CodeTableOverrides}).
 * @example
 * tableFor('workPost').id // 'workPost'
 * @category Codes
 */
export type CodeTableName =
  | 'orgCategory'
  | 'unitCategory'
  | 'unitPartySetup'
  | 'education'
  | 'workPost'
  | 'ethnicity';

/**
 * Every bundled table: the validators' six plus GB/T 4658 学历.
 * @example
 * tableFor('educationGbt4658').id // 'educationGbt4658'
 * @category Codes
 */
export type BundledCodeTableName = CodeTableName | 'educationGbt4658';

/**
 * Replacement tables (e.g. an official appendix loaded with defineCodeTable), by name.
 * @example
 * tableFor('ethnicity', { ethnicity: codeTables.ethnicity }) === codeTables.ethnicity // true
 * @category Codes
 */
export type CodeTableOverrides = Partial<Record<CodeTableName, CodeTable>>;
