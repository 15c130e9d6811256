import { formatAmount } from "../core/money";
import type { InvoiceRecord } from "../core/records";

/** PDF string literal: ASCII only, with the delimiters escaped. */
function pdfText(text: string): string {
  const ascii = text.replace(/×/g, "x").replace(/[^\x20-\x7e]/g, "?");
  return `(${ascii.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

function textLines(invoice: InvoiceRecord): string[] {
  return [
    `Invoice ${invoice.number ?? invoice.id}`,
    `Status: ${invoice.status ?? "draft"}`,
    "",
    ...invoice.lines.data.map((line) => `${line.description ?? ""}  ${formatAmount(line.amount, invoice.currency)}`),
    "",
    `Total: ${formatAmount(invoice.total, invoice.currency)}`,
    `Amount due: ${formatAmount(invoice.amount_remaining, invoice.currency)}`,
  ];
}

/** A small, valid one-page PDF listing the invoice (Helvetica text, correct xref offsets). */
export function invoicePdf(invoice: InvoiceRecord): Buffer {
  const content = `BT /F1 12 Tf 16 TL 72 720 Td ${textLines(invoice)
    .map((line) => `${pdfText(line)} Tj T*`)
    .join(" ")} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
