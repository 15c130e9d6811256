import { changePassword } from "@/lib/auth/account";
import { changePasswordSchema } from "@/lib/auth/account-schemas";
import { reissueSessionCookie } from "@/lib/auth/sign-in";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/users/me/password — change the password (current one required); other sessions end, this one stays
export const POST = withTenant({ body: changePasswordSchema, allowReadOnly: true, status: 204 }, async ({ actor, meta, body }) => {
  await reissueSessionCookie(await changePassword({ actor, meta }, body));
  return null;
});
