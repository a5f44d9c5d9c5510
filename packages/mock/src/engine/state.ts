import type { BillingState } from './billing/model.js';
import { createBillingState } from './billing/model.js';
import type { IdentityState } from './identity/model.js';
import { createIdentityState } from './identity/model.js';
import type { InvitationsState } from './invitations/model.js';
import { createInvitationsState } from './invitations/model.js';
import type { LicensesState } from './licenses/model.js';
import { createLicensesState } from './licenses/model.js';
import type { MinutesState } from './minutes/model.js';
import { createMinutesState } from './minutes/model.js';
import type { WorkspaceState } from './workspace/model.js';
import { createWorkspaceState } from './workspace/model.js';

/** A stored result of an idempotent write, replayed for the same key and body. */
export interface IdempotencyRecord {
  bodyHash: string;
  /** Service-clock epoch ms of the first request: the key expires 24 hours after it. */
  storedAt: number;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * The whole mock service's state: plain data, one slice per domain. Lives for the life of the process
 * (or of a test); scenarios build it, engine functions change it.
 */
export interface State {
  /** Counter behind deterministic ids. */
  seq: number;
  identity: IdentityState;
  minutes: MinutesState;
  invitations: InvitationsState;
  /** Products, licenses, queues, cost centers, quotes and orders. */
  licenses: LicensesState;
  workspace: WorkspaceState;
  /** Invoices, credits and exports. */
  billing: BillingState;
  /** Keyed by `${userId} ${operationId} ${key}`, in the order they were stored (oldest first). */
  idempotency: Map<string, IdempotencyRecord>;
}

export function createState(): State {
  return {
    seq: 0,
    identity: createIdentityState(),
    minutes: createMinutesState(),
    invitations: createInvitationsState(),
    licenses: createLicensesState(),
    workspace: createWorkspaceState(),
    billing: createBillingState(),
    idempotency: new Map(),
  };
}
