import { AppError } from "./errors";

// One file sent as multipart/form-data: read with a byte cap (the declared length is checked
// first, then what actually arrives), so an oversized upload is refused without holding it all.

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type UploadedFile = { filename: string; bytes: Uint8Array };

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`);
}

async function readCapped(req: Request, cap: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const raw = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    raw.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return raw;
}

/** The file in form field `field` of a multipart/form-data request; 415 for another body, 413 past `maxBytes`. */
export async function readUploadedFile(req: Request, field: string, maxBytes: number): Promise<UploadedFile> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("unsupported_media_type", `Send the file as multipart/form-data in the field "${field}"`);
  }
  const cap = maxBytes + MULTIPART_OVERHEAD_BYTES;
  if (Number(req.headers.get("content-length") ?? "0") > cap) throw tooLarge(maxBytes);
  const raw = await readCapped(req, cap, maxBytes);
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart/form-data body could not be read");
  }
  const file = form.get(field);
  if (!(file instanceof File)) {
    throw new AppError("validation_failed", `Attach the file in the field "${field}"`, {
      details: [{ path: field, message: "Attach a file" }],
    });
  }
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  return { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
