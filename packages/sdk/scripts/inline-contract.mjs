#!/usr/bin/env node
// After tsc: puts what the SDK uses of @allot/contract inside its own dist/, so installing @allot/sdk pulls ky
// and nothing else. The contract's routes (method, path and flags of each operation, under 1 kB gzipped) are the
// only runtime part; its types (the generated `operations`, `components`, the operation table's type) come along
// as .d.ts files. Imports of `@allot/contract`, `/operations` and `/routes` in dist/ point to these copies.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const contractDist = dirname(createRequire(join(root, 'package.json')).resolve('@allot/contract'));
const target = join(dist, 'contract');

const files = [
  'index.d.ts',
  'generated/openapi.d.ts',
  'generated/operation-table.d.ts',
  'generated/routes.d.ts',
  'generated/routes.js',
];
for (const file of files) cpSync(join(contractDist, file), join(target, file));
// Their source maps point into the contract's src/, which is not shipped with the SDK.
for (const file of files) {
  const path = join(target, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
}

const specifiers = {
  '@allot/contract': join(target, 'index.js'),
  '@allot/contract/operations': join(target, 'generated/operation-table.js'),
  '@allot/contract/routes': join(target, 'generated/routes.js'),
};

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === target ? [] : walk(path);
    return /\.(d\.ts|js)$/.test(entry.name) ? [path] : [];
  });

let rewritten = 0;
for (const file of walk(dist)) {
  const source = readFileSync(file, 'utf8');
  const output = source.replace(
    /(from\s+|import\()(['"])(@allot\/contract(?:\/operations|\/routes)?)\2/g,
    (all, lead, quote, name) => {
      const to = relative(dirname(file), specifiers[name]).split(sep).join('/');
      return `${lead}${quote}${to.startsWith('.') ? to : `./${to}`}${quote}`;
    },
  );
  if (output !== source) {
    writeFileSync(file, output);
    rewritten += 1;
  }
}
const left = walk(dist).filter((file) => /['"]@allot\/contract/.test(readFileSync(file, 'utf8')));
if (left.length > 0) {
  console.error(`Imports of @allot/contract left in: ${left.map((f) => relative(root, f)).join(', ')}`);
  process.exit(1);
}
console.log(`@allot/contract inlined into dist/contract/ (${rewritten} files rewritten)`);
