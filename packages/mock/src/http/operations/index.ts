import type { OperationTable } from '../operation.js';
import { billingOperations } from './billing.js';
import { identityOperations } from './identity.js';
import { invitationsOperations } from './invitations.js';
import { licensesOperations } from './licenses.js';
import { minutesOperations } from './minutes.js';
import { ordersOperations } from './orders.js';
import { sharesOperations } from './shares.js';
import { workspaceOperations } from './workspace.js';

/** Every operation of the contract, by operationId (a test checks none is missing). */
export const allOperations: OperationTable = {
  ...identityOperations,
  ...minutesOperations,
  ...sharesOperations,
  ...invitationsOperations,
  ...licensesOperations,
  ...ordersOperations,
  ...workspaceOperations,
  ...billingOperations,
};
