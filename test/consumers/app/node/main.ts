// A Node program as an SDK user writes it: the typed client, with the mock service's handler as its fetch.
import type { Schema } from '@allot/contract';
import { createMockService } from '@allot/mock';
import { createClient, isApiError } from '@allot/sdk';

const service = createMockService({ scenario: 'default', seed: 1 });
const client = createClient({
  baseUrl: service.baseUrl,
  token: 'tok_a_admin',
  fetch: (request) => service.handle(request),
});

const { items, defaultAccountId } = await client.minutes.accounts.list();
const pool: Schema<'MinuteAccount'> | undefined = items.find((account) => account.id === defaultAccountId);

let refused = '';
try {
  await client.minutes.transfer({
    fromAccountId: defaultAccountId,
    toAccountId: defaultAccountId,
    minutes: 1,
  });
} catch (error) {
  if (isApiError(error, 'same_account')) refused = error.code;
  else throw error;
}

console.log(JSON.stringify({ accounts: items.length, pool: pool?.id, refused }));
