import { issueMonthlyInvoice } from '../billing/invoices.js';
import { monthKey, nextMonthKey } from '../billing/calendar.js';
import type { State } from '../state.js';
import { newWorkspace, snapshotOf } from './core.js';
import type { Workspace } from './model.js';
import { advancePruneJobs } from './prune-jobs.js';

/**
 * The portal's workspace, brought up to `now`: a new month freezes the previous bill (and issues its invoice),
 * running prune jobs move on. Every workspace operation goes through here first.
 */
export function workspaceOf(state: State, portalId: string, now: number): Workspace {
  let ws = state.workspace.workspaces.get(portalId);
  if (!ws) {
    const portal = state.identity.portals.get(portalId);
    ws = newWorkspace(portalId, {
      mode: 'team_licenses',
      unitPrice: 4900,
      currency: portal?.currency ?? 'EUR',
      createdAt: now,
      now,
    });
    state.workspace.workspaces.set(portalId, ws);
  }
  syncWorkspace(state, ws, now);
  return ws;
}

export function syncWorkspace(state: State, ws: Workspace, now: number): void {
  const target = monthKey(now);
  while (ws.month < target) {
    const closed = ws.snapshots.get(ws.month);
    const next = nextMonthKey(ws.month);
    if (closed && closed.units.length > 0) {
      issueMonthlyInvoice(state, {
        portalId: ws.portalId,
        month: ws.month,
        units: closed.units.length,
        unitPrice: ws.unitPrice,
        currency: ws.currency,
      });
    }
    // The bill of the new month is what the mode defined when it began (archiving takes effect here).
    ws.snapshots.set(next, snapshotOf(state, ws));
    ws.month = next;
  }
  advancePruneJobs(state, ws, now);
}
