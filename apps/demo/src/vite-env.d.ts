/// <reference types="vite/client" />

declare module 'virtual:allot-widgets-meta' {
  import type { ManifestElement } from '@allot/widgets/manifest';
  /** One tag of the built @allot/widgets, from its Custom Elements Manifest (build/widget-meta.mjs). */
  export interface WidgetMeta extends Omit<ManifestElement, 'module' | 'cssProperties'> {
    /** The widget's own CSS custom properties (the system tokens are `sysTokens`). */
    cssProperties: { name: string; description: string }[];
  }
  /** A system token `--allot-sys-*` with its built-in light and dark values. */
  export interface SysToken {
    name: string;
    light: string;
    dark: string | undefined;
  }
  const meta: { widgets: WidgetMeta[]; events: string[]; sysTokens: SysToken[] };
  export default meta;
}
