import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { getSessionState, openSession, startSession } from "@/lib/auth/service";
import { issueSessionCookie, switchSessionTenant } from "@/lib/auth/sign-in";
import { assertSameOrigin, withPublic } from "@/lib/http/route";
import { singleLineTextSchema } from "@/lib/http/text";
import { acceptInvitationSchema } from "@/lib/tenants/schemas";
import { acceptInvitation } from "@/lib/tenants/service";

const params = z.strictObject({ key: singleLineTextSchema.min(20).max(200) });

// POST /api/tenants/invitations/:token/accept — join as the signed-in user, or create the account
export const POST = withPublic({ params, body: acceptInvitationSchema }, async ({ req, params, body, meta }) => {
  const session = await auth();
  if (session) assertSameOrigin(req, true);
  const signedIn = session ? { userId: session.userId, email: session.user?.email ?? "" } : null;
  const { tenantId, userId } = await acceptInvitation(params.key, signedIn, body, meta);
  const state = await getSessionState(tenantId, userId);
  if (state && signedIn) {
    const sessionId = await startSession(tenantId, userId, meta);
    await switchSessionTenant({ userId, email: state.email, name: state.name, tenantId, sessionId, userVersion: state.userVersion });
  } else if (state) {
    await issueSessionCookie(await openSession({ id: userId, email: state.email, name: state.name, sessionVersion: state.userVersion }, tenantId, meta));
  }
  return { tenantId, role: state?.role ?? null };
});
