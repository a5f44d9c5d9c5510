/// <reference types="vite/client" />

declare module 'virtual:allot-widgets-meta' {
  /** One widget class of the built @allot/widgets, read from its JSDoc header (build/widget-meta.mjs). */
  export interface WidgetMeta {
    tag: string;
    className: string;
    /** Whether `@allot/widgets/classes` exports the class yet. */
    exported: boolean;
    summary: string;
    events: { name: string; description: string }[];
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
