import type { Schema } from '@allot/contract';
import { isoNow, requirePermission, type Ctx } from '../context.js';
import { fail } from '../errors.js';
import type { LicenseRecord, NotificationRecord } from './model.js';
import { affectsContactCenter, stillBilledWarnings } from './seats.js';
import {
  assignTo,
  etagOf,
  heldLicense,
  portalLicense,
  portalUser,
  release,
  requireProduct,
  toLicense,
} from './store.js';

/** The catalogue, prices in the caller's portal currency. */
export function listProducts(ctx: Ctx): Schema<'ProductList'> {
  requirePermission(ctx, 'licenses:read');
  const currency = ctx.actor.portal.currency;
  return {
    items: [...ctx.state.licenses.products.values()].map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      unitPrice: { amount: p.unitPrice, currency },
      billingPeriod: p.billingPeriod,
      queueDependent: p.queueDependent,
      features: p.features.map((f) => ({ ...f })),
    })),
  };
}

export function getLicense(ctx: Ctx, licenseId: string): Schema<'License'> {
  requirePermission(ctx, 'licenses:read');
  return toLicense(ctx.state, portalLicense(ctx, licenseId));
}

/** 428 without If-Match, 412 when it names another version (`*` matches any). */
export function checkIfMatch(license: LicenseRecord, ifMatch: string | undefined): void {
  if (ifMatch === undefined) {
    fail(428, 'precondition_required', 'Send the license ETag in If-Match to change it.');
  }
  const current = etagOf(license);
  const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes('*') && !tags.includes(current)) {
    fail(
      412,
      'precondition_failed',
      `License ${license.id} changed since it was read (now ${current}); read it again.`,
    );
  }
}

/** Records the product-change e-mail the `notify` option asks for. */
export function notifyUser(
  ctx: Ctx,
  userId: string,
  productId: string,
  change: NotificationRecord['change'],
): void {
  ctx.state.licenses.notifications.push({ userId, productId, change, sentAt: isoNow(ctx) });
}

/** The product's feature defaults, overridden by the given toggles. */
export function togglesWithDefaults(
  ctx: Ctx,
  productId: string,
  given: Record<string, boolean> = {},
): Record<string, boolean> {
  const product = requireProduct(ctx, productId);
  const toggles: Record<string, boolean> = {};
  for (const f of product.features) toggles[f.key] = given[f.key] ?? f.defaultEnabled;
  return toggles;
}

export interface AssignInput {
  licenseId: string;
  userId: string;
  notify?: boolean | undefined;
  ifMatch: string | undefined;
}

export function assignLicense(ctx: Ctx, input: AssignInput): Schema<'LicenseChange'> {
  requirePermission(ctx, 'licenses:assign');
  const { state } = ctx;
  const license = portalLicense(ctx, input.licenseId);
  const user = portalUser(ctx, input.userId);
  checkIfMatch(license, input.ifMatch);
  if (license.assigneeId !== null) {
    const holder = state.identity.users.get(license.assigneeId)?.name ?? license.assigneeId;
    fail(409, 'license_already_assigned', `License ${license.id} is already assigned to ${holder}.`);
  }
  const product = requireProduct(ctx, license.productId);
  const other = heldLicense(state, user.id, product.id);
  if (other) {
    fail(409, 'product_already_assigned', `${user.name} already has ${product.name} (license ${other.id}).`);
  }
  assignTo(state, license, user.id, togglesWithDefaults(ctx, product.id));
  if (input.notify === true) notifyUser(ctx, user.id, product.id, 'added');
  return { license: toLicense(state, license), warnings: [] };
}

export interface UnassignInput {
  licenseId: string;
  notify?: boolean | undefined;
  ifMatch: string | undefined;
}

export function unassignLicense(ctx: Ctx, input: UnassignInput): Schema<'LicenseChange'> {
  requirePermission(ctx, 'licenses:assign');
  const { state } = ctx;
  const license = portalLicense(ctx, input.licenseId);
  checkIfMatch(license, input.ifMatch);
  const userId = license.assigneeId;
  if (userId === null) fail(409, 'license_not_assigned', `License ${license.id} is already in the pool.`);
  const product = requireProduct(ctx, license.productId);
  release(state, license);
  if (input.notify === true) notifyUser(ctx, userId, product.id, 'removed');
  return {
    license: toLicense(state, license),
    warnings: affectsContactCenter(product) ? stillBilledWarnings(state, userId) : [],
  };
}
