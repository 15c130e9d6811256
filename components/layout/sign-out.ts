import { toast } from "sonner";
import { apiFetch, errorMessage } from "@/lib/http/client";

/**
 * Ends the session on the server (or, `everywhere`, every session of the account), then loads
 * `redirectTo` so every page re-reads the cookie.
 */
export async function signOutAndGo(redirectTo: string, { everywhere = false } = {}): Promise<void> {
  try {
    await apiFetch(everywhere ? "/api/auth/logout-everywhere" : "/api/auth/logout", { method: "POST", body: {} });
    window.location.assign(redirectTo);
  } catch (error) {
    toast.error("Could not sign out", { description: errorMessage(error) });
  }
}
