import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContract } from '../scripts/render.mjs';
import { packageRoot } from './document.js';

describe('generated files', () => {
  it('match the OpenAPI source (run `pnpm --filter @allot/contract generate` after editing openapi/)', async () => {
    const { json, types, table, routes } = await renderContract(packageRoot);
    const files = {
      'generated/openapi.json': json,
      'src/generated/openapi.ts': types,
      'src/generated/operation-table.ts': table,
      'src/generated/routes.ts': routes,
    };
    for (const [file, content] of Object.entries(files)) {
      expect(readFileSync(join(packageRoot, file), 'utf8') === content, file).toBe(true);
    }
  }, 60_000);
});
