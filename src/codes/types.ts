import type { Result } from '../result.js';
import type { MessageOptions } from '../rules/define.js';

/** How sure the sources are of an entry or a table. */
export type Confidence = 'high' | 'medium' | 'low';

/** Where a table's data comes from. */
export interface CodeSource {
  /** A short name: a standard, a template, a repository path. */
  name: string;
  /** What this source contributed. */
  what: string;
}

/** One code of a table, as stored in `codes/*.json`. */
export interface CodeEntry {
  code: string;
  /** Official name; `''` where the sources give the code but not its name. */
  name: string;
  /** Parent code; absent at the top level. */
  parent?: string;
  /** Other names people type for it (支部 → 党支部). */
  aliases?: string[];
  confidence?: Confidence;
  /** Why the entry is uncertain, or where it comes from. */
  note?: string;
  /** Extra columns some tables carry (民族: `roman`, `letter`). */
  [extra: string]: unknown;
}

/** A table's data file: `codes/<id>.json`. {@link defineCodeTable} takes the same shape. */
export interface CodeTableData {
  /** Table id, also its key in `codeTables`: `orgCategory`. */
  id: string;
  /** Chinese title: 中共组织类别代码. */
  title: string;
  /** The standard or document it follows. */
  standard: string;
  /** False when codes are known to be missing: unknown codes then give `code.unverified`. */
  complete: boolean;
  confidence: string;
  sources: CodeSource[];
  /** What is known to be missing or doubtful. */
  gaps?: string;
  entries: CodeEntry[];
}

/** Options of {@link CodeTable.check}. */
export interface CheckCodeOptions extends MessageOptions {
  /** Only leaf codes are accepted (forms carry leaves: 631, never 6); default true. */
  leafOnly?: boolean;
}

/** A code table with O(1) look-ups. `C` is the literal union of its codes. */
export interface CodeTable<C extends string = string> {
  readonly id: string;
  readonly title: string;
  readonly data: CodeTableData;
  get(code: string): { code: C; name: string; parent?: C } | undefined;
  has(code: string): boolean;
  isLeaf(code: string): boolean;
  parent(code: string): C | undefined;
  children(code: string): C[];
  ancestors(code: string): C[];
  /** Code for an exact name or a known alias; `undefined` when none. */
  find(name: string): C | undefined;
  entries(): CodeEntry[];
  leaves(): C[];
  /**
   * Accepts what spreadsheets hold (numbers, full-width digits, spaces, `631 党支部` cells, a name
   * instead of a code) and returns the code, or `code.unknown` / `code.notLeaf` / `code.unverified`.
   */
  check(input: unknown, options?: CheckCodeOptions): Result<{ code: C; name: string }>;
}

/** The bundled tables by name. */
export type CodeTableName =
  | 'orgCategory'
  | 'unitCategory'
  | 'unitPartySetup'
  | 'education'
  | 'workPost'
  | 'ethnicity';

/** Replacement tables (e.g. an official appendix loaded with defineCodeTable), by name. */
export type CodeTableOverrides = Partial<Record<CodeTableName, CodeTable>>;
