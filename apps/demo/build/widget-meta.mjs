// What the built @allot/widgets offers (tags, events, theme tokens), read from its Custom Elements Manifest through
// `@allot/widgets/manifest`, so the demo follows the widgets as they land without a list kept by hand. Used by
// vite.config.ts (a virtual module).
import { fileURLToPath } from 'node:url';
import { manifestUrl, readElements } from '@allot/widgets/manifest';

/** The manifest file the metadata comes from (the dev server reloads when a widgets build rewrites it). */
export const widgetsManifest = fileURLToPath(manifestUrl);

const isSystemToken = (property) => property.name.startsWith('--allot-sys-');

/**
 * @typedef {Omit<import('@allot/widgets/manifest').ManifestElement, 'module' | 'cssProperties'>
 *   & { cssProperties: { name: string, description: string }[] }} WidgetMeta
 * @typedef {{ name: string, light: string, dark: string | undefined }} SysToken
 * @returns {{ widgets: WidgetMeta[], events: string[], sysTokens: SysToken[] }}
 */
export function readWidgetMeta() {
  const elements = readElements();
  // Everything the component reference shows (build the page from this, not from a list kept by hand).
  const widgets = elements.map(({ cssProperties, ...element }) => ({
    ...element,
    module: undefined, // the widget's file inside the package: nothing the demo shows
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
