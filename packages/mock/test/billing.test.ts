import { describe, expect, it } from 'vitest';
import {
  exportBilledLicenseHolders,
  getInvoicePdf,
  listCredits,
  listInvoices,
} from '../src/engine/billing/index.js';
import { toCsv } from '../src/engine/billing/exports.js';
import { buildPdf, formatMoney, pdfString } from '../src/engine/billing/pdf.js';
import { archiveTeam, getWorkspaceBilling } from '../src/engine/workspace/index.js';
import { portals, users } from '../src/scenarios/identity.js';
import { seededCreditId } from '../src/scenarios/billing.js';
import { teamIds } from '../src/scenarios/workspace.js';
import { ctxAs, failure, NOW, scenario } from './support/people.js';

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  expect(field === '' && row.length === 0, 'the file ends with CRLF').toBe(true);
  return rows;
}

/** Checks a PDF's cross-reference table: every in-use entry points at "n 0 obj". */
function checkXref(pdf: string): number {
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
  expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
  const header = /^xref\n0 (\d+)\n/.exec(pdf.slice(startxref));
  const count = Number(header?.[1]);
  const entriesAt = startxref + header![0].length;
  for (let n = 0; n < count; n += 1) {
    const entry = pdf.slice(entriesAt + n * 20, entriesAt + (n + 1) * 20);
    expect(entry).toMatch(/^\d{10} \d{5} [nf] \n$/);
    if (n === 0) continue;
    const offset = Number(entry.slice(0, 10));
    expect(pdf.slice(offset, offset + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
  }
  return count;
}

describe('export of billed license holders', () => {
  it('is RFC 4180 CSV with the header row and one row per billed member of an active team', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const { csv, filename } = exportBilledLicenseHolders(ctx, { month: '2026-11' });
    expect(filename).toBe('billed-license-holders-2026-11.csv');
    expect(csv.startsWith('month,billing_mode,unit_id,unit_name,email\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + getWorkspaceBilling(ctx).billedUnits.current);
    expect(rows.slice(1).every((r) => r.length === 5 && r[0] === '2026-11' && r[1] === 'user_licenses')).toBe(
      true,
    );
    const ids = rows.slice(1).map((r) => r[2]);
    expect(ids).toContain(users.admin);
    expect(ids).not.toContain(users.superAdmin); // inactive: never listed
  });

  it('lists the units of that month’s bill: archiving now changes next month, not this one', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const before = exportBilledLicenseHolders(ctx, { month: '2026-11' }).csv;
    archiveTeam(ctx, { teamId: teamIds.support });
    expect(exportBilledLicenseHolders(ctx, { month: '2026-11' }).csv).toBe(before);
  });

  it('in team_licenses mode lists the non-archived teams, quoting commas and quotes', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.bAdmin);
    const { csv } = exportBilledLicenseHolders(ctx, { month: '2026-08' });
    // Three months ago the pilot team was still billed (archived during that month).
    expect(csv).toBe(
      'month,billing_mode,unit_id,unit_name,email\r\n' +
        '2026-08,team_licenses,tm_b_operations,Operations,\r\n' +
        '2026-08,team_licenses,tm_b_partners,"Partners, EMEA",\r\n' +
        '2026-08,team_licenses,tm_b_pilot,"Pilot ""Q3"" 2024",\r\n',
    );
    expect(parseCsv(exportBilledLicenseHolders(ctx, { month: '2026-09' }).csv)).toHaveLength(3);
  });

  it('has only the header row for a month before the workspace existed', () => {
    const state = scenario();
    expect(exportBilledLicenseHolders(ctxAs(state, users.admin), { month: '2020-01' }).csv).toBe(
      'month,billing_mode,unit_id,unit_name,email\r\n',
    );
  });

  it('rejects a later month with 400 validation_failed at /query/month', () => {
    const state = scenario();
    const error = failure(() => exportBilledLicenseHolders(ctxAs(state, users.admin), { month: '2026-12' }));
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.extra.errors).toEqual([expect.objectContaining({ pointer: '/query/month' })]);
  });

  it('quotes line breaks and keeps UTF-8 text as is', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['Zoé "Z" Müller', 'line\nbreak'],
      ['x,y', ''],
    ]);
    expect(csv).toBe('a,b\r\n"Zoé ""Z"" Müller","line\nbreak"\r\n"x,y",\r\n');
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['Zoé "Z" Müller', 'line\nbreak'],
      ['x,y', ''],
    ]);
  });

  it('matches the monthly invoice: rows × unit price = the invoice before credits', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const rows = parseCsv(exportBilledLicenseHolders(ctx, { month: '2026-10' }).csv).length - 1;
    const october = listInvoices(ctx, {}).items.find((i) => i.periodStart === '2026-10-01')!;
    expect(october.amount.amount).toBe(rows * 900);
  });
});

describe('invoices', () => {
  it('lists six months of invoices, newest period first, paid and open', () => {
    const state = scenario();
    const page = listInvoices(ctxAs(state, users.admin), {});
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.periodStart)).toEqual([
      '2026-10-01',
      '2026-09-01',
      '2026-08-01',
      '2026-07-01',
      '2026-06-01',
      '2026-05-01',
    ]);
    expect(page.items.map((i) => i.status)).toEqual(['open', 'paid', 'paid', 'paid', 'paid', 'paid']);
    expect(page.items[0]).toMatchObject({
      id: 'inv_a_2026_10',
      number: 'INV-A-2026-0010',
      periodEnd: '2026-10-31',
      issuedAt: '2026-11-01T06:00:00.000Z',
      dueAt: '2026-11-15T23:59:59.000Z',
    });
  });

  it('deducts the adjustment credit from the invoice it applies to', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const [credit] = listCredits(ctx, {}).items;
    expect(credit).toMatchObject({
      id: seededCreditId,
      reason: 'adjustment',
      amount: { amount: 1500, currency: 'EUR' },
      appliesTo: 'inv_a_2026_08',
    });
    const august = state.billing.invoices.get(portals.a)!.find((i) => i.id === 'inv_a_2026_08')!;
    expect(august.amount).toBe(august.units * 900 - 1500);
  });

  it('pages invoices', () => {
    const state = scenario();
    const first = listInvoices(ctxAs(state, users.admin), { limit: 4 });
    const second = listInvoices(ctxAs(state, users.admin), { limit: 4, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it('has none in the empty scenario, and none for a portal that was never billed', () => {
    expect(listInvoices(ctxAs(scenario('empty'), users.admin), {}).items).toEqual([]);
    expect(listInvoices(ctxAs(scenario(), users.bAdmin), {}).items).toEqual([]);
  });

  it('serves each invoice as a valid one-page PDF with its number and amount', () => {
    const state = scenario();
    const ctx = ctxAs(state, users.admin);
    const invoice = listInvoices(ctx, {}).items[0]!;
    const { pdf, filename } = getInvoicePdf(ctx, { invoiceId: invoice.id });
    expect(filename).toBe('INV-A-2026-0010.pdf');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    expect(/^[\x20-\x7e\n]*$/.test(pdf)).toBe(true);
    expect(checkXref(pdf)).toBe(7);
    expect(pdf).toContain('/Count 1');
    expect(pdf).toContain(`(Invoice ${invoice.number})`);
    expect(pdf).toContain(`(Amount due: ${formatMoney(invoice.amount.amount, 'EUR')})`);
    const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf)!;
    expect(stream[2]!.length).toBe(Number(stream[1]));
  });

  it("answers 404 for another portal's invoice", () => {
    const state = scenario();
    expect(
      failure(() => getInvoicePdf(ctxAs(state, users.bAdmin), { invoiceId: 'inv_a_2026_10' })),
    ).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('escapes PDF strings and writes non-ASCII text as WinAnsi octal codes', () => {
    expect(pdfString('a(b)c\\')).toBe('(a\\(b\\)c\\\\)');
    expect(pdfString('Zoé €5')).toBe('(Zo\\351 \\2005)');
    expect(pdfString('日本')).toBe('(??)');
    expect(checkXref(buildPdf(['<< /Type /Catalog >>', '<< >>'], 1))).toBe(3);
  });

  it('formats money with the currency’s minor digits', () => {
    expect(formatMoney(48000, 'EUR')).toBe('EUR 480.00');
    expect(formatMoney(5, 'EUR')).toBe('EUR 0.05');
    expect(formatMoney(1200, 'JPY')).toBe('JPY 1200');
  });
});

describe('credits', () => {
  it('lists credits newest first', () => {
    const state = scenario();
    const page = listCredits(ctxAs(state, users.admin, NOW), {});
    expect(page.total).toBe(1);
    expect(page.items[0]!.createdAt < new Date(NOW).toISOString()).toBe(true);
  });
});
