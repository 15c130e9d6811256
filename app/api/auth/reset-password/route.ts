import { messageSchema } from "@/lib/auth/response-schemas";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { resetPassword } from "@/lib/auth/service";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/reset-password — set a new password with the emailed token; signs out every session
export const POST = withPublic({ body: resetPasswordSchema, response: messageSchema }, async ({ body }) => {
  await resetPassword(body);
  return { message: "Your password has been changed. Sign in with the new one." };
});
