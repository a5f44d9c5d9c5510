import { defineOperations } from '../operation.js';

// Placeholder: the identity operations (operationId → handler). Replaced by the domain's implementation.
export const identityOperations = defineOperations({});
