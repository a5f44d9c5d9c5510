import type { Seeder } from './types.js';

// Placeholder: seeds the licenses slice for each scenario. Replaced by the domain's implementation.
export const seedLicenses: Seeder = () => {};
