import { defineOperations } from '../operation.js';

// Placeholder: the orders operations (operationId → handler). Replaced by the domain's implementation.
export const ordersOperations = defineOperations({});
