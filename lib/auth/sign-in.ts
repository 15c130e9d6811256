import { AuthError } from "next-auth";
import { AppError } from "@/lib/http/errors";
import { signIn, updateSession } from "./auth";
import type { SignedIn } from "./service";
import { createSignInTicket } from "./ticket";

/** Sets the session cookie for a sign-in AeroSpec has already verified. */
export async function issueSessionCookie(signedIn: SignedIn): Promise<void> {
  try {
    const url = await signIn("ticket", { ticket: createSignInTicket(signedIn), redirect: false });
    if (typeof url === "string" && url.includes("error=")) throw new Error(`sign-in refused: ${url}`);
  } catch (error) {
    if (error instanceof AuthError) throw new AppError("unauthorized", "Sign-in failed");
    throw error;
  }
}

/** Moves the current session to another tenant (already checked to be the user's). */
export async function switchSessionTenant(signedIn: SignedIn): Promise<void> {
  await updateSession({ ticket: createSignInTicket(signedIn) });
}
