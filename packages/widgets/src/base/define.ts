import { VERSION } from '../version.js';

/** Where and under which names to register the widgets. */
export interface DefineOptions {
  /** Put before every tag name: `{ prefix: 'acme-' }` registers `<acme-minutes-balance>`. Default: none. */
  prefix?: string;
  /** The registry to define into, e.g. a scoped `new CustomElementRegistry()`. Default: the global one. */
  registry?: CustomElementRegistry;
}

/** What a widget class must offer to be registered: its base tag name and where its sub-elements are. */
export interface Registrable extends CustomElementConstructor {
  /** The tag name without prefix, e.g. `minutes-balance`. */
  readonly baseName: string;
  /** The widgets' version, to report a clash between two bundles. */
  readonly version: string;
  /** Base name → registered tag name of every widget defined together with this one. */
  tags: Record<string, string>;
  /** The registry this class was defined into (sub-elements are created from it). */
  registry: CustomElementRegistry | undefined;
}

const WARNED = Symbol.for('@allot/widgets:version-clash-warned');

function warnOnce(name: string, other: string) {
  const global = globalThis as { [WARNED]?: boolean };
  if (global[WARNED]) return;
  global[WARNED] = true;
  console.warn(
    `@allot/widgets ${VERSION}: <${name}> is already defined by version ${other}; that one is kept. ` +
      'Load one copy of @allot/widgets per page.',
  );
}

/**
 * Registers widget classes. A name already taken is left alone (two bundles of the widgets on one page neither
 * throw nor break it); if the other definition is another version, that is reported once in the console.
 * With a prefix or another registry, each class is registered as a fresh subclass so one class can live under
 * several names, and each knows the names of its sub-elements.
 */
export function defineElements(
  classes: readonly Registrable[],
  { prefix = '', registry = customElements }: DefineOptions = {},
): Record<string, CustomElementConstructor> {
  const tags = Object.fromEntries(classes.map((c) => [c.baseName, prefix + c.baseName]));
  const defined: Record<string, CustomElementConstructor> = {};
  for (const Base of classes) {
    const name = prefix + Base.baseName;
    const existing = registry.get(name) as Partial<Registrable> | undefined;
    if (existing) {
      if (existing.version !== VERSION) warnOnce(name, existing.version ?? 'unknown');
      defined[name] = existing as CustomElementConstructor;
      continue;
    }
    const own = prefix === '' && registry === customElements && !customElements.getName(Base);
    const Element: Registrable = own ? Base : class extends Base {};
    Element.tags = tags;
    Element.registry = registry;
    registry.define(name, Element);
    defined[name] = Element;
  }
  return defined;
}
