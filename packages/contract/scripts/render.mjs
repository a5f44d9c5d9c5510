// Renders the contract's generated artefacts in memory, so the generator and the drift test share one path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { renderOperationTable, renderRoutes } from './operation-table.mjs';

const banner = '// Generated from openapi/ by scripts/generate.mjs. Do not edit by hand.\n';

/** @param {string} root the contract package folder */
export async function renderContract(root) {
  const dir = mkdtempSync(join(tmpdir(), 'allot-contract-'));
  try {
    const out = join(dir, 'openapi.json');
    execFileSync(
      join(root, 'node_modules/.bin/redocly'),
      ['bundle', 'openapi/openapi.yaml', '--output', out, '--ext', 'json'],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const document = JSON.parse(readFileSync(out, 'utf8'));
    const json = `${JSON.stringify(document, null, 2)}\n`;
    // Fields with a default stay optional: a caller may leave out `notify`, `dryRun` or `ttlSeconds`.
    const ast = await openapiTS(structuredClone(document), { exportType: true, defaultNonNullable: false });
    // Each generated file (path in the package → content), written by generate.mjs and compared by the drift test.
    const outputs = {
      'generated/openapi.json': json,
      'src/generated/openapi.ts': banner + astToString(ast),
      'src/generated/operation-table.ts': renderOperationTable(document),
      'src/generated/routes.ts': renderRoutes(document),
    };
    return { outputs, document };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
