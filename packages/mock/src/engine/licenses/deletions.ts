import type { Schema } from '@allot/contract';
import { requirePermission, type Ctx } from '../context.js';
import { fail, notFound } from '../errors.js';
import type { LicenseRecord } from './model.js';
import { inventoryCounts } from './orders.js';
import { deleteUnassigned, portalCostCenter, portalLicense, requireProduct } from './store.js';

type Request = Schema<'LicenseDeletionRequest'>;
type Counts = Schema<'LicenseInventoryCounts'>;

const NONE: Counts = { owned: 0, assigned: 0, unassigned: 0, deletable: 0 };

/**
 * Deletes unassigned licenses, by product and quantity (newest first, optionally of one cost center) or
 * exactly those named; never an assigned one. A dry run answers the same and deletes nothing.
 */
export function deleteLicenses(ctx: Ctx, input: Request): Schema<'LicenseDeletion'> {
  requirePermission(ctx, 'licenses:delete');
  const chosen = 'licenseIds' in input ? selected(ctx, input.licenseIds) : byQuantity(ctx, input);
  const dryRun = input.dryRun ?? false;
  const before = inventoryCounts(ctx);
  if (!dryRun) deleteUnassigned(ctx.state, ctx.actor.portal.id, new Set(chosen.map((l) => l.id)));
  return {
    dryRun,
    deleted: chosen.length,
    deletedLicenseIds: chosen.map((l) => l.id),
    products: perProduct(ctx, chosen, before),
    costCenters: perCostCenter(ctx, chosen),
  };
}

/** The licenses named, all of them this portal's and unassigned. */
function selected(ctx: Ctx, ids: readonly string[]): LicenseRecord[] {
  // A license named twice is one license (the HTTP layer refuses repeats; the engine must not count one twice).
  const licenses = [...new Set(ids)].map((id) => portalLicense(ctx, id));
  const assigned = licenses.find((l) => l.assigneeId !== null);
  if (assigned?.assigneeId) {
    const holder = ctx.state.identity.users.get(assigned.assigneeId)?.name ?? assigned.assigneeId;
    fail(
      409,
      'license_already_assigned',
      `${assigned.id} is assigned to ${holder}; unassign it before deleting it.`,
    );
  }
  return licenses;
}

/** The newest `quantity` unassigned licenses of the product (of the cost center, if one is named). */
function byQuantity(ctx: Ctx, input: Extract<Request, { productId: string }>): LicenseRecord[] {
  const product = requireProduct(ctx, input.productId);
  if (!inventoryCounts(ctx).has(product.id)) return notFound(`${product.name} license in this portal`);
  const center = input.costCenterId;
  const centerCode =
    center === undefined
      ? ''
      : center === null
        ? ' billed to no cost center'
        : ` billed to ${portalCostCenter(ctx, center).code}`;
  const list = ctx.state.licenses.byPortal.get(ctx.actor.portal.id) ?? [];
  const deletable = list.filter(
    (l) =>
      l.productId === product.id &&
      l.assigneeId === null &&
      (center === undefined || l.costCenterId === center),
  );
  if (input.quantity > deletable.length) {
    fail(
      422,
      'exceeds_deletable',
      `${product.name} has ${deletable.length} licenses${centerCode} that can be deleted; ${input.quantity} were asked for.`,
    );
  }
  return deletable.slice(-input.quantity).reverse();
}

/** Per product deleted from (in catalogue order): how many, and its counts once they are gone. */
function perProduct(ctx: Ctx, chosen: readonly LicenseRecord[], before: Map<string, Counts>) {
  const deleted = new Map<string, number>();
  for (const l of chosen) deleted.set(l.productId, (deleted.get(l.productId) ?? 0) + 1);
  return [...ctx.state.licenses.products.values()]
    .filter((p) => deleted.has(p.id))
    .map((p) => {
      const n = deleted.get(p.id) ?? 0;
      const was = before.get(p.id) ?? NONE;
      const left = was.unassigned - n;
      return {
        productId: p.id,
        productName: p.name,
        deleted: n,
        remaining: { owned: was.owned - n, assigned: was.assigned, unassigned: left, deletable: left },
      };
    });
}

/** Per cost center that loses seats, by code (licenses billed to none last). */
function perCostCenter(ctx: Ctx, chosen: readonly LicenseRecord[]): Schema<'LicenseDeletionCostCenter'>[] {
  const lost = new Map<string | null, number>();
  for (const l of chosen) lost.set(l.costCenterId, (lost.get(l.costCenterId) ?? 0) + 1);
  return [...lost]
    .map(([id, deleted]) => {
      const c = id === null ? undefined : ctx.state.licenses.costCenters.get(id);
      return { costCenter: c ? { id: c.id, code: c.code, name: c.name } : null, deleted };
    })
    .sort((a, b) =>
      a.costCenter === null ? 1 : b.costCenter === null ? -1 : a.costCenter.code < b.costCenter.code ? -1 : 1,
    );
}
