import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { joinByInvitation } from "@/lib/auth/join";
import { assertSameOrigin, withPublic } from "@/lib/http/route";
import { singleLineTextSchema } from "@/lib/http/text";
import { joinedTenantSchema } from "@/lib/tenants/response-schemas";
import { acceptInvitationSchema } from "@/lib/tenants/schemas";

export const dynamic = "force-dynamic";

const params = z.strictObject({ key: singleLineTextSchema.min(20).max(200) });

// POST /api/tenants/invitations/:token/accept — join as the signed-in user, or create the account
export const POST = withPublic(
  { params, body: acceptInvitationSchema, response: joinedTenantSchema },
  async ({ req, params, body, meta }) => {
    const session = await auth();
    if (session) assertSameOrigin(req, true);
    return joinByInvitation(params.key, session, body, meta);
  },
);
