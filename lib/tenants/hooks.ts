"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { Serialized } from "@/lib/http/serialized";
import type { Role } from "@/lib/rbac/permissions";
import type { listMembers, listPendingInvitations } from "./queries";
import type { InviteMemberInput } from "./schemas";

// The JSON the team API returns, typed from the queries that read it.
export type MemberRow = Serialized<Awaited<ReturnType<typeof listMembers>>>[number];
export type InvitationRow = Serialized<Awaited<ReturnType<typeof listPendingInvitations>>>[number];

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
    mutationFn: (input: InviteMemberInput) =>
      apiFetch<Pick<InvitationRow, "id" | "email" | "role" | "expiresAt">>("/api/tenants/members/invite", {
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
      apiFetch<Pick<MemberRow, "userId" | "role">>(`/api/tenants/members/${encodeURIComponent(userId)}`, {
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
