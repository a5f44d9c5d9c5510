import { createContext } from '@lit/context';
import type { Theme } from './allot-element.js';
import type { AllotStore } from './store.js';

/** What `<allot-provider>` gives the widgets inside it. */
export interface ProvidedConfig {
  store: AllotStore | undefined;
  locale: string | undefined;
  theme: Theme | undefined;
}

/** The context key; the same across bundles (a string key), so two copies of the widgets still connect. */
export const allotContext = createContext<ProvidedConfig>('@allot/widgets:store');
