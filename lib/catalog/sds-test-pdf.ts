import { PDFDocument, StandardFonts } from "pdf-lib";

// Safety data sheets made for tests: section 9 drawn as a two-column table (label, value), the
// way most sheets lay it out, between the sections a real sheet has around it.

type Row = string | [label: string, value: string];

export async function makeSdsPdf({ product = "Test primer", section9 }: { product?: string; section9: Row[] }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 790;
  const line = (text: string, options: { x?: number; heading?: boolean; sameRow?: boolean } = {}) => {
    if (!options.sameRow) y -= options.heading ? 26 : 16;
    if (y < 60) {
      page = doc.addPage([595, 842]);
      y = 790;
    }
    page.drawText(text, { x: options.x ?? 50, y, size: options.heading ? 12 : 10, font: options.heading ? bold : font });
  };
  line("SAFETY DATA SHEET", { heading: true });
  line("SECTION 1: Identification of the substance/mixture and of the company", { heading: true });
  line(`Product name: ${product}`);
  line("SECTION 2: Hazards identification", { heading: true });
  line("Flam. Liq. 3, H226");
  line("SECTION 9: Physical and chemical properties", { heading: true });
  for (const row of section9) {
    if (typeof row === "string") line(row);
    else {
      line(row[0]);
      line(row[1], { x: 260, sameRow: true });
    }
  }
  line("SECTION 10: Stability and reactivity", { heading: true });
  line("Stable under normal conditions.");
  line("SECTION 14: Transport information", { heading: true });
  line("Flash point for transport: 23 °C");
  return doc.save();
}
