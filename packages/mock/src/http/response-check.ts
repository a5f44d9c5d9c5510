import { toFieldErrors } from '@allot/contract/validation';
import { contractValidator, type OperationSpec } from './contract.js';

/** A response the contract does not allow: thrown in tests so the offending handler fails loudly. */
export class ContractViolationError extends Error {
  constructor(
    readonly operationId: string,
    readonly status: number,
    message: string,
  ) {
    super(`${operationId} → ${status}: ${message}`);
    this.name = 'ContractViolationError';
  }
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Checks one response against the operation's documented responses: the status must be listed, the
 * media type one of its content types, and a JSON body must match that content's schema (problem
 * bodies included, down to the operation's own list of codes).
 */
export function checkResponse(
  spec: OperationSpec,
  status: number,
  contentType: string | null,
  body: unknown,
): void {
  const documented = spec.responses.get(status);
  if (!documented) {
    const listed = [...spec.responses.keys()].join(', ');
    const code = (body as { code?: unknown } | null)?.code;
    throw new ContractViolationError(
      spec.operationId,
      status,
      `status ${status}${typeof code === 'string' ? ` (${code})` : ''} is not documented (documented: ${listed})`,
    );
  }
  const media = mediaType(contentType);
  const types = Object.keys(documented.content);
  if (types.length === 0) {
    if (body !== undefined)
      throw new ContractViolationError(spec.operationId, status, 'documents no body, but one was sent');
    return;
  }
  const content = documented.content[media];
  if (!content) {
    throw new ContractViolationError(
      spec.operationId,
      status,
      `media type "${media}" is not one of ${types.join(', ')}`,
    );
  }
  if (!media.endsWith('json') || content.schema === undefined) return;
  const validate = contractValidator().compile(content.schema);
  if (!validate(body)) {
    const details = toFieldErrors(validate.errors)
      .map((e) => `${e.pointer} ${e.message}`)
      .join('; ');
    throw new ContractViolationError(spec.operationId, status, `body breaks the schema: ${details}`);
  }
}
