import { defineOperations } from '../operation.js';

// Placeholder: the invitations operations (operationId → handler). Replaced by the domain's implementation.
export const invitationsOperations = defineOperations({});
