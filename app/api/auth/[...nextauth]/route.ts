import { handlers } from "@/lib/auth/auth";
import { withLibraryHandler } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/auth/* — Auth.js (session, CSRF token, OAuth callbacks)
export const GET = withLibraryHandler(handlers.GET);

// POST /api/auth/* — Auth.js (sign-in with a ticket, sign-out)
export const POST = withLibraryHandler(handlers.POST);
