import type { Role, Schema } from '@allot/contract';
import { rolePermissions } from '../rbac.js';
import { isoNow, type Ctx } from '../context.js';
import { fail, notFound } from '../errors.js';
import { nextId } from '../ids.js';
import { paginate } from '../paging.js';
import { effectivePermissions } from './auth.js';
import { isActiveUserOf, type PortalRecord, type UserRecord } from './model.js';

/** A user as the contract shows it (never the internal fields). */
export function toUser(user: UserRecord): Schema<'User'> {
  const out: Schema<'User'> = { id: user.id, name: user.name, email: user.email, role: user.role };
  if (user.extension !== undefined) out.extension = user.extension;
  return out;
}

/** A portal as the contract shows it: no secret key, no billing internals. */
export function toPortal(portal: PortalRecord): Schema<'Portal'> {
  return {
    id: portal.id,
    name: portal.name,
    ownerEmail: portal.ownerEmail,
    status: portal.status,
    currency: portal.currency,
    hasUnpaidInvoices: portal.hasUnpaidInvoices,
  };
}

/** `getMe`: the caller, the portal, and what the token may do, so a widget can hide what it may not. */
export function getMe(ctx: Ctx): Schema<'Me'> {
  const permissions = [...ctx.actor.permissions];
  const user = ctx.actor.user;
  return {
    user: toUser(user),
    portal: toPortal(ctx.actor.portal),
    permissions,
    rolePermissions: [...rolePermissions[user.role]],
  };
}

/** Lower case without accents, so "zoe" finds "Zoé". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** `listUsers`: the caller's portal only, searched by name, e-mail or extension, sorted by name. */
export function listUsers(
  ctx: Ctx,
  query: {
    q?: string | undefined;
    productId?: string | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Schema<'UserPage'> {
  const needle = query.q === undefined ? '' : foldText(query.q.trim());
  const matches: UserRecord[] = [];
  for (const user of ctx.state.identity.users.values()) {
    if (!isActiveUserOf(user, ctx.actor.portal.id)) continue;
    if (
      needle !== '' &&
      !foldText(`${user.name}\u0000${user.email}\u0000${user.extension ?? ''}`).includes(needle)
    ) {
      continue;
    }
    matches.push(user);
  }
  matches.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = paginate(matches, query.cursor, query.limit ?? 50);
  // With `productId`, each user says whether they hold a seat of it (the assign picker marks them).
  const { productId } = query;
  const held = ctx.state.licenses.held;
  const items = page.items.map((user) =>
    productId === undefined
      ? toUser(user)
      : { ...toUser(user), holdsProduct: held.get(user.id)?.has(productId) ?? false },
  );
  return { items, nextCursor: page.nextCursor, total: matches.length };
}

/**
 * `updateUserRole`. A portal must keep one super admin, or nobody could manage roles again:
 * demoting the last one is refused with 403 (the operation documents no 409/422, and "not allowed" is
 * what it is).
 */
export function updateUserRole(ctx: Ctx, userId: string, role: Role): Schema<'User'> {
  const user = ctx.state.identity.users.get(userId);
  if (!isActiveUserOf(user, ctx.actor.portal.id)) notFound('user');
  if (user.role === 'super_admin' && role !== 'super_admin') {
    let superAdmins = 0;
    for (const u of ctx.state.identity.users.values()) {
      if (u.portalId === user.portalId && u.role === 'super_admin') superAdmins += 1;
    }
    if (superAdmins <= 1) {
      fail(
        403,
        'forbidden',
        'The portal needs at least one super admin: promote another user before this one.',
      );
    }
  }
  user.role = role;
  return toUser(user);
}

/** A widget token lives at most an hour (DOMAIN.md); 15 minutes unless asked otherwise. */
export const WIDGET_TOKEN_MAX_TTL_SECONDS = 3600;
export const WIDGET_TOKEN_DEFAULT_TTL_SECONDS = 900;

/**
 * `createWidgetToken` with the portal's secret key: a short-lived token for one user of that portal,
 * whose permissions are those asked for ∩ the user's role. Another portal or an unknown user is 404.
 */
export function createWidgetToken(ctx: Ctx, input: Schema<'WidgetTokenRequest'>): Schema<'WidgetToken'> {
  if (input.portalId !== ctx.actor.portal.id) notFound('portal');
  const user = ctx.state.identity.users.get(input.userId);
  if (!isActiveUserOf(user, input.portalId)) notFound('user');
  const ttl = Math.min(input.ttlSeconds ?? WIDGET_TOKEN_DEFAULT_TTL_SECONDS, WIDGET_TOKEN_MAX_TTL_SECONDS);
  const permissions = effectivePermissions(user, input.permissions);
  const expiresAt = ctx.now + ttl * 1000;
  // Deterministic like every id of the mock; a real service would use a random secret here.
  const token = nextId(ctx.state, 'wt');
  // The token keeps the scopes asked for; each request cuts them down to the user's role of the moment.
  ctx.state.identity.tokens.set(token, {
    token,
    userId: user.id,
    portalId: user.portalId,
    permissions: [...input.permissions],
    expiresAt,
  });
  return {
    token,
    expiresAt: isoNow({ now: expiresAt }),
    permissions,
    portalId: user.portalId,
    userId: user.id,
  };
}
