/**
 * Pure rendering of the code tables: data files (`codes/*.json`) in, generated files out — typed
 * modules in `src/codes/generated/` and readable pages in `docs/codes/`. No file system here, so the
 * staleness test can run it in memory and compare with what is on disk.
 */
import { createCodeTable } from '../../src/codes/createCodeTable.js';
import type { CodeTableData } from '../../src/codes/types.js';
import { readTableData } from '../../src/codes/validateTableData.js';
import { GENERATED_NOTE, renderTableDoc, renderIndexDoc } from './renderDocs.js';

/** The order tables appear in the docs index; other data files follow alphabetically. */
export const TABLE_ORDER = ['orgCategory', 'unitCategory', 'unitPartySetup', 'education', 'workPost', 'ethnicity', 'educationGbt4658'];

/** A data file as read from `codes/`: its file name and its text. */
export interface DataFile {
  file: string;
  text: string;
}

/**
 * Parses and validates every data file and renders all generated files, keyed by their path from
 * the repository root. Throws (this is a build script) when a data file is broken.
 */
export function renderAll(files: DataFile[]): Map<string, string> {
  const tables = files.map(parseDataFile);
  tables.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  const out = new Map<string, string>();
  for (const data of tables) {
    out.set(`src/codes/generated/${data.id}.ts`, renderModule(data));
    out.set(`docs/codes/${data.id}.md`, renderTableDoc(data));
  }
  out.set('docs/codes/README.md', renderIndexDoc(tables));
  return out;
}

function rank(id: string): number {
  const i = TABLE_ORDER.indexOf(id);
  return i < 0 ? TABLE_ORDER.length : i;
}

/** Parses one data file and checks it with the same integrity checks as `defineCodeTable`. */
export function parseDataFile({ file, text }: DataFile): CodeTableData {
  const { data, issues } = readTableData(JSON.parse(text), 'en');
  if (!data) throw new Error(`codes/${file}: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (`${data.id}.json` !== file) throw new Error(`codes/${file}: id "${data.id}" does not match the file name`);
  return data;
}

/** `orgCategory` → `OrgCategory`. */
export function typeName(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

function union(codes: string[]): string {
  return codes.map((code) => `\n  | '${code}'`).join('');
}

/** The typed module of one table: its code unions and its data. */
export function renderModule(data: CodeTableData): string {
  const table = createCodeTable(data);
  const name = typeName(data.id);
  const leaves = table.leaves();
  const example = leaves.find((code) => (table.get(code)?.confidence ?? data.confidence) !== 'low') ?? leaves[0]!;
  return `// ${GENERATED_NOTE.replace('%s', data.id)}
import type { CodeTableData } from '../types.js';

/**
 * Every code of ${data.title} (\`${data.id}\`), groups included.
 * @example
 * const code: ${name}Code = '${example}';
 * @category Codes
 */
export type ${name}Code =${union(data.entries.map((e) => e.code))};

/**
 * The leaf codes of ${data.title}: the ones forms carry.
 * @example
 * const code: ${name}LeafCode = '${example}';
 * @category Codes
 */
export type ${name}LeafCode =${union(leaves)};

/**
 * The data of ${data.title}, as in \`codes/${data.id}.json\`.
 * @internal
 */
export const ${data.id}Data: CodeTableData = ${JSON.stringify(data, null, 2)};
`;
}
