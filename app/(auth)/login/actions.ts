"use server";

import { enabledOAuthProviders, signIn } from "@/lib/auth/auth";

/** Starts the OAuth dance with one of the enabled providers. */
export async function signInWithProvider(formData: FormData): Promise<void> {
  const providerId = formData.get("providerId");
  const provider = enabledOAuthProviders().find((p) => p.id === providerId);
  if (!provider) return;
  await signIn(provider.id, { redirectTo: "/app" });
}
