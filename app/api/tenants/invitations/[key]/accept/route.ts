import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { getSessionState, openSession } from "@/lib/auth/service";
import { issueSessionCookie, moveSessionToTenant } from "@/lib/auth/sign-in";
import { assertSameOrigin, withPublic } from "@/lib/http/route";
import { singleLineTextSchema } from "@/lib/http/text";
import { acceptInvitationSchema } from "@/lib/tenants/schemas";
import { acceptInvitation } from "@/lib/tenants/invitations";

export const dynamic = "force-dynamic";

const params = z.strictObject({ key: singleLineTextSchema.min(20).max(200) });

// POST /api/tenants/invitations/:token/accept — join as the signed-in user, or create the account
export const POST = withPublic({ params, body: acceptInvitationSchema }, async ({ req, params, body, meta }) => {
  const session = await auth();
  if (session) assertSameOrigin(req, true);
  const signedIn = session ? { userId: session.userId, email: session.user?.email ?? "" } : null;
  const { tenantId, userId } = await acceptInvitation(params.key, signedIn, body, meta);
  if (session) {
    const current = { userId, tenantId: session.actor?.tenantId ?? null, sessionId: session.actor?.sessionId ?? null };
    const state = await moveSessionToTenant(current, tenantId, meta);
    return { tenantId, role: state?.role ?? null };
  }
  const state = await getSessionState(tenantId, userId);
  if (state) {
    await issueSessionCookie(await openSession({ id: userId, email: state.email, name: state.name, sessionVersion: state.userVersion }, tenantId, meta));
  }
  return { tenantId, role: state?.role ?? null };
});
