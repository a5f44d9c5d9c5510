import type { OperationId, operations } from '@allot/contract';
import type { Ctx } from '../engine/context.js';

type Op<Id extends OperationId> = operations[Id];
type Params<Id extends OperationId> = Op<Id> extends { parameters: infer P } ? P : never;
type Field<T, K extends string> = T extends { [key in K]?: infer V }
  ? undefined extends V
    ? NonNullable<V> | undefined
    : V
  : undefined;
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;

/** What a handler receives: path, query and body already validated against the contract and typed from it. */
export interface Input<Id extends OperationId> {
  path: Field<Params<Id>, 'path'>;
  query: Field<Params<Id>, 'query'>;
  body: JsonBody<NonNullable<Field<Op<Id>, 'requestBody'>>>;
  /** The `If-Match` header, when sent (the service answers 428 before the handler when it is required). */
  ifMatch: string | undefined;
}

type Responses<Id extends OperationId> = Op<Id>['responses'];
type SuccessStatus<Id extends OperationId> = Extract<keyof Responses<Id>, 200 | 201 | 202>;

/** A success response typed from the contract; errors are thrown as DomainError instead. */
export type Output<Id extends OperationId> = {
  [S in SuccessStatus<Id>]: {
    status: S;
    body: Responses<Id>[S] extends { content: infer C } ? C[keyof C] : undefined;
    headers?: Record<string, string>;
    /** Set for non-JSON bodies (CSV, PDF): the body is sent as-is with this type. */
    contentType?: string;
  };
}[SuccessStatus<Id>];

export type Handler<Id extends OperationId> = (ctx: Ctx, input: Input<Id>) => Output<Id>;

/** A domain's operations: one handler per operationId, each translating HTTP to engine calls. */
export type OperationTable = { [Id in OperationId]?: Handler<Id> };

/** Identity helper that keeps each handler's input and output typed by its operationId. */
export function defineOperations<T extends OperationTable>(table: T): T {
  return table;
}
