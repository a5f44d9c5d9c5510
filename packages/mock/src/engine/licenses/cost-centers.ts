import type { Schema } from '@allot/contract';
import { isoNow, requirePermission, type Ctx } from '../context.js';
import { fail } from '../errors.js';
import { nextId } from '../ids.js';
import { paginate } from '../paging.js';
import type { CostCenterRecord } from './model.js';

function toCostCenter(c: CostCenterRecord): Schema<'CostCenter'> {
  return { id: c.id, code: c.code, name: c.name, createdAt: c.createdAt };
}

/** The portal's cost centers, ordered by code. */
export function portalCostCenters(ctx: Ctx): CostCenterRecord[] {
  return [...ctx.state.licenses.costCenters.values()]
    .filter((c) => c.portalId === ctx.actor.portal.id)
    .sort((a, b) => {
      const x = a.code.toLowerCase();
      const y = b.code.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

export function listCostCenters(
  ctx: Ctx,
  input: { q?: string | undefined; cursor?: string | undefined; limit?: number | undefined } = {},
): Schema<'CostCenterPage'> {
  requirePermission(ctx, 'licenses:read');
  const needle = input.q?.trim().toLowerCase() ?? '';
  const matching = portalCostCenters(ctx).filter(
    (c) => needle === '' || c.code.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle),
  );
  const page = paginate(matching, input.cursor, input.limit ?? 50);
  return { items: page.items.map(toCostCenter), nextCursor: page.nextCursor };
}

export function createCostCenter(ctx: Ctx, input: { code: string; name: string }): Schema<'CostCenter'> {
  requirePermission(ctx, 'cost_centers:manage');
  const code = input.code.toLowerCase();
  const existing = portalCostCenters(ctx).find((c) => c.code.toLowerCase() === code);
  if (existing) {
    fail(
      409,
      'cost_center_exists',
      `The cost center code ${existing.code} is already used by ${existing.name}.`,
    );
  }
  const record: CostCenterRecord = {
    id: nextId(ctx.state, 'cc'),
    portalId: ctx.actor.portal.id,
    code: input.code,
    name: input.name,
    createdAt: isoNow(ctx),
    slot: ctx.state.licenses.costCenters.size + 1,
  };
  ctx.state.licenses.costCenters.set(record.id, record);
  return toCostCenter(record);
}
