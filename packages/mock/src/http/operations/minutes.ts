import { defineOperations } from '../operation.js';

// Placeholder: the minutes operations (operationId → handler). Replaced by the domain's implementation.
export const minutesOperations = defineOperations({});
