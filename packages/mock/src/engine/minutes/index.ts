// The minutes engine: accounts (pool and projects), the ledger, transfers, purchases, usage, the default
// account, and sharing accounts between portals. Plain functions over State; no HTTP in here.
export * from './accounts.js';
export * from './balances.js';
export * from './shares.js';
export { accountView, defaultOf, poolOf, etagOf } from './access.js';
export type { MinutesState } from './model.js';
export { minuteUnitPrice, RESEND_INTERVAL_MS } from './model.js';
