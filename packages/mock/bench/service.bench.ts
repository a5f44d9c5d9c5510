/**
 * The service's own overhead at `large` (20,000 users): routing, auth, validation and response
 * checks around a handler, and the identity list the member pickers use.
 */
import { createMockService } from '../src/service.js';
import { operationRequest } from '../test/support/operations.js';
import { defineBenchmark } from './harness.js';

const NOW = Date.UTC(2026, 10, 2, 9, 30);
const large = () => createMockService({ scenario: 'large', clock: () => NOW });
const BASE_URL = 'http://localhost:4010/v1';
const TOKEN = 'tok_a_admin';

export const benchmarks = [
  defineBenchmark({
    name: 'GET /me through the service (routing, auth, response)',
    setup: large,
    run: (service) => service.handle(operationRequest(BASE_URL, TOKEN, 'getMe')),
    iterations: 1000,
    p95TargetMs: 5,
  }),
  defineBenchmark({
    name: 'GET /users?q=… (search 20,000 users, first page)',
    setup: large,
    run: (service, i) =>
      service.handle(
        operationRequest(BASE_URL, TOKEN, 'listUsers', {
          query: { q: i % 2 === 0 ? 'martin' : '2041', limit: 50 },
        }),
      ),
    iterations: 100,
    p95TargetMs: 50,
  }),
];
