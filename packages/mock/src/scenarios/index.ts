import { createRandom } from '../engine/random.js';
import { createState, type State } from '../engine/state.js';
import { seedBilling } from './billing.js';
import { seedIdentity } from './identity.js';
import { seedInvitations } from './invitations.js';
import { seedLicenses } from './licenses.js';
import { seedMinutes } from './minutes.js';
import type { ScenarioName } from './types.js';
import { seedWorkspace } from './workspace.js';

export type { ScenarioName, SeedOptions, Seeder } from './types.js';
export { portals, users, tokens, secretKeys } from './identity.js';

export const scenarioNames: readonly ScenarioName[] = ['default', 'team-licenses', 'empty', 'large'];

/** Builds a fresh state for a scenario; the same name, seed and time always give the same state. */
export function buildScenario(scenario: ScenarioName, { seed = 1, now = Date.now() } = {}): State {
  const state = createState();
  const options = { scenario, rng: createRandom(seed), now };
  // Identity first: every other domain refers to its portals and users.
  for (const seeder of [
    seedIdentity,
    seedMinutes,
    seedLicenses,
    seedWorkspace,
    seedInvitations,
    seedBilling,
  ]) {
    seeder(state, options);
  }
  return state;
}
