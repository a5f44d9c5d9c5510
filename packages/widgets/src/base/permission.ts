import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Data } from '@allot/sdk';

/** Who the token acts as: the user, the portal, the token's permissions and the role's. */
export type Me = Data<'getMe'>;
export type Permission = Me['permissions'][number];

/**
 * The permissions a widget reads with and acts with. A token minted with all of them (and a role that has
 * them) shows everything; without an `act` one the action is disabled, without a `read` one the widget says so.
 */
export interface WidgetPermissions {
  readonly read: readonly Permission[];
  readonly act: readonly Permission[];
}

/** The first of `needed` that the user's role has but the token was minted without. */
export function tokenLacks(me: Me | undefined, needed: readonly Permission[]): Permission | undefined {
  // An API from before `rolePermissions` cannot tell: the role's words then stay.
  return me && needed.find((p) => !me.permissions.includes(p) && (me.rolePermissions?.includes(p) ?? false));
}

const warned = new Set<string>();

/**
 * Tells the integrator, once per page for a tag and permission, that the token was minted without a
 * permission the widget needs: the role has it, so no administrator can fix it, only the page minting tokens.
 */
export function warnTokenGap(tag: string, permission: Permission, needed: WidgetPermissions): void {
  const key = `${tag} ${permission}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `<${tag}>: its token lacks ${permission}, which the user's role has. Mint the token with ` +
      `${[...needed.read, ...needed.act].join(', ')}.`,
  );
}

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
