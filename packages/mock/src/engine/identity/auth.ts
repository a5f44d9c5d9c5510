import type { Permission } from '@allot/contract';
import type { Actor } from '../context.js';
import { fail } from '../errors.js';
import { rolePermissions } from '../rbac.js';
import type { State } from '../state.js';
import { isActiveUserOf, type UserRecord } from './model.js';

/**
 * What a token may do now: its user's *current* role, cut down to the token's scopes (an empty scope
 * list means the whole role). Computed per request so a role change applies to live tokens at once.
 */
export function effectivePermissions(user: UserRecord, scopes: readonly Permission[]): Permission[] {
  const role = rolePermissions[user.role];
  return scopes.length === 0 ? [...role] : role.filter((p) => scopes.includes(p));
}

function unauthenticated(detail: string): never {
  return fail(401, 'unauthenticated', detail);
}

/** The bearer token's actor: unknown or expired tokens are 401, whatever the route. */
export function authenticateToken(state: State, token: string | undefined, now: number): Actor {
  if (token === undefined) return unauthenticated('This request needs a bearer token.');
  const record = state.identity.tokens.get(token);
  if (!record) return unauthenticated('The token is not valid.');
  if (record.expiresAt <= now) return unauthenticated('The token has expired.');
  const user = state.identity.users.get(record.userId);
  const portal = state.identity.portals.get(record.portalId);
  // A token whose user left the portal (or was removed) acts for nobody.
  if (!portal || !isActiveUserOf(user, portal.id)) return unauthenticated('The token is not valid.');
  return { user, portal, permissions: new Set(effectivePermissions(user, record.permissions)) };
}

/**
 * A portal's secret API key (server to server, only to mint widget tokens). It acts as the portal itself,
 * not as a user, so it carries no permissions of the role table.
 */
export function authenticateSecretKey(state: State, key: string | undefined): Actor {
  if (key === undefined) return unauthenticated('This request needs the portal secret key.');
  for (const portal of state.identity.portals.values()) {
    if (portal.secretKey === key) {
      const user: UserRecord = {
        id: `key_${portal.id}`,
        portalId: portal.id,
        name: `${portal.name} API key`,
        email: portal.ownerEmail,
        role: 'member',
      };
      return { user, portal, permissions: new Set() };
    }
  }
  return unauthenticated('The secret key is not valid.');
}
