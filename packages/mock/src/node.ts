import type { SharedOptions } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers } from './handlers.js';
import { createMockService, type MockService, type MockServiceOptions } from './service.js';

export interface MockServerOptions extends MockServiceOptions {
  /** An existing service to serve (its own options then apply); a new one is created otherwise. */
  service?: MockService;
  /** What MSW does with a request no handler matches; `'error'` so an unmocked call fails the test. */
  onUnhandledRequest?: SharedOptions['onUnhandledRequest'];
}

export interface MockServer {
  readonly service: MockService;
  /** The underlying MSW server, for `use()` overrides in a single test. */
  readonly server: SetupServer;
  /** Starts intercepting (`beforeAll`). */
  listen(): void;
  /** Drops per-test overrides and rebuilds the scenario (`afterEach`). */
  reset(): void;
  /** Stops intercepting (`afterAll`). */
  close(): void;
}

/**
 * The mock for Node tests, on MSW's `setupServer`: `fetch` to the base URL reaches the service in-process.
 *
 *   const mock = setupMockServer({ validateResponses: true });
 *   beforeAll(() => mock.listen()); afterEach(() => mock.reset()); afterAll(() => mock.close());
 */
export function setupMockServer(options: MockServerOptions = {}): MockServer {
  const { service: given, onUnhandledRequest = 'error', ...serviceOptions } = options;
  const service = given ?? createMockService(serviceOptions);
  const server = setupServer(...createHandlers(service));
  return {
    service,
    server,
    listen: () => server.listen({ onUnhandledRequest }),
    reset: () => {
      server.resetHandlers();
      service.reset();
    },
    close: () => server.close(),
  };
}

export { createHandlers } from './handlers.js';
export * from './index.js';
export { startServer, parseLatency } from './server.js';
export type { RunningServer, ServerOptions } from './server.js';
