import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AllotProvider, MinutesBalance, wrappers } from '../src/index.js';

const require = createRequire(import.meta.url);

interface Manifest {
  modules: {
    declarations?: {
      kind: string;
      tagName?: string;
      members?: { name: string; static?: boolean; default?: string }[];
    }[];
  }[];
}

/** Tags the widgets document, by `@tagname` or by their static `baseName`. */
function documentedTags(): string[] {
  const manifest = JSON.parse(
    readFileSync(require.resolve('@allot/widgets/custom-elements.json'), 'utf8'),
  ) as Manifest;
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.kind === 'class')
    .map(
      (declaration) =>
        declaration.tagName ??
        declaration.members?.find((m) => m.static && m.name === 'baseName')?.default?.replace(/['"`]/g, ''),
    )
    .filter((tag): tag is string => Boolean(tag))
    .sort();
}

describe('@allot/react on the server', () => {
  it('has a wrapper for every tag in the widgets’ Custom Elements Manifest', () => {
    expect(Object.keys(wrappers).sort()).toEqual(documentedTags());
  });

  it('renders the widgets’ tags on the server, without a DOM', () => {
    const html = renderToString(
      <AllotProvider baseUrl="https://api.allot.dev/v1">
        <MinutesBalance />
      </AllotProvider>,
    );
    expect(html).toBe('<allot-provider><minutes-balance></minutes-balance></allot-provider>');
  });
});
