// The Custom Elements Manifest documents each tag's public API and nothing else (the widgets' JSDoc and README
// are that API), and scripts/manifest.mjs reads it for every tool. Runs in Node on the built manifest.
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from '@custom-elements-manifest/analyzer';
import type * as TypeScript from 'typescript';
import { describe, expect, it } from 'vitest';
import { elementsOf, readElements, readManifest, type Manifest } from '../scripts/manifest.mjs';

/** The configuration every widget takes (the provider has no `theme`). */
const CONFIG = ['baseUrl', 'client', 'getToken', 'label', 'locale', 'theme', 'token'];

/** Each tag's public properties and methods, as its JSDoc and the README document them. */
const API: Record<string, { fields: string[]; methods: string[] }> = {
  'allot-provider': { fields: ['baseUrl', 'client', 'getToken', 'locale', 'theme', 'token'], methods: [] },
  'inactive-members-pruner': { fields: [...CONFIG, 'pageSize', 'pollInterval'], methods: [] },
  'license-table': { fields: [...CONFIG, 'pageSize', 'selectedLicenseIds'], methods: [] },
  'member-invite': { fields: [...CONFIG, 'mode', 'pageSize'], methods: [] },
  'minutes-balance': { fields: [...CONFIG, 'pageSize'], methods: [] },
  'share-dialog': { fields: [...CONFIG, 'accountId'], methods: ['close', 'open'] },
};

/** What the analyzer exports at run time (its typings name neither). */
interface Analyzer {
  ts: typeof TypeScript;
  create(options: { modules: TypeScript.SourceFile[]; plugins: Plugin[] }): Manifest;
}
// Loaded once, outside any test's time budget: TypeScript is large, and the browser tests may share the cores.
const { create, ts } = (await import('@custom-elements-manifest/analyzer')) as unknown as Analyzer;
// The config file is plain JS without typings: imported by URL, it is what it says it is. Its manifest plugins
// only: the editor-data ones write files into dist/.
const { manifestPlugins } = (await import(
  String(new URL('../custom-elements-manifest.config.mjs', import.meta.url))
)) as { manifestPlugins: Plugin[] };

const manifest = readManifest();
/** The registered classes, read from the raw manifest (not through manifest.mjs, which filters). */
const tagged = (manifest.modules ?? [])
  .flatMap((mod) => mod.declarations ?? [])
  .filter((declaration) => declaration.kind === 'class' && declaration.tagName);
const publicMembers = (tag: string, kind: string) =>
  (tagged.find((declaration) => declaration.tagName === tag)?.members ?? [])
    .filter((member) => member.kind === kind && !member.static && (member.privacy ?? 'public') === 'public')
    .map((member) => member.name)
    .sort();

describe('custom-elements.json', () => {
  it('registers the six tags', () => {
    expect(tagged.map((declaration) => declaration.tagName).sort()).toEqual(Object.keys(API));
  });

  it.each(Object.keys(API))('lists only the documented properties of <%s> as public', (tag) => {
    expect(publicMembers(tag, 'field')).toEqual([...API[tag]!.fields].sort());
  });

  it.each(Object.keys(API))('lists only the documented methods of <%s> as public', (tag) => {
    expect(publicMembers(tag, 'method')).toEqual(API[tag]!.methods);
  });

  it('keeps the protected helpers protected and the internals private', () => {
    const members = tagged.find((declaration) => declaration.tagName === 'minutes-balance')!.members ?? [];
    const privacy = (name: string) => members.find((member) => member.name === name)?.privacy;
    expect(privacy('emit')).toBe('protected');
    expect(privacy('i18n')).toBe('protected');
    expect(privacy('revision')).toBe('protected');
    expect(privacy('store')).toBe('private');
    expect(privacy('baseName')).toBe('private');
    expect(privacy('[parentStore]')).toBe('private');
  });

  it('has attributes only for public properties', () => {
    for (const declaration of tagged) {
      const fields = new Set(publicMembers(declaration.tagName!, 'field'));
      for (const attribute of declaration.attributes ?? []) expect(fields).toContain(attribute.fieldName);
    }
  });

  it('names the modules the package ships (dist/*.js), never the TypeScript sources', () => {
    const { files } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      files: string[];
    };
    const paths = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const { module, package: pkg } = value as { module?: unknown; package?: unknown };
        if (typeof module === 'string' && pkg === undefined) paths.add(module);
        Object.values(value).forEach(visit);
      }
    };
    for (const mod of manifest.modules ?? []) paths.add(mod.path);
    visit(manifest.modules);
    expect(paths.size).toBeGreaterThan(6);
    for (const path of paths) {
      expect(path).toMatch(/^dist\/[\w/.-]+\.js$/);
      expect(existsSync(new URL(`../${path}`, import.meta.url)), path).toBe(true);
    }
    expect(files).toContain('dist');
  });

  it('lists every system token with its built-in light and dark values', () => {
    const source = readFileSync(new URL('../src/theme/tokens.ts', import.meta.url), 'utf8');
    const names = new Set(source.match(/--allot-sys-[a-z0-9-]+/g));
    for (const element of readElements().filter((e) => e.tag !== 'allot-provider')) {
      const tokens = element.cssProperties.filter((p) => p.name.startsWith('--allot-sys-'));
      expect(new Set(tokens.map((token) => token.name))).toEqual(names);
      expect(tokens.find((token) => token.name === '--allot-sys-color-primary')).toMatchObject({
        default: '#2f4fb8',
        defaultDark: '#a9bcff',
      });
      expect(tokens.find((token) => token.name === '--allot-sys-space')).toMatchObject({
        default: '0.5rem',
        defaultDark: undefined,
      });
    }
  });
});

describe('the manifest plugin', () => {
  /** The manifest the analyzer writes for one source file, with our plugins. */
  function analyze(source: string): Manifest {
    const file = ts.createSourceFile('src/x-card/x-card.component.ts', source, ts.ScriptTarget.ES2022, true);
    return create({ modules: [file], plugins: manifestPlugins });
  }

  it('makes public only the reactive properties, the listed getters and the methods a class adds', () => {
    const manifest = analyze(`
      import { LitElement } from 'lit';
      import { property, state } from 'lit/decorators.js';
      /** @summary A card. */
      export class XCard extends LitElement {
        static readonly baseName = 'x-card';
        static override properties = { pageSize: { type: Number }, busy: { state: true } };
        declare pageSize: number;
        declare busy: boolean;
        @property() accessor label = '';
        @state() accessor open = false;
        get store() { return 1; }
        get selectedLicenseIds() { return []; }
        helper = 1;
        protected tone = 'info';
        override focus() {}
        override connectedCallback() { super.connectedCallback(); }
        refresh() {}
      }`);
    const card = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'XCard');
    const privacy = Object.fromEntries((card?.members ?? []).map((m) => [m.name, m.privacy]));
    expect(card?.tagName).toBe('x-card');
    expect(privacy).toEqual({
      baseName: 'private',
      pageSize: 'public',
      busy: 'private',
      label: 'public',
      open: 'private',
      store: 'private',
      selectedLicenseIds: 'public',
      helper: 'private',
      tone: 'protected',
      refresh: 'public',
    });
  });
});

describe('the manifest plugin, on paths', () => {
  it('names the compiled module of the class and of its registration, not the source file', () => {
    const file = ts.createSourceFile(
      'src/x-card/x-card.component.ts',
      `import { AllotElement } from '../base/allot-element.js';
       export class XCard extends AllotElement { static readonly baseName = 'x-card'; }`,
      ts.ScriptTarget.ES2022,
      true,
    );
    const manifest = create({ modules: [file], plugins: manifestPlugins });
    expect(manifest.modules?.map((mod) => mod.path)).toEqual([
      'dist/x-card/x-card.component.js',
      'dist/x-card/x-card.js',
    ]);
    const card = manifest.modules?.[0]?.declarations?.[0] as { superclass?: { module?: string } };
    expect(card.superclass?.module).toBe('dist/base/allot-element.js');
    expect(JSON.stringify(manifest)).not.toMatch(/src\//);
  });
});

describe('@allot/widgets/manifest', () => {
  const fixture: Manifest = {
    schemaVersion: '1.0.0',
    modules: [
      {
        path: 'src/b-card/b-card.component.ts',
        declarations: [
          {
            kind: 'class',
            name: 'BCard',
            tagName: 'b-card',
            summary: 'A card\n   on two lines.',
            members: [
              {
                kind: 'field',
                name: 'label',
                privacy: 'public',
                type: { text: 'string' },
                attribute: 'label',
              },
              { kind: 'field', name: 'count', readonly: true, description: 'How many.' },
              { kind: 'field', name: 'store', privacy: 'private' },
              { kind: 'field', name: 'tone', privacy: 'protected' },
              { kind: 'field', name: 'baseName', static: true, default: "'b-card'" },
              { kind: 'method', name: 'open' },
            ],
            attributes: [{ name: 'label', fieldName: 'label', type: { text: 'string' } }],
            events: [
              { name: 'b-opened', type: { text: 'CustomEvent<OpenedDetail>' }, description: 'It opened.' },
              { name: 'b-closed', type: { text: 'Event' } },
              { description: 'an event without a name is no event' },
            ],
            cssParts: [{ name: 'card', description: 'The card.' }],
            cssProperties: [{ name: '--b-card-color', default: 'red', defaultDark: 'pink' }],
            slots: [{ name: '', description: 'Content.' }],
          },
        ],
      },
      {
        path: 'src/a-base.ts',
        declarations: [
          { kind: 'class', name: 'ABase' },
          { kind: 'class', name: 'ACard', tagName: 'a-card' },
          { kind: 'function', name: 'define' },
        ],
      },
    ],
  };

  it('returns the registered elements, sorted by tag, with their public API', () => {
    expect(elementsOf(fixture)).toEqual([
      {
        tag: 'a-card',
        className: 'ACard',
        module: 'src/a-base.ts',
        summary: '',
        description: '',
        permissions: { read: [], act: [] },
        fields: [],
        attributes: [],
        events: [],
        cssParts: [],
        cssProperties: [],
        slots: [],
      },
      {
        tag: 'b-card',
        className: 'BCard',
        module: 'src/b-card/b-card.component.ts',
        summary: 'A card on two lines.',
        description: '',
        permissions: { read: [], act: [] },
        fields: [
          {
            name: 'label',
            type: 'string',
            attribute: 'label',
            description: '',
            readonly: false,
            default: undefined,
          },
          {
            name: 'count',
            type: undefined,
            attribute: undefined,
            description: 'How many.',
            readonly: true,
            default: undefined,
          },
        ],
        attributes: [{ name: 'label', fieldName: 'label', type: 'string', description: '' }],
        events: [
          { name: 'b-opened', detailType: 'OpenedDetail', description: 'It opened.' },
          { name: 'b-closed', detailType: undefined, description: '' },
        ],
        cssParts: [{ name: 'card', description: 'The card.' }],
        cssProperties: [{ name: '--b-card-color', description: '', default: 'red', defaultDark: 'pink' }],
        slots: [{ name: '', description: 'Content.' }],
      },
    ]);
  });

  it("reads this package's manifest by default", () => {
    const balance = readElements().find((element) => element.tag === 'minutes-balance');
    expect(balance?.className).toBe('MinutesBalance');
    expect(balance?.fields.find((field) => field.name === 'baseUrl')).toMatchObject({
      type: 'string | undefined',
      attribute: 'base-url',
    });
    expect(balance?.events.find((event) => event.name === 'allot-minutes-transferred')?.detailType).toBe(
      'MinutesTransferredDetail',
    );
    expect(balance?.cssParts.map((part) => part.name)).toContain('balance');
  });
});

describe("what to mint each widget's token with", () => {
  /** The README's table: tag → the permissions it reads with and acts with. */
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf("### What to mint each widget's token with"));
  const table = Object.fromEntries(
    [...section.matchAll(/^\| `<([a-z-]+)>` +\|([^|]*)\|([^|]*)\|$/gm)].map(([, tag, read, act]) => [
      tag,
      {
        read: [...read!.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
        act: [...act!.matchAll(/`([^`]+)`/g)].map((m) => m[1]),
      },
    ]),
  );

  it('is in the manifest for every widget, as the README table says', () => {
    const widgets = readElements().filter((element) => element.tag !== 'allot-provider');
    expect(Object.fromEntries(widgets.map((element) => [element.tag, element.permissions]))).toEqual(table);
    for (const element of widgets) expect(element.permissions.read.length).toBeGreaterThan(0);
  });
});
