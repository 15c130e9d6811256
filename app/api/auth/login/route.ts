import { signedInSchema } from "@/lib/auth/response-schemas";
import { loginSchema } from "@/lib/auth/schemas";
import { authenticate } from "@/lib/auth/service";
import { issueSessionCookie } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/http/errors";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/login — email + password; 401 when wrong, 429 with Retry-After when blocked
export const POST = withPublic({ body: loginSchema, response: signedInSchema }, async ({ body, meta }) => {
  const signedIn = await authenticate(body, meta);
  if (!signedIn) throw new AppError("unauthorized", "The email or password is incorrect");
  await issueSessionCookie(signedIn);
  return { userId: signedIn.userId, tenantId: signedIn.tenantId };
});
