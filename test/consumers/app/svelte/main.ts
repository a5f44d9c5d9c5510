// The Allot tags as Svelte 5's template checker sees them (svelte-check reads the same SvelteHTMLElements).
import type {} from '@allot/widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const balance: SvelteHTMLElements['minutes-balance'] = {
  'base-url': '/v1',
  'page-size': 20,
  style: 'max-width: 48rem',
  'onallot-minutes-transferred': (event) => console.log(event.detail.minutes),
};

// @ts-expect-error page-size takes a number or a string
export const wrongValue: SvelteHTMLElements['minutes-balance'] = { 'page-size': {} };
export const wrongDetail: SvelteHTMLElements['minutes-balance'] = {
  // @ts-expect-error the detail of allot-minutes-transferred has no `total`
  'onallot-minutes-transferred': (event) => event.detail.total,
};
