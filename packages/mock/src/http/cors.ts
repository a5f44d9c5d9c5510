/**
 * CORS for every response: the mock serves any origin (the demo, a Storybook, a partner's test page),
 * and lets scripts read the headers the widgets rely on.
 */
export const corsHeaders: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-Match',
  // Date is the service's clock: widgets take "now" from it, so a host whose own clock is wrong still shows
  // the right month and due dates.
  'Access-Control-Expose-Headers':
    'Date, ETag, Retry-After, X-Request-Id, Location, Content-Disposition, Idempotent-Replayed',
  'Access-Control-Max-Age': '600',
};
