/**
 * The Allot contract as TypeScript types, generated from `openapi/` by openapi-typescript.
 * The bundled document itself is `@allot/contract/openapi.json`.
 */
import type { components, operations, paths } from './generated/openapi.js';

export type { components, operations, paths };

/** A schema of the contract by name, e.g. `Schema<'MinuteAccount'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Every machine error code the API can return. */
export type ErrorCode = components['schemas']['ErrorCode'];

/** Codes of warnings a successful response may carry. */
export type WarningCode = components['schemas']['WarningCode'];

/** An RFC 9457 problem document as the API returns it. */
export type Problem = components['schemas']['Problem'];

/** A permission of the role table. */
export type Permission = components['schemas']['Permission'];

/** A role of a portal user. */
export type Role = components['schemas']['Role'];

/** The name of an operation, e.g. `'transferMinutes'`. */
export type OperationId = keyof operations;
