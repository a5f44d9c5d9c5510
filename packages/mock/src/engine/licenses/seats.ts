import type { Schema } from '@allot/contract';
import type { State } from '../state.js';
import { CONNECT_STANDARD_CODE } from './catalogue.js';
import type { ProductRecord } from './model.js';
import { heldLicense, licenseUser, queuesOf, release } from './store.js';

// Contact Center billing follows queue membership, not the other licenses (GoTo's "Important" box):
// these helpers say when a change leaves such a seat billed, and free it when the last queue is left.

/** Whether removing this product from a user can leave a Contact Center seat billed behind. */
export function affectsContactCenter(product: ProductRecord): boolean {
  return product.code === CONNECT_STANDARD_CODE || product.queueDependent;
}

/** The `contact_center_still_billed` warning, or none when the user sits in no queue. */
export function stillBilledWarnings(state: State, userId: string): Schema<'LicenseWarning'>[] {
  const queues = queuesOf(state, userId);
  if (queues.length === 0) return [];
  const { name } = licenseUser(state, userId);
  const count = queues.length === 1 ? 'one contact-center queue' : `${queues.length} contact-center queues`;
  return [
    {
      code: 'contact_center_still_billed',
      message:
        `${name} is still in ${count}, so a Contact Center seat is still billed. ` +
        'Remove them from these queues to stop it.',
      queues,
    },
  ];
}

/**
 * The user has just left their last queue: the Contact Center seat is free, so the queue-dependent licenses
 * they hold go back to the pool. Returns the released license ids.
 */
export function freeContactCenterSeat(state: State, userId: string): string[] {
  const released: string[] = [];
  for (const product of state.licenses.products.values()) {
    if (!product.queueDependent) continue;
    const license = heldLicense(state, userId, product.id);
    if (license) {
      release(state, license);
      released.push(license.id);
    }
  }
  return released;
}
