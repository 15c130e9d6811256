import { getProfile, updateProfile } from "@/lib/auth/account";
import { updateProfileSchema } from "@/lib/auth/account-schemas";
import { profileSchema } from "@/lib/auth/response-schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/users/me — the signed-in person's profile
export const GET = withTenant({ allowReadOnly: true, response: profileSchema }, async ({ actor }) => getProfile(actor));

// PATCH /api/users/me — change one's own name
export const PATCH = withTenant(
  { body: updateProfileSchema, allowReadOnly: true, response: profileSchema },
  async ({ actor, meta, body }) => updateProfile({ actor, meta }, body),
);
