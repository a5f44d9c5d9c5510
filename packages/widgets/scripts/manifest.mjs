// `@allot/widgets/manifest`: the registered elements of the widgets' Custom Elements Manifest, read one way for
// every tool (the React wrappers, the JSX typings, the demo) instead of each walking custom-elements.json
// itself. Node only. Types: manifest.d.mts.
import { readFileSync } from 'node:fs';

/** This package's manifest (custom-elements.json, beside package.json). */
export const manifestUrl = new URL('../custom-elements.json', import.meta.url);

/** Reads and parses a manifest file: this package's by default. */
export function readManifest(file = manifestUrl) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** One line of documentation text (JSDoc wraps lines). */
const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();
const isPublic = (member) => (member.privacy ?? 'public') === 'public';

/** The quoted names of one key of a static's source text: `read` of `{ read: ['a:b'], act: [] }`. */
const namesOf = (source, key) =>
  [...(new RegExp(`${key}:\\s*\\[([^\\]]*)\\]`).exec(source ?? '')?.[1] ?? '').matchAll(/'([^']+)'/g)].map(
    (match) => match[1],
  );

/** The registered elements of a manifest (a class with a tag name), sorted by tag, with their public API only. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.tagName) continue;
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: mod.path,
        summary: text(declaration.summary),
        description: text(declaration.description),
        permissions: (() => {
          const declared = (declaration.members ?? []).find((m) => m.static && m.name === 'permissions');
          return { read: namesOf(declared?.default, 'read'), act: namesOf(declared?.default, 'act') };
        })(),
        fields: (declaration.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && isPublic(m))
          .map((m) => ({
            name: m.name,
            type: m.type?.text,
            attribute: m.attribute,
            description: text(m.description),
            readonly: m.readonly === true,
            default: m.default,
          })),
        attributes: (declaration.attributes ?? []).map((a) => ({
          name: a.name,
          fieldName: a.fieldName,
          type: a.type?.text,
          description: text(a.description),
        })),
        events: (declaration.events ?? [])
          .filter((e) => e.name)
          .map((e) => ({
            name: e.name,
            // `CustomEvent<MinutesTransferredDetail>` → the detail's type, a name @allot/widgets exports.
            detailType: /^CustomEvent<([A-Za-z_$][\w$]*)>$/.exec(e.type?.text ?? '')?.[1],
            description: text(e.description),
          })),
        cssParts: (declaration.cssParts ?? []).map((p) => ({
          name: p.name,
          description: text(p.description),
        })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({
          name: p.name,
          description: text(p.description),
          default: p.default,
          defaultDark: p.defaultDark,
        })),
        slots: (declaration.slots ?? []).map((s) => ({ name: s.name, description: text(s.description) })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The registered elements of this package's manifest (or of `file`). */
export function readElements(file = manifestUrl) {
  return elementsOf(readManifest(file));
}
