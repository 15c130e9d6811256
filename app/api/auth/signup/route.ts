import { signedInSchema } from "@/lib/auth/response-schemas";
import { signupSchema } from "@/lib/auth/schemas";
import { openSession, signUp } from "@/lib/auth/service";
import { issueSessionCookie } from "@/lib/auth/sign-in";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/signup — create the user, their tenant (trialing) and admin membership; signs in
export const POST = withPublic({ body: signupSchema, response: signedInSchema, status: 201 }, async ({ body, meta }) => {
  const { userId, tenantId } = await signUp(body, meta);
  await issueSessionCookie(await openSession({ id: userId, email: body.email, name: body.name, sessionVersion: 1 }, tenantId, meta));
  return { userId, tenantId };
});
