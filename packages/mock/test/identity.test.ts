import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../src/engine/rbac.js';
import { generatedUserCount } from '../src/scenarios/identity.js';
import { tokens, users } from '../src/scenarios/index.js';
import { callOperation } from './support/operations.js';
import { createTestService, TEST_NOW } from './support/service.js';

type Service = ReturnType<typeof createTestService>;

const mint = (service: Service, body: Record<string, unknown>, secret = 'sk_test_a') =>
  callOperation(service, secret, 'createWidgetToken', { body });

describe('GET /me', () => {
  it.each(Object.entries(tokens.a))(
    'shows %s its user, its portal and its role’s permissions',
    async (role, token) => {
      const { status, body } = await callOperation(createTestService(), token, 'getMe');
      expect(status).toBe(200);
      expect(body.user.role).toBe(role);
      expect(body.portal).toEqual({
        id: 'prt_a',
        name: 'Portal A',
        ownerEmail: 'owner@portal-a.test',
        status: 'active',
        currency: 'EUR',
        hasUnpaidInvoices: false,
      });
      expect(body.permissions).toEqual(rolePermissions[role as keyof typeof rolePermissions]);
    },
  );

  it('never shows the portal’s secret key', async () => {
    const { body } = await callOperation(createTestService(), tokens.a.super_admin, 'getMe');
    expect(JSON.stringify(body)).not.toContain('sk_test');
  });

  it('shows the invitee portals with their blockers', async () => {
    const service = createTestService();
    expect((await callOperation(service, tokens.unpaid, 'getMe')).body.portal.hasUnpaidInvoices).toBe(true);
    expect((await callOperation(service, tokens.cancelling, 'getMe')).body.portal.status).toBe(
      'pending_cancellation',
    );
  });
});

describe('POST /widget-tokens', () => {
  it('mints a token whose permissions are those asked for, cut down to the user’s role', async () => {
    const { status, body } = await mint(createTestService(), {
      portalId: 'prt_a',
      userId: users.userManager,
      permissions: ['licenses:read', 'licenses:purchase', 'members:read'],
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      portalId: 'prt_a',
      userId: users.userManager,
      permissions: ['licenses:read', 'members:read'],
    });
    expect(body.token).toMatch(/^wt_/);
  });

  it('lives 15 minutes unless asked otherwise, and says when it expires', async () => {
    const service = createTestService();
    const standard = await mint(service, {
      portalId: 'prt_a',
      userId: users.member,
      permissions: ['minutes:read'],
    });
    expect(Date.parse(standard.body.expiresAt)).toBe(TEST_NOW + 900_000);
    const hour = await mint(service, {
      portalId: 'prt_a',
      userId: users.member,
      permissions: ['minutes:read'],
      ttlSeconds: 3600,
    });
    expect(Date.parse(hour.body.expiresAt)).toBe(TEST_NOW + 3_600_000);
  });

  it('refuses a lifetime over one hour', async () => {
    const { status, body } = await mint(createTestService(), {
      portalId: 'prt_a',
      userId: users.member,
      permissions: ['minutes:read'],
      ttlSeconds: 3601,
    });
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/ttlSeconds');
  });

  it('acts with the token’s permissions only', async () => {
    const service = createTestService();
    const { body: minted } = await mint(service, {
      portalId: 'prt_a',
      userId: users.admin,
      permissions: ['minutes:read'],
    });
    const me = await callOperation(service, minted.token, 'getMe');
    expect(me.body.user.id).toBe(users.admin);
    expect(me.body.permissions).toEqual(['minutes:read']);
    const users_ = await callOperation(service, minted.token, 'listUsers');
    expect(users_.status).toBe(403);
  });

  it('answers 401 once the token has expired', async () => {
    const service = createTestService();
    const { body: minted } = await mint(service, {
      portalId: 'prt_a',
      userId: users.member,
      permissions: ['minutes:read'],
      ttlSeconds: 60,
    });
    expect((await callOperation(service, minted.token, 'getMe')).status).toBe(200);
    service.advance(59_999);
    expect((await callOperation(service, minted.token, 'getMe')).status).toBe(200);
    service.advance(1);
    const expired = await callOperation(service, minted.token, 'getMe');
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toBe('The token has expired.');
  });

  it('gives a token with no permission in common with the role no permissions at all', async () => {
    const service = createTestService();
    const { body: minted } = await mint(service, {
      portalId: 'prt_a',
      userId: users.member,
      permissions: ['billing:read'],
    });
    expect(minted.permissions).toEqual([]);
    expect((await callOperation(service, minted.token, 'getMe')).body.permissions).toEqual([]);
  });

  it('follows a later role change: a demoted user’s token loses what the new role lacks', async () => {
    const service = createTestService();
    const { body: minted } = await mint(service, {
      portalId: 'prt_a',
      userId: users.admin,
      permissions: ['minutes:manage', 'minutes:read'],
    });
    await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.admin },
      body: { role: 'member' },
    });
    expect((await callOperation(service, minted.token, 'getMe')).body.permissions).toEqual(['minutes:read']);
  });

  it('answers 404 for an unknown user', async () => {
    const { status } = await mint(createTestService(), {
      portalId: 'prt_a',
      userId: 'usr_nobody',
      permissions: ['minutes:read'],
    });
    expect(status).toBe(404);
  });

  it('answers 404 for a user of another portal', async () => {
    const { status } = await mint(createTestService(), {
      portalId: 'prt_a',
      userId: users.bMember,
      permissions: ['minutes:read'],
    });
    expect(status).toBe(404);
  });

  it('answers 404 for a portal the key does not belong to', async () => {
    const { status } = await mint(createTestService(), {
      portalId: 'prt_b',
      userId: users.bMember,
      permissions: ['minutes:read'],
    });
    expect(status).toBe(404);
  });

  it('answers 401 for an unknown secret key', async () => {
    const { status } = await mint(
      createTestService(),
      { portalId: 'prt_a', userId: users.member, permissions: ['minutes:read'] },
      'sk_test_zzz',
    );
    expect(status).toBe(401);
  });
});

describe('GET /users', () => {
  it('lists the portal’s users sorted by name, with the total', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'listUsers', {
      query: { limit: 200 },
    });
    expect(status).toBe(200);
    expect(body.total).toBe(4 + generatedUserCount.default);
    const names: string[] = body.items.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('never lists another portal’s users', async () => {
    const { body } = await callOperation(createTestService(), tokens.b.admin, 'listUsers');
    expect(body.items.map((u: { id: string }) => u.id).sort()).toEqual([users.bAdmin, users.bMember].sort());
  });

  it.each([
    ['name', 'lina', users.member],
    ['e-mail', 'marc@portal-a', users.userManager],
    ['extension', '1003', users.member],
    ['name without accents', 'sofia owner', users.superAdmin],
  ])('finds a user by %s', async (_what, q, id) => {
    const { body } = await callOperation(createTestService(), tokens.a.admin, 'listUsers', { query: { q } });
    expect(body.items.map((u: { id: string }) => u.id)).toContain(id);
  });

  it('marks, when asked for a product, the users who already hold a license of it', async () => {
    const service = createTestService();
    const ask = async (productId?: string) => {
      const { body } = await callOperation(service, tokens.a.admin, 'listUsers', {
        query: { limit: 200, ...(productId ? { productId } : {}) },
      });
      return body.items as { id: string; holdsProduct?: boolean }[];
    };
    const holders = new Set(
      [...service.state.licenses.licenses.values()]
        .filter((l) => l.productId === 'prd_live' && l.assigneeId !== null)
        .map((l) => l.assigneeId),
    );
    expect(holders.size).toBeGreaterThan(0);
    const marked = await ask('prd_live');
    expect(
      marked
        .filter((u) => u.holdsProduct)
        .map((u) => u.id)
        .sort(),
    ).toEqual(
      marked
        .filter((u) => holders.has(u.id))
        .map((u) => u.id)
        .sort(),
    );
    expect(marked.every((u) => typeof u.holdsProduct === 'boolean')).toBe(true);
    expect((await ask()).some((u) => 'holdsProduct' in u)).toBe(false);
    expect((await ask('prd_nope')).some((u) => u.holdsProduct)).toBe(false);
  });

  it('finds accented names from unaccented text', async () => {
    const service = createTestService();
    service.state.identity.users.get(users.member)!.name = 'Zoé Lefèvre';
    const { body } = await callOperation(service, tokens.a.admin, 'listUsers', {
      query: { q: 'zoe lefevre' },
    });
    expect(body.items.map((u: { id: string }) => u.id)).toEqual([users.member]);
  });

  it('pages with a cursor until nextCursor is null', async () => {
    const service = createTestService();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await callOperation(service, tokens.a.admin, 'listUsers', {
        query: { limit: 7, cursor },
      });
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items.map((u: { id: string }) => u.id));
      cursor = body.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toHaveLength(4 + generatedUserCount.default);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a cursor it did not issue', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'listUsers', {
      query: { cursor: 'nope!' },
    });
    expect(status).toBe(400);
    expect(body.errors[0].pointer).toBe('/query/cursor');
  });

  it('is open to a user manager (members:read) and closed to a member', async () => {
    const service = createTestService();
    expect((await callOperation(service, tokens.a.user_manager, 'listUsers')).status).toBe(200);
    expect((await callOperation(service, tokens.a.member, 'listUsers')).status).toBe(403);
  });
});

describe('PUT /users/{userId}/role', () => {
  it('lets a super admin change a role', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.member },
      body: { role: 'user_manager' },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: users.member, role: 'user_manager' });
    expect((await callOperation(service, tokens.a.member, 'getMe')).body.permissions).toContain(
      'members:read',
    );
  });

  it('refuses an admin with 403 naming roles:manage', async () => {
    const { status, body } = await callOperation(createTestService(), tokens.a.admin, 'updateUserRole', {
      path: { userId: users.member },
      body: { role: 'admin' },
    });
    expect(status).toBe(403);
    expect(body.detail).toContain('roles:manage');
  });

  it('answers 404 for a user of another portal', async () => {
    const { status } = await callOperation(createTestService(), tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.bMember },
      body: { role: 'admin' },
    });
    expect(status).toBe(404);
  });

  it('refuses to demote the last super admin, and changes nothing', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.superAdmin },
      body: { role: 'admin' },
    });
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
    expect(body.detail).toContain('at least one super admin');
    expect(service.state.identity.users.get(users.superAdmin)!.role).toBe('super_admin');
  });

  it('lets a super admin step down once another one exists', async () => {
    const service = createTestService();
    await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.admin },
      body: { role: 'super_admin' },
    });
    const { status } = await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.superAdmin },
      body: { role: 'admin' },
    });
    expect(status).toBe(200);
    // The token now acts as an admin, so it may no longer manage roles.
    const again = await callOperation(service, tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.member },
      body: { role: 'admin' },
    });
    expect(again.status).toBe(403);
  });

  it('accepts setting the role a user already has', async () => {
    const { status } = await callOperation(createTestService(), tokens.a.super_admin, 'updateUserRole', {
      path: { userId: users.superAdmin },
      body: { role: 'super_admin' },
    });
    expect(status).toBe(200);
  });
});
