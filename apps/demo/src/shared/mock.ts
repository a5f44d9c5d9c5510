// The demo runs the Allot mock service inside the page (MSW's service worker answers the API's URL): no
// backend at all. Every page starts it through here.
import { DEFAULT_BASE_URL, type MockService, type ScenarioName } from '@allot/mock';
import { startMockWorker } from '@allot/mock/browser';

/** Where the widgets send their requests; the service worker answers them in the page. */
export const BASE_URL = DEFAULT_BASE_URL;

let started: Promise<MockService> | undefined;

/**
 * The instant the mock's clock starts at, from the page's `?now=` (e.g. `?now=2028-02-29T12:00:00Z`), so a
 * reviewer, and the e2e suite, can see every page on any day; time runs on from there. Default: the real time.
 */
function startInstant(): number | undefined {
  const param = new URLSearchParams(location.search).get('now');
  const at = param === null ? NaN : Date.parse(param);
  return Number.isNaN(at) ? undefined : at;
}

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
      const now = startInstant();
      const { service } = await startMockWorker({
        quiet: true,
        ...(now !== undefined && { now }),
        serviceWorkerUrl: './mockServiceWorker.js',
        scenario: options.scenario ?? 'default',
        seed: options.seed ?? 1,
      });
      if (status) {
        status.textContent = `Mock service running in this page at ${BASE_URL}`;
        if (now !== undefined) status.textContent += `, its clock set to ${new Date(now).toISOString()}`;
      }
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
