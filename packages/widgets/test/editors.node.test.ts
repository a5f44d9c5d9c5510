// The editors' data the package ships (VS Code's html/css custom data, JetBrains' web-types), generated from the
// manifest at build by custom-element-vs-code-integration and custom-element-jet-brains-integration: each tag
// with its public attributes, events and parts, and nothing the manifest keeps private.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readElements } from '../scripts/manifest.mjs';

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as T;
const elements = readElements();
const pkg = read<{ 'web-types': string; exports: Record<string, unknown> }>('package.json');

interface VsCodeTag {
  name: string;
  description: string;
  attributes: { name: string; description?: string }[];
  references?: { name: string; url: string }[];
}
interface WebTypesElement {
  name: string;
  attributes: { name: string }[];
  js: { properties: { name: string }[]; events: { name: string }[] };
}

describe('VS Code custom data (html.customData, css.customData)', () => {
  const html = read<{ tags: VsCodeTag[] }>('dist/vscode.html-custom-data.json');
  const css = read<{ properties: { name: string }[]; pseudoElements: { name: string }[] }>(
    'dist/vscode.css-custom-data.json',
  );

  it('describes every tag with its attributes, its summary and a link to its docs', () => {
    expect(html.tags.map((tag) => tag.name).sort()).toEqual(elements.map((e) => e.tag).sort());
    for (const element of elements) {
      const tag = html.tags.find((t) => t.name === element.tag)!;
      expect(tag.attributes.map((a) => a.name).sort()).toEqual(element.attributes.map((a) => a.name).sort());
      expect(tag.description).toContain(element.summary);
      for (const event of element.events) expect(tag.description).toContain(event.name);
      expect(tag.references?.[0]?.url).toContain(`#${element.tag}`);
    }
    const balance = html.tags.find((t) => t.name === 'minutes-balance')!;
    expect(balance.attributes.find((a) => a.name === 'base-url')?.description).toMatch(/API root/);
    expect(JSON.stringify(html)).not.toContain('default: undefined');
  });

  it('lists the CSS custom properties and parts of every tag for the CSS editor', () => {
    const properties = css.properties.map((p) => p.name);
    for (const element of elements)
      for (const property of element.cssProperties) expect(properties).toContain(property.name);
    expect(css.pseudoElements.map((p) => p.name)).toContain('::part(balance)');
  });
});

describe('JetBrains web-types', () => {
  const webTypes = read<{ name: string; contributions: { html: { elements: WebTypesElement[] } } }>(
    pkg['web-types'],
  );

  it('is named in package.json and lists the public properties and events of every tag, no internals', () => {
    expect(webTypes.name).toBe('@allot/widgets');
    for (const element of elements) {
      const entry = webTypes.contributions.html.elements.find((e) => e.name === element.tag)!;
      expect(entry.js.events.map((e) => e.name).sort()).toEqual(element.events.map((e) => e.name).sort());
      expect(entry.js.properties.map((p) => p.name).sort()).toEqual(element.fields.map((f) => f.name).sort());
    }
    const balance = webTypes.contributions.html.elements.find((e) => e.name === 'minutes-balance')!;
    const properties = balance.js.properties.map((p) => p.name);
    for (const internal of ['store', 'renderRoot', 'requestUpdate', 'i18n'])
      expect(properties).not.toContain(internal);
  });

  it('is exported with the custom data, so a project can point its editor at them', () => {
    for (const file of [
      './web-types.json',
      './vscode.html-custom-data.json',
      './vscode.css-custom-data.json',
    ])
      expect(pkg.exports[file]).toBe(`./dist${file.slice(1)}`);
  });
});
