// Runs in Node, as a browser command of vitest.config.ts: what src/locales/catalogue.test.ts needs to know of the
// widgets' code to find the message keys it can show, parsed by TypeScript rather than guessed with patterns.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** The string literals of one source file, and the prefixes its scoped `t` functions add. */
export interface SourceLiterals {
  /**
   * Each string literal as one part; each template literal (not a tagged one: markup and styles) as its
   * literal parts, the `${…}` between them left out.
   */
  literals: string[][];
  /** `'x'` of `i18n.scoped('x')` and of `KeyOf<'x'>`: literals in the file may be keys under `x.`. */
  scopes: string[];
  /** The files of the widgets' sources it imports statically (values, not types), by path like the keys. */
  imports: string[];
  /** Those it imports with `import()`: parts loaded later (a dialog's chunk). */
  lazy: string[];
}

/** `import type { A }` and `import { type A, type B }`: gone from the JavaScript, so no chunk is loaded. */
function typesOnly(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function literalsOf(dir: string, file: string): SourceLiterals {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const literals: string[][] = [];
  const scopes: string[] = [];
  const imports: string[] = [];
  const lazy: string[] = [];
  const local = (specifier: ts.Expression | undefined): string | undefined =>
    specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')
      ? relative(dir, join(dirname(file), specifier.text)).replace(/\.js$/, '.ts')
      : undefined;
  const visit = (node: ts.Node): void => {
    const statically =
      (ts.isImportDeclaration(node) && !typesOnly(node.importClause)) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly)
        ? local(node.moduleSpecifier)
        : undefined;
    if (statically) imports.push(statically);
    const dynamically =
      ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
        ? local(node.arguments[0])
        : undefined;
    if (dynamically && !dynamically.startsWith('locales/')) lazy.push(dynamically);
    const tagged = node.parent !== undefined && ts.isTaggedTemplateExpression(node.parent);
    if (ts.isStringLiteral(node) || (ts.isNoSubstitutionTemplateLiteral(node) && !tagged))
      literals.push([node.text]);
    else if (ts.isTemplateExpression(node) && !tagged)
      literals.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)]);
    const scoped =
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'scoped' &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
        ? node.arguments[0].text
        : ts.isTypeReferenceNode(node) &&
            node.typeName.getText(source) === 'KeyOf' &&
            node.typeArguments?.[0] &&
            ts.isLiteralTypeNode(node.typeArguments[0]) &&
            ts.isStringLiteral(node.typeArguments[0].literal)
          ? node.typeArguments[0].literal.text
          : undefined;
    if (scoped !== undefined) scopes.push(scoped);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, scopes, imports, lazy };
}

/** Every source file of `dir` (tests and the strings themselves left out), by path relative to it. */
export function sourceLiterals(dir: string): Record<string, SourceLiterals> {
  const files: Record<string, SourceLiterals> = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (relative(dir, path) !== 'locales') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        files[relative(dir, path)] = literalsOf(dir, path);
      }
    }
  };
  walk(dir);
  return files;
}
