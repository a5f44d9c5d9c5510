import type { Role } from '@allot/contract';
import type { PortalRecord, UserRecord } from '../engine/identity/model.js';
import type { State } from '../engine/state.js';
import type { SeedOptions } from './types.js';

/**
 * The fixed cast every scenario shares, so tests, the demo and the docs can name them.
 * Portal A is the main customer; B is the portal A shares minutes with and invites from;
 * the three "invitee" portals each hit one acceptance blocker of DOMAIN.md.
 */
export const portals = {
  a: 'prt_a',
  b: 'prt_b',
  /** Invitee account with unpaid invoices. */
  unpaid: 'prt_unpaid',
  /** Invitee account with a pending cancellation. */
  cancelling: 'prt_cancelling',
  /** Invitee account that still has linked users (error 1009). */
  linked: 'prt_linked',
  /** Invitee on a paid plan with no blocker: accepts with refund or credit. */
  paid: 'prt_paid',
} as const;

/** One user per role in portal A, an admin and a member in B, and one owner per invitee portal. */
export const users = {
  superAdmin: 'usr_super',
  admin: 'usr_admin',
  userManager: 'usr_manager',
  member: 'usr_member',
  bAdmin: 'usr_b_admin',
  bMember: 'usr_b_member',
  unpaidOwner: 'usr_unpaid',
  cancellingOwner: 'usr_cancelling',
  linkedOwner: 'usr_linked',
  paidOwner: 'usr_paid',
} as const;

/**
 * Ready-made bearer tokens (valid for a year from the scenario's time) for the demo and tests:
 * `tokens.a.admin` acts as portal A's admin, and so on. Secret keys mint short-lived widget tokens.
 */
export const tokens = {
  a: {
    super_admin: 'tok_a_super_admin',
    admin: 'tok_a_admin',
    user_manager: 'tok_a_user_manager',
    member: 'tok_a_member',
  },
  b: { admin: 'tok_b_admin', member: 'tok_b_member' },
  unpaid: 'tok_unpaid',
  cancelling: 'tok_cancelling',
  linked: 'tok_linked',
  paid: 'tok_paid',
} as const satisfies Record<string, string | Partial<Record<Role, string>>>;

export const secretKeys = { a: 'sk_test_a', b: 'sk_test_b' } as const;

const YEAR = 365 * 24 * 3600 * 1000;

/** Number of generated (non-fixture) users of portal A per scenario. */
export const generatedUserCount = { empty: 0, default: 40, 'team-licenses': 40, large: 20_000 } as const;

/** Id of portal A's n-th generated user (1-based): `usr_g00001`. */
export function generatedUserId(n: number): string {
  return `usr_g${String(n).padStart(5, '0')}`;
}

const FIRST = [
  'Ada',
  'Béatrice',
  'Chloé',
  'David',
  'Émile',
  'Farah',
  'Gaspard',
  'Hugo',
  'Inès',
  'Jonas',
  'Karin',
  'Lena',
  'Malik',
  'Nora',
  'Oskar',
  'Paula',
  'Quentin',
  'Rosa',
  'Sami',
  'Tilda',
  'Ugo',
  'Vera',
  'Wim',
  'Yara',
  'Zoé',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Müller',
  'Schmidt',
  'Lefèvre',
  'Weber',
  'Moreau',
  'Fischer',
  'Laurent',
  'Wagner',
  'Garnier',
  'Becker',
  'Roux',
  'Hoffmann',
  'Fontaine',
];

export function seedIdentity(state: State, { scenario, rng, now }: SeedOptions): void {
  const { portals: ps, users: us, tokens: ts } = state.identity;
  const portal = (p: Partial<PortalRecord> & Pick<PortalRecord, 'id' | 'name' | 'ownerEmail'>) =>
    ps.set(p.id, {
      status: 'active',
      currency: 'EUR',
      hasUnpaidInvoices: false,
      secretKey: `sk_test_${p.id.slice(4)}`,
      linkedUserCount: 0,
      plan: null,
      ...p,
    });
  const periodStart = new Date(now - 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const periodEnd = new Date(now + 20 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const paidPlan = { price: 1499, periodStart, periodEnd };

  portal({ id: portals.a, name: 'Portal A', ownerEmail: 'owner@portal-a.test' });
  portal({ id: portals.b, name: 'Portal B', ownerEmail: 'owner@portal-b.test' });
  portal({
    id: portals.unpaid,
    name: 'Nordlicht GmbH',
    ownerEmail: 'owner@unpaid.test',
    hasUnpaidInvoices: true,
    plan: paidPlan,
  });
  portal({
    id: portals.cancelling,
    name: 'Atelier Brume',
    ownerEmail: 'owner@cancelling.test',
    status: 'pending_cancellation',
    plan: paidPlan,
  });
  portal({
    id: portals.linked,
    name: 'Linked Co',
    ownerEmail: 'owner@linked.test',
    linkedUserCount: 3,
    linkedUsers: [
      { name: 'Jonas Weber', email: 'jonas@linked.test' },
      { name: 'Mara Klein', email: 'mara@linked.test' },
      { name: 'Tomás Ruiz', email: 'tomas@linked.test' },
    ],
    plan: paidPlan,
  });
  portal({ id: portals.paid, name: 'Solo Studio', ownerEmail: 'owner@paid.test', plan: paidPlan });

  const user = (u: UserRecord) => us.set(u.id, u);
  user({
    id: users.superAdmin,
    portalId: portals.a,
    name: 'Sofia Owner',
    email: 'owner@portal-a.test',
    role: 'super_admin',
    extension: '1000',
  });
  user({
    id: users.admin,
    portalId: portals.a,
    name: 'Ada Martin',
    email: 'ada@portal-a.test',
    role: 'admin',
    extension: '1001',
  });
  user({
    id: users.userManager,
    portalId: portals.a,
    name: 'Marc Weber',
    email: 'marc@portal-a.test',
    role: 'user_manager',
    extension: '1002',
  });
  user({
    id: users.member,
    portalId: portals.a,
    name: 'Lina Roux',
    email: 'lina@portal-a.test',
    role: 'member',
    extension: '1003',
  });
  user({
    id: users.bAdmin,
    portalId: portals.b,
    name: 'Bruno Keller',
    email: 'owner@portal-b.test',
    role: 'super_admin',
  });
  user({
    id: users.bMember,
    portalId: portals.b,
    name: 'Nina Vogel',
    email: 'nina@portal-b.test',
    role: 'member',
  });
  user({
    id: users.unpaidOwner,
    portalId: portals.unpaid,
    name: 'Uwe Brandt',
    email: 'owner@unpaid.test',
    role: 'super_admin',
  });
  user({
    id: users.cancellingOwner,
    portalId: portals.cancelling,
    name: 'Claire Brume',
    email: 'owner@cancelling.test',
    role: 'super_admin',
  });
  user({
    id: users.linkedOwner,
    portalId: portals.linked,
    name: 'Liam Link',
    email: 'owner@linked.test',
    role: 'super_admin',
  });
  user({
    id: users.paidOwner,
    portalId: portals.paid,
    name: 'Paz Solo',
    email: 'owner@paid.test',
    role: 'super_admin',
  });

  for (let n = 1; n <= generatedUserCount[scenario]; n += 1) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    user({
      id: generatedUserId(n),
      portalId: portals.a,
      name: `${first} ${last}`,
      email: `${first}.${last}.${n}@portal-a.test`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      role: 'member',
      extension: String(2000 + n),
    });
  }

  const token = (value: string, userId: string) => {
    const u = us.get(userId);
    if (!u) throw new Error(`No fixture user ${userId} for token ${value}`);
    ts.set(value, { token: value, userId, portalId: u.portalId, permissions: [], expiresAt: now + YEAR });
  };
  token(tokens.a.super_admin, users.superAdmin);
  token(tokens.a.admin, users.admin);
  token(tokens.a.user_manager, users.userManager);
  token(tokens.a.member, users.member);
  token(tokens.b.admin, users.bAdmin);
  token(tokens.b.member, users.bMember);
  token(tokens.unpaid, users.unpaidOwner);
  token(tokens.cancelling, users.cancellingOwner);
  token(tokens.linked, users.linkedOwner);
  token(tokens.paid, users.paidOwner);
}
