import { signOut } from "@/lib/auth/auth";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// POST /api/auth/logout — end the session and clear its cookie
export const POST = withPublic({ status: 204 }, async () => {
  await signOut({ redirect: false });
  return null;
});
