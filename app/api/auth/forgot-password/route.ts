import { messageSchema } from "@/lib/auth/response-schemas";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { requestPasswordReset } from "@/lib/auth/service";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/forgot-password — email a single-use reset link (same answer whether or not the account exists)
export const POST = withPublic({ body: forgotPasswordSchema, response: messageSchema, status: 202 }, async ({ body, meta }) => {
  await requestPasswordReset(body.email, meta);
  return { message: "If an account exists for that email, a reset link is on its way." };
});
