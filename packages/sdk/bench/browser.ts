/**
 * The Chromium side of the real-use benchmark: real-use.bench.ts bundles this file with esbuild (the
 * clients in their production form, one script) and calls `runBench` in a page served from another origin
 * than the mock, so every call is a cross-origin request, as from a widget on a host page.
 */
import { checkAnswers, contenders, measure, resetOverHttp, type Samples } from './contenders.js';

export interface BrowserRun {
  baseUrl: string;
  rounds: number;
  requests: number;
  warmup: number;
}

declare global {
  interface Window {
    runBench: (run: BrowserRun) => Promise<Samples>;
  }
}

window.runBench = async ({ baseUrl, ...options }) => {
  const clients = contenders(baseUrl);
  const reset = resetOverHttp(baseUrl);
  await reset();
  await checkAnswers(clients);
  return measure(clients, { ...options, reset });
};
