/**
 * A minimal, valid PDF 1.4 invoice: one A4 page of Helvetica text. The file is pure 7-bit ASCII (text outside
 * ASCII is written as octal escapes in WinAnsiEncoding), so a string of it is its own byte sequence and the
 * xref offsets hold whatever the transport's text encoding.
 */

export interface InvoicePdfInput {
  number: string;
  portalName: string;
  periodStart: string;
  periodEnd: string;
  units: number;
  unitPrice: number;
  amount: number;
  currency: string;
  status: string;
  issuedAt: string;
  dueAt: string;
}

/** Minor units as a decimal amount with the currency's number of fraction digits, e.g. `EUR 480.00`. */
export function formatMoney(amount: number, currency: string): string {
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    // An unknown currency code keeps the common two digits.
  }
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale);
  const fraction = digits > 0 ? `.${String(abs % scale).padStart(digits, '0')}` : '';
  return `${currency} ${sign}${whole}${fraction}`;
}

/** WinAnsiEncoding codes for the characters it places outside Latin-1's positions. */
const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** A PDF literal string: `\`, `(` and `)` escaped, non-ASCII as octal WinAnsi codes (`?` if it has none). */
export function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else {
      const win = WIN_ANSI_EXTRA[ch] ?? (code >= 0xa0 && code <= 0xff ? code : undefined);
      out += win === undefined ? '?' : `\\${win.toString(8).padStart(3, '0')}`;
    }
  }
  return `${out})`;
}

/** Builds a PDF from object bodies (object n is `objects[n - 1]`) with a correct xref table. */
export function buildPdf(objects: readonly string[], rootRef: number, infoRef?: number): string {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  // Every xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, two-byte line end.
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const info = infoRef === undefined ? '' : ` /Info ${infoRef} 0 R`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${rootRef} 0 R${info} >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

export function invoicePdf(invoice: InvoicePdfInput): string {
  const lines: [size: number, text: string][] = [
    [20, `Invoice ${invoice.number}`],
    [12, invoice.portalName],
    [12, ''],
    [12, `Period: ${invoice.periodStart} to ${invoice.periodEnd}`],
    [12, `Billed units: ${invoice.units} x ${formatMoney(invoice.unitPrice, invoice.currency)}`],
    [14, `Amount due: ${formatMoney(invoice.amount, invoice.currency)}`],
    [12, `Status: ${invoice.status}`],
    [12, `Issued: ${invoice.issuedAt.slice(0, 10)}   Due: ${invoice.dueAt.slice(0, 10)}`],
  ];
  let y = 780;
  let content = '';
  for (const [size, text] of lines) {
    if (text !== '') content += `BT /F1 ${size} Tf 56 ${y} Td ${pdfString(text)} Tj ET\n`;
    y -= size + 12;
  }
  // The end-of-line before `endstream` is not part of the stream's /Length.
  content = content.trimEnd();
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      `<< /Title ${pdfString(`Invoice ${invoice.number}`)} /Producer (Allot mock) >>`,
    ],
    1,
    6,
  );
}
