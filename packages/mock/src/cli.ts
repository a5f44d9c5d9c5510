#!/usr/bin/env node
/**
 * `allot-mock`: the mock Allot API as a local HTTP server.
 *
 *   allot-mock --port 4010 --scenario default --seed 1 --latency 50-300
 *
 * It listens on 127.0.0.1 (this machine only) unless `--host` names another address.
 */
import { parseArgs } from 'node:util';
import { scenarioNames, type ScenarioName } from './scenarios/index.js';
import { breakableRules, breakRuleDescriptions, isBreakableRule } from './http/break.js';
import { demoTokens } from './http/control.js';
import { parseLatency, startServer } from './server.js';

const USAGE = `Usage: allot-mock [options]

  --port <n>          port to listen on (default 4010; 0 picks a free one)
  --host <address>    address to listen on (default 127.0.0.1: this machine only;
                      0.0.0.0 or :: to accept other machines, e.g. a phone or a container)
  --scenario <name>   ${scenarioNames.join(' | ')} (default default)
  --seed <n>          seed of the scenario and of random faults (default 1)
  --latency <ms>      latency of every response: a number (200) or a range (50-300)
  --now <instant>     start the clock at this instant (2026-11-16T09:30:00Z); time runs on from there
  --validate          check every response against the contract (a mismatch answers 500 and logs)
  --break <rule>      FOR CONFORMANCE TESTING ONLY: switch one rule off (repeatable) so @allot/conformance
                      can prove it fails: ${breakableRules.join(' | ')}
  -h, --help          show this help

Control API: <url>/__mock/{status,reset,faults,tokens,clock} (see the package README).`;

function fatal(message: string): never {
  console.error(`allot-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function integer(name: string, text: string): number {
  if (!/^\d+$/.test(text)) fatal(`--${name} must be a whole number, not ${text}`);
  return Number(text);
}

function latencyOf(text: string) {
  try {
    return parseLatency(text);
  } catch (error) {
    return fatal(error instanceof Error ? error.message : String(error));
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string' },
        scenario: { type: 'string', default: 'default' },
        seed: { type: 'string', default: '1' },
        latency: { type: 'string' },
        now: { type: 'string' },
        validate: { type: 'boolean', default: false },
        break: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fatal(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!scenarioNames.includes(values.scenario as ScenarioName)) {
    fatal(`--scenario must be one of ${scenarioNames.join(', ')}`);
  }
  const breakRules = values.break ?? [];
  for (const rule of breakRules) {
    if (!isBreakableRule(rule)) fatal(`--break must be one of ${breakableRules.join(', ')}, not ${rule}`);
  }
  const now = values.now === undefined ? undefined : Date.parse(values.now);
  if (now !== undefined && Number.isNaN(now)) fatal(`--now must be an instant such as 2026-11-16T09:30:00Z`);
  const server = await startServer({
    ...(now === undefined ? {} : { now }),
    port: integer('port', values.port),
    ...(values.host === undefined ? {} : { host: values.host }),
    scenario: values.scenario as ScenarioName,
    seed: integer('seed', values.seed),
    ...(values.latency === undefined ? {} : { latency: latencyOf(values.latency) }),
    validateResponses: values.validate,
    breakRules: breakRules.filter(isBreakableRule),
  });

  console.log(`allot-mock: scenario "${values.scenario}" (seed ${values.seed}) on ${server.url}`);
  console.log(
    /^(127\.|::1$|::ffff:127\.)/.test(server.host)
      ? `Listening on ${server.host}: this machine only (--host 0.0.0.0 accepts other machines too).`
      : `Listening on ${server.host}: other machines can connect, and CORS is open to every origin.`,
  );
  for (const rule of breakRules.filter(isBreakableRule)) {
    console.log(`BROKEN ON PURPOSE (conformance testing only): ${rule}: ${breakRuleDescriptions[rule]}`);
  }
  if (now !== undefined) console.log(`Clock started at ${new Date(now).toISOString()}`);
  console.log('\nReady-made tokens (Authorization: Bearer <token>):');
  for (const t of demoTokens(server.service.state)) {
    console.log(`  ${t.token.padEnd(20)} ${t.role.padEnd(12)} ${t.userName} @ ${t.portalName}`);
  }
  console.log(`\nTry: curl -H 'Authorization: Bearer tok_a_admin' ${server.url}/me`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\nallot-mock: ${signal}, closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('allot-mock:', error instanceof Error ? error.message : error);
  process.exit(1);
});
