import { defineOperations } from '../operation.js';

// Placeholder: the workspace operations (operationId → handler). Replaced by the domain's implementation.
export const workspaceOperations = defineOperations({});
