/**
 * Who the kit acts as, found through the fixture API and minted with the secret key: portal A (the secret
 * key's portal) with a token per role, and another portal B with an admin token, for tenancy and sharing.
 */
import type { Permission, Role } from '@allot/contract';
import { Fixtures, type FixtureTokens } from './fixtures.js';
import type { Client } from './http.js';
import { json, type Exchange } from './http.js';
import { allPermissions, roles } from './spec.js';

export interface PortalActors {
  portalId: string;
  secretKey: string;
  /** A widget token per role present in the portal, minted with every permission (so: the role's). */
  tokens: Partial<Record<Role, string>>;
  userIds: Partial<Record<Role, string>>;
  ownerEmail: string;
}

export interface World {
  a: PortalActors & { tokens: Record<Role, string>; userIds: Record<Role, string> };
  b: PortalActors & { admin: string };
  /** Other portals' tokens from the fixture API (invitees), for cross-portal flows. */
  others: { portalId: string; token: string; userId: string }[];
}

export interface Env {
  client: Client;
  fixtures: Fixtures;
  secretKey: string;
  seed: number;
  /** Resets the data and mints fresh tokens (tokens do not survive a reset). */
  fresh(): Promise<World>;
}

export class SetupError extends Error {
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}

/** Mints a widget token with the secret key; returns the token or throws. */
export async function mint(
  client: Client,
  secretKey: string,
  portalId: string,
  userId: string,
  permissions: readonly Permission[] = allPermissions(),
  ttlSeconds = 3600,
): Promise<{ token: string; permissions: string[]; exchange: Exchange }> {
  const exchange = await client.call(secretKey, 'createWidgetToken', {
    body: { portalId, userId, permissions, ttlSeconds },
  });
  const body = json(exchange);
  if (exchange.response.status !== 201 || typeof body['token'] !== 'string') {
    throw new SetupError(`cannot mint a widget token for ${userId}@${portalId}`, exchange);
  }
  return { token: body['token'], permissions: (body['permissions'] ?? []) as string[], exchange };
}

async function actors(
  client: Client,
  fixture: FixtureTokens,
  portalId: string,
  secretKey: string,
): Promise<PortalActors> {
  const tokens: Partial<Record<Role, string>> = {};
  const userIds: Partial<Record<Role, string>> = {};
  for (const role of roles) {
    const user = fixture.tokens.find((t) => t.portalId === portalId && t.role === role);
    if (!user) continue;
    userIds[role] = user.userId;
    tokens[role] = (await mint(client, secretKey, portalId, user.userId)).token;
  }
  let ownerEmail = '';
  const any = Object.values(tokens)[0];
  if (any !== undefined) {
    const me = json(await client.call(any, 'getMe'));
    ownerEmail = String((me['portal'] as Record<string, unknown> | undefined)?.['ownerEmail'] ?? '');
  }
  return { portalId, secretKey, tokens, userIds, ownerEmail };
}

export function createEnv(client: Client, secretKey: string, seed: number): Env {
  const fixtures = new Fixtures(client);
  return {
    client,
    fixtures,
    secretKey,
    seed,
    async fresh() {
      await fixtures.reset();
      const fixture = await fixtures.tokens();
      const own = fixture.secretKeys.find((k) => k.secretKey === secretKey);
      if (!own) throw new SetupError('the secret key is none of the portals GET __mock/tokens lists');
      const a = await actors(client, fixture, own.portalId, secretKey);
      const missing = roles.filter((r) => a.tokens[r] === undefined);
      if (missing.length > 0)
        throw new SetupError(`portal ${own.portalId} has no user with role ${missing.join(', ')}`);
      // Portal B: another portal with a secret key and an admin.
      let b: World['b'] | undefined;
      for (const other of fixture.secretKeys) {
        if (other.portalId === own.portalId) continue;
        const found = await actors(client, fixture, other.portalId, other.secretKey);
        const admin = found.tokens.super_admin ?? found.tokens.admin;
        if (admin !== undefined) {
          b = { ...found, admin };
          break;
        }
      }
      if (!b) throw new SetupError('the fixture data needs a second portal with an admin and a secret key');
      const others = fixture.tokens
        .filter((t) => t.portalId !== a.portalId && t.portalId !== b.portalId)
        .map((t) => ({ portalId: t.portalId, token: t.token, userId: t.userId }));
      return {
        a: a as World['a'],
        b,
        others,
      };
    },
  };
}
