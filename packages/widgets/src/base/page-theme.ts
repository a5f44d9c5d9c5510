import type { ReactiveElement } from 'lit';
import type { Theme } from './allot-element.js';

const widgets = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/**
 * The theme the host page asks for with a class on `<html>` (`allot-theme-dark` / `allot-theme-light`), the way
 * a portal switches its own dark mode. Shadow roots cannot see the page's classes, so each widget takes it from
 * here, and re-renders when the page changes it.
 */
export function pageTheme(): Theme | undefined {
  const classes = document.documentElement.classList;
  return classes.contains('allot-theme-dark')
    ? 'dark'
    : classes.contains('allot-theme-light')
      ? 'light'
      : undefined;
}

/** Keeps `widget` rendering the page's theme while it is connected; the returned function stops it. */
export function followPageTheme(widget: ReactiveElement): () => void {
  widgets.add(widget);
  observer ??= new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
  if (widgets.size === 1)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => {
    widgets.delete(widget);
    if (widgets.size === 0) observer?.disconnect();
  };
}
