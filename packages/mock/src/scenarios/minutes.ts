import type { Seeder } from './types.js';

// Placeholder: seeds the minutes slice for each scenario. Replaced by the domain's implementation.
export const seedMinutes: Seeder = () => {};
