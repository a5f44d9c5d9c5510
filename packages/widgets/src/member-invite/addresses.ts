import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../base/i18n.js';

/** At most this many addresses per batch (the contract's bound). */
export const MAX_ADDRESSES = 50;

// The HTML standard's valid e-mail address; the server has the last word (`user_not_found`, `validation_failed`).
const EMAIL =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

export type AddressProblem = 'invalid' | 'duplicate';

/** The addresses typed (one per line, or separated by commas, semicolons or spaces), in order. */
export function splitAddresses(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** What is wrong with each address before sending: not an e-mail, or the same as an earlier one (any case). */
export function checkAddresses(addresses: readonly string[]): Map<number, AddressProblem> {
  const problems = new Map<number, AddressProblem>();
  const seen = new Set<string>();
  addresses.forEach((address, index) => {
    const key = address.toLowerCase();
    if (!EMAIL.test(address)) problems.set(index, 'invalid');
    else if (seen.has(key)) problems.set(index, 'duplicate');
    seen.add(key);
  });
  return problems;
}

/** One line per address with what happened to it (or what is wrong with it), next to the address. */
export function renderOutcomes(
  i18n: LocaleController,
  outcomes: readonly { email: string; ok: boolean; message: string }[],
): TemplateResult {
  return html`<ul class="outcomes" part="outcomes">
    ${outcomes.map(
      (o) =>
        html`<li class=${o.ok ? 'ok' : 'failed'} part="outcome">
          <span class="address">${o.email}</span>
          <span class="outcome">${o.ok ? i18n.t('memberInvite.invited') : o.message}</span>
        </li>`,
    )}
  </ul>`;
}

/** What moves with a user who joins, and what does not; `warnBasic` adds what joining as a basic member costs. */
export function renderMoves(i18n: LocaleController, warnBasic: boolean, level: 3 | 4): TemplateResult {
  const t = i18n.t.bind(i18n);
  return html`<div class="moves" part="moves">
    <div>
      <p class="subhead" role="heading" aria-level=${level}>${t('memberInvite.moves')}</p>
      <ul class="bullets">
        <li>${t('memberInvite.move.profile')}</li>
        <li>${t('memberInvite.move.meetings')}</li>
        <li>${t('memberInvite.move.recordings')}</li>
        <li>${t('memberInvite.move.chat')}</li>
        <li>${t('memberInvite.move.contacts')}</li>
        <li>${t('memberInvite.move.settings')}</li>
      </ul>
    </div>
    <div>
      <p class="subhead" role="heading" aria-level=${level}>${t('memberInvite.stays')}</p>
      <ul class="bullets">
        <li>${t('memberInvite.stay.licenses')}</li>
        <li>${t('memberInvite.stay.reports')}</li>
      </ul>
    </div>
    ${warnBasic ? html`<p class="alert warning" part="warning">${t('memberInvite.basicWarning')}</p>` : ''}
  </div>`;
}
