import { z } from "zod";
import { withTenant } from "@/lib/http/route";
import { resendInvitation } from "@/lib/tenants/invitations";
import { resentInvitationSchema } from "@/lib/tenants/response-schemas";

export const dynamic = "force-dynamic";

const params = z.strictObject({ key: z.uuid() });

// POST /api/tenants/invitations/:id/resend — a new link and 7 more days; the old link stops working
export const POST = withTenant(
  { permission: "members.manage", params, response: resentInvitationSchema },
  async ({ actor, meta, params }) => {
    const invitation = await resendInvitation({ actor, meta }, params.key);
    return { id: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt };
  },
);
