import { describe, expect, it } from 'vitest';
import { tokens } from '../src/scenarios/index.js';
import { callOperation } from './support/operations.js';
import { createTestService } from './support/service.js';

// HTTP-level: content types, attachments, validation and permissions of the billing operations. The test
// service validates every response against the contract.

describe('billing over HTTP', () => {
  it('serves the monthly export as a UTF-8 CSV attachment', async () => {
    const service = createTestService();
    const { status, body, headers } = await callOperation(
      service,
      tokens.a.admin,
      'exportBilledLicenseHolders',
      {
        query: { month: '2026-10' },
      },
    );
    expect(status).toBe(200);
    expect(headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(headers.get('Content-Disposition')).toBe(
      'attachment; filename="billed-license-holders-2026-10.csv"',
    );
    expect(body.split('\r\n')[0]).toBe('month,billing_mode,unit_id,unit_name,email');
    expect(body).toMatch(/Müller|é/); // UTF-8 names arrive intact
  });

  it('answers 400 for a malformed month and for a later month', async () => {
    const service = createTestService();
    const malformed = await callOperation(service, tokens.a.admin, 'exportBilledLicenseHolders', {
      query: { month: '2026-13' },
    });
    expect(malformed.status).toBe(400);
    const later = await callOperation(service, tokens.a.admin, 'exportBilledLicenseHolders', {
      query: { month: '2027-01' },
    });
    expect(later.status).toBe(400);
    expect(later.body.errors[0].pointer).toBe('/query/month');
    expect((await callOperation(service, tokens.a.admin, 'exportBilledLicenseHolders')).status).toBe(400);
  });

  it('answers 403 without billing:read (a user manager)', async () => {
    const service = createTestService();
    expect((await callOperation(service, tokens.a.user_manager, 'listInvoices')).status).toBe(403);
    expect((await callOperation(service, tokens.a.user_manager, 'listCredits')).status).toBe(403);
    const csv = await callOperation(service, tokens.a.user_manager, 'exportBilledLicenseHolders', {
      query: { month: '2026-10' },
    });
    expect(csv.status).toBe(403);
  });

  it('lists invoices and serves one as a PDF attachment', async () => {
    const service = createTestService();
    const invoices = await callOperation(service, tokens.a.admin, 'listInvoices', { query: { limit: 2 } });
    expect(invoices.body.items).toHaveLength(2);
    const [latest] = invoices.body.items;
    const pdf = await callOperation(service, tokens.a.admin, 'getInvoicePdf', {
      path: { invoiceId: latest.id },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(pdf.headers.get('Content-Disposition')).toBe(`attachment; filename="${latest.number}.pdf"`);
    const text = new TextDecoder('latin1').decode(pdf.body as Uint8Array);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain(latest.number);
    // The byte offset in startxref points at the xref table.
    const startxref = Number(/startxref\n(\d+)\n/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
  });

  it("answers 404 for another portal's invoice", async () => {
    const service = createTestService();
    const other = await callOperation(service, tokens.b.admin, 'getInvoicePdf', {
      path: { invoiceId: 'inv_a_2026_10' },
    });
    expect(other.status).toBe(404);
  });

  it('lists credits', async () => {
    const service = createTestService();
    const { status, body } = await callOperation(service, tokens.a.super_admin, 'listCredits');
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ reason: 'adjustment', appliesTo: 'inv_a_2026_08' });
  });
});
