import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import { callbackReceivedSchema } from "@/lib/http/response-schemas";
import { withPublic } from "@/lib/http/route";
import { SUPPLIERS } from "@/lib/prediction/schemas";
import { applySupplierCallback } from "@/lib/procurement/fulfilment";
import { SupplierCallbackError, verifySupplierCallback } from "@/lib/suppliers/callbacks";

export const dynamic = "force-dynamic";

const MAX_CALLBACK_BYTES = 256 * 1024;
const params = z.strictObject({ supplier: z.enum(SUPPLIERS, { error: "Not a supplier AeroSpec works with" }) });

// POST /api/webhooks/suppliers/:supplier — a supplier's signed order status callback; 2xx once applied (or known)
export const POST = withPublic({ params, response: callbackReceivedSchema }, async ({ req, params }) => {
  const raw = await req.text();
  if (Buffer.byteLength(raw) > MAX_CALLBACK_BYTES) throw new AppError("payload_too_large", "The callback is too large");
  let event: ReturnType<typeof verifySupplierCallback>;
  try {
    event = verifySupplierCallback(params.supplier, raw, req.headers);
  } catch (error) {
    if (error instanceof SupplierCallbackError) {
      // A missing secret is ours to fix: the supplier should retry later, not give up.
      if (error.reason === "not_configured") throw new AppError("unavailable", "Callbacks from this supplier are not set up yet");
      throw new AppError("bad_request", `The callback was refused: ${error.reason.replaceAll("_", " ")}`);
    }
    throw error;
  }
  return { received: true, outcome: await applySupplierCallback(event) };
});
