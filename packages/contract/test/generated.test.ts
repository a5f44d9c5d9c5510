import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContract } from '../scripts/render.mjs';
import { packageRoot } from './document.js';

describe('generated files', () => {
  it('match the OpenAPI source (run `pnpm --filter @allot/contract generate` after editing openapi/)', async () => {
    const { json, types, table, routes } = await renderContract(packageRoot);
    expect(
      readFileSync(join(packageRoot, 'generated/openapi.json'), 'utf8') === json,
      'generated/openapi.json',
    ).toBe(true);
    expect(
      readFileSync(join(packageRoot, 'src/generated/openapi.ts'), 'utf8') === types,
      'src/generated/openapi.ts',
    ).toBe(true);
    expect(
      readFileSync(join(packageRoot, 'src/generated/operation-table.ts'), 'utf8') === table,
      'src/generated/operation-table.ts',
    ).toBe(true);
    expect(
      readFileSync(join(packageRoot, 'src/generated/routes.ts'), 'utf8') === routes,
      'src/generated/routes.ts',
    ).toBe(true);
  }, 60_000);
});
