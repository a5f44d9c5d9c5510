import type { Random } from '../engine/random.js';
import type { State } from '../engine/state.js';

/**
 * `default`: the fixtures (portal A bills per user, portal B per team); `team-licenses`: the same, with portal A
 * billed per active team instead; `empty`: the portals and users, no data; `large`: 100,000 licenses.
 */
export type ScenarioName = 'default' | 'team-licenses' | 'empty' | 'large';

export interface SeedOptions {
  scenario: ScenarioName;
  rng: Random;
  /** Epoch ms the scenario is built at; dates in the data are relative to it. */
  now: number;
}

/** Fills one domain's slice of the state. Runs after the identity seeder, in a fixed order. */
export type Seeder = (state: State, options: SeedOptions) => void;
