/** The contract's operations as the SDK test reads them: the generated operation table, no walk of our own. */
import { operationTable, type OperationEntry } from '@allot/contract/operations';

/** The media type a success body of each kind is served with in these tests. */
const MEDIA = { json: 'application/json', text: 'text/csv', binary: 'application/pdf', empty: '' } as const;

export interface ContractOperation extends OperationEntry {
  id: string;
  success: OperationEntry['success'] & { contentType: string };
}

export const operations: ContractOperation[] = Object.entries(operationTable).map(
  ([id, entry]: [string, OperationEntry]) => ({
    ...entry,
    id,
    success: { ...entry.success, contentType: MEDIA[entry.success.body] },
  }),
);

/** Whether the operation takes the header at all (required or optional). */
export const takes = (op: ContractOperation, header: 'Idempotency-Key' | 'If-Match'): boolean =>
  (header === 'Idempotency-Key' ? op.idempotencyKey : op.ifMatch) !== null;
