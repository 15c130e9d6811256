import { getDocumentProxy } from "unpdf";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertPlanFeature } from "@/lib/billing/plans";
import { AppError } from "@/lib/http/errors";
import type { UploadedFile } from "@/lib/http/upload";
import type { sdsExtractionSchema } from "./response-schemas";
import { parseSds } from "./sds-parse";

export const SDS_MAX_BYTES = 10 * 1024 * 1024;
/** Section 9 comes early; a sheet's text past this many pages is not read (nor a bomb of pages). */
const MAX_PAGES = 40;
const PDF_MAGIC = "%PDF-";

type TextItem = { str: string; transform: number[] };

/** One page's text as lines: items grouped by their baseline, left to right (table cells stay on their row). */
function linesOf(items: TextItem[]): string[] {
  const rows = new Map<number, { x: number; str: string }[]>();
  for (const item of items) {
    if (item.str.trim() === "") continue;
    const y = Math.round(item.transform[5] ?? 0);
    const row = rows.get(y) ?? [];
    row.push({ x: item.transform[4] ?? 0, str: item.str });
    rows.set(y, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((cell) => cell.str)
        .join(" "),
    );
}

async function readPdfText(bytes: Uint8Array): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    const password = error instanceof Error && error.name === "PasswordException";
    throw new AppError(
      "validation_failed",
      password
        ? "The PDF is protected with a password: upload an unprotected copy"
        : "The file could not be read as a PDF: it may be damaged",
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES); n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(linesOf(content.items.flatMap((item) => ("str" in item ? [item] : []))).join("\n"));
    }
    return pages.join("\n");
  } catch {
    throw new AppError("validation_failed", "The text of the PDF could not be read: it may be damaged");
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/**
 * Section 9 of an uploaded safety data sheet (spec feature `msds_parsing`): 415 for a file that
 * is not a PDF (by its bytes, whatever it is called), 422 for one with nothing to read.
 */
export async function extractSds(
  actor: Pick<Actor, "plan" | "features">,
  file: UploadedFile,
): Promise<z.input<typeof sdsExtractionSchema>> {
  assertPlanFeature(actor, "msds_parsing");
  if (Buffer.from(file.bytes.subarray(0, PDF_MAGIC.length)).toString("latin1") !== PDF_MAGIC) {
    throw new AppError("unsupported_media_type", "The file is not a PDF: upload the safety data sheet as a PDF");
  }
  // pdf.js takes the buffer over; parse a copy so the caller's bytes stay usable.
  const text = await readPdfText(file.bytes.slice());
  const extraction = parseSds(text);
  if (!extraction.values.some((v) => v.value !== null)) {
    throw new AppError(
      "validation_failed",
      text.trim() === ""
        ? "The PDF has no text to read (a scanned sheet?): enter the properties by hand"
        : "No density, viscosity, surface tension or flash point was found in section 9 of this sheet: enter them by hand",
    );
  }
  return { ...extraction, filename: file.filename };
}
