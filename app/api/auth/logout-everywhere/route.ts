import { signOut } from "@/lib/auth/auth";
import { signOutEverywhere } from "@/lib/auth/service";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/logout-everywhere — end every session of the signed-in user, on every device
export const POST = withTenant({ allowReadOnly: true, status: 204 }, async ({ actor, meta }) => {
  await signOutEverywhere({ actor, meta });
  await signOut({ redirect: false });
  return null;
});
