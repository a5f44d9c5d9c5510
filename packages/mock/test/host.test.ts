// Where the HTTP server listens: 127.0.0.1 (this machine only) unless told otherwise, from code and from the
// `allot-mock` CLI. Its CORS is open and its tokens are public, so it must not be on the network by default.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { startServer } from '../src/server.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const cwd = fileURLToPath(new URL('..', import.meta.url));
const auth = { Authorization: `Bearer ${tokens.a.admin}` };

/** An IPv4 address of this machine that is not loopback: what another machine on the network would connect to. */
const external = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

/** Whether a TCP connection to `host:port` is accepted (true) or refused (false). */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNREFUSED' ? resolve(false) : reject(error),
    );
  });
}

/** Runs the CLI with `args`; resolves once it printed where it listens, with its output so far. */
function runCli(args: string[]): Promise<{ child: ChildProcess; output: string; url: string; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`CLI did not start:\n${output}`));
    }, 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /on (http:\/\/\S+\/v1)/.exec(output)?.[1];
      if (url && /Listening on .*\n/.test(output)) {
        clearTimeout(timer);
        resolve({ child, output, url, port: Number(new URL(url).port) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

describe('startServer, on its own', () => {
  it('listens on 127.0.0.1 only, and is reached as localhost', async () => {
    const server = await startServer({ port: 0 });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(server.url).toBe(`http://localhost:${server.port}/v1`);
      const response = await fetch(`http://127.0.0.1:${server.port}/v1/me`, { headers: auth });
      expect(response.status).toBe(200);
      if (external) expect(await accepts(external, server.port)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it.runIf(external)('listens on every interface when given host 0.0.0.0', async () => {
    const server = await startServer({ port: 0, host: '0.0.0.0' });
    try {
      expect(server.host).toBe('0.0.0.0');
      expect(server.url).toBe(`http://localhost:${server.port}/v1`);
      const response = await fetch(`http://${external}:${server.port}/v1/me`, { headers: auth });
      expect(response.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('names an IPv6 host in brackets', async () => {
    const server = await startServer({ port: 0, host: '::1' });
    try {
      expect(server.url).toBe(`http://[::1]:${server.port}/v1`);
      expect((await fetch(`${server.url}/me`, { headers: auth })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('the allot-mock CLI, on its address', () => {
  it('documents --host and its default in --help', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--help'], {
      cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    expect(stdout).toMatch(
      /--host <address>\s+address to listen on \(default 127\.0\.0\.1: this machine only/,
    );
    expect(stdout).toContain('0.0.0.0');
  }, 30_000);

  it('listens on 127.0.0.1 only without --host, and says so', async () => {
    const { child, output, port } = await runCli(['--scenario', 'empty']);
    try {
      expect(output).toContain('Listening on 127.0.0.1: this machine only (--host 0.0.0.0');
      expect((await fetch(`http://127.0.0.1:${port}/v1/me`, { headers: auth })).status).toBe(200);
      if (external) expect(await accepts(external, port)).toBe(false);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  }, 30_000);

  it.runIf(external)(
    'accepts other machines with --host 0.0.0.0, and says so',
    async () => {
      const { child, output, port } = await runCli(['--scenario', 'empty', '--host', '0.0.0.0']);
      try {
        expect(output).toContain('Listening on 0.0.0.0: other machines can connect');
        expect((await fetch(`http://${external}:${port}/v1/me`, { headers: auth })).status).toBe(200);
      } finally {
        expect(await stop(child)).toBe(0);
      }
    },
    30_000,
  );
});
