import { defineOperations } from '../operation.js';

// Placeholder: the shares operations (operationId → handler). Replaced by the domain's implementation.
export const sharesOperations = defineOperations({});
