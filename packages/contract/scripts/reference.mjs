// Renders the static API reference (Redoc, one self-contained HTML file) for the demo to link to.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(
  join(root, 'node_modules/.bin/redocly'),
  [
    'build-docs',
    'generated/openapi.json',
    '--output',
    'dist/reference/index.html',
    '--title',
    'Allot billing-admin API',
  ],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
