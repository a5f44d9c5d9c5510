import type { Seeder } from './types.js';

// Placeholder: seeds the invitations slice for each scenario. Replaced by the domain's implementation.
export const seedInvitations: Seeder = () => {};
