/**
 * The typed client of the Allot billing-admin API. Types come from `@allot/contract`; requests go through ky.
 * @packageDocumentation
 */
export { createClient, type Client } from './client.js';
export type { ClientOptions } from './core/transport.js';
export type { RetryOptions } from './core/retry.js';
export { ApiError, ConnectionError, TimeoutError, isApiError } from './core/errors.js';
export { createIdempotencyKey } from './core/idempotency-key.js';
export type {
  AnyErrorCode,
  Args,
  Body,
  Data,
  ErrorCode,
  ErrorCodeOf,
  GuardedOptions,
  IdempotentOptions,
  Item,
  Iterate,
  Method,
  OperationId,
  Options,
  Pages,
  Query,
  RequestOptions,
  Result,
  Versioned,
} from './core/types.js';
export type { Billing, Credits, Invoices } from './resources/billing.js';
export type { Users, WidgetTokens } from './resources/identity.js';
export type { IncomingInvitations, Invitations } from './resources/invitations.js';
export type { CostCenters, LicenseOrders, LicenseQuotes, Licenses } from './resources/licenses.js';
export type { Ledger, MinuteAccounts, Minutes, Projects } from './resources/minutes.js';
export type { Products, Queues, UserProducts } from './resources/products.js';
export type { IncomingShares, Shares } from './resources/shares.js';
export type { Members, Teams, Workspace } from './resources/workspace.js';
