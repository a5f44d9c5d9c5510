// The page scripts/license-table-shots.mjs photographs: one <license-table> state per `?state=`, on the in-page mock.
import { secretKeys, tokens } from '@allot/mock';
import { createClient, type Client } from '@allot/sdk';
import '../../src/index.js';
import {
  BASE_URL,
  controlOf,
  find,
  localeOf,
  pageMock,
  settle,
  sleep,
  stage,
  stateParam,
  type,
} from './page.js';

const requested = stateParam('table');
// `purchase-…-fr`, `assign-picker-de-narrow`: the flow is walked in English (its buttons are found by their words),
// then the page's language changes, and the dialog's words with it (each language's strings load on demand).
const walked = /^(purchase-|assign-picker|user-products|bulk-|delete-center)/.test(requested);
const language = walked ? localeOf(requested) : undefined;
const state = walked ? requested.replace(/(?:-(?:fr|de))?(?:-narrow)?$/, '') : requested;
const scenario = state.includes('empty') ? 'empty' : state.includes('large') ? 'large' : 'default';
const { service, fetch, client } = pageMock(scenario);

/** Typing in a search or a field of the table waits out its debounce and the answer. */
async function typeAndWait(el: Element, label: string, value: string) {
  await type(el, label, value, 400);
  await settle(el);
}

async function press(el: Element, text: string, selector = 'button') {
  for (let i = 0; i < 100; i++) {
    try {
      find<HTMLElement>(el, selector, text).click();
      break;
    } catch (error) {
      if (i === 99) throw error;
      await sleep(30); // the dialogs load on first use
    }
  }
  await sleep(80);
  await settle(el);
}

async function check(el: Element, text: string) {
  let input: HTMLInputElement | null = null;
  try {
    input = controlOf(find<HTMLLabelElement>(el, 'label', text));
  } catch {
    input = find<HTMLInputElement>(el, `input[aria-label^="${text}"]`);
  }
  if (!input) throw new Error(`No box ${text}`);
  input.click();
  await sleep(50);
}

function table(token: string | null, attrs: Record<string, string> = {}, own?: Client) {
  const el = document.createElement('license-table') as HTMLElement & { client?: Client };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (own) el.client = own;
  else if (token) el.client = client(token);
  stage.append(el);
  return el;
}

async function readOnlyToken(): Promise<string> {
  const server = createClient({ baseUrl: BASE_URL, token: secretKeys.a, fetch, retry: 0 });
  const { token } = await server.widgetTokens.create({
    portalId: 'prt_a',
    userId: 'usr_admin',
    permissions: ['licenses:read'],
  });
  return token;
}

/** Opens the assign dialog of the first free license. */
async function openAssign(el: Element) {
  await press(el, 'Assign:');
}

async function run() {
  const dark = state.includes('dark');
  if (dark) document.body.classList.add('dark');
  const theme = dark ? { theme: 'dark' } : {};
  const admin = tokens.a.admin;
  let el: HTMLElement;
  switch (state) {
    case 'table':
    case 'table-dark':
    case 'table-narrow':
    case 'table-empty':
    case 'table-large':
      el = table(admin, theme);
      break;
    case 'table-fr':
    case 'table-fr-narrow':
    case 'products-fr':
      el = table(admin, { locale: 'fr' });
      break;
    case 'table-de':
    case 'table-de-narrow':
    case 'table-de-dark':
      el = table(admin, { locale: 'de', ...theme });
      break;
    case 'table-user-manager':
      el = table(tokens.a.user_manager);
      break;
    case 'table-read-only':
      el = table(await readOnlyToken());
      break;
    case 'table-forbidden':
      el = table(tokens.a.member);
      break;
    case 'table-loading': {
      const slow = createClient({
        baseUrl: BASE_URL,
        token: admin,
        retry: 0,
        fetch: () => new Promise<Response>(() => {}),
      });
      el = table(null, {}, slow);
      break;
    }
    case 'table-error':
      service.faults.set({ unavailable: true });
      el = table(admin);
      break;
    default:
      el = table(admin, theme);
  }
  await settle(el);
  await sleep(150);
  switch (state) {
    case 'filter-open':
    case 'filter-open-dark':
      await press(el, 'Cost centers');
      await check(el, 'SALES-FR');
      await check(el, 'No cost center');
      await settle(el);
      break;
    case 'filtered-empty':
      await typeAndWait(el, 'Search licenses', 'nobody-here');
      break;
    case 'search':
      await typeAndWait(el, 'Search licenses', 'ada');
      break;
    case 'table-large-filtered':
      await typeAndWait(el, 'Search licenses', 'ada martin');
      break;
    case 'assign-picker':
      // The first users by name: those who hold the license's product already are marked and cannot be chosen.
      await openAssign(el);
      await typeAndWait(el, 'Find a user', 'o');
      break;
    case 'user-products':
      // A user's products, reached from the toolbar: find the user, then their panel.
      await press(el, 'A user’s products');
      await sleep(400); // the dialog's part loads on first use
      await settle(el);
      await typeAndWait(el, 'Find a user', 'lina');
      await check(el, 'Lina Roux');
      await press(el, 'Show products', 'button[type="submit"]');
      await sleep(300);
      await settle(el);
      break;
    case 'assign':
    case 'assign-dark':
      await openAssign(el);
      await typeAndWait(el, 'Find a user', 'lina');
      await check(el, 'Lina Roux');
      break;
    case 'assign-error':
      await openAssign(el);
      await typeAndWait(el, 'Find a user', 'sofia');
      await check(el, 'Sofia Owner');
      await press(el, 'Assign', 'button[type="submit"]');
      break;
    case 'unassign':
      await press(el, 'Unassign:');
      break;
    case 'unassign-notice': {
      const search = 'ada martin connect';
      await typeAndWait(el, 'Search licenses', search);
      await press(el, 'Unassign:');
      await press(el, 'Unassign', 'button[type="submit"]');
      await sleep(300);
      break;
    }
    case 'products':
    case 'products-dark':
    case 'products-warning':
    case 'products-fr': {
      await typeAndWait(
        el,
        state === 'products-fr' ? 'Rechercher des licences' : 'Search licenses',
        'ada martin',
      );
      find<HTMLButtonElement>(
        el,
        'button[aria-label="Products of Ada Martin"], button[aria-label="Produits de Ada Martin"]',
      ).click();
      await sleep(100);
      await settle(el);
      if (state === 'products-warning') {
        await check(el, 'Connect Standard');
        await sleep(100);
      }
      break;
    }
    case 'products-no-free': {
      await typeAndWait(el, 'Search licenses', 'lina');
      find<HTMLButtonElement>(el, 'button[aria-label="Products of Lina Roux"]').click();
      await sleep(100);
      await settle(el);
      await check(el, 'Contact Center');
      await check(el, 'Live Reports');
      // Use up the free Contact Center licenses first.
      const api = client(admin);
      for (const page of [await api.licenses.list({ status: 'unassigned', productId: ['prd_cc'] })]) {
        for (const [i, l] of page.items.entries()) {
          await api.licenses.assign(l.id, { userId: `usr_g000${i + 11}` }, { ifMatch: l.etag });
        }
      }
      await press(el, 'Save products');
      break;
    }
    case 'purchase-cart':
      await press(el, 'Buy licenses');
      await press(el, 'Add a product');
      break;
    case 'purchase-allocate':
    case 'purchase-allocate-dark':
    case 'purchase-review':
    case 'purchase-terms':
    case 'purchase-statement':
    case 'purchase-print': {
      await press(el, 'Buy licenses');
      await press(el, 'Add a product');
      await press(el, 'Next');
      await typeAndWait(el, 'Cost center', 'cc_sales_fr');
      await press(el, 'Assign to all');
      await press(el, 'Split: Contact Center');
      if (state.startsWith('purchase-allocate')) {
        await press(el, 'New cost center');
        break;
      }
      await press(el, 'Next');
      if (state === 'purchase-review') break;
      await press(el, 'Confirm the order');
      if (state === 'purchase-terms') break;
      await check(el, 'I have read and understood');
      await press(el, 'Confirm the order');
      break;
    }
    case 'delete':
    case 'delete-review':
      await press(el, 'Delete licenses');
      await check(el, 'Live Reports');
      await typeAndWait(el, 'Quantity to delete', state === 'delete' ? '9' : '2');
      await press(el, 'Next', 'button[type="submit"]');
      break;
    case 'delete-center':
      await press(el, 'Delete licenses');
      await check(el, 'Live Reports');
      await sleep(300);
      await typeAndWait(el, 'From cost center', 'cc_sales_fr');
      await typeAndWait(el, 'Quantity to delete', '1');
      await press(el, 'Next', 'button[type="submit"]');
      break;
    case 'bulk-delete-stale':
    case 'bulk-unassign-failed': {
      // A selection changed by someone else: a free license deleted before the review, or a held one changed
      // before the unassignment (its version no longer matches).
      const boxes = [
        ...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('.body [role="row"] input') ?? []),
      ];
      for (const box of boxes.slice(0, 4)) box.click();
      await sleep(100);
      const ids = (el as HTMLElement & { selectedLicenseIds: string[] }).selectedLicenseIds;
      const api = client(admin);
      const bulk = '[part="bulk-actions"] button';
      if (state === 'bulk-delete-stale') {
        const all = await Promise.all(ids.map((id) => api.licenses.get(id)));
        const free = all.find((l) => !l.data.assignee);
        if (free) await api.licenses.delete({ licenseIds: [free.data.id] });
        await press(el, 'Delete', bulk);
      } else {
        await press(el, 'Unassign', bulk);
        const all = await Promise.all(ids.map((id) => api.licenses.get(id)));
        const held = all.find((l) => l.data.assignee);
        // Given to someone else meanwhile: it stays in the dialog, as it is now, to try again.
        if (held) {
          await api.licenses.unassign(held.data.id, {}, { ifMatch: held.etag });
          const again = await api.licenses.get(held.data.id);
          await api.licenses
            .assign(held.data.id, { userId: 'usr_member' }, { ifMatch: again.etag })
            .catch(() => undefined);
        }
        await press(el, 'Unassign 2 licenses', 'button[type="submit"]');
        await sleep(500);
      }
      break;
    }
    case 'bulk-bar':
    case 'bulk-delete':
    case 'bulk-move':
    case 'bulk-unassign': {
      // Ada Martin's three seats (she sits in queues) for the unassignment; the first rows, mixed, for the others.
      if (state === 'bulk-unassign') await typeAndWait(el, 'Search licenses', 'ada martin');
      const boxes = [
        ...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('.body [role="row"] input') ?? []),
      ];
      for (const box of boxes.slice(0, state === 'bulk-unassign' ? 3 : 4)) box.click();
      await sleep(100);
      const bulk = '[part="bulk-actions"] button';
      if (state === 'bulk-delete') await press(el, 'Delete', bulk);
      if (state === 'bulk-unassign') await press(el, 'Unassign', bulk);
      if (state === 'bulk-move') {
        await press(el, 'Change cost center', bulk);
        await sleep(300);
        await typeAndWait(el, 'Bill them to', 'cc_rnd');
      }
      break;
    }
    case 'xss': {
      const api = client(admin);
      await api.costCenters.create({
        code: 'XSS',
        name: '<img src=x onerror="document.body.dataset.xss=1">',
      });
      await press(el, 'Cost centers');
      await typeAndWait(el, 'Find a cost center', 'xss');
      break;
    }
    case 'keyboard': {
      const cell = find<HTMLElement>(el, '[data-rc="1-1"]');
      cell.focus();
      break;
    }
  }
  if (language) {
    el.setAttribute('locale', language);
    await sleep(300);
    await settle(el);
  }
  await settle(el);
  await sleep(200);
  document.body.dataset['ready'] = 'true';
}

void run().catch((error: unknown) => {
  document.body.dataset['ready'] = 'true';
  document.body.append(String(error));
});
