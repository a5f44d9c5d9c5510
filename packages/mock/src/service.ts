import type { OperationId } from '@allot/contract';
import { requirePermission, type Actor, type Ctx } from './engine/context.js';
import { DomainError, fail } from './engine/errors.js';
import { authenticateSecretKey, authenticateToken } from './engine/identity/auth.js';
import type { State } from './engine/state.js';
import type { BreakableRule } from './http/break.js';
import { handleControl } from './http/control.js';
import { createRouter, type OperationSpec } from './http/contract.js';
import { corsHeaders } from './http/cors.js';
import { createFaultEngine, type FaultController, type Latency } from './http/faults.js';
import { findIdempotencyRecord, idempotencyKey, requestHash } from './http/idempotency.js';
import { allOperations } from './http/operations/index.js';
import { problemResponse } from './http/problem.js';
import { parseRequest } from './http/request.js';
import { checkResponse, ContractViolationError } from './http/response-check.js';
import { buildScenario, type ScenarioName } from './scenarios/index.js';

export interface MockServiceOptions {
  /** Which data set to start from (default `default`). */
  scenario?: ScenarioName;
  /** Seed of the scenario and of random faults (default 1): the same seed gives the same data. */
  seed?: number;
  /** Epoch ms the clock starts at (default: the real time). Time then runs on from there. */
  now?: number;
  /** The clock to read (epoch ms); a fixed function freezes time for tests (`advance()` still moves it). */
  clock?: () => number;
  /** Where the API lives; requests elsewhere are not this service's (default `http://localhost:4010/v1`). */
  baseUrl?: string;
  /** Check every response against the contract and throw on a mismatch (on in tests). */
  validateResponses?: boolean;
  /** Latency added to every request unless faults set their own. */
  latency?: Latency;
  /** Where unexpected errors are reported (default `console`). */
  logger?: Pick<Console, 'error'>;
  /** FOR CONFORMANCE TESTING ONLY: rules to switch off, so `@allot/conformance` can prove it fails. */
  breakRules?: readonly BreakableRule[];
}

export interface MockService {
  readonly baseUrl: string;
  /** The live state (replaced by `reset`). */
  readonly state: State;
  readonly scenario: ScenarioName;
  readonly seed: number;
  /** Answers one HTTP request: the whole API plus the `__mock/` control routes. */
  handle(request: Request): Promise<Response>;
  /** Rebuilds the state from a scenario (the current one by default), clears faults and idempotency keys. */
  reset(options?: { scenario?: ScenarioName; seed?: number }): void;
  readonly faults: FaultController;
  /** The service clock, epoch ms. */
  now(): number;
  /** Moves the clock to an absolute time (epoch ms). */
  setClock(epochMs: number): void;
  /** Moves the clock forward (tokens expire, resend windows pass, rate limits reset). */
  advance(ms: number): void;
}

export const DEFAULT_BASE_URL = 'http://localhost:4010/v1';

const ok = (status: number) => status >= 200 && status < 300;

function bearer(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  const match = header === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

interface Outcome {
  status: number;
  headers: Record<string, string>;
  /** JSON value, or a string / bytes when `contentType` is not JSON. */
  body: unknown;
  contentType: string | undefined;
}

/** A handler seen from the service: the request validation already guaranteed its typed input shape. */
type AnyHandler = (
  ctx: Ctx,
  input: { path: unknown; query: unknown; body: unknown; ifMatch: string | undefined },
) => { status: number; body: unknown; headers?: Record<string, string>; contentType?: string };

function handlerOf(operationId: OperationId): AnyHandler | undefined {
  return allOperations[operationId] as AnyHandler | undefined;
}

/** The `validation` break: a negative number in a body is taken as its absolute value instead of refused. */
function acceptNegatives(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, typeof v === 'number' && v < 0 ? Math.abs(v) : v]),
  );
}

export function createMockService(options: MockServiceOptions = {}): MockService {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const logger = options.logger ?? console;
  const readClock = options.clock ?? Date.now;
  let offset = options.now === undefined ? 0 : options.now - readClock();
  const now = () => readClock() + offset;

  let scenario: ScenarioName = options.scenario ?? 'default';
  let seed = options.seed ?? 1;
  let state = buildScenario(scenario, { seed, now: now() });
  let requestCount = 0;
  const faults = createFaultEngine(seed, options.latency);
  const router = createRouter();
  const broken = new Set(options.breakRules ?? []);

  const reset: MockService['reset'] = (next = {}) => {
    scenario = next.scenario ?? scenario;
    seed = next.seed ?? seed;
    state = buildScenario(scenario, { seed, now: now() });
    requestCount = 0;
    faults.clear();
    faults.reseed(seed);
  };

  function authenticate(spec: OperationSpec, request: Request): Actor {
    const credential = bearer(request);
    return spec.security === 'secretKey'
      ? authenticateSecretKey(state, credential)
      : authenticateToken(state, credential, now());
  }

  async function runOperation(
    spec: OperationSpec,
    pathParams: Record<string, string>,
    request: Request,
    url: URL,
  ): Promise<Outcome> {
    const actor = authenticate(spec, request);
    const at = now();
    const ctx: Ctx = { state, actor, now: at };
    // The contract's x-permissions, before anything else reads the request: 403 names what is missing.
    if (!broken.has('permissions')) requirePermission(ctx, ...spec.permissions);
    if (spec.ifMatchRequired && request.headers.get('if-match') === null) {
      fail(428, 'precondition_required', 'Send the ETag you read in If-Match.');
    }
    const parsed = await parseRequest(spec, request, url, pathParams, {
      acceptBelowMinimum: broken.has('validation'),
    });

    const key = spec.idempotent ? parsed.headers['Idempotency-Key'] : undefined;
    const storeKey = key === undefined ? undefined : idempotencyKey(actor.user.id, spec.operationId, key);
    const hash = storeKey === undefined ? '' : requestHash(parsed.path, parsed.body);
    // Read after the body's await and shared by lookup and store (no await between them), so keys go into
    // the store in clock order, which is what lets the lookup sweep expired keys from the front.
    const keyTime = now();
    if (storeKey !== undefined && !broken.has('idempotency')) {
      const stored = findIdempotencyRecord(state.idempotency, storeKey, keyTime);
      if (stored) {
        if (stored.bodyHash !== hash) {
          fail(422, 'idempotency_key_reused', 'This key was used with another request body.');
        }
        return {
          status: stored.status,
          headers: { ...stored.headers, 'Idempotent-Replayed': 'true' },
          body: structuredClone(stored.body),
          contentType: undefined,
        };
      }
    }

    const handler = handlerOf(spec.operationId);
    // Not in the contract: a gap of the mock itself, which test/coverage.test.ts lists.
    if (!handler) fail(501, 'unavailable', `The mock does not implement ${spec.operationId} yet.`);
    const input = {
      path: parsed.path,
      query: parsed.query,
      body: broken.has('validation') ? acceptNegatives(parsed.body) : parsed.body,
      ifMatch: parsed.headers['If-Match'],
    };
    const output =
      broken.has('tenancy') && spec.method === 'GET'
        ? leakyRead(handler, ctx, input)
        : broken.has('refusals')
          ? vagueRefusals(handler, ctx, input)
          : handler(ctx, input);
    // Snapshot the body now: handlers may hand back live records that later calls change.
    const body =
      output.contentType !== undefined
        ? output.body
        : (JSON.parse(JSON.stringify(output.body ?? null)) as unknown);
    const outcome: Outcome = {
      status: output.status,
      headers: { ...output.headers },
      body,
      contentType: output.contentType,
    };
    if (storeKey !== undefined && ok(outcome.status) && outcome.contentType === undefined) {
      state.idempotency.set(storeKey, {
        bodyHash: hash,
        storedAt: keyTime,
        status: outcome.status,
        body: structuredClone(body),
        headers: outcome.headers,
      });
    }
    return outcome;
  }

  /** The `refusals` break: every refusal of a domain rule is answered as bad input, its code lost. */
  function vagueRefusals(handler: AnyHandler, ctx: Ctx, input: Parameters<AnyHandler>[1]) {
    try {
      return handler(ctx, input);
    } catch (error) {
      if (error instanceof DomainError && (error.status === 409 || error.status === 422))
        fail(400, 'validation_failed', error.detail);
      throw error;
    }
  }

  /** The `tenancy` break: a read that finds nothing in the caller's portal tries every other portal's admin. */
  function leakyRead(handler: AnyHandler, ctx: Ctx, input: Parameters<AnyHandler>[1]) {
    try {
      return handler(ctx, input);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 404) throw error;
      for (const user of state.identity.users.values()) {
        if (user.portalId === ctx.actor.portal.id || user.role !== 'super_admin') continue;
        const portal = state.identity.portals.get(user.portalId);
        if (!portal) continue;
        try {
          return handler({ ...ctx, actor: { ...ctx.actor, user, portal } }, input);
        } catch {
          // not this portal's either
        }
      }
      throw error;
    }
  }

  function toResponse(outcome: Outcome, requestId: string): Response {
    const headers = new Headers({
      ...corsHeaders,
      ...outcome.headers,
      'X-Request-Id': requestId,
      Date: new Date(now()).toUTCString(),
    });
    if (outcome.contentType !== undefined) {
      headers.set('Content-Type', outcome.contentType);
      const body = outcome.body as string | Uint8Array;
      return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
        status: outcome.status,
        headers,
      });
    }
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return new Response(outcome.body === undefined ? null : JSON.stringify(outcome.body), {
      status: outcome.status,
      headers,
    });
  }

  async function handle(request: Request): Promise<Response> {
    requestCount += 1;
    const requestId = `req_${requestCount}`;
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const instance = url.pathname;
    const problem = (error: DomainError): Outcome => {
      const p = problemResponse(error, instance, requestId);
      return { status: p.status, headers: p.headers, body: p.body, contentType: undefined };
    };

    if (method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: { ...corsHeaders, 'X-Request-Id': requestId } });
    }
    const inBase = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const relative = inBase ? url.pathname.slice(basePath.length) || '/' : undefined;
    if (relative?.startsWith('/__mock/')) {
      const response = await handleControl(control, method, relative.slice('/__mock/'.length), request);
      response.headers.set('X-Request-Id', requestId);
      for (const [name, value] of Object.entries(corsHeaders)) response.headers.set(name, value);
      return response;
    }
    const route = relative === undefined ? { kind: 'not_found' as const } : router.match(method, relative);
    if (route.kind !== 'operation') {
      const detail =
        route.kind === 'method_not_allowed'
          ? `${url.pathname} does not support ${method}; it supports ${route.allowed.join(', ')}.`
          : `No operation of the API at ${method} ${url.pathname}.`;
      return toResponse(problem(new DomainError(404, 'not_found', detail)), requestId);
    }
    const { spec } = route;

    const delay = faults.delay();
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const decision = faults.decide(spec.operationId, now());
    if (decision.kind === 'network_error') return Response.error();

    let outcome: Outcome;
    if (decision.kind === 'problem') {
      outcome = problem(
        new DomainError(decision.status, decision.code, decision.detail, { retryAfter: decision.retryAfter }),
      );
    } else {
      try {
        outcome = await runOperation(spec, route.pathParams, request, url);
      } catch (error) {
        if (error instanceof DomainError) {
          outcome = problem(error);
        } else {
          logger.error(`[allot-mock] ${spec.operationId} failed unexpectedly`, error);
          outcome = problem(
            new DomainError(500, 'unavailable', 'The mock failed unexpectedly; see its log.'),
          );
          if (options.validateResponses) throw error;
        }
      }
    }

    if (options.validateResponses && outcome.status !== 501) {
      const contentType = outcome.contentType ?? outcome.headers['Content-Type'] ?? 'application/json';
      try {
        checkResponse(
          spec,
          outcome.status,
          contentType,
          outcome.contentType === undefined ? outcome.body : undefined,
        );
      } catch (error) {
        if (error instanceof ContractViolationError)
          logger.error(`[allot-mock] contract violation: ${error.message}`);
        throw error;
      }
    }
    return toResponse(outcome, requestId);
  }

  const control = {
    get state() {
      return state;
    },
    get scenario() {
      return scenario;
    },
    get seed() {
      return seed;
    },
    now,
    reset,
    faults,
    advance: (ms: number) => {
      offset += ms;
    },
  };

  return {
    baseUrl,
    get state() {
      return state;
    },
    get scenario() {
      return scenario;
    },
    get seed() {
      return seed;
    },
    handle,
    reset,
    faults: { set: faults.set, clear: faults.clear, get: faults.get },
    now,
    setClock(epochMs) {
      offset = epochMs - readClock();
    },
    advance: control.advance,
  };
}
