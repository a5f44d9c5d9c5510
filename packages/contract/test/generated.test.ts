import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContract } from '../scripts/render.mjs';
import { packageRoot } from './document.js';

describe('generated files', () => {
  it('match the OpenAPI source (run `pnpm --filter @allot/contract generate` after editing openapi/)', async () => {
    const { outputs } = await renderContract(packageRoot);
    expect(Object.keys(outputs)).toHaveLength(4);
    for (const [file, content] of Object.entries(outputs)) {
      expect(readFileSync(join(packageRoot, file), 'utf8') === content, file).toBe(true);
    }
  }, 60_000);
});
