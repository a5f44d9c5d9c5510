/**
 * Two of the same widget on one page (two portals side by side, or two tabs' worth of one widget): each
 * widget's region is a landmark, so each needs a name of its own. `label` gives it; without one the region is
 * named by the widget's heading.
 */
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, mockApi, mount, within } from '../../test/support.js';

const api = mockApi();

const WIDGETS = [
  ['minutes-balance', 'Minutes'],
  ['license-table', 'Licenses'],
  ['inactive-members-pruner', 'Workspace members and billing'],
  ['member-invite', 'Invite existing users'],
] as const;

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

describe('the region of a widget', () => {
  for (const [tag, heading] of WIDGETS) {
    it(`<${tag}> is named by its heading, or by its label when a page shows two`, async () => {
      const client = api.as('a_admin');
      host = await mount(
        html`<div>
          <div class="first"></div>
          <div class="second"></div>
        </div>`,
      );
      const first = document.createElement(tag);
      const second = document.createElement(tag);
      Object.assign(first, { client });
      Object.assign(second, { client, label: `${heading} of portal B` });
      host.querySelector('.first')?.append(first);
      host.querySelector('.second')?.append(second);
      await Promise.all([first.updateComplete, second.updateComplete]);
      await expect.element(within(first).getByRole('region', { name: heading, exact: true })).toBeVisible();
      await expect
        .element(within(second).getByRole('region', { name: `${heading} of portal B`, exact: true }))
        .toBeVisible();
      // The heading stays on screen; only the name the region is announced by changes.
      await expect.element(within(second).getByRole('heading', { name: heading, exact: true })).toBeVisible();
      await expectAccessible(host);
    });
  }
});
