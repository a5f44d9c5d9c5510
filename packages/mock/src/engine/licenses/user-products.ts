import type { Schema } from '@allot/contract';
import { requirePermission, type Ctx } from '../context.js';
import { fail } from '../errors.js';
import type { State } from '../state.js';
import { notifyUser, togglesWithDefaults } from './licenses.js';
import type { LicenseRecord, ProductRecord } from './model.js';
import { affectsContactCenter, freeContactCenterSeat, stillBilledWarnings } from './seats.js';
import {
  assignTo,
  heldLicense,
  leaveQueue,
  licenseUser,
  portalUser,
  queuesOf,
  release,
  requireProduct,
} from './store.js';

/** The per-user panel: products held (catalogue order) with their toggles, and the queues the user sits in. */
export function userProducts(state: State, userId: string): Schema<'UserProducts'> {
  const products: Schema<'UserProduct'>[] = [];
  for (const product of state.licenses.products.values()) {
    const license = heldLicense(state, userId, product.id);
    if (license) {
      products.push({
        productId: product.id,
        productCode: product.code,
        productName: product.name,
        licenseId: license.id,
        features: { ...license.features },
      });
    }
  }
  return { user: licenseUser(state, userId), products, queues: queuesOf(state, userId) };
}

export function getUserProducts(ctx: Ctx, userId: string): Schema<'UserProducts'> {
  requirePermission(ctx, 'licenses:read');
  return userProducts(ctx.state, portalUser(ctx, userId).id);
}

/** 400 for a toggle the product does not have (the schema cannot know the product's keys). */
function checkFeatureKeys(product: ProductRecord, features: Record<string, boolean> | undefined): void {
  const known = new Set(product.features.map((f) => f.key));
  const unknown = Object.keys(features ?? {}).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    fail(400, 'validation_failed', `${product.name} has no feature ${unknown.join(', ')}.`, {
      errors: unknown.map((key) => ({
        pointer: `/features/${key}`,
        code: 'additionalProperties',
        message: `is not a feature of ${product.name}`,
      })),
    });
  }
}

/** The first free license of a product in the portal, oldest first. */
function freeLicense(state: State, portalId: string, productId: string): LicenseRecord | undefined {
  for (const license of state.licenses.byPortal.get(portalId) ?? []) {
    if (license.productId === productId && license.assigneeId === null) return license;
  }
  return undefined;
}

export interface AddUserProductInput {
  userId: string;
  productId: string;
  features?: Record<string, boolean> | undefined;
  notify?: boolean | undefined;
}

export function addUserProduct(ctx: Ctx, input: AddUserProductInput): Schema<'UserProducts'> {
  requirePermission(ctx, 'licenses:assign');
  const { state } = ctx;
  const user = portalUser(ctx, input.userId);
  const product = requireProduct(ctx, input.productId);
  checkFeatureKeys(product, input.features);
  const held = heldLicense(state, user.id, product.id);
  if (held)
    fail(409, 'product_already_assigned', `${user.name} already has ${product.name} (license ${held.id}).`);
  const license = freeLicense(state, user.portalId, product.id);
  if (!license) {
    fail(409, 'no_free_license', `Every ${product.name} license is assigned; buy more to add this product.`);
  }
  assignTo(state, license, user.id, togglesWithDefaults(ctx, product.id, input.features));
  if (input.notify === true) notifyUser(ctx, user.id, product.id, 'added');
  return userProducts(state, user.id);
}

export interface UpdateUserProductInput {
  userId: string;
  productId: string;
  features: Record<string, boolean>;
  notify?: boolean | undefined;
}

export function updateUserProduct(ctx: Ctx, input: UpdateUserProductInput): Schema<'UserProducts'> {
  requirePermission(ctx, 'licenses:assign');
  const { state } = ctx;
  const user = portalUser(ctx, input.userId);
  const product = requireProduct(ctx, input.productId);
  checkFeatureKeys(product, input.features);
  const license = heldLicense(state, user.id, product.id);
  if (!license) fail(409, 'product_not_assigned', `${user.name} does not have ${product.name}.`);
  // Toggles are not part of the License representation, so its version (ETag) stays.
  license.features = { ...license.features, ...input.features };
  if (input.notify === true) notifyUser(ctx, user.id, product.id, 'updated');
  return userProducts(state, user.id);
}

export interface RemoveUserProductInput {
  userId: string;
  productId: string;
  notify?: boolean | undefined;
  removeFromQueues?: boolean | undefined;
}

/**
 * Removes a product; with `removeFromQueues` also takes the user out of every queue in the same step, which
 * frees their Contact Center seat. Otherwise, removing Connect Standard (or Contact Center itself) while
 * the user still sits in queues warns that a Contact Center seat stays billed.
 */
export function removeUserProduct(ctx: Ctx, input: RemoveUserProductInput): Schema<'UserProductRemoval'> {
  requirePermission(ctx, 'licenses:assign');
  const { state } = ctx;
  const user = portalUser(ctx, input.userId);
  const product = requireProduct(ctx, input.productId);
  const license = heldLicense(state, user.id, product.id);
  if (!license) fail(409, 'product_not_assigned', `${user.name} does not have ${product.name}.`);

  release(state, license);
  const releasedLicenseIds = [license.id];
  let removedFromQueues: Schema<'QueueMembership'>[] = [];
  if (input.removeFromQueues === true) {
    removedFromQueues = queuesOf(state, user.id);
    for (const membership of removedFromQueues) {
      const queue = state.licenses.queues.get(membership.queueId);
      if (queue) leaveQueue(queue, user.id);
    }
    if (removedFromQueues.length > 0) releasedLicenseIds.push(...freeContactCenterSeat(state, user.id));
  }
  if (input.notify === true) notifyUser(ctx, user.id, product.id, 'removed');
  return {
    userProducts: userProducts(state, user.id),
    releasedLicenseIds,
    removedFromQueues,
    warnings: affectsContactCenter(product) ? stillBilledWarnings(state, user.id) : [],
  };
}
