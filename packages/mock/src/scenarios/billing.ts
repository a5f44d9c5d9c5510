import { addMonths, DAY_MS, monthKey, monthStart } from '../engine/billing/calendar.js';
import { addCredit, issueMonthlyInvoice } from '../engine/billing/invoices.js';
import type { State } from '../engine/state.js';
import { portals } from './identity.js';
import type { Seeder } from './types.js';
import { HISTORY_MONTHS } from './workspace.js';

/** The manual adjustment credit of portal A, deducted from the invoice of three months ago. */
export const seededCreditId = 'cr_a_adjustment';

/** Plan price of the invitee portals' overdue invoice (prt_unpaid). */
const UNPAID_PLAN_PRICE = 1499;

/**
 * Invoices of the months the workspace billed, from its monthly snapshots: units × unit price, credits
 * deducted. All paid but the last one, which is open.
 */
function seedInvoicesOf(state: State, portalId: string, now: number, creditMonth?: string): void {
  const ws = state.workspace.workspaces.get(portalId);
  if (!ws) return;
  const current = monthKey(now);
  for (let back = HISTORY_MONTHS; back >= 1; back -= 1) {
    const month = addMonths(current, -back);
    const snapshot = ws.snapshots.get(month);
    if (!snapshot || snapshot.units.length === 0) continue;
    if (month === creditMonth) {
      addCredit(state, {
        id: seededCreditId,
        portalId,
        amount: 1500,
        currency: ws.currency,
        reason: 'adjustment',
        createdAt: new Date(monthStart(month) + 11 * DAY_MS + 8 * 3600 * 1000).toISOString(),
      });
    }
    const invoice = issueMonthlyInvoice(state, {
      portalId,
      month,
      units: snapshot.units.length,
      unitPrice: ws.unitPrice,
      currency: ws.currency,
    });
    invoice.status = back === 1 ? 'open' : 'paid';
  }
}

/**
 * Seeds invoices and credits (none in `empty`): A's six months of invoices with one adjustment credit; an
 * overdue open invoice of prt_unpaid, the unpaid invoice behind its `unpaid_invoices` blocker.
 */
export const seedBilling: Seeder = (state, { scenario, now }) => {
  if (scenario === 'empty') return;
  seedInvoicesOf(state, portals.a, now, addMonths(monthKey(now), -3));
  if (state.identity.portals.has(portals.unpaid)) {
    issueMonthlyInvoice(state, {
      portalId: portals.unpaid,
      month: addMonths(monthKey(now), -2),
      units: 1,
      unitPrice: UNPAID_PLAN_PRICE,
      currency: state.identity.portals.get(portals.unpaid)?.currency ?? 'EUR',
    });
  }
};
