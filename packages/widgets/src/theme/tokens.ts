import { css } from 'lit';

/*
 * System tokens. A host sets `--allot-sys-*` (on any ancestor: custom properties inherit into shadow DOM) to
 * theme every widget at once; each widget's own `--allot-<widget>-*` tokens fall back to these, and these fall
 * back to the built-in light or dark value. The private `--_*` names are what component styles read.
 */

const light = css`
  --_primary: var(--allot-sys-color-primary, #2f4fb8);
  --_on-primary: var(--allot-sys-color-on-primary, #ffffff);
  --_surface: var(--allot-sys-color-surface, #ffffff);
  --_on-surface: var(--allot-sys-color-on-surface, #1c1f24);
  --_surface-variant: var(--allot-sys-color-surface-variant, #f2f4f8);
  --_on-surface-variant: var(--allot-sys-color-on-surface-variant, #484f5e);
  --_outline: var(--allot-sys-color-outline, #6c7383);
  --_outline-variant: var(--allot-sys-color-outline-variant, #d5d9e2);
  --_error: var(--allot-sys-color-error, #b3261e);
  --_error-container: var(--allot-sys-color-error-container, #fdecea);
  --_on-error-container: var(--allot-sys-color-on-error-container, #7d1a15);
  --_success-container: var(--allot-sys-color-success-container, #e5f3ea);
  --_on-success-container: var(--allot-sys-color-on-success-container, #14522c);
  --_accent-container: var(--allot-sys-color-accent-container, #e6ebfb);
  --_on-accent-container: var(--allot-sys-color-on-accent-container, #203a8c);
  --_focus: var(--allot-sys-color-focus, #2f4fb8);
  --_scrim: var(--allot-sys-color-scrim, rgb(16 20 30 / 0.5));
  color-scheme: light;
`;

const dark = css`
  --_primary: var(--allot-sys-color-primary, #a9bcff);
  --_on-primary: var(--allot-sys-color-on-primary, #0b1842);
  --_surface: var(--allot-sys-color-surface, #17191e);
  --_on-surface: var(--allot-sys-color-on-surface, #e7e9ee);
  --_surface-variant: var(--allot-sys-color-surface-variant, #22252c);
  --_on-surface-variant: var(--allot-sys-color-on-surface-variant, #b9bfcb);
  --_outline: var(--allot-sys-color-outline, #8d94a3);
  --_outline-variant: var(--allot-sys-color-outline-variant, #373b45);
  --_error: var(--allot-sys-color-error, #ffb4ab);
  --_error-container: var(--allot-sys-color-error-container, #43130f);
  --_on-error-container: var(--allot-sys-color-on-error-container, #ffd9d4);
  --_success-container: var(--allot-sys-color-success-container, #10311d);
  --_on-success-container: var(--allot-sys-color-on-success-container, #b4ecc5);
  --_accent-container: var(--allot-sys-color-accent-container, #24305a);
  --_on-accent-container: var(--allot-sys-color-on-accent-container, #dbe2ff);
  --_focus: var(--allot-sys-color-focus, #a9bcff);
  --_scrim: var(--allot-sys-color-scrim, rgb(0 0 0 / 0.6));
  color-scheme: dark;
`;

/** Colour, type, spacing and radius tokens, light by default, dark by preference or by `theme`. */
export const theme = css`
  :host {
    ${light}
    --_font: var(--allot-sys-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--allot-sys-font-size, 0.875rem);
    --_font-size-small: var(--allot-sys-font-size-small, 0.8125rem);
    --_font-size-large: var(--allot-sys-font-size-large, 1.125rem);
    --_font-size-figure: var(--allot-sys-font-size-figure, 1.75rem);
    --_line-height: var(--allot-sys-line-height, 1.45);
    --_space: var(--allot-sys-space, 0.5rem);
    --_radius: var(--allot-sys-radius, 0.5rem);
    --_radius-small: var(--allot-sys-radius-small, 0.25rem);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-theme='light']):not(.allot-theme-light)) {
      ${dark}
    }
  }
  :host([data-theme='dark']),
  :host(.allot-theme-dark) {
    ${dark}
  }
`;
