import { toast } from "sonner";
import { apiFetch, errorMessage } from "@/lib/http/client";

/** Ends the session on the server, then loads `redirectTo` so every page re-reads the cookie. */
export async function signOutAndGo(redirectTo: string): Promise<void> {
  try {
    await apiFetch("/api/auth/logout", { method: "POST", body: {} });
    window.location.assign(redirectTo);
  } catch (error) {
    toast.error("Could not sign out", { description: errorMessage(error) });
  }
}
