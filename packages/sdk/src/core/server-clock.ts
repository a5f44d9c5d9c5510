/**
 * The service's clock as the client last saw it: the local clock corrected by the offset of the `Date` header
 * of the latest response (as AWS SDKs correct clock skew). A widget showing "this month" or "due in 3 days"
 * reads it, so a device whose clock is wrong still shows the service's dates.
 */
export interface ServerClock {
  /** Epoch ms on the service's clock; the local clock until a response with a `Date` header came. */
  now(): number;
  /** Learns the offset from a response's headers (ignored when it has no readable `Date`). */
  observe(headers: Headers): void;
}

export function serverClock(local: () => number = Date.now): ServerClock {
  let offset = 0;
  return {
    now: () => local() + offset,
    observe(headers) {
      const date = headers.get('date');
      const at = date === null ? NaN : Date.parse(date);
      // `Date` has whole seconds: the offset is exact to a second, enough for days, months and countdowns.
      if (!Number.isNaN(at)) offset = at - local();
    },
  };
}
