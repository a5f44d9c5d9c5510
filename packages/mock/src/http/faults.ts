import { createRandom, type Random } from '../engine/random.js';

/** Latency in ms: fixed, or drawn uniformly from [min, max] for each request. */
export type Latency = number | readonly [min: number, max: number];

/** Faults to inject, all optional; `faults.set()` replaces the whole set. */
export interface FaultSettings {
  latency?: Latency;
  /** Probability (0–1) of a 503 per operationId, or `'*'` for every operation. */
  errorRate?: Readonly<Record<string, number>>;
  /** At most `burst` requests per `retryAfter` seconds (service clock); beyond that 429 with Retry-After. */
  rateLimit?: { burst: number; retryAfter: number };
  /** Every request gets 503 with Retry-After (`true`: 5 seconds). */
  unavailable?: boolean | { retryAfter: number };
  /** Probability (0–1) that a request fails at the network level (`Response.error()`). */
  networkErrorRate?: number;
}

/** What the service does with one request after the faults had their say. */
export type FaultDecision =
  | { kind: 'pass' }
  | { kind: 'network_error' }
  | {
      kind: 'problem';
      status: 429 | 503;
      code: 'rate_limited' | 'unavailable';
      detail: string;
      retryAfter: number;
    };

export interface FaultController {
  /** Replaces the active faults. */
  set(settings: FaultSettings): void;
  /** Removes every fault (and forgets the rate-limit window). */
  clear(): void;
  /** The active faults. */
  get(): FaultSettings;
}

/** The engine side of faults: decisions are drawn from a seeded PRNG so a test run repeats exactly. */
export interface FaultEngine extends FaultController {
  /** Decides the fate of one request to `operationId` at `now` (epoch ms). */
  decide(operationId: string, now: number): FaultDecision;
  /** Milliseconds to wait before answering (faults' latency, else the service default). */
  delay(): number;
  /** Re-seeds the PRNG (on reset). */
  reseed(seed: number): void;
}

const DEFAULT_UNAVAILABLE_RETRY_AFTER = 5;
const DEFAULT_ERROR_RETRY_AFTER = 1;

function checkProbability(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be a probability between 0 and 1`);
}

/** Validates settings from code or from the control API, so a typo fails loudly instead of doing nothing. */
export function checkFaultSettings(settings: FaultSettings): void {
  const { latency, errorRate, rateLimit, unavailable, networkErrorRate } = settings;
  if (latency !== undefined) {
    const [min, max] = typeof latency === 'number' ? [latency, latency] : latency;
    if (!(min >= 0 && max >= min))
      throw new RangeError('latency must be ms ≥ 0 or [min, max] with min ≤ max');
  }
  for (const [key, value] of Object.entries(errorRate ?? {})) checkProbability(`errorRate.${key}`, value);
  if (networkErrorRate !== undefined) checkProbability('networkErrorRate', networkErrorRate);
  if (
    rateLimit !== undefined &&
    !(Number.isInteger(rateLimit.burst) && rateLimit.burst >= 0 && rateLimit.retryAfter > 0)
  ) {
    throw new RangeError('rateLimit needs an integer burst ≥ 0 and retryAfter > 0 seconds');
  }
  if (typeof unavailable === 'object' && !(unavailable.retryAfter >= 0)) {
    throw new RangeError('unavailable.retryAfter must be ≥ 0 seconds');
  }
}

export function createFaultEngine(seed: number, defaultLatency?: Latency): FaultEngine {
  let random: Random = createRandom(seed);
  let settings: FaultSettings = {};
  // The rate-limit window: when it opened and how many requests it has let through.
  let window = { start: 0, count: 0 };

  const drawLatency = (latency: Latency | undefined): number => {
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return min + Math.floor(random.next() * (max - min + 1));
  };

  return {
    set(next) {
      checkFaultSettings(next);
      settings = structuredClone(next) as FaultSettings;
      window = { start: 0, count: 0 };
    },
    clear() {
      settings = {};
      window = { start: 0, count: 0 };
    },
    get: () => structuredClone(settings) as FaultSettings,
    reseed(next) {
      random = createRandom(next);
    },
    delay: () => drawLatency(settings.latency ?? defaultLatency),
    decide(operationId, now) {
      const { unavailable, rateLimit, errorRate, networkErrorRate } = settings;
      if (networkErrorRate !== undefined && random.chance(networkErrorRate)) return { kind: 'network_error' };
      if (unavailable) {
        const retryAfter =
          typeof unavailable === 'object' ? unavailable.retryAfter : DEFAULT_UNAVAILABLE_RETRY_AFTER;
        return {
          kind: 'problem',
          status: 503,
          code: 'unavailable',
          detail: `Try again in ${retryAfter} seconds.`,
          retryAfter,
        };
      }
      if (rateLimit) {
        const length = rateLimit.retryAfter * 1000;
        if (now - window.start >= length) window = { start: now, count: 0 };
        if (window.count >= rateLimit.burst) {
          const retryAfter = Math.max(1, Math.ceil((window.start + length - now) / 1000));
          return {
            kind: 'problem',
            status: 429,
            code: 'rate_limited',
            detail: `Try again in ${retryAfter} seconds.`,
            retryAfter,
          };
        }
        window.count += 1;
      }
      const rate = errorRate?.[operationId] ?? errorRate?.['*'];
      if (rate !== undefined && random.chance(rate)) {
        const retryAfter = DEFAULT_ERROR_RETRY_AFTER;
        return {
          kind: 'problem',
          status: 503,
          code: 'unavailable',
          detail: 'The service failed this request (injected fault).',
          retryAfter,
        };
      }
      return { kind: 'pass' };
    },
  };
}
