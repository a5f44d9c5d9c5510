import type { CSSResult, ReactiveController, ReactiveElement } from 'lit';

/** What a lazily loaded part's module hands over: its styles and a way to make the part. */
export interface PartModule<T> {
  styles: readonly CSSResult[];
  create(): T;
}

/**
 * A part of a widget that is its own chunk (a dialog's forms, a wizard): imported the first time it is needed,
 * its styles adopted into the widget's shadow root, made once. Until then it costs the page nothing.
 */
export class LazyPart<T> implements ReactiveController {
  /** The part, once loaded. */
  value: T | undefined;
  readonly #host: ReactiveElement;
  readonly #load: () => Promise<PartModule<T>>;
  #loading: Promise<T> | undefined;

  constructor(host: ReactiveElement, load: () => Promise<PartModule<T>>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The part, loading it first if needed. */
  get(): Promise<T> {
    this.#loading ??= this.#load().then(
      (module) => {
        for (const styles of module.styles) adoptStyles(this.#host.renderRoot, styles);
        this.value = module.create();
        this.#host.requestUpdate();
        return this.value;
      },
      (error: unknown) => {
        // A chunk that failed to download (offline a moment) is fetched again on the next use.
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}

/** Adds `styles` to a shadow root once (a `<style>` where constructable style sheets are missing). */
export function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (
    ![...root.querySelectorAll('style[data-part-styles]')].some((s) => s.textContent === styles.cssText)
  ) {
    const style = document.createElement('style');
    style.dataset['partStyles'] = '';
    style.textContent = styles.cssText;
    root.append(style);
  }
}
