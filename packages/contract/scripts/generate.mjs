// Bundles the split OpenAPI source into one JSON file and generates the TypeScript types and the operation
// table from it.
// Both outputs are checked in for review. Under CI=true it only checks them: drift from openapi/ fails the build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderContract } from './render.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { outputs } = await renderContract(root);

if (process.env.CI) {
  const stale = Object.entries(outputs).filter(
    ([file, content]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== content,
  );
  if (stale.length > 0) {
    console.error(
      `Generated files drifted from openapi/: ${stale.map(([f]) => f).join(', ')}.\n` +
        'Run `pnpm --filter @allot/contract generate` and commit the result.',
    );
    process.exit(1);
  }
} else {
  for (const [file, content] of Object.entries(outputs)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
}
