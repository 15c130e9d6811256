import type { Session } from "next-auth";
import type { z } from "zod";
import type { RequestMeta } from "@/lib/http/request";
import { acceptInvitation } from "@/lib/tenants/invitations";
import type { joinedTenantSchema } from "@/lib/tenants/response-schemas";
import type { AcceptInvitationInput } from "@/lib/tenants/schemas";
import { getSessionState, openSession } from "./service";
import { issueSessionCookie, moveSessionToTenant } from "./sign-in";

/**
 * Accepts an invitation and leaves the browser signed in to the tenant it joined: a signed-in
 * user's session moves there; otherwise the account the invitation created gets a new session.
 */
export async function joinByInvitation(
  token: string,
  session: Session | null,
  input: AcceptInvitationInput,
  meta: RequestMeta,
): Promise<z.input<typeof joinedTenantSchema>> {
  const signedIn = session ? { userId: session.userId, email: session.user?.email ?? "" } : null;
  const { tenantId, userId } = await acceptInvitation(token, signedIn, input, meta);
  if (session) {
    const current = { userId, tenantId: session.actor?.tenantId ?? null, sessionId: session.actor?.sessionId ?? null };
    const state = await moveSessionToTenant(current, tenantId, meta);
    return { tenantId, role: state?.role ?? null };
  }
  const state = await getSessionState(tenantId, userId);
  if (state) {
    const user = { id: userId, email: state.email, name: state.name, sessionVersion: state.userVersion };
    await issueSessionCookie(await openSession(user, tenantId, meta));
  }
  return { tenantId, role: state?.role ?? null };
}
