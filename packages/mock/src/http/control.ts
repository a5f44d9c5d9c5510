import type { Role } from '@allot/contract';
import type { State } from '../engine/state.js';
import { scenarioNames, type ScenarioName } from '../scenarios/index.js';
import { checkFaultSettings, type FaultController, type FaultSettings } from './faults.js';

/** What the control routes may touch: the service's own knobs, nothing of the API. */
export interface ControlTarget {
  readonly state: State;
  readonly scenario: ScenarioName;
  readonly seed: number;
  now(): number;
  reset(options?: { scenario?: ScenarioName; seed?: number }): void;
  readonly faults: FaultController;
  advance(ms: number): void;
}

/** A ready-made token, as `GET __mock/tokens` lists it for the demo. */
export interface DemoToken {
  token: string;
  portalId: string;
  portalName: string;
  userId: string;
  userName: string;
  role: Role;
  expiresAt: string;
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function problem(status: number, detail: string): Response {
  return new Response(
    JSON.stringify({
      type: 'https://docs.allot.dev/problems/validation_failed',
      title: 'The control request is not valid',
      status,
      code: status === 404 ? 'not_found' : 'validation_failed',
      detail,
    }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  const value = JSON.parse(text) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new TypeError('expected a JSON object');
  return value as Record<string, unknown>;
}

/** The ready-made tokens of the scenario (`tok_…`), with who they act as: what the demo offers to pick from. */
export function demoTokens(state: State): DemoToken[] {
  const out: DemoToken[] = [];
  for (const record of state.identity.tokens.values()) {
    if (!record.token.startsWith('tok_')) continue;
    const user = state.identity.users.get(record.userId);
    const portal = state.identity.portals.get(record.portalId);
    if (!user || !portal) continue;
    out.push({
      token: record.token,
      portalId: portal.id,
      portalName: portal.name,
      userId: user.id,
      userName: user.name,
      role: user.role,
      expiresAt: new Date(record.expiresAt).toISOString(),
    });
  }
  return out;
}

function status(target: ControlTarget) {
  return {
    scenario: target.scenario,
    seed: target.seed,
    now: new Date(target.now()).toISOString(),
    faults: target.faults.get(),
  };
}

/**
 * The mock's own control API under `<baseUrl>/__mock/` (not part of the contract on purpose: a real
 * service has no such routes). No authentication: it only ever runs on a developer's machine or in CI.
 */
export async function handleControl(
  target: ControlTarget,
  method: string,
  route: string,
  request: Request,
): Promise<Response> {
  try {
    const key = `${method} ${route.replace(/\/+$/, '')}`;
    switch (key) {
      case 'GET status':
        return json(200, status(target));
      case 'POST reset': {
        const body = await readJson(request);
        const scenario = body['scenario'];
        const seed = body['seed'];
        if (scenario !== undefined && !scenarioNames.includes(scenario as ScenarioName)) {
          return problem(400, `scenario must be one of ${scenarioNames.join(', ')}`);
        }
        if (seed !== undefined && !Number.isInteger(seed)) return problem(400, 'seed must be an integer');
        target.reset({
          ...(scenario === undefined ? {} : { scenario: scenario as ScenarioName }),
          ...(seed === undefined ? {} : { seed: seed as number }),
        });
        return json(200, status(target));
      }
      case 'GET faults':
        return json(200, target.faults.get());
      case 'PUT faults': {
        const settings = (await readJson(request)) as FaultSettings;
        checkFaultSettings(settings);
        target.faults.set(settings);
        return json(200, target.faults.get());
      }
      case 'DELETE faults':
        target.faults.clear();
        return new Response(null, { status: 204 });
      case 'GET tokens':
        return json(200, {
          tokens: demoTokens(target.state),
          secretKeys: [...target.state.identity.portals.values()].map((p) => ({
            portalId: p.id,
            secretKey: p.secretKey,
          })),
        });
      case 'POST clock': {
        const body = await readJson(request);
        const advanceMs = body['advanceMs'];
        if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
          return problem(400, 'advanceMs must be a number of milliseconds ≥ 0');
        }
        target.advance(advanceMs);
        return json(200, { now: new Date(target.now()).toISOString() });
      }
      default:
        return problem(404, `No control route ${method} __mock/${route}.`);
    }
  } catch (error) {
    return problem(400, error instanceof Error ? error.message : String(error));
  }
}
