// The demo runs the Allot mock service in the page (MSW service worker): no backend at all.
import { DEFAULT_BASE_URL, demoTokens } from '@allot/mock';
import { startMockWorker } from '@allot/mock/browser';

const status = document.querySelector<HTMLElement>('#mock-status')!;
const app = document.querySelector<HTMLElement>('#app')!;

async function main(): Promise<void> {
  const { service } = await startMockWorker({ quiet: true, serviceWorkerUrl: './mockServiceWorker.js' });
  status.textContent = `Mock service running at ${DEFAULT_BASE_URL}`;
  const tokens = demoTokens(service.state);
  const table = document.createElement('table');
  table.createCaption().textContent = 'Ready-made tokens, one per portal and role';
  const head = table.createTHead().insertRow();
  for (const label of ['Portal', 'User', 'Role', 'Permissions (from GET /me)']) {
    head.appendChild(document.createElement('th')).textContent = label;
  }
  const body = table.createTBody();
  for (const token of tokens) {
    const row = body.insertRow();
    const me = await fetch(`${DEFAULT_BASE_URL}/me`, { headers: { Authorization: `Bearer ${token.token}` } });
    const data = (await me.json()) as { portal: { name: string }; user: { name: string; role: string }; permissions: string[] };
    for (const text of [data.portal.name, data.user.name, data.user.role, data.permissions.join(', ')]) {
      row.insertCell().textContent = text;
    }
  }
  app.replaceChildren(table);
}

main().catch((error: unknown) => {
  status.textContent = `The mock service could not start: ${String(error)}`;
});
