import type { ErrorCode } from '@allot/sdk';
import type { MessageKey } from '../locales/catalogue.js';

/** Codes of failures that never got an answer from the API, or whose answer had no code we know. */
export type ClientErrorCode = 'network' | 'timeout' | 'unknown';

/** Every code a widget may have to explain. */
export type ProblemCode = ErrorCode | ClientErrorCode;

/** `error.<code>` for every code, that lacks a message in the common strings: must stay empty. */
type Unworded = Exclude<`error.${ProblemCode}`, MessageKey>;

/**
 * Exhaustive on purpose, and at no cost to the page: the message of a code is `error.<code>` in the common
 * strings (`locales/<language>/common.ts`, which every widget loads: any widget may be sent any code). A code
 * added to the contract fails the typecheck here until it has a message, and the `Catalogue` type makes that
 * message exist in every language. A widget may word a general code its own way (`FormShape.messages`).
 */
export const everyCodeWorded: [Unworded] extends [never] ? true : { unworded: Unworded } = true;

/** The message key of a code as the API sent it: an unknown one (a newer server) gets the generic message. */
export function errorMessageOf(
  i18n: { has(key: string): boolean },
  code: string,
  own?: Partial<Record<ProblemCode, MessageKey>>,
): MessageKey {
  const key = `error.${code}`;
  return own?.[code as ProblemCode] ?? (i18n.has(key) ? (key as MessageKey) : 'error.unknown');
}
