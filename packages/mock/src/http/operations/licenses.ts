import { defineOperations } from '../operation.js';

// Placeholder: the licenses operations (operationId → handler). Replaced by the domain's implementation.
export const licensesOperations = defineOperations({});
