import type { OperationId } from '@allot/contract';
import type { Exchange } from './http.js';
import type { Recorder } from './result.js';
import { documentedStatuses, responseSpec, table, validate } from './spec.js';

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * Holds one response to the contract: a documented status, a body valid against that status's schema, and
 * problems as `application/problem+json` with a code the operation lists for the status. Returns whether all held.
 */
export function checkResponse(rec: Recorder, operationId: OperationId, exchange: Exchange): boolean {
  const { status, headers, body } = exchange.response;
  const where = `${operationId} answered ${status}`;
  if (
    !rec.expect(
      documentedStatuses(operationId).includes(status),
      'documented-status',
      `${where}, a status the contract does not document for it`,
      exchange,
    )
  ) {
    return false;
  }
  const content = responseSpec(operationId, status) ?? {};
  const type = mediaType(headers['content-type']);
  let ok = true;
  if (status >= 400) {
    ok =
      rec.expect(
        type === 'application/problem+json',
        'problem-json',
        `${where} with Content-Type ${type || '(none)'}, not application/problem+json`,
        exchange,
      ) && ok;
    const code = (body as { code?: unknown } | null)?.code;
    const codes = table[operationId].errors[status] ?? [];
    ok =
      rec.expect(
        typeof code === 'string' && codes.includes(code as never),
        'problem-code',
        `${where} with code ${String(code)}; the contract lists ${codes.join(', ') || 'none'} for ${status}`,
        exchange,
      ) && ok;
  }
  const types = Object.keys(content);
  if (types.length === 0) return ok;
  if (
    !rec.expect(
      types.includes(type),
      'content-type',
      `${where} with Content-Type ${type || '(none)'}; the contract documents ${types.join(', ')}`,
      exchange,
    )
  ) {
    return false;
  }
  const schema = content[type]?.schema;
  if (schema !== undefined && /json/.test(type)) {
    const errors = validate(schema, body);
    ok =
      rec.expect(
        errors.length === 0,
        'schema',
        `${where} with a body that breaks its schema: ${errors.join('; ')}`,
        exchange,
      ) && ok;
  }
  return ok;
}

export const isSuccess = (exchange: Exchange) =>
  exchange.response.status >= 200 && exchange.response.status < 300;
export const problemCode = (exchange: Exchange): unknown =>
  (exchange.response.body as { code?: unknown } | null)?.code;
export const describe = (exchange: Exchange) =>
  `${exchange.request.method} ${new URL(exchange.request.url).pathname} → ${exchange.response.status}${
    typeof problemCode(exchange) === 'string' ? ` ${String(problemCode(exchange))}` : ''
  }`;
