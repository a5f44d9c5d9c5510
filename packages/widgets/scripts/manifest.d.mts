// Types of manifest.mjs (`@allot/widgets/manifest`).

/** The part of a Custom Elements Manifest (schema 1.0) that {@link elementsOf} reads. */
export interface Manifest {
  schemaVersion?: string;
  modules?: ManifestModule[];
}
export interface ManifestModule {
  path: string;
  declarations?: ManifestDeclaration[];
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  members?: {
    kind: string;
    name: string;
    static?: boolean;
    privacy?: string;
    readonly?: boolean;
    type?: { text: string };
    attribute?: string;
    description?: string;
    default?: string;
  }[];
  attributes?: { name: string; fieldName?: string; type?: { text: string }; description?: string }[];
  events?: { name?: string; type?: { text: string }; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string; defaultDark?: string }[];
  slots?: { name: string; description?: string }[];
}

/** What a widget's token is minted with: the permissions it reads with and acts with. */
export interface ElementPermissions {
  read: string[];
  act: string[];
}

/** A public, non-static property of an element. */
export interface ElementField {
  name: string;
  /** Its TypeScript type, as written in the source (`string | undefined`). */
  type: string | undefined;
  /** The attribute it reflects or reads, if any (`base-url`). */
  attribute: string | undefined;
  description: string;
  /** A getter only (`selectedLicenseIds`): read it, never set it. */
  readonly: boolean;
  default: string | undefined;
}

export interface ElementAttribute {
  name: string;
  /** The property behind it. */
  fieldName: string | undefined;
  type: string | undefined;
  description: string;
}

export interface ElementEvent {
  /** `allot-minutes-transferred`. */
  name: string;
  /** The type of its `detail` (`MinutesTransferredDetail`, exported by `@allot/widgets`), when documented. */
  detailType: string | undefined;
  description: string;
}

export interface ElementCssPart {
  name: string;
  description: string;
}

export interface ElementCssProperty {
  /** `--allot-minutes-balance-figure-color`, or a system token `--allot-sys-*`. */
  name: string;
  description: string;
  /** The built-in value (the light scheme's), when the widgets have one. */
  default: string | undefined;
  /** The dark scheme's built-in value, where it differs. */
  defaultDark: string | undefined;
}

export interface ElementSlot {
  /** `''` for the default slot. */
  name: string;
  description: string;
}

/** A registered element: its tag and its public API, as documented. */
export interface ManifestElement {
  tag: string;
  className: string;
  /** The shipped module of its class (`dist/minutes-balance/minutes-balance.component.js`), from the package root. */
  module: string;
  summary: string;
  description: string;
  /** What to mint the element's token with (empty for `<allot-provider>`). */
  permissions: ElementPermissions;
  fields: ElementField[];
  attributes: ElementAttribute[];
  events: ElementEvent[];
  cssParts: ElementCssPart[];
  cssProperties: ElementCssProperty[];
  slots: ElementSlot[];
}

/** The URL of this package's custom-elements.json. */
export declare const manifestUrl: URL;
/** Reads and parses a manifest file: this package's by default. */
export declare function readManifest(file?: URL | string): Manifest;
/** The registered elements of a manifest (a class with a tag name), sorted by tag, with their public API only. */
export declare function elementsOf(manifest: Manifest): ManifestElement[];
/** The registered elements of this package's manifest (or of `file`). */
export declare function readElements(file?: URL | string): ManifestElement[];
