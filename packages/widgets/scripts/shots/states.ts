// The page the screenshot script photographs: one widget state per `?state=`, on the in-page mock.
import { secretKeys, tokens } from '@allot/mock';
import { createClient, type Client } from '@allot/sdk';
import '../../src/index.js';
import { BASE_URL, find, localeOf, pageMock, settle, sleep, stage, stateParam, type } from './page.js';

const state = stateParam('balance');
const { service, fetch, client } = pageMock(state === 'balance-empty' ? 'empty' : 'default');

async function press(el: Element, text: string) {
  find<HTMLButtonElement>(el, 'button', text).click();
  await sleep(50);
  await settle(el);
}

function widget(tag: string, token: string | null, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { client?: Client };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (token) el.client = client(token);
  stage.append(el);
  return el;
}

async function forbiddenToken(): Promise<string> {
  const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch, retry: 0 });
  const { token } = await server.widgetTokens.create({
    portalId: 'prt_a',
    userId: 'usr_admin',
    permissions: ['licenses:read'],
  });
  return token;
}

/** A fixed number of minutes shared, in any language: the fields are found by name, not by their label. */
async function shareMinutes(tooMany: boolean) {
  const locale = localeOf(state);
  const el = widget('share-dialog', tokens.a.admin, {
    'account-id': 'acc_pool_a',
    ...(locale && { locale }),
  });
  await settle(el);
  await (el as unknown as { open(): Promise<void> }).open();
  await settle(el);
  find<HTMLInputElement>(el, 'input[value="minutes"]').click();
  await sleep(50);
  const fill = (name: string, value: string) => {
    const input = find<HTMLInputElement>(el, `[name="${name}"]`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  fill('title', 'Team Munich');
  fill('minutes', tooMany ? '5000' : '300');
  fill('recipientEmail', 'owner@portal-b.test');
  await sleep(50);
  find<HTMLFormElement>(el, 'form').requestSubmit();
  await sleep(600);
  await settle(el);
  // The list of shares is below the form: show it, where the new share is.
  if (!tooMany) find<HTMLElement>(el, '#shares-title').scrollIntoView();
  await sleep(100);
}

async function run() {
  const dark = state.includes('dark');
  if (dark) document.body.classList.add('dark');
  const theme = dark ? { theme: 'dark' } : {};
  if (state.startsWith('balance-pending')) {
    // One share awaiting portal B's answer, one accepted (Team Berlin's): told apart on the cards.
    await client(tokens.a.admin).shares.create({
      accountId: 'acc_pool_a',
      recipientEmail: 'owner@portal-b.test',
    });
    const locale = localeOf(state);
    await settle(widget('minutes-balance', tokens.a.admin, locale ? { locale } : {}));
    document.body.dataset['ready'] = 'true';
    return;
  }
  if (state.startsWith('balance-offer') || state.startsWith('balance-transfer-shared')) {
    // Portal B's invitations, each saying what it offers; or portal A's transfer into an account B uses. Walked
    // in English, then the language changes (the dialog's words with it).
    const locale = localeOf(state);
    const offer = state.startsWith('balance-offer');
    const el = widget('minutes-balance', offer ? tokens.b.admin : tokens.a.admin, {});
    await settle(el);
    if (!offer) {
      find<HTMLButtonElement>(el, 'button', 'Transfer').click();
      await sleep(600);
      const to = find<HTMLSelectElement>(el, 'select[name="toAccountId"]');
      to.value = 'acc_proj_berlin';
      to.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      to.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await sleep(200);
    }
    if (locale) el.setAttribute('locale', locale);
    await sleep(500);
    await settle(el);
    document.body.dataset['ready'] = 'true';
    return;
  }
  if (state.startsWith('balance-make-default')) {
    // The confirmation before the portal's sessions draw from another account (its button found by its part).
    const locale = localeOf(state);
    const el = widget('minutes-balance', tokens.a.admin, locale ? { locale } : {});
    await settle(el);
    const cards = [...(el.shadowRoot?.querySelectorAll('[part~="account"]') ?? [])];
    const berlin = cards.find((c) => c.textContent?.includes('Team Berlin'));
    const buttons = [...(berlin?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    buttons
      .find(
        (b) =>
          b.getAttribute('aria-label')?.includes('Team Berlin') &&
          !b.disabled &&
          /default|défaut|Standard/i.test(b.textContent ?? ''),
      )
      ?.click();
    await sleep(600);
    await settle(el);
    document.body.dataset['ready'] = 'true';
    return;
  }
  if (state.startsWith('balance-edit-conflict')) {
    // An edit refused with 412: someone else saved the project meanwhile; the form keeps the typed title and says
    // what they saved.
    const locale = localeOf(state);
    const el = widget('minutes-balance', tokens.a.admin, locale ? { locale } : {});
    await settle(el);
    const card = [...(el.shadowRoot?.querySelectorAll('[part~="account"]') ?? [])].find((c) =>
      c.textContent?.includes('Team Berlin'),
    );
    const edit = [...(card?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) =>
      /^(Edit|Modifier|Bearbeiten)$/.test(b.textContent?.trim() ?? ''),
    );
    edit?.click();
    await sleep(600);
    await settle(el);
    const other = client(tokens.a.super_admin);
    const { etag } = await other.minutes.accounts.get('acc_proj_berlin');
    await other.minutes.projects.update(
      'acc_proj_berlin',
      { description: 'Berlin sales, 2027' },
      { ifMatch: etag },
    );
    const title = el.shadowRoot?.querySelector<HTMLInputElement>('#f-title');
    if (title) {
      title.value = 'Berlin team';
      title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await sleep(100);
    el.shadowRoot?.querySelector<HTMLFormElement>('dialog form')?.requestSubmit();
    await sleep(800);
    await settle(el);
    document.body.dataset['ready'] = 'true';
    return;
  }
  if (state.startsWith('share-minutes-sent') || state.startsWith('share-minutes-too-many')) {
    await shareMinutes(state.includes('too-many'));
    document.body.dataset['ready'] = 'true';
    return;
  }
  switch (state) {
    case 'balance':
    case 'balance-dark':
    case 'balance-narrow':
      await settle(widget('minutes-balance', tokens.a.admin, theme));
      break;
    case 'balance-fr':
      await settle(widget('minutes-balance', tokens.a.admin, { locale: 'fr' }));
      break;
    case 'balance-de-dark':
      await settle(widget('minutes-balance', tokens.a.admin, { locale: 'de', ...theme }));
      break;
    case 'balance-member':
      await settle(widget('minutes-balance', tokens.a.member));
      break;
    case 'balance-empty':
      await settle(widget('minutes-balance', tokens.a.admin));
      break;
    case 'balance-invitation':
    case 'balance-invitation-dark': {
      const el = widget('minutes-balance', tokens.b.admin, theme);
      await settle(el);
      break;
    }
    case 'balance-loading':
      widget('minutes-balance', null).setAttribute('base-url', BASE_URL);
      (stage.lastElementChild as HTMLElement & { client: Client }).client = createClient({
        baseUrl: BASE_URL,
        token: 'x',
        fetch: () => new Promise(() => {}),
      });
      await sleep(300);
      break;
    case 'balance-error':
      service.faults.set({ unavailable: true });
      await settle(widget('minutes-balance', tokens.a.admin));
      break;
    case 'balance-forbidden':
      await settle(widget('minutes-balance', await forbiddenToken()));
      break;
    case 'buy':
    case 'buy-review': {
      const el = widget('minutes-balance', tokens.a.admin, theme);
      await settle(el);
      await press(el, 'Buy minutes');
      await type(el, 'Minutes', '1500');
      await sleep(600);
      if (state === 'buy-review') await press(el, 'Continue');
      break;
    }
    case 'transfer-error':
    case 'transfer-error-dark': {
      const el = widget('minutes-balance', tokens.a.admin, theme);
      await settle(el);
      await press(el, 'Transfer');
      await type(el, 'Minutes', '5000');
      find<HTMLFormElement>(el, 'form').requestSubmit();
      await sleep(300);
      break;
    }
    case 'project-delete': {
      const el = widget('minutes-balance', tokens.a.admin, theme);
      await settle(el);
      await press(el, 'Delete: Team Berlin');
      await sleep(200);
      break;
    }
    case 'share':
    case 'share-dark':
    case 'share-minutes-failed':
    case 'share-sent':
    case 'share-revoke':
    case 'share-xss': {
      const el = widget('share-dialog', tokens.a.admin, {
        'account-id': state === 'share-revoke' ? 'acc_proj_berlin' : 'acc_pool_a',
        ...theme,
      });
      await settle(el);
      if (state === 'share-xss') {
        await (el as unknown as { open(): Promise<void> }).open();
        await settle(el);
        find<HTMLInputElement>(el, 'input[value="minutes"]').click();
        await sleep(50);
        await type(el, 'Title', '<img src=x onerror=alert(1)><b>Berlin</b>');
        await type(el, 'Minutes to share', '50');
        await type(el, 'E-mail', '<script>alert(1)</script>@x.test');
        find<HTMLFormElement>(el, 'form').requestSubmit();
        await sleep(300);
        break;
      }
      await (el as unknown as { open(): Promise<void> }).open();
      await settle(el);
      if (state === 'share-minutes-failed') {
        find<HTMLInputElement>(el, 'input[value="minutes"]').click();
        await sleep(50);
        await type(el, 'Title', 'Team Munich');
        await type(el, 'Minutes to share', '100');
        await type(el, 'E-mail', 'owner@nowhere.test');
        find<HTMLFormElement>(el, 'form').requestSubmit();
        await sleep(400);
      }
      if (state === 'share-sent') {
        await type(el, 'E-mail', 'owner@portal-b.test');
        find<HTMLFormElement>(el, 'form').requestSubmit();
        await sleep(400);
        await settle(el);
      }
      if (state === 'share-revoke') {
        await press(el, 'Revoke access');
        await sleep(200);
      }
      break;
    }
    case 'share-resend': {
      const el = widget('share-dialog', tokens.a.admin, { 'account-id': 'acc_proj_emea' });
      await settle(el);
      await (el as unknown as { open(): Promise<void> }).open();
      await settle(el);
      await press(el, 'Resend');
      await sleep(1200);
      break;
    }
    default:
      stage.textContent = `Unknown state ${state}`;
  }
  document.body.dataset['ready'] = 'true';
}

run().catch((error: unknown) => {
  stage.textContent = String(error);
  document.body.dataset['ready'] = 'true';
});
