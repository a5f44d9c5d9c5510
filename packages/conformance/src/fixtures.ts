/**
 * The fixture API a server under test exposes under `<base-url>/__mock/` (the mock always does; a real
 * server only under a test flag). The kit relies on exactly these routes:
 *
 * - `POST __mock/reset` `{}`: restore the known data set (two portals A and B at least, with users of every
 *   role in A, minute accounts, licenses, teams, invoices).
 * - `GET __mock/tokens`: `{ tokens: [{ token, portalId, userId, role }], secretKeys: [{ portalId, secretKey }] }`.
 * - `POST __mock/clock` `{ advanceMs }`: move the service clock forward (to expire tokens).
 */
import type { Client, Exchange } from './http.js';
import { json } from './http.js';

export interface FixtureToken {
  token: string;
  portalId: string;
  userId: string;
  role: string;
}

export interface FixtureTokens {
  tokens: FixtureToken[];
  secretKeys: { portalId: string; secretKey: string }[];
}

export class FixtureError extends Error {
  constructor(
    message: string,
    readonly exchange: Exchange,
  ) {
    super(message);
  }
}

function ok(exchange: Exchange, what: string): Exchange {
  if (exchange.response.status >= 300) {
    throw new FixtureError(
      `fixture API ${what} answered ${exchange.response.status}; the server must expose it under a test flag`,
      exchange,
    );
  }
  return exchange;
}

export class Fixtures {
  constructor(private readonly client: Client) {}

  async reset(): Promise<void> {
    ok(await this.client.raw(undefined, 'POST', '/__mock/reset', { body: {} }), 'POST __mock/reset');
  }

  async tokens(): Promise<FixtureTokens> {
    const body = json(ok(await this.client.raw(undefined, 'GET', '/__mock/tokens'), 'GET __mock/tokens'));
    return {
      tokens: (body['tokens'] ?? []) as FixtureToken[],
      secretKeys: (body['secretKeys'] ?? []) as FixtureTokens['secretKeys'],
    };
  }

  async advanceClock(ms: number): Promise<void> {
    ok(
      await this.client.raw(undefined, 'POST', '/__mock/clock', { body: { advanceMs: ms } }),
      'POST __mock/clock',
    );
  }
}
