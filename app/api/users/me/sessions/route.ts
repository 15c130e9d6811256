import { listSessions } from "@/lib/auth/account";
import { accountSessionListSchema } from "@/lib/auth/response-schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/users/me/sessions — the account's open sessions in every organization, this one marked
export const GET = withTenant({ allowReadOnly: true, response: accountSessionListSchema }, async ({ actor, meta }) => ({
  sessions: await listSessions({ actor, meta }),
}));
