import type { SharedOptions } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';
import { createMockService, type MockService, type MockServiceOptions } from './service.js';

export interface MockWorkerOptions extends MockServiceOptions {
  /** An existing service to serve; a new one is created otherwise. */
  service?: MockService;
  /**
   * Where the host app serves MSW's `mockServiceWorker.js` (default `/mockServiceWorker.js`). The host
   * must copy it into its public folder (`npx msw init public`), as for any MSW setup.
   */
  serviceWorkerUrl?: string;
  /** Requests outside the API (the app's own assets) pass through by default. */
  onUnhandledRequest?: SharedOptions['onUnhandledRequest'];
  /** Silence MSW's console log of every intercepted request. */
  quiet?: boolean;
}

export interface MockWorker {
  readonly service: MockService;
  readonly worker: SetupWorker;
  stop(): void;
}

/**
 * The mock in the browser, on MSW's `setupWorker`: the page's `fetch` calls to the base URL are answered
 * by the in-page service (the demo runs this way, with no server at all).
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const {
    service: given,
    serviceWorkerUrl = '/mockServiceWorker.js',
    onUnhandledRequest = 'bypass',
    quiet = false,
    ...serviceOptions
  } = options;
  const service = given ?? createMockService(serviceOptions);
  const worker = setupWorker(...createHandlers(service));
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest, quiet });
  return { service, worker, stop: () => worker.stop() };
}

export { createHandlers } from './handlers.js';
export * from './index.js';
