/**
 * Every event the widgets dispatch: one per outcome a user would notice, bubbling and composed (it crosses
 * shadow roots), named `allot-<thing>-<past tense>`, with a typed `detail`. The map below makes
 * `el.addEventListener('allot-minutes-transferred', (e) => e.detail.minutes)` typed.
 */

/** Minutes moved between two accounts of the portal. */
export interface MinutesTransferredDetail {
  transferId: string;
  from: string;
  to: string;
  minutes: number;
}

/** Minutes were bought into an account; `total` is what was charged, in minor units. */
export interface MinutesPurchasedDetail {
  purchaseId: string;
  accountId: string;
  minutes: number;
  total: { amount: number; currency: string };
}

/** The portal's default account (the one sessions draw from) changed. */
export interface DefaultAccountChangedDetail {
  accountId: string;
  previousAccountId: string;
}

/** A project account was created. */
export interface ProjectCreatedDetail {
  accountId: string;
  title: string;
}

/** A project's (or the pool's) title or description changed. */
export interface ProjectUpdatedDetail {
  accountId: string;
  title: string;
}

/** A project was deleted: its minutes moved to the pool and its shares ended. */
export interface ProjectDeletedDetail {
  accountId: string;
  movedMinutes: number;
  movedToAccountId: string;
  endedShareIds: string[];
}

/** An invitation to share minutes was sent. `minutes` is set when a fixed number was shared (as a project). */
export interface ShareCreatedDetail {
  shareId: string;
  accountId: string;
  recipientEmail: string;
  mode: 'account' | 'minutes';
  minutes?: number;
}

/** A pending invitation was sent again. */
export interface ShareResentDetail {
  shareId: string;
}

/** The sender ended a share: `cancelled` when it was pending, `revoked` when it had been accepted. */
export interface ShareCancelledDetail {
  shareId: string;
  status: 'cancelled' | 'revoked';
}

/** The recipient accepted an invitation; `setDefault` says whether the account became its default. */
export interface ShareAcceptedDetail {
  shareId: string;
  accountId: string;
  setDefault: boolean;
}

/** The recipient declined an invitation. */
export interface ShareDeclinedDetail {
  shareId: string;
}

/** A request failed; the widget shows the localised `message`. `code` is the API's machine code. */
export interface ErrorDetail {
  code: string;
  status?: number;
  message: string;
}

/** Event names to their detail types. */
export interface AllotEventDetails {
  'allot-minutes-transferred': MinutesTransferredDetail;
  'allot-minutes-purchased': MinutesPurchasedDetail;
  'allot-default-account-changed': DefaultAccountChangedDetail;
  'allot-project-created': ProjectCreatedDetail;
  'allot-project-updated': ProjectUpdatedDetail;
  'allot-project-deleted': ProjectDeletedDetail;
  'allot-share-created': ShareCreatedDetail;
  'allot-share-resent': ShareResentDetail;
  'allot-share-cancelled': ShareCancelledDetail;
  'allot-share-accepted': ShareAcceptedDetail;
  'allot-share-declined': ShareDeclinedDetail;
  'allot-error': ErrorDetail;
}

export type AllotEventName = keyof AllotEventDetails;

/** The event object of one name, e.g. `AllotEvent<'allot-share-created'>`. */
export type AllotEvent<K extends AllotEventName> = CustomEvent<AllotEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'allot-minutes-transferred': AllotEvent<'allot-minutes-transferred'>;
    'allot-minutes-purchased': AllotEvent<'allot-minutes-purchased'>;
    'allot-default-account-changed': AllotEvent<'allot-default-account-changed'>;
    'allot-project-created': AllotEvent<'allot-project-created'>;
    'allot-project-updated': AllotEvent<'allot-project-updated'>;
    'allot-project-deleted': AllotEvent<'allot-project-deleted'>;
    'allot-share-created': AllotEvent<'allot-share-created'>;
    'allot-share-resent': AllotEvent<'allot-share-resent'>;
    'allot-share-cancelled': AllotEvent<'allot-share-cancelled'>;
    'allot-share-accepted': AllotEvent<'allot-share-accepted'>;
    'allot-share-declined': AllotEvent<'allot-share-declined'>;
    'allot-error': AllotEvent<'allot-error'>;
  }
}
