// Types of operation-table.mjs, for the tests that walk the document through it.
export interface WalkedOperation<Operation = Record<string, unknown>, Parameter = Record<string, unknown>> {
  operation: Operation;
  /** Upper case. */
  method: string;
  path: string;
  /** Path-level and operation-level parameters, merged and dereferenced. */
  parameters: Parameter[];
  requestBody: Record<string, unknown> | undefined;
  /** [status, dereferenced response] in document order. */
  responses: [number, Record<string, unknown>][];
}
export declare function deref<T>(document: unknown, node: T | { $ref: string }): T;
export declare function walkOperations<Operation, Parameter>(
  document: unknown,
): WalkedOperation<Operation, Parameter>[];
export declare function responseCodes(document: unknown, response: unknown): string[];
export declare function operationRows(document: unknown): Record<string, unknown>[];
export declare function operationSchemas(document: unknown): unknown[];
export declare function renderOperationTable(document: unknown): string;
export declare function renderRoutes(document: unknown): string;
