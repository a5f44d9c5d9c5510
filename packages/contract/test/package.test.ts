import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the package exports', () => {
  it('exports the bundled spec as one JSON file', () => {
    const path = fileURLToPath(import.meta.resolve('@allot/contract/openapi.json'));
    const spec = JSON.parse(readFileSync(path, 'utf8')) as { openapi: string; paths: object };
    expect(spec.openapi).toBe('3.1.0');
    expect(JSON.stringify(spec)).not.toContain('.yaml#');
  });

  it('exports the validator built from it', async () => {
    const { createContractValidator } = await import('@allot/contract/validation');
    const spec = JSON.parse(
      readFileSync(fileURLToPath(import.meta.resolve('@allot/contract/openapi.json')), 'utf8'),
    );
    expect(createContractValidator(spec).component('Money')({ amount: 100, currency: 'EUR' })).toBe(true);
  });

  it('ships a rendered API reference: every operation, no script, its own strict policy, a style sheet beside it', async () => {
    const html = readFileSync(fileURLToPath(import.meta.resolve('@allot/contract/reference.html')), 'utf8');
    expect(html).toContain('Allot billing-admin API');
    const { referencePolicy } = await import('@allot/contract/reference');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${referencePolicy}" />`);
    expect(referencePolicy).toContain("script-src 'none'");
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\sstyle=/);
    const { operationTable } = await import('@allot/contract/operations');
    for (const operationId of Object.keys(operationTable)) expect(html).toContain(`id="${operationId}"`);
    expect(
      readFileSync(fileURLToPath(import.meta.resolve('@allot/contract/reference.css')), 'utf8'),
    ).toContain('.operation');
  });
});
