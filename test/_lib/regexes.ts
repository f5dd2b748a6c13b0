/**
 * Every regular expression written in src/: regex literals and `RegExp(…)` / `new RegExp(…)` calls,
 * found in the syntax tree (so strings, comments and template text never count). A `RegExp` call
 * whose pattern is not a literal string is listed apart: it cannot be checked from the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

export interface FoundRegex {
  /** `src/identifiers/date.ts:42` */
  where: string;
  source: string;
  flags: string;
}

export interface RegexScan {
  regexes: FoundRegex[];
  /** `RegExp` calls whose pattern is computed at run time. */
  dynamic: string[];
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) yield path;
  }
}

const literalText = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/** Scans every non-test `.ts` file under `dir` (default src/). */
export function scanRegexes(dir = SRC): RegexScan {
  const regexes: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const path of sourceFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `src/${relative(dir, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(file);
        const end = literal.lastIndexOf('/');
        regexes.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalText(pattern);
        if (source === undefined) dynamic.push(`${where(node)}: ${node.getText(file).slice(0, 120)}`);
        else regexes.push({ where: where(node), source, flags: literalText(flags) ?? '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { regexes, dynamic };
}
