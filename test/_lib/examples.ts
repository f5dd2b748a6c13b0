/**
 * JSDoc `@example` blocks as tests: extraction, and turning a block into code that checks itself.
 *
 * A line `expr // expected` whose `expected` is a JavaScript literal (string, number, boolean, null,
 * undefined, NaN, arrays and objects of those) checks `expr` deep-equals it. Any other line, and a
 * line whose comment is prose (`// n === 100_000`, `// as checkDataset(sample)`), just runs.
 */
import ts from 'typescript';

export interface Example {
  /** `src/identifiers/idNumber.ts` */
  file: string;
  /** 1-based line of the `@example` tag. */
  line: number;
  /** The code lines, without the comment's leading `*`. */
  code: string[];
}

/** Every `@example` block of a source file, in order. */
export function examplesOf(file: string, text: string): Example[] {
  const out: Example[] = [];
  const docs = text.matchAll(/\/\*\*[\s\S]*?\*\//g);
  for (const doc of docs) {
    const startLine = text.slice(0, doc.index).split('\n').length;
    const lines = doc[0].split('\n');
    let current: Example | undefined;
    lines.forEach((raw, i) => {
      const line = raw.replace(/^\s*\/\*\*\s?/, '').replace(/\s*\*\/\s*$/, '').replace(/^\s*\* ?/, '');
      const tag = /^@(\w+)/.exec(line.trim());
      if (tag) {
        if (current) out.push(current);
        current = tag[1] === 'example' ? { file, line: startLine + i, code: [] } : undefined;
        // `@example` followed by code on the same line (rare) counts too.
        const rest = line.trim().slice(tag[0].length).trim();
        if (current && rest) current.code.push(rest);
      } else if (current && line.trim() !== '' && !/^```/.test(line.trim())) current.code.push(line);
    });
    if (current) out.push(current);
  }
  return out;
}

/** True when `text` is a literal value (no calls, no names but undefined/NaN/Infinity). */
export function isLiteral(text: string): boolean {
  const file = ts.createSourceFile('x.ts', `(${text});`, ts.ScriptTarget.Latest, false);
  if (file.statements.length !== 1 || (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return false;
  const statement = file.statements[0]!;
  if (!ts.isExpressionStatement(statement)) return false;
  const literal = (node: ts.Node): boolean => {
    if (ts.isParenthesizedExpression(node)) return literal(node.expression);
    if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isBigIntLiteral(node)) return true;
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
    if (ts.isIdentifier(node)) return ['undefined', 'NaN', 'Infinity'].includes(node.text);
    if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && literal(node.operand);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(literal);
    if (ts.isObjectLiteralExpression(node)) {
      return node.properties.every((p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && literal(p.initializer));
    }
    return false;
  };
  return literal(statement.expression);
}

/** True when `text` is one expression (so it can be wrapped in a check). */
function isExpression(text: string): boolean {
  const file = ts.createSourceFile('x.ts', `(${text}\n);`, ts.ScriptTarget.Latest, false);
  return file.statements.length === 1 && (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length === 0;
}

/** Names a top-level statement declares (const/let/var, function, class). */
function namesOf(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) return [statement.name.text];
  return [];
}

function declaredNames(code: string): Set<string> {
  const file = ts.createSourceFile('e.ts', code, ts.ScriptTarget.Latest, true);
  return new Set(file.statements.flatMap(namesOf));
}

export interface CompiledExample {
  /** JavaScript for an async function body; it calls `__check(actual, expected, line)` per checked line. */
  body: string;
  /** Lines compared with a literal. */
  checks: number;
}

/**
 * The example as JavaScript: checked lines call `__check`, the rest run as written. TypeScript in
 * examples (`as never`, `!`) is transpiled away.
 * @param before - code of earlier examples in the same file (their declarations are in scope, as a reader assumes)
 */
export function compileExample(example: Example, before: readonly Example[] = []): CompiledExample {
  let checks = 0;
  const lines = example.code.map((line) => {
    const at = line.lastIndexOf(' // ');
    if (at < 0) return line;
    const expr = line.slice(0, at).trim();
    const expected = line.slice(at + 4).trim();
    if (!isLiteral(expected) || !isExpression(expr)) return line;
    checks++;
    return `__check(await (${expr}), (${expected}), ${JSON.stringify(line.trim())});`;
  });
  // Declarations of earlier examples in the file come first (a reader assumes them), unless this
  // example declares the same name itself.
  const own = declaredNames(example.code.join('\n'));
  const prelude: string[] = [];
  for (const e of before) {
    const file = ts.createSourceFile('e.ts', e.code.join('\n'), ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      const names = namesOf(statement);
      if (names.length > 0 && names.every((n) => !own.has(n))) {
        prelude.push(statement.getText(file));
        for (const n of names) own.add(n);
      }
    }
  }
  const source = [...prelude, ...lines].join('\n');
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { body: js, checks };
}
