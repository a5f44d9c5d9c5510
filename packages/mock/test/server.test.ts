import { operationTable } from '@allot/contract/operations';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupMockServer } from '../src/node.js';
import { tokens } from '../src/scenarios/index.js';
import { parseLatency, startServer, type RunningServer } from '../src/server.js';
import { operationPath, operationRequest } from './support/operations.js';

describe('startServer (the allot-mock HTTP server)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, validateResponses: true });
  });
  afterAll(() => server.close());

  it('serves the API over real HTTP on the port it was given', async () => {
    expect(server.url).toBe(`http://localhost:${server.port}/v1`);
    const response = await fetch(operationRequest(server.url, tokens.a.admin, 'getMe'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toMatch(/^req_\d+$/);
    expect(((await response.json()) as { user: { id: string } }).user.id).toBe('usr_admin');
  });

  it('carries request bodies and query strings through', async () => {
    const created = await fetch(
      operationRequest(server.url, 'sk_test_a', 'createWidgetToken', {
        body: { portalId: 'prt_a', userId: 'usr_member', permissions: ['minutes:read'] },
      }),
    );
    expect(created.status).toBe(201);
    const page = await fetch(
      operationRequest(server.url, tokens.a.admin, 'listUsers', { query: { q: 'lina', limit: 1 } }),
    );
    expect(((await page.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('answers problems as application/problem+json with Retry-After visible to scripts', async () => {
    // Raw: the __mock/ control routes are no operations of the contract.
    await fetch(`${server.url}/__mock/faults`, {
      method: 'PUT',
      body: JSON.stringify({ unavailable: { retryAfter: 3 } }),
    });
    const response = await fetch(
      operationRequest(server.url, tokens.a.admin, 'getMe', { headers: { Origin: 'http://demo.test' } }),
    );
    await fetch(`${server.url}/__mock/faults`, { method: 'DELETE' }); // Raw: a control route
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('answers a CORS preflight from any origin', async () => {
    // Raw: OPTIONS is no operation of the table; the preflight comes before the transfer.
    const response = await fetch(`${server.url}${operationPath('transferMinutes')}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://demo.test',
        'Access-Control-Request-Method': operationTable.transferMinutes.method,
        'Access-Control-Request-Headers': 'authorization,idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(
      /Authorization.*Idempotency-Key.*If-Match/,
    );
    expect(response.headers.get('access-control-expose-headers')).toMatch(
      /ETag.*Retry-After.*X-Request-Id.*Location/,
    );
  });

  it('serves the control API', async () => {
    const response = await fetch(`${server.url}/__mock/tokens`); // Raw: a control route
    const body = (await response.json()) as { tokens: { token: string }[] };
    expect(body.tokens.map((t) => t.token)).toContain(tokens.a.super_admin);
  });

  it('drops the connection for a network-error fault', async () => {
    server.service.faults.set({ networkErrorRate: 1 });
    try {
      await expect(fetch(operationRequest(server.url, tokens.a.admin, 'getMe'))).rejects.toThrow(TypeError);
    } finally {
      server.service.faults.clear();
    }
  });

  it('answers 404 outside the API', async () => {
    // Raw: a path outside the API's base path.
    expect((await fetch(`http://localhost:${server.port}/elsewhere`)).status).toBe(404);
  });
});

describe('parseLatency (--latency)', () => {
  it('reads a fixed latency and a range', () => {
    expect(parseLatency('200')).toBe(200);
    expect(parseLatency('50-300')).toEqual([50, 300]);
  });

  it('refuses anything else', () => {
    expect(() => parseLatency('fast')).toThrow(RangeError);
    expect(() => parseLatency('300-50')).toThrow(RangeError);
  });
});

describe('the allot-mock CLI', () => {
  it('prints its URL and the demo tokens, serves, and closes cleanly on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        '--port',
        '0',
        '--scenario',
        'empty',
        '--seed',
        '2',
        '--now',
        '2028-02-29T12:00:00Z',
      ],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${output}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /on (http:\/\/\S+\/v1)/.exec(output);
        if (found && output.includes(tokens.a.member)) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`CLI exited with ${code}:\n${output}`)));
    });
    expect(output).toContain('scenario "empty" (seed 2)');
    const response = await fetch(operationRequest(url, tokens.a.member, 'getMe'));
    expect(response.status).toBe(200);
    // Its clock started at --now, not at today (node:http leaves a Date that was set alone).
    expect(Date.parse(response.headers.get('date')!) - Date.parse('2028-02-29T12:00:00Z')).toBeLessThan(
      60_000,
    );
    expect(Date.parse(response.headers.get('date')!)).toBeGreaterThanOrEqual(
      Date.parse('2028-02-29T12:00:00Z'),
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('refuses an unknown scenario with a usage message', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--scenario', 'huge'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--scenario must be one of default, team-licenses, empty, large');
  }, 30_000);
});

describe('setupMockServer (MSW in Node)', () => {
  const mock = setupMockServer({ baseUrl: 'http://api.allot.test/v1', validateResponses: true });
  beforeAll(() => mock.listen());
  afterAll(() => mock.close());

  it('answers fetch calls to the base URL in-process', async () => {
    const response = await fetch(
      operationRequest('http://api.allot.test/v1', tokens.a.user_manager, 'getMe'),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: { role: string } }).user.role).toBe('user_manager');
  });

  it('fails a request no handler matches, by default', async () => {
    await expect(fetch('http://elsewhere.test/nothing')).rejects.toThrow(); // Raw: outside the base URL
  });

  it('rebuilds the scenario on reset', async () => {
    mock.service.state.identity.users.get('usr_member')!.name = 'Changed';
    mock.reset();
    expect(mock.service.state.identity.users.get('usr_member')!.name).toBe('Lina Roux');
  });
});
