/**
 * The `@example` of every TSDoc block in src compiles against the SDK's real types, so the documentation
 * cannot drift from the contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

interface Example {
  where: string;
  code: string;
}

const examples: Example[] = sources(join(root, 'src')).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\/\*\*[\s\S]*?\*\//g)].flatMap((block) => {
    const lines = block[0].split('\n').map((line) => line.replace(/^\s*\*( |$)/, ''));
    const start = lines.findIndex((line) => line.startsWith('@example'));
    if (start < 0) return [];
    const end = lines.findIndex((line, i) => i > start && (line.startsWith('@') || line.trim() === '*/'));
    const line = text.slice(0, block.index).split('\n').length;
    const code = lines
      .slice(start + 1, end < 0 ? undefined : end)
      .filter((l) => !l.startsWith('import '))
      .join('\n');
    return [{ where: `${file.slice(root.length + 1)}:${line}`, code }];
  });
});

const preamble = `import { createClient, isApiError, ApiError, type Client } from '../src/index.js';
declare const client: Client;
declare const baseUrl: string;
declare const error: unknown;
declare function render(items: unknown[]): void;
declare function showHint(detail: string): void;
declare function showBalanceHint(detail: string): void;
declare function askToCheckAddress(): void;
declare function download(blob: Blob, name: string): void;
void createClient; void isApiError; void ApiError; void baseUrl;
`;

/** The examples in one program with the SDK, compiled once for both tests. */
const compile = () => {
  const virtual = join(root, 'test', '__examples__.ts');
  const bodies = examples.map((example, i) => `export async function example${i}() {\n${example.code}\n}\n`);
  const source = preamble + bodies.join('');
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  const options = { ...config.options, noUnusedLocals: false, noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name === virtual ? ts.createSourceFile(name, source, version) : getSourceFile(name, version);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === virtual || fileExists(name);
  const program = ts.createProgram([virtual], options, host);
  return { program, source, file: program.getSourceFile(virtual)! };
};

describe('TSDoc examples', () => {
  const { program, source, file } = compile();

  it('documents every method of the client with an example', () => {
    const checker = program.getTypeChecker();
    const client = file.statements
      .filter(ts.isVariableStatement)
      .flatMap((s) => s.declarationList.declarations)
      .find((d) => d.name.getText(file) === 'client')!;
    const undocumented: string[] = [];
    let methods = 0;
    const walk = (type: ts.Type, at: string) => {
      for (const property of type.getProperties()) {
        const name = `${at}.${property.name}`;
        const value = checker.getTypeOfSymbol(property);
        if (value.getCallSignatures().length > 0) {
          methods++;
          if (!property.getJsDocTags(checker).some((tag) => tag.name === 'example')) undocumented.push(name);
        } else walk(value, name);
      }
    };
    walk(checker.getTypeAtLocation(client), 'client');
    expect(undocumented).toEqual([]);
    expect(methods).toBeGreaterThanOrEqual(80);
    // The TypeScript checker is slow on a loaded 2-core machine; the limit only guards against a hang.
  }, 60_000);

  it('compiles every example against the real types', () => {
    const problems = ts.getPreEmitDiagnostics(program, file).map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
      const before = source
        .split('\n')
        .slice(0, line + 1)
        .join('\n');
      const index = (before.match(/export async function example(\d+)/g) ?? []).length - 1;
      return `${examples[index]?.where ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);
});
