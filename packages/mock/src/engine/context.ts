import type { Permission } from '@allot/contract';
import { fail } from './errors.js';
import type { PortalRecord, UserRecord } from './identity/model.js';
import type { State } from './state.js';

/** Who a request acts as: one user of one portal, with the token's effective permissions. */
export interface Actor {
  user: UserRecord;
  portal: PortalRecord;
  permissions: ReadonlySet<Permission>;
}

/** Everything an engine function needs: the state, the caller, and the time (epoch ms) it runs at. */
export interface Ctx {
  state: State;
  actor: Actor;
  now: number;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** 403 unless the caller holds one of the permissions; the detail names them. */
export function requirePermission(ctx: Ctx, ...anyOf: Permission[]): void {
  if (anyOf.length > 0 && !anyOf.some((p) => ctx.actor.permissions.has(p))) {
    fail(403, 'forbidden', `This needs the permission ${anyOf.join(' or ')}.`);
  }
}

/** ISO timestamp of ctx.now, as every record stores it. */
export function isoNow(ctx: Pick<Ctx, 'now'>): string {
  return new Date(ctx.now).toISOString();
}
