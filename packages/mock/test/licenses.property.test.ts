import type { Permission } from '@allot/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/engine/errors.js';
import {
  addUserProduct,
  allocateLicenseQuote,
  assignLicense,
  confirmLicenseOrder,
  createCostCenter,
  createLicenseQuote,
  deleteLicenses,
  getLicenseInventory,
  listLicenses,
  productIds,
  QUOTE_TTL_MS,
  removeQueueMember,
  removeUserProduct,
  unassignLicense,
  updateUserProduct,
} from '../src/engine/licenses/index.js';
import { rolePermissions } from '../src/engine/rbac.js';
import type { State } from '../src/engine/state.js';
import { generatedUserId, portals, users } from '../src/scenarios/identity.js';
import { costCenterIds } from '../src/scenarios/licenses.js';
import { ctxAs, licensesDigest, licensesOf, licenseViolations, NOW, scenario } from './support/licenses.js';

// Random sequences of license operations by random users of both portals. After every step: invariant 3
// (a license has at most one user, one seat per product per user, assigned + unassigned = owned, indexes
// agree), invariant 4 (deleting never touches an assigned license), invariant 6 (a refused call changes
// nothing) and invariant 7 for this domain (a call the role may not make is refused with 403).

const actors = [users.superAdmin, users.admin, users.userManager, users.member, users.bAdmin, users.bMember];
const targets = [
  users.superAdmin,
  users.admin,
  users.userManager,
  users.member,
  ...Array.from({ length: 12 }, (_, i) => generatedUserId(i + 1)),
  users.bMember,
];
const products = [productIds.connectStandard, productIds.contactCenter, productIds.liveReports];
const features = [
  {},
  { call_recording: false },
  { screen_recording: true },
  { agent_monitoring: true },
  { nope: true },
];
const centers = [costCenterIds.salesFr, costCenterIds.rnd, costCenterIds.bOps];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

type Step =
  | {
      op: 'assign';
      actor: number;
      license: number;
      free: boolean;
      user: number;
      ifMatch: 'current' | 'stale' | 'any';
    }
  | { op: 'unassign'; actor: number; license: number; ifMatch: 'current' | 'stale' | 'any' }
  | { op: 'add'; actor: number; user: number; product: number; features: number }
  | { op: 'update'; actor: number; user: number; product: number; features: number }
  | { op: 'remove'; actor: number; user: number; product: number; removeFromQueues: boolean }
  | { op: 'leaveQueue'; actor: number; queue: number; member: number }
  | {
      op: 'purchase';
      actor: number;
      product: number;
      quantity: number;
      allocate: 'none' | 'all' | 'split';
      accept: boolean;
      late: boolean;
    }
  | { op: 'delete'; actor: number; product: number; quantity: number }
  | { op: 'costCenter'; actor: number; code: number }
  | { op: 'list'; actor: number; q: number; status: number };

const index = fc.nat({ max: 1000 });
const actor = fc.nat({ max: actors.length - 1 });
const ifMatch = fc.constantFrom('current' as const, 'stale' as const, 'any' as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('assign' as const),
    actor,
    license: index,
    free: fc.boolean(),
    user: index,
    ifMatch,
  }),
  fc.record({ op: fc.constant('unassign' as const), actor, license: index, ifMatch }),
  fc.record({ op: fc.constant('add' as const), actor, user: index, product: index, features: index }),
  fc.record({ op: fc.constant('update' as const), actor, user: index, product: index, features: index }),
  fc.record({
    op: fc.constant('remove' as const),
    actor,
    user: index,
    product: index,
    removeFromQueues: fc.boolean(),
  }),
  fc.record({ op: fc.constant('leaveQueue' as const), actor, queue: index, member: index }),
  fc.record({
    op: fc.constant('purchase' as const),
    actor,
    product: index,
    quantity: fc.integer({ min: 1, max: 4 }),
    allocate: fc.constantFrom('none' as const, 'all' as const, 'split' as const),
    accept: fc.boolean(),
    late: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    actor,
    product: index,
    quantity: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ op: fc.constant('costCenter' as const), actor, code: fc.nat({ max: 3 }) }),
  fc.record({ op: fc.constant('list' as const), actor, q: index, status: index }),
);

/** The permission the operation needs (the service checks it first; the engine checks it too). */
const needs: Record<Step['op'], Permission> = {
  assign: 'licenses:assign',
  unassign: 'licenses:assign',
  add: 'licenses:assign',
  update: 'licenses:assign',
  remove: 'licenses:assign',
  leaveQueue: 'licenses:assign',
  purchase: 'licenses:purchase',
  delete: 'licenses:delete',
  costCenter: 'cost_centers:manage',
  list: 'licenses:read',
};

/** Invariant 6, call by call: a refused call leaves the licenses slice exactly as it was. */
function guarded<T>(state: State, call: () => T): T {
  const before = licensesDigest(state);
  try {
    return call();
  } catch (error) {
    if (error instanceof DomainError) expect(licensesDigest(state)).toBe(before);
    throw error;
  }
}

function run(state: State, s: Step): void {
  const ctx = ctxAs(state, pick(actors, s.actor));
  const portalId = ctx.actor.portal.id;
  // Licenses and queues are picked from the whole state, so some calls target another portal (404).
  const all = [...state.licenses.licenses.values()];
  const etag = (version: number, mode: 'current' | 'stale' | 'any') =>
    mode === 'any' ? '*' : `"v${mode === 'current' ? version : version + 1}"`;
  switch (s.op) {
    case 'assign': {
      // Half the time a free license of the caller's portal, so that some assignments succeed.
      const free = licensesOf(state, portalId, { assigned: false });
      const license = s.free && free.length > 0 ? pick(free, s.license) : pick(all, s.license);
      guarded(state, () =>
        assignLicense(ctx, {
          licenseId: license.id,
          userId: pick(targets, s.user),
          ifMatch: etag(license.version, s.ifMatch),
        }),
      );
      return;
    }
    case 'unassign': {
      const license = pick(all, s.license);
      guarded(state, () =>
        unassignLicense(ctx, { licenseId: license.id, ifMatch: etag(license.version, s.ifMatch) }),
      );
      return;
    }
    case 'add':
      guarded(state, () =>
        addUserProduct(ctx, {
          userId: pick(targets, s.user),
          productId: pick(products, s.product),
          features: pick(features, s.features),
        }),
      );
      return;
    case 'update':
      guarded(state, () =>
        updateUserProduct(ctx, {
          userId: pick(targets, s.user),
          productId: pick(products, s.product),
          features: pick(features.slice(1), s.features),
        }),
      );
      return;
    case 'remove':
      guarded(state, () =>
        removeUserProduct(ctx, {
          userId: pick(targets, s.user),
          productId: pick(products, s.product),
          removeFromQueues: s.removeFromQueues,
        }),
      );
      return;
    case 'leaveQueue': {
      const queue = pick([...state.licenses.queues.values()], s.queue);
      const member =
        queue.members.length > 0 ? pick(queue.members, s.member).userId : pick(targets, s.member);
      guarded(state, () => removeQueueMember(ctx, { queueId: queue.id, userId: member }));
      return;
    }
    case 'purchase': {
      const productId = pick(products, s.product);
      const quote = guarded(state, () =>
        createLicenseQuote(ctx, { lines: [{ productId, quantity: s.quantity }] }),
      );
      if (s.allocate === 'all') {
        guarded(state, () =>
          allocateLicenseQuote(ctx, quote.id, { mode: 'all', costCenterId: pick(centers, s.product) }),
        );
      }
      if (s.allocate === 'split') {
        guarded(state, () =>
          allocateLicenseQuote(ctx, quote.id, {
            mode: 'split',
            productId,
            parts: [
              { costCenterId: costCenterIds.salesFr, quantity: 1 },
              { costCenterId: costCenterIds.rnd, quantity: s.quantity },
            ],
          }),
        );
      }
      const later = s.late ? ctxAs(state, ctx.actor.user.id, NOW + QUOTE_TTL_MS) : ctx;
      const before = state.licenses.licenses.size;
      const order = guarded(state, () => confirmLicenseOrder(later, quote.id, { acceptTerms: s.accept }));
      expect(state.licenses.licenses.size).toBe(before + order.lines[0]!.licensesCreated);
      return;
    }
    case 'delete': {
      const productId = pick(products, s.product);
      const assignedBefore = licensesOf(state, portalId, { assigned: true }).map((l) => l.id);
      const result = guarded(state, () => deleteLicenses(ctx, { productId, quantity: s.quantity }));
      // Invariant 4: every assigned license is still there, and every deleted one was free.
      for (const id of assignedBefore) expect(state.licenses.licenses.get(id)?.assigneeId).not.toBeNull();
      expect(result.deletedLicenseIds.some((id) => assignedBefore.includes(id))).toBe(false);
      expect(result.deleted).toBe(s.quantity);
      return;
    }
    case 'costCenter':
      guarded(state, () =>
        createCostCenter(ctx, {
          code: pick(['NEW-1', 'new-1', 'RND', 'NEW-2'], s.code),
          name: 'Created in a test',
        }),
      );
      return;
    case 'list': {
      const before = licensesDigest(state);
      const page = listLicenses(ctx, {
        q: pick(['', 'ada', 'connect', 'sales'], s.q),
        status: pick([undefined, 'assigned', 'unassigned'] as const, s.status),
      });
      expect(page.facets.status.assigned + page.facets.status.unassigned).toBeGreaterThanOrEqual(page.total);
      expect(licensesDigest(state)).toBe(before);
      return;
    }
  }
}

describe('licenses under random operation sequences', () => {
  it('keeps invariants 3, 4, 6 and 7 after every step', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (steps, seed) => {
          const state = scenario('default', seed);
          for (const s of steps) {
            const role = state.identity.users.get(pick(actors, s.actor))?.role ?? 'member';
            const allowed = rolePermissions[role].includes(needs[s.op]);
            try {
              run(state, s);
              expect(allowed, `${role} may not ${s.op}`).toBe(true);
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              if (!allowed) expect(error.status).toBe(403);
            }
            expect(licenseViolations(state)).toEqual([]);
          }
          // The inventory agrees with the license table.
          for (const item of getLicenseInventory(ctxAs(state, users.admin)).items) {
            const owned = licensesOf(state, portals.a, { productId: item.productId });
            expect(item).toMatchObject({
              owned: owned.length,
              assigned: owned.filter((l) => l.assigneeId !== null).length,
              deletable: item.unassigned,
            });
            expect(item.assigned + item.unassigned).toBe(item.owned);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
