import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Latency } from './http/faults.js';
import { problemTitles } from './http/problem.js';
import { corsHeaders } from './http/cors.js';
import { createMockService, type MockService, type MockServiceOptions } from './service.js';

export interface ServerOptions extends Omit<MockServiceOptions, 'baseUrl'> {
  /** TCP port (default 4010; 0 picks a free one). */
  port?: number;
  /**
   * Address to listen on (default `127.0.0.1`: this machine only). `0.0.0.0` (or `::`) accepts connections from
   * other machines too, e.g. a phone on the network or another container.
   */
  host?: string;
  /** Path prefix of the API (default `/v1`). */
  basePath?: string;
  /** An existing service to serve; a new one is created otherwise. */
  service?: MockService;
}

export interface RunningServer {
  /** The API's base URL, e.g. `http://localhost:4010/v1`. */
  readonly url: string;
  readonly port: number;
  /** The address it listens on (`127.0.0.1` unless `host` said otherwise). */
  readonly host: string;
  readonly service: MockService;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

/** `--latency` syntax: `200` → 200 ms; `50-300` → uniformly between 50 and 300 ms. */
export function parseLatency(text: string): Latency {
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(text.trim());
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (min > max) throw new RangeError(`latency range ${text} has min > max`);
    return [min, max];
  }
  if (!/^\d+$/.test(text.trim())) throw new RangeError(`latency must be ms or min-max, not "${text}"`);
  return Number(text);
}

/** node:http speaks IncomingMessage; the service speaks fetch's Request. */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(body && body.length > 0 ? { body } : {}),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    // A network-error fault: drop the connection without an answer, as a failing network would.
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

function crash(res: ServerResponse, error: unknown): void {
  console.error('[allot-mock] request failed', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { ...corsHeaders, 'Content-Type': 'application/problem+json' });
  res.end(
    JSON.stringify({
      type: 'https://docs.allot.dev/problems/unavailable',
      title: problemTitles.unavailable,
      status: 500,
      code: 'unavailable',
      detail: error instanceof Error ? error.message : String(error),
    }),
  );
}

/** Where the server listens unless told otherwise: this machine only, never the network. */
const LOOPBACK = '127.0.0.1';

/**
 * The mock as a real HTTP server (what `allot-mock` runs): any client, in any language, can call it.
 * CORS is open to every origin; the base path is `/v1` like the real API. It listens on 127.0.0.1 unless `host`
 * says otherwise: open CORS on every interface would let any machine on the network use it.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { port = 4010, host = LOOPBACK, basePath = '/v1', service: given, ...serviceOptions } = options;
  let service = given;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const target = service;
    if (!target) {
      res.writeHead(503, { 'Retry-After': '1' }).end();
      return;
    }
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    toRequest(req, origin)
      .then((request) => target.handle(request))
      .then((response) => send(res, response))
      .catch((error: unknown) => crash(res, error));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const actualPort = address.port;
  // The default (loopback) and "every interface" are reached as localhost; a named host as itself.
  const reachedAs = options.host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${reachedAs.includes(':') ? `[${reachedAs}]` : reachedAs}:${actualPort}${basePath}`;
  service ??= createMockService({ ...serviceOptions, baseUrl: url });
  const running = service;
  return {
    url,
    port: actualPort,
    host: address.address,
    service: running,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; the server is going away, so are they.
        for (const socket of sockets) socket.destroy();
      }),
  };
}
