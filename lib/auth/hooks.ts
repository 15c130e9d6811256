"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { getProfile } from "./account";
import type { ChangePasswordInput, UpdateProfileInput } from "./account-schemas";
import type { accountSessionListSchema, endedSessionsSchema } from "./response-schemas";

// The JSON the account API returns, typed from the functions that read it.
export type Profile = Serialized<Awaited<ReturnType<typeof getProfile>>>;
export type AccountSession = Serialized<z.input<typeof accountSessionListSchema>>["sessions"][number];

const accountKeys = {
  sessions: ["account", "sessions"] as const,
};

export function useSessions() {
  return useQuery({
    queryKey: accountKeys.sessions,
    queryFn: ({ signal }) => apiFetch<{ sessions: AccountSession[] }>("/api/users/me/sessions", { signal }).then((r) => r.sessions),
  });
}

export function useUpdateProfile() {
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => apiFetch<Profile>("/api/users/me", { method: "PATCH", body: input }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => apiFetch<null>("/api/users/me/password", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/users/me/sessions/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<z.input<typeof endedSessionsSchema>>("/api/users/me/sessions/end-others", { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}
