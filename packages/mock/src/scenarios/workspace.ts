import type { Seeder } from './types.js';

// Placeholder: seeds the workspace slice for each scenario. Replaced by the domain's implementation.
export const seedWorkspace: Seeder = () => {};
