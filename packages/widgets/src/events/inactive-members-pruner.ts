/**
 * Events of `<inactive-members-pruner>`. They join {@link AllotEventDetails} (and the DOM's event map) by
 * declaration merging, so `emit()` and `addEventListener` know them like the others.
 */
import type { AllotEvent } from './events.js';

/** Billed units of the workspace: on this month's bill, and on the next one. */
export interface BilledUnits {
  current: number;
  nextMonth: number;
}

/** A team was archived or unarchived; `billedUnits` says what changed, from `effectiveFrom` (a date). */
export interface TeamArchivedDetail {
  teamId: string;
  name: string;
  billedUnits: { before: BilledUnits; after: BilledUnits };
  effectiveFrom: string;
}

/** Inactive members were removed (they lost access at once); `failed` were not, with the server's reason. */
export interface MembersPrunedDetail {
  jobId: string;
  removed: { memberId: string; name: string; email: string }[];
  failed: { memberId: string; detail: string }[];
}

/** A file was saved: the monthly export of billed license holders, or an invoice's PDF. */
export interface ExportDownloadedDetail {
  kind: 'billed-license-holders' | 'invoice';
  filename: string;
  /** `YYYY-MM`, for the export. */
  month?: string;
  /** For an invoice. */
  invoiceId?: string;
}

declare module './events.js' {
  interface AllotEventDetails {
    'allot-team-archived': TeamArchivedDetail;
    'allot-team-unarchived': TeamArchivedDetail;
    'allot-members-pruned': MembersPrunedDetail;
    'allot-export-downloaded': ExportDownloadedDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'allot-team-archived': AllotEvent<'allot-team-archived'>;
    'allot-team-unarchived': AllotEvent<'allot-team-unarchived'>;
    'allot-members-pruned': AllotEvent<'allot-members-pruned'>;
    'allot-export-downloaded': AllotEvent<'allot-export-downloaded'>;
  }
}
