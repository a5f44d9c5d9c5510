import type { Data, Item } from '@allot/sdk';

// What the purchase wizard's steps share: the API's documents, the steps, the limits.

export type Quote = Data<'createLicenseQuote'>;
export type Order = Data<'confirmLicenseOrder'>;
export type Center = Item<'listCostCenters'>;
export type Step = 'cart' | 'allocate' | 'review' | 'statement';
/** Cost centers found by a search, with the search they answer. */
export type Found = { q: string; page: Data<'listCostCenters'> };
export const STEPS: Step[] = ['cart', 'allocate', 'review', 'statement'];
export const MAX = 10_000;
/** The most cost centers a select lists: beyond them, the search finds the others. */
export const CENTERS = 100;
export const centerLabel = (c: Center) => `${c.code} · ${c.name}`;
