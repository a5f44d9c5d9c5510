import { ApiError, ConnectionError, TimeoutError } from '@allot/sdk';
import type { MessageKey } from '../locales/catalogue.js';
import { errorMessageOf, type ProblemCode } from './error-messages.js';
import type { LocaleController } from './i18n.js';

/** A failed request as a widget shows it: a localised message, by field where the API points at one. */
export interface Problem {
  /** The API's machine code (`insufficient_minutes`), or `network`, `timeout`, `unknown`. */
  code: string;
  status: number | undefined;
  /** The localised message for the form (empty when every part of it is shown by a field). */
  message: string;
  /** Localised messages by field name (the request body's property names: `minutes`, `recipientEmail`). */
  fields: Record<string, string>;
  /** Seconds to wait before trying again, when the server said so. */
  retryAfter: number | undefined;
}

/** Where errors belong in a form. */
export interface FormShape {
  /** The fields the form shows, named as the request body's properties. */
  fields?: readonly string[];
  /** A business code to the field it concerns, e.g. `{ insufficient_minutes: 'minutes' }`. */
  fieldOf?: Partial<Record<string, string>>;
  /** Codes this form words its own way (the license table's `not_found` is about a license, not a share). */
  messages?: Partial<Record<ProblemCode, MessageKey>>;
}

const KEYWORDS = new Set(['required', 'minimum', 'maximum', 'minLength', 'maxLength', 'format', 'pattern']);

/** True for the reason of an aborted call (a widget that went away): nothing to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Turns whatever a call threw into a {@link Problem}. Field errors of `validation_failed` go to the field their
 * JSON Pointer names (when the form has it); a business code listed in `fieldOf` goes to that field; the rest is the form's message.
 * The server's own English `detail` is never shown: every message comes from the catalogue.
 */
export function toProblem(error: unknown, i18n: LocaleController, form: FormShape = {}): Problem {
  const code =
    error instanceof ApiError
      ? error.code
      : error instanceof TimeoutError
        ? 'timeout'
        : error instanceof ConnectionError || error instanceof TypeError
          ? 'network'
          : 'unknown';
  const status = error instanceof ApiError ? error.status : undefined;
  const retryAfter = error instanceof ApiError ? error.retryAfter : undefined;
  const fields: Record<string, string> = {};
  const message = i18n.t(errorMessageOf(i18n, code, form.messages), {
    code,
    seconds: Math.ceil(retryAfter ?? 0),
  });
  if (error instanceof ApiError && code === 'validation_failed') {
    let unplaced = error.errors.length === 0;
    for (const { pointer, code: keyword } of error.errors) {
      const field = pointer.split('/').pop() ?? '';
      if (form.fields?.includes(field)) {
        const key = keyword === 'format' && /email/i.test(field) ? 'field.email' : `field.${keyword}`;
        fields[field] ??= i18n.t((KEYWORDS.has(keyword) ? key : 'field.invalid') as MessageKey);
      } else unplaced = true;
    }
    // A pointer the form has no field for still needs saying.
    return { code, status, message: unplaced ? message : '', fields, retryAfter };
  }
  const field = form.fieldOf?.[code];
  if (field) return { code, status, message: '', fields: { [field]: message }, retryAfter };
  return { code, status, message, fields, retryAfter };
}
