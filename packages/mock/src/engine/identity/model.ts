import type { Permission, Role } from '@allot/contract';

/** A customer tenant. `secretKey` is what its backend uses to mint widget tokens. */
export interface PortalRecord {
  id: string;
  name: string;
  ownerEmail: string;
  status: 'active' | 'pending_cancellation';
  currency: string;
  hasUnpaidInvoices: boolean;
  secretKey: string;
  /** Users linked to this account (Zoom's error 1009 blocks joining another account while > 0). */
  linkedUserCount: number;
  /** Who they are, as the blocker names them (the first of them; none when the scenario does not say). */
  linkedUsers?: { name: string; email: string }[];
  /** The paid plan, for prorated credit on joining another portal; null for a free account. */
  plan: { price: number; periodStart: string; periodEnd: string } | null;
}

export interface UserRecord {
  id: string;
  portalId: string;
  name: string;
  email: string;
  role: Role;
  extension?: string;
  /** Set when the user was removed from the portal (pruned): they lose access at once. */
  removedAt?: string;
}

/** Whether a user may act in, be listed in, or get tokens for the portal. */
export function isActiveUserOf(user: UserRecord | undefined, portalId: string): user is UserRecord {
  return user !== undefined && user.portalId === portalId && user.removedAt === undefined;
}

export interface TokenRecord {
  token: string;
  userId: string;
  portalId: string;
  /** Effective permissions: the role's, cut down to the scopes asked for. */
  permissions: Permission[];
  /** Epoch milliseconds. */
  expiresAt: number;
}

export interface IdentityState {
  portals: Map<string, PortalRecord>;
  users: Map<string, UserRecord>;
  tokens: Map<string, TokenRecord>;
}

export function createIdentityState(): IdentityState {
  return { portals: new Map(), users: new Map(), tokens: new Map() };
}
