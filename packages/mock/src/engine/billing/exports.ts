import Papa from 'papaparse';
import type { Ctx } from '../context.js';
import { fail } from '../errors.js';
import { workspaceOf } from '../workspace/sync.js';
import { monthKey } from './calendar.js';

export const BILLED_HOLDERS_HEADER = ['month', 'billing_mode', 'unit_id', 'unit_name', 'email'] as const;

/**
 * RFC 4180: CRLF line ends (the last record too); fields with commas, quotes or line breaks quoted, quotes
 * doubled. Papa Parse writes it the same in Node and in the browser (csv-stringify needs Node's Buffer).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows as string[][], { newline: '\r\n', quotes: false, header: false })}\r\n`;
}

/**
 * The billed license holders of one month as CSV: one row per billed unit of that month's bill, in that
 * month's mode. The current month is this month's bill (frozen when the month began).
 */
export function exportBilledLicenseHolders(
  ctx: Ctx,
  input: { month: string },
): { filename: string; csv: string } {
  const ws = workspaceOf(ctx.state, ctx.actor.portal.id, ctx.now);
  if (input.month > ws.month) {
    fail(
      400,
      'validation_failed',
      'The month is later than the current month; nothing was billed for it yet.',
      {
        errors: [{ pointer: '/query/month', code: 'maximum', message: `must be ${ws.month} or earlier` }],
      },
    );
  }
  const snapshot = input.month < monthKey(ws.createdAt) ? undefined : ws.snapshots.get(input.month);
  const rows: string[][] = [[...BILLED_HOLDERS_HEADER]];
  if (snapshot)
    for (const unit of snapshot.units)
      rows.push([input.month, snapshot.mode, unit.id, unit.name, unit.email]);
  return { filename: `billed-license-holders-${input.month}.csv`, csv: toCsv(rows) };
}
