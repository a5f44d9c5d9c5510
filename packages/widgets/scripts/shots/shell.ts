// The one page of every screenshot script: `?page=` picks which states it renders (states.ts by default).
const pages: Record<string, () => Promise<unknown>> = {
  states: () => import('./states.js'),
  members: () => import('./members-states.js'),
  'license-table': () => import('./license-table.js'),
  platform: () => import('./platform.js'),
};
const page = new URLSearchParams(location.search).get('page') ?? 'states';
if (page === 'license-table') document.getElementById('stage')?.classList.add('wide');
void (pages[page] ?? pages['states'])?.();
