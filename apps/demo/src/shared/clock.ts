// The mock service's clock, for a reviewer: the time on the service, and buttons that move it on, so what
// expires can be seen without waiting: a purchase quote (`quote_expired`), an invitation after 30 days, a share's
// resend window, a minted widget token (a widget then asks `getToken` again).
import type { MockService } from '@allot/mock';
import { h } from './dom.js';

const HOUR = 3_600_000;
const STEPS = [
  ['+1 hour', HOUR],
  ['+1 day', 24 * HOUR],
  ['+30 days', 30 * 24 * HOUR],
] as const;

const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** The control: the service's time and a button per step; `advanced` runs after each step (to reload widgets). */
export function clockControl(service: MockService, advanced: () => void): HTMLElement {
  const now = h('output', { class: 'clock-now' });
  const show = () => (now.textContent = `${format.format(service.now())} UTC`);
  show();
  const buttons = STEPS.map(([label, ms]) => {
    const button = h('button', { type: 'button', class: 'secondary' }, label);
    button.addEventListener('click', () => {
      service.advance(ms);
      show();
      advanced();
    });
    return button;
  });
  // The time shown is the service's: a step is announced through the output's live region.
  now.setAttribute('aria-live', 'polite');
  return h(
    'fieldset',
    { class: 'clock' },
    h('legend', {}, 'Mock clock'),
    h('p', { class: 'muted' }, 'Now on the service: ', now),
    h('div', { class: 'row' }, ...buttons),
  );
}
