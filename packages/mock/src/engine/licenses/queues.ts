import type { Schema } from '@allot/contract';
import { requirePermission, type Ctx } from '../context.js';
import { notFound } from '../errors.js';
import { paginate } from '../paging.js';
import type { QueueKind } from './model.js';
import { freeContactCenterSeat } from './seats.js';
import { leaveQueue, licenseUser, portalUser, queuesOf } from './store.js';

const KIND_ORDER: Record<QueueKind, number> = { call: 0, inbound: 1, outbound: 2 };

export interface ListQueuesInput {
  userId?: string | undefined;
  kind?: QueueKind | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Queues of the portal by kind then name, optionally only those one user sits in. */
export function listQueues(ctx: Ctx, input: ListQueuesInput = {}): Schema<'QueuePage'> {
  requirePermission(ctx, 'licenses:read');
  const { state } = ctx;
  const userId = input.userId === undefined ? undefined : portalUser(ctx, input.userId).id;
  const queues = [...state.licenses.queues.values()]
    .filter(
      (q) =>
        q.portalId === ctx.actor.portal.id &&
        (input.kind === undefined || q.kind === input.kind) &&
        (userId === undefined || q.members.some((m) => m.userId === userId)),
    )
    .sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  const page = paginate(queues, input.cursor, input.limit ?? 50);
  return {
    items: page.items.map((q) => ({
      id: q.id,
      name: q.name,
      kind: q.kind,
      members: q.members.map((m) => ({
        userId: m.userId,
        name: licenseUser(state, m.userId).name,
        role: m.role,
      })),
    })),
    nextCursor: page.nextCursor,
  };
}

/** Takes a user out of one queue; leaving the last one frees their Contact Center seat. */
export function removeQueueMember(
  ctx: Ctx,
  input: { queueId: string; userId: string },
): Schema<'QueueMemberRemoval'> {
  requirePermission(ctx, 'licenses:assign');
  const { state } = ctx;
  const queue = state.licenses.queues.get(input.queueId);
  if (!queue || queue.portalId !== ctx.actor.portal.id) return notFound('queue');
  if (!queue.members.some((m) => m.userId === input.userId)) return notFound('member of this queue');
  leaveQueue(queue, input.userId);
  const lastQueue = queuesOf(state, input.userId).length === 0;
  if (lastQueue) freeContactCenterSeat(state, input.userId);
  return { queueId: queue.id, userId: input.userId, contactCenterSeatReleased: lastQueue };
}
