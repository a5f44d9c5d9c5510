/**
 * `@allot/mock`: an in-memory Allot service that enforces DOMAIN.md, for tests, the demo and any client.
 * This entry has no MSW in it; `@allot/mock/node` and `@allot/mock/browser` add the MSW adapters.
 */
export { createMockService, DEFAULT_BASE_URL } from './service.js';
export type { MockService, MockServiceOptions } from './service.js';
export type { FaultController, FaultSettings, Latency } from './http/faults.js';
export type { DemoToken } from './http/control.js';
export { breakableRules, breakRuleDescriptions } from './http/break.js';
export type { BreakableRule } from './http/break.js';
export { demoTokens } from './http/control.js';
export { contractOperationIds } from './http/contract.js';
export { allOperations } from './http/operations/index.js';
export type { Handler, Input, Output, OperationTable } from './http/operation.js';
export { ContractViolationError } from './http/response-check.js';
export { problemTitles } from './http/problem.js';

export { buildScenario, scenarioNames, portals, users, tokens, secretKeys } from './scenarios/index.js';
export type { ScenarioName, SeedOptions, Seeder } from './scenarios/index.js';
export { generatedUserId, generatedUserCount } from './scenarios/identity.js';

export { DomainError, fail, notFound } from './engine/errors.js';
export type { Actor, Ctx } from './engine/context.js';
export type { State, IdempotencyRecord } from './engine/state.js';
export type { PortalRecord, UserRecord, TokenRecord } from './engine/identity/model.js';
export { rolePermissions } from './engine/rbac.js';
