// The demo runs the Allot mock service inside the page (MSW's service worker answers the API's URL): no
// backend at all. Every page starts it through here.
import { DEFAULT_BASE_URL, type MockService, type ScenarioName } from '@allot/mock';
import { startMockWorker } from '@allot/mock/browser';

/** Where the widgets send their requests; the service worker answers them in the page. */
export const BASE_URL = DEFAULT_BASE_URL;

let started: Promise<MockService> | undefined;

/**
 * Starts the mock once per page. The worker script sits next to the pages (`./mockServiceWorker.js`, copied
 * by `msw init public`), so the built site works from any folder of any static host.
 */
export function startDemoMock(
  options: { scenario?: ScenarioName; seed?: number } = {},
): Promise<MockService> {
  started ??= (async () => {
    const status = document.getElementById('mock-status');
    try {
      const { service } = await startMockWorker({
        quiet: true,
        serviceWorkerUrl: './mockServiceWorker.js',
        scenario: options.scenario ?? 'default',
        seed: options.seed ?? 1,
      });
      if (status) status.textContent = `Mock service running in this page at ${BASE_URL}`;
      return service;
    } catch (error) {
      if (status) {
        status.classList.add('failed');
        status.textContent =
          'The mock service could not start. It runs in a service worker, which needs https or localhost: ' +
          String(error);
      }
      throw error;
    }
  })();
  return started;
}

/** The mock's control API (`__mock/…`), e.g. for the e2e suite or a curl from the console. */
export const CONTROL_URL = `${BASE_URL}/__mock`;
