// Every page of the built demo loads under its strict Content-Security-Policy with no console error, and the
// gallery shows every state its controls promise.
import { control, demoUrl, endState, expect, openDemo, test } from './fixtures.js';

const pages = [
  'index.html',
  'portals.html',
  'conflicts.html',
  'theming.html',
  'components.html',
  'embed-html.html',
  'embed-react.html',
];

test.describe('the content security policy', () => {
  for (const path of pages) {
    test(`${path} is served with a strict policy: no inline script or style, no eval`, async ({
      request,
    }) => {
      const response = await request.get(demoUrl(path));
      const header = response.headers()['content-security-policy'] ?? '';
      const directives = new Map(
        header.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('style-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(header).not.toContain('unsafe');
      const html = await response.text();
      // No inline script and no style attribute in the markup itself either.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
    });
  }

  test('a copy of conflicts.html may be framed by the demo itself, and by no other site', async ({
    request,
  }) => {
    const response = await request.get(demoUrl('copy.html'));
    const header = response.headers()['content-security-policy'] ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("frame-ancestors 'self'");
    expect(header).not.toContain('unsafe');
  });

  test('the API reference runs no script at all', async ({ request }) => {
    const response = await request.get(demoUrl('reference/index.html'));
    const header = response.headers()['content-security-policy'] ?? '';
    expect(header).toContain("script-src 'none'");
    expect(header).not.toContain('unsafe');
    const html = await response.text();
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\sstyle=/);
  });
});

test.describe('the pages', () => {
  test('the gallery shows every widget, each configured by the controls', async ({ page }) => {
    await openDemo(page, 'index.html');
    await expect(page.locator('minutes-balance [part~="balance"]').first()).toHaveText(/1,000/);
    await expect(page.locator('.specimen')).toHaveCount(6);
    await page.getByLabel('Widget', { exact: true }).selectOption('share-dialog');
    await expect(page).toHaveURL(/#view=share-dialog/);
    await expect(page.locator('.specimen')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Share minutes: Primary pool' })).toBeVisible();
    await endState(page, 'page-gallery');
  });

  test('the event log lists each allot-* event with its detail as text', async ({ page }) => {
    await openDemo(page, 'index.html#view=minutes-balance');
    const widget = page.locator('minutes-balance');
    await widget.getByRole('button', { name: 'Make default: Team Berlin' }).click();
    // Where the portal's minutes are spent changes only once confirmed.
    await widget.getByRole('dialog').getByRole('button', { name: 'Make default' }).click();
    const entry = page.locator('#event-log li[data-event-type="allot-default-account-changed"]');
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('pre')).toContainText('"accountId": "acc_proj_berlin"');
    await expect(entry).toContainText('from <minutes-balance> in Minutes balance');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.locator('#event-log li')).toHaveCount(0);
  });

  test('two portals sit side by side, each signed in with its own token', async ({ page }) => {
    await openDemo(page, 'portals.html');
    await expect(page.locator('#portal-a-title')).toHaveText('Portal A');
    await expect(page.locator('#portal-b-title')).toHaveText('Portal B');
    await expect(page.locator('#portal-a').getByLabel('Signed in as')).toHaveValue('tok_a_admin');
    await expect(page.locator('#portal-b').getByLabel('Signed in as')).toHaveValue('tok_b_admin');
    await expect(page.locator('#portal-b minutes-balance [part~="default-account"]')).toContainText(
      'Team Berlin',
    );
  });

  test('the theming playground applies a preset and an edited token live', async ({ page }) => {
    await openDemo(page, 'theming.html');
    const preview = page.locator('#preview');
    await expect(preview.locator('minutes-balance [part~="balance"]').first()).toHaveText(/1,000/);
    await page.getByRole('radio', { name: 'Forest (serif, square)' }).check();
    const primary = () =>
      preview.evaluate((el) => getComputedStyle(el).getPropertyValue('--allot-sys-color-primary').trim());
    await expect.poll(primary).toBe('#1f6f43');
    await expect(page.locator('.css-out')).toContainText('--allot-sys-color-primary: #1f6f43;');
    await page.getByLabel('--allot-sys-color-primary', { exact: true }).fill('#aa0055');
    await expect.poll(primary).toBe('#aa0055');
    const button = preview.locator('minutes-balance').getByRole('button', { name: 'Buy minutes' });
    await expect(button).toHaveCSS('background-color', 'rgb(170, 0, 85)');
    await page.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect(preview.locator('minutes-balance')).toHaveAttribute('theme', 'dark');
    await endState(page, 'page-theming');
  });

  test('the plain HTML page runs the widgets from its markup with a minted widget token', async ({
    page,
  }) => {
    await openDemo(page, 'embed-html.html');
    await expect(page.locator('minutes-balance [part~="balance"]').first()).toHaveText(/1,000/);
    await expect(page.locator('script')).toHaveCount(1);
    await endState(page, 'page-embed-html');
  });

  test('the React page renders the wrapped widgets and passes React state to them', async ({ page }) => {
    await openDemo(page, 'embed-react.html');
    const balance = page.locator('minutes-balance');
    await expect(balance.locator('[part~="balance"]').first()).toHaveText(/1,000/);
    await page.getByLabel(/^Language/).selectOption('de');
    await expect(balance.getByRole('heading', { name: 'Minuten' })).toBeVisible();
    await balance
      .getByRole('button', { name: /Team Berlin/ })
      .first()
      .waitFor();
    await endState(page, 'page-embed-react');
  });

  test('the component reference shows each tag’s API from the manifest, and the widget live', async ({
    page,
  }) => {
    await openDemo(page, 'components.html#share-dialog');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<share-dialog>');
    await expect(page.getByText('Mint its token with')).toContainText('minutes:read');
    const events = page.getByRole('table', { name: /Events/ });
    await expect(events.getByRole('row', { name: /allot-share-created/ })).toContainText(
      'ShareCreatedDetail',
    );
    await expect(page.getByRole('table', { name: 'CSS parts' })).toContainText('::part(trigger)');
    // The widget itself, live on the page's mock: Ada may share.
    await expect(
      page.locator('.live-example share-dialog').getByRole('button', { name: 'Share minutes' }),
    ).toBeEnabled();

    await page.getByRole('link', { name: '<license-table>' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<license-table>');
    await expect(page.getByRole('table', { name: 'Properties and attributes' })).toContainText('page-size');
    await expect(page.locator('.live-example license-table').getByRole('grid')).toBeVisible();
    await endState(page, 'page-components');
  });

  test('the mock clock moves the service on: the invitations of portal A expire after 30 days', async ({
    page,
  }) => {
    await openDemo(page, 'portals.html');
    const invite = page.locator('#portal-a member-invite');
    await expect(invite.getByText('Pending (5)')).toBeVisible();
    const clock = page.locator('#toolbar .clock-now');
    const start = (await clock.textContent()) ?? '';
    await page.getByRole('button', { name: '+1 day' }).click();
    await expect(clock).not.toHaveText(start);
    // A day on, every invitation is still within its 30 days; thirty more, none is.
    await expect(invite.getByText('Pending (5)')).toBeVisible();
    await page.getByRole('button', { name: '+30 days' }).click();
    await expect(invite.getByText('Pending (0)')).toBeVisible();
    await expect(invite.getByText('No pending invitations.')).toBeVisible();
    await endState(page, 'page-portals-clock');
  });

  test('the gallery’s mock clock reloads the widgets on its stage', async ({ page }) => {
    await openDemo(page, 'index.html#view=member-invite');
    const invite = page.locator('#stage member-invite');
    await expect(invite.getByText('Pending (5)')).toBeVisible();
    await page.getByRole('button', { name: '+30 days' }).click();
    await expect(invite.getByText('Pending (0)')).toBeVisible();
  });

  test('the API reference is part of the site and linked from every page', async ({ page }) => {
    await openDemo(page, 'portals.html');
    await page.getByRole('link', { name: 'API reference' }).click();
    await expect(page).toHaveTitle('Allot billing-admin API');
    // Every operation of the contract is there, with its permissions and error codes.
    await page.getByRole('link', { name: 'POST /minute-transfers' }).click();
    const transfer = page.locator('#transferMinutes');
    await expect(transfer).toBeInViewport();
    await expect(transfer).toContainText('minutes:manage');
    await expect(transfer).toContainText('insufficient_minutes');
    await page.getByRole('link', { name: '← Back to the Allot demo' }).click();
    await expect(page.locator('#mock-status')).toHaveText(/Mock service running/);
  });
});

/** The named states of the gallery (its matrix), each checked on the widgets that show it best. */
test.describe('the gallery states', () => {
  test('loading: every widget shows its placeholder while the mock is slow', async ({ page }) => {
    await openDemo(page, 'index.html#view=all&net=loading');
    await expect(page.locator('minutes-balance [part~="loading"]')).toBeVisible();
    await expect(page.locator('member-invite [part~="loading"]').first()).toBeVisible();
  });

  test('empty: the empty scenario', async ({ page }) => {
    await openDemo(page, 'index.html#view=all&data=empty');
    await expect(page.locator('minutes-balance [part~="balance"]')).toHaveText(/^\s*0/);
    await expect(page.locator('inactive-members-pruner')).toContainText('This workspace has no teams yet.');
    await expect(page.locator('member-invite').first()).toContainText('No pending invitations.');
  });

  for (const [fault, text] of [
    ['unavailable', 'The service is not available right now.'],
    ['network', 'The service could not be reached.'],
  ] as const) {
    test(`error (${fault}): each widget says what went wrong and offers to try again`, async ({
      page,
      guard,
    }) => {
      // The injected faults fail requests on purpose; the browser logs each failed load.
      guard.allow(/Failed to load resource|failed response/);
      await openDemo(page, `index.html#view=minutes-balance&fault=${fault}`);
      const error = page.locator('minutes-balance [part~="error"]');
      await expect(error).toContainText(text, { timeout: 20_000 });
      // The service comes back (through the mock's control API, leaving the widget in place): Try again works.
      await control(page, 'DELETE', 'faults');
      await error.getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator('minutes-balance [part~="balance"]').first()).toHaveText(/1,000/);
    });
  }

  test('forbidden: a member and a user manager see what their role allows', async ({ page, guard }) => {
    // Widgets ask, and the server refuses with 403 for what the role may not read: the browser logs those loads.
    guard.allow(/status of 403|failed response: 403/);
    await openDemo(page, 'index.html#view=all&as=tok_a_member');
    await expect(page.locator('inactive-members-pruner [part~="forbidden"]')).toContainText(
      'You do not have access to this.',
    );
    await expect(page.locator('member-invite [part~="forbidden"]').first()).toContainText(
      'You do not have access to this.',
    );
    await page.getByLabel('Signed in as').selectOption('tok_a_user_manager');
    // The one permission rule: shown, disabled, and saying why.
    await expect(
      page.locator('minutes-balance').getByRole('button', { name: 'Buy minutes' }),
    ).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('minutes-balance')).toContainText(
      'Buying minutes and changing accounts need an administrator role.',
    );
    await expect(page.locator('inactive-members-pruner')).toContainText(
      'Archiving teams and removing members needs',
    );
  });

  test('large data: the large scenario renders', async ({ page }) => {
    await openDemo(page, 'index.html#view=inactive-members-pruner&data=large');
    await expect(page.locator('inactive-members-pruner [part~="figure"]').first()).toHaveText(/\d{2},\d{3}/, {
      timeout: 20_000,
    });
  });

  test('team licenses: portal A billed per active team, and archiving a team saves one unit', async ({
    page,
  }) => {
    await openDemo(page, 'index.html#view=inactive-members-pruner&data=team-licenses');
    const pruner = page.locator('inactive-members-pruner');
    await expect(pruner.getByText('Team licenses', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Data (mock scenario)')).toHaveValue('team-licenses');
    await pruner
      .getByRole('button', { name: /^Archive/ })
      .first()
      .click();
    const dialog = pruner.getByRole('dialog');
    await expect(dialog.locator('[part~="units-change"]')).toContainText('6');
    await expect(dialog.locator('[part~="units-change"]')).toContainText('5');
    await endState(page, 'gallery-team-licenses');
  });

  test('narrow, dark and each locale', async ({ page }) => {
    await openDemo(page, 'index.html#view=minutes-balance&width=360&theme=dark&locale=fr');
    const box = await page.locator('.specimen').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    await expect(page.locator('minutes-balance')).toHaveAttribute('theme', 'dark');
    await expect(
      page.locator('minutes-balance').getByRole('button', { name: 'Acheter des minutes' }),
    ).toBeVisible();
    await page.getByLabel('Language').selectOption('de');
    await expect(page.locator('minutes-balance').getByRole('heading', { name: 'Minuten' })).toBeVisible();
    await endState(page, 'gallery-narrow-dark-de');
  });

  test('auto theme follows the system’s light or dark preference, live', async ({ page }) => {
    const background = () =>
      page
        .locator('minutes-balance')
        .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="card"]')!).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDemo(page, 'index.html#view=minutes-balance&theme=auto');
    await expect(page.locator('minutes-balance').getByRole('button', { name: 'Buy minutes' })).toBeVisible();
    // theme="auto": the system decides (the dark surface is #17191e, the light one #ffffff).
    await expect(page.locator('minutes-balance')).toHaveAttribute('theme', 'auto');
    await expect.poll(background).toBe('rgb(23, 25, 30)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe('rgb(255, 255, 255)');
  });
});
