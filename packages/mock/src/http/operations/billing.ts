import { defineOperations } from '../operation.js';

// Placeholder: the billing operations (operationId → handler). Replaced by the domain's implementation.
export const billingOperations = defineOperations({});
