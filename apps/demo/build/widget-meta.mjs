// What the built @allot/widgets offers (tags, events, theme tokens), read from its Custom Elements Manifest through
// `@allot/widgets/manifest`, so the demo follows the widgets as they land without a list kept by hand. Used by
// vite.config.ts (a virtual module).
import { fileURLToPath } from 'node:url';
import { manifestUrl, readElements } from '@allot/widgets/manifest';

/** The manifest file the metadata comes from (the dev server reloads when a widgets build rewrites it). */
export const widgetsManifest = fileURLToPath(manifestUrl);

const isSystemToken = (property) => property.name.startsWith('--allot-sys-');

/**
 * @typedef {Pick<import('@allot/widgets/manifest').ManifestElement, 'tag' | 'className' | 'summary' | 'events'>
 *   & { cssProperties: { name: string, description: string }[] }} WidgetMeta
 * @typedef {{ name: string, light: string, dark: string | undefined }} SysToken
 * @returns {{ widgets: WidgetMeta[], events: string[], sysTokens: SysToken[] }}
 */
export function readWidgetMeta() {
  const elements = readElements();
  const widgets = elements.map(({ tag, className, summary, events, cssProperties }) => ({
    tag,
    className,
    summary,
    events,
    // The widget's own tokens; the system tokens, shared by all, are listed once below.
    cssProperties: cssProperties
      .filter((property) => !isSystemToken(property))
      .map(({ name, description }) => ({ name, description })),
  }));
  const events = new Set(elements.flatMap((element) => element.events.map((event) => event.name)));
  const sysTokens = new Map();
  for (const property of elements.flatMap((element) => element.cssProperties).filter(isSystemToken)) {
    if (property.default === undefined || sysTokens.has(property.name)) continue;
    sysTokens.set(property.name, {
      name: property.name,
      light: property.default,
      dark: property.defaultDark,
    });
  }
  return { widgets, events: [...events].sort(), sysTokens: [...sysTokens.values()] };
}
