"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { Role } from "@/lib/rbac/permissions";

/** Members and invitations as the JSON API returns them (dates as ISO strings). */
export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
  lastLoginAt: string | null;
};

export type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  createdAt: string;
  lastSentAt: string | null;
  invitedBy: string | null;
};

const tenantKeys = {
  members: ["tenants", "members"] as const,
  invitations: ["tenants", "invitations"] as const,
};

export function useMembers() {
  return useQuery({
    queryKey: tenantKeys.members,
    queryFn: ({ signal }) => apiFetch<{ members: MemberRow[] }>("/api/tenants/members", { signal }).then((r) => r.members),
  });
}

export function useInvitations(enabled = true) {
  return useQuery({
    queryKey: tenantKeys.invitations,
    enabled,
    queryFn: ({ signal }) => apiFetch<{ invitations: InvitationRow[] }>("/api/tenants/invitations", { signal }).then((r) => r.invitations),
  });
}

/** Invalidates members and invitations, which share the seat count. */
function useInvalidateTeam() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tenantKeys.members }),
      queryClient.invalidateQueries({ queryKey: tenantKeys.invitations }),
    ]);
}

export function useInviteMember() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) =>
      apiFetch<{ id: string; email: string; role: Role; expiresAt: string }>("/api/tenants/members/invite", {
        method: "POST",
        body: input,
      }),
    onSuccess: invalidate,
  });
}

export function useChangeRole() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      apiFetch<{ userId: string; role: Role }>(`/api/tenants/members/${encodeURIComponent(userId)}`, {
        method: "PUT",
        body: { role },
      }),
    onSettled: invalidate,
  });
}

export function useRemoveMember() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<null>(`/api/tenants/members/${encodeURIComponent(userId)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useResendInvitation() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<unknown>(`/api/tenants/invitations/${encodeURIComponent(id)}/resend`, { method: "POST", body: {} }),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation() {
  const invalidate = useInvalidateTeam();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/tenants/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
