import type { Exchange } from './http.js';
import type { Report } from './result.js';

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

function exchangeText(x: Exchange): string {
  const body = typeof x.response.body === 'string' ? x.response.body : JSON.stringify(x.response.body);
  return [
    `      → ${x.request.method} ${x.request.url}`,
    ...(x.request.body !== undefined ? [`        ${clip(x.request.body, 300)}`] : []),
    `      ← ${x.response.status} ${x.response.headers['content-type'] ?? ''}`,
    `        ${clip(body, 600)}`,
  ].join('\n');
}

/** The readable summary: each area passed or failed, and for each broken rule its first failure. */
export function formatSummary(report: Report): string {
  const out: string[] = [`Allot conformance: ${report.baseUrl} (seed ${report.seed})`, ''];
  for (const area of report.areas) {
    const mark = area.passed ? '✓' : '✗';
    out.push(
      `${mark} ${area.area.padEnd(12)} ${area.passed ? 'passed' : 'FAILED'}  ${area.checks} checks, ${(area.durationMs / 1000).toFixed(1)} s`,
    );
    for (const note of area.notes) out.push(`    · ${note}`);
    for (const rule of area.brokenRules) {
      const failures = area.failures.filter((f) => f.rule === rule);
      const first = failures[0];
      if (!first) continue;
      out.push(
        `    ✗ ${rule} (${failures.length} failure${failures.length === 1 ? '' : 's'}): ${first.message}`,
      );
      if (first.exchange) out.push(exchangeText(first.exchange));
    }
  }
  const failed = report.areas.filter((a) => !a.passed).length;
  const { problems } = report;
  out.push(
    '',
    `Problems answered: ${problems.seen} of the ${problems.documented} an operation documents (operation, status, code)` +
      (problems.codesNotSeen.length
        ? `; codes never answered: ${problems.codesNotSeen.join(', ')} (the JSON report lists each pair)`
        : '; every documented code answered at least once'),
    `${report.areas.length - failed} of ${report.areas.length} areas passed, ${report.requests} requests, ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return out.join('\n');
}
