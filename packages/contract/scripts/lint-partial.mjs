// Lints only some domain files while the others are being written:
//   node scripts/lint-partial.mjs minutes shares
// Writes a temporary root beside openapi.yaml holding just those domains' paths, lints it, removes it.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const domains = process.argv.slice(2);
if (domains.length === 0) throw new Error('usage: lint-partial.mjs <domain> [domain…]');
const doc = parse(readFileSync(join(root, 'openapi/openapi.yaml'), 'utf8'));
doc.paths = Object.fromEntries(
  Object.entries(doc.paths).filter(([, item]) =>
    domains.some((d) => item.$ref.startsWith(`paths/${d}.yaml#`)),
  ),
);
const tmp = join(root, `openapi/.lint-${domains.join('-')}.yaml`);
writeFileSync(tmp, stringify(doc));
try {
  execFileSync(join(root, 'node_modules/.bin/redocly'), ['lint', tmp, '--format=stylish'], {
    cwd: root,
    stdio: 'inherit',
  });
} finally {
  rmSync(tmp, { force: true });
}
