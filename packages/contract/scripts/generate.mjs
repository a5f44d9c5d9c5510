// Bundles the split OpenAPI source into one JSON file and generates the TypeScript types from it.
// Both outputs are checked in for review; CI fails when they drift from openapi/ (see test/generated.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderContract } from './render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { json, types } = await renderContract(root);
mkdirSync(join(root, 'generated'), { recursive: true });
mkdirSync(join(root, 'src/generated'), { recursive: true });
writeFileSync(join(root, 'generated/openapi.json'), json);
writeFileSync(join(root, 'src/generated/openapi.ts'), types);
