import type { Schema } from '@allot/contract';

export type InvoiceStatus = Schema<'InvoiceStatus'>;

/** One invoice of a portal: a month's billed units × unit price, credits deducted. */
export interface InvoiceRecord {
  id: string;
  portalId: string;
  number: string;
  /** `YYYY-MM-DD`, inclusive both ends. */
  periodStart: string;
  periodEnd: string;
  /** Total due in minor units, credits already deducted (never negative). */
  amount: number;
  currency: string;
  status: InvoiceStatus;
  issuedAt: string;
  dueAt: string;
  /** What the amount was computed from, printed on the PDF. */
  units: number;
  unitPrice: number;
  creditIds: string[];
}

/** A credit entry of a portal, waiting for its next invoice (`appliesTo: 'next_invoice'`) or deducted from one. */
export interface CreditRecord {
  id: string;
  portalId: string;
  amount: number;
  currency: string;
  reason: Schema<'CreditReason'>;
  sourceInvitationId?: string;
  /** Kept as it was when the credit was made: the user may change portal or name later. */
  fromUser?: Schema<'UserRef'>;
  createdAt: string;
  appliesTo: 'next_invoice' | string;
}

/** A prorated refund to an invitee's original payment method (kept for audit; no API lists them). */
export interface RefundRecord {
  id: string;
  userId: string;
  fromPortalId: string;
  invitationId: string;
  amount: number;
  currency: string;
  createdAt: string;
  expectedBy: string;
}

export interface BillingState {
  /** By portal id, in issue order (oldest first). */
  invoices: Map<string, InvoiceRecord[]>;
  /** By portal id, in creation order (oldest first). */
  credits: Map<string, CreditRecord[]>;
  refunds: RefundRecord[];
}

export function createBillingState(): BillingState {
  return { invoices: new Map(), credits: new Map(), refunds: [] };
}
