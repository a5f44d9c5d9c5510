import { http, type HttpHandler } from 'msw';
import type { MockService } from './service.js';

/**
 * MSW request handlers that hand every request under the service's base URL to the service: the whole
 * API, the `__mock/` control routes and CORS preflights (answered by the service too, so all three ways
 * of running behave alike). `Response.error()` from a network-error fault reaches MSW as a network error.
 */
export function createHandlers(service: MockService): HttpHandler[] {
  return [http.all(`${service.baseUrl}/*`, ({ request }) => service.handle(request))];
}
