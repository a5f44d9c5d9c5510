import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export interface DialogOptions {
  /** While true, Escape does not close the dialog: a request it started is still running. */
  busy?: () => boolean;
  /** Called once the dialog has closed (a button, Escape, or success), before focus goes back. */
  onClosed?: () => void;
  /** The id of the dialog's heading (default `dialog-title`). */
  labelledBy?: string;
  /** Extra classes of the `<dialog>` element. */
  className?: string;
  /** `alertdialog` for a confirmation, with the id of its message. */
  role?: 'alertdialog';
  describedBy?: string;
  /** What gets focus once the dialog is shown (default: the browser's choice, its first control). */
  focus?: string;
  /** Where focus goes when the opener is gone (its row was removed by the dialog's action). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * One modal dialog of a widget: which panel it shows, `showModal()` once that panel is rendered (the browser
 * then moves focus into it and traps it), Escape refused while busy, and focus back on the control that opened
 * it when it closes. The widget renders {@link DialogController.render} once, outside anything hidden.
 */
let count = 0;

export class DialogController<P> implements ReactiveController {
  /** What the dialog shows; undefined while closed. */
  panel: P | undefined;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly #options: DialogOptions;
  // Found by its own mark, not through lit's `ref` directive: that would add an async directive to every page.
  readonly #id = `dialog-${++count}`;
  #opener: HTMLElement | null = null;

  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    options: DialogOptions = {},
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens on `panel`; `opener` (default: the focused element) gets focus back on close. */
  open(panel: P, opener: Element | null = deepActiveElement()): void {
    if (this.panel === undefined) this.#opener = opener instanceof HTMLElement ? opener : null;
    this.panel = panel;
    this.#host.requestUpdate();
  }

  /** Closes; `closed` handlers run from the dialog's own `close` event. */
  close(): void {
    const dialog = this.#element();
    // Closed already (the admin closed it while a request ran): its close steps ran then, not twice.
    if (this.panel === undefined && !dialog?.open) return;
    this.panel = undefined; // before the close event, so no render in between opens it again
    if (dialog?.open) dialog.close();
    else this.#onClose();
  }

  hostUpdated(): void {
    const dialog = this.#element();
    if (this.panel !== undefined && dialog && !dialog.open) {
      dialog.showModal();
      if (this.#options.focus) dialog.querySelector<HTMLElement>(this.#options.focus)?.focus();
    }
  }

  hostDisconnected(): void {
    if (this.panel !== undefined) this.close();
  }

  /** The `<dialog>` element, with `content()` inside while a panel is open. */
  render(content: (panel: P) => unknown): TemplateResult {
    const panel = this.panel;
    return html`<dialog
      data-dialog=${this.#id}
      class=${this.#options.className ?? nothing}
      part=${this.#options.role === 'alertdialog' ? 'confirm' : 'dialog'}
      role=${this.#options.role ?? nothing}
      aria-labelledby=${this.#options.labelledBy ?? 'dialog-title'}
      aria-describedby=${this.#options.describedBy ?? nothing}
      @cancel=${this.#onCancel}
      @close=${this.#onClose}
    >
      ${panel === undefined ? nothing : content(panel)}
    </dialog>`;
  }

  #element(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>(`dialog[data-dialog="${this.#id}"]`);
  }

  #onCancel = (event: Event) => {
    if (this.#options.busy?.()) event.preventDefault();
  };

  #onClose = () => {
    this.panel = undefined;
    this.#options.onClosed?.();
    this.#host.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    else if (this.#options.fallbackFocus)
      void this.#host.updateComplete.then(() => this.#options.fallbackFocus?.()?.focus());
  };
}

/** The focused element, looking through shadow roots (a button inside a widget inside a widget). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
