// The Custom Elements Manifest (custom-elements.json), shipped with the package and named in its
// `customElements` field: editors, Storybook and framework wrappers read the widgets' API from it, and so do our
// own tools, through scripts/manifest.mjs (`@allot/widgets/manifest`).
import { readFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** Each tag's section of the README, linked from the editors' hover cards. */
const readmeOf = (_name, tag) => ({
  name: 'Documentation',
  url: `https://github.com/allot-dev/allot/tree/main/packages/widgets#${tag}`,
});

/**
 * Our classes register through `defineElements()`, which the analyzer cannot follow: this names each class's
 * tag (its static `baseName`) and adds the registration module (`src/<tag>/<tag>.ts`, shipped as
 * `dist/<tag>/<tag>.js`: the per-tag entry `@allot/widgets/<tag>`) with its `custom-element-definition`, as the
 * schema wants for a tag's entry point.
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

/**
 * The manifest lists a widget's public API and nothing else. TypeScript's `public` is wider than that: Lit's
 * lifecycle, the registration statics `define()` reads, the store the widgets share with their own parts. So a
 * member is public here only if it is
 * - a reactive property (`static properties` or `@property`), not an internal `state`, nor `static`; or
 * - a documented read-only accessor named in `readOnly` (the README's "read only" rows); or
 * - a public method the class adds (`open()`), not an override of Lit's or the DOM's; or
 * - a static named in `statics` (`permissions`: what to mint the widget's token with).
 * Everything else the class declares is `private` (or stays `protected`); what it only overrides or inherits from
 * Lit, ReactiveElement or HTMLElement is left out. test/manifest.node.test.ts holds each tag's resulting list,
 * so a leak fails CI.
 */
function publicApi({ readOnly, statics }) {
  /** Per class: reactive properties (name → whether internal state), names marked `override`, the others. */
  const classes = new Map();
  const nameOf = (ts, member) =>
    member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))
      ? member.name.text
      : member.name?.getText();
  const decoratorOf = (ts, member) =>
    (ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [])
      .map((d) => (ts.isCallExpression(d.expression) ? d.expression.expression.getText() : ''))
      .find((name) => name === 'property' || name === 'state');
  /** `{ …, state: true }` in a property declaration. */
  const isState = (ts, options) =>
    options !== undefined &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.some(
      (p) =>
        ts.isPropertyAssignment(p) &&
        p.name.getText() === 'state' &&
        p.initializer.kind === ts.SyntaxKind.TrueKeyword,
    );

  return {
    name: 'allot-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const info = { reactive: new Map(), overrides: new Set(), own: new Set() };
      for (const member of node.members) {
        const name = nameOf(ts, member);
        if (!name) continue;
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (modifiers.some((m) => m.kind === ts.SyntaxKind.OverrideKeyword)) info.overrides.add(name);
        else info.own.add(name);
        const decorator = decoratorOf(ts, member);
        if (decorator && !isStatic) info.reactive.set(name, decorator === 'state');
        if (isStatic && name === 'properties' && ts.isPropertyDeclaration(member)) {
          const object = member.initializer;
          if (!object || !ts.isObjectLiteralExpression(object)) continue;
          for (const property of object.properties) {
            if (!ts.isPropertyAssignment(property)) continue;
            info.reactive.set(property.name.getText(), isState(ts, property.initializer));
          }
        }
      }
      classes.set(node.name.text, info);
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
      const superOf = new Map(declarations.map((d) => [d.name, d.superclass?.name]));
      /** Whether `name` is declared (not as an override) by `className` or one of our classes above it. */
      const declaredByUs = (className, name) => {
        for (let c = className; c; c = superOf.get(c)) if (classes.get(c)?.own.has(name)) return true;
        return false;
      };
      for (const declaration of declarations) {
        if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
        const kept = [];
        for (const member of declaration.members ?? []) {
          if (member.inheritedFrom?.package) continue; // Lit's or the DOM's, analysed from a dependency
          const origin = member.inheritedFrom?.name ?? declaration.name;
          const info = classes.get(origin);
          if (info?.overrides.has(member.name) && !declaredByUs(superOf.get(origin), member.name)) continue;
          const isPublic = (member.privacy ?? 'public') === 'public';
          const api = member.static
            ? statics.includes(member.name)
            : /^[A-Za-z_$][\w$]*$/.test(member.name) &&
              (member.kind === 'method'
                ? true
                : info?.reactive.has(member.name)
                  ? !info.reactive.get(member.name)
                  : member.readonly === true && readOnly.includes(member.name));
          if (isPublic) member.privacy = api ? 'public' : 'private';
          kept.push(member);
        }
        declaration.members = kept;
        const fields = new Map(kept.map((m) => [m.name, m]));
        declaration.attributes = declaration.attributes?.filter(
          (a) => !a.fieldName || fields.get(a.fieldName)?.privacy === 'public',
        );
      }
    },
  };
}

/**
 * Each widget documents one `--allot-sys-*` token and says "and every other": this lists them all, from the theme
 * (src/theme/tokens.ts), each with its built-in value (`default`, the light scheme's) and, where the dark scheme's
 * differs, `defaultDark` (an extra field; the schema allows them). A host's theme editor reads them from here.
 */
function systemTokens({ file }) {
  let ts;
  return {
    name: 'allot-system-tokens',
    initialize(context) {
      ts = context.ts;
    },
    packageLinkPhase({ customElementsManifest }) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const light = new Map();
      const dark = new Map();
      const visit = (node, scheme) => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) scheme = node.name.text;
        if (ts.isTemplateLiteralToken(node)) {
          // `--_primary: var(--allot-sys-color-primary, #2f4fb8);`: the token and its built-in value.
          for (const [, name, value] of node.text.matchAll(/var\((--allot-sys-[a-z0-9-]+),\s*([^;]+?)\);/g)) {
            const values = scheme === 'dark' ? dark : light;
            if (!values.has(name)) values.set(name, value.trim());
          }
        }
        ts.forEachChild(node, (child) => visit(child, scheme));
      };
      visit(source, undefined);
      if (light.size === 0) throw new Error(`${file}: no --allot-sys-* token found`);
      const tokens = [...light].map(([name, value]) => {
        const darkValue = dark.get(name) !== value ? dark.get(name) : undefined;
        return {
          name,
          description: `System token, read by every widget.${darkValue ? ' Its built-in value follows the light or dark scheme.' : ''}`,
          default: value,
          ...(darkValue && { defaultDark: darkValue }),
        };
      });
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const own = declaration.cssProperties ?? [];
          if (!own.some((p) => p.name.startsWith('--allot-sys-'))) continue;
          declaration.cssProperties = [...own.filter((p) => !p.name.startsWith('--allot-sys-')), ...tokens];
        }
      }
    },
  };
}

/**
 * The analyzer reads src/*.ts and names those files (and, for a superclass, the import it resolved:
 * `/src/base/allot-element.js`); the package ships the compiled modules, and the schema wants the path a user
 * imports. This rewrites every module path of this package to its file in dist/ (`dist/base/allot-element.js`);
 * a reference into a dependency (with a `package`) is left alone. Runs last: the plugins above match src/ paths.
 */
function shippedPaths() {
  const shipped = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof value.module === 'string' && value.package === undefined)
        value.module = shipped(value.module);
      Object.values(value).forEach(visit);
    }
  };
  return {
    name: 'allot-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) mod.path = shipped(mod.path);
      visit(customElementsManifest.modules);
    },
  };
}

/** The plugins that shape the manifest itself (what test/manifest.node.test.ts runs on its fixtures). */
export const manifestPlugins = [
  registrations(),
  publicApi({ readOnly: ['selectedLicenseIds'], statics: ['permissions'] }),
  systemTokens({ file: 'src/theme/tokens.ts' }),
  shippedPaths(),
];

/**
 * Editor data from the finished manifest (the public API only): VS Code's `html.customData` and JetBrains'
 * web-types, so `<minutes-balance ` completes its attributes, events and parts in either editor. They write
 * files into dist/, so they run with the package's own analysis only.
 */
const editorPlugins = [
  customElementVsCodePlugin({
    outdir: 'dist',
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    descriptionSrc: 'summary',
    hideMethodDocs: true,
    // Listed in the CSS data file with their descriptions (the hover card would print "default: undefined").
    hideCssPropertiesDocs: true,
    referencesTemplate: (name, tag) => [readmeOf(name, tag)],
  }),
  customElementJetBrainsPlugin({
    outdir: 'dist',
    webTypesFileName: 'web-types.json',
    descriptionSrc: 'summary',
    hideMethodDocs: true,
    hideCssPropertiesDocs: true, // in web-types' own CSS section
    hideLogs: true,
    referencesTemplate: readmeOf,
  }),
];

export default {
  globs: ['src/**/*.component.ts', 'src/base/allot-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // The files in one order (the analyzer's glob keeps none), so the checked-in manifest changes only with the API.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((glob) => ts.createSourceFile(glob, readFileSync(glob, 'utf8'), ts.ScriptTarget.ES2015, true)),
  plugins: [...manifestPlugins, ...editorPlugins],
};
