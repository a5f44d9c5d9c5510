import type { Seeder } from './types.js';

// Placeholder: seeds the billing slice for each scenario. Replaced by the domain's implementation.
export const seedBilling: Seeder = () => {};
