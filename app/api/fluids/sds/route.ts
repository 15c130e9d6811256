import { sdsExtractionSchema } from "@/lib/catalog/response-schemas";
import { extractSds, SDS_MAX_BYTES } from "@/lib/catalog/sds";
import { withTenant } from "@/lib/http/route";
import { readUploadedFile } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

// POST /api/fluids/sds — read section 9 of a safety data sheet (PDF) into fluid properties, each with the text it came from
export const POST = withTenant(
  {
    permission: "configurations.write",
    upload: { field: "file", mediaType: "application/pdf", description: "The safety data sheet, a PDF of at most 10 MB" },
    response: sdsExtractionSchema,
  },
  async ({ actor, req }) => extractSds(actor, await readUploadedFile(req, "file", SDS_MAX_BYTES)),
);
