/** The bundled contract, read the way a consumer reads it: through the package's `./openapi.json` export. */
import { createRequire } from 'node:module';

interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
}
interface Response {
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, unknown>;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, unknown> };
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; responses: Record<string, Response> };
}

export const document = createRequire(import.meta.url)('@allot/contract/openapi.json') as Document;

export interface ContractOperation {
  id: string;
  method: string;
  path: string;
  params: Parameter[];
  requestBody: Operation['requestBody'];
  success: { status: number; contentType: string; etag: boolean };
}

const param = (p: Parameter): Parameter =>
  p.$ref ? document.components.parameters[p.$ref.split('/').pop()!]! : p;
const response = (r: Response): Response =>
  r.$ref ? document.components.responses[r.$ref.split('/').pop()!]! : r;

export const operations: ContractOperation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([, op]) => typeof op === 'object' && op !== null && 'operationId' in op)
    .map(([method, op]) => {
      const [status, ok] = Object.entries(op.responses).find(([s]) => Number(s) < 300)!;
      const success = response(ok);
      return {
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).map(param),
        requestBody: op.requestBody,
        success: {
          status: Number(status),
          contentType: Object.keys(success.content ?? {})[0] ?? '',
          etag: Boolean(success.headers?.['ETag']),
        },
      };
    }),
);

export const takes = (op: ContractOperation, header: string) => op.params.some((p) => p.name === header);
