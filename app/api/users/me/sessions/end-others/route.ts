import { endOtherSessions } from "@/lib/auth/account";
import { endedSessionsSchema } from "@/lib/auth/response-schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/users/me/sessions/end-others — sign out every other device, in every organization
export const POST = withTenant({ allowReadOnly: true, response: endedSessionsSchema }, async ({ actor, meta }) =>
  endOtherSessions({ actor, meta }),
);
