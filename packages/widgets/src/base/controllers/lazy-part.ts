import type { CSSResult, ReactiveController, ReactiveElement } from 'lit';
import type { StringModule } from '../../locales/catalogue.js';

/** What a lazily loaded part's module hands over: its styles, its strings and a way to make the part. */
export interface PartModule<T> {
  styles: readonly CSSResult[];
  /** The modules of strings only this part shows (`locales/catalogue.ts`), loaded with it. */
  strings?: readonly StringModule[];
  create(): T;
}

/**
 * A part of a widget that is its own chunk (a dialog's forms, a wizard): imported the first time it is needed,
 * its strings loaded (through `addStrings`, the widget's `LocaleController.add`), its styles adopted into the
 * widget's shadow root, made once. Until then it costs the page nothing, words included.
 */
export class LazyPart<T> implements ReactiveController {
  /** The part, once loaded. */
  value: T | undefined;
  readonly #host: ReactiveElement;
  readonly #load: () => Promise<PartModule<T>>;
  readonly #addStrings: (modules: readonly StringModule[]) => Promise<void>;
  #loading: Promise<T> | undefined;

  constructor(
    host: ReactiveElement,
    load: () => Promise<PartModule<T>>,
    addStrings: (modules: readonly StringModule[]) => Promise<void> = async () => {},
  ) {
    this.#host = host;
    this.#load = load;
    this.#addStrings = addStrings;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The part, loading it first if needed. */
  get(): Promise<T> {
    this.#loading ??= this.#load()
      .then(async (module) => {
        // The part's words come after its code (one more round trip, on first use only): the code names them.
        await this.#addStrings(module.strings ?? []);
        for (const styles of module.styles) adoptStyles(this.#host.renderRoot, styles);
        this.value = module.create();
        this.#host.requestUpdate();
        return this.value;
      })
      .catch((error: unknown) => {
        // A chunk that failed to download (offline a moment) is fetched again on the next use.
        this.#loading = undefined;
        throw error;
      });
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
