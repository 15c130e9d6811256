import { listSessions } from "@/lib/auth/account";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/users/me/sessions — the account's open sessions in every organization, this one marked
export const GET = withTenant({ allowReadOnly: true }, async ({ actor, meta }) => ({ sessions: await listSessions({ actor, meta }) }));
