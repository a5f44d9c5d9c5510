import type { ProductRecord } from './model.js';

/** Product ids of the catalogue, for scenarios, tests and the demo. */
export const productIds = {
  connectStandard: 'prd_connect',
  contactCenter: 'prd_cc',
  liveReports: 'prd_live',
} as const;

/** The product whose removal must warn when a Contact Center seat stays billed (GoTo's "Important" box). */
export const CONNECT_STANDARD_CODE = 'connect_standard';

/** The three products of the sources (GoTo Connect Standard and Contact Center, RingCentral Live Reports). */
export const catalogue: readonly Omit<ProductRecord, 'slot'>[] = [
  {
    id: productIds.connectStandard,
    code: CONNECT_STANDARD_CODE,
    name: 'Connect Standard',
    unitPrice: 2400,
    billingPeriod: 'month',
    queueDependent: false,
    features: [
      { key: 'call_recording', label: 'Call recording', defaultEnabled: true },
      { key: 'voicemail_transcription', label: 'Voicemail transcription', defaultEnabled: false },
      { key: 'mobile_app', label: 'Mobile app', defaultEnabled: true },
    ],
  },
  {
    id: productIds.contactCenter,
    code: 'contact_center',
    name: 'Contact Center',
    unitPrice: 4500,
    billingPeriod: 'month',
    queueDependent: true,
    features: [
      { key: 'screen_recording', label: 'Screen recording', defaultEnabled: false },
      { key: 'supervisor_barge_in', label: 'Supervisor barge-in', defaultEnabled: true },
    ],
  },
  {
    id: productIds.liveReports,
    code: 'live_reports',
    name: 'Live Reports',
    unitPrice: 15000,
    billingPeriod: 'year',
    queueDependent: false,
    features: [{ key: 'agent_monitoring', label: 'Agent monitoring requests', defaultEnabled: false }],
  },
];
