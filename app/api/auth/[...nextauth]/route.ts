import { handlers } from "@/lib/auth/auth";

// GET|POST /api/auth/* — Auth.js (session, CSRF token, OAuth callbacks, sign-out)
export const { GET, POST } = handlers;
