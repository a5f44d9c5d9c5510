// The Custom Elements Manifest (custom-elements.json), shipped with the package and named in its
// `customElements` field: editors, Storybook and framework wrappers read the widgets' API from it.

/**
 * Our classes register through `defineElements()`, which the analyzer cannot follow: this names each class's
 * tag (its static `baseName`) and adds the registration module (`src/<tag>/<tag>.ts`, the per-tag entry
 * `@allot/widgets/<tag>`) with its `custom-element-definition`, as the schema wants for a tag's entry point.
 */
function registrations() {
  return {
    name: 'allot-registrations',
    packageLinkPhase({ customElementsManifest }) {
      const added = [];
      for (const mod of customElementsManifest.modules) {
        const registration = mod.path.replace(/\.component\.ts$/, '.ts');
        if (registration === mod.path) continue;
        for (const declaration of mod.declarations ?? []) {
          const baseName = declaration.members?.find((m) => m.static && m.name === 'baseName');
          const tag = baseName?.default?.replace(/['"`]/g, '');
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          const ref = { name: declaration.name, module: mod.path };
          added.push({
            kind: 'javascript-module',
            path: registration,
            declarations: [],
            exports: [
              { kind: 'js', name: declaration.name, declaration: ref },
              { kind: 'custom-element-definition', name: tag, declaration: ref },
            ],
          });
        }
      }
      customElementsManifest.modules.push(...added);
    },
  };
}

export default {
  globs: ['src/**/*.component.ts', 'src/base/allot-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [registrations()],
};
