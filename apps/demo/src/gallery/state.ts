// The gallery's state lives in the URL hash (`#view=license-table&data=empty&theme=dark…`), so every state
// has a link: for a design review, a bookmark, a screenshot.
import type { FaultSettings, ScenarioName } from '@allot/mock';

export const networks = {
  normal: 'Normal (no latency)',
  slow: 'Slow (0.4–1.2 s per request)',
  loading: 'Loading (answers after 10 minutes)',
} as const;

export const faults = {
  none: 'None',
  unavailable: 'Error: 503 unavailable',
  network: 'Error: network failure',
  'rate-limited': 'Error: 429 rate limited',
  flaky: 'Flaky: 30 % of requests fail (retried)',
} as const;

export const themes = { light: 'Light', dark: 'Dark', auto: 'Auto (system)' } as const;
export const locales = { en: 'English', fr: 'Français', de: 'Deutsch' } as const;
export const scenarios = {
  default: 'Default data',
  'team-licenses': 'Team licenses (portal A billed per active team)',
  empty: 'Empty (empty scenario)',
  large: 'Large (100,000 licenses)',
} as const satisfies Record<ScenarioName, string>;
export const widths = [0, 1024, 768, 600, 480, 360, 320] as const;

export interface GalleryState {
  /** `all`, or a view id of shared/widgets.ts. */
  view: string;
  data: ScenarioName;
  /** A ready-made token, or '' for each widget's own default. */
  as: string;
  net: keyof typeof networks;
  fault: keyof typeof faults;
  theme: keyof typeof themes;
  locale: keyof typeof locales;
  /** Width of the widget's container in px; 0 is the full width. */
  width: number;
}

export const normal: GalleryState = {
  view: 'all',
  data: 'default',
  as: '',
  net: 'normal',
  fault: 'none',
  theme: 'light',
  locale: 'en',
  width: 0,
};

/** The named states of the review, as changes from the normal one. */
export const namedStates: readonly { id: string; label: string; change: Partial<GalleryState> }[] = [
  { id: 'normal', label: 'Normal', change: {} },
  { id: 'loading', label: 'Loading', change: { net: 'loading' } },
  { id: 'empty', label: 'Empty', change: { data: 'empty' } },
  { id: 'error', label: 'Error 503', change: { fault: 'unavailable' } },
  { id: 'network', label: 'Network error', change: { fault: 'network' } },
  { id: 'member', label: 'Forbidden: member', change: { as: 'tok_a_member' } },
  { id: 'user-manager', label: 'Forbidden: user manager', change: { as: 'tok_a_user_manager' } },
  { id: 'large', label: 'Large data', change: { data: 'large' } },
  { id: 'narrow', label: 'Narrow', change: { width: 360 } },
  { id: 'dark', label: 'Dark', change: { theme: 'dark' } },
  { id: 'fr', label: 'Français', change: { locale: 'fr' } },
  { id: 'de', label: 'Deutsch', change: { locale: 'de' } },
];

const pick = <T extends Record<string, unknown>>(table: T, value: string | null, fallback: keyof T) =>
  (value !== null && value in table ? value : fallback) as keyof T & string;

export function parseHash(hash: string): GalleryState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const width = Number(params.get('width') ?? 0);
  return {
    view: params.get('view') ?? normal.view,
    data: pick(scenarios, params.get('data'), normal.data),
    as: params.get('as') ?? '',
    net: pick(networks, params.get('net'), normal.net),
    fault: pick(faults, params.get('fault'), normal.fault),
    theme: pick(themes, params.get('theme'), normal.theme),
    locale: pick(locales, params.get('locale'), normal.locale),
    width: Number.isInteger(width) && width >= 0 ? width : 0,
  };
}

/** The hash of a state, leaving out what is normal (short links). */
export function toHash(state: GalleryState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(normal) as (keyof GalleryState)[]) {
    if (state[key] !== normal[key] || key === 'view') params.set(key, String(state[key]));
  }
  return `#${params.toString()}`;
}

export const sameState = (a: GalleryState, b: GalleryState) => toHash(a) === toHash(b);

/** The mock's faults for a state: latency from the network setting, failures from the fault setting. */
export function faultSettings(state: GalleryState): FaultSettings {
  const settings: FaultSettings = {};
  if (state.net === 'slow') settings.latency = [400, 1200];
  if (state.net === 'loading') settings.latency = 600_000;
  switch (state.fault) {
    case 'unavailable':
      // Retry-After 1 s: the SDK's two retries pass quickly, then the widget shows the error.
      settings.unavailable = { retryAfter: 1 };
      break;
    case 'network':
      settings.networkErrorRate = 1;
      break;
    case 'rate-limited':
      // Retry-After beyond what the SDK waits for: it gives up at once and the widget says why.
      settings.rateLimit = { burst: 0, retryAfter: 120 };
      break;
    case 'flaky':
      settings.errorRate = { '*': 0.3 };
      break;
    case 'none':
      break;
  }
  return settings;
}
