/**
 * Which category of the API docs each export of the documented entries belongs to (typedoc `@category`),
 * and where it is declared. Categories follow the folder of the declaration.
 */
import { relative } from 'node:path';
import ts from 'typescript';

/** The entries typedoc documents (typedoc.json `entryPoints`). */
export const DOCUMENTED_ENTRIES = ['src/index.ts', 'src/codes/index.ts', 'src/io/index.ts', 'src/sheets.ts', 'src/sample.ts'];

/** Declaration folder (or file) → category, first match wins. */
const CATEGORY_OF: readonly [prefix: string, category: string][] = [
  ['src/identifiers/', 'Identifiers'],
  ['src/codes/', 'Codes'],
  ['src/org/', 'Organisations'],
  ['src/member/', 'Members'],
  ['src/tree/', 'Tree'],
  ['src/dataset/sample/', 'Sample district'],
  ['src/sample.ts', 'Sample district'],
  ['src/dataset/', 'Dataset'],
  ['src/io/', 'Spreadsheets'],
  ['src/sheets.ts', 'Spreadsheets'],
  ['src/_lib/fieldTable.ts', 'Spreadsheets'],
  ['src/text/', 'Text'],
  ['src/dates/', 'Text'],
  ['src/', 'Results and rules'],
];

/** The category a declaration in `file` (relative to the project) belongs to. */
export function categoryOf(file: string): string {
  return CATEGORY_OF.find(([prefix]) => file.startsWith(prefix))![1];
}

export interface ExportedDeclaration {
  entry: string;
  name: string;
  /** Project-relative file of the declaration. */
  file: string;
  node: ts.Node;
  /** The node whose JSDoc documents it (a variable's statement). */
  documented: ts.Node;
  categories: string[];
}

/** Every declaration exported by the documented entries, with the `@category` tags of its JSDoc. */
export function exportedDeclarations(root: string): ExportedDeclaration[] {
  const program = ts.createProgram(DOCUMENTED_ENTRIES.map((e) => `${root}/${e}`), {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true, noEmit: true, skipLibCheck: true, types: [],
  });
  const checker = program.getTypeChecker();
  const out: ExportedDeclaration[] = [];
  for (const entry of DOCUMENTED_ENTRIES) {
    const source = program.getSourceFile(`${root}/${entry}`)!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const node of symbol.declarations ?? []) {
        const file = relative(root, node.getSourceFile().fileName);
        if (!file.startsWith('src/')) continue;
        const documented = ts.isVariableDeclaration(node) ? node.parent.parent : node;
        const categories = ts.getJSDocTags(documented).filter((t) => t.tagName.text === 'category').map((t) => String(t.comment ?? '').trim());
        out.push({ entry, name: exported.name, file, node, documented, categories });
      }
    }
  }
  return out;
}
