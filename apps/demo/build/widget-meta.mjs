// Reads what the built @allot/widgets offers (tags, classes, events, theme tokens) from its dist folder, so the
// demo follows the widgets as they land without a list kept by hand. Used by vite.config.ts (a virtual module).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of the installed @allot/widgets package. */
export function widgetsDir() {
  return dirname(require.resolve('@allot/widgets/package.json'));
}

function files(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

/** The JSDoc block right before `export class`. */
function classDoc(source) {
  const at = source.search(/^export class /m);
  if (at === -1) return '';
  const end = source.lastIndexOf('*/', at);
  const start = source.lastIndexOf('/**', end);
  return start === -1 ? '' : source.slice(start, end);
}

function tagsOf(doc, tag) {
  const out = [];
  const pattern = new RegExp(`@${tag}\\s+(?:\\{[^}]*\\}\\s+)?([\\w-]+)(?:\\s+-\\s+([^\\n]*))?`, 'g');
  for (const match of doc.matchAll(pattern))
    out.push({ name: match[1], description: (match[2] ?? '').trim() });
  return out;
}

/**
 * @typedef {{ tag: string, className: string, exported: boolean, summary: string,
 *   events: { name: string, description: string }[], cssProperties: { name: string, description: string }[] }} WidgetMeta
 * @typedef {{ name: string, light: string, dark: string | undefined }} SysToken
 * @returns {{ widgets: WidgetMeta[], events: string[], sysTokens: SysToken[] }}
 */
export function readWidgetMeta(dir = widgetsDir()) {
  const dist = join(dir, 'dist');
  const classes = existsSync(join(dist, 'classes.d.ts'))
    ? readFileSync(join(dist, 'classes.d.ts'), 'utf8')
    : '';
  const widgets = files(dist, '.component.js')
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      const tag = /baseName\s*=\s*'([a-z-]+)'/.exec(source)?.[1];
      const className = /^export class (\w+)/m.exec(source)?.[1];
      if (!tag || !className) return undefined;
      const doc = classDoc(source);
      return {
        tag,
        className,
        exported: new RegExp(`\\b${className}\\b`).test(classes),
        summary: /@summary\s+([^\n]*)/.exec(doc)?.[1]?.trim() ?? '',
        events: tagsOf(doc, 'event'),
        cssProperties: tagsOf(doc, 'cssproperty').filter((p) => !p.name.startsWith('--allot-sys-')),
      };
    })
    .filter((widget) => widget !== undefined)
    .sort((a, b) => a.tag.localeCompare(b.tag));

  const events = new Set(widgets.flatMap((widget) => widget.events.map((event) => event.name)));
  for (const file of files(join(dist, 'events'), '.d.ts')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'(allot-[a-z-]+)'\s*:/g)) events.add(match[1]);
  }

  const sysTokens = [];
  const tokensFile = join(dist, 'theme', 'tokens.js');
  if (existsSync(tokensFile)) {
    const source = readFileSync(tokensFile, 'utf8');
    const block = (name) => new RegExp(`const ${name} = css\\s*\`([\\s\\S]*?)\`;`).exec(source)?.[1] ?? '';
    const values = (text) =>
      new Map(
        [...text.matchAll(/var\((--allot-sys-[a-z-]+),\s*([^;]+?)\);/g)].map((m) => [m[1], m[2].trim()]),
      );
    const light = values(block('light'));
    const dark = values(block('dark'));
    // Tokens outside the light/dark blocks (type, spacing, radius) have one value for both schemes.
    const all = values(source);
    for (const [name, value] of all) {
      sysTokens.push({ name, light: light.get(name) ?? value, dark: dark.get(name) });
    }
  }
  return { widgets, events: [...events].sort(), sysTokens };
}
