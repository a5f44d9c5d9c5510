// The plain-HTML page's one script: gives the provider in the page's markup a `getToken`, then registers the
// widgets (the built ESM of @allot/widgets). Setting the token first means the widgets' very first request
// already carries it.
import { createClient } from '@allot/sdk';
import { byId } from '../shared/dom.js';
import { mountEventLog } from '../shared/event-log.js';
import { BASE_URL, startDemoMock } from '../shared/mock.js';

/**
 * Stands in for the portal's backend: mints a 15-minute widget token for Ada Martin (admin of portal A) with
 * the permissions these widgets need. A real portal does this on its server: the secret key never reaches a
 * browser. Here the "server" is the in-page mock, so it is safe.
 */
async function mintWidgetToken(): Promise<string> {
  const server = createClient({ baseUrl: BASE_URL, token: 'sk_test_a' });
  const { token } = await server.widgetTokens.create({
    portalId: 'prt_a',
    userId: 'usr_admin',
    permissions: ['minutes:read', 'minutes:manage', 'minutes:purchase', 'minutes:spend'],
    ttlSeconds: 900,
  });
  return token;
}

async function main() {
  mountEventLog(byId('event-log'));
  await startDemoMock();
  const element = byId('allot') as HTMLElement & { getToken?: () => Promise<string> };
  element.getToken = mintWidgetToken;
  await import('@allot/widgets');
}

void main();
