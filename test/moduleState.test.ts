// Issue 17: no module-level mutable state. A module's top level holds no `let` or `var`, and every
// collection it builds there (an array, a Map, a Set, a WeakMap…) is typed read-only, so nothing can
// keep a check's data between calls: state lives in objects a check creates and drops.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__fixtures__' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const READ_ONLY = new Set(['ReadonlyArray', 'ReadonlyMap', 'ReadonlySet']);

/** Why a top-level declaration is mutable state, or `undefined` when it is not. */
function mutability(declaration: ts.VariableDeclaration, isConst: boolean, checker: ts.TypeChecker): string | undefined {
  if (!isConst) return 'a top-level let or var';
  const init = declaration.initializer;
  if (init === undefined) return undefined;
  const collection = ts.isArrayLiteralExpression(init) || (ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet|Array)$/.test(init.expression.getText()));
  if (!collection) return undefined;
  const type = checker.getTypeAtLocation(declaration.name);
  if (checker.isTupleType(type) && (type as ts.TypeReference).target && ((type as ts.TypeReference).target as ts.TupleType).readonly) return undefined;
  const name = type.getSymbol()?.getName() ?? '';
  return READ_ONLY.has(name) ? undefined : `a collection typed ${checker.typeToString(type)}`;
}

describe('module-level state', { timeout: 300_000 }, () => {
  const files = sourceFiles(join(ROOT, 'src'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true, noEmit: true, skipLibCheck: true, strict: true, types: [],
  });
  const checker = program.getTypeChecker();

  it('reads every source module', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('there is none: no top-level let or var, every top-level collection read-only', () => {
    const found: string[] = [];
    for (const file of files) {
      const source = program.getSourceFile(file)!;
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
        for (const declaration of statement.declarationList.declarations) {
          const why = mutability(declaration, isConst, checker);
          if (why !== undefined) {
            const line = source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
            found.push(`${relative(ROOT, file)}:${line} ${declaration.name.getText()}: ${why}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice a top-level let, a mutable Map and a mutable array, and pass their read-only twins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'module-state-'));
    const file = join(dir, 'x.ts');
    writeFileSync(file, 'let n = 0;\nconst m = new Map<string, number>();\nconst a = [1, 2];\nconst r: ReadonlyMap<string, number> = new Map();\nconst w: readonly number[] = [1];\n');
    const tiny = ts.createProgram([file], { target: ts.ScriptTarget.ES2022, noEmit: true, strict: true, types: [] });
    const tinyChecker = tiny.getTypeChecker();
    const verdicts = tiny.getSourceFile(file)!.statements.map((statement) => {
      const list = (statement as ts.VariableStatement).declarationList;
      return mutability(list.declarations[0]!, (list.flags & ts.NodeFlags.Const) !== 0, tinyChecker);
    });
    rmSync(dir, { recursive: true, force: true });
    expect(verdicts).toEqual(['a top-level let or var', 'a collection typed Map<string, number>', 'a collection typed number[]', undefined, undefined]);
  });
});
