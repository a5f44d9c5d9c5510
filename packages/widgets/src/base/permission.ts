import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The one rule for an action the user's role lacks, in every widget: the control is shown, disabled (still
 * focusable, so a screen reader finds it), described by the reason, and does nothing when pressed. It is never
 * hidden, and never opened to fail inside.
 */
export interface Guarded {
  allowed: boolean;
  /** The id of the element that says why (see {@link renderReason}). */
  reasonId: string;
}

/** The attributes of a guarded control, spread on a `<button>` through {@link guardedButton}. */
export interface ButtonOptions extends Guarded {
  label: string;
  onClick: (event: Event) => unknown;
  className?: string;
  /** An accessible name richer than the label ("Edit: Sales team"). */
  ariaLabel?: string;
  part?: string;
  haspopup?: boolean;
  /** A request of this control is running: disabled too, without a reason (its label says it). */
  busy?: boolean;
}

export function guardedButton(o: ButtonOptions): TemplateResult {
  return html`<button
    type="button"
    part=${o.part ?? 'button'}
    class=${ifDefined(o.className)}
    aria-label=${ifDefined(o.ariaLabel)}
    aria-haspopup=${o.haspopup ? 'dialog' : nothing}
    aria-disabled=${o.allowed && !o.busy ? nothing : 'true'}
    aria-describedby=${o.allowed ? nothing : o.reasonId}
    @click=${(event: Event) => (o.allowed && !o.busy ? o.onClick(event) : undefined)}
  >
    ${o.label}
  </button>`;
}

/** Why some actions are disabled; rendered once, only when one of them is. */
export function renderReason(id: string, text: string, shown: boolean): TemplateResult | typeof nothing {
  return shown ? html`<p class="hint reason" id=${id} part="reason">${text}</p>` : nothing;
}
