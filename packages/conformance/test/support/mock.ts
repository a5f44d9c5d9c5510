/** Starts the `allot-mock` CLI as a child process on a free port, optionally with `--break <rule>`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const mockDir = dirname(require.resolve('@allot/mock/package.json'));
const mockBin = join(
  mockDir,
  (JSON.parse(readFileSync(join(mockDir, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin[
    'allot-mock'
  ]!,
);

export const conformanceBin = join(import.meta.dirname, '../../dist/cli.js');

export interface RunningMock {
  url: string;
  stop(): Promise<void>;
}

export function startMock(...breakRules: string[]): Promise<RunningMock> {
  const args = [mockBin, '--port', '0', ...breakRules.flatMap((rule) => ['--break', rule])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`allot-mock did not start:\n${output}`));
    }, 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = / on (http:\/\/\S+\/v1)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`allot-mock exited with ${String(code)}:\n${output}`));
    });
  });
}

/** Runs the conformance CLI as a child process; resolves with its exit code and output. */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [conformanceBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
