import type { Schema } from '@allot/contract';
import { requirePermission, type Ctx } from '../context.js';
import { portalCostCenter, portalLicense, rebill, toLicense } from './store.js';

/** Bills the licenses named to another cost center (or to none); all or none, those already there left as they are. */
export function moveLicenses(ctx: Ctx, input: Schema<'LicenseMoveRequest'>): Schema<'LicenseMove'> {
  requirePermission(ctx, 'cost_centers:manage');
  const { state } = ctx;
  // Every id and the cost center are checked before anything changes: a 404 moves nothing.
  const licenses = [...new Set(input.licenseIds)].map((id) => portalLicense(ctx, id));
  const target = input.costCenterId === null ? null : portalCostCenter(ctx, input.costCenterId).id;
  const left = new Map<string | null, number>();
  for (const license of licenses) {
    if (license.costCenterId === target) continue;
    left.set(license.costCenterId, (left.get(license.costCenterId) ?? 0) + 1);
    rebill(state, license, target);
  }
  const from = [...left].map(([id, moved]) => {
    const c = id === null ? undefined : state.licenses.costCenters.get(id);
    return { costCenter: c ? { id: c.id, code: c.code, name: c.name } : null, moved };
  });
  return {
    moved: [...left.values()].reduce((a, b) => a + b, 0),
    licenses: licenses.map((l) => toLicense(state, l)),
    from,
  };
}
